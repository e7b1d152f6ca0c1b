"""Where a clause's stance cues are, what each lists, and what a negation before one makes of it.

The clause cues of the lexicon ("must", "only if", "condemn") as one whole-word pattern
(``_clause_cue_regex``; the leftmost cue wins), the stance each states (``_clause_stances``),
a negation right before a cue (``_negated_before``: "could not support") and the stance it
then states (``NEGATED_CLAUSE``: "could not support" opposes, "need not" states none).
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.analysis.stance_lexicon import cues


@cache
def _negated_before() -> re.Pattern[str]:
    """A negation of ``[aux] negations`` right before a clause cue, or an adverb apart ("not
    fully support"; "not state support" is a noun phrase, no negated verb)."""
    words = sorted(cues().negations, key=len, reverse=True)
    alternatives = "|".join(  # "n't" is a suffix ("couldn't"), the others whole words
        (r"\b" if word.replace(" ", "").isalpha() else "") + re.escape(word) for word in words
    )
    # "would not be a threat", "does not pose a danger": the copula or "pose" between
    return re.compile(rf"(?:{alternatives})\s+(?:(?:[a-z]+ly|yet|be|pose|represent)\s+)?$")


# what a negated clause cue says: "could not support" opposes, "need not" and "does not
# oppose" take no stance; a condition stays one
NEGATED_CLAUSE = {
    "supports": "opposes",
    "demands": "neutral",
    "opposes": "neutral",
    "warns": "neutral",
    "rejects": "neutral",
    "denies": "neutral",
    "accuses": "neutral",
}


@cache
def _clause_stances() -> dict[str, str]:
    """Each clause cue (lower case, trimmed) and its stance; the first listing wins."""
    stances: dict[str, str] = {}
    for cue, stance in cues().clauses:
        stances.setdefault(cue.strip(), stance)
    return stances


@cache
def _clause_cue_regex() -> re.Pattern[str]:
    """The clause cues as whole words ("support" is not in "unsupported", "must" not in
    "mustard"); the leftmost wins, and at one offset the first listed."""
    # grouped by first character, the listed order kept within a group: only cues with the
    # character at hand can match at an offset, so the match is the same as one flat list's,
    # and each offset is tried against a few dozen groups instead of every cue
    # (and within a first character by the second: cues with another second character cannot
    # match at the same offset either, so the order that matters is kept)
    groups: dict[str, dict[str, list[str]]] = {}
    for cue in _clause_stances():
        groups.setdefault(cue[0], {}).setdefault(cue[1:2], []).append(re.escape(cue[2:]))
    alternatives = "|".join(
        re.escape(first)
        + "(?:"
        + "|".join(
            re.escape(second) + "(?:" + "|".join(rests) + ")" for second, rests in by_second.items()
        )
        + ")"
        for first, by_second in groups.items()
    )
    # an apostrophe inside a word blocks ("don't"), a closing quote does not ("‘impunity’")
    return re.compile(rf"(?<!\w)(?<!\w['’])(?:{alternatives})(?!\w|['’]\w)")
