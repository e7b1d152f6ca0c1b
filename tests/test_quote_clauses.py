"""A quote run into the reporter's sentence (issue 16, session 8): direct when it opens a clause
of its own, a fragment when it completes the reporter's clause; the verb that runs straight
into a quote names its speaker; a fragment closed by "said X" is X's. Each case is a short
story run through the real analysis, with the traps that must stay as they are."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _quotes(body: str) -> dict[str, tuple[str, str | None]]:
    """Quote text (without closing punctuation) -> (kind, speaker) for the story ``body``."""
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return {q.text.rstrip(",.?!"): (q.kind, q.speaker.name) for q in story.quotes}


def _kind(body: str, quote: str) -> str:
    found = _quotes(body)
    assert quote in found, found
    return found[quote][0]


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # a verb phrase, an adjective phrase or a noun phrase finishing the reporter's clause
        (
            'Council member Nicole Lederer has said the pipeline "is against the best interest '
            'of our country."',
            "is against the best interest of our country",
        ),
        (
            'Jon Tester says he is a "strong supporter of the Second Amendment."',
            "strong supporter of the Second Amendment",
        ),
        (
            'Pollster John Anzalone said Harris "put the Democrats back in the game to where '
            "it's kind of a toss-up.\"",
            "put the Democrats back in the game to where it's kind of a toss-up",
        ),
        # a first-person word inside a noun phrase does not make it a sentence
        (
            'Commissioner Kristina Box said the Legislature provided "the major components that '
            'we need in order to be able to go forward."',
            "the major components that we need in order to be able to go forward",
        ),
    ],
)
def test_a_quote_completing_the_reporters_clause_is_a_fragment(body: str, quote: str) -> None:
    assert _kind(body, quote) == "fragment"


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        # after the complementiser "that": a clause with its own subject
        (
            'Sir Keir Starmer said that "all Members of Parliament get gifts from donors".',
            "all Members of Parliament get gifts from donors",
        ),
        # a subject pronoun, also after a conjunction that resumes an interrupted quote
        (
            '"I fully welcome the words of Mr Snow," said Joaquin Almunia, "but we will need to '
            'see decisions adopted in that direction."',
            "but we will need to see decisions adopted in that direction",
        ),
        # a verb phrase that goes on in full sentences of the speaker's own
        (
            'State Department spokesman P.J. Crowley said Bushehr "does not represent a '
            'proliferation risk. However, Bushehr underscores that Iran can have nuclear power."',
            "does not represent a proliferation risk. However, Bushehr underscores that Iran can "
            "have nuclear power",
        ),
    ],
)
def test_a_quote_opening_a_clause_of_its_own_is_direct(body: str, quote: str) -> None:
    assert _kind(body, quote) == "direct"


def test_mr_and_initials_inside_a_fragment_are_no_sentence_end() -> None:
    """Trap: "Mr. Obama", "the U.S. Army" end no sentence, so the phrase stays a fragment."""
    body = 'Senator Jon Tester said he was a "loyal supporter of Mr. Obama and the U.S. Army."'
    assert _kind(body, "loyal supporter of Mr. Obama and the U.S. Army") == "fragment"


def test_the_verb_running_into_a_quote_names_its_speaker() -> None:
    """'X stressed that "…," suggesting …': the verb before the quote says whose words they
    are, though a participle follows the quote."""
    body = (
        'Senator Ben Cardin stressed that "the way to proceed is to get Democrats and '
        'Republicans working together," suggesting that a plain renewal might pass.'
    )
    found = _quotes(body)
    assert found["the way to proceed is to get Democrats and Republicans working together"] == (
        "direct",
        "Ben Cardin",
    )


def test_a_fragment_closed_by_said_x_is_xs_not_an_earlier_speakers() -> None:
    body = (
        "When Bernie Sanders said at a rally that he would not want the endorsement, he "
        '"grabbed ahold of the way teachers in Chicago are feeling," said Drew Heiserman, a '
        "union member."
    )
    found = _quotes(body)
    assert found["grabbed ahold of the way teachers in Chicago are feeling"] == (
        "fragment",
        "Drew Heiserman",
    )


def test_a_name_further_on_does_not_close_a_fragment() -> None:
    """Trap: ', adding that it is why Donald Trump "attacks us"' names Trump as the subject of
    another quote, not as the speaker of the first."""
    body = (
        'Ted Cruz said that there is "only one strong conservative in a position to win this '
        'race," adding that it is why Donald Trump "relentlessly attacks us and ignores the '
        'other candidates."'
    )
    found = _quotes(body)
    assert found["only one strong conservative in a position to win this race"][1] == "Ted Cruz"


def test_an_unresolved_pronoun_defers_to_the_verb_before_it() -> None:
    body = (
        "The House Majority PAC spent heavily. Alixandria Lapp said she thinks congressional "
        'Republicans "are going to be dragged down by the anger of the voters."'
    )
    found = _quotes(body)
    assert found["are going to be dragged down by the anger of the voters"] == (
        "fragment",
        "Alixandria Lapp",
    )


def _statements(body: str) -> list[tuple[str, str, str]]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return [(s.country, s.stance, story.body[s.start : s.end]) for s in story.statements]


def test_a_fragment_closed_by_its_speaker_is_a_statement_of_the_whole_sentence() -> None:
    """'Iran is "the single greatest threat ...," she added': the fragment completes the
    reporter's clause, so the statement is the sentence, which says what the threat is."""
    body = (
        'US Secretary of State Condoleezza Rice spoke on Monday. Iran is "the single greatest '
        'threat to the kind of Middle East we all want to see," she added in an interview.'
    )
    found = [s for s in _statements(body) if s[0] == "US"]
    assert any(text.startswith("Iran is") and stance != "neutral" for _c, stance, text in found)


def test_a_fragment_without_its_speaker_after_it_is_no_statement() -> None:
    """Trap: a quoted phrase run into the reporter's account ('Iran remains "a grave concern"
    for Washington') is the reporter's sentence, not a statement of the speaker's."""
    body = (
        "US Secretary of State Condoleezza Rice spoke on Monday. Iran remains "
        '"a grave concern for all of us" in the region, according to a diplomat.'
    )
    assert not [s for s in _statements(body) if s[2].startswith("Iran remains")]
