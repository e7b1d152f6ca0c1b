"""Bytes to clean text: BOM, UTF-16 without BOM, strict UTF-8, then a legacy-charset guess.

Order: a byte-order mark (UTF-32, UTF-8, UTF-16) wins; then UTF-16 without BOM (NUL bytes in
alternating positions: tried first, since such bytes are valid UTF-8 too, as text full of NULs);
binary data (NUL bytes, many control bytes, known magic numbers) is refused with
:class:`BinaryFileError`; then strict UTF-8 (a file cut in the middle of its last character loses
only that character; a handful of stray bytes in an otherwise UTF-8 file become U+FFFD);
then cp1252 for Western text (high bytes scattered inside Latin words), else charset-normalizer's
guess. The result has ``\\n`` newlines, no control characters but ``\\n`` and ``\\t``, and is NFC.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from briefgen.errors import InputError


class BinaryFileError(InputError):
    """The bytes are not text."""

    def __init__(self) -> None:
        super().__init__("binary file, not a story")


_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_MAGIC = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!\x1a",
    b"\x7fELF",
    b"OggS\x00",
    b"\x00\x00\x01\x00",
    b"SQLite format 3\x00",
    b"\xd0\xcf\x11\xe0",
)
_HIGH_BYTES = bytes(range(0x80, 0x100))
_ASCII_LETTERS = bytes([*range(0x41, 0x5B), *range(0x61, 0x7B)])
_SAMPLE = 8192
# C0 controls except TAB, LF, VT, FF, CR and ESC-free text; DEL.
_CONTROL_BYTES = bytes([*range(0, 9), 14, 15, *range(16, 27), *range(28, 32), 127])
_STRIP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffe]")
_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028]")
# what _NEWLINES and the paragraph separator replace: a substring test finds them far faster
# than a regex scan, and most texts hold none but "\n"
_ASCII_BREAKS = ("\r", "\x0b", "\x0c")
_BREAKS = (*_ASCII_BREAKS, "\x85", "\u2028", "\u2029")
# a UTF-8 lead byte read as cp1252 (Â Ã â ...) before a continuation byte read the same way
_CP1252_CONTINUATIONS = (  # the bytes 0x80-0xBF as cp1252 (or Latin-1) shows them
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122"
)
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4][{_CP1252_CONTINUATIONS}]")
_SURROGATES = re.compile("[\ud800-\udfff]")  # lone surrogates (JSON can spell them) cannot be UTF-8
# what ``_STRIP`` and ``_MOJIBAKE`` (its first character) look for, as Latin-1 bytes: a Latin-1
# text (every BBC story) free of them is known by a C-level byte pass, without a regex scan
_STRIP_LATIN1 = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
_MOJIBAKE_LEADS = bytes(range(0xC2, 0xF5))
# cp1252 renderings that cannot sit inside a Western word (they betray cp1250/cp1251 text).
_NOT_WESTERN = re.compile(r"[^\W\d_][¹²³¼½¾¿¡¤¦¨ª¯°±´µ·¸º×÷¥ŸŠŽšž][^\W\d_]")
_WESTERN_CODECS = {
    "cp1252",
    "cp1250",
    "latin_1",
    "iso8859_15",
    "iso8859_2",
    "mac_roman",
    "mac_latin2",
    "cp850",
    "cp437",
    "cp858",
    "iso8859_3",
    "iso8859_4",
    "iso8859_9",
    "iso8859_10",
    "iso8859_13",
    "iso8859_14",
    "iso8859_16",
    "cp1254",
    "cp1257",
    "ascii",
}


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is not text in any encoding briefgen reads (UTF-16 is text)."""
    if not data:
        return False
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    if _utf16_without_bom(data):
        return False
    if data.startswith(_MAGIC):
        return True
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(sample) // 20)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[: _SAMPLE & ~1]
    if len(sample) < 8 or b"\x00" not in sample:  # UTF-16 text has zero bytes: most files none
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = sample[: len(sample) & ~1].decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:
            return None
        text = sample[: exc.start].decode(encoding)
    controls = sum(1 for char in text if char < " " and char not in "\t\n\r\x0c")
    return encoding if controls <= len(text) // 20 else None


def _decode_utf8(data: bytes) -> str | None:
    """Strict UTF-8, tolerating a cut last character and a few stray bytes among many good ones."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8", "replace")
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for char in text if "\x7f" < char != "\ufffd")
    if bad <= 3 and multibyte >= 5 * bad:
        return text
    return None


def _decode_legacy(data: bytes) -> str:
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    if western is not None and high <= 0.3 * max(letters, 1) and not _NOT_WESTERN.search(western):
        return western
    from charset_normalizer import from_bytes  # lazy: only legacy files pay for it

    best = from_bytes(data).best()
    if best is None:
        return western if western is not None else data.decode("latin-1")
    if (
        best.encoding in _WESTERN_CODECS
        and western is not None
        and not _NOT_WESTERN.search(western)
    ):
        return western
    return str(best)


# ftfy's encoding steps only: no quote uncurling, ligature or width folding, no
# normalisation (clean_text does NFC), no HTML unescaping (the readers decode entities)
_FTFY_CONFIG = None
# cp1252 has no character for the bytes 0x81 0x8D 0x8F 0x90 0x9D: a reader that dropped one
# left "â€" (E2 80) before a character that cannot continue the sequence. Between two letters
# the lost byte was 0x90 (U+2010 HYPHEN, "realâ€world"), elsewhere 0x9D (U+201D, a closing
# quote); ftfy would read "â€ " as a dagger (E2 80 A0).
_LOST_HYPHEN = re.compile(r"(?<=[^\W\d_])\u00e2\u20ac(?=[^\W\d_])")
_LOST_QUOTE = re.compile(f"\u00e2\u20ac(?![{_CP1252_CONTINUATIONS}])")


def _restore_lost_byte(text: str) -> str:
    """ "â€" whose third byte cp1252 could not show, as the character it most likely was."""
    if "\u00e2\u20ac" not in text:
        return text
    return _LOST_QUOTE.sub("\u201d", _LOST_HYPHEN.sub("\u2010", text))


def _ftfy_config() -> object:
    global _FTFY_CONFIG
    if _FTFY_CONFIG is None:
        from ftfy import TextFixerConfig

        _FTFY_CONFIG = TextFixerConfig(
            unescape_html=False,
            remove_terminal_escapes=False,
            fix_encoding=True,
            restore_byte_a0=True,
            replace_lossy_sequences=True,
            decode_inconsistent_utf8=True,
            fix_c1_controls=True,
            fix_latin_ligatures=False,
            fix_character_width=False,
            uncurl_quotes=False,
            fix_line_breaks=False,
            fix_surrogates=False,
            remove_control_chars=False,
            normalization=None,
            explain=False,
        )
    return _FTFY_CONFIG


# mojibake that then went through compatibility normalisation (NFKC or NFKD): the cp1252
# character of a UTF-8 continuation byte became plain digits or letters ("GÃ1⁄4len" from
# "GÃ¼len", "GÃ3mez" from "GÃ³mez", "RaÃol" from "RaÃºl"); inside a word, after "Ã" or "Â",
# they are put back so the encoding repair can read them. Ã is never followed by a digit or a
# small letter inside a word in real text (Portuguese and Vietnamese write the small ã there).
_COMPAT_FORMS = {
    "1\u20444": "\u00bc",
    "1\u20442": "\u00bd",
    "3\u20444": "\u00be",
    "1": "\u00b9",
    "2": "\u00b2",
    "3": "\u00b3",
    "o": "\u00ba",
    "a": "\u00aa",
}
_COMPAT_MOJIBAKE = re.compile(
    "(?<=[A-Za-z])([\u00c3\u00c2])(1\u20444|1\u20442|3\u20444|[123oa](?=[a-z]))"
)


def _undo_compat_forms(text: str) -> str:
    """Mojibake flattened by NFKC or NFKD, its cp1252 characters restored (see _COMPAT_FORMS)."""
    if "\u0303" in text or "\u0302" in text:  # NFKD "A\u0303" for "Ã" (clean_text composes)
        text = unicodedata.normalize("NFC", text)
    if "\u00c3" not in text and "\u00c2" not in text:
        return text
    return _COMPAT_MOJIBAKE.sub(lambda m: m.group(1) + _COMPAT_FORMS[m.group(2)], text)


def has_mojibake(text: str) -> bool:
    """Does ``text`` hold a UTF-8 lead byte read as cp1252/Latin-1 before a continuation byte
    read the same way? A Latin-1 text free of lead characters is cleared by one C-level pass;
    text in decomposed form (NFD: "A\u0303\u00a7" for "Ã§") is composed for the test."""
    if _latin1_free_of(text, _MOJIBAKE_LEADS):
        return False
    if _MOJIBAKE.search(text):
        return True
    return not unicodedata.is_normalized("NFC", text) and bool(
        _MOJIBAKE.search(unicodedata.normalize("NFC", text))
    )


def fix_mojibake(text: str) -> str:
    """UTF-8 read as Latin-1 or cp1252 upstream, once or twice ("Â£790m", "FranÃ§ois",
    "RaÃÂºl") repaired by ftfy's encoding steps; text that shows no such sequence is returned
    as it is (ftfy is not even imported). Sequences ftfy cannot decode because a byte was
    lost ("realÃ¢€world") get the character the lost byte most likely made, and mojibake
    flattened by NFKC ("GÃ1⁄4len") its cp1252 characters back."""
    text = _undo_compat_forms(text)
    if not has_mojibake(text):
        return text
    import ftfy

    fixed = unicodedata.normalize("NFC", text)
    fixed = ftfy.fix_encoding(_restore_lost_byte(fixed), _ftfy_config())
    return unicodedata.normalize("NFC", _restore_lost_byte(fixed))


def clean_text(text: str) -> str:
    """Newlines to ``\\n``, control characters removed, mojibake repaired, NFC."""
    ascii_only = text.isascii()  # known without a scan
    if not ascii_only:  # mojibake is never ASCII
        text = fix_mojibake(text)
    if any(ch in text for ch in (_ASCII_BREAKS if ascii_only else _BREAKS)):
        text = _NEWLINES.sub("\n", text).replace("\u2029", "\n\n")
    if not _latin1_free_of(text, _STRIP_LATIN1):
        text = _STRIP.sub("", text)
    if not ascii_only:  # a surrogate or a character NFC changes is not ASCII
        if not _latin1_free_of(text, b""):  # (a surrogate is not Latin-1 either)
            text = _SURROGATES.sub("\ufffd", text)
        text = unicodedata.normalize("NFC", text)
    return text


def _latin1_free_of(text: str, chars: bytes) -> bool:
    """Is ``text`` Latin-1 and free of the characters ``chars`` spells in Latin-1? (False for
    any other text: the caller then scans it.)"""
    try:
        raw = text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return not chars or len(raw.translate(None, chars)) == len(raw)


def decode(data: bytes) -> str:
    """Decode a story file's bytes to clean text; raise :class:`BinaryFileError` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return clean_text(data[len(bom) :].decode(encoding, "replace"))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return clean_text(data.decode(utf16, "replace"))
    if looks_binary(data):
        raise BinaryFileError()
    text = _decode_utf8(data)
    if text is None:
        text = _decode_legacy(data)
    return clean_text(text)
