"""A quote its speaker told as a joke or a memory is a personal remark, no position of their
government (session 13, positions18: set K, The Washington Post on Ban Ki-moon; heldout4, BBC
politics on Tony Blair). The same speaker's quote with a speech verb still states one."""

from __future__ import annotations

import pytest

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def _stated(body: str, country: str, words: str) -> bool:
    story = analyze_builtin(Story(title="T", body=body))
    return any(s.country == country and words in s.text for s in story.statements)


@pytest.mark.parametrize(
    ("body", "country", "words"),
    [
        # US broadsheet: a memory, the verb after the quote
        (
            "UN Secretary-General Ban Ki-moon spoke about the climate talks in Paris. "
            '"That was one of the most difficult moments for me, personally," Ban recalled.',
            "UN",
            "difficult moments",
        ),
        # BBC: a joke, "he joked" after the quote
        (
            "Prime Minister Tony Blair returned from his holiday on Monday. Asked about a story "
            'that he had been away for plastic surgery, he said: "No." "As you can see '
            'unfortunately I am still looking the same as I always did," he joked.',
            "GB",
            "looking the same",
        ),
        # wire style: the verb and a colon before the quote
        (
            'Russian President Vladimir Putin met reporters in Moscow. Putin quipped: "I have '
            'been called many things, but never a morning person."',
            "RU",
            "morning person",
        ),
    ],
)
def test_a_joke_or_a_memory_is_no_position(body, country, words):
    assert not _stated(body, country, words)


@pytest.mark.parametrize(
    ("body", "country", "words"),
    [
        (
            'UN Secretary-General Ban Ki-moon spoke in Paris. "Every country must ratify the '
            'agreement this year," Ban said.',
            "UN",
            "must ratify",
        ),
        # the country recalls an ambassador: an act, not a memory
        (
            "Russia recalled its ambassador to Britain on Monday. Russian Foreign Minister "
            'Sergei Lavrov said: "We reject the British accusations entirely."',
            "RU",
            "reject the British",
        ),
    ],
)
def test_a_quote_said_still_states_a_position(body, country, words):
    assert _stated(body, country, words)
