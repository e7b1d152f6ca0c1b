"""Credit lines: the lines of a page that name who took a photograph or wrote the story, not
anyone the story is about.

Pages carry them between the paragraphs: a photo credit under a picture ("Jessica Kourkounis
for The New York Times", "Ruth Fremson/The New York Times", "Photo: Tim Clayton",
"Photograph: Silver Screen Collection/Getty Images") and a byline ("By Julian Linden in
Sydney", "By JAMES PRICHARD, AP Business Writer"). A name in one is no mention of a person of
the story: it speaks no quote that follows it and no pronoun refers to it.
"""

from __future__ import annotations

import re

from briefgen.analysis.name_kinds import OUTLETS

_NAME = r"(?:[A-Z][\w.'’-]*|[A-Z]\.)(?: (?:[A-Z][\w.'’-]*|[A-Z]\.|de|van|von|bin|al)){0,4}"
_OUTLET = r"(?:[A-Z][\w.&'’-]*)(?: (?:[A-Z][\w.&'’-]*|of|for|and|via|&)){0,5}"

# "Jessica Kourkounis for The New York Times", "Ruth Fremson/The New York Times",
# "Chip Somodevilla / Getty Images", "Jane Doe and John Roe for Reuters"
_PHOTO_CREDIT_RE = re.compile(
    rf"(?:{_NAME})(?:(?:, | and | & )(?:{_NAME}))*( for |\s?/\s?)({_OUTLET})\.?"
)
# the last word of what a photographer works "for": a news outlet or a picture agency (a
# headline, "The Best Sleeping Bag for Car Campers", names none)
_AGENCY_TAILS = frozenset(
    [w.rsplit(" ", 1)[-1] for w in OUTLETS]
    + ["Images", "Photos", "Pictures", "Press", "Journal", "Agency", "Polaris", "Shutterstock"]
    + ["Alamy", "EPA", "Corbis", "Redux", "Contributor", "Wire", "Service", "Media", "Stock"]
)
# "Photo: AP", "Photograph: Tim Clayton", "Image by Jane Doe", "Credit: Getty Images"
_LABELLED_RE = re.compile(
    r"(?:Photo|Photograph|Picture|Image|Illustration|Credit|Video)s?(?: credit)?"
    r"(?: by|:| -| –| —)\s?\S.*",
    re.IGNORECASE,
)
# "By Julian Linden in Sydney", "By JAMES PRICHARD, AP Business Writer", "By Agencies"
_BYLINE_RE = re.compile(r"(?:By|BY) [A-Z][\w.'’-]*(?: [\w.'’-]+)*\S*.*")
_VERB_RE = re.compile(r"\b(?:said|says|told|is|was|were|are|has|have|had|will)\b")

MAX_CREDIT = 100  # longer lines are text


def credit_spans(body: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of ``body`` that is a photo credit or a byline."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in body.split("\n"):
        end = start + len(line)
        if 3 < len(line) <= MAX_CREDIT:  # most lines are paragraphs, longer than a credit
            text = line.strip()
            if len(text) > 3 and not text.endswith((",", ":", "?", "!")) and _credit(text):
                out.append((start, end))
        start = end + 1
    return out


def _credit(text: str) -> bool:
    """Is the line ``text`` (stripped) a credit?"""
    first = text[0]
    if first in "PIVCpivc" and _LABELLED_RE.fullmatch(text):
        return True
    if text.startswith(("By ", "BY ")):
        return _BYLINE_RE.fullmatch(text) is not None and _VERB_RE.search(text) is None
    if not first.isupper() or (" for " not in text and "/" not in text):
        return False
    m = _PHOTO_CREDIT_RE.fullmatch(text)
    if m is None or _VERB_RE.search(text) is not None:
        return False
    return "/" in m.group(1) or m.group(2).rsplit(" ", 1)[-1] in _AGENCY_TAILS


def in_credit(spans: list[tuple[int, int]], at: int) -> bool:
    """Is offset ``at`` inside one of the credit lines ``spans``?"""
    return any(s <= at < e for s, e in spans)


def credit_line(text: str) -> bool:
    """Is ``text`` (one paragraph) a credit and nothing else? A credit in parentheses
    ("(AP Photo/Evan Vucci)") counts too."""
    text = text.strip()
    if text.startswith("(") and text.endswith((")", ").")):
        text = text[1:].rstrip(".").removesuffix(")").strip()
    if len(text) <= 3 or len(text) > MAX_CREDIT or text.endswith((",", ":", "?", "!")):
        return False
    return _credit(text)
