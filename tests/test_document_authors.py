"""A text that speaks is its author's: "the report from X" / "a letter from X" named before,
then "the report said:" / '," the letter added' (the quotes gold's convention: set H's AAIB
report, held-out 2's open letter). None when the author is not one named person or body."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "The engines did not respond to the demand for more thrust"
ON = datetime(2008, 1, 24)


def speaker_of(body: str) -> str | None:
    story = analyze_builtin(Story(title="t", body=body, published=ON))
    found = {q.text.rstrip(",.?!"): q.speaker.name for q in story.quotes}
    assert QUOTE in found, found
    return found[QUOTE]


AUTHORED = [
    # BBC style: the body spelt out before its abbreviation, the report quoted after a colon
    (
        "The plane hit the ground short of the runway, the report from the Air Accidents "
        "Investigation Branch (AAIB) said.\n\n"
        f'The report added: "{QUOTE}."',
        "Air Accidents Investigation Branch",
    ),
    # BBC: "The report went on:" carries the named report on
    (
        "The plane hit the ground short of the runway, the report from the Air Accidents "
        "Investigation Branch (AAIB) said.\n\n"
        f'The report went on: "{QUOTE}."',
        "Air Accidents Investigation Branch",
    ),
    # an advert "from" a chief executive, its words after the quote
    (
        "In the adverts, entitled An Open Letter from chief executive Sidney Taurel, the "
        "company says the article spreads fear.\n\n"
        f'"{QUOTE}," the letter added.',
        "Sidney Taurel",
    ),
    # Reuters style: "a report by" a named body, "the report said" after the quote
    (
        "A report by the National Transportation Safety Board was published on Tuesday.\n\n"
        f'"{QUOTE}," the report said.',
        "National Transportation Safety Board",
    ),
]


@pytest.mark.parametrize(("body", "expected"), AUTHORED)
def test_a_text_speaks_for_its_author(body: str, expected: str) -> None:
    assert speaker_of(body) == expected


NO_AUTHOR = [
    # the author is two people and a board: neither alone
    "Parents received a letter from the head teacher, Jane Smith, and the governors.\n\n"
    f'"{QUOTE}," the letter said.',
    # the author is someone's lawyer, not the person named
    f'A letter from Smith\'s lawyer reached the court on Monday.\n\n"{QUOTE}," the letter said.',
    # a news outlet's report relays; it is no author
    f'A report by the BBC was aired on Monday.\n\n"{QUOTE}," the report said.',
    # BBC politics: the name is a modifier of the committee that wrote the report
    "A report by the Commons work and pensions committee was published on Monday.\n\n"
    f'"{QUOTE}," the report said.',
    # "The report went on:" after an outlet's report: no author
    f'A report by the BBC was aired on Monday.\n\nThe report went on: "{QUOTE}."',
    # the last report written is another one, with no author named
    "A report by the National Transportation Safety Board was published in May. A second "
    f'report came out on Tuesday.\n\n"{QUOTE}," the report said.',
]


@pytest.mark.parametrize("body", NO_AUTHOR)
def test_a_text_without_one_author_stays_unresolved(body: str) -> None:
    assert speaker_of(body) is None
