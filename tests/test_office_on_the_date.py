"""A known office holder speaks for the state only in a listed term on the story's date; an
appositive relative clause that tells what the person did is no title."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from briefgen.analysis.gazetteer import person_info
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

CANDIDATE = (
    "Donald Trump said on Sunday that the United States must impose sanctions on Iran over "
    "its nuclear programme."
)
APPOSITIVE = (
    "Donald Trump, who took to the talk shows to defend his praise of the Russian president, "
    "said on Sunday that the United States must impose sanctions on Iran over its nuclear "
    "programme."
)


def _countries(body: str, year: int) -> list[str | None]:
    published = datetime(year, 6, 1, tzinfo=UTC)
    story = analyze_builtin(Story(title="t", body=body, published=published))
    return [s.country for s in story.statements if s.voice == "government"]


def test_a_full_name_out_of_its_terms_has_no_office_then() -> None:
    assert person_info("Donald Trump", datetime(2018, 1, 1)).office == "president"
    off = person_info("Donald Trump", datetime(2015, 12, 22))
    assert off is not None and off.country == "US" and off.office is None


@pytest.mark.parametrize("body", [CANDIDATE, APPOSITIVE])
def test_a_candidate_before_taking_office_speaks_for_no_state(body: str) -> None:
    assert "US" not in _countries(body, 2015)
    assert "US" in _countries(body, 2018)  # the same words while in office


def test_a_relative_clause_saying_what_the_person_is_stays_a_title() -> None:
    body = (
        "Jean Dupont, who is the foreign minister of France, said on Sunday that the world "
        "must impose sanctions on Iran over its nuclear programme."
    )
    assert "FR" in _countries(body, 2015)
    assert "FR" in _countries(body.replace("who is the", "the"), 2015)
