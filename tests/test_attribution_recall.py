"""Attribution constructions of issue 16 (recall): sentence-level cases in the styles of the
outlets (AP, Reuters, NYT, Guardian, BBC, Al Jazeera, Yonhap, Xinhua, FT), each with its traps,
run through the real analysis.

* "X was quoted as saying", "the paper quoted X as saying" after the quote;
* a named owner's document speaks: '," TNO's report said';
* a text that types the closing curly mark for both ends of a quote;
* a short paragraph about the last speaker ("She has ...") does not end their quotes.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "We have no plans to change the rules"
LATER = "It is heartbreaking and we will keep fighting for our land"


def quotes(body: str) -> dict[str, str | None]:
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2005, 3, 1)))
    return {
        q.text.rstrip(",.?!"): (q.speaker.name if q.speaker else None)
        for q in story.quotes
        if q.kind == "direct"
    }


def speaker_of(body: str, quote: str = QUOTE) -> str | None:
    found = quotes(body)
    assert quote in found, found
    return found[quote]


# --- "quoted as saying" ------------------------------------------------------------------

QUOTED_AS = [
    # Xinhua / Yonhap: the agency relays, the person it quotes speaks
    ('"{q}," John Smith was quoted as saying.', "John Smith"),
    ('"{q}," John Smith was quoted by Xinhua as saying.', "John Smith"),
    ('"{q}," Yonhap quoted John Smith as saying.', "John Smith"),
    ('"{q}," the newspaper quoted John Smith as saying.', "John Smith"),
    # AP: a description, then the name in apposition
    ('"{q}," the minister, John Smith, was quoted as saying.', "John Smith"),
    # traps: the quoted person is unnamed, or the outlet alone is named
    ('"{q}," a source was quoted as saying.', None),
    ('"{q}," the newspaper quoted an official as saying.', None),
    ('"{q}," the newspaper quoted.', None),
]


@pytest.mark.parametrize(("template", "expected"), QUOTED_AS)
def test_quoted_as_saying_after_the_quote(template: str, expected: str | None) -> None:
    body = "The talks went on.\n\n" + template.format(q=QUOTE)
    assert speaker_of(body) == expected


# --- a named owner's document -------------------------------------------------------------

DOCUMENTS = [
    # Reuters: an institute's report; NYT: a person's letter; Guardian: a ministry's statement
    ('"{q}," TNO\'s report said.', "TNO"),
    ('"{q}," John Smith\'s letter said.', "John Smith"),
    ('"{q}," the Defence Ministry\'s statement said.', "Defence Ministry"),
    # traps: no name owns the document; the owner is an outlet; a dependant's document;
    # a person of the owner is no document
    ('"{q}," the ministry\'s statement said.', None),
    ('"{q}," the BBC\'s report said.', None),
    ("\"{q},\" Tony Smith's lawyer's letter said.", None),
    ('"{q}," John Smith\'s wife said.', None),
    ('"{q}," the report by John Smith said.', None),
]


@pytest.mark.parametrize(("template", "expected"), DOCUMENTS)
def test_a_named_owners_document_speaks(template: str, expected: str | None) -> None:
    body = "The talks went on.\n\n" + template.format(q=QUOTE)
    assert speaker_of(body) == expected


# --- the closing curly mark typed for both ends (FT) -------------------------------------


def test_closing_curly_mark_for_both_ends() -> None:
    body = (
        "Washington is concerned about ”disabling” the reactor.\n\n"
        f"”{QUOTE},” said Tom Casey, a state department spokesman."
    )
    assert speaker_of(body) == "Tom Casey"
    # the cue is no indirect speech of its own
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2005, 3, 1)))
    assert not [q for q in story.quotes if q.kind == "indirect" and "Casey" in q.text]


def test_closing_curly_mark_is_a_closing_mark_where_the_opening_one_is_used() -> None:
    # a text with “ keeps ” as closing only: '”' after a space there opens nothing
    body = f"“{QUOTE},” said Tom Casey. The board ” was wide, he said."
    assert speaker_of(body) == "Tom Casey"


# --- a short paragraph about the last speaker (AP, Al Jazeera) ----------------------------

ASIDE = "“{q},” Ms Molatjeng said.\n\n{aside}\n\n“{later}.”"


@pytest.mark.parametrize(
    ("aside", "expected"),
    [
        ("She has already been forced to sell her field.", "Molatjeng"),
        # traps: the other gender; someone else named; a plural
        ("He has already been forced to sell his field.", None),
        ("She met John Smith on Monday.", None),
        ("She and her neighbours have sold their fields. They are angry.", None),
    ],
)
def test_a_pronoun_aside_keeps_the_speaker(aside: str, expected: str | None) -> None:
    body = "Ms Molatjeng lives near the mine.\n\n" + ASIDE.format(q=QUOTE, aside=aside, later=LATER)
    assert speaker_of(body, LATER) == expected


# --- a pronoun clause a colon closes; "went on" (Telegraph, BBC) ---------------------------

KEIR = "Sir Keir Starmer defended the gifts on Monday.\n\n"


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ('He went on: "{q}."', "Keir Starmer"),
        ('Asked whether an adviser would be appointed, he went on: "{q}."', "Keir Starmer"),
        ('But he hit back: "{q}."', "Keir Starmer"),
        ('"{q}," he went on.', "Keir Starmer"),
        # traps: the pronoun is addressed, not speaking; the other gender; a long clause
        ('He was asked: "{q}?"', None),
        ('She went on: "{q}."', None),
        ('He then turned to the question of how the rules on gifts would work: "{q}."', None),
    ],
)
def test_a_pronoun_clause_introduces_a_quote(cue: str, expected: str | None) -> None:
    assert speaker_of(KEIR + cue.format(q=QUOTE)) == expected


# --- cues that close a run-on quote; a party-state tag before a colon (USA Today, WaPo) ----


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a quote of several sentences runs on into the reporter's words, then the cue
        (
            '"Campaigns are short of money. {q}" but must lead in advertising, says Evan '
            "Tracey, a Republican media consultant.",
            "Evan Tracey",
        ),
        # a coordinated title between the verb and the name
        (
            '"{q}" from any political retribution, said Thai historian and analyst Chris Baker.',
            "Chris Baker",
        ),
        # traps: the name is the object of a preposition; two people
        (
            '"{q}" from any political retribution, said the wife and son of Chris Baker.',
            None,
        ),
    ],
)
def test_a_cue_closing_a_run_on_quote(body: str, expected: str | None) -> None:
    text = body.format(q=QUOTE)
    quote = text[1 : text.index('"', 1)]
    assert speaker_of("The talks went on.\n\n" + text, quote) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('Rep. Trey Gowdy (R-S.C.):"{q}. Who told you that?"', "Trey Gowdy"),
        ('Sen. Lindsey Graham, R-S.C.: "{q}. Who told you that?"', "Lindsey Graham"),
        # trap: a tag with nobody before it
        ('The Republicans (R-S.C.): "{q}. Who told you that?"', None),
    ],
)
def test_a_party_state_tag_before_a_colon(line: str, expected: str | None) -> None:
    body = "The hearing went on.\n\n" + line.format(q=QUOTE)
    assert speaker_of(body, QUOTE + ". Who told you that") == expected


# --- a description, then the name in apposition, after the verb (AP, Reuters) -------------


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said one resident, Maria Lopez.", "Maria Lopez"),
        ("said a neighbour, Maria Lopez, who lives nearby.", "Maria Lopez"),
        ("said another resident, Maria Lopez, 45.", "Maria Lopez"),
        ("said a lawyer for the family, Maria Lopez.", "Maria Lopez"),
        # traps: the name is the object of "of"; a name inside the description
        ("said a friend of Maria Lopez.", None),
        ("said a friend of Tom Roe, Maria Lopez.", None),
    ],
)
def test_a_description_then_the_name_after_the_verb(cue: str, expected: str | None) -> None:
    body = f'The flood hit the town on Monday.\n\n"{QUOTE}," {cue}'
    assert speaker_of(body) == expected


# --- a fronted phrase's object is no subject; a hyphenated role; an unnamed clause subject -----

LONG = "it does not care to fulfil its obligations as an occupying power"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Daily Maverick / Al Jazeera: the court before the comma is where they spoke
        (f"Appearing before the World Court, John Smith said Israel acted, arguing that “{LONG}”.",
         "John Smith"),
        (f"Appearing before the World Court, the delegation said Israel acted, arguing "
         f"that “{LONG}”.", None),
        # a hyphenated role before the named apposition
        (f"On Tuesday, South Africa’s Department of International Relations director-general, "
         f"Zane Dangor, told the court that “{LONG}”.", "Zane Dangor"),
    ],
)  # fmt: skip
def test_the_subject_of_a_reported_clause(sentence: str, expected: str | None) -> None:
    assert speaker_of("The hearings ended on Friday.\n\n" + sentence, LONG) == expected


def test_a_verb_of_an_unnamed_subject_after_the_named_one() -> None:
    # Namibian: the doctors' words, not the president's who tells of them
    body = (
        "Nangolo Mbumba spoke on Monday.\n\nMbumba said he was present when doctors told "
        f"those at the hospital: “{QUOTE}.”"
    )
    assert speaker_of(body) is None
    # the named subject of that verb speaks
    body = body.replace("when doctors told", "when Dr John Smith told")
    assert speaker_of(body) == "John Smith"


def test_a_named_subject_after_with() -> None:
    body = (
        "The Lib Dems are keen to highlight the issue, with Charles Kennedy stressing that "
        "politicians should not “foment an artificial debate about the rules”."
    )
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2005, 3, 1)))
    found = {q.text: q.speaker.name for q in story.quotes}
    assert found.get("foment an artificial debate about the rules") == "Charles Kennedy"


# --- names no list knows, and the pronoun after them (Reuters, IHT, Al Jazeera, AP) --------

PRONOUN_AFTER = [
    # the body a person is "of", then an apposition and the verb
    ("Katya Malofeeva of Renaissance Capital, an investment bank, said the outcome could "
     "leave Ukraine without a government.", "she", "Katya Malofeeva"),
    # a spokesperson named after the word: the person, not the body
    ("Hamas spokesman Fawzi Barhoum rejected the call for talks.", "he", "Fawzi Barhoum"),
    ("In Washington, State Department spokesman Sean McCormack said the tape was old news.",
     "he", "Sean McCormack"),
    # an outlet whose name opens with a given name ("Al") is no person
    ("Ihtisham Hibatullah, Al Jazeera's manager of international communications, urged "
     "the government to act.", "he", "Ihtisham Hibatullah"),
    # an age in apposition
    ("Oleksandr Kovalenko, 45, lost his home in the strike.", "he", "Oleksandr Kovalenko"),
    # traps: an unnamed spokesperson speaks for the body; a name after a preposition
    ("A Hamas spokesman rejected the call for talks.", "he", "Hamas"),
    ("Talks with Hamas spokesman Fawzi Barhoum broke down.", "he", None),
]  # fmt: skip


@pytest.mark.parametrize(("intro", "pronoun", "expected"), PRONOUN_AFTER)
def test_a_pronoun_after_a_name_no_list_knows(
    intro: str, pronoun: str, expected: str | None
) -> None:
    assert speaker_of(f'{intro}\n\n"{QUOTE}," {pronoun} said.') == expected


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        ("said Ursula von der Leyen, the European Commission president.",
         "Ursula von der Leyen"),
        ("Massoud Shadjareh, from the Muslim Safety Forum, said.", "Massoud Shadjareh"),
        ("The head of the unit, Acting Detective Chief Superintendent, Mick Deats, said.",
         "Mick Deats"),
        # a common noun opening the sentence is no part of the name
        ("Writer Neil Coppendale, from West Sussex, said.", "Neil Coppendale"),
        # trap: a title "of" a see names no one; the person follows
        ("The Archbishop of Cardiff, Peter Smith, said.", "Peter Smith"),
    ],
)  # fmt: skip
def test_names_read_whole(cue: str, expected: str) -> None:
    if cue.startswith("said"):
        body = f'The talks went on.\n\n"{QUOTE}," {cue}'
    else:
        body = f'The talks went on.\n\n{cue[:-6]} said: "{QUOTE}."'
    assert speaker_of(body) == expected


# --- a pronoun after an account of someone else (Lesotho Times, AP) ------------------------

ACCOUNT = (
    "{Hon} Moeketsi, who worked for the mine, said the lease was issued in 2014 to one Mr "
    "Makama of Maseru.\n\n{Pro} said Mr Makama later subleased the operation to China Geo.\n\n"
    "Mr Makama then sold the lease to Moruo.\n\n“{q},” he said."
)


@pytest.mark.parametrize(
    ("hon", "pro", "expected"),
    [
        ("Mr", "He", "Moeketsi"),  # the teller of the account, followed back
        ("Ms", "She", None),  # trap: the teller is a woman; "he" is no one named
    ],
)
def test_a_pronoun_after_an_account_is_its_teller(hon: str, pro: str, expected: str | None) -> None:
    assert speaker_of(ACCOUNT.format(Hon=hon, Pro=pro, q=QUOTE)) == expected


def test_a_description_naming_another_body_is_not_the_last_speaker() -> None:
    body = (
        "Bat told the BBC that it had not negotiated with the regulator. Bat consistently "
        'declines to comment. "The ban is especially bad news for the firm", the China Daily '
        'newspaper said. "We are studying the report," the company said.'
    )
    found = quotes(body)
    assert found["The ban is especially bad news for the firm"] is None
    # the trap: a description with no name inside still continues the body that spoke
    assert found["We are studying the report"] == "Bat"


# --- an outlet with no comma after it before the subject (Daily Star, Mirror) -------------

OUTLET_NO_COMMA = [
    ('Speaking to the Daily Mail Lopez claimed: "{q}."', "Maria Lopez"),
    ('Writing in the Guardian Lopez said: "{q}."', "Maria Lopez"),
    ('Speaking to BBC News Maria Lopez said: "{q}."', "Maria Lopez"),
    ('Speaking to the Daily Mail, Lopez claimed: "{q}."', "Maria Lopez"),
    # traps: words of the outlet's own name, a firm's partners, the outlet alone
    ('Sky Sports is a channel.\n\nSky Sports said: "{q}."', "Sky Sports"),
    ('The Daily Mail is a paper.\n\nThe Daily Mail said: "{q}."', "Daily Mail"),
    ('Fox News is a channel and the News desk is busy.\n\nFox News said: "{q}."', None),
]


@pytest.mark.parametrize(("template", "expected"), OUTLET_NO_COMMA)
def test_an_outlet_before_the_subject_without_a_comma(template: str, expected: str | None) -> None:
    body = "Maria Lopez, 37, lives in Leeds.\n\n" + template.format(q=QUOTE)
    assert speaker_of(body) == expected


def test_a_firm_with_an_outlets_word_keeps_its_name() -> None:
    body = (
        "Irish publishing group Independent News & Media is buying a stake.\n\n"
        '"It is an important year for Independent News & Media," said chief executive Sir '
        "Anthony O'Reilly."
    )
    story = analyze_builtin(Story(title="t", body=body, published=datetime(2005, 3, 1)))
    assert {a.name for a in story.actors if a.kind == "organisation"} == {
        "Independent News & Media"
    }


# --- "the home secretary" is not the shadow home secretary (BBC) --------------------------


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("Shadow home secretary David Davis attacked the plan.", None),
        ("Home Secretary David Davis attacked the plan.", "David Davis"),  # the twin
    ],
)
def test_a_role_noun_is_not_its_shadow(lead: str, expected: str | None) -> None:
    body = lead + "\n\n" + f'The home secretary said: "{QUOTE}."'
    assert speaker_of(body) == expected
