"""Speaker recall on unseen pages (issue 16, session 13): constructions that left a quote
without a speaker in several dev sets and outlets, as sentence-level cases in several outlets'
house styles, each with its trap, run through the real analysis.

* a seat or origin compound before a name ("Athens-based Aegean Star Tankers", "Tunisian-born
  Abdellatif Kechiche") modifies it: it is no word of the name, a name a body sits in is an
  organisation ("the company said" then names it), and a name after "from"/"at" and such a
  compound is still a preposition's object, not the speaker.
"""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "We have complied with every rule"


def speakers(body: str) -> dict[str, str | None]:
    story = analyze_builtin(Story(title="t", body=body))
    return {q.text.rstrip(",.?!"): q.speaker.name for q in story.quotes if q.kind == "direct"}


def speaker_of(body: str, opening: str) -> str | None:
    """The speaker of the direct quote of ``body`` that opens with ``opening``."""
    found = {k: v for k, v in speakers(body).items() if k.startswith(opening)}
    assert len(found) == 1, speakers(body)
    return next(iter(found.values()))


# --- 1. seat and origin compounds ------------------------------------------------------------


def test_reuters_style_seated_company_is_the_company_that_speaks() -> None:
    body = (
        "The EU named 12 tankers in its draft sanctions list on Monday.\n\n"
        "Athens-based Aegean Star Tankers, which operates 12 vessels named in the draft, "
        f'denied any wrongdoing. "{QUOTE}," the company said.'
    )
    assert speakers(body)[QUOTE] == "Aegean Star Tankers"


def test_bbc_style_seated_body_keeps_its_name_without_the_seat() -> None:
    body = (
        "Deutsche Boerse has made an offer for the London Stock Exchange.\n\n"
        "Paris-based Euronext said it was also interested in bidding for the exchange. "
        f'"{QUOTE}," the company said.'
    )
    assert speakers(body)[QUOTE] == "Euronext"


def test_origin_compound_is_no_part_of_a_persons_name() -> None:
    body = (
        "The film won four awards on Saturday.\n\n"
        f'"{QUOTE}," said Tunisian-born Abdellatif Kechiche.'
    )
    assert speakers(body)[QUOTE] == "Abdellatif Kechiche"


def test_body_after_from_and_a_seat_is_no_speaker() -> None:
    # Namibian style: the person before "from" speaks, not the body after the seat compound
    body = (
        "Campaigners criticised the hydrogen deals on Thursday.\n\n"
        "Samson Mokoena from South African-based Vaal Environmental Justice Alliance says: "
        f"“{QUOTE}.”\n\n"
        f"Jane Holt from London-based Acme Holdings said: “{QUOTE} too.”"
    )
    found = speakers(body)
    assert found[QUOTE] != "Vaal Environmental Justice Alliance"
    assert found[QUOTE + " too"] == "Jane Holt"


# --- 2. a sentence about a person introduces the quote that follows it in the paragraph -------

WORDS = "We should give them all the help we can"

INTRODUCED = [
    # BBC: a named subject and an action, then the quote, no cue at all
    ("Tony Blair spoke to party members in Gateshead on Sunday.\n\n"
     "Mr Blair went on to list his government's achievements. "
     f'"{WORDS}. And I say we have to go forward."', "Tony Blair"),
    # Evening Standard interview: a "he" subject resolved to the interviewee
    ("Tony Blair is relaxed when we meet at his institute in London.\n\n"
     f"As we say goodbye, he looks aghast. “{WORDS}, so that they win.”",
     "Tony Blair"),
    # trade magazine: an apposition after the name
    ("Apple has launched a smaller computer.\n\n"
     "Graham Barlow, editor of Mac Format, understandably has a partisan viewpoint. "
     f'"{WORDS}, because it is revolutionary in its size."', "Graham Barlow"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), INTRODUCED)
def test_sentence_about_a_person_introduces_the_next_quote(body: str, expected: str) -> None:
    assert speaker_of(body, WORDS) == expected


NOT_INTRODUCED = [
    # a passive subject is acted on: the words are anyone's about him
    "Prosecutors opened the case.\n\nJohn Smith was charged with fraud on Monday. "
    f'"{WORDS}, but he stole from pensioners."',
    # two people in the sentence: either may speak
    f'The hearing ended.\n\nJohn Smith met Jane Doe in court. "{WORDS}."',
    # the person is the object, the subject no one named
    f'The trial opened.\n\nPolice arrested John Smith on Monday. "{WORDS}."',
    # a question before the quote: the answer is not its subject's
    f'The talks went on.\n\nWill John Smith sign the deal? "{WORDS}."',
]


@pytest.mark.parametrize("body", NOT_INTRODUCED)
def test_no_speaker_from_a_sentence_that_is_not_about_its_subject(body: str) -> None:
    assert speaker_of(body, WORDS) is None


# --- 3. a stray space after a left curly mark --------------------------------------------------


def test_rest_of_world_style_space_after_the_opening_mark_still_opens_a_quote() -> None:
    body = (
        "The rocket's actuator failed during the launch.\n\n"
        "“ Space is hard,” said John Sheldon, the co-founder of a London-based consultancy."
    )
    assert speakers(body) == {"Space is hard": "John Sheldon"}


# --- 4. a body whose name opens with a people's adjective --------------------------------------

BODIES = [
    # BBC Wales: the devolved government speaks before a colon
    ('Civil servants walked out on Monday.\n\nThe Welsh Assembly Government said: "{q}."',
     "Welsh Assembly Government"),
    # a professional body, the cue after the quote
    ('Doctors met ministers on Monday.\n\n"{q}," the British Medical Association said.',
     "British Medical Association"),
    # Scotsman style: verb first
    ('The referee was attacked after the match.\n\n"{q}," said the Scottish Football '
     "Association.", "Scottish Football Association"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), BODIES)
def test_a_body_named_after_a_people_speaks(body: str, expected: str) -> None:
    assert speakers(body.format(q=QUOTE))[QUOTE] == expected


def test_a_countrys_government_or_court_is_no_body_of_its_own() -> None:
    # "British Government" is the country's; "US District Court in San Francisco" no speaker
    body = (
        "Jones sued on Wednesday.\n\n"
        "Her lawsuit, filed in the US District Court in San Francisco, said she "
        f'"{QUOTE.lower()} at every race she ran".\n\n"{QUOTE}," the British Government said.'
    )
    story = analyze_builtin(Story(title="t", body=body))
    names = {a.name for a in story.actors}
    assert "British Government" not in names and "US District Court" not in names


# --- 5. "went on to say" ------------------------------------------------------------------------


def test_bbc_style_went_on_to_say_is_its_subjects_cue() -> None:
    body = (
        "Shadow home secretary David Davis spoke on BBC Radio Four on Monday. He said the bill "
        f'was flawed.\n\nHe went on to say: "{QUOTE}, and we will vote against the bill."'
    )
    assert speaker_of(body, QUOTE) == "David Davis"


def test_went_on_to_say_after_a_named_subject() -> None:
    body = (
        "Police made 12 arrests overnight.\n\n"
        "Chief Superintendent Mick Deats went on to say the officers "
        '"acted with great courage and restraint under attack".'
    )
    story = analyze_builtin(Story(title="t", body=body))
    assert [q.speaker.name for q in story.quotes if q.kind == "fragment"] == ["Mick Deats"]
