"""A reporter's account of a stance followed at once by the speaker's own words about it.

"He also floated a financial reimbursement for their investment as an incentive. 'They will
be reimbursed for what they're doing,' Trump said." The quote spells out the offer the
account reports: it takes the account's stance and issue, and the brief shows the speaker's
words. Only an offer lends its stance: after a demand, a warning or a rebuttal the quote more
often gives reasons ("We have been hurt more morally than physically") than the stance.
"""

from __future__ import annotations

import re
from itertools import pairwise

from briefgen.model import Statement

_OPENING_QUOTES = "\"“‘'"
_MAX_GAP = 6  # characters between the account's end and the quote (a break, a quote mark)
_WORD = re.compile(r"[A-Za-z]{6,}")
_STEM = 6  # letters of a long word that name its stem ("reimbursed" ~ "reimbursement")


def _stems(text: str) -> set[str]:
    """The stems of the long words of ``text``, lower case."""
    return {w[:_STEM].lower() for w in _WORD.findall(text)}


def opens_quote(body: str, statement: Statement) -> bool:
    """Whether ``statement`` is a direct quote's opening words."""
    return statement.start > 0 and body[statement.start - 1] in _OPENING_QUOTES


def own_words_after(body: str, account: Statement, quote: Statement) -> bool:
    """Whether ``quote`` is the speaker's own words right after ``account``, the reporter's
    telling of the same speaker's stance (same country and actor, next to it, a long word
    in common)."""
    if not account.actor or quote.actor != account.actor or quote.country != account.country:
        return False
    if opens_quote(body, account) or not opens_quote(body, quote):
        return False
    gap = body[account.end : quote.start]
    if quote.start < account.end or len(gap) > _MAX_GAP or gap.count("\n") > 2:
        return False
    return bool(_stems(account.text) & _stems(quote.text))


def lend_stances(body: str, statements: list[Statement]) -> list[tuple[str, int, int]]:
    """Give a neutral quote the stance and issue of the offer reported right before it that
    it spells out in the speaker's own words (``statements`` in text order); return the
    (country, start, end) of each offer so told again in a quote that proposes on its issue
    (whether lent or its own): the brief shows the quote's line, not the account's
    (:data:`TOLD_AGAIN`)."""
    told: list[tuple[str, int, int]] = []
    for account, quote in pairwise(statements):
        if account.stance != "proposes" or quote.stance not in ("neutral", "proposes"):
            continue
        if not own_words_after(body, account, quote):
            continue
        if quote.stance == "neutral":
            quote.stance = account.stance
            quote.issue = account.issue
            quote.target = account.target
        if quote.issue == account.issue:
            told.append((account.country, account.start, account.end))
    return told


# ``story.annotations[TOLD_AGAIN]``: the (country, start, end) of the reporter's accounts of an
# offer that the speaker's quoted words right after spell out
TOLD_AGAIN = "positions.told_again"
