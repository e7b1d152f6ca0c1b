"""Two subjects that are no government's voice, whatever the sentence states.

- An adviser without office: one adviser among several ("Myron Ebell, an adviser on climate
  change to President Bush"), unnamed advisers ("President Bush's advisers have repeatedly
  denied"), a campaign or outside adviser. An adviser whose title or seat is an office ("Obama's
  deputy national security adviser", "President Ramaphosa's special adviser", "an adviser at the
  Elysée") still speaks for the government; so do aides relaying their principal ("Mr Brown's
  aides say he wants ...").
- A bloc in the reporter's words: three or more countries listed as the one subject of the
  sentence ("The UK, France, Germany, Austria, the Netherlands and Sweden want the EU budget
  capped"), with no voice of any of them ("the prime ministers of Bulgaria, Albania and
  Macedonia" is one).

Both were marked wrong by independent reviewers in several rounds; the positions gold follows
the same rule since session 14 (``tests/data/positions/README.md``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analysis.gazetteer import find_terms

# what makes an adviser's post an office: a rank or field that names a post ("chief", "special",
# "national security"), or the seat of a government ("White House", "at the Elysée")
_OFFICE = re.compile(
    r"\b(?:chief|special|senior|principal|deputy|top|national\s+security|security|legal|"
    r"government|presidential|official|state|cabinet|ministerial|scientific)\b"
    r"|\b(?:at|in|of)\s+the\s+[A-Z\u00c0-\u00de]"
    r"|\b(?:White\s+House|Kremlin|Downing\s+Street|Elys[ée]e|Blue\s+House|Treasury|Pentagon)\b",
)
# an adviser who holds no office whatever the words around: a campaign's, an outside one
_NO_OFFICE = re.compile(
    r"\b(?:campaign|outside|informal|unofficial|external|independent)\s+advis[eo]rs?\b",
    re.IGNORECASE,
)
# unnamed advisers as the subject: "President Bush's advisers have ...", "Advisers to the
# president said", "an adviser to Mr Blair told", "one of his advisers said"
_ADVISERS_SUBJECT = re.compile(
    r"^[\s\"“‘']*(?:(?:But|And|However,|Yet|Meanwhile,)\s+)?"
    r"(?P<pre>(?:(?!(?:has|have|had|is|was|are|were|said|says|told)\s)[\w.’'\-]+\s+){0,5}?)"
    r"advis[eo]rs?\b(?P<post>[^,;:.\"“”]{0,60}?)\s+"
    r"(?:have|has|had|say|says|said|told|tell|argue[sd]?|insist(?:s|ed)?|den(?:y|ies|ied)|"
    r"claim(?:s|ed)?|believe[sd]?|want(?:s|ed)?|reject(?:s|ed)?|warn(?:s|ed)?|are|were|is|was|"
    r"will|would)\b"
)
_UNNAMED = re.compile(r"(?:^|\s)(?:an?|one\s+of|some|several|two|three|many)\s", re.IGNORECASE)


def unnamed_advisers(text: str) -> bool:
    """Whether the statement's subject is advisers with no office, unnamed: plural advisers
    ("President Bush's advisers have repeatedly denied"), or one adviser introduced as one
    among several ("an adviser to Mr Blair said"), or a campaign's or outside adviser."""
    if "dvis" not in text:
        return False  # (cheap test first)
    found = _ADVISERS_SUBJECT.match(text)
    if found is None:
        return False
    subject = f"{found.group('pre')}adviser{found.group('post')}"
    if _NO_OFFICE.search(found.group(0)):
        return True
    if _OFFICE.search(subject):
        return False
    plural = re.search(r"advis[eo]rs\b", found.group(0)) is not None
    return plural or _UNNAMED.search(found.group("pre")) is not None


@lru_cache(maxsize=256)
def _introduction(name: str) -> re.Pattern[str]:
    """The appositive that introduces ``name`` as an adviser, and a status before it."""
    who = re.escape(name)
    return re.compile(
        rf"{who},\s+(?P<role>(?:an?|one\s+of)\s+[^,;:.!?\"“”()\n]{{0,80}}?\badvis[eo]rs?\b"
        rf"[^,;:.!?\"“”()\n]{{0,60}})"
        rf"|\b(?:campaign|outside|informal|unofficial|external|independent)\s+advis[eo]r\s+{who}\b"
    )


# what follows a name that ``_introduction`` reads as an appositive ("Jane Doe, an adviser")
_APPOSITIVE_OPENING = re.compile(r",\s+(?:an?|one\s+of)\s")


def _introduced_nearby(body: str, name: str) -> bool:
    """Whether some mention of ``name`` is followed by the opening of an appositive ("Jane
    Doe, an ...") or preceded by "adviser"/"advisor" and spaces: what every match of
    ``_introduction(name)`` needs, tested without compiling it."""
    at = body.find(name)
    while at != -1:
        end = at + len(name)
        if _APPOSITIVE_OPENING.match(body, end):
            return True
        before = at
        while before and body[before - 1].isspace():
            before -= 1
        if before < at and body[before - 7 : before] in ("adviser", "advisor"):
            return True
        at = body.find(name, at + 1)
    return False


def adviser_without_office(body: str, actor: str) -> bool:
    """Whether the story introduces the person ``actor`` as an adviser without office: one
    adviser among several with no post or seat ("Myron Ebell, an adviser on climate change to
    President Bush,"), or a campaign's or outside adviser ("campaign adviser Jane Doe")."""
    if "dvis" not in body or " " not in actor:
        return False  # (cheap tests first; a one-word actor is a body or a surname)
    if not _introduced_nearby(body, actor):
        return False  # (no pattern compiled for a name the story never so introduces)
    for found in _introduction(actor).finditer(body):
        role = found.group("role")
        if role is None or _NO_OFFICE.search(role):
            return True
        if not _OFFICE.search(role):
            return True
    return False


BLOC_SIZE = 3  # countries listed together as one subject that make a bloc
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+&)\s+(?:the\s+)?")
_BLOC_OPENER = re.compile(
    r"^[\s\"“‘']*(?:(?:But|And|Yet|So\s+far|Today|Now|Only|Both|Meanwhile|However|While|"
    r"Though|Although)\b,?\s*)?"
    r"(?:[a-z][\w\-]*\s+){0,4}?(?<!from )(?<!by )(?<!with )(?<!to )(?<!of )(?<!for )"
    r"(?<!against )(?<!on )(?<!in )(?<!at )(?<!between )(?<!among )(?<!and )(?:[Tt]he\s+)?$"
)
# what may not follow the list: a possessive or a noun that makes its voice ("Britain, France
# and Germany's foreign ministers", "the UK, France and Germany governments")
_VOICE_AFTER = re.compile(
    r"^(?:['’]s?\b|\s+(?:governments?|leaders?|ministers?|officials?|foreign|finance|trade|"
    r"prime|presidents?|envoys?|diplomats?|delegations?|negotiators?|ambassadors?|embassies|"
    r"spokes\w+|heads?)\b"
    # their own words: "Britain, France and Germany said in a joint statement"
    r"|\s+(?:have\s+|has\s+|had\s+)?(?:also\s+|jointly\s+)?(?:said|say|says|stated|declared|"
    r"announced|told|wrote)\b|[^.;]{0,80}\bjoint\s+(?:statement|declaration|letter)\b)"
)
# countries by name: a capital standing for its government is a voice ("Washington")
_TERM_KINDS = ("name", "alias", "display")


_CLAUSE_BOUNDARY = re.compile(r"[,;:]|\s[-–—]\s")


def bloc_summary(text: str, country: str | None = None) -> bool:
    """Whether a subject of the statement is ``BLOC_SIZE`` or more countries listed as one, in
    the reporter's words ("The UK, France, Germany, Austria, the Netherlands and Sweden want
    ...", "..., though so far only Sri Lanka, Indonesia and the Seychelles have indicated"): a
    summary of where a bloc stands, which no government's voice states. The list opens its
    clause (past an opener and a few lower-case words, not a preposition: "condemnation from
    ..." is no subject) and is followed by its verb, not by a voice of its own ("Britain,
    France and Germany's foreign ministers") nor by their words ("said in a joint statement").
    With ``country``, only a list that names it."""
    head = text[:400]
    if head.count(",") + head.count(" and ") < BLOC_SIZE - 1:
        return False  # (cheap test first: a list needs its commas or "and")
    terms = [m for m in find_terms(head) if m.term.kind in _TERM_KINDS]
    at = 0
    while at < len(terms):
        first = last = terms[at]
        codes = set(first.term.codes)
        at += 1
        while at < len(terms) and _LIST_GAP.fullmatch(head[last.end : terms[at].start]):
            last = terms[at]
            codes.update(last.term.codes)
            at += 1
        if len(codes) < BLOC_SIZE or (country is not None and country not in codes):
            continue
        clause = head[: first.start]
        boundaries = list(_CLAUSE_BOUNDARY.finditer(clause))
        opener = clause[boundaries[-1].end() :] if boundaries else clause
        if _BLOC_OPENER.match(opener) and not _VOICE_AFTER.match(head[last.end :]):
            return True
    return False
