"""Ingest's byte-level gates (benchmarks/README.md, round 14) against the code they stand in
for, reproduced here: the same text on seeded random texts over the characters that decide."""

from __future__ import annotations

import random
import unicodedata

from briefgen.ingest import decode


def _old_clean_text(text: str) -> str:
    """``decode.clean_text`` before round 14: every regex run on every text (the mojibake
    test on the NFC text, as the repair reads it since session 13)."""
    ascii_only = text.isascii()
    if not ascii_only and decode._MOJIBAKE.search(unicodedata.normalize("NFC", text)):
        import ftfy

        text = decode._restore_lost_byte(unicodedata.normalize("NFC", text))
        text = ftfy.fix_encoding(text, decode._ftfy_config())
        text = unicodedata.normalize("NFC", decode._restore_lost_byte(text))
    if any(ch in text for ch in (decode._ASCII_BREAKS if ascii_only else decode._BREAKS)):
        text = decode._NEWLINES.sub("\n", text).replace("\u2029", "\n\n")
    text = decode._STRIP.sub("", text)
    if not ascii_only:
        text = decode._SURROGATES.sub("\ufffd", text)
        text = unicodedata.normalize("NFC", text)
    return text


# controls kept and stripped, the mojibake pairs' characters, Latin-1 and wider letters, the
# byte-order marks, a surrogate, line breaks of every kind
ALPHABET = (
    "ab \n\t\r\x00\x07\x0b\x0c\x1b\x1f\x7f\x80\x85\x9f\xa0£é\u00c2\u00e2\u00f4\u00f5"
    "\u0080\u00bf\u20ac\u2019\u2013\u2122\u0152\ufeff\ufffe\ud800\u2028\u2029e\u0301A\u0302\u0303"
)


def test_clean_text_random() -> None:
    rng = random.Random(14)
    for _ in range(20_000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 16)))
        assert decode.clean_text(text) == _old_clean_text(text), repr(text)


def test_byte_sets_spell_the_patterns() -> None:
    for code in range(256):
        ch = chr(code)
        assert (decode._STRIP.search(ch) is not None) == (code in decode._STRIP_LATIN1)
        assert ("\u00c2" <= ch <= "\u00f4") == (code in decode._MOJIBAKE_LEADS)
