"""Speaker constructions of issue 16 (session 10): sentence-level cases in several outlets'
house styles, each with its trap, run through the real analysis.

* a capitalised role noun ("the Prime Minister told reporters", "the US President said:")
  names its holder as the lower-case one does; a qualified office ("the former Prime
  Minister", "the Deputy Prime Minister") is not the office's holder.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "We will not be pushed around"


def speaker_of(body: str, published: datetime, quote: str = QUOTE) -> str | None:
    story = analyze_builtin(Story(title="t", body=body, published=published))
    found = {q.text.rstrip(",.?!"): q.speaker.name for q in story.quotes}
    assert quote in found, found
    return found[quote]


UK_2025 = datetime(2025, 3, 1)
US_2026 = datetime(2026, 4, 25)

# --- 1. capitalised role nouns ------------------------------------------------------------

MET = "Sir Keir Starmer met Emmanuel Macron in Paris.\n\n"
ROLE_NOUNS = [
    # Telegraph / Times style: the office capitalised, the cue after the quote
    (f'{MET}"{QUOTE}," the Prime Minister told reporters.',
     UK_2025, "Keir Starmer"),
    # the cue before, a colon
    (f'{MET}The Prime Minister told reporters: "{QUOTE}."',
     UK_2025, "Keir Starmer"),
    # BBC 2026: a fronted phrase, then a demonym and the office
    ("Trump has questioned the alliance.\n\nIn a post after a meeting with Nato Secretary "
     f'General Mark Rutte, the US President said: "{QUOTE}."', US_2026, "Donald Trump"),
    # Daily Mail style: verb first
    (f'Trump has questioned the alliance.\n\n"{QUOTE}," said the President.', US_2026,
     "Donald Trump"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "published", "expected"), ROLE_NOUNS)
def test_capitalised_role_noun_names_its_holder(
    body: str, published: datetime, expected: str
) -> None:
    assert speaker_of(body, published) == expected


BEFORE = "Sir Keir Starmer announced the plan on Monday. Rishi Sunak attacked it.\n\n"
QUALIFIED = [
    f'{BEFORE}"{QUOTE}," the former prime minister said.',
    f'{BEFORE}"{QUOTE}," the former Prime Minister said.',
    f'{BEFORE}The former Prime Minister said: "{QUOTE}."',
    f'{BEFORE}The Deputy Prime Minister said: "{QUOTE}."',
]


@pytest.mark.parametrize("body", QUALIFIED)
def test_qualified_office_is_not_its_holder(body: str) -> None:
    # "former", "deputy": another office; the prime minister is not the speaker
    assert speaker_of(body, UK_2025) != "Keir Starmer"


# --- 2. verbs and openings the cue grammar missed ------------------------------------------

NOW = datetime(2016, 7, 15)
CUES = [
    # Washington Post: a participle of "tweet" after "by", a "he" between
    ("Former campaign manager Corey Lewandowski has been hired by CNN. Lewandowski earlier "
     f'quashed rumours he was planning a book by tweeting that "{QUOTE}."', "Corey Lewandowski"),
    # AP: "tweeting" after a comma, a colon before the quote
    ("The plan angered the council. Its leader, John Smith, hit back on Sunday, tweeting: "
     f'"{QUOTE}."', "John Smith"),
    # HuffPost: an absolute "with X reportedly VERBing:"
    ("At a rally in Birmingham, Alabama, some supporters punched a protester, with Donald "
     f'Trump reportedly yelling: "{QUOTE}!"', "Donald Trump"),
    # Breitbart: "As X observed, <the point>:" then the quote as its own paragraph
    ("The debate was lively.\n\nOf course, as Joel Pollak of Breitbart California observed, "
     f'the biggest winner was not on the stage, it was the stage itself:\n\n"{QUOTE}."',
     "Joel Pollak"),
    # "As X reported after <a clause>:"
    ("The pattern is clear.\n\nAs Breitbart's Joel Pollak reported after the FBI appeared to "
     f'abandon the crime scene in San Bernardino:\n\n"{QUOTE}."', "Joel Pollak"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), CUES)
def test_cue_names_its_speaker(body: str, expected: str) -> None:
    assert speaker_of(body, NOW) == expected


NOT_THE_REMARKER = [
    # the clause after "as X noted," has someone else who may speak: not X's words
    f'As John Smith noted, the minister then turned to the crowd:\n\n"{QUOTE}."',
    f'As John Smith noted, Mary Jones then turned to the crowd:\n\n"{QUOTE}."',
    f'As John Smith noted, she then turned to the crowd:\n\n"{QUOTE}."',
    # "hastily" says how an act was done: "adding a promise" is no speech of Blair's
    ("Labour was on the back foot, with Tony Blair hastily adding a promise to his pledge "
     f'card. The Tory poster ("{QUOTE}") went up.'),
]  # fmt: skip


@pytest.mark.parametrize("body", NOT_THE_REMARKER)
def test_remarker_or_actor_is_not_the_speaker(body: str) -> None:
    story = analyze_builtin(Story(title="t", body=body, published=NOW))
    names = {q.speaker.name for q in story.quotes}
    assert not names & {"John Smith", "Tony Blair"}, names


# --- 3. joint speakers: the first one named -------------------------------------------------

PAIRS = [
    # BBC: verb first
    (f'"{QUOTE}," said Jonathan Wolpaw and Dennis McFarlane.', "Jonathan Wolpaw"),
    # AP / Reuters: name first, "in a statement"
    (f'"{QUOTE}," John Smith and Mary Jones said in a statement.', "John Smith"),
    # a colon, a fronted phrase
    (f'In a letter, Senator John Smith and Senator Mary Jones wrote: "{QUOTE}."', "John Smith"),
    # Yonhap: titles before each
    ('President Vladimir Putin and Supreme Leader Kim Jong Un said in a joint statement: '
     f'"{QUOTE}."', "Vladimir Putin"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), PAIRS)
def test_joint_speakers_are_the_first_named(body: str, expected: str) -> None:
    assert speaker_of(body, NOW) == expected


NOT_PAIRS = [
    # (story, the first name, who is not the speaker)
    # one title, not two people: "Economic and Fiscal Policy Minister Heizo Takenaka"
    (f'"{QUOTE}," said Economic and Fiscal Policy Minister Heizo Takenaka.', "Economic"),
    # a dependant of the first: the lawyer speaks
    (f'"{QUOTE}," John Smith and his lawyer Mary Jones said.', "John Smith"),
    # a dependant of both
    (f'A lawyer representing Mr Doherty and Mr Wass said: "{QUOTE}."', "Doherty"),
]


@pytest.mark.parametrize(("body", "first"), NOT_PAIRS)
def test_not_a_pair_of_speakers(body: str, first: str) -> None:
    assert speaker_of(body, NOW) != first


# --- 4. a country's ministry named by its country and field ------------------------------

MINISTRIES = [
    # AP: capitalised, a demonym
    (f'"{QUOTE}," the Russian Foreign Ministry said.', "Russian Foreign Ministry"),
    # Reuters: lower case, the country's, then "it said"
    (f'Russia\'s foreign ministry dismissed the plans. "{QUOTE}," it said.',
     "Russian Foreign Ministry"),
    # Xinhua / Global Times: lower case after the quote, "in a statement"
    (f'"{QUOTE}," the Chinese foreign ministry said in a statement.', "Chinese Foreign Ministry"),
    # a spokesperson speaks for it
    (f'"{QUOTE}," a Russian defence ministry spokesman said.', "Russian Defence Ministry"),
    # Yonhap: a capital stands for its country
    (f'Seoul\'s foreign ministry said: "{QUOTE}."', "South Korean Foreign Ministry"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), MINISTRIES)
def test_country_ministry_speaks(body: str, expected: str) -> None:
    assert speaker_of(body, UK_2025) == expected


def test_the_ministry_is_the_one_named_before() -> None:
    # Yonhap: the ministry named with its country earlier, then "the ministry said"
    body = (
        "The two countries agreed to resume their dialogue, Seoul's foreign ministry said.\n\n"
        "Vice Foreign Minister Park Jin-woo and his Japanese counterpart met in Seoul.\n\n"
        f'"{QUOTE}," the ministry said in a press release.'
    )
    assert speaker_of(body, UK_2025) == "South Korean Foreign Ministry"


NOT_MINISTRIES = [
    # no country: which one the text does not say
    f'"{QUOTE}," the foreign ministry said.',
    # no field: not a ministry's name
    f'"{QUOTE}," the Russian ministry said.',
]


@pytest.mark.parametrize("body", NOT_MINISTRIES)
def test_ministry_without_country_or_field_is_not_named(body: str) -> None:
    assert speaker_of(body, UK_2025) is None


# --- 5. a Korean name's family name first --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Washington Post: "Ban" alone, a family name no list holds
        ('U.N. Secretary-General Ban Ki-moon spoke in Paris.\n\nOne account described Ban '
         f'sitting "glumly on the podium."\n\n"{QUOTE}," Ban recalled.', "Ban Ki-moon"),
        # a Western hyphenated given name stays given: the surname is last
        (f'Jean-Pierre Raffarin spoke in Paris.\n\n"{QUOTE}," Raffarin said.',
         "Jean-Pierre Raffarin"),
    ],
)  # fmt: skip
def test_korean_family_name_first(body: str, expected: str) -> None:
    assert speaker_of(body, NOW) == expected


# --- 6. a party speaking, as the quotes gold names it ----------------------------------------

PARTIES = [
    # BBC: the party as the subject, verb first and name first
    (f'"{QUOTE}," the Tories said.', "Conservative Party"),
    (f'Labour said: "{QUOTE}."', "Labour Party"),
    # Guardian / BBC: a party's spokesperson speaks for the party, under its full name
    (f'"{QUOTE}," a Tory spokesman said.', "Conservative Party"),
    (f'"{QUOTE}," said a UKIP spokeswoman.', "UK Independence Party"),
    # Telegraph: a text the party issues
    ("The Conservatives' letter to the standards commissioner was sent on Monday. The "
     f'Conservatives\' letter said: "{QUOTE}."', "Conservative Party"),
    # an organisation's text, as a person's
    (f'Amnesty International\'s report said: "{QUOTE}."', "Amnesty International"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), PARTIES)
def test_party_speaks_under_its_name(body: str, expected: str) -> None:
    assert speaker_of(body, datetime(2005, 3, 1)) == expected


def test_party_adjective_alone_is_no_speaker() -> None:
    # "Tory" names a party only before a role: "the Tory leader" is a person, not the party
    assert speaker_of(f'"{QUOTE}," the Tory leader said.', datetime(2005, 3, 1)) is None


def test_party_spokesman_continues_under_the_short_name() -> None:
    # "UKIP" in the story and the "UK Independence Party" its spokesman speaks for are one
    body = (
        "UKIP candidate Tom Betts resigned. A UKIP spokesman said the resignation followed "
        f'disclosures. "{QUOTE}," the spokesman said.'
    )
    assert speaker_of(body, datetime(2005, 3, 1)) == "UK Independence Party"


# --- 7. "it said": the body the sentences before are about --------------------------------

IT_SAID = [
    # BBC business: a one-word company as the subject of the sentence before
    ('Gamers will have to wait. Sony has said that the new version will not be ready. '
     f'"{QUOTE}," it said.', "Sony"),
    # Xinhua / Reuters: an "it" sentence between, an organisation before it
    ("The China Three Gorges Project Corp could now face a fine. Last week, it denied that its "
     f'projects broke the rules. "{QUOTE}," it said.', "China Three Gorges Project Corp"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), IT_SAID)
def test_it_said_is_the_body_before(body: str, expected: str) -> None:
    assert speaker_of(body, datetime(2005, 3, 1)) == expected


NOT_IT = [
    # a person is no "it"; a possessive's head or an unnamed subject is what "it" stands for
    f'John Smith will have to win legal claims. "{QUOTE}," it said.',
    f'Sony\'s report was published on Monday. "{QUOTE}," it said.',
    f'The report was published on Monday. "{QUOTE}," it said.',
]


@pytest.mark.parametrize("body", NOT_IT)
def test_it_said_names_no_person_or_owner(body: str) -> None:
    assert speaker_of(body, datetime(2005, 3, 1)) is None


# --- 8. an owner's text addressed to someone: the owner speaks, not the addressee ---------

ADDRESSED = [
    # Telegraph: a party's letter, the addressee in apposition, a colon
    ("The Conservatives' letter to Daniel Greenberg, the standards commissioner, said: "
     f'"{QUOTE}."', "Conservative Party"),
    # a person's letter to another person
    (f'John Smith\'s letter to Mary Jones said: "{QUOTE}."', "John Smith"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "expected"), ADDRESSED)
def test_addressed_text_is_its_owners(body: str, expected: str) -> None:
    assert speaker_of(body, datetime(2024, 9, 17)) == expected


def test_text_without_owner_is_not_its_addressees() -> None:
    body = f'The letter to Daniel Greenberg, the standards commissioner, said: "{QUOTE}."'
    assert speaker_of(body, datetime(2024, 9, 17)) is None


def test_the_letter_is_the_one_named_before() -> None:
    # Telegraph: "The letter also said" after the party's letter was quoted
    body = (
        "The Conservatives' letter to Daniel Greenberg, the standards commissioner, said: "
        '"In August it was reported that Lord Alli had a pass."\n\n'
        f'The letter also said that "{QUOTE}."'
    )
    assert speaker_of(body, datetime(2024, 9, 17)) == "Conservative Party"


def test_the_report_is_not_an_earlier_owners() -> None:
    # the last "report" written was a new one, by the IFS: its author's, not Labour's
    body = (
        "Labour's report on schools was published in May. A new report by the IFS came out "
        f'on Monday. The report said: "{QUOTE}."'
    )
    assert speaker_of(body, datetime(2024, 9, 17)) == "IFS"


def test_the_report_by_researchers_is_no_ones() -> None:
    body = (
        "Labour's report on schools was published in May. A new report by researchers at "
        f'Harvard University came out on Monday. The report said: "{QUOTE}."'
    )
    assert speaker_of(body, datetime(2024, 9, 17)) is None
