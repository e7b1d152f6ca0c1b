"""Quotations in a story: direct quotes, fragments and indirect speech, with their speakers.

One linear pass over each line finds the quoted spans (straight and curly double quotes; curly
single quotes where an outlet uses them for quotations; apostrophes are not quote marks). A
quote left open at the end of a paragraph continues in the next one when that opens with a quote
mark; an opening mark inside an open quote after a sentence end (BBC text that lost a paragraph
break: ``…choice. "Obviously…``) closes the previous piece and starts the next piece of the same
quotation. Each contiguous piece is one :class:`Quote`; ``body[start:end] == text``.

Attribution, tried in order: a cue after the closing mark (``," Putin said``, ``," said Mr
Blair``, ``," he said``, ``," a Foreign Office spokesman said``), a cue before the opening mark
(``Mr Davis told Today: "``), the other pieces of the same quotation, an earlier quote in the
same paragraph, and a paragraph that is only a quote continues the speaker of the previous
paragraph's last speech event. Pronouns go to the most recent speaker of matching gender, role
nouns to the person holding the role. "According to"/"per"/"reported" with a news outlet only
relays: the speaker is the subject. An unresolved speaker is ``Speaker(name=None)``.

Sieves, in order (each sees only the quotes the earlier ones left open; ``benchmarks/
polnear_benchmark.py`` counts them by cue): 1. the cue after the closing mark, with
appositions, party-state tags and "in a statement" after the name, and a sentence that only
says who spoke (``.” Trump said.``); a description there ("the 74-year-old", "it") only
checks the continuation; 2. the cue before the opening mark (``X said: "``), a name opening
the clause a colon closes, an ``X told reporters:`` closing the paragraph before; 3. a quoted
sentence run into the reporter's takes the subject of the speech verb before it; 4. the other
pieces of the quotation; 5. the continuation (not after an interviewer's question: ``"…?"
King asked`` then the answer); 6. ``," the company said`` names the organisation the story
named as such. Names come from ``people`` (entities) over ``mentions`` (name evidence).

Speaker choice for organisations: ``Downing Street said`` and ``a Foreign Office spokesman said``
give the speaker name "Downing Street" / "Foreign Office" (the body speaking) with title
"spokesman" for a spokesperson; a named spokesman (``spokesman John Smith``) is the person.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

from briefgen.analysis.mentions import NAME_TAIL_RE, PARTY_TAG_RE, TITLE_STOP, word_spans
from briefgen.analysis.people import (
    ARTICLE_PARTICLE_RE,
    OUTLETS,
    Person,
    dotted_titles,
    lexicon,
    role_holder,
)
from briefgen.analysis.sentences import paragraphs, plain_spaces
from briefgen.model import Quote, QuoteCue, Speaker, Story

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

SENT_END = frozenset(".?!…")
FRAGMENT_LOOKBACK = 40  # tokens searched back from a fragment for its speech verb
WINDOW = 600  # characters searched back for a subject: bounds work on run-on "sentences"
QUOTE_MARK_RE = re.compile('["“”‘’]')
OPEN_DQ = "“"
CLOSE_DQ = "”"
SKIP_BACK = frozenset(
    [
        "also",
        "has",
        "have",
        "had",
        "was",
        "is",
        "will",
        "would",
        "then",
        "later",
        "previously",
        "recently",
        "yesterday",
        "today",
        "however",
        "meanwhile",
        "repeatedly",
        "reportedly",
        "once",
        "again",
        "been",
        "not",
        "later",
        "earlier",
        "further",
        "himself",
        "herself",
        "just",
        "only",
        "already",
        "still",
        "too",
        "subsequently",
        "initially",
        "first",
        "last",
        "on",
        "friday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "saturday",
        "sunday",
    ]
)
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
    ]
)
PRONOUN_GENDER = {"he": "m", "she": "f"}
POSSESSIVE_SPOKES_RE = re.compile(
    r"([A-Z][\w'’-]*)(?:'s|’s|'|’)\s+(?:[a-z]+\s+)?(spokesman|spokeswoman|spokesperson|aide|adviser)"
)
FIRST_PERSON_RE = re.compile(
    r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|we|We|my|My|our|Our|me|us)\b"
)
INDIRECT_LEAD_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:that\s+)?")
ROLE_SUBJ_RE = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Oo]ur|[Aa]|[Aa]n|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+"
    r"((?:[A-Za-z][\w'’-]*\s+){0,4}?)"
    r"(spokesman|spokeswoman|spokesperson|source|official|aide|insider|prime minister|"
    r"president|chancellor|foreign secretary|home secretary|foreign minister|finance minister|"
    r"leader|chairman|correspondent|editor|first minister|secretary|minister|premier)\s*$"
)


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


@cache
def speech_lexicon() -> Lex:
    """The speech-verb lexicon, loaded once."""
    with (DATA_DIR / "speech.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    verbs: set[str] = set()
    for forms in doc["verbs"].values():
        for f in forms:
            verbs.add(f.split()[0])
    verbs -= {"pointed", "points", "went", "goes", "states"}
    cues = doc["cues"]
    desc = doc["descriptors"]
    return Lex(
        verbs=frozenset(verbs),
        participles=frozenset(cues["participles"]),
        relay=frozenset(cues["relay"]),
        spokes=frozenset(cues["spokes"]),
        fragment_verbs=frozenset(cues["fragment_verbs"]),
        org_heads=frozenset(desc["organisation"]),
        person_heads=frozenset(desc["person"]),
        plural_heads=frozenset(desc["plural"]),
        relayed_by=frozenset(desc["relayed_by"]),
    )


@dataclass
class _Piece:
    open_at: int  # offset of the opening mark
    start: int  # text start
    end: int  # text end
    close_at: int | None  # offset of the closing mark, None when the paragraph ended first
    line: int  # index of the line (paragraph) it sits in
    chain: int = -1
    cont: bool = False  # continues the previous piece of the same quotation
    kind: str = "direct"
    speaker: Person | None = None
    cue: QuoteCue = "other"
    title: str | None = None  # for spokespeople
    descr: _Descr | None = None  # a descriptive subject after the closing mark ("the company")


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    while s < e and body[s].isspace():
        s += 1
    while e > s and body[e - 1].isspace():
        e -= 1
    return s, e


def scan_quotes(body: str, lines: list[tuple[int, int]]) -> list[_Piece]:
    """Quoted pieces of every line, in order: one linear pass per line."""
    pieces: list[_Piece] = []
    chain = -1
    prev_open_line: int | None = None  # line whose quote was left open
    for li, (ls, le) in enumerate(lines):
        state: str | None = None  # None, "d" (double) or "s" (single)
        text_start = 0
        open_at = 0
        cont = False
        # a quote left open in the previous paragraph continues when this one opens with a mark
        carried = prev_open_line is not None and prev_open_line == li - 1 and body[ls] in '"“'
        prev_open_line = None
        # only quote marks change the state: visit them, not every character
        for qm in QUOTE_MARK_RE.finditer(body, ls, le):
            i = qm.start()
            ch = body[i]
            if state is None:
                if ch in '"“' and i + 1 < le and not body[i + 1].isspace():
                    if not (ch == '"' and i > ls and body[i - 1].isalnum()):
                        state, open_at, text_start = "d", i, i + 1
                        if carried and i == ls:
                            cont = True
                        else:
                            chain += 1
                            cont = False
                elif (
                    ch == "‘"
                    and i + 1 < le
                    and not body[i + 1].isspace()
                    and (i == ls or not body[i - 1].isalnum())
                ):
                    state, open_at, text_start = "s", i, i + 1
                    chain += 1
                    cont = False
            elif state == "d":
                if ch == "”" or ch == '"':
                    reopen = False
                    if (
                        i > ls
                        and body[i - 1].isspace()
                        and i + 1 < le
                        and not body[i + 1].isspace()
                    ):
                        j = i - 1
                        while j > text_start and body[j].isspace():
                            j -= 1
                        reopen = body[j] in SENT_END or (
                            body[j] in '”"' and j > text_start and body[j - 1] in SENT_END
                        )
                        if ch == "”":
                            reopen = False
                    if reopen:
                        s, e = _trim(body, text_start, i)
                        if e > s:
                            pieces.append(_Piece(open_at, s, e, None, li, chain, cont))
                        state, open_at, text_start, cont = "d", i, i + 1, True
                    else:
                        s, e = _trim(body, text_start, i)
                        if e > s:
                            pieces.append(_Piece(open_at, s, e, i, li, chain, cont))
                        state = None
                elif ch == "“" and i + 1 < le and not body[i + 1].isspace():
                    # an opening curly mark inside an open quote: the previous piece lost its end
                    s, e = _trim(body, text_start, i)
                    if e > s:
                        pieces.append(_Piece(open_at, s, e, None, li, chain, cont))
                    open_at, text_start, cont = i, i + 1, True
            else:  # single
                if (
                    ch == "’"
                    and (i + 1 >= le or not body[i + 1].isalnum())
                    and (i > text_start and not body[i - 1].isspace())
                ):
                    # "countries’ " after an s is a possessive when the quote would be long
                    s, e = _trim(body, text_start, i)
                    if e > s:
                        pieces.append(_Piece(open_at, s, e, i, li, chain, False))
                    state = None
                elif ch in '"“”':
                    state = None  # not a single-quoted quotation after all
        if state == "d":
            s, e = _trim(body, text_start, le)
            if e > s:
                pieces.append(_Piece(open_at, s, e, None, li, chain, cont))
                prev_open_line = li
    return pieces


@dataclass
class _Ctx:
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


def _build_ctx(story: Story, people: list[Person], pieces: list[_Piece]) -> _Ctx:
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
    return _Ctx(
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


def _add_event(ctx: _Ctx, offset: int, person: Person) -> None:
    i = bisect.bisect_right(ctx.event_offs, offset)
    ctx.event_offs.insert(i, offset)
    ctx.events.insert(i, (offset, person))


def _last_event(ctx: _Ctx, lo: int, hi: int) -> tuple[int, Person] | None:
    """The last speech event in ``[lo, hi)`` as (offset, speaker); None when an unnamed
    speaker ("one broker said") spoke after it."""
    i = bisect.bisect_left(ctx.event_offs, hi) - 1
    if i >= 0 and ctx.event_offs[i] >= lo:
        k = bisect.bisect_left(ctx.unnamed_offs, hi) - 1
        if k >= 0 and ctx.unnamed_offs[k] > ctx.event_offs[i]:
            return None
        return ctx.events[i]
    return None


def _sentence_of(ctx: _Ctx, offset: int) -> tuple[int, int]:
    i = bisect.bisect_right(ctx.sent_starts, offset) - 1
    if i < 0:
        return (0, len(ctx.body))
    return ctx.sentences[i]


def _in_quote(ctx: _Ctx, offset: int) -> bool:
    i = bisect.bisect_right(ctx.quoted_starts, offset) - 1
    return i >= 0 and ctx.quoted[i][0] <= offset < ctx.quoted[i][1]


def _tok_index(ctx: _Ctx, offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    return bisect.bisect_left(ctx.tok_starts, offset)


def _mention_ending_at(ctx: _Ctx, end: int) -> Person | None:
    return ctx.ment_by_end.get(end)


def _mention_cue(ctx: _Ctx, end: int) -> QuoteCue:
    """``role`` when the mention ending at ``end`` is a role noun ("the prime minister")."""
    i = bisect.bisect_right(ctx.ment_starts, end) - 1
    while i >= 0 and ctx.ments[i][0] > end - 80:
        s, e, _p = ctx.ments[i]
        if e == end:
            return "role" if ctx.body[s : s + 1].islower() else "explicit"
        i -= 1
    return "explicit"


def _mention_covering(ctx: _Ctx, offset: int) -> tuple[int, int, Person] | None:
    i = bisect.bisect_right(ctx.ment_starts, offset) - 1
    while i >= 0 and i >= len(ctx.ment_starts) - len(ctx.ments):
        s, e, p = ctx.ments[i]
        if s <= offset < e:
            return s, e, p
        if e <= offset and offset - s > 200:
            break
        i -= 1
    return None


def _resolve_pronoun(ctx: _Ctx, gender: str, before: int, depth: int = 0) -> Person | None:
    """He/she: the subject of this sentence (before the pronoun), else of the previous
    sentences (up to three back), of matching gender; a pronoun subject is followed back.
    Memoised per story."""
    key = (gender, before, depth)
    if key not in ctx.pronouns:
        ctx.pronouns[key] = _find_pronoun_antecedent(ctx, gender, before, depth)
    return ctx.pronouns[key]


def _find_pronoun_antecedent(ctx: _Ctx, gender: str, before: int, depth: int) -> Person | None:
    """``_resolve_pronoun`` without the memo."""
    sent = _sentence_of(ctx, before)
    span_start, span_end = sent[0], before
    for _ in range(4):
        p, via_pronoun = _person_subject(ctx, span_start, span_end, gender)
        if p is _BLOCKED:
            return None
        if p is not None:
            return p
        if via_pronoun and depth < 3:
            return _resolve_pronoun(ctx, gender, span_start, depth + 1) if span_start > 0 else None
        if _unknown_name_opens(ctx, span_start, span_end):
            # 'Katya Malofeeva of Renaissance Capital said …. "…," she said': the sentence's
            # subject is a name no list knows; an earlier person is no safer guess
            return None
        if span_start <= 0:
            break
        prev = _sentence_of(ctx, span_start - 1)
        if prev[0] >= span_start:
            break
        span_start, span_end = prev
    # the only person of that gender mentioned so far in the story
    if depth == 0:
        firsts = ctx.gender_firsts.get(gender, [])
        if bisect.bisect_left(firsts, (before,)) == 1:
            return firsts[0][1]
    return None


SENTENCE_STARTERS = frozenset(
    ["The", "A", "An", "In", "On", "At", "It", "This", "That", "These", "Those", "But", "And",
     "He", "She", "They", "We", "I", "His", "Her", "Their", "Its", "After", "Before", "When",
     "While", "If", "As", "Since", "For", "With", "From", "By", "To", "Of", "Some", "Many",
     "Most", "All", "Both", "Each", "Every", "No", "One", "Two", "Three", "Last", "Next",
     "Earlier", "Later", "Meanwhile", "However", "There", "What", "Mr", "Mrs", "Ms", "Dr"]
)  # fmt: skip


def _unknown_name_opens(ctx: _Ctx, start: int, end: int) -> bool:
    """Does the sentence ``[start, end)`` open with two capitalised words that no mention
    covers (a name the people finder did not take: "Katya Malofeeva of Renaissance Capital
    said")?"""
    ti = _tok_index(ctx, start)
    if ti + 1 >= len(ctx.toks) or ctx.toks[ti + 1][0] >= end:
        return False
    (s0, e0, w0, _p0, c0), (s1, _e1, _w1, _p1, c1) = ctx.toks[ti], ctx.toks[ti + 1]
    if not (c0 and c1) or w0 in SENTENCE_STARTERS or ctx.body[e0:s1] != " ":
        return False
    if ctx.tok_inq[ti]:
        return False  # '"So I say …," he will say': the quote's own words
    if ctx.body[start:s0].strip(' \n"“‘'):
        return False
    k = ti + 1  # the capitalised run: a mention anywhere in it ("Justice Minister Cathy …")
    while k + 1 < len(ctx.toks) and ctx.toks[k + 1][4] and ctx.toks[k + 1][0] - ctx.toks[k][1] == 1:
        k += 1
    i = bisect.bisect_left(ctx.ment_starts, s0)
    if i < len(ctx.ments) and ctx.ments[i][0] <= ctx.toks[k][0]:
        return False
    if k - ti > 2 or w0.endswith(("ing", "ed", "ly", "s")):
        return False  # "Praising Celtic and Rangers": no name
    # shaped as a speaker: ", 74, a Kyiv resident", " of Renaissance Capital", " said"
    after = ctx.body[ctx.toks[k][1] : ctx.toks[k][1] + 4]
    nxt = ctx.toks[k + 1][2] if k + 1 < len(ctx.toks) else ""
    return after.startswith((",", " of ")) or nxt in ctx.lex.verbs


def _person_subject(ctx: _Ctx, start: int, end: int, gender: str) -> tuple[Person | None, bool]:
    """The first person mention in ``[start, end)`` in subject position and of ``gender``;
    (None, True) when the subject is a same-gender pronoun instead (memoised per story)."""
    start = max(start, end - WINDOW)
    key = (start, end, gender)
    found = ctx.person_subjects.get(key)
    if found is None:
        found = ctx.person_subjects[key] = _find_person_subject(ctx, start, end, gender)
    return found


def _find_person_subject(
    ctx: _Ctx, start: int, end: int, gender: str
) -> tuple[Person | None, bool]:
    """``_person_subject`` without the memo (``start`` already clipped to the window)."""
    sp = _spokes_subject(ctx, start, end)
    if sp is not None:
        org, sp_gender = sp
        if sp_gender in (None, gender):
            # "Tony Blair's official spokesman declined ... He said": the spokesman's body
            return (org if org is not None else _BLOCKED), False
    i = bisect.bisect_left(ctx.ment_starts, start)
    first_ment = ctx.ments[i][0] if i < len(ctx.ments) else end
    # a pronoun subject before any mention ("He added that ...")
    ti = _tok_index(ctx, start)
    stop = min(end, first_ment)
    while ti < len(ctx.toks) and ctx.toks[ti][0] < stop:
        w = ctx.toks[ti][2].lower()
        if not ctx.tok_inq[ti] and PRONOUN_GENDER.get(w) == gender:
            return None, True
        ti += 1
    while i < len(ctx.ments):
        s, e, p = ctx.ments[i]
        if s >= end:
            break
        i += 1
        if p.kind != "person" or _in_quote(ctx, s):
            continue
        if ctx.body[e : e + 2] in ("'s", "’s") or ctx.body[e : e + 1] in ("'", "’"):
            continue
        if _after_preposition(ctx, s, start):
            continue
        if p.gender not in (None, gender) or (p.weak and p.gender is None):
            continue
        if _coordinated(ctx, s, e, start, end):
            # "Delgado and Whitfield met ... He said": a plural subject gives a singular
            # pronoun no clear antecedent; an honest null beats a guess
            return _BLOCKED, False
        return p, False
    return None, False


def _coordinated(ctx: _Ctx, s: int, e: int, lo: int, hi: int) -> bool:
    """Is the mention ``[s, e)`` one conjunct of "X and Y" with another person mention?"""
    body = ctx.body
    if body[max(lo, s - 5) : s] == " and ":
        m = _mention_ending_at(ctx, s - 5)
        if m is not None and m.kind == "person":
            return True
    if body[e : e + 5] == " and " and e + 5 < hi:
        i = bisect.bisect_left(ctx.ment_starts, e + 5)
        if i < len(ctx.ments) and ctx.ments[i][0] == e + 5 and ctx.ments[i][2].kind == "person":
            return True
    return False


_BLOCKED = Person(name="", kind="organisation")  # a subject that is nobody we can name
SPOKES_GENDER = {"spokesman": "m", "spokeswoman": "f", "spokesperson": None}
SUBJ_LEAD = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "its",
        "their",
        "but",
        "and",
        "however",
        "meanwhile",
        "official",
        "chief",
        "senior",
        "press",
        "deputy",
    ]
)


def _spokes_subject(ctx: _Ctx, start: int, end: int) -> tuple[Person | None, str | None] | None:
    """When the clause ``[start, end)`` opens with a spokesperson subject ("The prime
    minister's official spokesman said", "An executive spokeswoman", "A spokesman for Michael
    Howard"): (the body they speak for or None, the spokesperson's gender)."""
    ti = _tok_index(ctx, start)
    role_words = lexicon().role_words
    for n in range(8):
        k = ti + n
        if k >= len(ctx.toks) or ctx.toks[k][0] >= end:
            return None
        w = ctx.toks[k][2]
        if w in SPOKES_GENDER:
            if n == 0 or ctx.tok_inq[k]:
                return None
            phrase_s = ctx.toks[ti][0]
            for j in range(ti + 1, k):
                if "," in ctx.body[ctx.toks[j - 1][1] : ctx.toks[j][0]]:
                    phrase_s = ctx.toks[j][0]  # "On Monday, Tony Blair's spokesman"
            org, _cue, _t = _subject_phrase(ctx, phrase_s, ctx.toks[k][1], ctx.toks[k][1])
            if org is not None and org.kind != "organisation":
                org = None
            after = ctx.body[ctx.toks[k][1] : ctx.toks[k][1] + 5]
            if after.startswith(" for ") and k + 1 < len(ctx.toks):
                org = _spokes_for(ctx, k + 1)
            return org, SPOKES_GENDER[w]
        if w[:1].isupper() or w.lower() in SUBJ_LEAD or w.lower() in role_words:
            continue
        if w.endswith(("'s", "’s")):
            continue
        if n < 3 and w.islower() and ctx.body[ctx.toks[k][1] : ctx.toks[k][1] + 1] == " ":
            continue  # "an executive spokesman": a lower-case modifier
        return None
    return None


def _spokes_for(ctx: _Ctx, for_ti: int) -> Person | None:
    """ "a spokesman for X": X's body (an organisation, or the office of a person)."""
    k = for_ti + 1
    if k < len(ctx.toks) and ctx.toks[k][2].lower() == "the":
        k += 1
    if k >= len(ctx.toks):
        return None
    cov = _mention_covering(ctx, ctx.toks[k][0])
    if cov is None:
        return None
    p = cov[2]
    return p if p.kind == "organisation" else _office_body(ctx, p)


PREPOSITIONS = frozenset(["in", "at", "from", "of", "for", "by", "with", "to", "on", "into"])


def _preposition_before(ctx: _Ctx, s: int, floor: int) -> int:
    """Token index of the preposition governing the mention at ``s`` ("in Woodhill Prison",
    "for the Electoral Commission"), skipping an article; -1 when there is none."""
    ti = _tok_index(ctx, s) - 1
    if ti >= 0 and ctx.toks[ti][2] == "the" and ctx.toks[ti][0] >= floor:
        ti -= 1
    if ti < 0 or ctx.toks[ti][0] < floor or ctx.toks[ti][2] not in PREPOSITIONS:
        return -1
    if ctx.body[ctx.toks[ti][1] : s].strip(" ") not in ("", "the"):
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


def _full_name_at(ctx: _Ctx, s: int) -> bool:
    """Is the mention at ``s`` a person's full name after a title ("House Rep. Paul Ryan"),
    not a place or body ("Archbishop of Canterbury", "Duke of Edinburgh")?"""
    found = _mention_covering(ctx, s)
    if found is None or found[2].kind != "person" or " " not in found[2].name:
        return False
    return " " in ctx.body[found[0] : found[1]].strip()


def _after_preposition(ctx: _Ctx, s: int, floor: int) -> bool:
    """Is the mention at ``s`` the object of a preposition ("proposed by shadow chancellor
    Oliver Letwin")? Title and role words between the preposition and the name are skipped."""
    role_words = lexicon().role_words
    ti = _tok_index(ctx, s) - 1
    steps = 0
    while ti >= 0 and ctx.toks[ti][0] >= floor and steps < 5:
        w = ctx.toks[ti][2].lower()
        if w in PREP_BEFORE_SUBJ:
            return True
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


@dataclass(frozen=True)
class _Offices:
    seats: dict[tuple[str, str], str]
    definite: tuple[tuple[str, str, frozenset[str]], ...]


@cache
def office_data() -> _Offices:
    """Seats of offices and definite body descriptions from ``briefgen/data/offices.toml``."""
    with (DATA_DIR / "offices.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    seats = {}
    for key, seat in doc["seats"].items():
        office, _, country = key.partition("|")
        seats[(office, country)] = seat
    definite = tuple(
        (d["head"], d["body"], frozenset(d["context"])) for d in doc.get("definite", [])
    )
    return _Offices(seats, definite)


def _org_named(ctx: _Ctx, name: str) -> Person:
    for p in ctx.people:
        if p.kind == "organisation" and (p.name == name or name in p.aliases):
            return p
    return Person(name=name, kind="organisation")


def _office_body(ctx: _Ctx, person: Person) -> Person | None:
    """The body an office holder's unnamed spokesperson speaks for ("Downing Street" for the
    UK prime minister), from the gazetteer office and ``offices.toml``; None when unknown."""
    from briefgen.analysis.people import _gaz_info, _gazetteer, _story_date

    gaz = _gazetteer()
    info = _gaz_info(gaz, person.name, _story_date(ctx.story)) if gaz is not None else None
    office = (getattr(info, "office", None) or "").lower()
    country = getattr(info, "country", None) or person.country or ""
    seat = office_data().seats.get((office, country)) if office else None
    return _org_named(ctx, seat) if seat else None


def _spokes_modifier(ctx: _Ctx, mod: str) -> Person | None:
    """The body named by the words before "spokesman": "a Cosla spokesman", "the prime
    minister's official spokesman", "an executive spokeswoman"."""
    words = mod.split()
    for i, w in enumerate(words):
        if w.endswith(("'s", "’s")):
            # "the prime minister's (official) spokesman": the office of the role holder
            role = " ".join([*words[:i], w[:-2]]).lower()
            holder = _role_person(ctx, role, None, lexicon()) if role in lexicon().roles else None
            return _office_body(ctx, holder) if holder is not None else None
    org = _spokes_body(ctx, 0, mod)
    if org is not None:
        return org
    return _definite_body(ctx, " ".join(w.lower() for w in words))


def _definite_body(ctx: _Ctx, head: str) -> Person | None:
    """A body named by a lower-case head ("the executive") when the story's context fits."""
    for h, body_name, context in office_data().definite:
        if head == h or head.endswith(" " + h):
            for p in ctx.people:
                if p.kind == "organisation" and p.name.lower().endswith(" " + h):
                    return p
            if any(w in context for w in _story_words(ctx)):
                return _org_named(ctx, body_name)
    return None


def _story_words(ctx: _Ctx) -> frozenset[str]:
    if ctx.words is None:
        ctx.words = frozenset(t[2] for t in ctx.toks)
    return ctx.words


def _spokes_body(ctx: _Ctx, phrase_start: int, phrase: str) -> Person | None:
    """The organisation a spokesperson speaks for: "a Cosla spokesman", "a Labour spokesperson"."""
    words = phrase.split()
    caps = [w for w in words if w[:1].isupper() and w.lower() not in ("a", "an", "the", "our")]
    if caps:
        name = " ".join(caps)
        lex = lexicon()
        name = lex.bodies.get(name, name)
        for p in ctx.people:
            if p.name == name or name in p.aliases:
                return p
        return Person(name=name, kind="organisation")
    return None


def _subject_phrase(
    ctx: _Ctx, s: int, e: int, verb_at: int
) -> tuple[Person | None, QuoteCue, str | None]:
    """Resolve the subject phrase ``body[s:e]`` (just before/after a speech verb)."""
    body = ctx.body
    s, e = _trim(body, s, e)
    phrase = body[s:e].strip(" ,")
    if not phrase:
        return None, "other", None
    if ", " in phrase and not phrase.lower().startswith(("the ", "a ", "an ", "our ")):
        # "Tevfik Aksoy, chief Turkish economist for Deutsche Bank": the name, not the apposition
        cut = body.find(", ", s, e)
        if cut > s:
            e = cut
            phrase = body[s:e].strip(" ,")
    if (
        phrase.endswith(")")
        and (cut := body.rfind(" (", s, e)) > s
        and PARTY_TAG_RE.fullmatch(phrase, cut - s + 2, len(phrase) - 1)
    ):
        # "Sen. Chuck Schumer (D-N.Y.)": the name before the party-state tag
        e = cut
        phrase = body[s:e]
    low = phrase.lower()
    if low in PRONOUN_GENDER:
        return _resolve_pronoun(ctx, PRONOUN_GENDER[low], s), "pronoun", None
    # a mention ending the phrase ("Mr Blair", "Russian President Vladimir Putin")
    p = _mention_ending_at(ctx, e)
    if p is not None and not (p.kind == "organisation" and p.name in OUTLETS):
        return p, _mention_cue(ctx, e), None
    m = POSSESSIVE_SPOKES_RE.search(phrase)
    if m:
        # "Mr Blair's spokesman": the spokesperson of a person is not that person
        p = _mention_ending_at(ctx, s + m.start(1) + len(m.group(1)))
        if p is not None and p.kind == "person":
            p = _office_body(ctx, p)
        if p is not None and m.group(2).startswith("spokes"):
            return p, "explicit", m.group(2)
        return None, "other", None
    m = ROLE_SUBJ_RE.search(" " + phrase)
    if m:
        mod = m.group(1).strip()
        role = m.group(2)
        if role in (
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "source",
            "official",
            "aide",
            "insider",
        ):
            org = _spokes_modifier(ctx, mod) if mod else None
            if org is None and not mod:
                org = _recent_org(ctx, s)
            if org is not None:
                return org, "explicit", role
            return None, "other", None
        lex = lexicon()
        caps = " ".join(w for w in mod.split() if w[:1].isupper()) or None
        holder = _role_person(ctx, role, caps, lex)
        if holder is not None:
            return holder, "role", None
        return None, "role", None
    # a mention inside the phrase ("Mr Mates, who is ..., told the BBC")
    cov = _mention_covering(ctx, s)
    if cov is not None and cov[2].kind == "person":
        return cov[2], "explicit", None
    return None, "other", None


def _role_person(ctx: _Ctx, role: str, modifier: str | None, lex: Any) -> Person | None:
    from briefgen.analysis.people import _gazetteer, _story_date

    holder = role_holder(
        role, modifier, ctx.persons, lex, _gazetteer(), _story_date(ctx.story), ctx.body
    )
    if holder is None and role == "correspondent":
        cands = [p for p in ctx.persons if (p.title or "").lower() == "correspondent"]
        if len(cands) == 1:
            return cands[0]
    return holder


def _recent_org(ctx: _Ctx, before: int) -> Person | None:
    """A bare "a spokesman": the organisation that is the subject of the previous sentence."""
    sent = _sentence_of(ctx, before)
    prev = _sentence_of(ctx, sent[0] - 1) if sent[0] > 0 else None
    for span in (sent, prev):
        if span is None:
            continue
        i = bisect.bisect_left(ctx.ment_starts, span[0])
        if i < len(ctx.ments):
            s, _e, p = ctx.ments[i]
            lead = ctx.body[span[0] : s].strip().lower()
            if (
                s < span[1]
                and p.kind == "organisation"
                and lead in ("", "the")
                and (p.name not in OUTLETS)
            ):
                return p
    return None


def _verb_subject(ctx: _Ctx, vi: int, floor: int) -> tuple[Person | None, QuoteCue]:
    """The subject of the speech verb at token index ``vi`` (searching back to ``floor``),
    memoised per story."""
    floor = max(floor, ctx.toks[vi][0] - WINDOW)
    key = (vi, floor)
    found = ctx.verb_subjects.get(key)
    if found is None:
        found = ctx.verb_subjects[key] = _find_verb_subject(ctx, vi, floor)
    return found


def _find_verb_subject(ctx: _Ctx, vi: int, floor: int) -> tuple[Person | None, QuoteCue]:
    """``_verb_subject`` without the memo (``floor`` already clipped to the window)."""
    body = ctx.body
    lex = ctx.lex
    vs, _ve, vword, _p, _c = ctx.toks[vi]
    if vword in lex.participles:
        return _sentence_subject(ctx, floor, vs)
    if vi + 1 < len(ctx.toks):
        before = body[max(floor, vs - 3) : vs]
        if before.rstrip().endswith((",", "”", '"')):
            # ", said Mr Blair" / "," says the prime minister"
            ne = _phrase_end(body, _ve, min(len(body), _ve + 80))
            p, cue, _t = _subject_phrase(ctx, _ve, ne, vs)
            if p is not None and not _clause_subject_after(ctx, _ve):
                return p, cue
    j = vi - 1
    while j >= 0 and ctx.toks[j][0] >= floor and ctx.toks[j][2].lower() in SKIP_BACK:
        j -= 1
    if j < 0 or ctx.toks[j][0] < floor:
        return None, "other"
    ts, te, tw, _p, _c = ctx.toks[j]
    gap = body[te : ctx.toks[j + 1][0]] if j + 1 < len(ctx.toks) else ""
    if gap.startswith((".)", ")")) and (tag := _party_tag_before(ctx, j, floor)) >= 0:
        # "Rep. Paul Ryan (R-WI) said": the name before the party-state tag
        j = tag
        ts, te, tw, _p, _c = ctx.toks[j]
        gap = " "
    if "," in gap and (ap := _role_appositive(ctx, j)) is not None:
        # "Radio 1's controller, Andy Parfitt, said": the named appositive, not the body
        return ap, "explicit"
    if tw in ("and", "but") or "," in gap or ")" in gap:
        # a coordinated verb ("Kim praised Putin, touted ...") or one after an appositive
        # ("Mr Mates, who is a member of ..., told the BBC"): the subject of the clause
        return _sentence_subject(ctx, floor, vs)
    if tw.lower() in PRONOUN_GENDER:
        return _resolve_pronoun(ctx, PRONOUN_GENDER[tw.lower()], ts), "pronoun"
    if tw.lower() == "who":
        return _appositive_subject(ctx, floor, vs)
    p = _mention_ending_at(ctx, te)
    if p is not None:
        if p.kind == "organisation" and p.name in OUTLETS:
            return None, "other"
        cov = _mention_covering(ctx, te - 1)
        prep = _preposition_before(ctx, cov[0], floor) if cov is not None else -1
        if prep >= 0:
            # "a spokesman for Michael Howard said": the body; "detainee 'A' in Woodhill
            # Prison said": the place is not the speaker (an honest null)
            if ctx.toks[prep][2] == "for" and prep > 0 and ctx.toks[prep - 1][2] in SPOKES_GENDER:
                org = _spokes_for(ctx, prep)
                return (org, "explicit") if org is not None else (None, "other")
            return None, "other"
        return p, _mention_cue(ctx, te)
    # role nouns and spokespeople: resolve the noun phrase ending at te
    sent_start = max(floor, _sentence_of(ctx, ts)[0])
    person, cue, _title = _subject_phrase(ctx, max(sent_start, te - 80), te, vs)
    if person is not None:
        return person, cue
    return None, "other"


_CLAUSE_GOES_ON_RE = re.compile(
    r"\s*(?:[\"“‘]|(?:was|is|were|are|had|has|have|would|will|could|should|did|does|"
    r"needs|wants|happens)\b)"
)


def _clause_subject_after(ctx: _Ctx, ve: int) -> bool:
    """'…, said Fiorina "was personally involved"', '…, said Nunberg was …': the name after
    the verb opens the reported clause (a quote or a verb follows it); it is not an inverted
    speaker (', said Mr Blair.')."""
    found = _mention_covering(ctx, ve + 1)
    if found is None or found[0] > ve + 2:
        return False
    return _CLAUSE_GOES_ON_RE.match(ctx.body, found[1]) is not None


def _party_tag_before(ctx: _Ctx, j: int, floor: int) -> int:
    """The token before "(R-WI)" when token ``j`` ends such a parenthesised tag, else -1."""
    at = ctx.body.rfind(" (", max(floor, ctx.toks[j][0] - 12), ctx.toks[j][0])
    if at < 0 or not PARTY_TAG_RE.match(ctx.body, at + 2):
        return -1
    k = _tok_index(ctx, at) - 1
    return k if k >= 0 and ctx.toks[k][0] >= floor else -1


def _appositive_subject(ctx: _Ctx, floor: int, before: int) -> tuple[Person | None, QuoteCue]:
    floor = max(floor, before - WINDOW)
    i = bisect.bisect_left(ctx.ment_starts, before) - 1
    while i >= 0:
        s, e, p = ctx.ments[i]
        if s < floor:
            break
        if (
            e <= before
            and ctx.body[e : e + 1] == ","
            and not _in_quote(ctx, s)
            and (p.kind == "person" or p.name not in OUTLETS)
        ):
            return p, "explicit"
        i -= 1
    return None, "other"


def _sentence_subject(ctx: _Ctx, floor: int, before: int) -> tuple[Person | None, QuoteCue]:
    """First person (or organisation) mention of the clause that is not inside a subordinate
    phrase or possessive, before ``before``."""
    floor = max(floor, before - WINDOW)
    i = bisect.bisect_left(ctx.ment_starts, floor)
    while i < len(ctx.ments):
        s, e, p = ctx.ments[i]
        if s >= before:
            break
        i += 1
        if _in_quote(ctx, s) or ctx.body[e : e + 2] in ("'s", "’s"):
            continue
        if p.kind == "organisation" and p.name in OUTLETS:
            continue
        if p.kind == "organisation" and i < len(ctx.ments):
            # "PCSU deputy general secretary Hugh Lanning": the person the body qualifies
            s2, _e2, p2 = ctx.ments[i]
            if p2.kind == "person" and s2 < before and s2 - e < 60 and "," not in ctx.body[e:s2]:
                return p2, "explicit"
        ti = _tok_index(ctx, s) - 1
        prev = ctx.toks[ti][2].lower() if ti >= 0 and ctx.toks[ti][0] >= floor else ""
        if prev in PREP_BEFORE_SUBJ:
            continue
        return p, "explicit"
    # pronoun subject at the clause start
    ti = _tok_index(ctx, floor)
    while ti < len(ctx.toks) and ctx.toks[ti][0] < before:
        w = ctx.toks[ti][2].lower()
        if w in PRONOUN_GENDER:
            return _resolve_pronoun(ctx, PRONOUN_GENDER[w], ctx.toks[ti][0]), "pronoun"
        if w not in ("and", "but", "so", "then", "also", "meanwhile", "however"):
            break
        ti += 1
    return None, "other"


def _is_speech(ctx: _Ctx, ti: int) -> bool:
    w = ctx.toks[ti][2]
    return w in ctx.lex.verbs and w not in ctx.lex.relay


def _after_cue(
    ctx: _Ctx, piece: _Piece, limit: int
) -> tuple[Person | None, QuoteCue, str | None, bool]:
    """Attribution right after the closing mark: ``," X said`` / ``," said X``."""
    body = ctx.body
    if piece.close_at is None:
        return None, "other", None, False
    a = piece.close_at + 1
    b = _cue_end(body, a, limit)
    seg = body[a:b]
    # the quote's own last mark, inside a nested closing quote ('… do you need?’” Weaver said')
    e = piece.end
    while e > piece.start + 1 and body[e - 1] in "’'”\"":
        e -= 1
    last = body[e - 1]
    if not seg.strip() or (
        seg.lstrip()[:1] not in (",", "")
        and not (last in "?!.,—–-" or body[a : a + 1] in ",." or _verb_first(ctx, a, b))
    ):
        return None, "other", None, False
    glued = body[a - 1 : a] in (CLOSE_DQ, '"') and last in ",?!" and body[a : a + 1].isupper()
    if body[a : a + 1] not in (",", " ") and body[a : a + 1] != "" and not glued:
        # '…,”Clinton said': a missing space after a curly closing mark is still a cue
        return None, "other", None, False
    if (last == "." and not _bare_cue_sentence(ctx, a, b)) or (
        last in "?!" and not _name_then_verb(ctx, a, b)
    ):
        return None, "other", None, False
    apposed = _apposed_speaker(ctx, a, b)
    if apposed is not None:
        return apposed, "explicit", None, True
    bare = _bare_surname(ctx, a, b)
    if bare is not None:
        return bare, "explicit", None, True
    outlet = _outlet_reporting(ctx, a, b)
    if outlet is not None:
        return outlet, "explicit", None, True
    ti = _tok_index(ctx, a)
    words = []
    while ti < len(ctx.toks) and ctx.toks[ti][0] < b and len(words) < 9:
        words.append(ti)
        ti += 1
    if (
        words
        and ctx.toks[words[0]][2].lower() in INDEFINITE_SUBJ
        and any(_is_speech(ctx, wi) for wi in words[1:])
        and not any(ctx.toks[wi][2] in SPOKES_GENDER for wi in words)
    ):
        # '," a trader at a European bank said': an explicit cue with an unnamed speaker
        # ("a Foreign Office spokesman" speaks for the body: resolved below)
        return None, "other", None, True
    for n, wi in enumerate(words):
        w = ctx.toks[wi][2]
        if w in ("according", "per") and n <= 1:
            # ", according to X"
            rest_s = (
                ctx.toks[words[n + 1]][1]
                if w == "according" and n + 1 < len(words)
                else (ctx.toks[wi][1])
            )
            p, cue, title = _subject_phrase(ctx, rest_s, _phrase_end(body, rest_s, b), a)
            if p is not None and not (p.kind == "organisation" and p.name in OUTLETS):
                return p, "according-to", title, True
            return None, "other", None, False
        if _is_speech(ctx, wi):
            vs, ve, _w, _p, _c = ctx.toks[wi]
            if n == 0:
                # ", said Mr Blair" / ", says the prime minister"
                pe = _phrase_end(body, ve, b)
                p, cue, title = _subject_phrase(ctx, ve, pe, vs)
                if p is None and cue == "other":
                    # ", said ACLU executive Director Anthony Romero in a statement"
                    p = _named_after_verb(ctx, ve, pe)
                    cue = "explicit" if p is not None else cue
                return p, cue, title, True
            p, cue, title = _subject_phrase(ctx, a, vs, vs)
            if p is None and cue == "other":
                # "," Mr Blair told his monthly news conference" with a mention before
                p2, cue2 = _verb_subject(ctx, wi, a)
                return p2, cue2, None, True
            return p, cue, title, True
        if (
            w[:1].islower()
            and w.lower()
            not in (
                "he",
                "she",
                "the",
                "a",
                "an",
                "our",
                "his",
                "her",
                "its",
                "their",
                "who",
                "also",
                "of",
                "for",
                "and",
                "later",
                "then",
                "has",
                "had",
                "was",
                "once",
                "again",
            )
            and w not in ("spokesman", "spokeswoman", "spokesperson")
            and w.lower() not in (lexicon().role_words)
            and not ARTICLE_PARTICLE_RE.match(w)  # "Ahmed al-Mansouri told"
        ):
            # '," shop owner Hayriye Evren, told AP', '," former George W. Bush speechwriter
            # Noam Neusner wrote': a descriptor, a named person right before the speech verb
            p = _named_before_verb(ctx, words[n:]) if n <= 2 else None
            if p is None and n > 0:
                p = _named_before_verb(ctx, words)
            if p is not None:
                return p, "explicit", None, True
            if last in ",?!" and n >= 1:
                p = _name_then_any_verb(ctx, a, words[n - 1], wi)
                if p is not None:
                    return p, "explicit", None, True
            if last in ",?!" and n == 0:
                p = _any_verb_then_name(ctx, wi, b)
                if p is not None:
                    return p, "explicit", None, True
            return None, "other", None, False
    return None, "other", None, False


# ---- descriptive subjects after a quote: '," the company said', '," the youngster said' ----

DescrKind = str  # "person", "organisation", "spokes", "plural", "named", "surname", "unknown"


@dataclass(frozen=True)
class _Descr:
    """The subject of a speech cue after a closing mark that names no one we resolved."""

    kind: DescrKind
    gender: str = ""  # "m"/"f" for he/she
    named: Person | None = None  # kind "named": the person or body the subject's mention is
    surname: str | None = None  # kind "surname": a capitalised name that is no mention
    head: str = ""  # kind "organisation": the head noun ("company", "ministry")


FUNCTION_CAPS = frozenset(["If", "When", "But", "And", "As", "So", "Yet", "Or", "While", "Then"])
_CUE_WORD_RE = re.compile(r"[\w'’-]+")  # one character class: linear
DESCR_LEAD = frozenset(["the", "its", "his", "her", "their", "our"])
DESCR_PRONOUNS = {"it": "", "they": "", "he": "m", "she": "f"}
# words between a descriptive subject and its speech verb ("Mr Kapor is reported as saying")
CUE_AUX = frozenset(
    [
        "is",
        "was",
        "has",
        "had",
        "have",
        "been",
        "also",
        "later",
        "then",
        "once",
        "again",
        "further",
        "earlier",
        "today",
        "yesterday",
        "reported",
        "quoted",
        "as",
        "will",
        "would",
        "could",
        "can",
        "should",
        "may",
        "might",
        "must",
        "did",
        "does",
        "due",
        "expected",
        "set",
        "going",
        "to",
    ]
)
DESCR_MAX_WORDS = 5  # a longer run before the verb is a clause, not a subject
CUE_MAX_WORDS = 10
MENTION_SCAN_MAX = 64  # mentions looked at between two quotes; more means "others are there"


def _cue_words(body: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """The first words of ``body[a:b]`` as (start, end, text)."""
    out = []
    for m in _CUE_WORD_RE.finditer(body, a, b):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= CUE_MAX_WORDS:
            break
    return out


def _adverb(word: str) -> bool:
    """A lower-case "-ly" word ("recently", "reportedly")."""
    return word.endswith("ly") and word.islower()


def _subject_end(lex: Lex, words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """(subject length, index of the speech verb) of ``SUBJECT [aux] VERB``; None when the
    words are not that (no verb, a relaying verb, punctuation inside the subject)."""
    vi = next((k for k, w in enumerate(words) if w[2] in lex.verbs and w[2] not in lex.relay), None)
    if vi is None or vi == 0:
        return None
    si = vi
    while si > 0 and (words[si - 1][2] in CUE_AUX or _adverb(words[si - 1][2])):
        si -= 1
    if si == 0 or si > DESCR_MAX_WORDS:
        return None
    if any(w[2] in lex.relayed_by for w in words[:si]):
        return None
    return si, vi


def _spaced(body: str, words: list[tuple[int, int, str]]) -> bool:
    """Are the words separated by single spaces ("36-year-old" keeps its digits)?"""
    for (_s, e, _w), (s2, _e2, _w2) in pairwise(words):
        gap = body[e:s2]
        if gap != " " and not (gap[:1] == " " and gap[1:-1].isdigit() and gap[-1:] == "-"):
            return False
    return True


def _descriptive_cue(ctx: _Ctx, piece: _Piece, limit: int) -> _Descr | None:
    """The subject of '," SUBJECT [aux] VERB' after the closing mark when ``_after_cue`` did
    not resolve it: "it said", "the economy minister said", "Mr Kapor is reported as saying"."""
    body = ctx.body
    if piece.close_at is None:
        return None
    a = piece.close_at + 1
    words = _cue_words(body, a, _cue_end(body, a, limit))
    if not words or body[a : words[0][0]] not in (" ", ", ", ","):
        return None
    ends = body[max(piece.start, piece.end - 3) : piece.end].rstrip("'’\"”")[-1:]
    if ends in SENT_END and not words[0][2][:1].islower():
        return None  # a new sentence after the quote, not its attribution
    if ends not in ",?!.…—–-" and body[a : a + 1] != ",":
        return None  # '"military might alone" he added': a fragment run into the sentence
    lex = ctx.lex
    if words[0][2] in lex.verbs and words[0][2] not in lex.relay and len(words) > 1:
        # '?" said the 74-year-old': the subject after the verb, up to punctuation
        n = 1
        while n < len(words) and n <= DESCR_MAX_WORDS and _spaced(body, words[n - 1 : n + 1]):
            n += 1
        return _classify_subject(ctx, words[1:n], piece.open_at) if n > 1 else None
    found = _subject_end(lex, words)
    if found is None or not _spaced(body, words[: found[1] + 1]):
        return None
    return _classify_subject(ctx, words[: found[0]], piece.open_at)


def _previous_sentence(ctx: _Ctx, at: int) -> int:
    """Start of the sentence before the one holding ``at``."""
    start = _sentence_of(ctx, at)[0]
    return _sentence_of(ctx, start - 1)[0] if start > 0 else start


def _classify_subject(ctx: _Ctx, subj: list[tuple[int, int, str]], at: int) -> _Descr | None:
    """What kind of speaker the subject words describe (the quote opens at ``at``); None when
    they are no noun phrase we know the shape of (a pronoun, a definite description, a name).
    "he"/"she" is the person the pronoun resolves to unless someone else spoke in the
    sentence before ("Shearer said he was unsure" with Shearer unknown)."""
    lex = ctx.lex
    first, head = subj[0][2], subj[-1][2]
    low = head.lower()
    if len(subj) == 1 and first in DESCR_PRONOUNS:
        gender = DESCR_PRONOUNS[first]
        if gender:
            p = _resolve_pronoun(ctx, gender, subj[0][0])
            if p is not None and not _speech_by_other(ctx, p, _previous_sentence(ctx, at), at):
                return _Descr("named", named=p)
            return _Descr("person", gender=gender)
        return _Descr("organisation" if first == "it" else "plural")
    if first in ("a", "an"):
        # "a commission spokeswoman said": the body speaking (other indefinites are unnamed)
        return _Descr("spokes") if low in SPOKES_GENDER else None
    if first.lower() in DESCR_LEAD and len(subj) > 1:
        if low in lex.plural_heads:
            return _Descr("plural")
        if low in SPOKES_GENDER:
            return _Descr("spokes")  # "the council's spokesperson": the body speaking
        if first.lower() != "the" or any(w[2].endswith(("'s", "’s")) for w in subj):
            return _Descr("unknown")  # "his agent", "the singer's wife": someone else
        if low in lex.org_heads:
            return _Descr("organisation", head=low)
        if low in lex.person_heads or low.endswith("year-old") or head in lexicon().demonyms:
            return _Descr("person")
        return _Descr("unknown")
    if len(subj) == 2 and low == "office" and first.endswith(("'s", "’s")):
        # '," Ryan's office said': a person's office speaks for them
        p = _mention_ending_at(ctx, subj[0][1] - 2)
        if p is not None and p.kind == "person":
            return _Descr("named", named=p)
    if not all(w[2][:1].isupper() for w in subj) or first in FUNCTION_CAPS:
        return None
    p = _mention_ending_at(ctx, subj[-1][1])
    if p is not None:
        return _Descr("named", named=p)
    if len(subj) <= 2 and (len(subj) == 1 or first in lexicon().honorifics):
        return _Descr("surname", surname=head)
    return _Descr("unknown")


def _same(p: Person, q: Person) -> bool:
    return p is q or (p.kind == q.kind and p.name == q.name)


def _last_mentioned(ctx: _Ctx, kind: str, a: int, b: int) -> tuple[bool, Person | None]:
    """The last ``kind`` mentioned outside quotes in ``[a, b)``: (False, None) when there is
    none, (True, None) when too many mentions stand in the way to tell."""
    i = bisect.bisect_left(ctx.ment_starts, b) - 1
    for _ in range(MENTION_SCAN_MAX):
        if i < 0 or ctx.ments[i][0] < a:
            return False, None
        s, _e, p = ctx.ments[i]
        i -= 1
        if p.kind == kind and not _in_quote(ctx, s):
            return True, p
    return True, None


def _others_between(ctx: _Ctx, prev: Person, kind: str, lo: int, hi: int) -> bool:
    """Is the last ``kind`` mentioned before this quote (opening at ``hi``) someone other than
    ``prev``, who spoke at ``lo``? Looked at: the sentences after the one holding ``lo``, then
    that sentence up to ``lo`` (its subject), not the rest of the previous speaker's own
    sentence ("Deutsche Boerse said TCI's opposition would not change its bid"). A later
    mention of ``prev`` ("But Alli insists ...") makes it the referent again."""
    if _subject_of_sentence_before(ctx, prev, hi):
        # "Corbett, soon to reunite with Ronnie Barker, also criticised quiz shows. "It's ...'":
        # the sentence just before the quote is about the previous speaker
        return False
    sent = _sentence_of(ctx, lo)
    subj_end = min(lo, hi)
    if ctx.body[max(sent[0], subj_end - 3) : subj_end].rstrip().endswith(","):
        # "Irons, whose film Being Julia is in competition, said": the subject before the
        # parenthesis, not the names inside it (bounded: a run-on "sentence" stays linear)
        subj_end = ctx.body.find(",", max(sent[0], subj_end - WINDOW), subj_end)
    for a, b in ((max(lo, sent[1]), hi), (sent[0], subj_end)):
        found, p = _last_mentioned(ctx, kind, a, b)
        if found:
            return p is None or not _same(p, prev)
    return False


def _subject_of_sentence_before(ctx: _Ctx, prev: Person, hi: int) -> bool:
    """Is ``prev`` the first person named (outside quotes) in the sentence that ends just
    before the quote opening at ``hi``, in the same paragraph?"""
    sent = _sentence_of(ctx, hi)
    if sent[0] < hi - 1 or sent[0] == 0 or ctx.body[sent[0] - 1] == "\n":
        return False  # the quote does not open a sentence, or opens the paragraph
    before = _sentence_of(ctx, sent[0] - 1)
    i = bisect.bisect_left(ctx.ment_starts, before[0])
    while i < len(ctx.ments) and ctx.ments[i][0] < before[1]:
        s, _e, p = ctx.ments[i]
        i += 1
        if p.kind == "person" and not _in_quote(ctx, s):
            return _same(p, prev) and not _after_preposition(ctx, s, before[0])
    return False


def _other_speech_between(ctx: _Ctx, prev: Person, lo: int, hi: int) -> bool:
    """Does a speech verb outside quotes in ``[lo, hi)``, after the sentence holding ``lo``,
    have a subject other than ``prev`` ("the EU said that ...", even when unresolved)?"""
    return _speech_by_other(ctx, prev, max(lo, _sentence_of(ctx, lo)[1]), hi)


def _speech_by_other(ctx: _Ctx, prev: Person, lo: int, hi: int) -> bool:
    """Does a speech verb outside quotes in ``[lo, hi)`` have a subject other than ``prev``?"""
    vts = _verb_toks(ctx)
    k = bisect.bisect_left(vts, _tok_index(ctx, lo))
    for _ in range(MENTION_SCAN_MAX):
        if k >= len(vts) or ctx.toks[vts[k]][0] >= hi:
            return False
        ti = vts[k]
        k += 1
        if not _is_speech(ctx, ti) or ctx.tok_inq[ti]:
            continue
        p, _cue = _verb_subject(ctx, ti, _sentence_of(ctx, ctx.toks[ti][0])[0])
        if p is None or not _same(p, prev):
            return True
    return True


def _compatible(ctx: _Ctx, descr: _Descr, prev: Person, lo: int, hi: int) -> bool:
    """May a quote whose cue has the subject ``descr`` keep the previous speaker ``prev``, whose
    speech ends at ``lo`` (this quote opens at ``hi``)? Kinds must agree, a plural never
    continues one speaker, and no other person or body of that kind may come in between."""
    if descr.kind == "named":
        return descr.named is not None and _same(descr.named, prev)
    if descr.kind == "surname":
        last = prev.name.split()[-1] if prev.name else ""
        return prev.kind == "person" and (descr.surname or "").lower() == last.lower()
    if descr.kind == "spokes":
        ok = prev.kind == "organisation" or "spokes" in (prev.title or "").lower()
    elif descr.kind in ("person", "organisation"):
        ok = prev.kind == descr.kind and (not descr.gender or prev.gender in (None, descr.gender))
    else:
        return False
    if not ok or _others_between(ctx, prev, prev.kind, lo, hi):
        return False
    # "it said": a body that spoke in between without being resolved ("the EU said") is as
    # likely the referent
    return descr.kind == "person" or not _other_speech_between(ctx, prev, lo, hi)


_OPEN_MARK_RE = re.compile('["“‘]')
_CUE_STOP_RE = re.compile('["“‘.?!…]')  # an opening quote mark or a sentence end (SENT_END)


def _cue_end(body: str, a: int, limit: int) -> int:
    """Where the text after a closing mark (at ``a - 1``) stops: the next opening quote mark,
    or a sentence end after its first two characters; at most 160 characters, ``limit``."""
    end = max(a, min(limit, a + 160))
    m = _OPEN_MARK_RE.search(body, a, min(end, a + 2))
    if m:
        return m.start()
    pos = a + 2
    while (m := _CUE_STOP_RE.search(body, pos, end)) is not None:
        if body[m.start()] != "." or not _abbreviation_point(body, m.start(), a):
            return m.start()
        pos = m.start() + 1
    return end


def _abbreviation_point(body: str, i: int, floor: int) -> bool:
    """Is the point at ``i`` an abbreviation's ("Sen. Lindsey Graham", "R-S.C., said",
    "(D-Va.)"), not a sentence end?"""
    nxt = body[i + 1 : i + 3]
    if nxt[:1] in (",", ")") or nxt[:1].isalpha():  # "R-S.C., said", "(D-N.Y.) said"
        return True
    if nxt[:1] != " " or not nxt[1:2].isupper():
        return False
    j = i
    while j > floor and body[j - 1].isalpha():
        j -= 1
    return body[j:i] in dotted_titles() or (i - j == 1 and body[j].isupper())


INDEFINITE_SUBJ = frozenset(
    ["a", "an", "one", "another", "some", "several", "many", "two", "three", "other", "others"]
)


# ", a deputy press secretary at the Cabinet Office, ", ", who chairs the panel, ": an apposition
# or relative clause after a name, up to the speech verb (its closing comma is sometimes left
# out: ", an analyst at Nomura told")
# a possessive's apostrophe ("Florida’s Hillsborough County GOP") is no quote mark
_APPOS_CHAR = r"(?:[^,;:!?\"“”‘’\n]|(?<=[^\W\d_])’(?=[\w\s]))"
_APPOSITION = re.compile(
    r",\s+(?:an?|the|his|her|its|their|who)\s" + _APPOS_CHAR + r"{1,120}?,?\s+"
)
APPOSITION_WORDS = 24  # tokens read for the speech verb after an apposition


_BARE_APPOSITION_STOP = re.compile(r'[;:!?"“”‘\n]|(?<![^\W\d_])’|’(?![\w\s])| and [A-Z]')
# a possessive opening an apposition: ", Sanders' campaign manager, said"
_POSSESSIVE_HEAD = re.compile(r", [A-Z][\w.-]*+(?:'s|’s|'|’) [a-z]")


def _bare_apposition(body: str, s: int, e: int) -> bool:
    """An apposition with no determiner between a name and its verb: ", deputy homeland
    security advisor, said", ", 30, of Raleigh, N.C., who was polled, said", ", R-Ky., said".
    It opens in lower case, a digit or a party tag, and holds no second name ("and Jones")."""
    text = body[s:e]
    if len(text) > 160 or not text.startswith(", ") or not text.rstrip().endswith(","):
        return False
    head = text[2:4]
    if not (
        head[:1].islower()
        or head[:1].isdigit()
        or head[:1] == "("
        or head[1:2] == "-"
        or _POSSESSIVE_HEAD.match(text)
    ):
        return False
    return _BARE_APPOSITION_STOP.search(text) is None


def _bare_surname(ctx: _Ctx, a: int, b: int) -> Person | None:
    """'," Black said' when the people finder took "Black" for a word: a capitalised word no
    mention covers, then a speech verb, after the closing mark, is the surname of the one
    person of the story named in full with it ("Charlie Black")."""
    ti = _tok_index(ctx, a)
    if ti + 1 >= len(ctx.toks) or ctx.toks[ti][0] >= b or ctx.body[a : ctx.toks[ti][0]] != " ":
        return None
    s, e, w, _p, cap = ctx.toks[ti]
    if not cap or not _is_speech(ctx, ti + 1) or ctx.body[e : ctx.toks[ti + 1][0]] != " ":
        return None
    if _mention_covering(ctx, s) is not None:
        return None
    found = [
        p
        for p in ctx.people
        if p.kind == "person" and " " in p.name and p.name.rsplit(" ", 1)[1] == w and p.mentions
    ]
    return found[0] if len(found) == 1 and min(found[0].mentions)[0] < a else None


def _outlet_reporting(ctx: _Ctx, a: int, b: int) -> Person | None:
    """'," Fox News reported.', '," the Post reported Monday, quoting an official': an outlet
    that reports a quote and names no one else as its speaker is its source (an outlet only
    relays when someone is named as speaking: "Putin told the BBC", "Putin said, per CNN")."""
    body = ctx.body
    i = bisect.bisect_left(ctx.ment_starts, a)
    if i >= len(ctx.ments) or ctx.ments[i][0] >= b:
        return None
    s, e, p = ctx.ments[i]
    lead = body[a:s].strip(" ,")
    if lead not in ("", "the", "The") or p.kind != "organisation" or p.name not in OUTLETS:
        return None
    m = _WORD_AFTER_RE.match(body, e)
    if m is None or not (m.group(1) in ctx.lex.relay or m.group(1) in ("said", "says")):
        return None  # '," Fox News reported.', '," Fox News said in a statement.'
    ti = _tok_index(ctx, m.end())
    while ti < len(ctx.toks) and ctx.toks[ti][0] < b:
        if _is_speech(ctx, ti) and ctx.toks[ti][2] not in ctx.lex.participles:
            return None  # '," the Post reported Smith said'
        ti += 1
    return p


def _apposed_speaker(ctx: _Ctx, a: int, b: int) -> Person | None:
    """'," Takumi Arai, a deputy press secretary at the Cabinet Office, told reporters': the
    person named first after the closing mark, then an apposition, then a speech verb."""
    ti = _tok_index(ctx, a)
    if ti >= len(ctx.toks) or ctx.toks[ti][0] >= b or ctx.body[a : ctx.toks[ti][0]].strip(" ,"):
        return None
    found = _mention_covering(ctx, ctx.toks[ti][0])
    if found is None or found[2].kind != "person" or ctx.body[found[1] : found[1] + 1] != ",":
        return None
    first = _tok_index(ctx, found[1])
    for vi in range(first, min(first + APPOSITION_WORDS, len(ctx.toks))):
        if ctx.toks[vi][0] >= b:
            return None
        if not _is_speech(ctx, vi):
            continue
        verb_at = ctx.toks[vi][0]
        before = ctx.toks[vi - 1][2]
        if before in ("also", "later", "then") or _adverb(before):
            verb_at = ctx.toks[vi - 1][0]  # "..., later told reporters"
        if _APPOSITION.fullmatch(ctx.body, found[1], verb_at) or _bare_apposition(
            ctx.body, found[1], verb_at
        ):
            return found[2]
        return None
    return None


_AFTER_NAME = frozenset(["in", "on", "at", "during", "after", "before", "from", "to", "of"])


def _named_after_verb(ctx: _Ctx, ve: int, pe: int) -> Person | None:
    """The person named first after a verb-first cue when the phrase goes on past the name
    ('said ACLU executive Director Anthony Romero in a statement'): before the name only
    words (no punctuation), after it the phrase end or a preposition."""
    i = bisect.bisect_left(ctx.ment_starts, ve)
    while i < len(ctx.ments) and ctx.ments[i][0] < pe and ctx.ments[i][2].kind != "person":
        i += 1  # "ACLU executive Director ...": the body the person speaks for
    if i >= len(ctx.ments) or ctx.ments[i][0] >= pe:
        return None
    s, e, p = ctx.ments[i]
    if e > pe or len(ctx.body[ve:s].split()) > 6:
        return None
    if any(ch in ctx.body[ve:s] for ch in ",;:()"):
        return None
    nxt = ctx.body[e:pe].split(maxsplit=1)
    return p if not nxt or nxt[0] in _AFTER_NAME else None


IRREGULAR_PAST = frozenset(["shot", "spoke", "began", "went", "cut", "chimed", "wrote", "put"])


def _name_then_any_verb(ctx: _Ctx, a: int, ni: int, vi: int) -> Person | None:
    """'," Kelly charged', '," Trump boomed': a quote closed with a comma (or ``?``, ``!``)
    wants a cue, and a person's name followed by a verb in the past tense right after it is
    one, whatever the verb. The name (token ``ni``, its mention's end) must open the cue: only
    spaces and capitalised title words between the closing mark and the mention."""
    w = ctx.toks[vi][2]
    if not ((len(w) > 4 and w.endswith("ed")) or w in IRREGULAR_PAST):
        return None
    ne = ctx.toks[ni][1]
    if ctx.body[ne : ctx.toks[vi][0]] != " ":
        return None
    p = _mention_ending_at(ctx, ne)
    cov = _mention_covering(ctx, ne - 1)
    if p is None or p.kind != "person" or cov is None:
        return None
    lead = ctx.body[a : cov[0]]
    if lead.strip(" ,") and not all(t[:1].isupper() for t in lead.strip(" ,").split()):
        return None
    return p


def _any_verb_then_name(ctx: _Ctx, vi: int, b: int) -> Person | None:
    """'," remembered Roy Verley, HP's former spokesman': right after a comma-closed quote, a
    verb in the past tense and then a person's name, which ends the cue or a comma follows."""
    w = ctx.toks[vi][2]
    if not ((len(w) > 4 and w.endswith("ed")) or w in IRREGULAR_PAST):
        return None
    ve = ctx.toks[vi][1]
    found = _mention_covering(ctx, ve + 1)
    if found is None or found[0] != ve + 1 or ctx.body[ve] != " " or found[2].kind != "person":
        return None
    after = ctx.body[found[1] : found[1] + 1]
    return found[2] if after in (",", ".", "") or found[1] >= b else None


DESCRIPTOR_STOP = frozenset(
    ["who", "which", "that", "and", "or", "the", "a", "an", "his", "her", "its", "their", "is",
     "was", "has", "had", "will", "would", "also", "not"]
)  # fmt: skip


def _descriptor_noun(ctx: _Ctx, wi: int) -> bool:
    """A lower-case word that may stand in a descriptor before a name ("former George W. Bush
    speechwriter Noam Neusner"): no preposition, function word, adverb or speech verb."""
    w = ctx.toks[wi][2]
    return (
        w.isalpha()
        and w not in PREPOSITIONS
        and w not in DESCRIPTOR_STOP
        and not w.endswith("ly")
        and not _is_speech(ctx, wi)
    )


def _named_before_verb(ctx: _Ctx, words: list[int]) -> Person | None:
    """The person whose mention ends just before the first speech verb among ``words``
    (token indices), with only a space or ", " between; before the name only lower-case
    descriptor words ("shop owner"), no preposition ("the report by X said" is not X)."""
    seen_cap = False
    for k, wi in enumerate(words):
        if _is_speech(ctx, wi):
            if k == 0:
                return None
            vs = ctx.toks[wi][0]
            pe = ctx.toks[words[k - 1]][1]
            if ctx.body[pe:vs] not in (" ", ", "):
                return None
            p = _mention_ending_at(ctx, pe)
            return p if p is not None and p.kind == "person" and seen_cap else None
        w = ctx.toks[wi][2]
        if w[:1].isupper():
            seen_cap = True
        elif seen_cap and w in ("and", "or"):
            return None  # "singer Gary Lightbody and drummer Jonny Quinn said": two speakers
        elif seen_cap and (
            w in SPOKES_GENDER or w in lexicon().role_words or _descriptor_noun(ctx, wi)
        ):
            continue  # "super PAC spokeswoman Kellyanne Conway said"
        elif seen_cap or w in PREPOSITIONS or w in ("who", "which", "that"):
            return None
    return None


def _role_appositive(ctx: _Ctx, j: int) -> Person | None:
    """The person of "<role noun>, NAME," when a mention ending at token ``j`` is one."""
    te = ctx.toks[j][1]
    p = _mention_ending_at(ctx, te)
    if p is None or p.kind != "person":
        return None
    cov = _mention_covering(ctx, te - 1)
    if cov is None or ctx.body[cov[0] - 2 : cov[0]] != ", ":
        return None
    k = _tok_index(ctx, cov[0]) - 1
    if k < 0 or ctx.toks[k][1] != cov[0] - 2:
        return None
    w = ctx.toks[k][2]
    return p if w[:1].islower() and w in lexicon().role_heads else None


def _bare_cue_sentence(ctx: _Ctx, a: int, b: int) -> bool:
    """Is the text after the closing mark a sentence that only says who spoke ('.” Trump
    said.', '." the senator told reporters Tuesday.')? It can attribute nothing but the quote,
    even when the quote closed with a full stop. Short, with a speech verb, no clause."""
    if ctx.body[b : b + 1] != ".":
        return False
    words = [w.group() for w in _CUE_WORD_RE.finditer(ctx.body, a, b)]
    return (
        0 < len(words) <= 7
        and words[0][:1].isupper()  # a name: "he said" is left to the pronoun's checks
        and any(w in ctx.lex.verbs and w not in ctx.lex.relay for w in words)
        and "that" not in words
        and not any(ch in ctx.body[a:b] for ch in ",;:")
    )


def _verb_first(ctx: _Ctx, a: int, b: int) -> bool:
    """Does a speech verb open the text after the closing mark and a capitalised word follow
    it ('…anonymity" said Nick Merrill', the comma left out)?"""
    ti = _tok_index(ctx, a)
    return (
        ti + 1 < len(ctx.toks)
        and ctx.toks[ti + 1][0] < b
        and _is_speech(ctx, ti)
        and ctx.toks[ti + 1][4]
        and not ctx.body[a : ctx.toks[ti][0]].strip()
    )


def _name_then_verb(ctx: _Ctx, a: int, b: int) -> bool:
    """After ``?"``/``!"``: is the next text a subject and a speech verb ("asked Mr X")?"""
    ti = _tok_index(ctx, a)
    n = 0
    while ti < len(ctx.toks) and ctx.toks[ti][0] < b and n < 6:
        if _is_speech(ctx, ti):
            return True
        ti += 1
        n += 1
    return False


def _phrase_end(body: str, s: int, limit: int) -> int:
    """Where the noun phrase at ``s`` ends: punctuation, but not an abbreviation point ("said
    former Wisconsin Gov. Jim Doyle.")."""
    e = s
    while e < limit and (
        body[e] not in ',.;:!?"“”()—–\n' or (body[e] == "." and _abbreviation_point(body, e, s))
    ):
        e += 1
    return e


def _before_cue(
    ctx: _Ctx, piece: _Piece, floor: int
) -> tuple[Person | None, QuoteCue, str | None, bool]:
    """Attribution before the opening mark: ``X said: "`` / ``X told Today: "`` / ``said, "``."""
    body = ctx.body
    j = piece.open_at - 1
    while j >= floor and body[j].isspace():
        j -= 1
    if j < floor:
        return None, "other", None, False
    colon = body[j] == ":"
    comma = body[j] == ","
    vi = _tok_index(ctx, piece.open_at) - 1
    # the last speech verb in the clause before the mark
    found = None
    k = vi
    steps = 0
    while k >= 0 and ctx.toks[k][0] >= floor and steps < 14:
        if _is_speech(ctx, k):
            found = k
            break
        steps += 1
        k -= 1
    if found is None:
        m = (
            _AS_PUT_IT_RE.search(body, max(floor, j - 160), j + 1)
            or _SAID_FIRST_RE.match(body, floor, j + 1)
            or _ACCORDING_FIRST_RE.match(body, floor, j + 1)
        )
        if m is not None:
            # 'As The Post's Dana Milbank puts it, "…"', 'as John Cornyn, …, put it: "…"'
            i = bisect.bisect_left(ctx.ment_starts, m.start())  # "Said Comey" may be one
            named = []
            while i < len(ctx.ments) and ctx.ments[i][0] < m.end(1):
                named.append(ctx.ments[i][2])
                i += 1
            people = [q for q in named if q.kind == "person"]
            if named:  # "The Post's Dana Milbank": the person, else the body
                return (people or named)[0], "explicit", None, True
        if colon:
            # "Republican pollster Daron Shaw: "…"", "More from Jones: "…"": the person named
            # right before the colon
            p = _mention_ending_at(ctx, j)
            cov = _mention_covering(ctx, j - 1) if p is not None else None
            if (
                p is not None
                and p.kind == "person"
                and cov is not None
                and _heads_clause(ctx, cov[0], floor)
            ):
                return p, "colon", None, True
            p = _colon_subject(ctx, floor, j)
            return p, "colon", None, True
        return None, "other", None, False
    if _passive(ctx, found):
        # 'Ishiba was asked, "Do you feel any ethical guilt?"': the subject is addressed, the
        # words are someone else's (unnamed): an explicit cue left unresolved
        return None, "other", None, True
    if not (colon or comma or found == vi):
        # "said the plans were "worthless"": only a cue when the quote follows the verb
        between = body[ctx.toks[found][1] : piece.open_at]
        if not colon and between.strip():
            return None, "other", None, False
    if colon and body[floor:j].split(maxsplit=1)[0] in SUBORDINATORS:
        # 'When Trump suggested …, Rubio fired back forcefully:': the main clause's subject
        comma = body.find(", ", floor, j)
        if comma >= ctx.toks[found][1]:  # the verb is the subordinate clause's
            return _colon_subject(ctx, comma + 2, j), "colon", None, True
    clause_floor = max(floor, _clause_floor(ctx, found, floor))
    p, cue = _verb_subject(ctx, found, clause_floor)
    if p is None and ctx.toks[found][2] in ctx.lex.participles:
        # '," Graham said on MSNBC's "Morning Joe," adding, "': the subject is before a quote
        # the clause search stops at; the speaker of the sentence's last speech event
        # of a quote attributed earlier in the sentence (a pronoun's event is too weak here)
        ev = _last_event(ctx, _sentence_of(ctx, ctx.toks[found][0])[0], ctx.toks[found][0])
        if ev is not None and _named_event(ctx, ev[0]):
            return ev[1], "explicit", None, True
    if colon and cue == "explicit":
        cue = "colon"
    return p, cue, None, True


# words that open an adverbial phrase before the subject ("In a statement, X …"), not a clause
INTRO_WORDS = frozenset(
    ["In", "On", "At", "After", "Before", "During", "Immediately", "Later", "Earlier", "Then",
     "Meanwhile", "Still", "Last", "This", "Speaking", "Separately", "Afterward", "Afterwards",
     "Instead", "Also", "Today", "Yesterday", "Now", "Tuesday", "Monday", "Wednesday",
     "Thursday", "Friday", "Saturday", "Sunday"]
)  # fmt: skip
SUBORDINATORS = frozenset(
    ["When", "If", "As", "While", "Because", "Although", "Though", "Since", "After", "Before",
     "Until", "Once"]
)  # fmt: skip
NOT_VERB_AFTER_NAME = frozenset(["and", "or", "of", "who", "which", "whose", "in", "at", "to"])


def _title_word(w: str) -> bool:
    """A lower-case word of a title before a name ("presidential nominee", "former")."""
    return (
        w.isalpha()
        and w not in PREPOSITIONS
        and w not in DESCRIPTOR_STOP
        and not w.endswith("ly")
        and (w in lexicon().role_words or not w.endswith("ed"))
    )


def _colon_subject(ctx: _Ctx, floor: int, colon: int, loose: bool = True) -> Person | None:
    """'Kasich resisted: "…"', 'McConnell delivered a blunt message to Trump: "…"': a sentence
    that a colon closes right before a quote, whose subject is a person named first in it
    (only capitalised title words before the name, which a verb follows), introduces that
    person's words whatever its verb. A clause first ("When Trump suggested …, Rubio fired
    back:") or a quote mark inside leaves it alone."""
    body = ctx.body
    if QUOTE_MARK_RE.search(body, floor, colon):
        return None
    start = floor
    first = body[floor:colon].split(maxsplit=1)[:1]
    if first and (first[0] in INTRO_WORDS or first[0] in SUBORDINATORS):
        # 'Immediately after the attacks, Trump issued a statement', 'When Wallace died in
        # 1998, President Clinton released the following statement': a phrase or a clause first
        comma = body.find(", ", floor, colon)
        if comma < 0 or any(ch in body[floor:comma] for ch in ';:("“'):
            return None
        start = comma + 2
    i = bisect.bisect_left(ctx.ment_starts, start)
    if i >= len(ctx.ments) or ctx.ments[i][0] >= colon:
        return None
    s, e, p = ctx.ments[i]
    if p.kind != "person":
        return None
    head = body[start:s]
    lead = head.split()
    if lead[:1] in (["But"], ["And"], ["Yet"], ["So"]):
        lead = lead[1:]  # "But Trump insisted:"
    if lead and not lead[0][:1].isupper() and lead[0] not in lexicon().role_words:
        return None  # a title opens with a capital ("Republican presidential nominee")
    if lead[:1] in (["A"], ["An"], ["The"]):
        return None  # "A photograph of Prince Harry appears under the headline:"
    role_words = lexicon().role_words
    for k, w in enumerate(lead):
        if w in PREPOSITIONS or w in DESCRIPTOR_STOP:
            # only inside a capitalised title: "Secretary of State John Kerry"
            if not (0 < k < len(lead) - 1 and lead[k - 1][:1].isupper()):
                return None
            if not lead[k + 1][:1].isupper():
                return None
        elif (
            not (w[:1].isupper() or w in role_words or (loose and _title_word(w)))
            or w.strip(",.") in FUNCTION_CAPS
        ):
            return None
    if any(ch in head for ch in ',;:("“'):
        return None
    m = _verb_after_subject(body, e, colon)
    if m is None or m.group(1) in NOT_VERB_AFTER_NAME:
        return None
    return p


def _verb_after_subject(body: str, e: int, limit: int) -> re.Match[str] | None:
    """The lower-case word after a subject ending at ``e``, past a party-state tag or one
    apposition or aside ("Mike Huckabee, for his part, is labeling …", "Huma Abedin, vice
    chairwoman for Clinton's campaign, emailed …")."""
    tag = NAME_TAIL_RE.match(body, e, e + 24)
    at = tag.end() if tag else e
    if body[at : at + 2] == ", ":
        close = body.find(",", at + 2, min(limit, at + 100))
        if close < 0 or any(ch in body[at + 2 : close] for ch in ';:("“'):
            return None
        at = close + 1
    return _WORD_AFTER_RE.match(body, at)


PASSIVE_AUX = frozenset(["was", "were", "is", "are", "be", "been", "being", "get", "got"])


def _passive(ctx: _Ctx, vi: int) -> bool:
    """Is the speech verb at ``vi`` a passive participle ("was asked", "had been told")?"""
    w = ctx.toks[vi][2]
    return (
        vi > 0
        and w.endswith(("ed", "told"))
        and ctx.toks[vi - 1][2].lower() in PASSIVE_AUX
        and ctx.body[ctx.toks[vi - 1][1] : ctx.toks[vi][0]] == " "
    )


_AS_PUT_IT_RE = re.compile(
    r"\b[Aa]s ([^,;:.\"“”]{2,80}?(?:,[^;:\"“”]{1,120},)?) (?:put|puts) it[,:]$"
)


# 'According to Paul Sperry of Counter Jihad, "…"': the source, opening the sentence
_ACCORDING_FIRST_RE = re.compile(r"\s*According to ([^,;:.\"“”]{2,80}?)[,:]$")
# 'Said Comey, "…"', 'Said Dorothy Poynter, who grew up with Ali, "…"': the verb first
_SAID_FIRST_RE = re.compile(
    r"\s*(?:Said|Says|Added|Adds) ([^,;:.\"“”]{2,60}?)(?:,[^;:\"“”]{1,120})?,$"
)


def _heads_clause(ctx: _Ctx, s: int, floor: int) -> bool:
    """Does the mention at ``s`` open its clause, with only capitalised words or lower-case
    role words before it ("Republican pollster Daron Shaw", "- Carl Bialik", not "a blunt
    message to Trump" or "Frank quotes ... Alfred Kahn")?"""
    role_words = lexicon().role_words
    ti = _tok_index(ctx, s) - 1
    while ti >= 0 and ctx.toks[ti][0] >= floor:
        gap = ctx.body[ctx.toks[ti][1] : ctx.toks[ti + 1][0]]
        if gap.strip():
            return True  # punctuation ("- Carl Bialik", "Pollsters agree - Carl Bialik")
        w = ctx.toks[ti][2]
        if not (w[:1].isupper() or w in role_words):
            return False
        ti -= 1
    return True


def _named_event(ctx: _Ctx, at: int) -> bool:
    """Was the speech event at ``at`` a quote or a verb whose subject is named (no pronoun)?"""
    k = bisect.bisect_left(ctx.quoted_starts, at)
    if k < len(ctx.quoted_starts) and ctx.quoted_starts[k] == at:
        return True
    ti = _tok_index(ctx, at)
    return ti > 0 and ctx.toks[ti - 1][2].lower() not in PRONOUN_GENDER


def _clause_floor(ctx: _Ctx, vi: int, floor: int) -> int:
    """Start of the clause holding token vi: after the last ``;`` or closing quote before it."""
    floor = max(floor, ctx.toks[vi][0] - WINDOW)
    body = ctx.body
    s = ctx.toks[vi][0]
    i = s
    while i > floor:
        if body[i - 1] in ";”" or (body[i - 1] == '"' and _in_quote(ctx, i - 2)):
            return i
        i -= 1
    return floor


def _fragment_speaker(ctx: _Ctx, piece: _Piece) -> tuple[Person | None, QuoteCue]:
    """Who a fragment quotes: the subject of the nearest speech verb before it in the sentence."""
    sent = _sentence_of(ctx, piece.open_at)
    lo = max(sent[0], piece.open_at - WINDOW)
    ti = _tok_index(ctx, piece.open_at) - 1
    stop = ti - FRAGMENT_LOOKBACK
    while ti >= 0 and ti > stop and ctx.toks[ti][0] >= lo:
        if ctx.tok_inq[ti]:
            ti -= 1
            continue
        w = ctx.toks[ti][2]
        if w in ctx.lex.verbs and w not in ctx.lex.relay:
            return _verb_subject(ctx, ti, lo)
        ti -= 1
    # "…", he said / , the minister said after the fragment
    if piece.close_at is not None:
        p, cue, _t, found = _after_cue(ctx, piece, sent[1])
        if found:
            return p, cue
        # 'Clinton "drew quite well" in the 2008 primary, said professor Paul Beck'
        p = _run_on_cue(ctx, piece, sent[1])
        if p is not None:
            return p, "explicit"
    return None, "other"


def _classify(ctx: _Ctx, piece: _Piece, line_start: int) -> str:
    """``direct``, ``fragment`` or ``term`` (a scare quote / quoted term)."""
    body = ctx.body
    if piece.cont:
        return "direct"
    j = piece.open_at - 1
    while j >= line_start and body[j].isspace():
        j -= 1
    text = body[piece.start : piece.end]
    nwords = len(text.split())
    first = text[:1]
    if j < line_start:
        lead = "start"
    elif body[j] == ":":
        lead = "colon"
    elif body[j] in SENT_END or (body[j] in '”"' and j > line_start and body[j - 1] in SENT_END):
        lead = "start"
    elif body[j] in '”"':
        lead = "start" if body[j - 1 : j] in ",." else "embedded"
    elif body[j] == ",":
        k = _tok_index(ctx, j) - 1
        lead = "comma-verb" if k >= 0 and _is_speech(ctx, k) else "embedded"
    else:
        k = _tok_index(ctx, piece.open_at) - 1
        if k >= 0 and _is_speech(ctx, k) and ctx.toks[k][1] >= j and first.isupper():
            lead = "verb"
        else:
            lead = "embedded"
    if lead == "embedded":
        # a quoted sentence in the speaker's own voice is direct even when run into the
        # reporter's sentence ("added that “we can't resolve anything without talks.”",
        # "mean "I don't know what I would do now"", "declaring "today Brent South, ...""
        k = _tok_index(ctx, piece.open_at) - 1
        after_verb = (
            k >= 0 and _is_speech(ctx, k) and not body[ctx.toks[k][1] : piece.open_at].strip()
        )
        first_person = FIRST_PERSON_RE.search(text) is not None
        sentence_end = body[piece.end - 1] in ".?!"
        if nwords >= 3 and (
            first_person or (sentence_end and nwords >= 4) or (after_verb and nwords >= 4)
        ):
            return "direct"
        return "fragment"
    if lead == "colon":
        return "direct"
    # sentence-like: a long enough quote, or one that ends a sentence / is attributed
    ends = body[piece.end - 1] in ".?!,…" or (
        piece.close_at is not None and body[piece.close_at + 1 : piece.close_at + 2] in (",",)
    )
    if nwords >= 5 or ends or piece.close_at is None:
        if first.islower() and lead == "start" and nwords < 5:
            return "fragment"
        return "direct"
    return "fragment"


_TEXT = itemgetter(2)  # a token's text


@lru_cache(maxsize=4)
def _any_verb(verbs: frozenset[str]) -> frozenset[str]:
    return verbs | INDIRECT_VERBS


def _verb_toks(ctx: _Ctx) -> list[int]:
    """Indices of the tokens that are speech verbs or indirect-speech verbs, in order
    (one pass over the tokens shared by ``_speech_events`` and ``_indirect``)."""
    if ctx.verb_toks is None:
        is_verb = map(_any_verb(frozenset(ctx.lex.verbs)).__contains__, map(_TEXT, ctx.toks))
        ctx.verb_toks = list(compress(range(len(ctx.toks)), is_verb))  # one C-level pass
    return ctx.verb_toks


def _speech_events(ctx: _Ctx) -> list[tuple[int, Person]]:
    """Speech verbs outside quotes with a resolved subject: (verb offset, speaker)."""
    events: list[tuple[int, Person]] = []
    toks = ctx.toks
    verbs = ctx.lex.verbs
    for ti in _verb_toks(ctx):
        s, _e, w, _p, _c = toks[ti]
        if w not in verbs or w in ctx.lex.relay or ctx.tok_inq[ti]:
            continue
        sent = _sentence_of(ctx, s)
        p, _cue = _verb_subject(ctx, ti, sent[0])
        if p is not None:
            events.append((s, p))
            _add_event(ctx, s, p)
        elif _unnamed_subject(ctx, ti, sent[0]):
            ctx.unnamed_offs.append(s)
    return events


UNNAMED_HEADS = frozenset(
    [
        "critics",
        "analysts",
        "experts",
        "observers",
        "sources",
        "officials",
        "others",
        "residents",
        "campaigners",
        "traders",
        "economists",
        "insiders",
        "broker",
        "brokers",
        "trader",
        "analyst",
        "official",
        "source",
        "insider",
        "observer",
        "expert",
        "critic",
        "resident",
    ]
)


def _unnamed_subject(ctx: _Ctx, vi: int, floor: int) -> bool:
    """Is the speech verb at ``vi`` said by someone the story does not name ("One leading
    broker said", "say analysts")? Such a speaker ends any continuation chain."""
    toks = ctx.toks
    lo = max(floor, toks[vi][0] - 60)
    j = vi - 1
    while j >= 0 and toks[j][0] >= lo and not ctx.tok_inq[j]:
        w = toks[j][2].lower()
        if w in UNNAMED_HEADS or w in INDEFINITE_SUBJ:
            i = bisect.bisect_left(ctx.ment_starts, toks[j][0])
            return not (i < len(ctx.ments) and ctx.ments[i][0] < toks[vi][0])
        j -= 1
    return vi + 1 < len(toks) and toks[vi + 1][2].lower() in UNNAMED_HEADS


_INDIRECT_LOOKAHEAD = 200  # characters after a speech verb looked at to find the clause
_INDIRECT_MAX = 1000  # a longer "clause" is a run-on text, not reported speech


def _has_quote_mark(body: str, sent: tuple[int, int]) -> bool:
    return body.find('"', sent[0], sent[1]) >= 0 or body.find("“", sent[0], sent[1]) >= 0


INDIRECT_VERBS = frozenset(
    [
        "said",
        "says",
        "saying",
        "insisted",
        "insists",
        "warned",
        "warns",
        "argued",
        "argues",
        "claimed",
        "claims",
        "believes",
        "added",
        "adding",
        "stressed",
        "told",
        "declared",
        "suggested",
        "admitted",
        "announced",
    ]
)  # the verbs that report speech indirectly ("X said that ...")


def _indirect(ctx: _Ctx) -> list[Quote]:
    """Indirect speech: ``X said (that) CLAUSE`` and ``CLAUSE, X said``."""
    out: list[Quote] = []
    body = ctx.body
    quoted_sentence: dict[tuple[int, int], bool] = {}
    toks = ctx.toks
    for ti in _verb_toks(ctx):
        s, e, w, _p, _c = toks[ti]
        if w not in INDIRECT_VERBS:
            continue
        if _in_quote(ctx, s):
            continue
        sent = _sentence_of(ctx, s)
        if sent not in quoted_sentence:
            quoted_sentence[sent] = _has_quote_mark(body, sent)
        if quoted_sentence[sent]:
            continue
        # Every look at the rest of the sentence is bounded, so many speech verbs in one long
        # sentence stay linear.
        rest = body[e : min(sent[1], e + _INDIRECT_LOOKAHEAD)]
        rest_is_all = sent[1] - e <= _INDIRECT_LOOKAHEAD
        p, cue = _verb_subject(ctx, ti, sent[0])
        if p is None:
            continue
        cs = e
        if w == "told":
            m = re.match(r"\s+(?:[\w'’.-]+\s+){0,6}?that\s", rest)
            if not m:
                continue
            cs = e + m.end()
        else:
            m = INDIRECT_LEAD_RE.match(rest)
            cs = e + (m.end() if m else 0)
            if rest[:1] in (",", ".", ":"):
                # "CLAUSE, X said." — the clause before the subject
                subj_start = ctx.toks[ti - 1][0] if ti > 0 else s
                m2 = body.rfind(",", max(sent[0], subj_start - _INDIRECT_MAX), subj_start)
                tail = rest.strip()
                if (
                    (m2 > sent[0] and rest_is_all and tail in (".", "", ","))
                    or tail.startswith(", per")
                    or tail.startswith(", according")
                ):
                    cs0, ce0 = _trim(body, sent[0], m2 if m2 > sent[0] else sent[0])
                    if 15 < ce0 - cs0 <= _INDIRECT_MAX:
                        text = ctx.story.body[cs0:ce0]
                        speaker = Speaker(p.name, p.title)
                        out.append(Quote(text, cs0, ce0, "indirect", speaker, cue))
                continue
        ce = sent[1]
        if ce - cs > _INDIRECT_MAX:  # a reported clause, not a run-on paragraph
            continue
        while ce > cs and body[ce - 1] in ".!? ":
            ce -= 1
        cs, ce = _trim(body, cs, ce)
        if ce - cs > 15 and body[cs : cs + 1].isalpha():
            text = ctx.story.body[cs:ce]
            out.append(Quote(text, cs, ce, "indirect", Speaker(p.name, _title(p)), cue))
    return out


def _title(p: Person | None) -> str | None:
    if p is None:
        return None
    return p.display_title if p.kind == "person" else None


def find_quotes(story: Story, people: list[Person]) -> list[Quote]:
    """Direct quotes, fragments and indirect speech of ``story`` with their speakers."""
    body = plain_spaces(story.body)
    lines = paragraphs(body)
    pieces = scan_quotes(body, lines)
    ctx = _build_ctx(story, people, pieces)
    _speech_events(ctx)
    blocks = _blocks(body, lines)

    # classify
    for pc in pieces:
        pc.kind = _classify(ctx, pc, lines[pc.line][0])

    # attribute direct pieces
    for pc in pieces:
        if pc.kind == "direct":
            _attribute(ctx, pc, lines)
    _share_chains(ctx, pieces)
    # continuation: an unattributed direct piece takes the previous speaker of the paragraph,
    # else the last speech event of the previous paragraph block
    for idx, pc in enumerate(pieces):
        if pc.kind != "direct" or pc.speaker is not None or pc.title == "?":
            continue
        found = _continuation(ctx, pieces, idx, lines, blocks)
        if pc.descr is not None and (
            found is None or not _compatible(ctx, pc.descr, found[0], found[2], pc.open_at)
        ):
            org = _described_org(ctx, pc.descr, pc.open_at)
            if org is not None:
                # '," the company said': the organisation the story named as such
                pc.speaker, pc.cue, pc.title = org, "role", None
                _add_event(ctx, pc.open_at, org)
            else:
                _refuse(ctx, pc)
        elif found is not None:
            pc.speaker, pc.cue, pc.title = found[0], "continuation", found[1]
    # fragments
    out: list[Quote] = []
    for pc in pieces:
        text = story.body[pc.start : pc.end]
        if pc.kind == "fragment":
            p, cue = _fragment_speaker(ctx, pc)
            if p is None and len(text.split()) >= SUBJECT_FRAGMENT_WORDS:
                # a clause-long fragment: the sentence subject's words
                p, cue = (
                    _sentence_subject_speaker(ctx, pc, _sentence_of(ctx, pc.open_at)[0]),
                    "explicit",
                )
            if p is None:
                continue  # a scare quote or a term nobody is quoted as saying
            out.append(Quote(text, pc.start, pc.end, "fragment", Speaker(p.name, _title(p)), cue))
            continue
        sp = pc.speaker
        title = pc.title if pc.title not in (None, "?") else _title(sp)
        out.append(
            Quote(
                text,
                pc.start,
                pc.end,
                "direct",
                Speaker(sp.name if sp else None, title if sp else None),
                pc.cue,
            )
        )
    out.extend(_indirect(ctx))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _attribute(ctx: _Ctx, pc: _Piece, lines: list[tuple[int, int]]) -> None:
    """The speaker of a direct piece from the cues around it (after the closing mark, else
    before the opening mark); a descriptive subject after it is kept for the continuation."""
    ls, le = lines[pc.line]
    sent = _sentence_of(ctx, pc.open_at)
    vi = _tok_index(ctx, pc.open_at) - 1
    if (
        vi > 0
        and ctx.toks[vi][0] >= max(ls, sent[0])
        and _is_speech(ctx, vi)
        and _passive(ctx, vi)
        and not ctx.body[ctx.toks[vi][1] : pc.open_at].strip(" ,:")
    ):
        # 'Ishiba was asked, "Do you feel any ethical guilt?" The prime minister admitted':
        # a question put to the person the cues name; whoever asked it is not named
        pc.speaker, pc.cue, pc.title = None, "other", "?"
        return
    p, cue, title, found = _after_cue(ctx, pc, le)
    if not found or p is None:
        pc.descr = _descriptive_cue(ctx, pc, le)
        named = pc.descr.named if pc.descr is not None else None
        if named is not None and named.kind == "person":
            # '," Mr Kapor is reported as saying', '." he said': the person the subject names
            p, cue, title, found = named, "explicit", None, True
    if not found or p is None:
        p2, cue2, title2, found2 = _before_cue(ctx, pc, max(ls, sent[0]))
        if found2 and (p2 is not None or not found):
            p, cue, title, found = p2, cue2, title2, found2
    if not found and pc.open_at == ls and pc.line > 0:
        # 'X told reporters:' closing the paragraph before the quote's
        ps, pe = lines[pc.line - 1]
        if ctx.body[pe - 1] == ":":
            colon = _Piece(pe, pe, pe, None, pc.line - 1)
            p, cue, title, found = _before_cue(ctx, colon, max(ps, _sentence_of(ctx, pe - 1)[0]))
    if not found:
        p = _run_on_cue(ctx, pc, sent[1]) or _dash_signature(ctx, pc, lines)
        if p is not None:
            cue, title, found = "explicit", None, True
    if p is None and pc.descr is None and _introduced(ctx.body, pc, max(ls, sent[0])):
        ev = _last_event(ctx, max(ls, sent[0]), pc.open_at)
        if ev is not None and _named_event(ctx, ev[0]):
            # '"The risk," said Edward Leamer, an economist, "is that …"': an interrupted
            # quote goes on in the words of the speaker its first part was given
            p, cue, title, found = ev[1], "explicit", None, True
        # 'Trump issued a statement, "…"', 'Bush offered a retort, tweeting at him, "…"',
        # 'Rubio fired back forcefully: "…"': the subject of the sentence that introduces it
        p2 = _sentence_subject_speaker(ctx, pc, sent[0]) if p is None else None
        if p2 is not None:
            p, cue, title, found = p2, "explicit", None, True
    if not found and _embedded(ctx.body, pc, ls):
        # a quoted sentence run into the reporter's ("is labeling Obama's actions "…"",
        # "warns that "…""): the subject of the speech verb before it, as for a fragment
        p, cue = _fragment_speaker(ctx, pc)
        if p is None:
            p = _sentence_subject_speaker(ctx, pc, sent[0])
            cue = "explicit"
        found = p is not None
    if p is not None:
        pc.speaker, pc.cue, pc.title = p, cue, title
        _add_event(ctx, pc.open_at, p)
    elif found and pc.descr is None:
        pc.cue = cue
        pc.speaker = None
        pc.title = "?"  # an explicit cue we could not resolve: no continuation guess
    # else a descriptive subject ("said the 74-year-old"): the continuation may keep the
    # previous speaker when the description fits them


_WORD_AFTER_RE = re.compile(r" ([a-z]+)")


def _run_on_cue(ctx: _Ctx, pc: _Piece, sent_end: int) -> Person | None:
    """'"Many would consider that an embarrassment" if she didn't win by more, said David
    Wasserman': a quote run on into the reporter's words, the sentence closed by a cue of its
    own (``, said NAME`` or ``, NAME said``): the person that cue names. No other quote mark
    in between, and the cue is the last clause of the sentence."""
    body = ctx.body
    if pc.close_at is None:
        return None
    a = pc.close_at + 1
    if not (body[a : a + 1] == " " and body[a + 1 : a + 2].islower()):
        return None
    if QUOTE_MARK_RE.search(body, a, sent_end) or sent_end - a > 300:
        return None
    i = bisect.bisect_left(ctx.ment_starts, a)
    best = None
    while i < len(ctx.ments) and ctx.ments[i][0] < sent_end:
        s, e, p = ctx.ments[i]
        i += 1
        if not body[s].isupper():
            continue  # "our correspondent added": a role noun, not a name
        if p.kind != "person" or (body[s - 2 : s] != ", " and body[s - 1 : s] != " "):
            continue
        if body[s - 2 : s] == ", ":
            m = _WORD_AFTER_RE.match(body, e)
            if m and _is_speech(ctx, _tok_index(ctx, m.start(1))):
                tail = body[m.end() : m.end() + 1]
                if tail in (".", ",", "") or m.end() == sent_end:
                    best = p  # ", Sanders said."
            continue
        k = _tok_index(ctx, s) - 1
        lo = k - 5  # ", said Ohio State University professor Paul Beck": title words between
        while k > lo and k > 0 and not _is_speech(ctx, k):
            if body[ctx.toks[k][1] : ctx.toks[k + 1][0]] != " " or ctx.toks[k][2] in TITLE_STOP:
                break
            k -= 1
        if (
            k >= 0
            and _is_speech(ctx, k)
            and body[ctx.toks[k][0] - 2 : ctx.toks[k][0]] == ", "
            and (body[e : e + 1] in (".", ",", "") or e == sent_end)
        ):
            best = p  # ", said David Wasserman, an elections analyst"
    return best


SIGNATURE_CHARS = 100  # a longer dash line is a sentence, not a signature
_DASH_LINE_RE = re.compile(r"[-—–]+\s*")


def _dash_signature(ctx: _Ctx, pc: _Piece, lines: list[tuple[int, int]]) -> Person | None:
    """A quote paragraph signed by the next one, '- Bernie Sanders.' (fact checks, epigraphs):
    a line that is only a dash and a person's name."""
    body = ctx.body
    if pc.close_at is None or pc.line + 1 >= len(lines):
        return None
    if body[pc.close_at + 1 : lines[pc.line][1]].strip(" .,"):
        return None  # the quote does not end its paragraph
    ns, ne = lines[pc.line + 1]
    m = _DASH_LINE_RE.match(body, ns, ne)
    if m is None:
        return None
    if ne - ns > SIGNATURE_CHARS:
        return None
    i = bisect.bisect_left(ctx.ment_starts, m.end())
    if i >= len(ctx.ments) or ctx.ments[i][1] > ne or ctx.ments[i][2].kind != "person":
        return None
    s, e, p = ctx.ments[i]
    if any(not w[:1].isupper() for w in body[m.end() : s].split()):
        return None  # only a title before the name ("-President Obama")
    rest = body[e:ne].strip(" .")
    return p if not rest or rest.startswith(",") else None  # "- Michelle Marks, Philadelphia."


SUBJECT_FRAGMENT_WORDS = 4  # a shorter quoted phrase may be a term or a scare quote
# a copula, auxiliary or modal after the subject: it describes the subject or says what it
# ought to do, not what it said
SUBJECT_AUX = frozenset(
    ["is", "was", "are", "were", "has", "had", "have", "will", "would", "should", "could",
     "must", "may", "might", "can", "be", "been"]
)  # fmt: skip


def _sentence_subject_speaker(ctx: _Ctx, pc: _Piece, sent_start: int) -> Person | None:
    """'Moore thanked him for "stepping up and taking action when Congress won't."', 'Hoover
    estimated that there are "somewhere between 23 and 28 people …"': a quoted sentence run
    into the reporter's, whose subject is a person named first in the sentence (only
    capitalised title words before the name, a verb after it) and no other person or quote
    between that subject and the quote: the subject's words, whatever the verb."""
    body = ctx.body
    at = pc.open_at
    if QUOTE_MARK_RE.search(body, sent_start, at):
        return None
    p = _colon_subject(ctx, sent_start, at, loose=False)
    if p is None or body[sent_start:at].split(maxsplit=1)[0] in ("The", "A", "An"):
        return None
    i = bisect.bisect_left(ctx.ment_starts, sent_start)
    while i < len(ctx.ments) and ctx.ments[i][2] is not p:
        i += 1  # the subject's own mention (a phrase may come first)
    first_end = ctx.ments[i][1] if i < len(ctx.ments) else at
    m = _verb_after_subject(body, first_end, at)
    if m is None:
        return None
    if m.group(1) in SUBJECT_AUX:
        # 'X is the recipient of an award that is "…"', 'X should see "…"'; but a progressive
        # is an action: 'X is labeling Obama's actions "…"'
        nxt = _WORD_AFTER_RE.match(body, m.end())
        if nxt is None or not nxt.group(1).endswith("ing") or nxt.group(1) == "being":
            return None
    # a cue after the quote in the same sentence names the speaker ('…", Rabbi Hier said')
    if pc.close_at is not None:
        end = _sentence_of(ctx, pc.close_at)[1]
        tail = ctx.toks[_tok_index(ctx, pc.close_at) : _tok_index(ctx, end)]
        if any(t[2] in ctx.lex.verbs or t[2] == "according" for t in tail):
            return None
    i = bisect.bisect_left(ctx.ment_starts, sent_start)
    first_end = ctx.ments[i][1]
    i += 1
    while i < len(ctx.ments) and ctx.ments[i][0] < at:
        q = ctx.ments[i][2]
        if q is not p and q.kind == "person":
            return None
        i += 1
    if re.search(r"\b(?:he|she|they)\b", body[first_end:at]):
        return None  # another person, unnamed, may be the one quoted
    return p


def _introduced(body: str, pc: _Piece, floor: int) -> bool:
    """Does a comma or a colon of the same sentence come right before the opening mark?"""
    j = pc.open_at - 1
    while j >= floor and body[j] == " ":
        j -= 1
    return j >= floor and body[j] in ",:" and not pc.cont


def _embedded(body: str, pc: _Piece, line_start: int) -> bool:
    """Does a word (not punctuation) come right before the opening mark?"""
    j = pc.open_at - 1
    while j >= line_start and body[j] == " ":
        j -= 1
    return j >= line_start and body[j].isalnum() and not pc.cont


GENERIC_ORG_HEADS = frozenset(["company", "firm", "group", "organisation", "organization"])
ORG_LOOKBACK = 2  # sentences searched back for the organisation a description names


def _described_org(ctx: _Ctx, descr: _Descr, at: int) -> Person | None:
    """The organisation "the company" / "the ministry" describes: the only one named in the
    story whose name ends in that head ("the ministry": "Foreign Ministry"), else, for a
    generic head ("the company", "the group"), the only organisation (no news outlet) named
    outside quotes in the sentences just before the quote; None when that is not one body."""
    if descr.kind != "organisation" or not descr.head:
        return None
    head = descr.head
    ends = {
        p.name
        for p in ctx.people
        if p.kind == "organisation"
        and p.name.lower().endswith(" " + head)
        and p.mentions
        and min(p.mentions)[0] < at
    }
    if len(ends) == 1:
        return _org_named(ctx, ends.pop())
    if ends or head not in GENERIC_ORG_HEADS:
        return None
    lo = at
    for _ in range(ORG_LOOKBACK + 1):
        if lo <= 0:
            break
        lo = _sentence_of(ctx, lo - 1)[0]
    i = bisect.bisect_left(ctx.ment_starts, lo)
    found: set[str] = set()
    while i < len(ctx.ments) and ctx.ments[i][0] < at:
        s, _e, p = ctx.ments[i]
        i += 1
        if p.kind == "organisation" and p.name not in OUTLETS and not _in_quote(ctx, s):
            found.add(p.name)
    return _org_named(ctx, found.pop()) if len(found) == 1 else None


def _refuse(ctx: _Ctx, pc: _Piece) -> None:
    """An explicit cue whose subject cannot be the previous speaker: the honest null, and an
    unnamed speaker that ends the continuation chain for the quotes after it."""
    pc.speaker, pc.cue, pc.title = None, "other", "?"
    bisect.insort(ctx.unnamed_offs, pc.open_at)


def _share_chains(ctx: _Ctx, pieces: list[_Piece]) -> None:
    """Every piece of one quotation shares the speaker of its attributed piece."""
    by_chain: dict[int, list[_Piece]] = {}
    for pc in pieces:
        if pc.kind == "direct":
            by_chain.setdefault(pc.chain, []).append(pc)
    for chain in by_chain.values():
        sp = next((c for c in chain if c.speaker is not None), None)
        if sp is None or sp.speaker is None:
            continue
        for c in chain:
            if c.speaker is not None or c.title == "?":
                continue
            lo, hi = (sp.end, c.open_at) if sp.end <= c.open_at else (c.end, sp.open_at)
            if c.descr is not None and not _compatible(ctx, c.descr, sp.speaker, lo, hi):
                c.title = "?"  # refused: no continuation guess either
                continue
            c.speaker, c.cue, c.title = sp.speaker, "continuation", sp.title


def _continuation(
    ctx: _Ctx,
    pieces: list[_Piece],
    idx: int,
    lines: list[tuple[int, int]],
    blocks: list[tuple[int, int]],
) -> tuple[Person, str | None, int] | None:
    """The speaker an unattributed piece continues, its title, and where that speaker's speech
    ends (for the check that nobody else came in between); None when there is none."""
    pc = pieces[idx]
    prev = pieces[idx - 1] if idx > 0 else None
    if prev is not None and prev.line == pc.line and prev.kind == "direct":
        if prev.speaker is None:
            return None
        k = bisect.bisect_left(ctx.unnamed_offs, pc.open_at) - 1
        if k >= 0 and ctx.unnamed_offs[k] > prev.end:
            # '"...," says Mr Lakhani. One leading broker said ... "If you file'
            ev = _last_event(ctx, prev.end, pc.open_at)
            return (ev[1], None, ev[0]) if ev is not None else None
        return prev.speaker, prev.title, prev.end
    bi = _block_index(blocks, pc.open_at)
    ev = _last_event(ctx, blocks[bi][0], pc.open_at)
    if ev is not None:
        return ev[1], None, ev[0]
    if bi == 0:
        return None
    pb = blocks[bi - 1]
    ev = _last_event(ctx, pb[0], pb[1])
    if ev is not None and ctx.body[lines[pc.line][0]] in '"“' and pc.open_at == lines[pc.line][0]:
        if _question(ctx, pieces, idx, ev[0]):
            return None  # '"Will you run?" King asked.' then the answer: not King's words
        return ev[1], None, ev[0]
    whole = pc.open_at == lines[pc.line][0] and (
        pc.close_at is None or not ctx.body[pc.close_at + 1 : lines[pc.line][1]].strip(" .,")
    )
    if ev is None and whole and pb[1] - pb[0] < PREV_SUBJECT_CHARS:
        # 'Viguerie is upbeat about Cruz's chances.' then a quote paragraph: the previous
        # paragraph, one short sentence with no speech in it, is about its subject, a person
        # and the only one it names
        p = _colon_subject(ctx, pb[0], pb[1], loose=False)
        if p is not None and _only_person(ctx, p, pb[0], pb[1]):
            return p, None, pb[1]
    return None


PREV_SUBJECT_CHARS = 200  # a longer paragraph says more than what its subject thinks


def _only_person(ctx: _Ctx, p: Person, a: int, b: int) -> bool:
    """Is ``p`` the only person named in ``[a, b)``, with no "they"?"""
    i = bisect.bisect_left(ctx.ment_starts, a)
    while i < len(ctx.ments) and ctx.ments[i][0] < b:
        q = ctx.ments[i][2]
        if q is not p and q.kind == "person":
            return False
        i += 1
    return re.search(r"\b[Tt]hey\b", ctx.body[a:b]) is None


QUESTION_VERBS = frozenset(["asked", "asks", "asking", "questioned", "pressed", "wondered"])


def _question(ctx: _Ctx, pieces: list[_Piece], idx: int, at: int) -> bool:
    """Is the speech event at ``at`` a question put to someone (an interviewer's): the verb
    "asked" there, or a quote ending in "?" attributed there?"""
    ti = _tok_index(ctx, at)
    if ti < len(ctx.toks) and ctx.toks[ti][0] == at and ctx.toks[ti][2] in QUESTION_VERBS:
        return True
    for k in range(idx - 1, max(-1, idx - 4), -1):
        prev = pieces[k]
        if prev.open_at == at:
            return ctx.body[prev.start : prev.end].rstrip("'’\"”").endswith("?")
    return False


def _blocks(body: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraph blocks: lines separated by a blank line are different blocks."""
    blocks: list[tuple[int, int]] = []
    for s, e in lines:
        if (
            blocks
            and "\n\n" not in body[blocks[-1][1] : s]
            and body[blocks[-1][1] : s].count("\n") <= 1
        ):
            blocks[-1] = (blocks[-1][0], e)
        else:
            blocks.append((s, e))
    return blocks


def _block_index(blocks: list[tuple[int, int]], offset: int) -> int:
    starts = [b[0] for b in blocks]
    return max(0, bisect.bisect_right(starts, offset) - 1)
