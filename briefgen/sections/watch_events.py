"""Scheduled events named by a noun phrase that holds their date: "the U.S. presidential
election on Nov. 8", "the Nov. 8 election", "New York's April 19 primary", "November's general
election", "the Democratic Party's national convention in July".

The noun phrase names an event set for its date whatever the clause around it says: "how ties
would fare if he won the U.S. presidential election on Nov. 8" is a hypothetical about the
winner, not about whether the election takes place. What to watch lists such a phrase when the
clause itself is no item (a condition, a "would", the writer's own view). Only a definite
phrase ("the", a name's possessive, the date's own possessive) that says which event it is
(a modifier, a possessor or a day: not "the vote in November") is shown: "a March 1 caucus" or
"its GOP primary" does not say whose. The event nouns are ``questions.toml [watch_events]``.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.analysis.dates import DateMention
from briefgen.analysis.lexicon import stopwords
from briefgen.sections.questions_lexicon import questions_raw

MAX_MODIFIERS = 4  # words between the determiner and the event noun ("U.S. presidential")
_WORD = re.compile(r"[\w.'’-]+")
_POSSESSIVE = re.compile(r"[\w.]['’]s$")


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    nouns = questions_raw().get("watch_events", {}).get("nouns", [])
    alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True)) or "(?!)"
    before = re.compile(
        rf"\b(?P<noun>{alt})\s+(?:on|of|in|for|set\s+for|scheduled\s+for|slated\s+for)\s+$"
    )
    after = re.compile(rf"(?P<mods>(?:\s+[\w.'’-]+){{0,2}}?)\s+(?P<noun>{alt})\b")
    bare = re.compile(rf"^\W*The\s+(?:{alt})\s+(?:is|are|was|were|will|has|have|had)\b")
    return before, after, bare


def bare_event_subject(text: str) -> bool:
    """Does the line open on an event its story named before ("The trial is set for
    November": which trial?)?"""
    return _patterns()[2].match(text) is not None


_NOT_AN_EVENT_BEFORE = re.compile(r"\b(?:if|unless|whether|than|like|since)\s+$", re.IGNORECASE)


def event_phrase(body: str, m: DateMention) -> tuple[int, int] | None:
    """The span of the definite noun phrase naming a scheduled event that holds the date
    ``m`` ("the U.S. presidential election on Nov. 8"), or None."""
    before, after, _bare = _patterns()
    lead = before.search(body, m.sent_start, m.start)
    if lead is not None:
        start = _determiner_start(body, m.sent_start, lead.start("noun"))
        if start is None or body[start : lead.start("noun")].strip().lower() == "the":
            return None  # "the vote in November": which vote?
        span = (start, m.end)
    else:
        tail = after.match(body, m.end)
        if tail is None or not _modifiers(tail.group("mods").split()):
            return None
        if _POSSESSIVE.search(m.text):
            start = m.start  # "November's general election"
        else:
            start = _determiner_start(body, m.sent_start, m.start, own_words=False)
        bare = start is not None and body[start : m.start].strip().lower() == "the"
        if start is None or (bare and m.precision != "day" and not tail.group("mods").strip()):
            return None  # "the November vote": which? "the Nov. 8 election" says its day
        span = (start, tail.end())
    if span is None or _NOT_AN_EVENT_BEFORE.search(body, m.sent_start, span[0]):
        return None  # "if the vote on June 23 goes ahead": whether it takes place is open
    return span


def _determiner_start(body: str, floor: int, at: int, own_words: bool = True) -> int | None:
    """Where the definite noun phrase ending before ``at`` starts: at "the" or at a name's
    possessive ("the Democratic Party's", "New York's"), with at most ``MAX_MODIFIERS``
    modifiers between (``own_words``; none when the date itself stands between)."""
    words = list(_WORD.finditer(body, floor, at))
    gap = body[words[-1].end() : at] if words else ""
    if words and gap.strip():
        return None  # a comma or a bracket between: no one phrase
    mods: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i].group()
        if w.lower() == "the":
            return words[i].start() if _modifiers(mods) else None
        if _POSSESSIVE.search(w) and w[:1].isupper():
            j = i  # the possessor's name, and its own "the"
            while j > 0 and words[j - 1].group()[:1].isupper() and _only_space(body, words, j):
                j -= 1
            if j > 0 and words[j - 1].group().lower() == "the" and _only_space(body, words, j):
                j -= 1
            return words[j].start() if _modifiers(mods) else None
        if not own_words or len(mods) >= MAX_MODIFIERS or not _only_space(body, words, i + 1):
            return None
        mods.append(w)
    return None


def _only_space(body: str, words: list[re.Match[str]], i: int) -> bool:
    """Is there only blank space between ``words[i - 1]`` and ``words[i]`` (or ``at``)?"""
    if i >= len(words):
        return True
    return not body[words[i - 1].end() : words[i].start()].strip()


def _modifiers(words: list[str]) -> bool:
    """Can ``words`` modify an event noun: names and content words, no function word or
    pronoun ("the party won the election": "party won" is a clause, not a modifier)?"""
    stop = stopwords()
    return all(
        w[:1].isupper() or (w.lower() not in stop and w.isascii()) for w in words
    ) and not any(w.lower() in _VERBS for w in words)


# past and present forms that stand between "the" and a noun only as a verb ("the party won
# the election"): a modifier is a name, a noun or an adjective
_VERBS = frozenset(
    {"won", "lost", "wins", "loses", "held", "holds", "is", "was", "will", "has", "had", "said"}
)
