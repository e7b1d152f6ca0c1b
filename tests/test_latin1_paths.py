"""The analysis's fast paths give what the general code gives (benchmarks/README.md, round 11).

Each fast path is checked against the code it stands in for, on random texts over an alphabet
of the characters that decide a token (Latin-1 letters and digits, "²", "ª", joiners, stops)
and on the corpus's bodies.
"""

from __future__ import annotations

import random
import re

import pytest

from briefgen.analysis import gazetteer as gz
from briefgen.analysis.mentions import (
    _LATIN1_WORD_SPLIT_RE,
    _WORD_SPLIT_RE,
    _word_split_re,
    is_latin1,
    word_spans,
)
from tests.paths import BBC

# what decides a token or a head: ASCII and Latin-1 letters of both cases, digits, "_", the
# joiners, stops, spaces, quote marks, "£", "²" (a digit that is no \d), "ª", "µ", "ß", "ÿ"
_ALPHABET = "aZbYé É ß ÿ ª µ ² ¼ 0 9 _ - ' . & , ; £ \" \n  Ma The the Mr o'Neil U.S. --"
_PIECES = _ALPHABET.split(" ") + [" "] * 6


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 40))) for _ in range(count)]


def _bodies() -> list[str]:
    files = sorted(BBC.rglob("*.txt"))[::7][:300]
    assert files, f"no corpus under {BBC}"
    return [path.read_text("utf-8", errors="replace") for path in files]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return _random_texts(20_000, seed=11) + _bodies()


def test_the_latin1_split_is_the_unicode_split(texts: list[str]) -> None:
    checked = 0
    for text in texts:
        if is_latin1(text):
            assert _LATIN1_WORD_SPLIT_RE.split(text) == _WORD_SPLIT_RE.split(text), text
            checked += 1
    assert checked > 15_000


def test_word_spans_picks_a_split_the_text_can_take() -> None:
    assert _word_split_re("plain") is not _word_split_re("£5 for Zoë")
    assert _word_split_re("£5 for Zoë") is _LATIN1_WORD_SPLIT_RE
    assert _word_split_re("Zoë’s ₩5") is _WORD_SPLIT_RE  # "’" and "₩" are no Latin-1
    toks, starts = word_spans("Zoë’s £5 for Ōtani-san's ²x")
    assert [t[2] for t in toks] == ["Zoë’s", "for", "Ōtani-san's", "²x"]
    assert starts == (0, 9, 13, 25)


def test_is_latin1() -> None:
    assert is_latin1("") and is_latin1("abc") and is_latin1("£ é ÿ")
    assert not is_latin1("’") and not is_latin1("ab\u0100") and not is_latin1("€")


def _old_person_key(name: str) -> str:
    """``gazetteer._person_key`` before its fast path."""
    words = list(gz.tokens(name.replace("’", "'")))
    while len(words) > 1 and words[0].lower().rstrip(".") in gz.HONORIFICS:
        words = words[1:]
    return " ".join(gz.normalise_token(w) for w in words).lower().replace("-", " ")


def _names(texts: list[str]) -> list[str]:
    """Runs of up to four capitalised words, as the analysis asks about them, and odd ones."""
    runs = re.compile(r"(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*")
    found = {m.group(0) for text in texts for m in runs.finditer(text)}
    odd = ["", " ", "Mr  Blair", " Blair", "Blair ", "The", "THE", "the Hague", "Mr",
           "Mr Blair", "President George Bush", "Gen. Jones", "O'Neill", "Smith-Jones",
           "Zoë Ōtani", "Ms"]  # fmt: skip
    return sorted(found) + odd + _random_texts(5_000, seed=12)


def test_the_person_key_fast_path_keys_as_before(texts: list[str]) -> None:
    for name in _names(texts):
        assert gz._person_key.__wrapped__(name) == _old_person_key(name), name


def _old_norm_and_cut(tok: str) -> tuple[str, int]:
    norm = gz.normalise_token(tok)
    cut = 0
    if len(norm) < len(tok) and not tok.endswith("."):
        cut = len(tok) - len(norm)
    elif tok.endswith(".") and norm == tok[:-1]:
        cut = 1
    return norm, cut


def test_a_token_normalises_as_before(texts: list[str]) -> None:
    tokens = {tok for text in texts for tok in gz.tokens(text)} | {"The", "THE", "the", "Ōtani"}
    gz._NORM_CACHE.clear()
    for tok in sorted(tokens):
        assert gz._norm_and_cut(tok) == _old_norm_and_cut(tok), tok


def test_the_fuzzy_index_holds_what_the_lengths_scan_found() -> None:
    pairs = gz.gazetteer().fuzzy_pairs
    near = gz._fuzzy_near()
    keys = {(first, pair, size + d) for first, pair, size in pairs for d in range(-4, 5)}
    keys |= {("Z", "zz", 9), ("B", "be", 1)}
    for first, pair, length in keys:
        old = [
            entries
            for size in range(length - 2, length + 3)
            if (entries := pairs.get((first, pair, size)))
        ]
        assert (near.get((first, pair, length)) or []) == old
