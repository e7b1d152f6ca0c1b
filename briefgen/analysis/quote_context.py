"""The per-story context every quote step reads, built once by :func:`build_ctx`.

It holds the story's tokens (``mentions.word_spans``, the one tokenisation shared with people),
sentences, the quoted spans and which tokens sit inside them, the name mentions of ``people``
indexed by start and end, the speech lexicon (``briefgen/data/speech.toml``), the speech events
found so far (who spoke where) and memos of the subject searches. The small look-ups on it
(sentence of an offset, mention covering an offset, is this token a speech verb) live here too.
It decides nothing about quotes or speakers itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from briefgen.analysis.mentions import person_descriptors, speech_data, word_spans
from briefgen.analysis.people import Person
from briefgen.analysis.sentences import plain_spaces
from briefgen.model import QuoteCue, Story

if TYPE_CHECKING:
    from briefgen.analysis.quotations import Piece


DATA_DIR = Path(__file__).resolve().parent.parent / "data"  # offices.toml for spokespeople, parties
WINDOW = 600  # characters searched back for a subject: bounds work on run-on "sentences"
PRONOUN_GENDER = {"he": "m", "she": "f"}


@dataclass
class Lex:
    """Speech lexicon loaded from ``briefgen/data/speech.toml``."""

    verbs: frozenset[str]
    participles: frozenset[str]
    relay: frozenset[str]
    spokes: frozenset[str]
    fragment_verbs: frozenset[str]
    # head nouns of descriptive speaker subjects ("the company", "the youngster")
    org_heads: frozenset[str] = frozenset()
    person_heads: frozenset[str] = frozenset()
    plural_heads: frozenset[str] = frozenset()
    relayed_by: frozenset[str] = frozenset()  # "the paper quoted X as saying"
    # the base forms of the speech verbs ("suggest", "declare"), a speech verb only after "to"
    # ('led Christie to suggest, "…"'): as words alone they are nouns as often
    infinitives: frozenset[str] = frozenset()


_NOT_SPEECH_INFINITIVES = frozenset(
    ["believe", "think", "call", "continue", "point", "press", "describe", "praise", "thank",
     "agree", "answer", "counter", "echo", "cry", "demand", "propose", "deny", "branded",
     "chime", "snap", "bark", "accuse"]
)  # fmt: skip


@cache
def speech_lexicon() -> Lex:
    """The speech-verb lexicon, loaded once."""
    doc = speech_data()
    verbs: set[str] = set()
    for forms in doc["verbs"].values():
        for f in forms:
            verbs.add(f.split()[0])
    verbs -= {"pointed", "points", "went", "goes", "states"}
    # the base forms that name speech and nothing else after "to" (not "to think", "to call",
    # "to continue", "to press", "to describe", "to thank", "to demand")
    bases = {re.sub(r"\d+$", "", k) for k in doc["verbs"]} - _NOT_SPEECH_INFINITIVES
    cues = doc["cues"]
    desc = doc["descriptors"]
    return Lex(
        verbs=frozenset(verbs),
        participles=frozenset(cues["participles"]),
        relay=frozenset(cues["relay"]),
        spokes=frozenset(cues["spokes"]),
        fragment_verbs=frozenset(cues["fragment_verbs"]),
        org_heads=frozenset(desc["organisation"]),
        person_heads=person_descriptors(),
        plural_heads=frozenset(desc["plural"]),
        relayed_by=frozenset(desc["relayed_by"]),
        infinitives=frozenset(bases),
    )


@dataclass
class QuoteContext:
    story: Story
    body: str
    people: list[Person]
    persons: list[Person]
    tok_starts: Sequence[int]
    toks: Sequence[tuple[int, int, str, bool, bool]]  # mentions.word_spans: text as matched
    ment_starts: list[int]
    ments: list[tuple[int, int, Person]]
    ment_by_end: dict[int, Person]
    sent_starts: list[int]
    sentences: list[tuple[int, int]]
    quoted: list[tuple[int, int]]
    quoted_starts: list[int]
    tok_inq: list[bool]  # per token: inside a quotation
    events: list[tuple[int, Person]] = field(default_factory=list)  # speech events by offset
    event_offs: list[int] = field(default_factory=list)
    unnamed_offs: list[int] = field(default_factory=list)  # speech verbs of unnamed speakers
    # per gender: (first mention offset, person), sorted; for "the only woman named so far"
    gender_firsts: dict[str, list[tuple[int, Person]]] = field(default_factory=dict)
    lex: Lex = field(default_factory=speech_lexicon)
    words: frozenset[str] | None = None  # the story's word types, built on demand
    verb_toks: list[int] | None = None  # tokens that are speech verbs (any kind), on demand
    # memos of the subject searches, which depend only on the story: speech events, direct
    # quotes and indirect speech ask about the same verbs and sentences again and again
    verb_subjects: dict[tuple[int, int], tuple[Person | None, QuoteCue]] = field(
        default_factory=dict
    )
    person_subjects: dict[tuple[int, int, str], tuple[Person | None, bool]] = field(
        default_factory=dict
    )
    pronouns: dict[tuple[str, int, int], Person | None] = field(default_factory=dict)
    interviewee: list[Person | None] = field(default_factory=list)  # memo: [] not yet read


def build_ctx(
    story: Story, people: list[Person], pieces: list[Piece], body: str | None = None
) -> QuoteContext:
    """The context of ``story``'s quotes; ``body``: its text with plain spaces, when the
    caller has it already."""
    if body is None:
        body = plain_spaces(story.body)
    toks, tok_starts = word_spans(body)  # shared with people (one tokenisation per story)
    ments = sorted((s, e, p) for p in people for s, e in p.mentions)
    sentences = story.sentences or [(0, len(body))]
    quoted = [(p.open_at, p.end + 1) for p in pieces]
    firsts: dict[str, list[tuple[int, Person]]] = {}
    for p in people:
        if p.kind == "person" and p.gender in ("m", "f") and p.mentions:
            firsts.setdefault(p.gender, []).append((min(p.mentions)[0], p))
    for lst in firsts.values():
        lst.sort(key=lambda x: x[0])
    # one merge pass: which tokens sit inside a quoted span
    tok_inq = [False] * len(toks)
    if all(quoted[k][1] <= quoted[k + 1][0] for k in range(len(quoted) - 1)):
        # sorted, disjoint spans (the usual case): mark each span's tokens by bisection
        for qs, qe in quoted:
            a = bisect.bisect_left(tok_starts, qs)
            b = bisect.bisect_left(tok_starts, qe, a)
            tok_inq[a:b] = [True] * (b - a)
    else:
        qi = 0
        for ti, ts in enumerate(tok_starts):
            while qi < len(quoted) and quoted[qi][1] <= ts:
                qi += 1
            if qi < len(quoted) and quoted[qi][0] <= ts:
                tok_inq[ti] = True
    return QuoteContext(
        tok_inq=tok_inq,
        gender_firsts=firsts,
        story=story,
        body=body,
        people=people,
        persons=[p for p in people if p.kind == "person"],
        tok_starts=tok_starts,
        toks=toks,
        ment_starts=[m[0] for m in ments],
        ments=ments,
        ment_by_end={e: p for _, e, p in ments},
        sent_starts=[s for s, _ in sentences],
        sentences=sentences,
        quoted=quoted,
        quoted_starts=[q[0] for q in quoted],
    )


def add_event(ctx: QuoteContext, offset: int, person: Person) -> None:
    i = bisect.bisect_right(ctx.event_offs, offset)
    ctx.event_offs.insert(i, offset)
    ctx.events.insert(i, (offset, person))


def last_event(ctx: QuoteContext, lo: int, hi: int) -> tuple[int, Person] | None:
    """The last speech event in ``[lo, hi)`` as (offset, speaker); None when an unnamed
    speaker ("one broker said") spoke after it."""
    i = bisect.bisect_left(ctx.event_offs, hi) - 1
    if i >= 0 and ctx.event_offs[i] >= lo:
        k = bisect.bisect_left(ctx.unnamed_offs, hi) - 1
        if k >= 0 and ctx.unnamed_offs[k] > ctx.event_offs[i]:
            return None
        return ctx.events[i]
    return None


def sentence_of(ctx: QuoteContext, offset: int) -> tuple[int, int]:
    i = bisect.bisect_right(ctx.sent_starts, offset) - 1
    if i < 0:
        return (0, len(ctx.body))
    return ctx.sentences[i]


def in_quote(ctx: QuoteContext, offset: int) -> bool:
    i = bisect.bisect_right(ctx.quoted_starts, offset) - 1
    return i >= 0 and ctx.quoted[i][0] <= offset < ctx.quoted[i][1]


def narrated_sentence_before(ctx: QuoteContext, start: int) -> tuple[int, int] | None:
    """The sentence before the one opening at ``start``, when it is narration (it neither
    opens with a quotation mark nor stands inside a quote); else None."""
    prev = sentence_of(ctx, start - 1)
    if prev[0] >= start or in_quote(ctx, prev[0]) or ctx.body[prev[0] : prev[0] + 1] in '"“':
        return None
    return prev


def persons_named_in(ctx: QuoteContext, span: tuple[int, int]) -> list[tuple[int, Person]]:
    """The distinct people named outside quotes in ``span``, each with its first mention's
    start, in text order (the subject candidates of a narrated sentence)."""
    out: list[tuple[int, Person]] = []
    i = bisect.bisect_left(ctx.ment_starts, span[0])
    while i < len(ctx.ments) and ctx.ments[i][0] < span[1]:
        s, _e, p = ctx.ments[i]
        i += 1
        if p.kind == "person" and not in_quote(ctx, s) and all(p is not q for _s, q in out):
            out.append((s, p))
    return out


def tok_index(ctx: QuoteContext, offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    return bisect.bisect_left(ctx.tok_starts, offset)


def mention_ending_at(ctx: QuoteContext, end: int) -> Person | None:
    return ctx.ment_by_end.get(end)


def mention_cue(ctx: QuoteContext, end: int) -> QuoteCue:
    """``role`` when the mention ending at ``end`` is a role noun ("the prime minister")."""
    i = bisect.bisect_right(ctx.ment_starts, end) - 1
    while i >= 0 and ctx.ments[i][0] > end - 80:
        s, e, _p = ctx.ments[i]
        if e == end:
            return "role" if ctx.body[s : s + 1].islower() else "explicit"
        i -= 1
    return "explicit"


def mention_covering(ctx: QuoteContext, offset: int) -> tuple[int, int, Person] | None:
    i = bisect.bisect_right(ctx.ment_starts, offset) - 1
    while i >= 0 and i >= len(ctx.ment_starts) - len(ctx.ments):
        s, e, p = ctx.ments[i]
        if s <= offset < e:
            return s, e, p
        if e <= offset and offset - s > 200:
            break
        i -= 1
    return None


def is_speech(ctx: QuoteContext, ti: int) -> bool:
    w = ctx.toks[ti][2]
    return w in ctx.lex.verbs and w not in ctx.lex.relay


def is_speech_infinitive(ctx: QuoteContext, ti: int) -> bool:
    """Is token ``ti`` a speech verb's base form after "to" ("led Christie to suggest")?"""
    return ti > 0 and ctx.toks[ti][2] in ctx.lex.infinitives and ctx.toks[ti - 1][2] == "to"


def speaker_title(p: Person | None) -> str | None:
    if p is None:
        return None
    return p.display_title if p.kind == "person" else None
    # else a descriptive subject ("said the 74-year-old"): the continuation may keep the
    # previous speaker when the description fits them


WORD_AFTER_RE = re.compile(r" ([a-z]+)")
