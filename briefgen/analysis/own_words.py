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


def lend_stances(body: str, statements: list[Statement]) -> None:
    """Give a neutral quote the stance and issue of the offer reported right before it that
    it spells out in the speaker's own words (``statements`` in text order)."""
    for account, quote in pairwise(statements):
        if account.stance != "proposes" or quote.stance != "neutral":
            continue
        if own_words_after(body, account, quote):
            quote.stance = account.stance
            quote.issue = account.issue
            quote.target = account.target
