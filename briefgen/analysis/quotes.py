"""Quotations in a story with their speakers: :func:`find_quotes` runs the attribution sieve.

This module only orders the steps; each step lives in a module with one job:

- :mod:`~briefgen.analysis.quote_context`: the per-story context the steps read (tokens,
  sentences, mentions, speech lexicon, speech events);
- :mod:`~briefgen.analysis.quotations`: the quoted spans and their kind (direct or fragment);
- :mod:`~briefgen.analysis.cues_after` / :mod:`~briefgen.analysis.cues_before`: the cue grammar
  after the closing mark and before the opening mark;
- :mod:`~briefgen.analysis.subjects`: the subject of a speech verb, and the speech events;
- :mod:`~briefgen.analysis.speakers`: the person or organisation a subject phrase names
  (names, role nouns, bodies); :mod:`~briefgen.analysis.spokespeople`: the body a
  spokesperson speaks for; :mod:`~briefgen.analysis.pronouns`: a pronoun's antecedent (with
  :mod:`~briefgen.analysis.openings`: whom a sentence's first words name);
- :mod:`~briefgen.analysis.descriptions`: descriptive subjects ("the company said") and what
  they fit; :mod:`~briefgen.analysis.continuation`: speaker chains over quotes and paragraphs;
- :mod:`~briefgen.analysis.indirect`: indirect speech;
- :mod:`~briefgen.analysis.rebuttals`: the person a quote answers, who is not its speaker
  (checked on every speaker a cue or the continuation proposes).

Each contiguous quoted piece is one ``Quote``; ``body[start:end] == text``. An unresolved
speaker is ``Speaker(name=None)``; a wrong speaker is worse than none.

Sieves, in order (each sees only the quotes the earlier ones left open; ``benchmarks/
polnear_benchmark.py`` counts them by cue): 1. the cue after the closing mark, with
appositions, party-state tags and "in a statement" after the name, and a sentence that only
says who spoke (``.” Trump said.``); a description there ("the 74-year-old", "it") only
checks the continuation; 2. the cue before the opening mark (``X said: "``), a name opening
the clause a colon closes, an ``X told reporters:`` closing the paragraph before; 3. a quoted
sentence run into the reporter's takes the subject of the speech verb before it; 4. the other
pieces of the quotation; 5. the continuation (not after an interviewer's question: ``"…?"
King asked`` then the answer); 6. ``," the company said`` names the organisation the story
named as such. Fragments take the subject of the speech verb before them; indirect speech
comes last. Names come from ``people`` (entities) over ``mentions`` (name evidence).
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from briefgen.analysis import speaker_model
from briefgen.analysis.body_names import full_body
from briefgen.analysis.continuation import (
    continued_speaker,
    misfits_pronoun,
    other_gender_spoke,
    paragraph_blocks,
    refuse,
    share_chains,
    subject_after_differs,
)
from briefgen.analysis.cues_after import after_cue, dash_signature, run_on_cue
from briefgen.analysis.cues_before import before_cue, named_event, passive, sentence_subject_speaker
from briefgen.analysis.descriptions import (
    Description,
    compatible,
    described_org,
    described_person,
    descriptive_cue,
)
from briefgen.analysis.indirect import find_indirect
from briefgen.analysis.mentions import SPEAKER_AFTER_QUOTE, speech_alternation, speech_data
from briefgen.analysis.people import Person
from briefgen.analysis.questioned import may_question, questioned
from briefgen.analysis.quotations import Piece, embedded, introduced, quote_kind, scan_quotes
from briefgen.analysis.quote_context import (
    WINDOW,
    QuoteContext,
    add_event,
    build_ctx,
    in_quote,
    is_speech,
    last_event,
    mention_covering,
    sentence_of,
    speaker_title,
    tok_index,
)
from briefgen.analysis.rebuttals import named_inside, rebutted
from briefgen.analysis.sentences import paragraphs, plain_spaces
from briefgen.analysis.subjects import speech_events, verb_subject
from briefgen.analysis.work_titles import work_title
from briefgen.model import Quote, QuoteCue, Speaker, Story

FRAGMENT_LOOKBACK = 40  # tokens searched back from a fragment for its speech verb


@cache
def _closing_cue() -> re.Pattern[str]:
    """A speech verb right after a closing mark, before or after its subject ('," said
    Drew Heiserman', '," Heiserman said', '" he added'); not a name further on ('," adding
    that it's why Donald Trump "attacks us"')."""
    verbs = speech_alternation("after_name")
    who = SPEAKER_AFTER_QUOTE
    return re.compile(rf"\s*,?\s*(?:(?:{verbs})\s+{who}|{who}\s+(?:{verbs}))\b")


def _fragment_speaker(ctx: QuoteContext, piece: Piece) -> tuple[Person | None, QuoteCue]:
    """Who a fragment quotes: the speaker of a cue right after its closing mark ('," said
    X'), else the subject of the nearest speech verb before it in the sentence."""
    sent = sentence_of(ctx, piece.open_at)
    if piece.close_at is not None and _closing_cue().match(ctx.body, piece.close_at + 1):
        # 'When Sanders said ..., he "grabbed ahold of ...," said Drew Heiserman': the cue
        # that closes the quote names its speaker before any verb earlier in the sentence
        p, cue, _t, found = after_cue(ctx, piece, sent[1])
        if found and p is not None:
            return p, cue
    lo = max(sent[0], piece.open_at - WINDOW)
    ti = tok_index(ctx, piece.open_at) - 1
    stop = ti - FRAGMENT_LOOKBACK
    while ti >= 0 and ti > stop and ctx.toks[ti][0] >= lo:
        if ctx.tok_inq[ti]:
            ti -= 1
            continue
        w = ctx.toks[ti][2]
        if w in ctx.lex.verbs and w not in ctx.lex.relay:
            p, cue = verb_subject(ctx, ti, lo)
            if p is not None and _reported_subject(ctx, p, ti, piece.open_at):
                # 'Trump … said Friday that Curiel "happens to be … Mexican."': the subject
                # of the reported clause is who the words are about, not who said them
                return None, "other"
            if p is None and cue == "pronoun":
                # 'Alixandria Lapp ... said she thinks congressional Republicans "are going to
                # be dragged down"': a "she" the text does not resolve is the earlier verb's
                ti -= 1
                continue
            if p is None and _describing_relative(ctx, ti, lo):
                # 'Ms. Haley said that women who had accused Mr. Trump of sexual misconduct
                # "should be heard"': a relative clause that describes the reported clause's
                # subject (its verb names, judges or thinks, or is passive) says nothing; the
                # quote is the earlier verb's ('the princess, who told friends "…"' is hers)
                ti -= 1
                continue
            if p is not None or not passive(ctx, ti):
                return p, cue
            break  # 'they are asked to rank … less likely to be "…," Hoover said': the cue after
        ti -= 1
    # "…", he said / , the minister said after the fragment
    if piece.close_at is not None:
        p, cue, _t, found = after_cue(ctx, piece, sent[1])
        if found:
            return p, cue
        # 'Clinton "drew quite well" in the 2008 primary, said professor Paul Beck'
        p = run_on_cue(ctx, piece, sent[1])
        if p is not None:
            return p, "explicit"
    return None, "other"


_RELATIVE = frozenset(["who", "which", "that", "whom"])
_AUXILIARIES = frozenset(["had", "has", "have", "was", "were", "is", "are", "did", "does", "also"])


@cache
def _describing_verbs() -> frozenset[str]:
    """Verbs of a relative clause that describe its antecedent rather than quote it: the
    naming and judging verbs (speech.toml [cues] naming_objects: "who had accused") and the
    verbs of thinking ("those who thought")."""
    cues = speech_data()["cues"]
    verbs = speech_data()["verbs"]
    thinking = [f for key in ("believe", "think") for f in verbs.get(key, ())]
    return frozenset(cues["naming_objects"]) | frozenset(thinking)


def _describing_relative(ctx: QuoteContext, ti: int, lo: int) -> bool:
    """Is the verb at token ``ti`` the verb of a relative clause ("women who had accused"),
    "who", "which" or "that" right before it past auxiliaries, after a noun, that describes
    the antecedent (``_describing_verbs``, or a passive: "students who were told")?"""
    if not (ctx.toks[ti][2] in _describing_verbs() or passive(ctx, ti)):
        return False
    k = ti - 1
    while k >= 0 and ctx.toks[k][0] >= lo and ctx.toks[k][2].lower() in _AUXILIARIES:
        k -= 1
    return (
        k > 0
        and ctx.toks[k][0] >= lo
        and ctx.toks[k][2].lower() in _RELATIVE
        and ctx.toks[k - 1][2].isalpha()
        and ctx.toks[k - 1][2] not in ctx.lex.verbs  # 'said that accused': no relative
    )


def find_quotes(story: Story, people: list[Person]) -> list[Quote]:
    """Direct quotes, fragments and indirect speech of ``story`` with their speakers."""
    body = plain_spaces(story.body)
    lines = paragraphs(body)
    pieces = scan_quotes(body, lines)
    ctx = build_ctx(story, people, pieces, body)
    speech_events(ctx)
    blocks = paragraph_blocks(body, lines)

    # classify
    for pc in pieces:
        pc.kind = quote_kind(ctx, pc, lines[pc.line][0])

    # attribute direct pieces
    prev: Piece | None = None
    asks = may_question(body)
    for pc in pieces:
        if pc.kind == "direct":
            if work_title(body, pc):
                # 'on NPR's "Wait, Wait … Don't Tell Me!"': a show's title, nobody's words
                pc.speaker, pc.cue, pc.title = None, "other", "?"
                continue
            _attribute(ctx, pc, lines, prev, asks)
            prev = pc
    share_chains(ctx, pieces)
    # continuation: an unattributed direct piece takes the previous speaker of the paragraph,
    # else the last speech event of the previous paragraph block
    for idx, pc in enumerate(pieces):
        if pc.kind != "direct" or pc.speaker is not None or pc.title == "?":
            continue
        before = pieces[idx - 1] if idx > 0 else None
        if (
            pc.cont
            and pc.descr is None
            and before is not None
            and before.chain == pc.chain
            and before.speaker is not None
        ):
            # a quotation over several paragraphs, each opening with a mark: the speaker
            # the continuation gave its first paragraph goes on ('He said …. / "The prime
            # minister's trips … / "The business delegation …')
            pc.speaker, pc.cue, pc.title = before.speaker, "continuation", before.title
            continue
        found = continued_speaker(ctx, pieces, idx, lines, blocks)
        if pc.descr is not None and (
            found is None or not compatible(ctx, pc.descr, found[0], found[2], pc.open_at)
        ):
            org = described_org(ctx, pc.descr, pc.open_at) or described_person(
                ctx, pc.descr, pc.open_at
            )
            if org is not None:
                # '," the company said': the organisation the story named as such; '," the
                # youngster said': the person the sentence before is about
                pc.speaker, pc.cue, pc.title = org, "role", None
                add_event(ctx, pc.open_at, org)
            else:
                refuse(ctx, pc)
        elif found is not None:
            if misfits_pronoun(ctx, pc, found[0]) or other_gender_spoke(
                ctx, found[0], found[2], pc.open_at
            ):
                # '"Then why were you talking about corporate America," he rejoined.' after
                # a woman's words: the pronoun says someone else speaks
                refuse(ctx, pc)
                continue
            if not _cued_before(pieces, idx, found[0]) and named_inside(
                ctx, found[0], pc.start, pc.end
            ):
                refuse(ctx, pc)  # '"Mr Al Fayed is a persuasive man."': not Al Fayed's words
                continue
            if subject_after_differs(ctx, pc, found[0]):
                # '"…," he rejoined' after a woman spoke: the quote's own subject is not hers
                refuse(ctx, pc)
                continue
            if rebutted(ctx, found[0], *_answer_span(ctx, pc, min(found[2], pc.open_at))):
                # '"…," the ministry said, rejecting ElBaradei's concerns': not ElBaradei's
                refuse(ctx, pc)
                continue
            pc.speaker, pc.cue, pc.title = found[0], "continuation", found[1]
    # the learned last sieve: open direct quotes take the model's speaker where it is sure
    offered = speaker_model.resolve_open(ctx, pieces, lines)
    if offered:
        story.annotations["speaker_candidates"] = speaker_model.offered(pieces, offered)
    # fragments
    out: list[Quote] = []
    for pc in pieces:
        text = story.body[pc.start : pc.end]
        if pc.kind == "fragment":
            p, cue = _fragment_speaker(ctx, pc)
            if p is None and len(text.split()) >= SUBJECT_FRAGMENT_WORDS:
                # a clause-long fragment: the sentence subject's words
                p, cue = (
                    sentence_subject_speaker(ctx, pc, sentence_of(ctx, pc.open_at)[0]),
                    "explicit",
                )
            if (
                p is not None
                and asks
                and questioned(ctx, p, sentence_of(ctx, pc.open_at)[0], pc.open_at)
            ):
                p = None  # 'Rubio was asked by moderator Gerard Baker whether … "…"'
            if p is None:
                continue  # a scare quote or a term nobody is quoted as saying
            p = full_body(ctx, p)
            out.append(
                Quote(text, pc.start, pc.end, "fragment", Speaker(p.name, speaker_title(p)), cue)
            )
            continue
        sp = pc.speaker if pc.speaker is None else full_body(ctx, pc.speaker)
        title = pc.title if pc.title not in (None, "?") else speaker_title(sp)
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
    out.extend(find_indirect(ctx))
    out.sort(key=lambda q: (q.start, q.end))
    return out


def _attribute(
    ctx: QuoteContext, pc: Piece, lines: list[tuple[int, int]], prev: Piece | None, asks: bool
) -> None:
    """The speaker of a direct piece from the cues around it (after the closing mark, else
    before the opening mark); a descriptive subject after it is kept for the continuation.
    ``prev``: the direct piece before it, already attributed; ``asks``: the story holds a
    verb of asking (``questioned.may_question``)."""
    ls, le = lines[pc.line]
    sent = sentence_of(ctx, pc.open_at)
    vi = tok_index(ctx, pc.open_at) - 1
    if (
        vi > 0
        and ctx.toks[vi][0] >= max(ls, sent[0])
        and is_speech(ctx, vi)
        and passive(ctx, vi)
        and not ctx.body[ctx.toks[vi][1] : pc.open_at].strip(" ,:")
    ):
        # 'Ishiba was asked, "Do you feel any ethical guilt?" The prime minister admitted':
        # a question put to the person the cues name; whoever asked it is not named
        pc.speaker, pc.cue, pc.title = None, "other", "?"
        return
    p, cue = _introducing_verb(ctx, pc, max(ls, sent[0]))
    title, found = None, p is not None
    if not found:
        p, cue, title, found = after_cue(ctx, pc, le)
        if found and cue == "pronoun" and prev is not None and prev.chain != pc.chain:
            p = _added_to(ctx, pc, prev, p)
    if not found or p is None:
        pc.descr = descriptive_cue(ctx, pc, le)
        named = pc.descr.named if pc.descr is not None else None
        if named is not None and named.kind == "person":
            # '," Mr Kapor is reported as saying', '." he said': the person the subject names
            p, cue, title, found = named, "explicit", None, True
    if not found or p is None:
        p2, cue2, title2, found2 = before_cue(ctx, pc, max(ls, sent[0]))
        if found2 and (p2 is not None or not found):
            p, cue, title, found = p2, cue2, title2, found2
            if p is None and cue == "pronoun" and pc.descr is None:
                # 'Earlier, she told the Today programme: "…"' with "she" not resolved: a
                # description, kept for the continuation as '"…," she said' is
                pc.descr = _pronoun_before(ctx, pc, max(ls, sent[0]))
        elif found2 and pc.descr is not None and pc.descr.kind == "person" and not pc.descr.head:
            # 'Kirsty Williams, for the Lib Dems, added: "…," she said': a cue before the
            # quote names someone not resolved; the "she" after it is no licence to continue
            # an earlier speaker
            pc.descr = None
    if not found and pc.open_at == ls and pc.line > 0:
        # 'X told reporters:' closing the paragraph before the quote's
        ps, pe = lines[pc.line - 1]
        if ctx.body[pe - 1] == ":":
            colon = Piece(pe, pe, pe, None, pc.line - 1)
            p, cue, title, found = before_cue(ctx, colon, max(ps, sentence_of(ctx, pe - 1)[0]))
    if not found:
        # the sentence the closing mark is in: a quote of several sentences runs on from its last
        run_end = sentence_of(ctx, pc.close_at)[1] if pc.close_at is not None else sent[1]
        p = run_on_cue(ctx, pc, max(run_end, sent[1])) or dash_signature(ctx, pc, lines)
        if p is not None:
            cue, title, found = "explicit", None, True
    if (
        p is None
        and title != "?"
        and pc.descr is None
        and introduced(ctx.body, pc, max(ls, sent[0]))
    ):
        ev = last_event(ctx, max(ls, sent[0]), pc.open_at)
        if ev is not None and named_event(ctx, ev[0]) and not _verb_between(ctx, ev[0], pc):
            # '"The risk," said Edward Leamer, an economist, "is that …"': an interrupted
            # quote goes on in the words of the speaker its first part was given
            p, cue, title, found = ev[1], "explicit", None, True
        # 'Trump issued a statement, "…"', 'Bush offered a retort, tweeting at him, "…"',
        # 'Rubio fired back forcefully: "…"': the subject of the sentence that introduces it
        p2 = sentence_subject_speaker(ctx, pc, sent[0]) if p is None else None
        if p2 is not None:
            p, cue, title, found = p2, "explicit", None, True
    if not found and embedded(ctx.body, pc, ls):
        # a quoted sentence run into the reporter's ("is labeling Obama's actions "…"",
        # "warns that "…""): the subject of the speech verb before it, as for a fragment
        p, cue = _fragment_speaker(ctx, pc)
        if p is None:
            p = sentence_subject_speaker(ctx, pc, sent[0])
            cue = "explicit"
        found = p is not None
    if p is not None and cue == "pronoun" and named_inside(ctx, p, pc.start, pc.end):
        # '"Mr Al Fayed is a very persuasive man," he said': the words speak of the person
        # the pronoun was taken for; they are someone else's, who ends the chain
        p, found = None, True
        close = pc.close_at if pc.close_at is not None else pc.end
        bisect.insort(ctx.unnamed_offs, sentence_of(ctx, close)[1] - 1)
    if p is not None and rebutted(ctx, p, *_answer_span(ctx, pc, max(ls, sent[0]))):
        # 'ElBaradei's concerns were rejected by the ministry, which said: "…"': the person the
        # quote answers is not its speaker; the cue names someone we could not resolve
        p, found = None, True
    if p is not None and asks and questioned(ctx, p, max(ls, sent[0]), pc.open_at):
        # 'Sanders was asked by host Bill Maher, "Now, you famously said …?"': the words are
        # the asker's, not those of the one they were put to
        p, found = None, True
    if p is not None:
        pc.speaker, pc.cue, pc.title = p, cue, title
        add_event(ctx, pc.open_at, p)
    elif found and pc.descr is None:
        pc.cue = cue
        pc.speaker = None
        pc.title = "?"  # an explicit cue we could not resolve: no continuation guess


def _reported_subject(ctx: QuoteContext, p: Person, vi: int, at: int) -> bool:
    """Is ``p`` named right after a "that" between the speech verb ``vi`` and the opening
    mark at ``at`` ('said Friday that Curiel "…"'): the reported clause's subject?"""
    ve = ctx.toks[vi][1]
    k = ctx.body.find(" that ", ve, at)
    if k < 0:
        return False
    cov = mention_covering(ctx, k + 6)  # the name right after "that", the clause's subject
    return (
        cov is not None
        and cov[0] == k + 6
        and cov[2] is p
        and ctx.body[cov[1] : cov[1] + 1] not in ("'", "’")  # "that Trump's case": not it
    )


def _cued_before(pieces: list[Piece], idx: int, speaker: Person) -> bool:
    """Does the piece before ``idx``, in the same paragraph, give ``speaker`` by a cue of its
    own ('"You would have to ask Mark May," Holtz said. "… I have a hard time speaking for
    Lou Holtz"'): the surest continuation, kept whoever the words name?"""
    prev = pieces[idx - 1] if idx > 0 else None
    return (
        prev is not None
        and prev.line == pieces[idx].line
        and prev.speaker is speaker
        and prev.cue in ("explicit", "colon")
    )


# '," he added': a he/she and a verb that goes on from the words before
_ADDED_RE = re.compile(r",?\s*(he|she) (?:also |then |later )?(?:added|adds|continued|continues)\b")


def _added_to(ctx: QuoteContext, pc: Piece, prev: Piece, found: Person | None) -> Person | None:
    """The speaker of '"…," he added' right after another quote (its paragraph or the one
    before, no one speaking in between): the previous quote's person, when of that gender
    ('"…," complained carriage driver Henry. / "…," he added'), and no one when the previous
    quote's cue named someone the story does not ('"…," said a young coachwoman. / "…," she
    added'); else ``found``, the pronoun's antecedent."""
    if pc.close_at is None or prev.line < pc.line - 1:
        return found
    m = _ADDED_RE.match(ctx.body, pc.close_at + 1)
    sp = prev.speaker
    ev = last_event(ctx, prev.end, pc.open_at) if m is not None else None
    if m is None or (ev is not None and ev[1] is not sp):
        return found
    if sp is None:
        return None if prev.title == "?" else found
    gender = "m" if m.group(1) == "he" else "f"
    return sp if sp.kind == "person" and sp.gender in (None, gender) else found


_PRONOUN_RE = re.compile(r"\b([Hh]e|[Ss]he)\b")


def _pronoun_before(ctx: QuoteContext, pc: Piece, lo: int) -> Description | None:
    """The "he" / "she" of a cue before the quote ('Earlier, she told …: "…"') as a
    description of a person of that gender; None when both pronouns stand there."""
    found = {
        m.group(1).lower()
        for m in _PRONOUN_RE.finditer(ctx.body, lo, pc.open_at)
        if not in_quote(ctx, m.start())
    }
    if len(found) != 1:
        return None
    return Description("person", gender="m" if found == {"he"} else "f")


def _verb_between(ctx: QuoteContext, at: int, pc: Piece) -> bool:
    """Is there a speech verb outside quotes after the speech event at ``at`` and before the
    quote's opening mark ('Mbumba said he was present when doctors told those there: "…"')?
    The quote is then that verb's, whoever its unnamed subject is."""
    ti = tok_index(ctx, at) + 1
    while ti < len(ctx.toks) and ctx.toks[ti][0] < pc.open_at:
        if not ctx.tok_inq[ti] and is_speech(ctx, ti):
            return True
        ti += 1
    return False


def _introducing_verb(ctx: QuoteContext, pc: Piece, lo: int) -> tuple[Person | None, QuoteCue]:
    """The subject of a speech verb that runs straight into the quote, "that" or no word
    between ('Cardin stressed that "the way to proceed is …," suggesting …'): that verb says
    whose words they are, whatever cue follows the quote. (A time between the verb and "that",
    'claimed on Tuesday that "…"', is not read here.)"""
    vi = tok_index(ctx, pc.open_at) - 1
    if vi > 0 and ctx.toks[vi][2] == "that":
        vi -= 1
    if vi < 0 or ctx.toks[vi][0] < lo or ctx.tok_inq[vi] or not is_speech(ctx, vi):
        return None, "other"
    between = ctx.body[ctx.toks[vi][1] : pc.open_at].split()
    if between not in ([], ["that"]) or passive(ctx, vi):
        return None, "other"
    return verb_subject(ctx, vi, lo)


def _answer_span(ctx: QuoteContext, pc: Piece, lo: int) -> tuple[int, int]:
    """Where to look for the person a quote answers: from ``lo`` to the end of the sentence
    holding the quote's end, both at most ``WINDOW`` characters from the quote."""
    close = pc.close_at if pc.close_at is not None else pc.end
    return max(lo, pc.open_at - WINDOW), min(sentence_of(ctx, close)[1], close + WINDOW)


SUBJECT_FRAGMENT_WORDS = 4  # a shorter quoted phrase may be a term or a scare quote
