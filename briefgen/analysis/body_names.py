"""The full name of a body a story goes on to call by its head word: "The Commission said"
after "the European Commission", "The College urged" after "The Royal College of GPs".

The name finder makes a one-word organisation of such a mention ("Commission"), a name no
reader would recognise as the speaker. :func:`full_body` gives a quote the body the story
named in full before it, when exactly one did; else the speaker is left as it is.
"""

from __future__ import annotations

from briefgen.analysis.people import Person
from briefgen.analysis.quote_context import QuoteContext


def full_body(ctx: QuoteContext, p: Person) -> Person:
    """The one organisation named earlier whose name holds ``p``'s one word, when ``p`` is a
    one-word organisation the story only writes after "the" ("The Commission"); else ``p``."""
    if p.kind != "organisation" or " " in p.name or not p.mentions:
        return p
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
