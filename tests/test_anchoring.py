"""Anchoring undated stories on dated events of the other stories in a brief."""

from __future__ import annotations

from datetime import date, datetime

from h3_stories import analyse, seeds

from briefgen.model import Story
from briefgen.sections.anchoring import _index, anchor_window, anchored_dates
from briefgen.sections.evidence import story_dates

DATED = (
    "Vladimir Putin said he will hold talks with Chinese President Xi Jinping in Beijing on "
    "Friday about the summit."
)
UNDATED = (
    "On Friday, Putin will travel to Beijing, where he will hold talks with Xi Jinping. "
    "The two leaders last met on Thursday in Moscow. A deal is expected by the end of the year."
)


def _story(body: str, published: datetime | None = None) -> Story:
    return analyse(Story(title=body[:20], body=body, published=published))


def _by_text(mentions):
    return {m.text: m for m in mentions}


def test_seed_002_is_anchored_on_seed_000():
    s000, s002 = seeds()
    window = anchor_window(s002, _index([s000, s002]))
    assert window is not None
    # "On Friday ... will meet Xi" = 26 April; Putin's quoted "tomorrow in Beijing" was said
    # on 25 April, so the story was published on 25 or 26 April
    assert window.days == (date(2019, 4, 25), date(2019, 4, 26))
    assert "[1]" in window.basis and "Xi Jinping" in window.basis
    got = _by_text(anchored_dates([s000, s002])[s002.id])
    assert got["Thursday"].start_date == date(2019, 4, 25) and got["Thursday"].inferred
    assert got["Friday"].start_date == date(2019, 4, 26)
    assert got["February’s"].label == "February 2019"
    assert got["the end of the year"].label == "end of 2019"
    # speaker time inside a quotation is never resolved against the publication window
    assert got["tomorrow"].start_date is None and got["today"].start_date is None


def test_anchoring_never_changes_a_dated_story():
    s000, s002 = seeds()
    before = list(story_dates(s000))
    assert anchored_dates([s000, s002])[s000.id] == before
    dated = _story(DATED, datetime(2019, 4, 26))
    assert anchored_dates([dated, _story(UNDATED)])[dated.id] == story_dates(dated)
    assert not any(m.inferred for m in anchored_dates([dated])[dated.id])


def test_undated_story_without_a_coreferring_dated_story_stays_unresolved():
    undated = _story(UNDATED)
    other = _story(
        "Oil ministers will meet in Vienna on Friday to review output quotas.",
        datetime(2019, 4, 26),
    )
    for stories in ([undated], [other, undated]):
        got = anchored_dates(stories)[undated.id]
        assert all(m.start_date is None and not m.inferred for m in got)


def test_coreferring_dated_story_anchors_the_undated_one():
    dated, undated = _story(DATED, datetime(2019, 4, 26)), _story(UNDATED)
    got = _by_text(anchored_dates([dated, undated])[undated.id])
    assert got["Friday"].start_date == date(2019, 4, 26) and got["Friday"].inferred
    # the window is 20-26 April: "Thursday" (past) could be 18 or 25 April, so it stays open
    assert got["Thursday"].start_date is None
    assert got["the end of the year"].label == "end of 2019"


def test_conflicting_anchors_give_no_date():
    friday = _story(DATED, datetime(2019, 4, 26))
    monday = _story(
        "Vladimir Putin said he will hold talks with Xi Jinping in Moscow on Monday about gas.",
        datetime(2019, 5, 13),
    )
    undated = _story(
        "On Friday, Putin will travel to Beijing, where he will hold talks with Xi Jinping. "
        "On Monday, Putin will hold talks with Xi Jinping in Moscow about gas. "
        "A deal is expected by the end of the year."
    )
    # each dated story alone anchors it, on windows that do not overlap
    alone = [anchor_window(undated, _index([d, undated])) for d in (friday, monday)]
    assert alone[0] is not None and alone[0].latest == date(2019, 4, 26)
    assert alone[1] is not None and alone[1].earliest == date(2019, 5, 7)
    assert anchor_window(undated, _index([friday, monday, undated])) is None
    got = anchored_dates([friday, monday, undated])[undated.id]
    assert all(m.start_date is None for m in got)


def test_quotation_time_alone_does_not_anchor():
    dated = _story(DATED, datetime(2019, 4, 26))
    undated = _story(
        "“I will hold talks with Xi Jinping in Beijing tomorrow,” Vladimir Putin said. "
        "A deal is expected by the end of the year."
    )
    assert anchor_window(undated, _index([dated, undated])) is None


def test_countries_alone_do_not_make_two_events_one():
    # two different attacks in Israel and the Palestinian territories, each on "a Wednesday":
    # sharing countries and a word is no co-reference without a shared person or body
    dated = _story(
        "Israeli forces on Wednesday killed two members of Hamas in Gaza as they prepared to "
        "fire a mortar shell into Israel, Palestinian officials said.",
        datetime(2007, 12, 5),
    )
    undated = _story(
        "The threat to Israel was underscored Wednesday when Palestinian militants in Gaza "
        "bombarded southern Israel with rocket and mortar fire."
    )
    assert anchor_window(undated, _index([dated, undated])) is None
    got = _by_text(anchored_dates([dated, undated])[undated.id])
    assert got["Wednesday"].start_date is None


def test_shared_anchoring_works_out_one_story_list_once():
    from briefgen.sections.anchoring import anchored, shared_anchoring

    s000, s002 = seeds()
    stories = [s000, s002]
    alone = anchored(stories)
    assert anchored(stories) is not alone  # outside the block nothing is kept
    with shared_anchoring():
        first = anchored(stories)
        assert first == alone
        assert anchored(stories) is first
        assert anchored(list(stories)) is not first  # another list: worked out again
        other = [s000, _story(UNDATED)]
        assert anchored(other) is not anchored(stories)
        # the story list itself changed: its answer is not reused
        stories.append(_story(DATED, datetime(2019, 4, 25)))
        assert len(anchored(stories)[0]) == 3
    assert anchored(stories) is not anchored(stories)
