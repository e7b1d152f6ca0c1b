"""Whom a timeline line's "he", "she", "him" or "her" stands for, when the line itself does not say.

A line is read without its story. A personal pronoun that no person named before it in the
line can stand for ("When she appeared before supporters late Monday, she declined ...",
"The agency reported that she had reached ...") leaves the reader asking who; so does an
object pronoun next to the one person the line names ("On Tuesday, Gov. Jerry Brown endorsed
her": an object pronoun never stands for its own clause's subject).

The analysis already knows some of these people: a sentence whose quotations it attributed to
one person speaks of that person (the quote sieve resolved the pronoun of its cue). Such a
line is given that person's name; any other line with an unnamed person is no line.
"""

from __future__ import annotations

import re

from briefgen.model import Story

# a subject pronoun: who it stands for must be told before it (possessives and objects often
# stand for a noun the line gives: "a Muslim and his wife", "grabbing a photographer and
# throwing him")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
# an object pronoun right after its clause's verb, its subject the one person named before it
# ("Gov. Jerry Brown endorsed her,"); "her" before a noun is a possessive
_BOUND_OBJECT = re.compile(
    r"(?P<subject>[^,;:“”\"]{0,40}?)\b(?:[a-z]{3,}ed|told|met|beat|hit|called|won)\s+"
    r"(?P<pronoun>him|her)(?=\s*(?:[,.;:!?)]|$|(?:on|in|at|for|to|as|with|from|by|over|after"
    r"|before|during|and|but|because|while|when|last|this|earlier|later)\b))"
)
_FRONT_END = re.compile(r",\s+")
_CATAPHORA_REACH = 60  # characters after a fronted phrase's comma where its subject's name starts


def _people_starts(story: Story, start: int, end: int) -> list[int]:
    """Where a person the analysis found is named within ``body[start:end]``."""
    return sorted(
        a
        for actor in story.actors
        if actor.kind == "person"
        for a, b in actor.mentions
        if start <= a and b <= end
    )


def unnamed_person(story: Story, start: int, end: int) -> int | None:
    """Where, in the verbatim line ``body[start:end]``, a pronoun stands for a person the line
    does not name: a "he"/"she" before any person named in the line (unless the line opens on
    a phrase whose pronoun the named subject after its comma resolves: "When she arrived,
    Clinton said ..."), or "him"/"her" right after the verb of a clause whose one person named
    is its subject ("X endorsed her"). None when every pronoun is told."""
    body = story.body
    text = body[start:end]
    people = _people_starts(story, start, end)
    first = _PRONOUN.search(text)
    if first is not None and (not people or people[0] > start + first.start()):
        comma = _FRONT_END.search(text, first.end())
        fronted = comma is not None and not _PRONOUN.match(text, comma.end())
        reach = range(comma.end(), comma.end() + _CATAPHORA_REACH) if fronted and comma else ()
        if not any(p - start in reach for p in people):
            return start + first.start()
    for m in _BOUND_OBJECT.finditer(text):
        at = start + m.start("pronoun")
        named = [p for p in people if p < at]
        if len(named) == 1 and start + m.start("subject") <= named[0]:
            return at  # "X endorsed her": her is not X
    return None


def quoted_person(story: Story, sent: tuple[int, int], line: tuple[int, int]) -> str | None:
    """The one person whose quotations in sentence ``sent`` the analysis attributed (the cue's
    pronoun resolved by the quote sieve), or None when none or several, or when that person is
    named in the line ``line`` (then the unnamed pronoun is someone else: "She attacked Roe,
    who said ...")."""
    people = {a.name: a for a in story.actors if a.kind == "person"}
    names = {
        q.speaker.name
        for q in story.quotes
        if q.speaker.name in people and sent[0] <= q.start < sent[1]
    }
    if len(names) != 1:
        return None
    name = names.pop()
    named = any(line[0] <= a and b <= line[1] for a, b in people[name].mentions)
    return None if named else name


def _surname(name: str) -> str:
    return name.rsplit(None, 1)[-1]


def name_the_pronoun(story: Story, sent: tuple[int, int], start: int, end: int) -> str | None:
    """The line ``body[start:end]`` with its first unnamed subject pronoun ("she") given the
    name of the person the sentence's quotations are attributed to ("Clinton"); the line
    unchanged when no pronoun lacks a name; None when one does and the analysis does not know
    whom it stands for (or it is not a subject pronoun)."""
    at = unnamed_person(story, start, end)
    if at is None:
        return story.body[start:end]
    who = quoted_person(story, sent, (start, end))
    found = _PRONOUN.match(story.body, at)
    if who is None or found is None:
        return None
    text = story.body[start:at] + _surname(who) + story.body[found.end() : end]
    if unnamed_person_in_text(text, who):
        return None
    return text


def unnamed_person_in_text(text: str, who: str) -> bool:
    """After naming one pronoun, is a pronoun left before the name (so still unnamed)?"""
    name_at = text.find(_surname(who))
    first = _PRONOUN.search(text)
    return first is not None and first.start() < name_at
