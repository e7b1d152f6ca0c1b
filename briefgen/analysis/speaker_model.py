"""A learned last sieve: the speaker of a direct quote the rules left open, from the entities
named around it, scored by a small logistic model.

The rules (:mod:`~briefgen.analysis.quotes`) run first; this step only sees direct quotes
they left without a speaker, without an explicit cue they could not resolve and without a
descriptive subject ("the company said"). Each person or organisation named near the quote
(the previous paragraph up to the sentence after the quote) is a candidate, described by
features of English constructions, not of words: where its nearest mentions stand (same,
previous or next sentence; before or after the quote; how many tokens away), whether a
speech verb stands next to them, whether they open a sentence or follow a preposition,
whether the candidate spoke the previous quote, and so on (:data:`FEATURES`). The weights
(``briefgen/data/speaker_model.json``) were fitted on PolNeAR's train compartment and the
project's dev quote gold sets by ``benchmarks/fit_speaker_model.py``; at run time a
candidate's score is a dot product. The best candidate is taken only when its probability is
at least the fitted threshold (chosen by cross-validation over articles, each gold set held
out whole, for precision >= 0.95) and its lead over the next one is clear: otherwise the
quote stays unresolved, the honest null.
"""

from __future__ import annotations

import bisect
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from briefgen.analysis.people import Person
from briefgen.analysis.prepositions import after_preposition
from briefgen.analysis.quotations import Piece
from briefgen.analysis.quote_context import (
    PRONOUN_GENDER,
    QuoteContext,
    is_speech,
    last_event,
    sentence_of,
    tok_index,
)
from briefgen.model import SpeakerCandidate

# the features of one candidate, in the order of the weights; "b_" describe its nearest
# mention before the opening mark, "a_" its nearest mention after the closing mark
FEATURES: tuple[str, ...] = (
    "b_any",
    "b_same_sentence",
    "b_prev_sentence",
    "b_same_paragraph",
    "b_prev_paragraph",
    "b_distance",
    "b_verb_after",
    "b_verb_before",
    "b_sentence_start",
    "b_preposition",
    "b_possessive",
    "b_in_quote",
    "b_joined",
    "b_nearest",
    "a_any",
    "a_same_sentence",
    "a_next_sentence",
    "a_distance",
    "a_verb_after",
    "a_verb_before",
    "a_sentence_start",
    "a_preposition",
    "a_possessive",
    "a_in_quote",
    "a_joined",
    "a_nearest",
    "named_in_quote",
    "previous_speaker",
    "previous_question",
    "last_event",
    "organisation",
    "weak",
    "story_mentions",
    "window_mentions",
    "pronoun_agrees",
    "pronoun_clashes",
    "candidates",
    "quote_opens_paragraph",
    "quote_fills_paragraph",
    "quote_words",
    "quote_capitals",
    "quote_terminal",
    "cue_after",
    "cue_before",
)
_INDEX = {name: i for i, name in enumerate(FEATURES)}
CUE_TOKENS = 6  # tokens read after the closing mark / before the opening mark for a cue
OFFERED = 5  # candidates kept per open quote for the choose_speaker hook
_TOKEN_SCALE = 4.0  # log1p(tokens) / this: 0 next to the quote, about 1 at 50 tokens


@dataclass(frozen=True)
class Candidate:
    """A person or organisation that may have said a quote, with the model's probability."""

    person: Person
    features: tuple[float, ...]
    probability: float

    @property
    def name(self) -> str:
        return self.person.name


@dataclass(frozen=True)
class Weights:
    """The fitted model: one weight per feature, the bias and the decision thresholds."""

    weights: tuple[float, ...]
    bias: float
    threshold: float
    margin: float

    def probability(self, features: tuple[float, ...]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def parse_weights(data: dict[str, Any]) -> Weights:
    """The model in a weights file's JSON: its feature names must be :data:`FEATURES`."""
    names = tuple(data["features"])
    if names != FEATURES:
        raise ValueError("speaker model: the weights file's features are not this version's")
    return Weights(
        tuple(float(data["weights"][n]) for n in names),
        float(data["bias"]),
        float(data["threshold"]),
        float(data["margin"]),
    )


@cache
def model() -> Weights:
    """The shipped weights (``briefgen/data/speaker_model.json``), read once per process."""
    text = resources.files("briefgen").joinpath("data/speaker_model.json").read_text("utf-8")
    return parse_weights(json.loads(text))


def _window(ctx: QuoteContext, pc: Piece, lines: list[tuple[int, int]]) -> tuple[int, int]:
    """From the previous paragraph's start to the end of the sentence after the quote's
    closing sentence."""
    lo = lines[pc.line - 1][0] if pc.line > 0 else lines[pc.line][0]
    close = pc.close_at if pc.close_at is not None else pc.end
    sent_end = sentence_of(ctx, close)[1]
    hi = (
        sentence_of(ctx, min(sent_end + 1, len(ctx.body) - 1))[1]
        if sent_end < len(ctx.body)
        else sent_end
    )
    return lo, max(hi, sent_end)


def _mention_traits(ctx: QuoteContext, s: int, e: int) -> tuple[float, ...]:
    """verb after, verb before, sentence start, preposition, possessive, inside a quote, joined
    to another name by "and"."""
    ti = tok_index(ctx, s)
    te = tok_index(ctx, e)  # the first token after the mention
    toks = ctx.toks
    n = len(toks)
    verb_after = any(k < n and not ctx.tok_inq[k] and is_speech(ctx, k) for k in (te, te + 1))
    # "said Smith", "told the Post": a verb before it, over an article
    vb = ti - 1 if ti < 1 or toks[ti - 1][2].lower() not in ("the", "a", "an") else ti - 2
    verb_before = vb >= 0 and not ctx.tok_inq[vb] and is_speech(ctx, vb)
    sstart = sentence_of(ctx, s)[0]
    opens = not ctx.body[sstart:s].strip(" \"'“‘(\n")
    # "in an interview with The Washington Post", "a spokesman for House Speaker Paul Ryan"
    prep = after_preposition(ctx, s, sstart)
    tail = ctx.body[e : e + 2]
    possessive = tail in ("'s", "’s") or (
        ti < n and toks[min(te - 1, n - 1)][2].endswith(("'s", "’s"))
    )
    inq = ti < n and ctx.tok_inq[ti]
    # "Gary Lightbody and drummer Jonny Quinn said": one of two people joined by "and" (a
    # role word may stand before the second name)
    joined = (
        te + 1 < n
        and toks[te][2] in ("and", "&")
        and (toks[te + 1][4] or (te + 2 < n and toks[te + 2][4]))
    ) or (ti > 1 and toks[ti - 1][2] in ("and", "&") and toks[ti - 2][4])
    return (
        float(verb_after),
        float(verb_before),
        float(opens),
        float(prep),
        float(possessive),
        float(inq),
        float(joined),
    )


def candidates(
    ctx: QuoteContext, pieces: list[Piece], idx: int, lines: list[tuple[int, int]]
) -> list[tuple[Person, list[float]]]:
    """The people and organisations named around ``pieces[idx]`` with their features."""
    pc = pieces[idx]
    lo, hi = _window(ctx, pc, lines)
    close = pc.close_at if pc.close_at is not None else pc.end
    open_sent = sentence_of(ctx, pc.open_at)
    close_sent = sentence_of(ctx, close)
    ls, le = lines[pc.line]
    before: dict[int, tuple[int, int, Person]] = {}  # id(person) -> nearest mention before
    after: dict[int, tuple[int, int, Person]] = {}
    inside: set[int] = set()
    counts: dict[int, int] = {}
    people: dict[int, Person] = {}
    i = bisect.bisect_left(ctx.ment_starts, lo)
    while i < len(ctx.ments) and ctx.ments[i][0] < hi:
        s, e, p = ctx.ments[i]
        i += 1
        key = id(p)
        people[key] = p
        counts[key] = counts.get(key, 0) + 1
        if e <= pc.open_at:
            before[key] = (s, e, p)  # sorted by start: the last one is the nearest
        elif s > close:
            after.setdefault(key, (s, e, p))
        else:
            inside.add(key)
    if not people:
        return []
    q_tok = tok_index(ctx, pc.open_at)
    c_tok = tok_index(ctx, close + 1)
    b_dist = {k: q_tok - tok_index(ctx, m[1]) for k, m in before.items()}
    a_dist = {k: tok_index(ctx, m[0]) - c_tok for k, m in after.items()}
    b_near = min(b_dist.values(), default=None)
    a_near = min(a_dist.values(), default=None)
    prev_sent = sentence_of(ctx, max(open_sent[0] - 1, 0))
    next_sent = sentence_of(ctx, min(close_sent[1] + 1, len(ctx.body) - 1))
    prev_speaker = None
    asked = False  # the previous speaker's quote is a question: this may be the answer
    for j in range(idx - 1, -1, -1):
        if pieces[j].kind == "direct" and pieces[j].speaker is not None:
            if pieces[j].open_at >= lo:
                prev_speaker = pieces[j].speaker
                asked = ctx.body[pieces[j].start : pieces[j].end].rstrip().endswith("?")
            break
    ev = last_event(ctx, lo, pc.open_at)
    pronoun = _pronoun_after(ctx, close, close_sent[1])
    total = {id(p): len(p.mentions) for p in people.values()}
    # the quote's shape: a headline in quote marks or a scare quote says nothing of a speaker
    text = ctx.body[pc.start : pc.end]
    words = math.log1p(len(text.split())) / 3.0
    letters = list(filter(str.isalpha, text))
    capitals = float(bool(letters) and sum(map(str.isupper, letters)) > 0.6 * len(letters))
    terminal = float(text.rstrip()[-1:] in (".", ",", "?", "!"))
    # a speech verb right after the closing mark or right before the opening one: a cue the
    # rules could not resolve ('," the bespectacled diplomat said') names someone unnamed
    # unless a candidate stands next to it
    cue_after = float(_verb_near(ctx, c_tok, 1, CUE_TOKENS, close_sent[1]))
    cue_before = float(_verb_near(ctx, q_tok - 1, -1, CUE_TOKENS, open_sent[0]))
    out: list[tuple[Person, list[float]]] = []
    n_cands = len(people)
    opens_paragraph = not ctx.body[ls : pc.open_at].strip()
    fills_paragraph = opens_paragraph and not ctx.body[close + 1 : le].strip()
    for key, p in people.items():
        f = [0.0] * len(FEATURES)
        if key in before:
            s, e, _ = before[key]
            f[_INDEX["b_any"]] = 1.0
            f[_INDEX["b_same_sentence"]] = float(s >= open_sent[0])
            f[_INDEX["b_prev_sentence"]] = float(prev_sent[0] <= s < open_sent[0])
            f[_INDEX["b_same_paragraph"]] = float(s >= ls)
            f[_INDEX["b_prev_paragraph"]] = float(s < ls)
            f[_INDEX["b_distance"]] = math.log1p(max(b_dist[key], 0)) / _TOKEN_SCALE
            traits = _mention_traits(ctx, s, e)
            for at, value in zip(_B_TRAITS, traits, strict=True):
                f[at] = value
            f[_INDEX["b_nearest"]] = float(b_dist[key] == b_near)
        if key in after:
            s, e, _ = after[key]
            f[_INDEX["a_any"]] = 1.0
            f[_INDEX["a_same_sentence"]] = float(s < close_sent[1])
            f[_INDEX["a_next_sentence"]] = float(s >= close_sent[1] and s < next_sent[1])
            f[_INDEX["a_distance"]] = math.log1p(max(a_dist[key], 0)) / _TOKEN_SCALE
            traits = _mention_traits(ctx, s, e)
            for at, value in zip(_A_TRAITS, traits, strict=True):
                f[at] = value
            f[_INDEX["a_nearest"]] = float(a_dist[key] == a_near)
        f[_INDEX["named_in_quote"]] = float(key in inside)
        f[_INDEX["previous_speaker"]] = float(prev_speaker is p)
        f[_INDEX["previous_question"]] = float(prev_speaker is p and asked)
        f[_INDEX["last_event"]] = float(ev is not None and ev[1] is p)
        f[_INDEX["organisation"]] = float(p.kind != "person")
        f[_INDEX["weak"]] = float(p.weak)
        f[_INDEX["story_mentions"]] = math.log1p(total[key]) / 2.0
        f[_INDEX["window_mentions"]] = math.log1p(counts[key]) / 2.0
        if pronoun is not None and p.kind == "person" and p.gender in ("m", "f"):
            f[_INDEX["pronoun_agrees"]] = float(p.gender == pronoun)
            f[_INDEX["pronoun_clashes"]] = float(p.gender != pronoun)
        f[_INDEX["candidates"]] = math.log1p(n_cands) / 2.0
        f[_INDEX["quote_opens_paragraph"]] = float(opens_paragraph)
        f[_INDEX["quote_fills_paragraph"]] = float(fills_paragraph)
        f[_INDEX["quote_words"]] = words
        f[_INDEX["quote_capitals"]] = capitals
        f[_INDEX["quote_terminal"]] = terminal
        f[_INDEX["cue_after"]] = cue_after
        f[_INDEX["cue_before"]] = cue_before
        out.append((p, f))
    return out


_TRAITS = (
    "verb_after",
    "verb_before",
    "sentence_start",
    "preposition",
    "possessive",
    "in_quote",
    "joined",
)
# their places among the features, of the mention before the quote and of the one after it
_B_TRAITS = tuple(_INDEX["b_" + name] for name in _TRAITS)
_A_TRAITS = tuple(_INDEX["a_" + name] for name in _TRAITS)


def _verb_near(ctx: QuoteContext, ti: int, step: int, count: int, limit: int) -> bool:
    """Is one of ``count`` tokens from ``ti`` on (``step`` 1: forward up to ``limit``; -1:
    back down to ``limit``) a speech verb outside quotes?"""
    n = len(ctx.toks)
    for _ in range(count):
        if ti < 0 or ti >= n:
            return False
        start = ctx.toks[ti][0]
        if (step > 0 and start >= limit) or (step < 0 and start < limit):
            return False
        if not ctx.tok_inq[ti] and is_speech(ctx, ti):
            return True
        ti += step
    return False


def _pronoun_after(ctx: QuoteContext, close: int, end: int) -> str | None:
    """The gender of a "he" / "she" next to a speech verb after the closing mark, in its
    sentence ('," he said'), else None."""
    ti = tok_index(ctx, close + 1)
    n = len(ctx.toks)
    while ti < n and ctx.toks[ti][0] < end and ti < tok_index(ctx, close + 1) + 4:
        g = PRONOUN_GENDER.get(ctx.toks[ti][2].lower())
        if g is not None and (
            (ti + 1 < n and is_speech(ctx, ti + 1)) or (ti > 0 and is_speech(ctx, ti - 1))
        ):
            return g
        ti += 1
    return None


def ranked(
    ctx: QuoteContext,
    pieces: list[Piece],
    idx: int,
    lines: list[tuple[int, int]],
    weights: Weights | None = None,
) -> list[Candidate]:
    """The candidates of ``pieces[idx]``, most probable first (ties by first mention)."""
    w = weights or model()
    scored = [
        Candidate(p, tuple(f), w.probability(tuple(f)))
        for p, f in candidates(ctx, pieces, idx, lines)
    ]
    scored.sort(key=lambda c: (-c.probability, min(c.person.mentions, default=(0, 0))))
    return scored


def choose(cands: list[Candidate], weights: Weights | None = None) -> Candidate | None:
    """The best candidate when it is probable enough and clearly ahead of the next one."""
    w = weights or model()
    if not cands or cands[0].probability < w.threshold:
        return None
    if len(cands) > 1 and cands[0].probability - cands[1].probability < w.margin:
        return None
    return cands[0]


def open_quote(pc: Piece, body: str, lines: list[tuple[int, int]]) -> bool:
    """Is ``pc`` a direct quote the rules left open (no speaker, no explicit cue they could
    not resolve, no descriptive subject) of at least :data:`MIN_WORDS` words, in a paragraph
    that ends a sentence (not a heading: "'The economy isn't booming': BMO")?"""
    if pc.kind != "direct" or pc.speaker is not None or pc.title == "?" or pc.descr is not None:
        return False
    ls, le = lines[pc.line]
    return (
        len(body[pc.start : pc.end].split()) >= MIN_WORDS
        and body[ls:le].rstrip()[-1:] in SENTENCE_ENDS
    )


# the model was fitted and its threshold chosen on quotes of this many words or more (the
# PolNeAR benchmark's gold units); a shorter quoted phrase is more often a title or a term
MIN_WORDS = 4
SENTENCE_ENDS = frozenset(".!?\"”’'")  # what a paragraph of prose ends with


# filled by ``benchmarks/fit_speaker_model.py`` (``collecting``): while it holds a function,
# every direct piece is handed to it and no quote is resolved; empty in normal runs
_collector: list[Callable[[QuoteContext, list[Piece], int, list[tuple[int, int]]], None]] = []


def resolve_open(
    ctx: QuoteContext, pieces: list[Piece], lines: list[tuple[int, int]]
) -> dict[int, list[Candidate]]:
    """Give each open direct quote the model's speaker where it is confident; returns the
    ranked candidates of every open quote, by piece index (for the ``choose_speaker`` hook)."""
    if _collector:
        for idx in range(len(pieces)):
            if pieces[idx].kind == "direct":
                _collector[0](ctx, pieces, idx, lines)
        return {}  # fitting sees the rules' speakers only, whatever weights are shipped
    found: dict[int, list[Candidate]] = {}
    for idx, pc in enumerate(pieces):
        if open_quote(pc, ctx.body, lines):
            cands = ranked(ctx, pieces, idx, lines)
            if cands:
                found[idx] = cands
    # every quote is scored on the rules' speakers, as in fitting, before any pick is made
    for idx, cands in found.items():
        best = choose(cands)
        if best is not None:
            pieces[idx].speaker, pieces[idx].cue, pieces[idx].title = best.person, "model", None
    return found


def offered(
    pieces: list[Piece], found: dict[int, list[Candidate]], keep: int = OFFERED
) -> list[tuple[int, int, tuple[SpeakerCandidate, ...]]]:
    """(start, end, candidates) of each open quote, its ``keep`` most probable candidates
    as plain data: ``story.annotations["speaker_candidates"]``, read by the ``choose_speaker``
    hook in the main process."""
    return [
        (
            pieces[idx].start,
            pieces[idx].end,
            tuple(
                SpeakerCandidate(c.person.name, c.person.kind, round(c.probability, 4))
                for c in cands[:keep]
            ),
        )
        for idx, cands in sorted(found.items())
    ]
