"""Constructions read in the misses of the session-14 web gold (web14 dev a and b) and PolNeAR
train, each common to many outlets: a picture credit line before a quote paragraph (NYT,
Reuters, AP, Getty styles), a relative introduced by a kin noun who shares the subject's
surname (Newsweek, Washington Post, Guardian styles), and a body called by its initials after
the story named it in full (BBC, Reuters, AP styles). Every sentence is written for the test."""

from __future__ import annotations

import pytest

from briefgen.analysis.credits import credit_line
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Quote, Story


def _quotes(body: str) -> list[Quote]:
    return analyze_builtin(Story(title="t", body=body, path="t.txt")).quotes


def _speaker_of(body: str, start: str) -> str | None:
    return next(q.speaker.name for q in _quotes(body) if q.text.startswith(start))


@pytest.mark.parametrize(
    "line",
    [
        "Jessica Kourkounis for The New York Times",  # NYT
        "Carlos Barria / Reuters.",  # Reuters via a partner page
        "REUTERS/Kevin Lamarque",  # Reuters
        "(AP Photo/Evan Vucci)",  # AP
        "Photograph: Jane Doe/Getty Images",  # Guardian
        "Credit: Jane Doe",
        "John Smith/AFP via Getty Images",  # Washington Post
    ],
)
def test_picture_credits_are_credit_lines(line: str) -> None:
    assert credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Viguerie is upbeat about Cruz's chances.",
        "The museum opened on Saturday.",
        "Smith for the win",
        "Mark Person, Richmond, Va.",
    ],
)
def test_sentences_and_captions_are_not_credit_lines(line: str) -> None:
    assert not credit_line(line)


@pytest.mark.parametrize(
    "credit",
    [
        "Max Whittaker for The New York Times",
        "Carlos Barria / Reuters",
        "(AP Photo/Evan Vucci)",
    ],
)
def test_a_photographer_before_a_quote_paragraph_is_not_its_speaker(credit: str) -> None:
    body = (
        "The museum opened on Saturday with thousands of visitors.\n\n"
        "Croix de Guerre medal\n\n"
        f"{credit}\n\n"
        "\u201cIn 2010, I took my car to the dealership and there was a man in uniform. "
        "We started talking about my grandfather.\u201d\n"
    )
    assert _speaker_of(body, "In 2010") is None


def test_a_short_paragraph_about_a_person_still_gives_the_quote_after_it() -> None:
    # the rule a credit line must not take: 'Viguerie is upbeat.' then the quote paragraph
    body = (
        "Richard Viguerie, a conservative fundraiser, spoke on Monday.\n\n"
        "Viguerie is upbeat about the race.\n\n"
        '"We will win Iowa and then we will win New Hampshire."\n'
    )
    assert _speaker_of(body, "We will win") == "Richard Viguerie"


def test_a_bare_surname_is_not_the_father_introduced_as_kin() -> None:
    # Newsweek style: the subject named first, his father once, then the surname alone
    body = (
        "President Ramzan Kadyrov has declared war on what he regards as indecency.\n\n"
        "His father, Ahmed Kadyrov, had been the region's chief mufti before 2004.\n\n"
        "\u201cIf people do not take the path of pure Sufi Islam, they will lose out,\u201d "
        "says Kadyrov.\n"
    )
    assert _speaker_of(body, "If people") == "Ramzan Kadyrov"


def test_a_bare_surname_is_not_the_wife_introduced_after_her_name() -> None:
    # Washington Post style: "Jane Sanders, his wife," in apposition
    body = (
        "Sen. Bernie Sanders spoke in Syracuse on Saturday. Jane Sanders, his wife, "
        "stood beside him.\n\n"
        '"We really can win on Tuesday," said Sanders as he closed out.\n'
    )
    assert _speaker_of(body, "We really") == "Bernie Sanders"


def test_two_relatives_named_without_kin_nouns_keep_the_nearest_rule() -> None:
    # Guardian style: two brothers named by office, the nearer one speaks
    body = (
        "Defence Secretary Gotabhaya Rajapaksa met reporters. President Mahinda Rajapaksa "
        "was abroad.\n\n"
        '"The operation will go on until the rebels surrender," Rajapaksa said.\n'
    )
    assert _speaker_of(body, "The operation") == "Mahinda Rajapaksa"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (  # BBC style: the body in full, then its spokeswoman by initials
            "The Health Protection Agency said the GPs of all six civilians had been told.\n\n"
            'An HPA spokeswoman said: "The agency is aware that a small number of people '
            'may have received unscreened blood."\n',
            "The agency is aware",
            "Health Protection Agency",
        ),
        (  # Reuters style: a company by its initials after its name
            "General Motors issued a profits warning on Thursday.\n\n"
            '"Attaining earnings of $10 a share remains our goal," GM said.\n',
            "Attaining earnings",
            "General Motors",
        ),
    ],
)
def test_a_body_called_by_its_initials_speaks_under_its_full_name(
    body: str, start: str, speaker: str
) -> None:
    assert _speaker_of(body, start) == speaker


def test_initials_no_body_spells_stay_as_written() -> None:
    body = (
        "Officials met in Geneva on Monday.\n\n"
        '"We will review the figures next week," the WTO said.\n'
    )
    assert _speaker_of(body, "We will review") == "WTO"


NATION = "Chris Christie and Nikki Haley ran for the nomination. Hillary Clinton spoke.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (  # The Nation style: a causative, the speaker its object, an aside before the quote
            "That kind of talk led Christie to suggest, in a hot-mic moment on Wednesday "
            "evening, \u201cShe\u2019s going to get smoked, and you and I both know it.\u201d",
            "Chris Christie",
        ),
        (  # AP style
            'The defeat prompted Haley to declare, "We will not go back to the old ways."',
            "Nikki Haley",
        ),
    ],
)
def test_the_object_of_a_causative_speaks_the_quote_after_to_and_a_speech_verb(
    sentence: str, speaker: str
) -> None:
    assert _quotes(NATION + sentence + "\n")[0].speaker.name == speaker


def test_a_base_form_that_is_no_speech_verb_after_to_names_no_speaker() -> None:
    body = NATION + 'The defeat prompted Haley to think, "We will not go back to the old ways."\n'
    assert _quotes(body)[0].speaker.name is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (  # The Nation style: the possessed words as the subject, a long phrase before "was"
            "Christie\u2019s bottom line concerning the Republicans he eschewed endorsing on "
            "Wednesday was the right one: \u201cAnyone who is unwilling to say Trump is unfit "
            "is unfit to be president.\u201d",
            "Chris Christie",
        ),
        (  # Politico / West Journal style
            "Clinton\u2019s response was: \u201cIs Dalton Brody off Conn or Wisconsin?\u201d",
            "Hillary Clinton",
        ),
        (  # Reuters style
            'Haley\'s message to voters was simple: "We will not go back to the old ways."',
            "Nikki Haley",
        ),
    ],
)
def test_a_persons_words_as_the_subject_of_was_introduce_the_quote_after_the_colon(
    sentence: str, speaker: str
) -> None:
    assert _quotes(NATION + sentence + "\n")[0].speaker.name == speaker


def test_the_possessed_words_of_an_outlet_name_no_speaker() -> None:
    body = NATION + 'The Post\'s verdict was harsh: "Neither of them is ready to lead."\n'
    assert _quotes(body)[0].speaker.name is None


@pytest.mark.parametrize(
    ("sentence", "start", "speaker"),
    [
        (  # West Journal style: a naming verb, its object, the subject's words
            "Jacobs called Merkel \u201cThe Chancellor of the Free World.\u201d",
            "The Chancellor",
            "Sam Jacobs",
        ),
        (  # Time / AP style: "credited X with holding"
            "Jacobs credited Merkel with holding \u201cthe entire continent together\u201d "
            "through the crisis.",
            "the entire continent",
            "Sam Jacobs",
        ),
    ],
)
def test_the_object_of_a_naming_verb_is_not_the_speaker_of_the_words_about_it(
    sentence: str, start: str, speaker: str
) -> None:
    body = "Sam Jacobs and Angela Merkel met in Berlin.\n\n" + sentence + "\n"
    assert _speaker_of(body, start) == speaker


def test_a_person_with_a_clause_of_their_own_before_the_quote_still_blocks_the_subject() -> None:
    body = (
        "Sam Jacobs and Angela Merkel met in Berlin.\n\n"
        "Jacobs thanked Merkel, who said \u201cwe will keep the continent together.\u201d\n"
    )
    assert _speaker_of(body, "we will keep") != "Sam Jacobs"


def test_opined_after_a_quote_names_its_writer() -> None:
    # USA Today style: an editorial board's words, the verb before its subject
    body = (
        "Newspapers across the country warned of violence.\n\n"
        '"Gun owners should leave their weapons at home," opined Cleveland\'s Plain Dealer.\n'
    )
    assert _speaker_of(body, "Gun owners") == "Plain Dealer"


def test_exhorted_before_the_speaker_names_the_speaker() -> None:
    # Washington Post style: a verb of urging, then a description and the name in apposition
    body = (
        "Jamie Lee Curtis introduced Clinton in Los Angeles.\n\n"
        '"It\'s about time that we had a woman running this country," exhorted the actress '
        "Jamie Lee Curtis.\n"
    )
    assert _speaker_of(body, "It's about time") == "Jamie Lee Curtis"


def test_says_closing_a_reported_clause_makes_a_family_name_first_speaker_known() -> None:
    # Nature / Guardian feature style: ", says Yao." ends the reporter's account; the quote
    # after it in the paragraph is Yao's (Yao Zhe: the family name first, no list needed)
    body = (
        "Yao Zhe is a policy adviser at an environmental group in Beijing.\n\n"
        "With the US absent, China will have greater influence, but the world should expect "
        "leadership of a different flavour, says Yao. \u201cThey cannot expect China to do "
        "exactly what the US does.\u201d\n"
    )
    assert _speaker_of(body, "They cannot") == "Yao Zhe"


@pytest.mark.parametrize(
    ("sentence", "start", "speaker"),
    [
        (  # NYT style: a relative clause that judges the reported clause's subject
            "Last December, Ms. Haley said that women who had accused Mr. Trump of misconduct "
            "\u201cshould be heard, and they should be dealt with.\u201d",
            "should be heard",
            "Nikki Haley",
        ),
        (  # BBC style: a passive relative clause
            "Ms. Haley said students who were told there would be no fees "
            '"have been given exactly the opposite".',
            "have been given",
            "Nikki Haley",
        ),
    ],
)
def test_a_describing_relative_clause_leaves_the_fragment_to_the_reporting_verb(
    sentence: str, start: str, speaker: str
) -> None:
    body = "Nikki Haley and Donald Trump met in New York.\n\n" + sentence + "\n"
    assert _speaker_of(body, start) == speaker


def test_a_relative_clause_that_speaks_is_the_antecedents() -> None:
    # BBC style: 'the princess, who told friends "…"': not the earlier subject's words
    body = (
        "Hasnat Khan met Diana in 1995.\n\n"
        "Mr Khan has never spoken about his relationship with the princess, who told friends "
        'he had been the "love of my life".\n'
    )
    assert all(q.speaker.name != "Hasnat Khan" for q in _quotes(body))


def test_a_second_predicate_after_the_fragment_is_no_cue_of_another_speaker() -> None:
    # Breitbart / AP style: 'referred to Rubio as "…" but described his skills as …'
    body = (
        "Jeb Bush and Marco Rubio campaigned in New Hampshire.\n\n"
        "Speaking to MSNBC on Monday, Bush referred to Rubio as \u201ca bright, charismatic "
        "leader\u201d but described his leadership skills as a \u201cwork in progress.\u201d\n"
    )
    assert _speaker_of(body, "a bright") == "Jeb Bush"


def test_a_cue_with_its_own_subject_after_the_fragment_still_names_the_speaker() -> None:
    body = (
        "Jeb Bush and Marco Rubio campaigned in New Hampshire.\n\n"
        'Bush praised Rubio as "a bright, charismatic leader," Rubio said.\n'
    )
    assert _speaker_of(body, "a bright") == "Marco Rubio"
