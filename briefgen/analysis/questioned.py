"""The person a question is put to is not the one who puts it.

'Sanders was asked by host Bill Maher, who backs him, "Now, you famously said …?"', 'Rubio was
asked by moderator Gerard Baker whether his plan would risk "adding another expensive
entitlement program …"': the quoted words are the asker's, and the subject of "was asked" is
the one they were put to. :func:`questioned` tells when a candidate speaker is that subject: in
the sentence before the opening mark, the person's mention, then a passive of a verb of asking,
and no verb of answering after it ('Obama was asked about it and said: "…"' is his answer).
An answer set in parentheses after the question ('was asked why …  ("They were outside our
mandate")') is the person's. One regular-expression search over the sentence, run only where
"asked" or another such verb is in it.
"""

from __future__ import annotations

import re

from briefgen.analysis.people import Person
from briefgen.analysis.quote_context import WINDOW, QuoteContext, mention_ending_at

# "<name> was asked by …", "<name> had been pressed …"
_ASKED_RE = re.compile(
    r"(?:was|were|is|are|had been|has been|being)\s+(?:\w+ly\s+)?"
    r"(?:asked|questioned|pressed|quizzed|challenged)\b"
)
# the answer after the question, in the same sentence: 'was asked about it and said'
_ANSWER_RE = re.compile(
    r"\b(?:said|says|replied|replies|answered|answers|responded|responds|told|tells|added|"
    r"adds|insisted|insists|explained|explains|retorted|countered|shot back)\b"
)
_GATE = ("asked", "questioned", "pressed", "quizzed", "challenged")


def may_question(body: str) -> bool:
    """Does the story hold any verb of asking at all (one scan per story, so that
    :func:`questioned` is asked only where it can answer yes)?"""
    return any(w in body for w in _GATE)


def questioned(ctx: QuoteContext, p: Person, lo: int, at: int) -> bool:
    """Is ``p`` the subject of a passive of asking in ``body[lo:at]`` (the quote's sentence
    before its opening mark at ``at``), with no verb of answering after it?"""
    body = ctx.body
    lo = max(lo, at - WINDOW)  # a run-on "sentence" is read no further back than this
    seg = body[lo:at]
    if not any(w in seg for w in _GATE) or seg.rstrip().endswith("("):
        # 'was asked why … ("They were outside our mandate")': an answer in parentheses
        return False
    for m in _ASKED_RE.finditer(body, lo, at):
        k = m.start() - 1
        while k > lo and body[k] == " ":
            k -= 1
        if mention_ending_at(ctx, k + 1) is p and not _ANSWER_RE.search(body, m.end(), at):
            return True
    return False
