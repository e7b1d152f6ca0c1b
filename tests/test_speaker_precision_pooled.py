"""Speaker precision from the pooled errors of every dev quote set (session 13, issue 16).

Each construction here gave a wrong speaker in a dev set and is written in several outlets'
styles: an indefinite teller before a "he said" (wire, BBC business), one official among many
of a body (BBC, wire, Anatolian-style), and a quote after someone of the other gender spoke
(magazine feature, court report). In each the honest null beats the earlier name; the
sentences after each trap check that a named speaker still gets their quote.
"""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _speakers(body: str) -> list[str | None]:
    story = analyze_builtin(Story(title="t", body=body, path="t.txt"))
    return [q.speaker.name for q in story.quotes if q.kind == "direct"]


NAMED = '"Profits were well within the comfort zone," said Nick Bubb, an analyst at Evolution.'


@pytest.mark.parametrize(
    "teller",
    [
        "However, one dealer, who asked not to be named, told Reuters sales were weak.",
        "One trader said the figures were not what people had hoped for.",
        "A senior aide, speaking on condition of anonymity, said the talks had stalled.",
        "Another analyst warned that the sector faced a hard year.",
    ],
)
def test_a_he_after_an_indefinite_teller_is_not_the_earlier_name(teller: str) -> None:
    body = f'{NAMED} {teller} "Christmas has been tough for the whole sector," he said.'
    assert _speakers(body) == ["Nick Bubb", None]


def test_a_he_after_a_named_teller_still_resolves() -> None:
    body = (
        f"{NAMED} John Moore, a dealer at Numis, told Reuters sales were weak. "
        '"Christmas has been tough for the whole sector," he said.'
    )
    assert _speakers(body)[-1] == "John Moore"


def test_a_he_after_an_unnamed_spokesman_is_not_refused_by_the_teller_rule() -> None:
    body = (
        "The Foreign Office said the talks would resume. A spokesman said the date was not "
        'yet fixed. "We expect to meet again soon," he said.'
    )
    assert _speakers(body)[-1] != "Nick Bubb"  # (the body or no one; never an earlier name)


@pytest.mark.parametrize(
    "sentence",
    [
        'A Nato official told the BBC that "the treaty does not foresee any suspension".',
        '"Mutu will be in our main stand to watch the match," said a Juventus official.',
        'An Andhra Pradesh official added that "the site had already been approved".',
        'State television quoted an Iranian official as saying that "no threat was made".',
    ],
)
def test_one_official_of_a_body_is_not_the_body(sentence: str) -> None:
    body = (
        "Nato and Juventus and the Andhra Pradesh government met in Brussels on Monday. " + sentence
    )
    assert set(_speakers(body)) <= {None}


def test_a_ministry_official_still_speaks_for_the_ministry() -> None:
    body = (
        "Japan's finance ministry played down the data. "
        '"We have no plans to change the composition of our reserves," said a Japanese '
        "Finance Ministry official."
    )
    assert _speakers(body) == ["Japanese Finance Ministry"]


@pytest.mark.parametrize(
    "between",
    [
        "As she left the office, she says, Ailes tried to kiss her.",
        "She says she never heard from the agency again, and Ailes was furious.",
    ],
)
def test_a_quote_after_a_woman_spoke_is_not_the_man_s(between: str) -> None:
    body = (
        "She remembers Roger Ailes's reply. \"I'm a multifaceted man,\" Ailes said.\n\n"
        f'{between} "I was holding a binder full of auditions that I put between us."'
    )
    assert _speakers(body) == ["Roger Ailes", None]


def test_a_quote_after_the_same_speaker_goes_on() -> None:
    body = (
        '"I\'m a multifaceted man," Roger Ailes said.\n\n'
        'He says he never apologised. "That\'s one side of me, and I stand by it."'
    )
    assert _speakers(body) == ["Roger Ailes", "Roger Ailes"]


def test_a_court_exchange_after_the_other_speaker_spoke_gives_no_guess() -> None:
    body = (
        '"There can be a very minimal risk," Justice Samuel Alito said.\n\n'
        'She said the agency had no other source of funds. "We rely on the Federal Reserve, '
        'as Congress intended."'
    )
    assert _speakers(body)[-1] != "Samuel Alito"


def test_a_passive_indefinite_clause_is_no_teller() -> None:
    body = (
        "Ellen Simonetti said her suspension made two friends stop blogging. One of them was "
        'asked to stop by his company. "If they had asked me, I would have done it," she said.'
    )
    assert _speakers(body) == ["Ellen Simonetti"]
