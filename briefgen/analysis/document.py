"""Positional readers on the story's shared tokens, and the story's datelines.

Every step that asks "which word stands right before (or after) this offset?" asks it here,
on the one tokenisation of the body (``mentions.word_spans``), instead of slicing and
re-scanning the text its own way: actors (is "Washington" a name part?), holders (is "the US"
a subject?) and dates ("in May", "the May 22 operations") read the same words. Each caller
says what may stand between the word and the offset (``gap``).

``datelines`` finds the wire datelines that open the body or a paragraph ("SEOUL, Aug. 20
(Yonhap) -- ", "BAGHDAD (AP) — ", "WASHINGTON: "); the pipeline stores them once per story
(``story.annotations["datelines"]``) and people and the sections read them from there.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from briefgen.analysis.mentions import word_spans
from briefgen.model import Story

# what may stand between a word and an offset: anything but letters, digits and "_"
ANY_PUNCTUATION = None
SPACES = " \t"
WHITESPACE = " \t\n\r\f\v"
_NON_WORD = re.compile(r"\W*")
# characters an abbreviation or a possessive keeps on a word ("U.S.", "Mr.", "Jones'")
_POINTS = ".'’-"


def _gap_ok(between: str, gap: str | None) -> bool:
    if gap is None:  # (one space, the usual gap, needs no regex call)
        return between == " " or _NON_WORD.fullmatch(between) is not None
    return not between.strip(gap)


def word_before(
    body: str, pos: int, gap: str | None = ANY_PUNCTUATION, points: bool = False
) -> tuple[int, int, str] | None:
    """The word that ends at or before ``pos`` (its part before ``pos`` when ``pos`` falls
    inside it), as ``(start, end, text)``, when only characters of ``gap`` stand between it and
    ``pos`` (``None``: any but letters and digits); else None.

    With ``points`` the word keeps the abbreviation points, apostrophes and hyphens written on
    it ("U.S.", "Mr.", "Jones'"), so "Mr. Jordan" reads "Mr." before "Jordan".
    """
    toks, starts = word_spans(body)
    i = bisect.bisect_left(starts, pos) - 1
    if i < 0:
        return None
    start, end, text, _p, _c = toks[i]  # (one unpacking, no three look-ups)
    if end > pos:
        end, text = pos, text[: pos - start]
    elif points:
        while end < pos and body[end] in _POINTS:
            end += 1
        while i > 0 and toks[i - 1][1] == start - 1 and body[start - 1] in _POINTS:
            i -= 1
            start = toks[i][0]
        text = body[start:end]
    if end < pos and not _gap_ok(body[end:pos], gap):
        return None
    return start, end, text


def word_after(
    body: str, pos: int, gap: str | None = ANY_PUNCTUATION
) -> tuple[int, int, str] | None:
    """The word that starts at or after ``pos`` (its part after ``pos`` when ``pos`` falls
    inside it), as ``(start, end, text)``, when only characters of ``gap`` stand between
    ``pos`` and it; else None."""
    toks, starts = word_spans(body)
    i = bisect.bisect_left(starts, pos)
    if i > 0 and toks[i - 1][1] > pos:
        start, end, text = toks[i - 1][0], toks[i - 1][1], toks[i - 1][2]
        return pos, end, text[pos - start :]
    if i >= len(toks):
        return None
    start, end, text, _p, _c = toks[i]  # (one unpacking, no three look-ups)
    if start > pos and not _gap_ok(body[pos:start], gap):
        return None
    return start, end, text


# what may stand between the end of a sentence (or a colon) and the first word after it
_LEAD_IN = " \t\"'“‘("
# what ends the text before a sentence's first word: a sentence end, a line break, a colon
# (a capital after a colon opens a sentence: 'He said: "Today the Tories ..."')
_SENTENCE_OPENERS = ".!?\n:"


def sentence_start(body: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens the text, a sentence, a paragraph or what follows a
    colon (past blank space, quote marks or an opening bracket): where every word is
    capitalised, so a capital is no evidence of a name. The one answer for people, namewords
    and dates. A semicolon opens nothing: the word after it is capitalised only as a name."""
    i = pos
    while i > 0 and body[i - 1] in _LEAD_IN:
        i -= 1
    return i == 0 or body[i - 1] in _SENTENCE_OPENERS


def prev_word(body: str, pos: int, gap: str | None = ANY_PUNCTUATION) -> str:
    """The text of ``word_before`` (with its points), or "" when there is none."""
    found = word_before(body, pos, gap, points=True)
    return found[2] if found else ""


def next_word(body: str, pos: int, gap: str | None = ANY_PUNCTUATION) -> str:
    """The text of ``word_after``, or "" when there is none."""
    found = word_after(body, pos, gap)
    return found[2] if found else ""


# A wire dateline: an all-capitals place (or "Tripoli, Libya" before an agency's name), an
# optional date or region after a comma, an optional agency in brackets, then a dash or a
# colon before the text ("BAGHDAD (AP) — ", "SEOUL, Aug. 20 (Yonhap) -- ",
# "Tripoli, Libya (CNN) -- ", "WASHINGTON: ", "LONDON (Reuters) - ", HuffPost's "WASHINGTON ― "
# with a horizontal bar and a no-break space); after an all-capitals
# place the agency alone closes it ("WASHINGTON (AFP)").
_CAPS_PLACE = r"[A-Z][A-Z.'’-]{2,}(?:[ ][A-Z][A-Z.'’-]+)*"  # BAGHDAD, NEW YORK
_AGENCY_PLACE = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?=(?:,[ ][A-Z][a-z]+)?[ ]?\()"  # Tripoli, Libya
_DATE_OR_REGION = r"(?:,[ ](?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}|[A-Z][A-Za-z.]+(?:[ ][A-Z][a-z]+)?))*"
_AGENCY = r"[ ]?\([^()\n]{1,40}\)"
_DASH = rf"(?:{_AGENCY})?[ \xa0]?(?:—|–|―|--|-|:)[ \xa0]+(?=[A-Z\"“‘'])"
DATELINE_RE = re.compile(
    rf"(?:{_CAPS_PLACE}|{_AGENCY_PLACE}){_DATE_OR_REGION}{_DASH}"
    rf"|{_CAPS_PLACE}{_DATE_OR_REGION}{_AGENCY}[ ]*"
)


# a line break, then blank space, before a capital letter: where a later paragraph opens
_CAPITAL_LINE = re.compile(r"\n\s*(?=[A-Z])")


@lru_cache(maxsize=4)
def datelines(body: str) -> tuple[tuple[int, int], ...]:
    """Spans of the wire datelines opening the body or one of its paragraphs, dash included
    ("SEOUL, Aug. 20 (Yonhap) -- " in "SEOUL, Aug. 20 (Yonhap) -- North Korea said ...")."""
    out: list[tuple[int, int]] = []
    first = len(body) - len(body.lstrip())
    if body[first : first + 1].isupper():
        m = DATELINE_RE.match(body, first)
        if m is not None:
            out.append(m.span())
    for line in _CAPITAL_LINE.finditer(body):
        m = DATELINE_RE.match(body, line.end())
        if m is not None:
            out.append(m.span())
    return tuple(out)


def story_datelines(story: Story) -> tuple[tuple[int, int], ...]:
    """The story's datelines as the analysis stored them (found now for a story not analysed)."""
    found = story.annotations.get("datelines")
    if found is None:
        return datelines(story.body)
    return tuple(tuple(span) for span in found)  # type: ignore[misc]


def dateline_end(story: Story, start: int, end: int) -> int | None:
    """Where the dateline that opens the text at ``start`` ends (within ``end``), else None."""
    for s, e in story_datelines(story):
        if start <= s and e <= end and not story.body[start:s].strip():
            return e
    return None
