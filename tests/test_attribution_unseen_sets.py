"""Constructions read in the errors of an independent quote gold set on unseen web pages (set
E, session 10): an addressee after "told", an interviewer's question, people called by their
given name, and a sentence whose subject is "It" or "They"."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Quote, Story


def _quotes(body: str) -> list[Quote]:
    return analyze_builtin(Story(title="t", body=body, path="t.txt")).quotes


def _speaker_of(body: str, start: str) -> str | None:
    return next(q.speaker.name for q in _quotes(body) if q.text.startswith(start))


LEAD = "Officers faced violence over the weekend, the federation said.\n\n"


@pytest.mark.parametrize(
    "intro",
    [
        "Tiffany Lynch, the federation's chairwoman, told Times Radio:",
        "Tiffany Lynch, the federation's chairwoman, told BBC News:",
        "Tiffany Lynch, 45, a police officer, told Sky News:",
    ],
)
def test_the_name_after_told_is_the_addressee_not_the_speaker(intro: str) -> None:
    body = LEAD + intro + ' "What we are seeing is unprecedented, and the violence is new."'
    assert _speaker_of(body, "What we are seeing") == "Tiffany Lynch"


def test_an_addressee_after_told_is_never_the_speaker() -> None:
    """When the apposition is too long to read the subject past, the honest null."""
    body = (
        LEAD + "Tiffany Lynch, acting chairwoman of the Police Federation of England and "
        'Wales, told Times Radio: "What we are seeing is unprecedented."'
    )
    assert _speaker_of(body, "What we are seeing") in ("Tiffany Lynch", None)


def test_an_answer_after_an_interviewers_question_is_not_the_questions_subject() -> None:
    body = (
        "Sir Tony Blair sat in his office as I asked whether Sir Keir Starmer would last.\n\n"
        '"It is all about whether they can deliver the plan," says Blair.\n\n'
        "Is Starmer a good leader?\n\n"
        '"Well, I am fully supportive of him, I want him to succeed."\n'
    )
    assert _speaker_of(body, "Well, I am fully supportive") != "Keir Starmer"
    assert _speaker_of(body, "Well, I am fully supportive") != "Starmer"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (
            "LINDI: It is 8pm but Aisha Mohamed is still selling maize near the bus stand.\n\n"
            '"When there is darkness, women are afraid of robbers," says Aisha as she holds '
            "a cob.\n",
            "When there is darkness",
            "Aisha Mohamed",
        ),
        (
            "Serena Williams, 23, hit back at critics after her defeat in Melbourne.\n\n"
            '"We are not declining. We are here," Serena said.\n',
            "We are not declining",
            "Serena Williams",
        ),
    ],
)
def test_a_given_name_after_the_full_name_is_the_same_person(
    body: str, start: str, speaker: str
) -> None:
    assert _speaker_of(body, start) == speaker


def test_a_firm_and_its_longer_name_are_not_a_given_name_and_surname() -> None:
    body = (
        "Fiat Auto lost money again, and the car maker's chief stepped down.\n\n"
        "The auto industry is in trouble, analysts said.\n\n"
        '"We will exit unprofitable areas this week," Fiat said.\n'
    )
    assert _speaker_of(body, "We will exit") != "Fiat Auto"


def test_a_name_inside_a_sentence_whose_subject_is_they_is_no_antecedent() -> None:
    body = (
        "Rock star Ozzy Osbourne tackled a burglar at his home.\n\n"
        "At a press conference, Sharon Osbourne gave details of the stolen items. They "
        "included two bands Ozzy gave her when they renewed their vows. She said she wished "
        'she had worn them. "I always take them off at night and put them beside my bed."\n'
    )
    assert _speaker_of(body, "she wished") == "Sharon Osbourne"


def test_the_inverted_teller_of_an_it_sentence_is_the_antecedent() -> None:
    body = (
        "Michael Howard attacked Labour over tax at question time.\n\n"
        "It was no good Mr Blair claiming tax pledges were being left to the manifesto, "
        'argued Mr Howard. Pointing to national insurance, he added: "Everyone knows tax '
        'will go up under Labour."\n'
    )
    assert _speaker_of(body, "Everyone knows tax") == "Michael Howard"


def test_an_it_sentence_that_goes_on_about_its_person_keeps_them() -> None:
    body = (
        "Tony Blair held his monthly news conference on Tuesday.\n\n"
        "It dominated the conference, which saw Mr Blair start in full irritation mode as he "
        'was forced to bat away questions. As he told journalists: "I am not interested in '
        'what goes in and out of newspapers."\n'
    )
    assert _speaker_of(body, "I am not interested") == "Tony Blair"


@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        (
            "Peter White, SVP of enterprise AI and automation at Automation Anywhere, told "
            "TechCrunch.",
            "Peter White",
        ),
        ("Peter White, VP of sales at Acme, said.", "Peter White"),
        (
            "Saikat Ray, VP analyst at Gartner, explained to TechCrunch in an interview.",
            "Saikat Ray",
        ),
    ],
)
def test_an_apposition_opened_by_an_abbreviated_title(cue: str, speaker: str) -> None:
    body = LEAD + '"We continue to build custom models for specific tasks," ' + cue + "\n"
    assert _speaker_of(body, "We continue to build") == speaker


def test_an_unnamed_teller_is_no_bridge_to_the_person_named_in_what_they_tell() -> None:
    body = (
        "Riots spread across the country over the weekend.\n\n"
        "A teacher at the venue said those involved were taking away from the bereavement "
        "process. The teacher added that hero Leanne Lucas, 35, who was injured, was doing "
        'well in hospital.\n\nShe said: "It is terrible, they are taking away all the '
        'bereavement of the children."\n'
    )
    assert _speaker_of(body, "It is terrible") is None


HALEY = "Nikki Haley said months ago that she would support Donald Trump. "


def test_the_object_of_a_causative_verb_speaks_its_to_infinitive() -> None:
    body = HALEY + 'That kind of talk prompted Chris Christie to say: "She is going to lose."\n'
    assert _speaker_of(body, "She is going to lose") == "Chris Christie"


def test_a_quote_whose_lead_in_names_another_person_does_not_continue_the_last_speaker() -> None:
    body = (
        HALEY + "That kind of talk led Chris Christie to suggest, in a hot-mic moment on "
        'Wednesday, "She is going to get smoked, and you and I both know it."\n'
    )
    assert _speaker_of(body, "She is going to get smoked") != "Nikki Haley"


def test_a_surname_that_is_an_organisations_word_is_a_person_when_described_as_one() -> None:
    body = (
        "Universities in exile keep teaching.\n\n"
        "Serhii Radio, a chemistry researcher at DonNU, says not everyone could leave in "
        '2014. He was unable to take any lab equipment. "They checked personal belongings '
        'and reviewed social-media accounts," he explains.\n'
    )
    assert _speaker_of(body, "They checked personal belongings") == "Serhii Radio"


@pytest.mark.parametrize(
    ("intro", "noun", "speaker"),
    [
        (
            "Economist Jeremiah Mbelu said the council would install 155 poles.",
            "economist",
            "Jeremiah Mbelu",
        ),
        ("Judge Letitia Clark said Yukos lacked a US presence.", "judge", "Letitia Clark"),
    ],
)
def test_a_definite_description_repeating_a_persons_title_names_them(
    intro: str, noun: str, speaker: str
) -> None:
    body = LEAD + intro + f'\n\nAsked why, the {noun} said: "It is expensive, but it lasts."\n'
    assert _speaker_of(body, "It is expensive") == speaker


def test_a_qualified_title_is_another_office() -> None:
    body = (
        LEAD + "Deputy Mayor Nicky Gavron said the mayor would say sorry.\n\n"
        'Later the mayor said: "I will not apologise for what I said."\n'
    )
    assert _speaker_of(body, "I will not apologise") != "Nicky Gavron"


def test_the_stories_only_woman_is_no_antecedent_when_only_named_as_an_object() -> None:
    body = (
        "Kamala Harris grew up in Montreal.\n\nKamala was a happy child. The New York Times "
        "has reported she was into Diana Ross and Michael Jackson.\n\nThe school drew from "
        "Westmount and beyond. It suggests her memories were happy ones. Her favourite "
        'pastime is dancing, and as to her ex, she wrote: "Naw, I am just playing!"\n'
    )
    assert _speaker_of(body, "Naw, I am just playing") != "Diana Ross"


def test_a_titled_or_described_woman_stays_the_antecedent() -> None:
    body = (
        "The festival went ahead after the disaster.\n\nThe sentiments were echoed by "
        "Christine Rush, director of the festival's sister event. The market opened on "
        'time. "We have been careful to be respectful of the recovery," she said.\n'
    )
    assert _speaker_of(body, "We have been careful") == "Christine Rush"


def test_the_answer_to_an_interviewers_question_is_the_last_speakers() -> None:
    body = (
        "Sir Tony Blair sat in his office as I asked whether Sir Keir Starmer would last.\n\n"
        '"It is all about whether they can deliver the plan," says Blair.\n\n'
        "Is Starmer a good leader?\n\n"
        '"Well, I am fully supportive of him, I want him to succeed."\n'
    )
    assert _speaker_of(body, "Well, I am fully supportive") == "Tony Blair"
