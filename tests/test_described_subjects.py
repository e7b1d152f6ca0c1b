"""A he/she through a sentence a definite description opens ("The Scot initially defended
Beattie …. He said:"): the one person the description fits, else no one."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

QUOTE = "I believe that I should set the record straight"
ON = datetime(2005, 1, 10)


def speaker_of(body: str) -> str | None:
    story = analyze_builtin(Story(title="t", body=body, published=ON))
    found = {q.text.rstrip(",.?!"): q.speaker.name for q in story.quotes}
    assert QUOTE in found, found
    return found[QUOTE]


FITS = [
    # BBC sport: a nationality for the manager the sentence before is about
    (
        "Everton manager David Moyes will discipline striker James Beattie after all for his "
        "headbutt on Chelsea defender William Gallas.\n\n"
        "The Scot initially defended Beattie, saying Gallas overreacted. But he has had a "
        f'rethink after looking at the video again. He said: "{QUOTE}."',
        "David Moyes",
    ),
    # Guardian style: the noun is the title of one person named before
    (
        "Everton manager David Moyes will discipline striker James Beattie after all.\n\n"
        "The striker initially blamed William Gallas for the clash. He said: "
        f'"{QUOTE}."',
        "James Beattie",
    ),
]


@pytest.mark.parametrize(("body", "expected"), FITS)
def test_the_description_is_the_one_person_it_fits(body: str, expected: str) -> None:
    assert speaker_of(body) == expected


NO_FIT = [
    # the name before is a verb's object, not the sentence's subject
    "Police arrested John Smith on Monday.\n\n"
    f'The Scot initially blamed William Gallas for the fight. He said: "{QUOTE}."',
    # a role the subject does not hold: the manager is not "the striker", no striker is named
    "Everton manager David Moyes met the board on Monday.\n\n"
    f'The striker initially blamed William Gallas for the clash. He said: "{QUOTE}."',
    # two people hold the title: either may be meant
    "Everton striker James Beattie and Chelsea striker Didier Drogba were both sent off.\n\n"
    f'The striker initially blamed William Gallas for the clash. He said: "{QUOTE}."',
]


@pytest.mark.parametrize("body", NO_FIT)
def test_no_one_fits_the_description(body: str) -> None:
    assert speaker_of(body) is None
