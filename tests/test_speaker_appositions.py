"""Speaker constructions of issue 16 item 1 (session 10, quotes10): a name is a name by the
English around it, not by a list. Sentence-level cases in several outlets' styles, each with
its trap, run through the real analysis.

* a description whose noun is "of", "in" or "at" a place or body, then the person's name in
  apposition ("Epstein's neighbor in both Florida and New York, Donald Trump, said", "says the
  former editor of the Standard, George Osborne"): the name speaks, not the place or body; a
  description that ends in a person ("a friend of Mary Jones, Tom Roe") is left alone.
* a name no list knows, followed by an apposition headed by a role noun and a speech verb
  ("Tiffany Lynch, acting national chairwoman of the Police Federation ..., told Times
  Radio:") is a person's.
* a word of the not-a-name list ("Paris") followed by a relative "who" is the surname of the
  person the story named in full with it ("Jeremy Paris" ... "Paris, who used to work on
  Capitol Hill, said"); no such person, no one, and not the previous speaker either.
* a joint subject of two titled names, maybe with an apposition of both ("state Senate leader
  Phil Berger and House Speaker Tim Moore, both Republicans, said") is the first one named,
  as shorter pairs are.
* an auxiliary between a described name and its speech verb ('," Pakistani military
  spokesperson Lt. Gen. Ahmed Sharif Chaudhry had said') keeps the cue explicit: the quote is
  not the previous speaker's.
* a given name and a word that names organisations ("Jim Press"), described by a role and
  speaking, is a person.
* capitalised words of the not-a-name list before a given name and a surname ("House
  Republican Thomas Massie") qualify the person; the run is not dropped.
* a sentence that a colon closes, opening with a description and then the person's name in
  apposition ("The Leader of Burnley Council, Councillor Afrasiab Anwar MBE, has issued the
  following statement:") introduces that person's words; "Councillor" is a title.
* after "X, <apposition>, said" a reported clause that opens with "he", "that" or a name's
  possessive and a verb ("said Donald Trump's seemingly confused messages have given "…"",
  "said he expects Obama ... to "…"", "wrote that Taylor "…"") is no inverted speaker: the
  fragment is X's.
* a participle after ", X said," ("Spicer said, adding, "…"", "Law said, noting that donors
  feel "…"") has the cue's subject, not the sentence's first name.
* a capitalised office the title lists do not hold ("the Trade and Industry Secretary") is no
  person's name; a given name before such a word still is ("Tony Minister").
* one person of a body ("says the director of academic management at SUM") is not the body;
  a spokesman for it still speaks for it.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "We will not be pushed around"
LEAD = "The plan was announced on Monday.\n\n"


def speaker_of(body: str, quote: str = QUOTE) -> str | None:
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2024, 5, 1)))
    found = {q.text.rstrip(",.?!"): q.speaker.name if q.speaker else None for q in story.quotes}
    assert quote in found, found
    return found[quote]


# --- 1. a description of a place or body, then the name in apposition --------------------

DESCRIBED = [
    # Nine News (AP copy): name-first, the description ends in places
    (f'{LEAD}"{QUOTE}," Epstein\'s neighbor in both Florida and New York, Donald Trump, said '
     "in the story.", "Donald Trump"),
    # Evening Standard: verb first, the description ends in a newspaper
    (f'{LEAD}"{QUOTE}," says the former editor of the Standard, George Osborne.',
     "George Osborne"),
    # BBC: name-first, a body's name in the description
    (f'{LEAD}"{QUOTE}," a spokesman for the Ministry of Defence, John Smith, said.',
     "John Smith"),
    # US style: verb first, a university, the name then a phrase after it
    (f'{LEAD}"{QUOTE}," said a professor at the University of Texas, Stephen Vladeck, in an '
     "interview.", "Stephen Vladeck"),
    # BBC: a possessive description ending in an outlet's programme
    ('But the work\'s author, Eve Ensler, says it is about empowerment.\n\n'
     f'"{QUOTE}," the play\'s organiser in Uganda, Sarah Mukasa, told the BBC.',
     "Sarah Mukasa"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), DESCRIBED)
def test_the_name_after_a_description_of_a_place_or_body_speaks(body: str, expected: str) -> None:
    assert speaker_of(body) == expected


NOT_DESCRIBED = [
    # the description ends in a person: which of the two is meant is left open
    f'Tom Roe spoke.\n\n"{QUOTE}," a friend of Mr Jones, Tom Roe, said.',
    f'Tom Roe spoke.\n\n"{QUOTE}," said a friend of Mary Jones, Tom Roe.',
    # two people after the description: no one speaker
    f'{LEAD}"{QUOTE}," the leaders of France and Germany, Emmanuel Macron and Olaf Scholz, said.',
]


@pytest.mark.parametrize("body", NOT_DESCRIBED)
def test_a_description_ending_in_a_person_names_no_speaker(body: str) -> None:
    assert speaker_of(body) is None


# --- 2. a name no list knows, described by a role, then a speech verb -----------------------

ROLE_APPOSED = [
    (f"{LEAD}Tiffany Lynch, acting national chairwoman of the Police Federation of England and "
     f'Wales, told Times Radio: "{QUOTE}."', "Tiffany Lynch"),
    (f"{LEAD}Keegan Medrano, policy director of the Montana office, told reporters: "
     f'"{QUOTE}."', "Keegan Medrano"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), ROLE_APPOSED)
def test_an_unlisted_name_with_a_role_apposition_is_a_person(body: str, expected: str) -> None:
    assert speaker_of(body) == expected


def test_a_place_with_an_apposition_is_no_speaker() -> None:
    # the apposition has no role noun: "Wales" stays a place
    body = f'{LEAD}Wales, a country of three million people, told visitors: "{QUOTE}."'
    assert speaker_of(body) is None


# --- 3. a not-a-name word with a relative "who" -----------------------------------------------

PARIS = (
    "Jeremy Paris recently moved here from Washington to lead a group charged with "
    "beautifying downtown. The executive director of the Group Plan Commission stood at the "
    "edge of the park.\n\n"
)


def test_a_listed_word_with_who_is_the_surname_of_the_person_named() -> None:
    # AP style: name-first, the relative clause between the name and the verb
    body = f'{PARIS}"{QUOTE}," Paris, who used to work on Capitol Hill, said about it.'
    assert speaker_of(body) == "Jeremy Paris"


def test_a_country_word_with_who_is_the_surname_of_the_person_named() -> None:
    # "Jordan" is a country; the quote is not the previous speaker's
    body = (
        "Michael Jordan and Scottie Pippen spoke at the event on Monday.\n\n"
        '"It was a long night," said Pippen.\n\n'
        f'"{QUOTE}," Jordan, who used to play for Chicago, said about it.'
    )
    assert speaker_of(body) == "Michael Jordan"


def test_an_unknown_name_with_who_is_not_the_previous_speaker() -> None:
    # an explicit cue naming someone the story did not name: no one, not Tom Roe
    body = (
        'Tom Roe spoke.\n\n"It was a long night," said Tom Roe.\n\n'
        f'"{QUOTE}," Paris, who used to work on Capitol Hill, said.'
    )
    assert speaker_of(body) is None


def test_a_listed_word_with_who_names_no_one_the_story_did_not_name() -> None:
    body = (
        "Emmanuel Macron met officials in Paris.\n\n"
        f'"{QUOTE}," Paris, who used to work on Capitol Hill, said about it.'
    )
    assert speaker_of(body) is None


# --- 4. two titled names, maybe with an apposition of both -----------------------------------

JOINT = [
    # Washington Post (AP copy): 13 words before the verb
    f'{LEAD}"{QUOTE}," state Senate leader Phil Berger and House Speaker Tim Moore, both '
    "Republicans, said in a statement.",
    f'{LEAD}"{QUOTE}," Senate leader Phil Berger and House Speaker Tim Moore said.',
    f'{LEAD}"{QUOTE}," Phil Berger and Tim Moore, both Republicans, said in a statement.',
]


@pytest.mark.parametrize("body", JOINT)
def test_a_long_joint_subject_is_the_first_named(body: str) -> None:
    assert speaker_of(body) == "Phil Berger"


NOT_JOINT = [
    # two people described by their jobs: no one speaker (the project's convention)
    f'{LEAD}"{QUOTE}," singer Gary Lightbody and drummer Jonny Quinn, both Irishmen, said.',
    # an outlet relays: the words after it are no subject
    f'{LEAD}"{QUOTE}," The Washington Post and The New York Times both reported.',
]


@pytest.mark.parametrize("body", NOT_JOINT)
def test_not_a_long_joint_subject(body: str) -> None:
    assert speaker_of(body) is None


# --- 5. an auxiliary before the verb of a described name ------------------------------------

MUNIR = "In August, Munir reiterated these concerns, stating that social media is exploited.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        # Times of India: a demonym, a role, a rank and the name, then "had said"
        f'{MUNIR}"{QUOTE}," Pakistani military spokesperson Lt. Gen. Ahmed Sharif Chaudhry had '
        "said.",
        f'{MUNIR}"{QUOTE}," military spokesperson Ahmed Chaudhry had told reporters.',
    ],
)
def test_an_auxiliary_before_the_verb_keeps_the_named_speaker(body: str) -> None:
    assert speaker_of(body).endswith("Chaudhry")


def test_an_auxiliary_after_a_preposition_names_no_one() -> None:
    # the report's author is not the speaker, and the quote is not Munir's either
    body = f'{MUNIR}"{QUOTE}," a report by Ahmed Chaudhry had said.'
    assert speaker_of(body) is None


# --- 6. a given name and an organisation's word, described by a role ------------------------


def test_a_given_name_and_an_organisations_word_with_a_role_is_a_person() -> None:
    # BBC: "Press" heads organisations ("Associated Press"); the apposition says who he is
    body = (
        "Toyota put its rise in sales down to strong results.\n\n"
        f'"{QUOTE}," Jim Press, vice president and chief operating officer of Toyota\'s US sales '
        "arm, said in a statement."
    )
    assert speaker_of(body) == "Jim Press"


def test_an_organisation_with_a_role_apposition_stays_one() -> None:
    body = (
        "Toyota put its rise in sales down to strong results.\n\n"
        f'"{QUOTE}," General Motors, chief rival of Toyota, said in a statement.'
    )
    assert speaker_of(body) is None


# --- 7. listed words before a given name and a surname ---------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f'{LEAD}"{QUOTE}," House Republican Thomas Massie said.',
        # AFP: the person's indirect words, then the quote paragraph goes on with them
        f"{LEAD}House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but "
        'now said Trump had "the opportunity and the obligation to bring us together."'
        f'\n\n"{QUOTE}."',
    ],
)
def test_listed_words_before_a_given_name_qualify_the_person(body: str) -> None:
    assert speaker_of(body) == "Thomas Massie"


def test_listed_words_before_a_place_name_are_no_person() -> None:
    # "Rose" is a given name, but "White House Rose Garden" is a place: Trump speaks
    body = (
        "Donald Trump met Emmanuel Macron on Monday.\n\n"
        f'In the White House Rose Garden, Trump said: "{QUOTE}."'
    )
    assert speaker_of(body) == "Donald Trump"


# --- 8. a description, the name in apposition, a colon ----------------------------------------

GRAVES = "Gravestones in the Muslim section of the cemetery have been vandalised.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Mirror live blog: a council leader's statement, its words in the next paragraph
        (f"{GRAVES}The Leader of Burnley Council, Councillor Afrasiab Anwar MBE, has issued the "
         f'following statement:\n\n"{QUOTE}."', "Afrasiab Anwar"),
        (f'{GRAVES}Councillor Jane Doe said: "{QUOTE}."', "Jane Doe"),
    ],
)  # fmt: skip
def test_a_description_then_the_name_introduces_the_words(body: str, expected: str) -> None:
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a body in apposition: no person
        f'{GRAVES}A statement from the council, Burnley Council, read: "{QUOTE}."',
        # no verb after the apposition: a heading, not an introduction
        f'{GRAVES}The Leader of Burnley Council, Afrasiab Anwar: "{QUOTE}."',
    ],
)
def test_a_description_without_a_person_introduces_no_one(body: str) -> None:
    assert speaker_of(body) is None


# --- 9. a reported clause after "X, <apposition>, said" -------------------------------------

RABBIS = "The rabbis met on Monday.\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Washington Post: a possessive opens the reported clause, a verb follows it
        (f"{RABBIS}Ari Fleischer, a former Bush administration official, said Donald Trump's "
         'seemingly confused messages have given "normally reliable voters reasons to doubt '
         'him."', "Ari Fleischer"),
        # USA Today: "he" opens the reported clause
        (f"{RABBIS}Dan Kritenbrink, senior director for Asian affairs at the National Security "
         'Council, said he expects Barack Obama, Abe, and Park to "clearly demonstrate their '
         'unity."', "Dan Kritenbrink"),
        # USA Today: "that" opens it
        ("In 1848 the Whigs nominated Gen. Zachary Taylor. Taylor had only one appeal.\n\n"
         "Henry Clay's biographers, David and Jeanne Heidler, wrote that Taylor "
         '"had a tin ear."', "Jeanne Heidler"),
    ],
)  # fmt: skip
def test_a_reported_clause_is_not_an_inverted_speaker(body: str, expected: str) -> None:
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2024, 5, 1)))
    assert [q.speaker.name if q.speaker else None for q in story.quotes] == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an inverted speaker still speaks, with a relative clause after the name
        (f'{RABBIS}"{QUOTE}," said Ari Fleischer, who has advised Bush.', "Ari Fleischer"),
        # a possessive with no verb after it is the speaker's phrase, not a clause
        (f'{RABBIS}Ari Fleischer spoke.\n\n"{QUOTE}," said Ari Fleischer\'s spokesman.', None),
    ],
)
def test_an_inverted_speaker_still_speaks(body: str, expected: str | None) -> None:
    assert speaker_of(body) == expected


# --- 10. a participle continuing "X said," ---------------------------------------------------


@pytest.mark.parametrize(
    ("body", "quote", "expected"),
    [
        # Politico: a pair opens the sentence, the cue closes it, "adding," and the quote
        ("Sean Spicer spoke on Thursday.\n\nPaul Ryan and Donald Trump will meet sometime next "
         'week, Spicer said, adding, "They need to sit down and have a good talk."',
         "They need to sit down and have a good talk", "Sean Spicer"),
        # Washington Post: a body named first in the sentence
        ("The party is worried. Spokesman Steven Law spoke.\n\nAfter the 2014 Senate victories "
         'of Republicans, "there is a sense of urgency," Law said, noting that donors feel '
         '"we\'ve got to find a place."', "we've got to find a place", "Steven Law"),
    ],
)  # fmt: skip
def test_a_participle_after_the_cue_has_its_subject(body: str, quote: str, expected: str) -> None:
    assert speaker_of(body, quote) == expected


def test_a_participle_after_a_comma_without_a_cue_is_the_sentence_subjects() -> None:
    # no "X said," before it: the sentence's subject speaks, as before
    body = (
        "The party is worried.\n\nSteven Law met donors on Monday in Washington, noting that "
        '"we\'ve got to find a place."'
    )
    assert speaker_of(body, "we've got to find a place") == "Steven Law"


# --- 11. an office's name is no person's ------------------------------------------------------


def test_an_unlisted_office_is_no_speaker() -> None:
    body = (
        "Plans to extend paid maternity leave should be prominent in the manifesto, the Trade "
        "and Industry Secretary has said.\n\n"
        f'"{QUOTE}," the Trade and Industry Secretary said.'
    )
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2004, 12, 1)))
    assert all("Secretary" not in (q.speaker.name or "") for q in story.quotes if q.speaker)


def test_a_given_name_before_an_office_word_is_a_person() -> None:
    body = f'{LEAD}"{QUOTE}," Tony Minister said.'
    assert speaker_of(body) == "Tony Minister"


# --- 12. one person of a body is not the body -------------------------------------------------

SUM = (
    "Activists have launched online universities, including the Spring University Myanmar "
    "(SUM).\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        # Nature: verb first, a pseudonymous director
        f'{SUM}"{QUOTE}," says the director of academic management at SUM, who asked to use the '
        "pseudonym James.",
    ],
)
def test_one_person_of_a_body_is_not_the_body(body: str) -> None:
    assert speaker_of(body) is None


def test_a_spokesman_for_a_body_still_speaks_for_it() -> None:
    body = f'{SUM}"{QUOTE}," a spokesman for SUM said.'
    assert speaker_of(body) == "Spring University Myanmar"
