"""What to watch: upcoming events and deadlines after the brief's date."""

from __future__ import annotations

from datetime import date, datetime

from h3_stories import analyse, bbc, seeds

from briefgen.sections.watch import WatchConfig, build_watch


def test_seed_watch_lists_the_briefing_and_the_deadline():
    # the briefing is on the seeds' own day: listed only when the as-of date counts as ahead
    assert all(
        i.date != date(2019, 4, 26) for i in build_watch(seeds(), date(2019, 4, 26), WatchConfig())
    )
    items = build_watch(seeds(), date(2019, 4, 26), WatchConfig(include_as_of=True))
    dated = [i for i in items if i.date is not None]
    assert dated[0].date == date(2019, 4, 26) and "Xi Jinping" in dated[0].what
    assert dated[0].who == ["Vladimir Putin", "Xi Jinping", "United States"]
    assert dated[0].kind == "briefing" and not dated[0].inferred
    deadline = next(i for i in dated if i.kind == "deadline")
    assert deadline.date == date(2019, 12, 31) and "workers" in deadline.what
    # the participants of the UNSC deadline, not every actor of the sentence
    assert deadline.who == ["UN Security Council", "member states", "North Korean workers"]
    kim = next(i for i in dated if "sanctions" in i.what)  # seed 002: date inferred
    assert kim.date == date(2019, 12, 31) and kim.inferred and kim.basis
    undated = [i for i in items if i.date is None]
    assert [i.what for i in undated] == [
        "Putin would convey North Korea’s concerns about the US’s denuclearization demands "
        "to the US and China"
    ]
    assert undated[0].who[0] == "Vladimir Putin"  # not Kim: "Kim's openness" is a possessor
    assert all(i.when == "date not stated" for i in undated)


def test_only_explicit_commitments_without_a_date():
    body = (
        "The minister will meet union leaders to discuss the plan. "
        "The minister prepares to brief colleagues about the talks. "
        "The minister will not meet the protesters."
    )
    from briefgen.model import Actor, Story

    story = analyse(Story(title="t", body=body, published=datetime(2005, 2, 28)))
    story.actors = [Actor("The minister", "person", mentions=[(0, 12), (59, 71), (118, 130)])]
    items = build_watch([story], date(2005, 3, 1), WatchConfig())
    assert [i.what for i in items] == ["The minister will meet union leaders to discuss the plan."]


def test_nothing_before_the_as_of_date():
    items = build_watch(seeds(), date(2019, 5, 1), WatchConfig(undated_commitments=False))
    # the UNSC deadline (seed 000) and North Korea's deadline for the US (seed 002, inferred)
    assert [(i.date, i.inferred) for i in items] == [
        (date(2019, 12, 31), False),
        (date(2019, 12, 31), True),
    ]
    assert build_watch(seeds(), date(2020, 1, 1), WatchConfig(undated_commitments=False)) == []


def test_undated_commitments_from_old_stories_are_dropped():
    items = build_watch(seeds()[:1], date(2019, 8, 1), WatchConfig())
    assert all(i.date is not None for i in items)


def test_bbc_deadline():
    story = analyse(bbc("business/us-gives-foreign-firms-extra-time.txt"))
    items = build_watch([story], date(2005, 3, 1), WatchConfig())
    assert [(i.date, i.kind) for i in items if i.date] == [(date(2006, 7, 15), "deadline")]
