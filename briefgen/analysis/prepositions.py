"""Whether a mention is governed by a preposition, and so is no subject of its clause.

"proposed by shadow chancellor Oliver Letwin" (:func:`after_preposition`: role and title words
between the preposition and the name are skipped), "for the Electoral Commission"
(:func:`preposition_before`: the preposition's token). Also the words that front a phrase set
before a sentence's subject (``PREP_BEFORE_SUBJ``, ``FRONTED_SUBORDINATORS``: "After a meeting
with Mark Rutte, the US President said", "When he was 16, Azza was arrested").
"""

from __future__ import annotations

from briefgen.analysis.mentions import COMPOUND_MODIFIERS
from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.quote_context import QuoteContext, mention_covering, tok_index

PREP_BEFORE_SUBJ = frozenset(
    [
        "if",
        "that",
        "whether",
        "of",
        "by",
        "for",
        "to",
        "with",
        "about",
        "from",
        "on",
        "in",
        "at",
        "than",
        "into",
        "against",
        "as",
        "after",
        "before",
        "asked",
        "told",
        "whom",
        # "alongside Jean Seberg", "starring Burt Lancaster", "including Mr Smith"
        "alongside",
        "starring",
        "featuring",
        "including",
        "among",
        "between",
        "beside",
        "besides",
        "behind",
        "under",
        "unlike",
        "like",
        "despite",
        "without",
        "through",
        "towards",
        "toward",
        "via",
    ]
)

# a clause before the main one whose pronoun refers ahead: "When he was 16, Azza was …"
FRONTED_SUBORDINATORS = frozenset(
    ["When", "As", "After", "Before", "If", "Although", "Though", "While", "Since", "Once",
     "Until", "Because", "Whenever", "Whilst"]
)  # fmt: skip

PREPOSITIONS = frozenset(["in", "at", "from", "of", "for", "by", "with", "to", "on", "into"])


def preposition_before(ctx: QuoteContext, s: int, floor: int) -> int:
    """Token index of the preposition governing the mention at ``s`` ("in Woodhill Prison",
    "for the Electoral Commission"), skipping an article; -1 when there is none."""
    ti = tok_index(ctx, s) - 1
    head = s  # where the noun phrase starts: before a modifier "Paris-based"
    if (
        ti >= 0
        and ctx.toks[ti][2].endswith(COMPOUND_MODIFIERS)
        and ctx.body[ctx.toks[ti][1] : s] == " "
    ):
        # "from South African-based Vaal Environmental Justice Alliance": past the modifier
        # and the place words it opens with
        ti -= 1
        while (
            ti >= 0
            and ctx.toks[ti][4]
            and ctx.toks[ti][2] != "The"
            and ctx.toks[ti][0] >= floor
            and ctx.body[ctx.toks[ti][1] : ctx.toks[ti + 1][0]] == " "
        ):
            ti -= 1
        head = ctx.toks[ti + 1][0]
    if ti >= 0 and ctx.toks[ti][2] == "the" and ctx.toks[ti][0] >= floor:
        ti -= 1
    if ti < 0 or ctx.toks[ti][0] < floor or ctx.toks[ti][2] not in PREPOSITIONS:
        return -1
    if ctx.body[ctx.toks[ti][1] : head].strip(" ") not in ("", "the"):
        return -1
    if (
        ctx.toks[ti][2] == "of"
        and ti > 0
        and ctx.toks[ti - 1][4]
        and ctx.toks[ti - 1][2].lower() in lexicon().role_words
        and _full_name_at(ctx, s)
    ):
        return -1  # a title: "Speaker of the House Rep. Paul Ryan said", "Secretary of State …"
    return ti


def _full_name_at(ctx: QuoteContext, s: int) -> bool:
    """Is the mention at ``s`` a person's full name after a title ("House Rep. Paul Ryan"),
    not a place or body ("Archbishop of Canterbury", "Duke of Edinburgh")?"""
    found = mention_covering(ctx, s)
    if found is None or found[2].kind != "person" or " " not in found[2].name:
        return False
    return " " in ctx.body[found[0] : found[1]].strip()


TIME_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"]
)  # fmt: skip


def after_preposition(ctx: QuoteContext, s: int, floor: int) -> bool:
    """Is the mention at ``s`` the object of a preposition ("proposed by shadow chancellor
    Oliver Letwin")? Title and role words between the preposition and the name are skipped."""
    role_words = lexicon().role_words
    ti = tok_index(ctx, s) - 1
    steps = 0
    while ti >= 0 and ctx.toks[ti][0] >= floor and steps < 5:
        w = ctx.toks[ti][2].lower()
        if w in PREP_BEFORE_SUBJ:
            return True
        if w in TIME_WORDS:
            return False  # "On Tuesday Labour chairman Ian McCartney said": a time phrase
        if (
            w not in role_words
            and w not in ("the", "a", "an")
            and not ctx.toks[ti][2][:1].isupper()
        ):
            return False
        if ctx.body[ctx.toks[ti][1] : ctx.toks[ti + 1][0]].strip():
            return False  # punctuation between: a different phrase
        ti -= 1
        steps += 1
    return False
