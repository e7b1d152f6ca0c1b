"""Bytes to text: BOMs, UTF-8, UTF-16 without BOM, legacy charsets, binary refusal."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.ingest.decode import BinaryFileError, clean_text, decode, looks_binary

WESTERN = "Putin said “we can’t resolve anything without talks” — café, naïve, déjà vu.\nEnd."


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252"]
)
def test_round_trip(encoding):
    assert decode(WESTERN.encode(encoding)) == WESTERN


def test_latin1_file():
    text = "Le ministre a déclaré à l'AFP: « Nous sommes prêts », a-t-il ajouté. Façade, œ."
    # Latin-1 cannot hold œ; use a Latin-1 sentence without it.
    text = text.replace(" Façade, œ.", " Façade.")
    assert decode(text.encode("latin-1")) == text


def test_cp1252_is_preferred_over_cp1250_for_western_text():
    data = "He said “yes” – and “no”.".encode("cp1252")
    assert decode(data) == "He said “yes” – and “no”."


def test_central_european_and_cyrillic_legacy_text():
    polish = "Zażółć gęślą jaźń. Łódź jest dużym miastem w Polsce, położonym w centrum kraju."
    assert decode(polish.encode("cp1250")) == polish
    russian = "Президент России заявил, что Северной Корее нужны гарантии безопасности."
    assert decode(russian.encode("cp1251")) == russian


def test_truncated_utf8_loses_only_the_cut_character():
    data = "Kim said “yes”".encode()[:-2]
    assert decode(data) == "Kim said “yes"


def test_stray_byte_in_utf8_file():
    data = ("Pyongyang — “talks” ‘soon’ " * 5).encode() + b"\xff" + b" end"
    assert decode(data).endswith("\ufffd end")


def test_utf16_without_bom_both_orders():
    text = "Seoul said “no”.\nPyongyang replied."
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-16-be")) == text


def test_newlines_controls_and_nfc():
    assert decode(b"a\r\nb\rc\x0bd\x07e") == "a\nb\nc\nde"
    assert clean_text("e\u0301\u2028x\u2029y") == "é\nx\n\ny"
    assert decode(b"\xef\xbb\xbfhello") == "hello"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04" + b"\x00" * 20,
        b"\x1f\x8b\x08\x00" + bytes(200),
        b"abc\x00\x00def\x00\x01\x02\x03" * 20,
        bytes(range(32)) * 10,
    ],
)
def test_binary_is_refused(data):
    assert looks_binary(data)
    with pytest.raises(BinaryFileError, match="binary file, not a story"):
        decode(data)


def test_text_starting_like_magic_is_text():
    assert not looks_binary(b"MZ Group chairman says profits rose.")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_never_crashes(data):
    try:
        text = decode(data)
    except BinaryFileError:
        return
    assert "\r" not in text
    assert all(char in "\n\t" or char >= " " for char in text if ord(char) < 0x20)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=500,
    )
)
def test_utf8_text_round_trips(text):
    """UTF-8 text reads back as itself. (Text with NUL characters is left out: "0\x000\x00..."
    is as much UTF-16 without a byte-order mark, which is read first, as UTF-8 with NULs; no
    story file holds NULs, and the UTF-16 reading is tested on its own.)"""
    if looks_binary(text.encode()):
        return
    assert decode(text.encode()) == clean_text(text)


def test_utf32_bom_is_not_mistaken_for_utf16():
    data = codecs.BOM_UTF32_LE + "hi".encode("utf-32-le")
    assert decode(data) == "hi"


def test_mojibake_is_repaired_and_clean_text_left_alone():
    from briefgen.ingest.decode import clean_text

    assert clean_text("cost Â£5, 1Â½ hours, wayâ€¦") == "cost £5, 1½ hours, way…"
    kept = "café naïve — “Москва” 서울 Ülker’s"
    assert clean_text(kept) == kept
