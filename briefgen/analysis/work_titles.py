"""Quoted titles of works: a quotation that names a show, a video or a book, not words spoken.

'Prelogar said recently on NPR's "Wait, Wait … Don't Tell Me!"', '(Watch TIME's video "Oil
Spill Anxiety on the Bayou.")': the marks enclose the title of a work, which nobody is quoted
as saying. :func:`work_title` tells such a quotation by two cheap tests that must both hold: the
words right before the opening mark are a possessive or a noun naming a kind of work, and the
quoted words are written in title case.
"""

from __future__ import annotations

from bisect import bisect_left

from briefgen.analysis.mentions import word_spans
from briefgen.analysis.quotations import Piece

# nouns for a kind of work whose title follows in quotation marks
WORK_NOUNS = frozenset(
    [
        "album",
        "article",
        "book",
        "column",
        "documentary",
        "episode",
        "essay",
        "film",
        "memoir",
        "movie",
        "musical",
        "novel",
        "op-ed",
        "play",
        "podcast",
        "programme",
        "program",
        "series",
        "show",
        "single",
        "song",
        "video",
    ]
)
_NOT_AFTER = frozenset(",:.?!\n ")
_LONG = 4  # words this long are capitalised in a title (short ones: "on", "the", "of")


def work_title(body: str, pc: Piece) -> bool:
    """Is the direct piece ``pc`` the title of a work named right before it (a possessive or
    a work noun before the opening mark, every word of four letters or more capitalised)?"""
    k = pc.open_at - 1
    if k < 1 or body[k] != " " or body[k - 1] in _NOT_AFTER:
        return False  # a quote opening a paragraph or after a colon or comma: no title
    before = body[max(0, pc.open_at - 40) : k]
    last = before.rsplit(None, 1)[-1]
    if not (last.endswith(("'s", "’s")) or last.lower() in WORK_NOUNS):
        return False
    toks, starts = word_spans(body)  # the quoted words: the story's tokens inside the marks
    inside = toks[bisect_left(starts, pc.start) : bisect_left(starts, pc.end)]
    words = [t[2] for t in inside if len(t[2]) >= _LONG]
    return len(words) >= 2 and all(w[0].isupper() for w in words)
