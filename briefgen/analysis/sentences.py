"""Sentence splitting: linear-time spans over a story body.

Every line break is a paragraph (and so a sentence) break; inside a line a sentence ends at
``.``, ``!``, ``?`` or an ellipsis followed (after any closing quote marks or brackets) by
whitespace and something that can start a sentence. Abbreviations (``Mr``, ``Dr``, ``U.S.``,
``Jan.``, initials) do not end sentences; the list is in ``briefgen/data/abbreviations.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

CLOSERS = frozenset("\"'”’)]»")
OPENERS = frozenset("\"'“‘([«")
TERMINATORS = frozenset(".!?…")
TERMINATOR_RE = re.compile("[.!?…]")
NUMBER_ABBREVS = frozenset({"no", "nos", "vol", "vols"})  # abbreviations only before a number


@cache
def abbreviations() -> frozenset[str]:
    """Lower-cased abbreviations (without the final dot) that do not end a sentence."""
    text = (DATA_DIR / "abbreviations.txt").read_text("utf-8")
    words = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line.lower().rstrip("."))
    return frozenset(words)


def _word_before(text: str, end: int, floor: int) -> str:
    """The run of non-space characters ending at ``end`` (exclusive), back to an opening mark
    or ``floor`` at most."""
    if end <= floor:
        return ""
    # after the last space (a C-level scan), the word's own first character: the first from
    # which no space or opening mark stands before ``end``
    m = _WORD_TAIL_RE.search(text, text.rfind(" ", floor, end) + 1 or floor, end)
    return text[m.start() if m is not None else end : end]  # (an empty tail always matches)


# no whitespace (``\s`` is ``str.isspace``) and no ``OPENERS`` to the end
_WORD_TAIL_RE = re.compile(r"[^\s\"'“‘(\[«]*\Z")


def _is_abbreviation(word: str, abbrevs: frozenset[str]) -> bool:
    if not word:
        return False
    low = word.lower()
    if low in abbrevs:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "George W. Bush"
    # dotted acronyms: U.S, U.N, e.g
    return "." in word and all(len(part) <= 2 for part in word.split("."))


def _terminator_finder(text: str, start: int, end: int) -> Callable[[int], int]:
    """A function from an offset of ``[start, end)`` to the next sentence terminator's offset
    at or after it before ``end`` (-1 when there is none): ``TERMINATOR_RE`` searched, or in a
    line with no "…" (an ASCII text has none: known without a scan) ``str.find`` of each mark
    the line holds, which skips to a character far faster than the regex engine steps through
    a set."""
    if not text.isascii() and text.find("…", start, end) >= 0:
        search = TERMINATOR_RE.search

        def searched(i: int) -> int:
            found = search(text, i, end)
            return -1 if found is None else found.start()

        return searched
    marks = [mark for mark in ".!?" if text.find(mark, start, end) >= 0]
    if len(marks) == 1:
        mark = marks[0]
        return lambda i: text.find(mark, i, end)

    def first(i: int) -> int:
        found = [at for at in (text.find(mark, i, end) for mark in marks) if at >= 0]
        return min(found) if found else -1

    return first


def _split_line(text: str, start: int, end: int, abbrevs: frozenset[str], out: list) -> None:
    sent_start = start
    i = start
    next_terminator = _terminator_finder(text, start, end)
    while i < end:
        i = next_terminator(i)  # skip to the next terminator in C-level scans
        if i < 0:
            break
        ch = text[i]
        j = i + 1
        ellipsis = ch == "…"
        if ch == ".":
            while j < end and text[j] == ".":
                j += 1
            ellipsis = j - i >= 3
        while j < end and text[j] in "!?":
            j += 1
        while j < end and text[j] in CLOSERS:
            j += 1
        k = j
        while k < end and text[k].isspace():
            k += 1
        if k == end:
            break
        if k == j:  # no space after: "U.S.-led", "3.5", "…or else"
            i = j
            continue
        nxt = text[k]
        starts = nxt.isupper() or nxt.isdigit() or nxt in OPENERS
        if starts and ch == "." and not ellipsis and j == i + 1:
            word = _word_before(text, i, sent_start)
            if _is_abbreviation(word, abbrevs) and (
                word.lower() not in NUMBER_ABBREVS or nxt.isdigit()
            ):
                # "U.S." may end a sentence; only when a quote/bracket closed it do we split.
                starts = False
        if starts:
            out.append((sent_start, j))
            sent_start = k
        i = k
    # trim trailing whitespace of the last sentence
    e = end
    while e > sent_start and text[e - 1].isspace():
        e -= 1
    if e > sent_start:
        out.append((sent_start, e))


def split_sentences(body: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans of the sentences of ``body``, in order, without whitespace."""
    abbrevs = abbreviations()
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(body)
    while pos < n:
        nl = body.find("\n", pos)
        line_end = n if nl < 0 else nl
        s = pos
        while s < line_end and body[s].isspace():
            s += 1
        if s < line_end:
            _split_line(body, s, line_end, abbrevs, spans)
        pos = line_end + 1
    return spans


def paragraphs(body: str) -> list[tuple[int, int]]:
    """Non-empty lines of ``body`` as ``(start, end)`` spans without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(body)
    while pos < n:
        nl = body.find("\n", pos)
        line_end = n if nl < 0 else nl
        s, e = pos, line_end
        while s < e and body[s].isspace():
            s += 1
        while e > s and body[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        pos = line_end + 1
    return spans


# spaces that are not " " but separate words all the same (no-break, narrow, thin, figure)
_ODD_SPACES = "\u00a0\u2007\u2009\u202f"
_PLAIN = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))


def plain_spaces(text: str) -> str:
    """``text`` with no-break and thin spaces as plain spaces: the same length, so every
    offset into it is an offset into ``text`` (the analysis reads this, quotes cut ``text``)."""
    for ch in _ODD_SPACES:
        if ch in text:
            return text.translate(_PLAIN)
    return text
