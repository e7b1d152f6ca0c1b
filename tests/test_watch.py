"""What to watch: upcoming events and deadlines after the brief's date."""

from __future__ import annotations

from datetime import date

from h3_stories import analyse, bbc, seeds

from briefgen.sections.watch import WatchConfig, build_watch


def test_seed_watch_lists_the_briefing_and_the_deadline():
    items = build_watch(seeds(), date(2019, 4, 26), WatchConfig())
    dated = [i for i in items if i.date is not None]
    assert dated[0].date == date(2019, 4, 26) and "Xi Jinping" in dated[0].what
    assert "Vladimir Putin" in dated[0].who
    assert dated[0].kind == "briefing"
    deadline = next(i for i in dated if i.kind == "deadline")
    assert deadline.date == date(2019, 12, 31) and "workers" in deadline.what
    undated = [i for i in items if i.date is None]
    assert any("convey" in i.what for i in undated)
    assert all(i.when == "no date given" for i in undated)


def test_nothing_before_the_as_of_date():
    items = build_watch(seeds(), date(2019, 5, 1), WatchConfig(undated_commitments=False))
    assert [i.date for i in items] == [date(2019, 12, 31)]
    assert build_watch(seeds(), date(2020, 1, 1), WatchConfig(undated_commitments=False)) == []


def test_undated_commitments_from_old_stories_are_dropped():
    items = build_watch(seeds()[:1], date(2019, 8, 1), WatchConfig())
    assert all(i.date is not None for i in items)


def test_bbc_deadline():
    story = analyse(bbc("business/us-gives-foreign-firms-extra-time.txt"))
    items = build_watch([story], date(2005, 3, 1), WatchConfig())
    assert [(i.date, i.kind) for i in items if i.date] == [(date(2006, 7, 15), "deadline")]
