"""Proposals the same story says were dropped: "the German government proposed a steep levy
last year ... But after protests by unions, Berlin backed off." The proposal is history, not a
position the government holds now: its statement is dropped.

A proposal counts as withdrawn when a later sentence has a holder of the same country give
way right after it ("Berlin backed off", "the government dropped the plan", "Paris has
shelved the idea"); a retreat with another object ("dropped its objection to the deal") is
about something else and withdraws nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analysis.holders import Holder
from briefgen.model import Statement

# giving way, then the end of the clause or the thing given up: a plan, a proposal, an idea
_RETREAT = re.compile(
    r"\s+(?:(?:has|have|had|later|quickly|eventually|then|since|finally)\s+){0,2}"
    r"(?:backed\s+(?:off|down|away)|back-?tracked|retreated|(?:dropped|abandoned|scrapped|"
    r"shelved|withdrew|withdrawn|ditched|jettisoned)"
    r"(?=\s+(?:(?:the|its|their|that|this|those|these)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:plans?|proposals?|ideas?|levy|levies|tax|taxes|scheme|bid|initiative|measures?)\b|it\b|"
    r"them\b)))(?:\s+(?:from|on)\s+(?:the|its|that|this)\s+[\w\-]+(?:\s+[\w\-]+)?)?"
    r"(?=\s*[,.;:!?]|\s+(?:the|its|their|that|this|those|these|it|them|after|in|under|amid|"
    r"when|following)\b)"
)
# the words that give a statement as a proposal made (not one still being made)
_PROPOSED = re.compile(
    r"\b(?:proposed|had proposed|planned|had planned|floated|unveiled|put forward|tabled|"
    r"announced plans?|suggested)\b"
)
_CHEAP = (
    "backed ",
    "tracked",
    "retreated",
    "dropped",
    "abandoned",
    "scrapped",
    "shelved",
    "withdr",
    "ditched",
    "jettisoned",
)
REACH = 3000  # characters after a proposal read for its withdrawal


def without_withdrawn(
    body: str, statements: list[Statement], holders: Sequence[Holder]
) -> list[Statement]:
    """``statements`` less the proposals a later sentence of ``body`` says their country's
    holder (one of ``holders``) dropped."""
    if not any(word in body for word in _CHEAP):
        return statements  # (most stories report no retreat)
    retreats = [
        (holder.end, holder.country)
        for holder in holders
        if body[holder.end : holder.end + 60].lstrip()[:1].islower()
        and _RETREAT.match(body, holder.end) is not None
    ]
    if not retreats:
        return statements
    return [
        st
        for st in statements
        if not (
            st.stance in ("proposes", "supports")
            and _PROPOSED.search(st.text) is not None
            and any(
                country == st.country and st.end <= at <= st.end + REACH for at, country in retreats
            )
        )
    ]


__all__ = ["without_withdrawn"]
