"""Who a quote answers: the person a sentence rejects, dismisses or responds to is not its speaker.

``ElBaradei's concerns were rejected by the foreign ministry, which said: "Our weapons are
secure"``, ``Responding to ElBaradei, a spokesman said: "…"``, ``"…," the ministry said,
dismissing ElBaradei's remarks``: the person named as the object of a verb of rejecting or
answering (or as the possessor of the words rejected) is the one the quote is about. Whichever
cue or continuation put that person forward as the speaker, :func:`rebutted` says no.

Read on the tokens outside quotation marks: an answering verb (``REBUT_VERBS``, with "to" after
the response verbs) followed at once by the person's mention (possessive or not, past "the" or
an adverb); or the person's mention, a few words, then a passive of such a verb ("were rejected
by").
"""

from __future__ import annotations

import bisect
import re
from operator import itemgetter

from briefgen.analysis.mentions import speech_forms
from briefgen.analysis.people import Person
from briefgen.analysis.quote_context import QuoteContext, mention_covering, tok_index

# verbs whose object is the person a reply is about, and the verbs and nouns that take "to"
# before the person answered ("responding to ElBaradei"): speech.toml [cues] rebutting, replying
REBUT_VERBS = frozenset(speech_forms("rebutting"))
REPLY_TO = frozenset(speech_forms("replying"))
# every form as it may be written, in lower case or opening a sentence ("Responding to X,")
ANSWER_FORMS = frozenset(f for w in REBUT_VERBS | REPLY_TO for f in (w, w[:1].upper() + w[1:]))
_TEXT = itemgetter(2)  # a token's text
PASSIVE_AUX = frozenset(["was", "were", "been", "being", "is", "are", "be"])
SKIP_BEFORE_OBJECT = frozenset(["the", "sharply", "flatly", "angrily", "publicly", "swiftly"])
POSSESSED_WORDS = 3  # words between a possessor and the passive: "ElBaradei's recent remarks"
OBJECT_WORDS = 5  # words from an answering verb to "by" ("dismissed the fears voiced by X")


def rebutted(ctx: QuoteContext, person: Person, lo: int, hi: int) -> bool:
    """Is ``person`` the object of a rejection or a reply in ``body[lo:hi]`` (outside quotes)?"""
    toks = ctx.toks
    inq = ctx.tok_inq
    start, end = tok_index(ctx, lo), min(len(toks), tok_index(ctx, hi))
    if ANSWER_FORMS.isdisjoint(map(_TEXT, toks[start:end])):
        return False  # one C-level pass: most sentences answer no one
    for ti in range(start, end):
        w = toks[ti][2]
        if w not in ANSWER_FORMS or inq[ti]:
            continue
        w = w.lower()
        if w in REBUT_VERBS:
            if _object_is(ctx, ti + 1, hi, person) or _passive_subject(ctx, ti, lo, person):
                return True
        elif ti + 1 < end and toks[ti + 1][2] == "to" and _object_is(ctx, ti + 2, hi, person):
            return True
    return False


def _object_is(ctx: QuoteContext, ti: int, hi: int, person: Person) -> bool:
    """Does the noun phrase at token ``ti`` name ``person``: at once ("ElBaradei", "ElBaradei's
    remarks"), or as the agent of the words ("the fears voiced by ElBaradei", "criticism by
    ElBaradei"), within a few words and no punctuation?"""
    toks = ctx.toks
    while ti < len(toks) and toks[ti][2].lower() in SKIP_BEFORE_OBJECT:
        ti += 1
    if ti >= len(toks) or toks[ti][0] >= hi or ctx.tok_inq[ti]:
        return False
    cov = mention_covering(ctx, toks[ti][0])
    if cov is not None:
        return cov[2] is person
    for k in range(ti + 1, min(ti + OBJECT_WORDS, len(toks) - 1)):
        if toks[k][0] >= hi or ctx.tok_inq[k] or ctx.body[toks[k - 1][1] : toks[k][0]] != " ":
            return False
        if toks[k][2] == "by":
            cov = mention_covering(ctx, toks[k + 1][0])
            return cov is not None and cov[2] is person and toks[k][1] + 1 == cov[0]
    return False


def _passive_subject(ctx: QuoteContext, vi: int, lo: int, person: Person) -> bool:
    """'ElBaradei's concerns were rejected by …', 'Smith was criticised by …': the person
    (or the possessor of the words) before the passive verb at ``vi``."""
    toks = ctx.toks
    if vi < 2 or toks[vi - 1][2].lower() not in PASSIVE_AUX:
        return False
    j = vi - 2
    stop = vi - 2 - POSSESSED_WORDS
    while j >= 0 and j >= stop and toks[j][0] >= lo and not ctx.tok_inq[j]:
        cov = mention_covering(ctx, toks[j][0])
        if cov is not None:
            if cov[2] is not person:
                return False
            # the person itself right before the auxiliary, or its possessive
            return j == vi - 2 or toks[j][2].endswith(("'s", "’s"))
        j -= 1
    return False


def named_inside(ctx: QuoteContext, person: Person, start: int, end: int) -> bool:
    """Is ``person`` named inside the quoted words ``[start, end)`` ('"Mr Al Fayed is a very
    persuasive man," he said') by their own name or surname, outside a quotation nested in
    them ("they'll say, 'Mr. Khan, you're a lawyer'": others addressing the speaker)? Asked
    of a speaker a pronoun or the continuation proposes: the words speak of that person, so
    they are most likely someone else's. Not asked of an organisation, whose statements name
    it ('"The FBI takes very seriously …"'), nor of a one-word name of unknown gender, which
    may be one ('"… easy for Valve to trace," read the statement'); not of a name the speaker
    gives a determiner ('"If the teenage Michael Howard were applying …"': the speaker's
    own past self)."""
    if person.kind != "person" or (person.weak and person.gender is None):
        return False
    own = person.name.split()
    i = bisect.bisect_left(ctx.ment_starts, start)
    while i < len(ctx.ments) and ctx.ments[i][0] < end:
        s, e, p = ctx.ments[i]
        i += 1
        if p is not person or _NESTED_OPEN_RE.search(ctx.body, start, s) is not None:
            continue
        if _DETERMINED_RE.search(ctx.body, max(start, s - 24), s) is not None:
            continue
        tail = _CUE_TAIL_RE.match(ctx.body, e, end)
        if tail is not None and tail.group(1) in ctx.lex.verbs:
            continue  # '"Everyone is getting better,'' Goydos said."': a cue the marks took in
        words = [w for w in ctx.body[s:e].replace(".", "").split() if w not in _HONORIFICS]
        if words and own[-len(words) :] == words:
            return True  # "Mr Al Fayed"; not "Anne Marie Murphy" in Chris Murphy's words
    return False


# an opening single quotation mark: a quotation nested in the quoted words
_NESTED_OPEN_RE = re.compile(r"(?:^|(?<=[\s(]))[‘']")
# "the teenage ", "a young ": a determiner and maybe one word right before the name
_DETERMINED_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:[a-z-]+ )?$")
# the rest of the quoted span is a speech verb and a point: "'' Goydos said."
_CUE_TAIL_RE = re.compile(r" ([a-z]+)[.,]?$")
_HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady"])
