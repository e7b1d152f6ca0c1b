"""Attribution constructions of issue 16 (session 8): sentence-level cases with their traps,
each a short story run through the real analysis.

* a spokesperson, aide, lawyer or source of a person is not that person;
* an organisation name with "and" in it is one name ("the Securities and Exchange Commission");
* laws, newspapers and places are not people;
* reporting verbs such as "repeated" cue a quote.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from briefgen.analysis.people import find_people
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "We have no plans to change the rules"


def analysed(body: str) -> Story:
    return analyze_builtin(Story(title="t", body=body, published=datetime(2005, 3, 1)))


def speaker_of(body: str, quote: str = QUOTE) -> str | None:
    found = {q.text.rstrip(",.?!"): q.speaker.name for q in analysed(body).quotes}
    assert quote in found, found
    return found[quote]


def people(body: str) -> dict[str, str]:
    story = Story(title="t", body=body, published=datetime(2005, 3, 1))
    analyze_builtin(story)
    return {p.name: p.kind for p in find_people(story)}


# --- 3. the dependants of a person -------------------------------------------------------

DEPENDANTS = [
    # (subject phrase, expected speaker): a spokesperson of the UK prime minister speaks for
    # Downing Street (tests/data/quotes/README.md); of anyone else, for nobody we can name
    ("a spokesman for Tony Blair", "Downing Street"),
    ("a spokeswoman for Tony Blair", "Downing Street"),
    ("Tony Blair's spokesman", "Downing Street"),
    ("a spokesman for John Smith", None),
    ("an aide to John Smith", None),
    ("a lawyer for John Smith", None),
    ("a source close to John Smith", None),
    ("a friend of John Smith", None),
    ("the wife of John Smith", None),
    ("John Smith's lawyer", None),
    ("John Smith's aide", None),
]


@pytest.mark.parametrize(("subject", "expected"), DEPENDANTS)
@pytest.mark.parametrize(
    "template",
    [
        'The talks went on.\n\n"{q}," said {s}.',
        'The talks went on.\n\n"{q}," {s} said.',
        'The talks went on.\n\n{S} said: "{q}."',
    ],
)
def test_a_dependant_of_a_person_is_not_that_person(
    subject: str, expected: str | None, template: str
) -> None:
    body = template.format(q=QUOTE, s=subject, S=subject[0].upper() + subject[1:])
    assert speaker_of(body) == expected


@pytest.mark.parametrize(
    "subject",
    [
        "John Smith",
        "a spokesman for the Electoral Commission",  # the body's spokesman speaks for it
    ],
)
def test_the_person_or_body_itself_still_speaks(subject: str) -> None:
    expected = "John Smith" if subject == "John Smith" else "Electoral Commission"
    assert speaker_of(f'The talks went on.\n\n"{QUOTE}," said {subject}.') == expected


def test_a_possessive_role_with_the_name_in_apposition_is_the_named_person() -> None:
    body = (
        f'The count went on.\n\n"{QUOTE}," said Tony Blair\'s campaign manager, John Smith, '
        "who ran the 2001 campaign."
    )
    assert speaker_of(body) == "John Smith"


# --- 4. reporting verbs ------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["repeated", "reiterated", "reaffirmed", "restated", "confided"])
def test_reporting_verbs_of_repetition_cue_a_name_the_lexicons_do_not_know(verb: str) -> None:
    assert speaker_of(f'The talks ended.\n\n"{QUOTE}," {verb} Teske.') == "Teske"


def test_repeated_as_an_adjective_names_no_speaker() -> None:
    body = f'Repeated warnings went unheeded.\n\n"{QUOTE}," a voice on the tape said.'
    assert speaker_of(body) is None


def test_a_description_then_the_name_after_a_question_mark_is_the_cue() -> None:
    body = (
        'Obama spoke on Monday.\n\n"Is he going to act? If not he should resign!" the '
        "presumptive GOP nominee, Donald Trump, tweeted Sunday."
    )
    assert speaker_of(body, "Is he going to act? If not he should resign") == "Donald Trump"


def test_a_question_that_ends_its_sentence_takes_no_cue_from_the_next() -> None:
    body = 'Obama spoke on Monday.\n\n"Is he going to act?" The nominee, Donald Trump, laughed.'
    story = analysed(body)
    assert all(q.speaker.name != "Donald Trump" for q in story.quotes)


# --- 1. organisation names with "and" ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ('The Securities and Exchange Commission said the rules were "unfair".',
         "Securities and Exchange Commission"),
        ('The US Food and Drug Administration said the drug was "unsafe".',
         "Food and Drug Administration"),
        ('The Health and Safety Executive said the site was "unsafe".',
         "Health and Safety Executive"),
        ('Mark Serwotka, leader of the Public and Commercial Services Union, said: "No."',
         "Public and Commercial Services Union"),
    ],
)  # fmt: skip
def test_an_institution_name_with_and_is_one_organisation(body: str, name: str) -> None:
    found = people(body)
    assert found.get(name) == "organisation", found


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # people, places and two names of their own stay apart
        ('Tony Blair and Gordon Brown said it was "fine".', ["Tony Blair", "Gordon Brown"]),
        ("Tony Blair and Foreign Office officials met.", ["Tony Blair", "Foreign Office"]),
        ("Deutsche Bank and Credit Suisse Group cut jobs.", ["Credit Suisse Group"]),
        ("The Treasury and Bank of England agreed.", ["Treasury", "Bank of England"]),
    ],
)
def test_people_and_names_of_their_own_are_not_joined_at_and(body: str, names: list[str]) -> None:
    found = people(body)
    for name in names:
        assert name in found, found
    assert not any(" and " in n for n in found), found


def test_the_institution_speaks_as_one() -> None:
    body = f'Rules changed.\n\n"{QUOTE}," the Securities and Exchange Commission said.'
    assert speaker_of(body) == "Securities and Exchange Commission"


# --- 2. laws, outlets and places are no people -------------------------------------------


def test_a_law_is_no_one() -> None:
    found = people(
        "The new rules are the result of the Sarbanes-Oxley Act, part of the US clean-up. "
        "Critics of the Patriot Act said it went too far."
    )
    assert not any(n.endswith(" Act") for n in found), found


def test_bill_as_a_given_name_is_still_a_person() -> None:
    assert people('Bill Clinton said the deal was "good".').get("Bill Clinton") == "person"


@pytest.mark.parametrize(
    "body",
    [
        'The state newspaper Rodong Sinmun said: "The US is hostile."',
        'The official news agency Rodong Sinmun said the talks were "doomed".',
    ],
)
def test_an_outlet_named_after_its_noun_speaks_as_an_organisation(body: str) -> None:
    assert people(body).get("Rodong Sinmun") == "organisation"


def test_an_outlet_named_in_passing_is_not_made_a_speaker() -> None:
    body = (
        "The comedian said in an interview with US magazine Entertainment Weekly that he "
        'labelled awards ceremonies "idiotic".'
    )
    assert all(q.speaker.name != "Entertainment Weekly" for q in analysed(body).quotes)


@pytest.mark.parametrize(
    "body",
    [
        "Derek Wyatt spoke. The MP for Sittingbourne and Sheppey said Tony Blair had been "
        '"trying very hard".',
        'Residents of the Isle of Sheppey were angry. Police in Sheppey said it was "calm".',
    ],
)
def test_a_place_is_no_one(body: str) -> None:
    assert "Sheppey" not in people(body)


def test_the_mp_for_a_constituency_is_the_speaker_not_the_place() -> None:
    body = (
        "Labour MP Derek Wyatt praised the campaign. The MP for Sittingbourne and Sheppey said "
        'Mr Wyatt was right.\n\n"This election is a choice," Mr Wyatt said.'
    )
    assert speaker_of(body, "This election is a choice") == "Derek Wyatt"


def test_a_person_after_a_preposition_the_story_names_is_still_linked() -> None:
    body = f'Tony Blair spoke in London. Pressure on Blair grew.\n\n"{QUOTE}," Blair said.'
    assert speaker_of(body) == "Tony Blair"


# --- 5. PolNeAR train: a paragraph about the last speaker carries the chain ---------------

VIGUERIE = (
    "Cruz won the county.\n\n"
    "“Cruz is the best candidate on economic and cultural issues,” Viguerie notes.\n\n"
    "{between}\n\n"
    "“Not only can Ted Cruz win in November, he is the one with the best chance.”"
)


def test_a_short_paragraph_about_the_last_speaker_carries_the_chain() -> None:
    body = VIGUERIE.format(
        between="Viguerie is upbeat about Cruz’s chances, because he sees Cruz as a uniter."
    )
    quote = "Not only can Ted Cruz win in November, he is the one with the best chance"
    assert speaker_of(body, quote) == "Viguerie"


def test_a_paragraph_about_someone_who_did_not_speak_last_carries_nothing() -> None:
    body = VIGUERIE.format(between="Cruz is upbeat about Viguerie’s support in November.")
    quote = "Not only can Ted Cruz win in November, he is the one with the best chance"
    assert speaker_of(body, quote) is None


def test_a_name_after_the_verb_and_the_opens_the_reported_clause() -> None:
    body = (
        "Donald Trump spoke on Monday.\n\nMike Murphy, who ran a super PAC, said the Trump "
        '"train may have left the station and nobody can stop it now."'
    )
    quote = "train may have left the station and nobody can stop it now"
    assert speaker_of(body, quote) == "Mike Murphy"


def test_an_inverted_speaker_after_the_verb_still_speaks() -> None:
    body = f'Talks ended.\n\n"{QUOTE}," said the prime minister, Tony Blair.'
    assert speaker_of(body) == "Tony Blair"


@pytest.mark.parametrize(
    "body",
    [
        'Donald Trump and Barack Obama spoke.\n\nKerry Washington, star of "Scandal," thanked '
        'Obama for "taking these steps to make us all safer."',
        "Donald Trump and Barack Obama spoke.\n\nNew Jersey Gov. Chris Christie, hoping to surge "
        'in New Hampshire, called Obama a "petulant child" who was acting "as if he is a king."',
    ],
)
def test_the_name_after_a_verb_of_praise_or_description_is_its_object(body: str) -> None:
    assert all(q.speaker.name != "Barack Obama" for q in analysed(body).quotes)


def test_a_speech_verb_before_a_name_still_inverts() -> None:
    body = f'Talks ended.\n\n"{QUOTE}," added Tony Blair.'
    assert speaker_of(body) == "Tony Blair"


def test_the_constituency_mp_is_no_name() -> None:
    body = (
        "Stephen Pound spoke of his daughter.\n\nThe Ealing North MP said: "
        '"It was a pretty horrible thing with a pretty happy ending."'
    )
    assert "Ealing North" not in people(body)
    assert speaker_of(body, "It was a pretty horrible thing with a pretty happy ending") in (
        "Stephen Pound",
        None,
    )


def test_a_name_with_its_postnominal_is_still_a_person() -> None:
    assert speaker_of(f'Talks ended.\n\nTony Blair MP said: "{QUOTE}."') == "Tony Blair"


def _indirect_speakers(body: str) -> list[str | None]:
    return [q.speaker.name for q in analysed(body).quotes if q.kind == "indirect"]


def test_a_verb_of_opinion_inverts_around_a_parenthesis() -> None:
    body = (
        "Tony Blair spoke to MPs.\n\nWhat this is really about, believes Mr Blair, is the "
        "Tories spotting an opportunity to embarrass the government."
    )
    assert "Tony Blair" in _indirect_speakers(body)


def test_a_name_after_a_verb_of_opinion_that_a_verb_follows_opens_its_clause() -> None:
    body = (
        "Andy Williams joined Bath.\n\nBath director of rugby Jack Rowell, though, believes "
        "Williams fits the bill perfectly."
    )
    assert "Andy Williams" not in _indirect_speakers(body)
