"""US political news (issue 15, precision): who speaks for the government when the story is
about an election. Candidates and former officials the gazetteer knows by an office they do
not hold in the story give no position; a stance verb read as a noun is no statement. Each
construction with the sentence it misread and the reading it must keep."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

_JULY_2016 = datetime(2016, 7, 20, tzinfo=UTC)
_MAY_2011 = datetime(2011, 5, 3, tzinfo=UTC)


def _actors(body: str, published: datetime | None = None) -> set[tuple[str, str, str | None]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt", published=published))
    return {(st.country, st.stance, st.actor) for st in story.statements}


_CLINTON = (
    "Hillary Clinton spoke to supporters in Ohio on Tuesday. Hillary Clinton said the United "
    "States must stop China from dumping cheap steel on world markets."
)


@pytest.mark.parametrize(
    ("published", "stated"),
    [
        # a dated story none of whose days falls in the person's terms: a former secretary of
        # state the text titles with nothing speaks for no government
        (_JULY_2016, False),
        # in her term she does
        (_MAY_2011, True),
    ],
)
def test_a_dated_story_outside_the_persons_terms(published: datetime, stated: bool) -> None:
    assert bool(_actors(_CLINTON, published)) is stated


def test_an_office_the_text_gives_still_speaks_outside_the_gazetteers_terms() -> None:
    """A government title in the text beats the gazetteer's dates."""
    body = (
        "Secretary of State Hillary Clinton said the United States must stop China from "
        "dumping cheap steel on world markets."
    )
    assert ("US", "demands", "Hillary Clinton") in _actors(body, _JULY_2016)


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        # a candidacy told by a definite description right after the name
        (
            "The prime minister will meet Donald Trump when the Republican presidential "
            "front-runner arrives in Israel. Donald Trump has said the United States must "
            "stop Iran from building a bomb.",
            False,
        ),
        (
            "Hillary Clinton spoke about the war in Libya. The candidate has often cited her "
            "record abroad. Hillary Clinton said the United States must stop Iran from building "
            "a bomb.",
            False,
        ),
        # the description follows another person: the named one still speaks
        (
            "Hillary Clinton spoke about the war in Libya. She met Jeb Bush, and the candidate "
            "later thanked her. Hillary Clinton said the United States must stop Iran from "
            "building a bomb.",
            True,
        ),
    ],
)
def test_a_candidate_described_after_the_name(body: str, stated: bool) -> None:
    assert bool(_actors(body)) is stated


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        # "in" before a stance verb makes it a noun: the reporter's phrase, no position
        ("Its critics keep warning about an America in decline.", False),
        # "in turn" still leads to the state's verb, and a gerund after "in" is the act
        ("America in turn rejected the offer of talks.", True),
        ("Chile joined Peru in rejecting the offer of talks.", True),
    ],
)
def test_a_stance_verb_after_in_is_a_noun(body: str, stated: bool) -> None:
    assert bool({a for a in _actors(body) if a[1] != "neutral"}) is stated


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        # a speech verb's present form after "have" is a noun: claims held, nothing said
        ("Besides Chile, Peru and Bolivia have claims on the desert coast.", False),
        # the verb itself still reports a statement
        ("Peru claims the desert coast is its own.", True),
    ],
)
def test_claims_held_are_no_statement(body: str, stated: bool) -> None:
    assert bool(_actors(body)) is stated


def test_plans_held_still_propose() -> None:
    body = "The Chilean government has plans to move all its offices to open-source software."
    assert ("CL", "proposes", None) in _actors(body)


def _stances(body: str) -> set[str]:
    return {stance for _c, stance, _a in _actors(body)}


@pytest.mark.parametrize(
    ("quote", "stance"),
    [
        # a wish for the listeners is a pleasantry; a hope that someone acts stays one
        ("I hope you all have a pleasant evening at the dinner", "neutral"),
        ("We hope that the talks in Geneva will succeed", "supports"),
        ("I hope you will agree to the ceasefire", "demands"),
        # a feeling asked for demands no act; an act asked for does
        ("We should be proud of the jobs we have created", "neutral"),
        ("We should impose new sanctions on the regime", "proposes"),
    ],
)
def test_a_pleasantry_or_a_feeling_is_no_stance(quote: str, stance: str) -> None:
    body = f"\u201c{quote},\u201d US President Barack Obama told the meeting."
    assert _stances(body) == {stance}


def test_an_attribution_after_the_quote_states_nothing_alone() -> None:
    """The attribution that follows a speaker's closed quote ('..., Gates told reporters at the
    time.') is no statement beside the quote's own; one that tells a clause of its own is."""
    from briefgen.analysis.positions import _without_attribution_tails
    from briefgen.model import Statement

    quote = "We take the threat that the regime poses very seriously,"
    body = f'"{quote}" Gates told reporters at the time. "{quote}" He added the troops would stay.'

    def statement(text: str, start: int) -> Statement:
        return Statement("US", "other", "neutral", text, start, start + len(text), "Robert Gates")

    tail = body.index("Gates told")
    second = body.index('"', tail) + 1
    added = body.index("He added")
    statements = [
        statement(quote, 1),
        statement("Gates told reporters at the time.", tail),
        statement(quote, second),
        statement("He added the troops would stay.", added),
    ]
    kept = [st.text for st in _without_attribution_tails(body, statements)]
    assert kept == [quote, quote, "He added the troops would stay."]


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        # what a speaker says, as the subject of the writer's sentence: nothing said
        (
            "President Barack Obama spoke about refugees last week. At this newspaper, what "
            "Obama says and promises is now the baseline for objective truth.",
            False,
        ),
        (
            "President Barack Obama spoke about refugees last week. At this newspaper, Obama "
            "says the promise is now the baseline for objective truth.",
            True,
        ),
    ],
)
def test_what_a_speaker_says_as_a_noun(body: str, stated: bool) -> None:
    assert bool(_actors(body)) is stated


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        # a guest welcomed to a place: hospitality, no support
        (
            "US President Barack Obama, who welcomed world leaders to the White House for a "
            "dinner, held private meetings earlier.",
            None,
        ),
        ("US President Barack Obama welcomed the Chinese premier to the White House.", None),
        # a move welcomed is supported
        ("US President Barack Obama welcomed the move to cut tariffs.", "supports"),
    ],
)
def test_a_guest_welcomed_is_no_support(body: str, stance: str | None) -> None:
    stances = {s for s in _stances(body) if s != "neutral"}
    assert stances == ({stance} if stance else set())


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        # a result hailed is a boast about facts, no support
        ("US President Barack Obama hailed the record streak of 71 months of job growth.", None),
        # a deal hailed is supported
        ("US President Barack Obama hailed the trade deal with Vietnam.", "supports"),
    ],
)
def test_a_result_hailed_is_no_support(body: str, stance: str | None) -> None:
    stances = {s for s in _stances(body) if s != "neutral"}
    assert stances == ({stance} if stance else set())


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        # worries eased: a reassurance, no offer, and nothing for a quote after it to borrow
        (
            "US President Barack Obama sought on Wednesday to ease growing Asian worries about "
            "the election campaign.\n\u201cI think people look at our election system and "
            "shake their heads,\u201d Obama told a meeting in Hanoi.",
            None,
        ),
        # sanctions eased: an offer
        ("US President Barack Obama sought on Monday to ease the sanctions on Cuba.", "proposes"),
    ],
)
def test_worries_eased_are_no_offer(body: str, stance: str | None) -> None:
    stances = {s for s in _stances(body) if s != "neutral"}
    assert stances == ({stance} if stance else set())
