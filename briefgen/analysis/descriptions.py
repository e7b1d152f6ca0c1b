"""Descriptive subjects after a quote (``," the 74-year-old said``, ``," it said``): what fits.

A description does not name a speaker; it only checks one. :func:`descriptive_cue` reads the
subject after the closing mark into a :class:`Description` (a person, organisation, spokesperson,
plural, surname or pronoun). :func:`compatible` says whether it fits the previous speaker (no one
else of its kind named or speaking in between), and :func:`described_org` gives the
organisation a description like "the company" names when the story named one as such.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from itertools import pairwise

from briefgen.analysis.cues_after import CUE_WORD_RE, adverb, cue_end
from briefgen.analysis.cues_before import FUNCTION_CAPS
from briefgen.analysis.name_kinds import OUTLETS
from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.people import Person
from briefgen.analysis.prepositions import PREPOSITIONS, after_preposition
from briefgen.analysis.pronouns import resolve_pronoun
from briefgen.analysis.quotations import SENT_END, Piece
from briefgen.analysis.quote_context import (
    PRONOUN_GENDER,
    WINDOW,
    Lex,
    QuoteContext,
    in_quote,
    is_speech,
    mention_covering,
    mention_ending_at,
    narrated_sentence_before,
    persons_named_in,
    sentence_of,
    tok_index,
)
from briefgen.analysis.spokespeople import (
    SPOKES_GENDER,
    STATE_MINISTRY_RE,
    org_named,
    party_name,
    state_ministry,
)
from briefgen.analysis.subjects import speech_verb_tokens, verb_subject

# ---- descriptive subjects after a quote: '," the company said', '," the youngster said' ----

DescrKind = str  # "person", "organisation", "spokes", "plural", "named", "surname", "unknown"


@dataclass(frozen=True)
class Description:
    """The subject of a speech cue after a closing mark that names no one we resolved."""

    kind: DescrKind
    gender: str = ""  # "m"/"f" for he/she
    named: Person | None = None  # kind "named": the person or body the subject's mention is
    surname: str | None = None  # kind "surname": a capitalised name that is no mention
    head: str = ""  # kind "organisation": the head noun ("company", "ministry")


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
    for m in CUE_WORD_RE.finditer(body, a, b):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= CUE_MAX_WORDS:
            break
    return out


def _subject_end(lex: Lex, words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """(subject length, index of the speech verb) of ``SUBJECT [aux] VERB``; None when the
    words are not that (no verb, a relaying verb, punctuation inside the subject)."""
    vi = next((k for k, w in enumerate(words) if w[2] in lex.verbs and w[2] not in lex.relay), None)
    if vi is None or vi == 0:
        return None
    si = vi
    while si > 0 and (words[si - 1][2] in CUE_AUX or adverb(words[si - 1][2])):
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


def descriptive_cue(ctx: QuoteContext, piece: Piece, limit: int) -> Description | None:
    """The subject of '," SUBJECT [aux] VERB' after the closing mark when ``after_cue`` did
    not resolve it: "it said", "the economy minister said", "Mr Kapor is reported as saying"."""
    body = ctx.body
    if piece.close_at is None:
        return None
    a = piece.close_at + 1
    words = _cue_words(body, a, cue_end(body, a, limit))
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


def _previous_sentence(ctx: QuoteContext, at: int) -> int:
    """Start of the sentence before the one holding ``at``."""
    start = sentence_of(ctx, at)[0]
    return sentence_of(ctx, start - 1)[0] if start > 0 else start


def _classify_subject(
    ctx: QuoteContext, subj: list[tuple[int, int, str]], at: int
) -> Description | None:
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
            p = resolve_pronoun(ctx, gender, subj[0][0])
            if p is not None and not _speech_by_other(ctx, p, _previous_sentence(ctx, at), at):
                return Description("named", named=p)
            return Description("person", gender=gender)
        return Description("organisation" if first == "it" else "plural")
    if first in ("a", "an"):
        # "a commission spokeswoman said": the body speaking (other indefinites are unnamed)
        return Description("spokes") if low in SPOKES_GENDER else None
    if first.lower() in DESCR_LEAD and len(subj) > 1:
        if low in lex.plural_heads:
            return Description("plural")
        if low in SPOKES_GENDER:
            return Description("spokes")  # "the council's spokesperson": the body speaking
        if first.lower() != "the" or any(w[2].endswith(("'s", "’s")) for w in subj):
            return Description("unknown")  # "his agent", "the singer's wife": someone else
        if low in lex.org_heads:
            if any(w[2][:1].isupper() and w[2] not in lexicon().demonyms for w in subj[1:-1]):
                return Description("unknown")  # "the China Daily newspaper": a body it names
            return Description("organisation", head=low)
        if low in lex.person_heads or low.endswith("year-old") or head in lexicon().demonyms:
            return Description("person", head=low)
        cut = _relative_cut(subj, lex)
        if cut is not None:
            # "says the woman who is in her late 20s", "says the mother of four who vends
            # food": the noun before the relative clause or the count of children
            return Description("person", head=cut)
        return Description("unknown")
    if len(subj) == 2 and low == "office" and first.endswith(("'s", "’s")):
        # '," Ryan's office said': a person's office speaks for them
        p = mention_ending_at(ctx, subj[0][1] - 2)
        if p is not None and p.kind == "person":
            return Description("named", named=p)
    if not all(w[2][:1].isupper() for w in subj) or first in FUNCTION_CAPS:
        return None
    p = mention_ending_at(ctx, subj[-1][1])
    if p is not None:
        return Description("named", named=p)
    if len(subj) <= 2 and (len(subj) == 1 or first in lexicon().honorifics):
        return Description("surname", surname=head)
    return Description("unknown")


_NUMBER_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine"])


def _relative_cut(subj: list[tuple[int, int, str]], lex: Lex) -> str | None:
    """The person head of "the woman who ...", "the mother of four ...": a person noun right
    before "who", or before "of" and a number; None when the words are not so shaped."""
    for k in range(2, len(subj)):
        w = subj[k][2]
        nxt = subj[k + 1][2] if k + 1 < len(subj) else ""
        if w == "who" or (w == "of" and (nxt in _NUMBER_WORDS or nxt.isdigit())):
            low = subj[k - 1][2].lower()
            return low if k == 2 and low in lex.person_heads else None
    return None


def _same(p: Person, q: Person) -> bool:
    """One speaker: the same entity, or a name, or two names of one party ("UKIP" and the
    "UK Independence Party" a UKIP spokesman speaks for)."""
    if p is q or (p.kind == q.kind and p.name == q.name):
        return True
    return p.kind == q.kind == "organisation" and party_name(p.name) == party_name(q.name) != ""


def _last_mentioned(ctx: QuoteContext, kind: str, a: int, b: int) -> tuple[bool, Person | None]:
    """The last ``kind`` mentioned outside quotes in ``[a, b)``: (False, None) when there is
    none, (True, None) when too many mentions stand in the way to tell."""
    i = bisect.bisect_left(ctx.ment_starts, b) - 1
    for _ in range(MENTION_SCAN_MAX):
        if i < 0 or ctx.ments[i][0] < a:
            return False, None
        s, _e, p = ctx.ments[i]
        i -= 1
        if p.kind == kind and not in_quote(ctx, s):
            return True, p
    return True, None


def _others_between(ctx: QuoteContext, prev: Person, kind: str, lo: int, hi: int) -> bool:
    """Is the last ``kind`` mentioned before this quote (opening at ``hi``) someone other than
    ``prev``, who spoke at ``lo``? Looked at: the sentences after the one holding ``lo``, then
    that sentence up to ``lo`` (its subject), not the rest of the previous speaker's own
    sentence ("Deutsche Boerse said TCI's opposition would not change its bid"). A later
    mention of ``prev`` ("But Alli insists ...") makes it the referent again."""
    if _subject_of_sentence_before(ctx, prev, hi):
        # "Corbett, soon to reunite with Ronnie Barker, also criticised quiz shows. "It's ...'":
        # the sentence just before the quote is about the previous speaker
        return False
    sent = sentence_of(ctx, lo)
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


def _subject_of_sentence_before(ctx: QuoteContext, prev: Person, hi: int) -> bool:
    """Is ``prev`` the first person named (outside quotes) in the sentence that ends just
    before the quote opening at ``hi``, in the same paragraph?"""
    sent = sentence_of(ctx, hi)
    if sent[0] < hi - 1 or sent[0] == 0 or ctx.body[sent[0] - 1] == "\n":
        return False  # the quote does not open a sentence, or opens the paragraph
    before = sentence_of(ctx, sent[0] - 1)
    i = bisect.bisect_left(ctx.ment_starts, before[0])
    while i < len(ctx.ments) and ctx.ments[i][0] < before[1]:
        s, _e, p = ctx.ments[i]
        i += 1
        if p.kind == "person" and not in_quote(ctx, s):
            return _same(p, prev) and not after_preposition(ctx, s, before[0])
    return False


def _other_speech_between(ctx: QuoteContext, prev: Person, lo: int, hi: int) -> bool:
    """Does a speech verb outside quotes in ``[lo, hi)``, after the sentence holding ``lo``,
    have a subject other than ``prev`` ("the EU said that ...", even when unresolved)?"""
    return _speech_by_other(ctx, prev, max(lo, sentence_of(ctx, lo)[1]), hi)


def _speech_by_other(ctx: QuoteContext, prev: Person, lo: int, hi: int) -> bool:
    """Does a speech verb outside quotes in ``[lo, hi)`` have a subject other than ``prev``?"""
    vts = speech_verb_tokens(ctx)
    k = bisect.bisect_left(vts, tok_index(ctx, lo))
    for _ in range(MENTION_SCAN_MAX):
        if k >= len(vts) or ctx.toks[vts[k]][0] >= hi:
            return False
        ti = vts[k]
        k += 1
        if not is_speech(ctx, ti) or ctx.tok_inq[ti]:
            continue
        p, _cue = verb_subject(ctx, ti, sentence_of(ctx, ctx.toks[ti][0])[0])
        if p is None or not _same(p, prev):
            return True
    return True


def compatible(ctx: QuoteContext, descr: Description, prev: Person, lo: int, hi: int) -> bool:
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


GENERIC_ORG_HEADS = frozenset(["company", "firm", "group", "organisation", "organization"])
ORG_LOOKBACK = 2  # sentences searched back for the organisation a description names


def described_org(ctx: QuoteContext, descr: Description, at: int) -> Person | None:
    """The organisation "the company" / "the ministry" describes: the only one named in the
    story whose name ends in that head ("the ministry": "Foreign Ministry"), else, for a
    generic head ("the company", "the group"), the only organisation (no news outlet) named
    outside quotes in the sentences just before the quote; None when that is not one body."""
    if descr.kind != "organisation":
        return None
    if not descr.head:
        return _it_antecedent(ctx, at)  # '," it said'
    head = descr.head
    ends = {
        p.name
        for p in ctx.people
        if p.kind == "organisation"
        and p.name.lower().endswith(" " + head)
        and p.mentions
        and min(p.mentions)[0] < at
    }
    if len(ends) > 1:
        # "Technology Agency" read apart from "British Educational Communications and
        # Technology Agency": one body, named in full and by its tail
        ends = {n for n in ends if not any(o != n and o.endswith(" " + n) for o in ends)}
    if len(ends) == 1:
        return org_named(ctx, ends.pop())
    if not ends and head == "ministry":
        return _ministry_named_before(ctx, at)
    if ends or head not in GENERIC_ORG_HEADS:
        return None
    return _org_before(ctx, at) or _it_antecedent(ctx, at, head)


def _org_before(ctx: QuoteContext, at: int) -> Person | None:
    """The only organisation (no news outlet) named outside quotes in the ``ORG_LOOKBACK``
    sentences before ``at``, else None."""
    lo = at
    for _ in range(ORG_LOOKBACK + 1):
        if lo <= 0:
            break
        lo = sentence_of(ctx, lo - 1)[0]
    i = bisect.bisect_left(ctx.ment_starts, lo)
    found: set[str] = set()
    while i < len(ctx.ments) and ctx.ments[i][0] < at:
        s, _e, p = ctx.ments[i]
        i += 1
        if p.kind == "organisation" and p.name not in OUTLETS and not in_quote(ctx, s):
            found.add(p.name)
    return org_named(ctx, found.pop()) if len(found) == 1 else None


IT_LOOKBACK = 3  # sentences read back for the body an "it" stands for
# the words a sentence may open with before its subject ("But", "Last week,", "The")
_SUBJECT_LEAD_RE = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Earlier|Last \w+|On \w+|In \w+),? )?(?:The |the )?"
)


def _it_antecedent(ctx: QuoteContext, at: int, head: str = "") -> Person | None:
    """The body '," it said' after a quote opening at ``at`` stands for: the subject of the
    sentences before, walked back past those whose subject is "it" too ("Last week, it
    denied ..."), up to ``IT_LOOKBACK``; for '," the company said' (``head``) also past
    those whose subject is "the company" ("Boeing is …. The company said in a statement
    …"). An organisation's mention opening the sentence, or
    a one-word name the story never gives a first name, title or gender ("Multiplex will
    have to win ...", "Sony has said ..."): "it" makes that an organisation. None when the
    subject is a person, something unnamed or a possessive ("Sony's report")."""
    end = sentence_of(ctx, at)[0]
    for _ in range(IT_LOOKBACK):
        if end <= 0:
            return None
        start = sentence_of(ctx, end - 1)[0]
        if in_quote(ctx, start) or ctx.body[start : start + 1] in '"“':
            end = start  # a quoted sentence: its words, not the reporter's subject
            continue
        lead = _SUBJECT_LEAD_RE.match(ctx.body, start)
        at_subj = lead.end() if lead else start
        if ctx.body.startswith(("it ", "It "), at_subj) or (
            head and ctx.body.startswith(head + " ", at_subj)
        ):
            end = start
            continue
        i = bisect.bisect_left(ctx.ment_starts, at_subj)
        if i >= len(ctx.ments) or ctx.ments[i][0] != at_subj:
            return None
        _s, e, p = ctx.ments[i]
        if ctx.body[e : e + 1] in ("'", "’"):
            return None  # "Sony's report was published": the report
        if p.kind == "organisation":
            return None if p.name in OUTLETS else p
        if " " in p.name or p.title or p.gender:
            return None  # a person
        return org_named(ctx, p.name)
    return None


def _ministry_named_before(ctx: QuoteContext, at: int) -> Person | None:
    """'... , Seoul's foreign ministry said. / "…," the ministry said': the one country's
    ministry (``spokespeople.state_ministry``) the story names before the quote, else None."""
    if ctx.body.find("inistry", 0, at) < 0:  # (no copy of the text before)
        return None
    names = set()
    for m in STATE_MINISTRY_RE.finditer(ctx.body, 0, at):
        if not in_quote(ctx, m.start()) and (found := state_ministry(m.group())) is not None:
            names.add(found.name)
    return org_named(ctx, names.pop()) if len(names) == 1 else None


FEMALE_HEADS = frozenset(["woman", "girl", "mother", "daughter", "wife", "sister", "widow"])
MALE_HEADS = frozenset(["man", "boy", "father", "son", "husband", "brother"])
# what may open a sentence before the person it is about: a fronted word or short phrase and
# its comma ("Meanwhile,", "One of them,"), "According to", an age, capitalised words and one
# lower-case noun of a title ("Perpignan centre Jean-Philippe Granclaude")
_ABOUT_LEAD_RE = re.compile(
    r"(?:[A-Z][\w'’-]*(?: [a-z][\w'’-]*){0,3}, )?(?P<acc>[Aa]ccording to )?"
    r"(?:(?:[A-Z][\w.'’-]*|\d+-year-old) )*(?:[a-z][a-z-]*(?<!ed) )?"
)
# after the person: an age or a short apposition, then the predicate's first word
_PREDICATE_RE = re.compile(r"(?:, [^,.;:\"“”]{1,60},)? ([a-z]+)\b")
_NOT_PREDICATES = frozenset(["and", "or", "who", "which", "whose", "said", "says"])


def described_person(ctx: QuoteContext, descr: Description, at: int) -> Person | None:
    """The person a description after a quote stands for ('…. Meanwhile, centre Jean-Philippe
    Granclaude is delighted …. "It's incredible," the youngster said'; 'According to Amina
    Salum, 34, …. "…," says the mother of four'): the one person the sentence just before the
    quote is about, its subject (a name, or a "he"/"she" resolved) or the source of its
    "according to", of the description's gender. None when the quote does not open its
    sentence, or that sentence names two people, or its person is not its subject."""
    if descr.kind != "person" or descr.gender or not descr.head:
        return None
    body = ctx.body
    start = sentence_of(ctx, at)[0]
    if start <= 0 or body[start:at].strip():
        return None
    prev = narrated_sentence_before(ctx, start)
    if prev is None:
        return None
    gender = "f" if descr.head in FEMALE_HEADS else "m" if descr.head in MALE_HEADS else ""
    named = persons_named_in(ctx, prev)
    if len(named) > 1:
        return None  # two people: either may be meant
    first, found = named[0] if named else (-1, None)
    if found is None:
        word = body[prev[0] : prev[0] + 4].split(" ", 1)[0]
        if word not in ("He", "She") or (gender and PRONOUN_GENDER[word.lower()] != gender):
            return None
        found = resolve_pronoun(ctx, PRONOUN_GENDER[word.lower()], prev[0])
    else:
        lead = _ABOUT_LEAD_RE.match(body, prev[0], first)
        if lead is None or lead.end() != first:
            return None
        cov = mention_covering(ctx, first)
        pred = _PREDICATE_RE.match(body, cov[1]) if cov is not None else None
        if lead.group("acc") is None and (
            pred is None or pred.group(1) in PREPOSITIONS or pred.group(1) in _NOT_PREDICATES
        ):
            return None  # "Police arrested John Smith on Monday": no subject
    if found is None or found.kind != "person" or (gender and found.gender not in (None, gender)):
        return None
    return found
