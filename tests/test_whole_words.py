"""``whole_words.has_word`` (benchmarks/README.md, round 14) against the pattern it stands in
for: the same answer on seeded random texts and words over the characters that decide a word
boundary, and on the sample stories' words."""

from __future__ import annotations

import random
import re
from pathlib import Path

from briefgen.analysis.whole_words import has_word

SEEDS = Path(__file__).parent.parent / "samples" / "stories"

# word characters of every kind \w knows ("²" a digit, "ª" a letter, "_"), joiners, stops
ALPHABET = "abAB01_²ªé-'’. ,\n"


def _old(text: str, word: str) -> bool:
    return re.search(r"\b" + re.escape(word) + r"\b", text) is not None


def test_random_texts_and_words() -> None:
    rng = random.Random(14)
    checked = found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 24)))
        if text and rng.random() < 0.7:  # a piece of the text: the interesting case
            a = rng.randrange(len(text))
            word = text[a : a + rng.randint(0, 5)]
        else:
            word = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 4)))
        assert has_word(text, word) == _old(text, word), (text, word)
        checked += 1
        found += _old(text, word)
    assert found > checked // 10  # both answers are common


def test_sample_story_words() -> None:
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.rglob("*")) if p.suffix in (".txt", ".md")]
    assert texts
    for text in texts:
        for word in sorted(set(text.split()))[:400]:
            for probe in (word, word.lower(), word.strip(".,\"'“”’"), word[1:]):
                assert has_word(text, probe) == _old(text, probe), probe
