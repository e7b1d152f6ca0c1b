"""Constructions read in the misses of a fresh quote gold set on outlets nobody had tuned on
(set K1, session 12: a magazine feature, a court transcript, wire and TV pages): an answer
after a quoted question, a he/she after the quote, an indefinite speaker with a relative
clause, "pointed out", and a name that says where the person works before the verb. Every
sentence is written for the test in the outlets' style."""

from __future__ import annotations

import pytest

from briefgen.analysis.people import Person, find_people
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.analysis.sentences import split_sentences
from briefgen.model import Quote, Story


def _quotes(body: str) -> list[Quote]:
    return analyze_builtin(Story(title="t", body=body, path="t.txt")).quotes


def _speaker_of(body: str, start: str) -> str | None:
    return next(q.speaker.name for q in _quotes(body) if q.text.startswith(start))


def _people(body: str) -> list[Person]:
    story = Story(title="t", body=body, path="t.txt")
    story.sentences = split_sentences(body)
    return find_people(story)


COURT = (
    "Solicitor General Elizabeth Prelogar argued the case before Justice Samuel Alito.\n\n"
    '"That can be true," Prelogar said, "but the risk from the disease is far greater."\n\n'
)


def test_a_quote_paragraph_after_a_quoted_question_is_not_the_askers() -> None:
    body = (
        COURT + '"But there is some risk," Alito interjected. "Do you dispute that?"\n\n'
        '"There can be a very minimal risk with respect to some individuals, but the '
        'vaccines are safe and effective."\n'
    )
    assert _speaker_of(body, "There can be a very minimal risk") != "Samuel Alito"


def test_a_quote_paragraph_after_a_statement_goes_on_in_the_same_voice() -> None:
    """The trap: without a question the paragraph after is the same speaker's."""
    body = (
        COURT + '"But there is some risk," Alito said. "You cannot dispute that."\n\n'
        '"Some risk is always there when the government orders people to act."\n'
    )
    assert _speaker_of(body, "Some risk is always there") == "Samuel Alito"


@pytest.mark.parametrize("verb", ["rejoined", "replied", "shrugged"])
def test_a_he_after_the_quote_is_not_the_woman_who_spoke_before(verb: str) -> None:
    body = (
        COURT + '"No, Justice Alito," Prelogar said. "I was making an observation about '
        'students."\n\n'
        f'"Then why were you talking about corporate America," he {verb}.\n'
    )
    assert _speaker_of(body, "Then why were you talking") != "Elizabeth Prelogar"


def test_the_continued_speaker_stays_when_the_pronoun_fits() -> None:
    body = (
        COURT + '"No, Justice Alito," Prelogar said. "I was making an observation about '
        'students."\n\n'
        '"Because corporate America relies on a diverse pipeline," she went on.\n'
    )
    assert _speaker_of(body, "Because corporate America") == "Elizabeth Prelogar"


MAGAZINE = (
    "Roger Ailes ran the network for two decades. In some cases, he threatened to release "
    "tapes of the encounters.\n\n"
)


@pytest.mark.parametrize(
    "cue",
    [
        "says a woman who auditioned for Ailes in 1968 when she was a college student",
        "said one producer whose show Ailes cancelled",
        "said a former anchor who worked for Ailes",
    ],
)
def test_an_indefinite_speaker_with_a_relative_clause_is_nobody_named(cue: str) -> None:
    body = MAGAZINE + f'"The feeling I got in the interview was repulsion and contempt," {cue}.\n'
    assert _speaker_of(body, "The feeling I got") is None


def test_a_name_in_apposition_after_the_indefinite_still_speaks() -> None:
    body = (
        MAGAZINE + '"The feeling I got in the interview was repulsion," said a former '
        "producer, Joan Petrakis, who worked for Ailes.\n"
    )
    assert _speaker_of(body, "The feeling I got") == "Joan Petrakis"


CRICKET = (
    "Former New Zealand batsman Simon Doull said the players were treated unfairly. "
    '"Did the captain go in front of the committee when he claimed a catch?" he asked.\n\n'
)


@pytest.mark.parametrize("cue", ["he pointed out", "Doull pointed out", "he points out"])
def test_pointed_out_closes_a_cue(cue: str) -> None:
    body = CRICKET + f'"It would appear that there are double standards at the moment," {cue}.\n'
    assert _speaker_of(body, "It would appear") == "Simon Doull"


PARADE = "A decision on the balloons will be made Thursday morning before the parade.\n\n"


@pytest.mark.parametrize("prep", ["with", "at", "from", "of"])
def test_a_name_with_the_body_it_works_for_is_the_speaker(prep: str) -> None:
    body = (
        PARADE + '"Tomorrow before the event, we will make a determination," Patrol Chief '
        f"James Hall {prep} the New York Police Department said Wednesday.\n"
    )
    assert _speaker_of(body, "Tomorrow before the event") == "James Hall"


@pytest.mark.parametrize(
    "cue",
    [
        "Kirsten Pfeifer from the Consumer Electronics Association, told the BBC",
        "Hall of the New York Police Department said Wednesday",
        "Officials at the New York Police Department said Wednesday",
    ],
)
def test_a_person_of_a_body_is_never_the_body(cue: str) -> None:
    """A person the story does not name as one, or the body's people: no speaker, not the
    body after the preposition."""
    body = PARADE + f'"Tomorrow before the event, we will make a determination," {cue}.\n'
    assert _speaker_of(body, "Tomorrow before the event") is None


NETWORK = (
    "Days after the suit was filed, 21st Century Fox executive chairman Rupert Murdoch and "
    "his sons hired a law firm. Those at 21st Century Fox turned a blind eye.\n\n"
)


def test_an_ordinal_opens_a_bodys_name_not_a_persons() -> None:
    """ "21st Century Fox" is no person "Century Fox" whom a "he" could mean."""
    body = (
        NETWORK + "Roger Ailes ran the channel. He seemed wounded by the question.\n\n"
        '"I have been very nice to you," he said pointedly.\n'
    )
    assert _speaker_of(body, "I have been very nice") == "Roger Ailes"
    people = _people(
        "Ailes complained to 21st Century Fox about the deal. Fox said it would fight."
    )
    assert [p.kind for p in people if "Century" in p.name] == ["organisation"]


@pytest.mark.parametrize("adverb", ["Perhaps", "Apparently", "Ultimately", "Privately"])
def test_a_sentence_adverb_opens_no_name(adverb: str) -> None:
    body = NETWORK + f"{adverb} Murdoch told him not to bother.\n"
    people = _people(body)
    assert not any(p.name.startswith(adverb) for p in people)


@pytest.mark.parametrize("cue", ["he reportedly told her", "he privately told her"])
def test_an_adverb_between_pronoun_and_verb_keeps_the_pronoun_cue(cue: str) -> None:
    """'," he reportedly told her': the pronoun is the subject (not a name found further
    back by a looser reading of the cue)."""
    body = (
        "Roger Ailes hired Laurie Luhn in 1996. Luhn later left the company.\n\n"
        f'"You are going to find me new recruits," {cue}.\n'
    )
    quote = next(q for q in _quotes(body) if q.text.startswith("You are going"))
    assert (quote.speaker.name, quote.cue) == ("Roger Ailes", "pronoun")


FEUD = (
    "Roger Ailes ran the network. Megyn Kelly was its star. Donald Trump attacked her on "
    "television. Could he have paid someone? she wondered.\n\n"
)


@pytest.mark.parametrize("subordinator", ["While", "Although", "After"])
def test_a_main_clause_pronoun_after_a_fronted_clause_is_its_subject(subordinator: str) -> None:
    body = (
        FEUD + f"{subordinator} Ailes released a statement defending Kelly, he privately "
        'blamed her for the crisis. "It was an unfair question," he told a Fox anchor.\n'
    )
    assert _speaker_of(body, "It was an unfair question") == "Roger Ailes"


def test_a_given_name_hint_gives_a_found_person_a_gender() -> None:
    """ "Megyn" is no name of the curated list; the hint makes her a woman, so the "he" after
    the quote is not her."""
    body = (
        "Roger Ailes ran the network for two decades. Fox anchor Megyn Kelly said she was "
        'harassed.\n\n"It was an unfair question," he said.\n'
    )
    assert _speaker_of(body, "It was an unfair question") == "Roger Ailes"
    assert [p.gender for p in _people(body) if p.name == "Megyn Kelly"] == ["f"]


def test_a_body_named_in_full_and_by_its_tail_is_one_body() -> None:
    """ "the agency said" after "British Educational Communications and Technology Agency",
    whose tail "Technology Agency" the finder also reads: one agency, not two."""
    body = (
        "The British Educational Communications and Technology Agency (BECTA) published a "
        "report on the software.\n\n"
        '"We believe that these arrangements present sufficient technical difficulties for '
        'most users," the agency said.\n'
    )
    assert (
        _speaker_of(body, "We believe that these arrangements")
        == "British Educational Communications and Technology Agency"
    )


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("She remembers Ailes's reply:", "Roger Ailes"),
        ("Then came Ailes’s answer:", "Roger Ailes"),
        ("The White House's response:", "White House"),
    ],
)
def test_a_reply_named_before_a_colon_is_its_owners(intro: str, speaker: str) -> None:
    body = (
        "Roger Ailes invited her for a drink at the White House. She suggested happy hour, "
        f'but he demurred.\n\n{intro} "I am a multifaceted man. That is one side of me."\n'
    )
    assert _speaker_of(body, "I am a multifaceted man") == speaker


def test_an_outlets_verdict_before_a_colon_is_no_speaker() -> None:
    body = 'The film opened on Friday.\n\nThe Guardian\'s verdict: "A dismal failure of a film."\n'
    assert _speaker_of(body, "A dismal failure") is None
