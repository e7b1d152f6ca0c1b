"""Whether a statement is mostly another country's speaker's words.

Putin: "The North Korean administration wants to denuclearize" is Putin's account of the
North's stance, not a statement of it: a statement of one country that lies more than half
inside a quote of another country's named speaker is a relay, and is dropped.
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from briefgen.model import Quote, Statement


class Relays:
    """The quotes of named speakers with a country, sorted by start, with the furthest end of
    each prefix: a statement's overlapping quotes are found by bisection, not by reading every
    quote of the story for every statement (quadratic on a long story)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(
            (q for q in quotes if q.speaker.country and q.speaker.name), key=lambda q: q.start
        )
        self.starts = [q.start for q in self.quotes]
        self.reach = list(accumulate((q.end for q in self.quotes), max))

    def relayed(self, statement: Statement) -> bool:
        """Is ``statement`` mostly words another country's speaker says (Putin: "The North
        Korean administration wants to denuclearize"; Putin "saying that it holds a similar
        stance with the U.S.")? A speaker's account of another government's stance is no
        statement of it."""
        length = statement.end - statement.start
        at = bisect_left(self.starts, statement.end) - 1  # quotes starting before its end
        while at >= 0 and self.reach[at] > statement.start:  # ...and ending after its start
            quote = self.quotes[at]
            if quote.speaker.country != statement.country:
                inside = min(quote.end, statement.end) - max(quote.start, statement.start)
                if inside > 0.5 * length:
                    return True
            at -= 1
        return False


def relayed(statement: Statement, quotes: list[Quote]) -> bool:
    """Is ``statement`` relayed by one of ``quotes`` (see :meth:`Relays.relayed`)?"""
    return Relays(quotes).relayed(statement)
