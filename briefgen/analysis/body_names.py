"""The full name of a body a story goes on to call by its head word: "The Commission said"
after "the European Commission", "The College urged" after "The Royal College of GPs"; or by
its initials: "An HPA spokeswoman said" after "The Health Protection Agency said".

The name finder makes a one-word organisation of such a mention ("Commission"), a name no
reader would recognise as the speaker. :func:`full_body` gives a quote the body the story
named in full before it, when exactly one did; else the speaker is left as it is.
"""

from __future__ import annotations

import re

from briefgen.analysis.people import Person
from briefgen.analysis.quote_context import QuoteContext


def full_body(ctx: QuoteContext, p: Person) -> Person:
    """The one organisation named earlier whose name holds ``p``'s one word, when ``p`` is a
    one-word organisation the story only writes after "the" ("The Commission"); else ``p``."""
    if p.kind != "organisation" or " " in p.name or not p.mentions:
        return p
    if _ACRONYM_RE.fullmatch(p.name):
        spelt = [o for o in ctx.people if o.kind == "organisation" and initials(o.name) == p.name]
        return spelt[0] if len(spelt) == 1 else p
    body = ctx.body
    if not all(body[max(0, s - 4) : s].lower() == "the " for s, _ in p.mentions):
        return p
    first = min(p.mentions)[0]
    found = [
        o
        for o in ctx.people
        if o is not p
        and o.kind == "organisation"
        and o.mentions
        and min(o.mentions)[0] < first
        and p.name in o.name.split()
    ]
    return found[0] if len(found) == 1 else p


# an organisation's initials: two to six capitals ("HPA", "NHS", "UNHCR")
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
_MINOR = frozenset(["of", "and", "the", "for", "on", "in", "&", "to", "at"])


def initials(name: str) -> str:
    """The initials of a body's name, its minor words left out ("Health Protection Agency" ->
    "HPA", "Department of Health" -> "DH"); "" when a word is not capitalised."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _MINOR]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)
