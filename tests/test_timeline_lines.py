"""Timeline lines a reader cannot sign: fragments, a poll's field days, a weekday read the
wrong way, an unnamed subject, a feeling or an opinion (issue 15, point 4). Each construction
with lines that must stay."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from h3_stories import analyse

from briefgen.model import Story
from briefgen.sections.not_an_act import not_an_act
from briefgen.sections.timeline import (
    TimelineConfig,
    build_timeline,
    cut_mid_clause,
    described_only,
)

MONDAY = datetime(2012, 3, 12)


def _events(body: str, published: datetime = MONDAY) -> list[str]:
    story = analyse(Story(title="t", body=body, published=published))
    return [i.event for i in build_timeline([story], TimelineConfig(), as_of=published.date())]


# --- fragments -----------------------------------------------------------------------------


def test_a_fronted_phrase_is_never_the_line_its_sentence_is():
    body = (
        "In a letter published on Friday, the governor of the northern province, "
        "who took office two years ago after a long career in the regional assembly, "
        "thanked the rescue teams for their work during the floods in the valley towns."
    )
    events = _events(body)
    assert "In a letter published on Friday" not in events
    assert all(len(e.split()) > 6 for e in events)


def test_the_tail_of_a_list_is_no_line():
    body = (
        "Maria Lopez was declared the winner in the Ohio, Iowa and Utah contests by the "
        "state election boards early on Saturday night as she looked to put the party's "
        "nomination out of reach for her last rival in the race."
    )
    events = _events(body)
    assert not any(e.startswith("Iowa and Utah") for e in events)


def test_a_speech_tag_whose_words_came_before_it_is_no_line():
    body = (
        "Whether the voters know it or not, the mayor is very open to the press and to the "
        "public, the deputy mayor Tom Berry insisted on Thursday during a tour of the "
        "morning radio shows in the capital."
    )
    assert not any(
        e.startswith("the deputy mayor") or e.startswith("The deputy") for e in _events(body)
    )


@pytest.mark.parametrize(
    ("line", "after"),
    [
        # a reported clause cut before its verb
        ("Local media reported that during the minister's visit to Ankara this week", ", ..."),
        (
            "The paper reported on Saturday that the mayor is weighing a run and that her success",
            ", coupled with ..., was a factor.",
        ),
        # the line's last subject waits for its verb after an aside
        (
            "The criticism grew louder on Wednesday as Jane Roe",
            ", the founder's daughter, attacked the plan.",
        ),
        (
            "The pollster released data on Monday morning that suggest moderate voters",
            " — nearly a third of the base — are being ignored.",
        ),
        # cut inside a quotation
        ("The senator pledged to oppose the plan “today", ", tomorrow, forever.”"),
    ],
)
def test_a_line_cut_inside_its_clause_is_no_line(line: str, after: str) -> None:
    assert cut_mid_clause(line, after)


@pytest.mark.parametrize(
    "line",
    [
        "Tom Berry, the chairman of the county party, said of the meeting he had last week "
        "with the governor on the sidelines of a rally.",
        "Jane Roe and John Doe, who many feel need a strong showing on Tuesday to stay in "
        "the race.",
    ],
)
def test_a_tag_or_a_relative_clause_alone_is_no_line(line: str) -> None:
    assert cut_mid_clause(line, "")


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("The paper reported on Saturday that the mayor is weighing a run", ", its editor said."),
        ("The minister met the union leaders on Monday", ", the first such meeting, and left."),
        ("The senator said “we will win” on Friday", ", the first time he had said so."),
        ("Roe told reporters on Monday that the plan had failed", "."),
    ],
)
def test_a_line_whole_in_its_clause_stays(line: str, after: str) -> None:
    assert not cut_mid_clause(line, after)


# --- a poll's field days, a plan, a day read the wrong way ---------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The poll was in the field May 13-22 and surveyed 1,000 adults nationwide.",
        "The university conducted the poll of 1,042 registered voters from April 27 through "
        "Sunday.",
        "The mayor had been scheduled to deliver a speech in the harbour district on Monday.",
        "The mayor proposed a televised debate on the evening of April 4.",
    ],
)
def test_a_polls_method_or_a_plan_is_no_event(line: str) -> None:
    assert not_an_act(line)


def test_a_weekday_one_prepares_for_is_the_coming_one():
    """'prepared for ..., including a debate Thursday' in a Tuesday's story: the Thursday
    after it, not the one before."""
    body = (
        "Other candidates prepared for the final days of the campaign, including a debate "
        "Thursday in the capital. Senator Jane Roe won the straw poll in the eastern counties on "
        "Saturday."
    )
    events = _events(body, datetime(2012, 3, 13))
    assert not any("debate Thursday" in e for e in events)
    assert any("straw poll" in e for e in events)


# --- whose act --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The GOP presidential candidate sent out an email to supporters Tuesday.",
        "In a statement, the Kentucky Republican on Tuesday dismissed the new rules.",
        "The suit was filed in the federal court on Monday.",
        "The Democratic presidential candidate blasted the plan on Wednesday.",
        "The mayor visited the state on Aug. 19.",
        "Maria Lopez descended on this struggling seaside town on Wednesday afternoon.",
    ],
)
def test_a_subject_named_only_by_a_description_leans_on_the_story(line: str) -> None:
    assert described_only(line)


@pytest.mark.parametrize(
    "line",
    [
        "The Republican National Committee sent out an email to supporters Tuesday.",
        "The Democratic candidate Maria Lopez blasted the plan on Wednesday.",
        "The suit's authors filed a second claim on Monday.",
        "The candidates met in the capital on Monday.",
        "Maria Lopez visited the state of Ohio on Aug. 19.",
    ],
)
def test_a_subject_that_names_itself_stays(line: str) -> None:
    assert not described_only(line)


def test_an_unnamed_she_is_no_line_unless_the_analysis_knows_her():
    body = (
        "Maria Lopez met the farmers' union in the morning. "
        "Governor Tom Hale toured the flooded valley towns on Saturday. "
        "When she appeared before the crowd late Sunday, she declined to claim victory. "
        "On Sunday, Tom Berry endorsed her at a rally in the capital."
    )
    events = _events(body)
    assert any(e.startswith("Governor Tom Hale toured") for e in events)
    assert not any("declined to claim victory" in e and "she" in e.split()[:3] for e in events)
    assert not any("endorsed her" in e for e in events)


def test_a_she_the_quotes_of_her_sentence_name_is_given_her_name():
    from briefgen.sections.line_subjects import name_the_pronoun

    body = (
        "Maria Lopez spoke to the farmers in the morning. When she appeared before the "
        'crowd late Sunday, she declined to claim victory, saying "we are breathing a sigh '
        'of relief," Lopez said.'
    )
    story = analyse(Story(title="t", body=body, published=MONDAY))
    sent_start = body.index("When")
    end = body.index(", saying")
    line = name_the_pronoun(story, (sent_start, len(body)), sent_start, end)
    if any(q.speaker.name == "Maria Lopez" for q in story.quotes):
        assert (
            line == "When Lopez appeared before the crowd late Sunday, she declined to "
            "claim victory"
        )
    else:
        assert line is None


def test_a_pronoun_the_line_names_stays():
    from briefgen.sections.line_subjects import unnamed_person

    body = (
        "In his speech on Sunday, Mayor Tom Berry promised new flood defences for the valley. "
        "Maria Lopez said on Saturday that she had won the vote. "
        "When she arrived, Maria Lopez thanked the crowd. "
        "Tom Berry endorsed her at a rally on Sunday."
    )
    story = analyse(Story(title="t", body=body, published=MONDAY))
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", body)]
    found = [unnamed_person(story, a, b) for a, b in sentences]
    assert found[:3] == [None, None, None]
    assert found[3] is not None  # "X endorsed her": her is not X
    assert any("flood defences" in e for e in _events(body))


# --- a feeling, an opinion, a teaser --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "In Louisville on March 1, Jane Roe was shocked by the reaction from the crowd.",
        "Campaign officials were thrilled with the editorial when it posted on Jan. 27.",
        "In Buena Park last Wednesday, the rally appeared choreographed to project energy.",
        "The comedian appeared to lose his temper on Monday while addressing the remarks.",
        "When the senator took the stage this week, his rivals wondered whether he would "
        "soften his tone.",
        "The secretary general sat in the hotel on a rainy morning this week, sounding relaxed.",
        "Last week proved that the new law works.",
        "Tuesday marks four weeks since the mayor won the primary.",
        "Something rare happened Monday.",
        "On the campaign trail, the mayor regularly pledges to cut taxes, as she put it on "
        "Wednesday in Raleigh.",
    ],
)
def test_a_feeling_an_opinion_or_a_habit_is_no_act(line: str) -> None:
    assert not_an_act(line)


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said on Monday she was pleased with the result.",
        "The senator appeared at a rally in Ohio on Monday.",
        "Wednesday marked a rare case in which the bank raised its outlook.",
        "The minister was sworn in on Tuesday.",
        "The bank cut rates on Thursday.",
        "Italy's new government was formed on Monday after weeks of talks.",
        "The firm was founded in March by two former ministers.",
    ],
)
def test_an_act_stays(line: str) -> None:
    assert not not_an_act(line)


def test_a_timeline_of_acts_keeps_its_acts():
    body = (
        "Governor Tom Hale signed the flood defence bill on Monday. "
        "Officials were thrilled with the result when it passed on Friday. "
        "The suit was filed in the federal court on Friday."
    )
    events = _events(body, datetime(2012, 3, 13))
    assert [e[:26] for e in events] == ["Governor Tom Hale signed t"]
    assert date(2012, 3, 12)


@pytest.mark.parametrize(
    ("line", "told_before"),
    [
        ("Top aides acknowledged as much in a newspaper article on Monday.", True),
        (
            "The mayor was more emphatic on Monday when he spoke to the radio about the subject.",
            True,
        ),
        ("The senator pushed back on those claims on Thursday.", True),
        ("The senator spoke on the subject of taxes on Thursday.", False),
        ("The senator answered questions from reporters on Thursday.", False),
        (
            "The senator was criticised for vague answers to questions on the subject on Monday.",
            False,
        ),
        (
            "In August, the general reiterated these concerns, stating that the army is a target.",
            False,
        ),
    ],
)
def test_a_line_pointing_at_what_its_story_told_before_is_no_line(
    line: str, told_before: bool
) -> None:
    from briefgen.sections.timeline import _TOLD_BEFORE

    assert (_TOLD_BEFORE.search(line) is not None) is told_before


def test_a_day_of_a_fronted_since_clause_dates_no_act():
    """The whole sentence is read when a fronted phrase held the date; its day then dates
    only the "Ever since" clause, not the state after it."""
    body = (
        "Senator Ann Cole met the mayor in the morning. Ever since she endorsed Mrs. Hale this "
        "month, Ms. Cole has been a powerful surrogate, attacking Mr. Berry and visiting the "
        "campaign's headquarters in the capital to encourage young staffers."
    )
    assert _events(body, datetime(2016, 6, 28)) == []


@pytest.mark.parametrize(
    ("body", "dated"),
    [
        (
            "The president sat for an interview with Ann Cole on ''Fox News Sunday.'' He left.",
            False,
        ),
        ("The mayor said in an interview with “Fox News Sunday.” She left.", False),
        ("The senator said on “Meet the Press” on Sunday that taxes had risen.", True),
    ],
)
def test_a_quoted_title_ending_on_a_weekday_is_no_date(body: str, dated: bool) -> None:
    from briefgen.sections.evidence import story_dates

    story = analyse(Story(title="t", body=body, published=datetime(2016, 7, 25)))
    assert any(d.text == "Sunday" for d in story_dates(story)) is dated


def test_a_pronoun_is_not_named_after_a_person_the_line_names():
    from briefgen.sections.line_subjects import name_the_pronoun

    body = 'On Monday she attacked Tom Berry, who said "the plan is dead" at the rally.'
    story = analyse(Story(title="t", body=body, published=MONDAY))
    assert name_the_pronoun(story, (0, len(body)), 0, len(body)) is None
