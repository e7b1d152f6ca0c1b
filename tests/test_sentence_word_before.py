"""``sentences._word_before`` (a scan for the last space, then a regex to the end) against the
character-by-character loop it stands in for."""

from __future__ import annotations

import random

from briefgen.analysis.sentences import OPENERS, _word_before


def _stepped(text: str, end: int, floor: int) -> str:
    """The old code: step back from ``end`` while no space or opening mark stands before."""
    i = end
    while i > floor and not text[i - 1].isspace() and text[i - 1] not in OPENERS:
        i -= 1
    return text[i:end]


# the characters that decide a word's start: spaces of every kind, opening and closing marks
CHARS = [*"ab.U S", *OPENERS, *"\t\n\r\v\f\xa0\u2009\u3000\x1c\x1f\x85\u200b\ufeff\u2028é»)”’"]


def test_random_texts_match_the_stepped_loop() -> None:
    rng = random.Random(1)
    for _ in range(20_000):
        text = "".join(rng.choice(CHARS) for _ in range(rng.randint(0, 14)))
        end = rng.randint(0, len(text))
        floor = rng.randint(0, len(text))
        assert _word_before(text, end, floor) == _stepped(text, end, floor), (text, end, floor)


def test_every_character_as_a_separator() -> None:
    for code in range(0x3100):
        text = "ab" + chr(code) + "cd."
        for end in range(len(text) + 1):
            assert _word_before(text, end, 0) == _stepped(text, end, 0), (hex(code), end)


def test_words_before_points() -> None:
    text = 'He met (Mr. Smith) in the U.S. "Dr. Who"'
    assert _word_before(text, text.index("Mr.") + 2, 0) == "Mr"
    assert _word_before(text, text.index("U.S.") + 3, 0) == "U.S"
    assert _word_before(text, text.index("Dr.") + 2, 0) == "Dr"
    assert _word_before(text, 5, 5) == ""
