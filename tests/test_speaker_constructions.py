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
