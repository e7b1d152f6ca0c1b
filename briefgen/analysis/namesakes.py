"""Which of several people sharing a surname a mention names.

A story may name two people with one surname: a father and his son ("President Ramzan
Kadyrov" ... "His father, Ahmed Kadyrov"), a couple ("Hillary Clinton" ... "her husband,
former President Bill Clinton"), two directors ("Walt Disney" ... "Roy Disney"). News style
gives one of them the bare surname: the one the story already calls so when the namesake is
introduced ("Kadyrov brushes off the charges" before "His father, Ahmed Kadyrov"); the
namesake is then named in full or described ("the elder Kadyrov"). Two rules follow:

- a full name with another given name is never a namesake's mention ("Chelsea Clinton" is not
  Bill Clinton);
- a bare surname names the one person the story called by it, outside quotations, before any
  namesake was named (``short_name_holder``); when none was, the caller decides.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefgen.analysis.people import Person

# the kin nouns both readers below know ("father", "son-in-law", "widow")
_KIN_NOUNS = (
    "father|mother|son|daughter|wife|husband|brother|sister|widow|widower|uncle|aunt|cousin"
    "|nephew|niece|grandson|granddaughter|grandfather|grandmother|father-in-law|mother-in-law"
    "|son-in-law|daughter-in-law|stepfather|stepmother"
)
# ", Trayvon's father,", ", his wife,", ", the senator's son,": a relative, who often shares the
# surname of the one the story is about
_KIN_APPOSITION_RE = re.compile(
    r", (?:the |a )?(?:[\w.'’-]+['’]s?|his|her|their) (?:(?:late|elder|eldest|younger|youngest)"
    rf" )?(?:{_KIN_NOUNS}|stepson|stepdaughter),"
)
# a relative introduced by a kin noun, before the name ("his father, Ahmed Kadyrov", "her
# husband Bill") or after it ("Bill Clinton, her husband")
_KIN = rf"(?:{_KIN_NOUNS}|brother-in-law|sister-in-law)"
_KIN_BEFORE_RE = re.compile(
    rf"\b(?:his|her|their|whose)\s+(?:(?:late|elder|older|younger|eldest|youngest|twin|"
    rf"half-|step)\s*)?{_KIN},?\s+$",
    re.IGNORECASE,
)
_KIN_AFTER_RE = re.compile(rf",\s+(?:his|her|their)\s+(?:late\s+|elder\s+|younger\s+)?{_KIN}\b")
_OPENING = ("“", "«")
_CLOSING = ("”", "»")


def in_quotation(body: str, at: int) -> bool:
    """Is offset ``at`` inside a quotation of its paragraph (more opening curly marks than
    closing before it, or an odd number of straight double marks)?"""
    start = body.rfind("\n", 0, at) + 1
    text = body[start:at]
    if '"' in text and text.count('"') % 2 == 1:
        return True
    opened = sum(text.count(m) for m in _OPENING)
    return opened > 0 and opened > sum(text.count(m) for m in _CLOSING)


def kin_apposition(body: str, end: int) -> bool:
    """Is the name ending at ``end`` followed by an apposition naming a relative (", Trayvon's
    father,", ", his wife,")? The name is then a person's, another than the one related."""
    return body.startswith(", ", end) and _KIN_APPOSITION_RE.match(body, end, end + 60) is not None


def introduced_as_kin(body: str, p: Person) -> bool:
    """Is ``p``'s first mention a relative's introduction ("His father, Ahmed Kadyrov,")?"""
    if not p.mentions:
        return False
    s, e = min(p.mentions)
    return bool(_KIN_BEFORE_RE.search(body, max(0, s - 40), s) or _KIN_AFTER_RE.match(body, e))


def same_given_name(given: str, full_name: str) -> bool:
    """Can a mention whose name opens with ``given`` be the person named ``full_name``: the
    same first word, or an initial of it ("J. Smith" for "John Smith"), or a word of the
    surname ("Vander Plaats" for "Bob Vander Plaats"), or either a bare surname?"""
    parts = full_name.split(" ")
    first = parts[0]
    if len(parts) == 1 or given == first or given in parts[1:]:
        return True
    a, b = given.rstrip("."), first.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return False


def _short_mention(body: str, span: tuple[int, int], p: Person, surname: str) -> bool:
    """Is ``span`` a mention of ``p`` by its surname (with or without an honorific or title),
    not by its full name?"""
    text = body[span[0] : span[1]]
    if not text.endswith(surname):
        return False
    given = p.name.split()[:-1]
    return not any(word in text.split() for word in given)


def _paragraphs_between(body: str, a: int, b: int) -> int:
    """How many paragraph breaks (line breaks past blank lines) stand between offsets a < b."""
    return len([line for line in body[a:b].split("\n")[1:] if line.strip()])


def short_name_holder(body: str, people: list[Person], surname: str, at: int) -> Person | None:
    """Of ``people`` sharing ``surname``, the one the story called by the bare surname, outside
    quotations, before each other one's first mention before ``at``, and still spoke of in
    that namesake's paragraph or the one before it ("... Putin (Kadyrov calls him "my idol")
    ... His father, Ahmed Kadyrov, ..."); else None (a namesake introduced long after, as the
    story turns to him, "Military spokesperson Lt. Gen. Ahmed Sharif said", is the one meant)."""
    firsts = {id(p): min((s for s, _ in p.mentions), default=at) for p in people}
    holders = []
    for p in people:
        if " " not in p.name:
            continue  # a person known by the surname only holds it against no full name
        others = [firsts[id(q)] for q in people if q is not p and firsts[id(q)] < at]
        if not others:
            continue
        until = min(others)
        before = [
            (s, e)
            for s, e in p.mentions
            if s < until and _short_mention(body, (s, e), p, surname) and not in_quotation(body, s)
        ]
        if not before:
            continue
        last = max(s for s, _ in p.mentions if s < until)
        if _paragraphs_between(body, last, until) <= 1:
            holders.append(p)
    return holders[0] if len(holders) == 1 else None
