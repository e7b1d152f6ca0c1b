"""Speaker chains: quotes that carry on the speaker of an earlier quote.

:func:`share_chains` gives every piece of one quotation the speaker of its attributed piece.
:func:`continued_speaker` gives an unattributed direct quote the previous speaker of its
paragraph, or, for a paragraph that is only a quote, the last speech event of the previous
paragraph block, but not after an interviewer's question (``"…?" King asked``, then the answer),
not across a speaker the story does not name, and not when the quote's own sentence names
someone else first; after an interviewer's question paragraph ("Is Starmer a good leader?")
the answer is the one who spoke last before it. :func:`refuse` ends a chain.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from briefgen.analysis.credits import credit_line
from briefgen.analysis.cues_before import colon_subject
from briefgen.analysis.descriptions import compatible
from briefgen.analysis.mentions import speech_data
from briefgen.analysis.people import Person
from briefgen.analysis.quotations import Piece
from briefgen.analysis.quote_context import (
    PRONOUN_GENDER,
    QuoteContext,
    in_quote,
    last_event,
    mention_covering,
    sentence_of,
    tok_index,
)
from briefgen.analysis.work_titles import work_title


def refuse(ctx: QuoteContext, pc: Piece) -> None:
    """An explicit cue whose subject cannot be the previous speaker: the honest null, and an
    unnamed speaker that ends the continuation chain for the quotes after it."""
    pc.speaker, pc.cue, pc.title = None, "other", "?"
    bisect.insort(ctx.unnamed_offs, pc.open_at)


def share_chains(ctx: QuoteContext, pieces: list[Piece]) -> None:
    """Every piece of one quotation shares the speaker of its attributed piece."""
    by_chain: dict[int, list[Piece]] = {}
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
            if c.descr is not None and not compatible(ctx, c.descr, sp.speaker, lo, hi):
                c.title = "?"  # refused: no continuation guess either
                continue
            c.speaker, c.cue, c.title = sp.speaker, "continuation", sp.title


def continued_speaker(
    ctx: QuoteContext,
    pieces: list[Piece],
    idx: int,
    lines: list[tuple[int, int]],
    blocks: list[tuple[int, int]],
) -> tuple[Person, str | None, int] | None:
    """The speaker an unattributed piece continues, its title, and where that speaker's speech
    ends (for the check that nobody else came in between); None when there is none."""
    pc = pieces[idx]
    k = idx - 1
    while k > 0 and pieces[k].speaker is None and work_title(ctx.body, pieces[k]):
        k -= 1  # 'Rubio said on ABC's "This Week." "Because …"': past the show's title
    prev = pieces[k] if k >= 0 else None
    if prev is not None and prev.line == pc.line and prev.kind == "direct":
        if prev.speaker is None:
            return None
        k = bisect.bisect_left(ctx.unnamed_offs, pc.open_at) - 1
        if k >= 0 and ctx.unnamed_offs[k] > prev.end and not _in_cue_sentence(ctx, prev, k):
            # '"...," says Mr Lakhani. One leading broker said ... "If you file'
            ev = last_event(ctx, prev.end, pc.open_at)
            return (ev[1], None, ev[0]) if ev is not None else None
        return prev.speaker, prev.title, prev.end
    bi = _block_index(blocks, pc.open_at)
    ev = last_event(ctx, blocks[bi][0], pc.open_at)
    if ev is not None:
        if _lead_in_names_another(ctx, pc, ev):
            return None
        return ev[1], None, ev[0]
    p = _introduced_in_paragraph(ctx, pc, lines)
    if p is not None:
        return p, None, pc.open_at
    if bi == 0:
        return None
    pb = blocks[bi - 1]
    ev = last_event(ctx, pb[0], pb[1])
    if ev is not None and ctx.body[lines[pc.line][0]] in '"“' and pc.open_at == lines[pc.line][0]:
        if _question(ctx, pieces, idx, ev[0]) or _asked_last(ctx, pieces, idx, pb):
            return None  # '"Will you run?" King asked.' then the answer: not King's words
        return ev[1], None, ev[0]
    whole = pc.open_at == lines[pc.line][0] and (
        pc.close_at is None or not ctx.body[pc.close_at + 1 : lines[pc.line][1]].strip(" .,")
    )
    if (
        ev is None
        and whole
        and pb[1] - pb[0] < PREV_SUBJECT_CHARS
        and not ctx.body[pb[0] : pb[1]].rstrip().endswith("?")
        and not credit_line(ctx.body[pb[0] : pb[1]])
    ):
        # 'Viguerie is upbeat about Cruz's chances.' then a quote paragraph: the previous
        # paragraph, one short sentence with no speech in it, is about its subject, a person
        # and the only one it names; an interviewer's question ("Is Starmer a good
        # leader?") is about its subject, but the answer after it is the interviewee's; a
        # picture credit ("Jessica Kourkounis for The New York Times") names no speaker
        p = colon_subject(ctx, pb[0], pb[1], loose=False)
        if p is not None and (
            _only_person(ctx, p, pb[0], pb[1]) or _spoke_last(ctx, p, bi, blocks)
        ):
            return p, None, pb[1]
        p = _pronoun_aside(ctx, bi, blocks) if p is None else None
        if p is not None:
            return p, None, pb[1]
    if ev is None and whole and _interview_question(ctx, pb):
        # '"…," says Blair. / Is Starmer a good leader? / "Well, I'm fully supportive …"':
        # the answer after an interviewer's question is the interviewee's, the one who
        # spoke last before the question
        ev = last_event(ctx, blocks[bi - 2][0], blocks[bi - 2][1]) if bi >= 2 else None
        if ev is not None and ev[1].kind == "person":
            return ev[1], None, pb[1]
    if ev is None and whole and (p := interviewee(ctx)) is not None:
        # an interview ('As I sit opposite Sir Tony Blair …, I ask …'): an answer paragraph
        # after the writer's narrative is the interviewee's, when they spoke last before it
        last = last_event(ctx, 0, pb[1])
        if last is not None and last[1] is p:
            return p, None, pb[1]
    return None


# the writer's own speech in an interview ("I ask", "I say", "I suggest"): speech.toml [cues]
# interviewer, with the present forms of its verbs
INTERVIEWER_VERBS = frozenset(speech_data()["cues"]["interviewer"]) | frozenset(["ask", "suggest"])
INTERVIEWER_LINES = 2  # the writer's "I ask" lines that make a story an interview
INTERVIEWEE_EVENTS = 3  # speech events of the interviewee at least


def interviewee(ctx: QuoteContext) -> Person | None:
    """The person a first-person interview is with: the writer says "I ask", "I say", "I
    suggest" outside quotes at least twice, and one person made most of the story's speech
    events (at least three, more than twice anyone else's). None for any other story."""
    if not ctx.interviewee:
        ctx.interviewee.append(_interviewee(ctx))
    return ctx.interviewee[0]


def _interviewee(ctx: QuoteContext) -> Person | None:
    counts: dict[int, int] = {}
    for _off, p in ctx.events:
        if p.kind == "person":
            counts[id(p)] = counts.get(id(p), 0) + 1
    if not counts:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < INTERVIEWEE_EVENTS or (len(ranked) > 1 and ranked[1] * 2 >= ranked[0]):
        return None
    lines = 0
    for m in _interviewer_re().finditer(ctx.body):
        lines += not in_quote(ctx, m.start())
        if lines >= INTERVIEWER_LINES:
            top = ranked[0]
            return next(p for _o, p in ctx.events if counts.get(id(p)) == top)
    return None


@cache
def _interviewer_re() -> re.Pattern[str]:
    """The writer's own speech: "I ask", "I say", "I suggest"."""
    return re.compile(r"\bI (?:" + "|".join(sorted(INTERVIEWER_VERBS)) + r")\b")


def _interview_question(ctx: QuoteContext, block: tuple[int, int]) -> bool:
    """Is the paragraph ``block`` an interviewer's question: one short sentence ending in
    "?", outside quotation marks?"""
    text = ctx.body[block[0] : block[1]].strip()
    return (
        text.endswith("?")
        and len(text) < PREV_SUBJECT_CHARS
        and not any(mark in text for mark in '"“”')
        and text.count("? ") == 0
        and text.count(". ") == 0
    )


# a subject right after a quote's closing mark and its comma: a pronoun or a name, then a
# lower-case word ('," he rejoined', '?" Trump went on')
_SUBJECT_AFTER_RE = re.compile(
    r",?[ ]+(?:(?P<pron>[Hh]e|[Ss]he)|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,5}) [a-z]"
)


def subject_after_differs(ctx: QuoteContext, pc: Piece, p: Person) -> bool:
    """Does a subject right after the quote's closing mark show that someone other than the
    continued speaker ``p`` says it ('"Then why were you talking about that," he rejoined'
    after a woman spoke; '"You know, it happens, right?" Trump went on' after Kelly spoke)?
    A pronoun of the other gender, or a person named there who is not ``p``: the verb is
    not one the cues know, but the quote has its own subject, and it is not ``p``."""
    if pc.close_at is None or ctx.body[pc.start : pc.end].rstrip("'’\"”")[-1:] not in ",?!":
        return False  # '."' and a name: a new sentence, not the quote's subject
    m = _SUBJECT_AFTER_RE.match(ctx.body, pc.close_at + 1)
    if m is None:
        return False
    if m.group("pron"):
        gender = PRONOUN_GENDER[m.group("pron").lower()]
        return p.kind != "person" or p.gender not in (None, gender)
    name_at = m.start() + len(m.group(0)) - len(m.group(0).lstrip(", "))
    cov = mention_covering(ctx, name_at)
    if cov is None or cov[0] != name_at or cov[1] != m.end() - 2:
        return False  # not a name the finder knows, or more than the name
    return cov[2].kind == "person" and cov[2] is not p


def _lead_in_names_another(ctx: QuoteContext, pc: Piece, ev: tuple[int, Person]) -> bool:
    """Does the quote's own sentence, before its opening mark, name a person other than the
    last speaker ``ev`` spoke before that sentence ('Haley has said that …. That kind of talk
    led Christie to suggest, in a hot-mic moment, "…"')? The sentence introduces the quote
    with someone else; the earlier speaker is no safe guess."""
    sent_start = sentence_of(ctx, pc.open_at)[0]
    if ev[0] >= sent_start:
        return False
    i = bisect.bisect_left(ctx.ment_starts, sent_start)
    while i < len(ctx.ments) and ctx.ments[i][0] < pc.open_at:
        p = ctx.ments[i][2]
        if p.kind == "person" and p is not ev[1]:
            return True
        i += 1
    return False


def _pronoun_aside(ctx: QuoteContext, bi: int, blocks: list[tuple[int, int]]) -> Person | None:
    """'"…," Ms Molatjeng said. / She has already been forced to sell her field. / "…"': the
    short paragraph between two quotes opens with "He"/"She", names no one and holds no
    speech; the last speaker of the paragraph before it, a person the story shows to be of
    that pronoun's gender, goes on speaking."""
    if bi < 2:
        return None
    a, b = blocks[bi - 1]
    first = ctx.body[a : a + 4].split(" ", 1)[0]
    gender = PRONOUN_GENDER.get(first.lower()) if first in ("He", "She") else None
    if gender is None or not _only_person(ctx, None, a, b):
        return None
    ev = last_event(ctx, blocks[bi - 2][0], blocks[bi - 2][1])
    if ev is None or ev[1].kind != "person" or ev[1].gender != gender:
        return None
    return ev[1]


def _spoke_last(ctx: QuoteContext, p: Person, bi: int, blocks: list[tuple[int, int]]) -> bool:
    """Did ``p`` speak last in the paragraph block before the previous one (bi - 2)? Then a
    short paragraph about ``p`` between ('"…," Viguerie notes. / Viguerie is upbeat about
    Cruz's chances. / "…"') carries that speaker on, whoever else it names."""
    if bi < 2:
        return False
    ev = last_event(ctx, blocks[bi - 2][0], blocks[bi - 2][1])
    return ev is not None and ev[1] is p


def _in_cue_sentence(ctx: QuoteContext, prev: Piece, k: int) -> bool:
    """Is the unnamed speaker ``ctx.unnamed_offs[k]`` inside the sentence the previous quote
    closes in, its cue's ('"…," Trump said at his victory party, two hours after news outlets
    declared him the victor. "…"')? A clause of that cue, not a speaker of the next quote."""
    if prev.close_at is None:
        return False
    return sentence_of(ctx, ctx.unnamed_offs[k]) == sentence_of(ctx, prev.close_at)


PREV_SUBJECT_CHARS = 200  # a longer paragraph says more than what its subject thinks


def _introduced_in_paragraph(
    ctx: QuoteContext, pc: Piece, lines: list[tuple[int, int]]
) -> Person | None:
    """'He is more emphatic when discussing Ukraine. “We should give Ukraine …”', 'However,
    King pointed out that both will continue to work with vendors. "VMware is agnostic …"':
    a quote with no cue that opens a sentence inside its paragraph, after a short sentence
    of the reporter's (no quote mark, no question, no speech event before it in the
    paragraph) whose subject is a person, named or "he"/"she", and the only person it names:
    that person's words, as for a paragraph of one such sentence before a quote paragraph."""
    body = ctx.body
    ls = lines[pc.line][0]
    start = sentence_of(ctx, pc.open_at)[0]
    if pc.open_at <= ls or start < pc.open_at - 1 or start <= ls:
        return None
    prev = sentence_of(ctx, start - 1)
    end = len(body[prev[0] : prev[1]].rstrip()) + prev[0]
    if (
        prev[0] < ls
        or prev[1] - prev[0] > PREV_SUBJECT_CHARS
        or body[end - 1 : end] != "."
        or any(ch in body[prev[0] : end] for ch in '"“”')
    ):
        return None
    p = colon_subject(ctx, prev[0], end - 1)
    if p is None or p.kind != "person" or not _only_person(ctx, p, prev[0], end):
        return None
    if _PASSIVE_RE.search(body, prev[0], end):
        return None  # "Smith was charged with fraud. "This man stole …"": words about him
    return p


# a passive predicate: its subject is acted on, the words after it may be anyone's about them
_PASSIVE_RE = re.compile(
    r"\b(?:was|were|is|are|been|be|being|got|gets|get)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+ed|[a-z]+en|told|held|sent|sold|shot|hit|caught|brought|sought|found|put)\b"
)


def _only_person(ctx: QuoteContext, p: Person | None, a: int, b: int) -> bool:
    """Is ``p`` the only person named in ``[a, b)`` (None: no one is), with no "they"?"""
    i = bisect.bisect_left(ctx.ment_starts, a)
    while i < len(ctx.ments) and ctx.ments[i][0] < b:
        q = ctx.ments[i][2]
        if q is not p and q.kind == "person":
            return False
        i += 1
    return re.search(r"\b[Tt]hey\b", ctx.body[a:b]) is None


# verbs that put a question to someone (an interviewer's): speech.toml [cues] questions
QUESTION_VERBS = frozenset(speech_data()["cues"]["questions"])


def _question(ctx: QuoteContext, pieces: list[Piece], idx: int, at: int) -> bool:
    """Is the speech event at ``at`` a question put to someone (an interviewer's): the verb
    "asked" there, or a quote ending in "?" attributed there?"""
    ti = tok_index(ctx, at)
    if ti < len(ctx.toks) and ctx.toks[ti][0] == at and ctx.toks[ti][2] in QUESTION_VERBS:
        return True
    for k in range(idx - 1, max(-1, idx - 4), -1):
        prev = pieces[k]
        if prev.open_at == at:
            return _asks(ctx, prev)
    if idx > 0 and pieces[idx - 1].open_at > at and _asks(ctx, pieces[idx - 1]):
        # '"But there is some risk," Alito interjected. "Do you dispute that?"' closing the
        # paragraph: the next paragraph's quote is the answer, not the asker's
        last = pieces[idx - 1]
        close = last.close_at if last.close_at is not None else last.end
        stop = ctx.body.find("\n", close, close + _AFTER_QUESTION)
        return stop > 0 and not ctx.body[close + 1 : stop].strip()
    return False


# a he/she subject in the words right after a closing mark, in the quote's clause ('" that
# way, he said in one conversation', '," he rejoined'); not one a subordinate clause opens
_PRONOUN_AFTER_RE = re.compile(
    r"[ ,]*(?:(?!(?:when|after|before|as|while|because|if|until|since|though|although)\b)"
    r"[a-z][\w'’-]*,? +){0,3}?(he|she) +(?:[a-z]+ly +)?[a-z]+"
)


def gender_after(ctx: QuoteContext, pc: Piece) -> str | None:
    """The gender of a he/she that speaks right after the quote's closing mark, if one does."""
    if pc.close_at is None:
        return None
    m = _PRONOUN_AFTER_RE.match(ctx.body, pc.close_at + 1)
    return PRONOUN_GENDER[m.group(1)] if m is not None else None


def misfits_pronoun(ctx: QuoteContext, pc: Piece, p: Person) -> bool:
    """Does a he/she after the quote rule out ``p`` (another gender, or an organisation)?"""
    g = gender_after(ctx, pc)
    return g is not None and (p.kind != "person" or p.gender not in (None, g))


def other_gender_spoke(ctx: QuoteContext, p: Person, lo: int, hi: int) -> bool:
    """Between ``lo`` (where ``p`` last spoke) and ``hi`` (the quote), does a he/she of the
    other gender speak outside quotes ('She remembers Ailes's reply: "…" As she left, she
    says, Ailes tried to kiss her. "I was holding a binder …"')? Someone else spoke last:
    the quote does not go on in ``p``'s words."""
    if p.kind != "person" or p.gender not in ("m", "f") or hi - lo > _GAP_READ:
        return False
    other = "she" if p.gender == "m" else "he"
    ti = tok_index(ctx, lo)
    n = len(ctx.toks)
    while ti + 1 < n and ctx.toks[ti][0] < hi:
        if (
            ctx.toks[ti][2].lower() == other
            and not ctx.tok_inq[ti]
            and ctx.toks[ti + 1][2] in ctx.lex.verbs
            and not ctx.tok_inq[ti + 1]
            # not in the continued speaker's own report ("He said she told him to leave")
            and not _reported_by(ctx, ti)
        ):
            return True
        ti += 1
    return False


_GAP_READ = 1500  # characters read between the last speech and the quote, at most


def _reported_by(ctx: QuoteContext, ti: int) -> bool:
    """Is the token ``ti`` the subject of a clause a speech verb right before it reports
    ("said she told him", "said that she")?"""
    if ti == 0:
        return False
    prev = ctx.toks[ti - 1]
    if ctx.body[prev[1] : ctx.toks[ti][0]].strip():
        return False  # a comma or a full stop between: another clause
    return prev[2] in ctx.lex.verbs or prev[2] == "that"


def _asked_last(ctx: QuoteContext, pieces: list[Piece], idx: int, pb: tuple[int, int]) -> bool:
    """Does the paragraph block ``pb`` before the quote end on a quoted question ('"But there
    is some risk," Alito interjected. "Do you dispute that?"'), nothing after it but its
    mark? A quote paragraph after it answers; it is not the asker's."""
    prev = pieces[idx - 1] if idx > 0 else None
    if prev is None or prev.kind != "direct" or not pb[0] <= prev.open_at < pb[1]:
        return False
    if ctx.body[prev.end : pb[1]].strip(" '’\"”"):
        return False
    return ctx.body[prev.start : prev.end].rstrip(" '’\"”").endswith("?")


_AFTER_QUESTION = 80  # characters after a closing question mark read for the paragraph end


def _asks(ctx: QuoteContext, pc: Piece) -> bool:
    """Does the direct piece ``pc`` end in a question mark?"""
    return pc.kind == "direct" and ctx.body[pc.start : pc.end].rstrip("'’\"”").endswith("?")


def paragraph_blocks(body: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
