"""Where a name ends: one answer (``namewords``) for people, actors, holders and officials."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefgen.analysis import namewords
from briefgen.analysis.holders import find_holders
from briefgen.analysis.people import find_people
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _story(body: str, published: datetime | None = None) -> Story:
    return analyze_builtin(Story(title="t", body=body, published=published))


def _actors(story: Story) -> dict[str, str | None]:
    return {a.name: a.country for a in story.actors}


@pytest.mark.parametrize(
    ("text", "word", "part"),
    [
        ("He met George Washington there.", "Washington", True),
        ("It was the Trade Unions Congress that voted.", "Congress", True),
        ("Talks with President Putin began.", "Putin", False),  # a title ends the name before
        ("Officials in The Hague agreed.", "Hague", False),
        ("Talks began. Beijing said no.", "Beijing", False),  # a sentence's first word
        ("He backed the Our Ukraine party.", "Ukraine", True),  # a party's own word
    ],
)
def test_name_part_before(text: str, word: str, part: bool) -> None:
    assert namewords.name_part_before(text, text.index(word)) is part


@pytest.mark.parametrize(
    ("text", "word", "part"),
    [
        ("The Washington Post said so.", "Washington", True),
        ("An Iran Air flight landed.", "Iran", True),
        ("The Iran President spoke.", "Iran", False),  # a title word after it
        ("Iran, Syria and Iraq met.", "Iran", False),
    ],
)
def test_name_part_after(text: str, word: str, part: bool) -> None:
    at = text.index(word) + len(word)
    assert namewords.name_part_after(text, at) is part


def test_word_lists_come_from_the_data_files() -> None:
    titles = namewords.data_file("titles.toml")["title_words"]["words"].split()
    assert namewords.title_words() == frozenset(titles)
    assert namewords.is_title_word("President") and namewords.is_title_word("minister's")
    assert not namewords.is_title_word("Washington")
    first = namewords.not_first_names()
    assert {"Meanwhile", "But", "Monday", "May", "September"} <= first
    assert "A" not in first and "I" not in first  # initials: "A Brown"
    assert "Sept" not in first and "Jan" not in first  # an abbreviation may be a name ("Jan")


def test_a_newspaper_named_after_a_capital_is_no_government() -> None:
    story = _story(
        "The Washington Post reported the talks. Beijing has insisted the deal stands, "
        "officials said.\n\nPresident Hu Jintao's aides met in Beijing."
    )
    countries = {a.country for a in story.actors if a.kind == "country"}
    assert "CN" in countries
    assert "US" not in countries  # "Washington Post": a name, not the US


def test_a_weekday_before_a_known_surname_is_no_first_name() -> None:
    body = (
        "Russia has rejected the plan.\n\nOn Monday Putin said the proposal was unacceptable "
        "and would not be discussed."
    )
    story = _story(body, published=datetime(2005, 3, 1))
    assert _actors(story).get("Vladimir Putin") == "RU"


def test_an_initial_before_a_known_surname_is_a_first_name() -> None:
    # a squad list: "A Brown" is a player, not Gordon Brown ("A" is a function word too)
    body = (
        "England have named their squad for the match in London.\n\n"
        "Forwards: Borthwick, A Brown, Chuter, Cohen, Corry."
    )
    story = _story(body, published=datetime(2005, 3, 1))
    assert "Gordon Brown" not in _actors(story)
    assert not [h for h in find_holders(story) if h.name == "Gordon Brown"]


def test_people_strip_function_words_from_a_run() -> None:
    story = Story(title="t", body="Meanwhile Tony Blair said the plan was sound.")
    names = [p.name for p in find_people(story)]
    assert names == ["Tony Blair"]
