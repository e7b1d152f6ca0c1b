"""Timeline: dated events from the stories, merged across stories and sorted."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from h3_stories import analyse, bbc, seeds

from briefgen.model import Story
from briefgen.sections.timeline import TimelineConfig, TimelineSection, build_timeline


def test_seed_timeline_is_dated_sorted_and_sourced():
    stories = seeds()
    items = build_timeline(stories, TimelineConfig())
    labels = [i.label for i in items]
    assert labels[:3] == ["2009", "26 April 2019", "end of 2019"]
    assert "stalled" in items[0].event
    assert "Xi Jinping" in items[1].event
    assert "workers" in items[2].event
    s000 = stories[0]
    for item in items:
        for src in item.sources:
            assert src["story"] == s000.id  # seed 002 has no date: nothing of it is placed
            assert s000.body[src["start"] : src["end"]] == item.event


def test_undated_events_only_on_request():
    stories = seeds()
    items = build_timeline(stories, TimelineConfig(show_undated=True))
    undated = [i for i in items if i.date is None]
    assert any("Hanoi" in i.event for i in undated)
    assert all(i.date is not None for i in items[: len(items) - len(undated)])


def test_same_event_in_two_stories_is_one_entry_with_two_sources():
    pub = datetime(2019, 4, 26)
    a = Story(
        title="a",
        body="Putin will meet Chinese President Xi Jinping in Beijing on Friday.",
        published=pub,
    )
    b = Story(
        title="b", body="On Friday, Putin will travel to Beijing to meet Xi Jinping.", published=pub
    )
    c = Story(
        title="c", body="Oil prices will be reviewed by OPEC ministers on Friday.", published=pub
    )
    items = build_timeline([analyse(a), analyse(b), analyse(c)], TimelineConfig())
    assert len(items) == 2
    merged = next(i for i in items if "Putin" in i.event)
    assert {s["story"] for s in merged.sources} == {a.id, b.id}
    assert merged.date == date(2019, 4, 26)


def test_bbc_article_absolute_dates():
    story = analyse(bbc("business/high-fuel-prices-hit-ba-s-profits.txt"))
    items = build_timeline([story], TimelineConfig())
    assert [i.date for i in items] == sorted(i.date for i in items)
    assert date(2001, 9, 11) in [i.date for i in items]
    assert date(2004, 12, 31) in [i.date for i in items]


def test_items_serialise_to_the_spec_shape():
    from briefgen.section import BuildContext

    items = TimelineSection().build(
        BuildContext(stories=seeds(), as_of=date(2019, 4, 26), config=TimelineConfig())
    )
    record = dataclasses.asdict(items[0])
    assert {"event", "date", "precision", "sources"} <= set(record)
    assert set(record["sources"][0]) == {"story", "start", "end"}
