"""The subject of a speech verb, and the story's speech events.

:func:`verb_subject` finds who a speech verb at a token has as its subject: name-first
(``Putin said``), verb-first (``said Mr Blair``), with appositions, party-state tags ("R-Ky."),
clauses and prepositional phrases skipped, or the subject of the sentence; the phrase found is
resolved by :mod:`briefgen.analysis.speakers` (a pronoun by :mod:`briefgen.analysis.pronouns`).
:func:`speech_events` records every speech verb outside quotes with its resolved subject (the
events continuation reads) and marks verbs whose speaker the story does not name ("one broker
said"), which end a continuation chain.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from briefgen.analysis.mentions import (
    PARTY_TAG_RE,
    object_verbs,
    opinion_verbs,
    speech_data,
    speech_forms,
)
from briefgen.analysis.name_kinds import OUTLETS
from briefgen.analysis.name_lexicon import dotted_titles, lexicon
from briefgen.analysis.people import Person
from briefgen.analysis.prepositions import PREP_BEFORE_SUBJ, after_preposition, preposition_before
from briefgen.analysis.pronouns import resolve_pronoun
from briefgen.analysis.quote_context import (
    PRONOUN_GENDER,
    WINDOW,
    QuoteContext,
    add_event,
    in_quote,
    mention_covering,
    mention_cue,
    mention_ending_at,
    sentence_of,
    tok_index,
)
from briefgen.analysis.speakers import addressed_text_owner, first_of_pair, subject_phrase
from briefgen.analysis.spokespeople import SPOKES_GENDER, spokes_for
from briefgen.model import QuoteCue

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


def verb_subject(ctx: QuoteContext, vi: int, floor: int) -> tuple[Person | None, QuoteCue]:
    """The subject of the speech verb at token index ``vi`` (searching back to ``floor``),
    memoised per story."""
    floor = max(floor, ctx.toks[vi][0] - WINDOW)
    key = (vi, floor)
    found = ctx.verb_subjects.get(key)
    if found is None:
        found = ctx.verb_subjects[key] = _find_verb_subject(ctx, vi, floor)
    return found


APPOSITION_OPENERS = frozenset(["a", "an", "the", "one"])
APPOSITION_WORDS = 8


def _name_before_apposition(ctx: QuoteContext, te: int, floor: int) -> Person | None:
    """The person named right before an apposition that ends at ``te``, before a comma and
    a speech verb ("Simon Rosenberg, a Clinton supporter, told"): only an apposition opened
    by an article, of a few words, with no quote mark, no bracket and no verb of speech."""
    body = ctx.body
    opened = body.rfind(", ", max(floor, te - 80), te)
    if opened < 0:
        return None
    p = mention_ending_at(ctx, opened)
    if p is None or p.kind != "person" or in_quote(ctx, opened - 1):
        return None
    cov = mention_covering(ctx, opened - 1)
    if cov is None or preposition_before(ctx, cov[0], floor) >= 0:
        return None  # "The Conservatives' letter to Daniel Greenberg, the commissioner, said"
    words = body[opened + 2 : te].split()
    if (
        not words
        or len(words) > APPOSITION_WORDS
        or words[0] not in APPOSITION_OPENERS
        or any(w in ctx.lex.verbs or w in ("who", "which") for w in words)
        or any(ch in body[opened + 2 : te] for ch in '"“”;:()')
    ):
        return None
    return p


def _unclosed_apposition(ctx: QuoteContext, prep_at: int, floor: int) -> Person | None:
    """'Anthony Anton, president and CEO of Washington Restaurant Association stated': the
    body before the verb is the object of a preposition closing an apposition whose comma
    the writer left out; the person named before that apposition speaks. Only a person's
    mention right before ", ", then a few lower-case or title words (no comma, no verb of
    speech, no "who") up to the preposition."""
    body = ctx.body
    comma = body.rfind(", ", floor, prep_at)
    if comma < 0 or prep_at - comma > 80:
        return None
    p = mention_ending_at(ctx, comma)
    if p is None or p.kind != "person":
        return None
    words = body[comma + 2 : prep_at].split()
    if not words or len(words) > 6 or words[0].lower() in ("who", "which", "whose", "and"):
        return None
    lex = lexicon()
    if not any(w.lower() in lex.role_words for w in words) or any(
        w in ctx.lex.verbs for w in words
    ):
        return None
    return p


def _find_verb_subject(ctx: QuoteContext, vi: int, floor: int) -> tuple[Person | None, QuoteCue]:
    """``verb_subject`` without the memo (``floor`` already clipped to the window)."""
    body = ctx.body
    lex = ctx.lex
    vs, _ve, vword, _p, _c = ctx.toks[vi]
    if vword in lex.participles:
        if (
            vi > 0
            and ctx.toks[vi - 1][0] >= floor
            and body[ctx.toks[vi - 1][1] : vs] == ", "
            and ctx.toks[vi - 1][2] in _SAID_BEFORE_PARTICIPLE
        ):
            # '..., Spicer said, adding, "…"', '"…," Law said, noting that donors feel "…"':
            # the participle's subject is the cue's
            return verb_subject(ctx, vi - 1, floor)
        return _sentence_subject(ctx, floor, vs, pronoun_first=True)
    if vi + 1 < len(ctx.toks) and vword not in object_verbs() and _may_invert(ctx, vword, _ve):
        # (a verb of praise or description takes the name after it as its object: 'Kerry
        # Washington, star of "Scandal," thanked Obama for "…"')
        before = body[max(floor, vs - 3) : vs]
        if before.rstrip().endswith((",", "”", '"')):
            # ", said Mr Blair" / "," says the prime minister"
            ne = phrase_end(body, _ve, min(len(body), _ve + 80))
            p, cue, _t = subject_phrase(ctx, _ve, ne, resolve_pronoun)
            if p is not None and not _clause_subject_after(ctx, _ve):
                return p, cue
    j = vi - 1
    while j >= 0 and ctx.toks[j][0] >= floor and ctx.toks[j][2].lower() in SKIP_BACK:
        j -= 1
    if j < 0 or ctx.toks[j][0] < floor:
        return None, "other"
    ts, te, tw, _p, _c = ctx.toks[j]
    if tw == "to" and j > 0:
        caused = _caused_to_speak(ctx, j - 1)
        if caused is not None:
            return caused, "explicit"
        pw = ctx.toks[j - 1][2]
        if (
            pw == "on"
            and j > 1
            and ctx.toks[j - 2][2] in WENT
            and ctx.toks[j - 2][0] >= floor
            and not ctx.tok_inq[j - 2]
        ):
            # "He went on to say:", "Deats went on to warn": the subject of "went on"
            return _find_verb_subject(ctx, j - 2, floor)
        if (
            (pw.endswith("ed") or pw in ROSE_TO)
            and pw.isalpha()
            and pw.islower()
            and ctx.toks[j - 1][0] >= floor
            and not ctx.tok_inq[j - 1]
        ):
            # "Howard Flight was reported to have suggested", "He is expected to say", "Mr
            # Brown is alleged to have told": the subject of the verb the "to" follows
            return _find_verb_subject(ctx, j - 1, floor)
    gap = body[te : ctx.toks[j + 1][0]] if j + 1 < len(ctx.toks) else ""
    if gap.startswith((".)", ")")) and (tag := _party_tag_before(ctx, j, floor)) >= 0:
        # "Rep. Paul Ryan (R-WI) said": the name before the party-state tag
        j = tag
        ts, te, tw, _p, _c = ctx.toks[j]
        gap = " "
    if "," in gap and (ap := _role_appositive(ctx, j)) is not None:
        # "Radio 1's controller, Andy Parfitt, said": the named appositive, not the body
        return ap, "explicit"
    if "," in gap and (named := _name_before_apposition(ctx, te, floor)) is not None:
        # '… everyday people," Simon Rosenberg, a Clinton supporter, told the New Yorker':
        # the person an apposition describes, not the sentence's first name
        return named, "explicit"
    if "," in gap and (owner := addressed_text_owner(ctx, max(floor, sentence_of(ctx, ts)[0]), vs)):
        # "The Conservatives' letter to Daniel Greenberg, the standards commissioner, said"
        return owner, "explicit"
    if tw in ("and", "but") or "," in gap or ")" in gap:
        # a coordinated verb ("Kim praised Putin, touted ...") or one after an appositive
        # ("Mr Mates, who is a member of ..., told the BBC"): the subject of the clause; a
        # he/she opening it only for a coordinated verb ("He said … and added"), not after a
        # comma ("And he is worried after its scientist, Khan, admitted …")
        return _sentence_subject(ctx, floor, vs, pronoun_first=tw in ("and", "but"))
    if tw.lower() in PRONOUN_GENDER:
        return resolve_pronoun(ctx, PRONOUN_GENDER[tw.lower()], ts), "pronoun"
    if tw.lower() == "who":
        return _appositive_subject(ctx, floor, vs)
    if gap[1:-1].isdigit() and gap[0] == gap[-1] == " ":
        te += len(gap) - 1  # "Radio 1 said": a body's name ends in its number (name_runs)
    p = mention_ending_at(ctx, te)
    if p is not None:
        cov = mention_covering(ctx, te - 1)
        if (
            p.kind == "organisation"
            and cov is not None
            and ctx.body.endswith(AFFILIATION_ENDS, 0, cov[0])  # (a C-level test first)
            and (worker := _person_of(ctx, cov[0], floor)) is not None
        ):
            # "Rebecca English of the Daily Mail recalled:": the person, not the outlet
            return worker, "explicit"
        if p.kind == "organisation" and p.name in OUTLETS:
            return None, "other"
        prep = preposition_before(ctx, cov[0], floor) if cov is not None else -1
        if prep >= 0:
            # "a spokesman for Michael Howard said": the body; "detainee 'A' in Woodhill
            # Prison said": the place is not the speaker (an honest null)
            if ctx.toks[prep][2] == "for" and prep > 0 and ctx.toks[prep - 1][2] in SPOKES_GENDER:
                org = spokes_for(ctx, prep)
                return (org, "explicit") if org is not None else (None, "other")
            owner = addressed_text_owner(ctx, max(floor, sentence_of(ctx, ts)[0]), te)
            if owner is not None:
                return owner, "explicit"  # "the Conservatives' letter to Mr Greenberg said"
            named = _unclosed_apposition(ctx, ctx.toks[prep][0], floor)
            return (named, "explicit") if named is not None else (None, "other")
        if p.kind == "person" and cov is not None and " and " in body[max(0, cov[0] - 60) : cov[0]]:
            # "John Smith and Mary Jones said": the first one named
            start = _clause_start(ctx, j, max(floor, sentence_of(ctx, ts)[0]))
            first = first_of_pair(ctx, start, te)
            if first is not None:
                return first, "explicit"
        return p, mention_cue(ctx, te)
    # role nouns and spokespeople: resolve the noun phrase ending at te
    sent_start = max(floor, sentence_of(ctx, ts)[0])
    start = _clause_start(ctx, j, max(sent_start, te - 80))
    person, cue, _title = subject_phrase(ctx, start, te, resolve_pronoun)
    if person is not None:
        return person, cue
    return None, "other"


# the cue verbs a participle continues after a comma ('Spicer said, adding'): speech.toml
# [cues] attribution
_SAID_BEFORE_PARTICIPLE = frozenset(speech_forms("attribution"))
# words that open a clause inside a sentence: the subject phrase of a verb starts after them
CLAUSE_OPENERS = frozenset(
    ["when", "that", "because", "if", "while", "after", "before", "since", "until", "where",
     "whereas", "although", "though", "once", "who", "which"]
)  # fmt: skip
CLAUSE_BACK = 4  # words read back from a verb for the opener of its clause
PRONOUN_WORDS = frozenset(["he", "she", "it", "they", "we", "i", "you"])


def _clause_start(ctx: QuoteContext, j: int, lo: int) -> int:
    """Where the subject phrase ending at token ``j`` may start: right after a clause opener
    when only lower-case words (no pronoun, no name, no punctuation) stand between it and the
    verb ("Mbumba said he was present when doctors told …": "doctors", a subject the story
    does not name), else ``lo``."""
    toks, body = ctx.toks, ctx.body
    k = j
    while k > j - CLAUSE_BACK and k > 0 and toks[k - 1][0] >= lo:
        w = toks[k][2]
        if (
            not (w.isalpha() and w.islower())
            or w in PRONOUN_WORDS
            or body[toks[k - 1][1] : toks[k][0]] != " "
        ):
            return lo
        k -= 1
        if toks[k][2] in CLAUSE_OPENERS:
            return toks[k][1]
    return lo


_CLAUSE_GOES_ON_RE = re.compile(
    r"\s*(?:[\"“‘]|(?:was|is|were|are|had|has|have|would|will|could|should|did|does|"
    r"needs|wants|happens)\b)"
)


def _may_invert(ctx: QuoteContext, vword: str, ve: int) -> bool:
    """May the name after the verb ``vword`` (ending at ``ve``) be its inverted subject? A verb
    of opinion inverts only around a parenthesis: the name is followed by a comma."""
    if vword not in opinion_verbs():
        return True
    found = mention_covering(ctx, ve + 1)
    return found is not None and ctx.body[found[1] : found[1] + 1] == ","


def _clause_subject_after(ctx: QuoteContext, ve: int) -> bool:
    """'…, said Fiorina "was personally involved"', '…, said Nunberg was …': the name after
    the verb opens the reported clause (a quote or a verb follows it); it is not an inverted
    speaker (', said Mr Blair.')."""
    if _PRONOUN_CLAUSE_AFTER_RE.match(ctx.body, ve):
        # '…, said he expects Obama, Abe and Park to "…"', '…, wrote that Taylor "…"': "he"
        # or "that" opens the reported clause
        return True
    at = ve + 5 if ctx.body[ve : ve + 5] == " the " else ve + 1
    found = mention_covering(ctx, at)
    if found is None or found[0] > at + 1:
        return False
    # '…, said the Trump "train may have left"': a name after "the" is a modifier of the
    # reported clause's subject, never an inverted speaker
    return (
        _CLAUSE_GOES_ON_RE.match(ctx.body, found[1]) is not None
        or _POSSESSED_SUBJECT_RE.match(ctx.body, found[1]) is not None
    )


_PRONOUN_CLAUSE_AFTER_RE = re.compile(r" (?:that |(?:he|she|they|it|we|I|you) [a-z])")
# '…, said Donald Trump's seemingly confused messages have given "…"': the name owns the
# reported clause's subject, which a finite verb follows ("said Mr Blair's spokesman" has none)
_POSSESSED_SUBJECT_RE = re.compile(
    r"(?:'s|’s|'|’)(?: [a-z][\w-]*){1,5} (?:was|is|were|are|had|has|have|would|will|could|"
    r"should|did|does|may|might|must)\b"
)


def _caused_to_speak(ctx: QuoteContext, j: int) -> Person | None:
    """'That kind of talk led Christie to suggest, "…"', 'which prompted Mr Smith to say':
    the person named by token ``j``, the object of a causative verb before a "to" and a
    speech verb, is the one who speaks."""
    p = mention_ending_at(ctx, ctx.toks[j][1])
    cov = mention_covering(ctx, ctx.toks[j][1] - 1) if p is not None else None
    if p is None or cov is None or p.kind != "person":
        return None
    k = tok_index(ctx, cov[0]) - 1
    return p if k >= 0 and ctx.toks[k][2] in CAUSATIVES else None


# verbs without "-ed" a "to" of purpose follows ("rose to ask")
ROSE_TO = frozenset(["rose", "stood", "stepped", "paused"])
WENT = frozenset(["went", "goes", "go", "going"])  # "went on to say": speech that carries on
# verbs whose object does what the "to" infinitive after it says ("led Christie to suggest")
CAUSATIVES = frozenset(
    ["led", "leads", "leading", "prompted", "prompts", "prompting", "caused", "causing",
     "moved", "inspired", "drove", "spurred", "forced", "compelled"]
)  # fmt: skip


def _party_tag_before(ctx: QuoteContext, j: int, floor: int) -> int:
    """The token before "(R-WI)" when token ``j`` ends such a parenthesised tag, else -1."""
    at = ctx.body.rfind(" (", max(floor, ctx.toks[j][0] - 12), ctx.toks[j][0])
    if at < 0 or not PARTY_TAG_RE.match(ctx.body, at + 2):
        return -1
    k = tok_index(ctx, at) - 1
    return k if k >= 0 and ctx.toks[k][0] >= floor else -1


def _appositive_subject(
    ctx: QuoteContext, floor: int, before: int
) -> tuple[Person | None, QuoteCue]:
    floor = max(floor, before - WINDOW)
    i = bisect.bisect_left(ctx.ment_starts, before) - 1
    while i >= 0:
        s, e, p = ctx.ments[i]
        if s < floor:
            break
        if (
            e <= before
            and ctx.body[e : e + 1] == ","
            and not in_quote(ctx, s)
            and (p.kind == "person" or p.name not in OUTLETS)
        ):
            return p, "explicit"
        i -= 1
    return None, "other"


def _sentence_subject(
    ctx: QuoteContext, floor: int, before: int, pronoun_first: bool = False
) -> tuple[Person | None, QuoteCue]:
    """First person (or organisation) mention of the clause that is not inside a subordinate
    phrase or possessive, before ``before``. ``pronoun_first``: a he/she opening the sentence
    is the subject (for a participle or a verb coordinated with the main one)."""
    floor = max(floor, before - WINDOW)
    opener = (
        _pronoun_opener(ctx, floor, before)
        if pronoun_first and floor <= sentence_of(ctx, before)[0]
        else None
    )
    if opener is not None:
        # 'He criticised the European Commission, saying its plan was "…"': a he/she
        # opening the clause is its subject; the names after it are objects
        return resolve_pronoun(ctx, PRONOUN_GENDER[opener[1]], opener[0]), "pronoun"
    i = bisect.bisect_left(ctx.ment_starts, floor)
    while i < len(ctx.ments):
        s, e, p = ctx.ments[i]
        if s >= before:
            break
        i += 1
        if in_quote(ctx, s) or ctx.body[e : e + 2] in ("'s", "’s"):
            continue
        if p.kind == "organisation" and p.name in OUTLETS:
            continue
        if p.kind == "organisation" and i < len(ctx.ments):
            # "PCSU deputy general secretary Hugh Lanning": the person the body qualifies
            s2, _e2, p2 = ctx.ments[i]
            if p2.kind == "person" and s2 < before and s2 - e < 60 and "," not in ctx.body[e:s2]:
                return p2, "explicit"
        ti = tok_index(ctx, s) - 1
        prev = ctx.toks[ti][2].lower() if ti >= 0 and ctx.toks[ti][0] >= floor else ""
        next_to_verb = _next_to_verb(ctx.body, e, before)
        if (
            prev in PREP_BEFORE_SUBJ
            # "with Mr Kennedy stressing …": a named subject of the participle after "with"
            and not (prev == "with" and next_to_verb and ctx.body[s].isupper())
        ) or (
            prev in ("the", "a", "an")
            and not next_to_verb  # 'with the Countryside Alliance saying'
            and after_preposition(ctx, s, floor)
        ):
            continue  # "Appearing before the World Court, …": an object, not the subject
        return p, "explicit"
    if opener is None and (opener := _pronoun_opener(ctx, floor, before)) is not None:
        # a pronoun subject at the clause start, no name in the clause
        return resolve_pronoun(ctx, PRONOUN_GENDER[opener[1]], opener[0]), "pronoun"
    return None, "other"


def _pronoun_opener(ctx: QuoteContext, floor: int, before: int) -> tuple[int, str] | None:
    """(offset, lower-case word) of a he/she opening the clause at ``floor`` (after "and",
    "but", "meanwhile" …), before ``before``; else None."""
    ti = tok_index(ctx, floor)
    while ti < len(ctx.toks) and ctx.toks[ti][0] < before:
        w = ctx.toks[ti][2].lower()
        if w in PRONOUN_GENDER:
            return ctx.toks[ti][0], w
        if w not in ("and", "but", "so", "then", "also", "meanwhile", "however"):
            return None
        ti += 1
    return None


def _next_to_verb(body: str, e: int, verb_at: int) -> bool:
    """Does only a comma or an auxiliary stand between the mention ending at ``e`` and the
    verb ('with the Countryside Alliance saying', 'such as the Asian Development Bank, have
    said')? The mention is then the verb's subject, whatever preposition comes before it."""
    return all(w in NEXT_TO_VERB for w in body[e:verb_at].replace(",", " ").split())


# and the adverbs that say how the words are known or were said ('with Trump reportedly
# yelling'), not how an act was done ('with Tony Blair hastily adding a sixth promise')
NEXT_TO_VERB = frozenset(
    ["have", "has", "had", "was", "is", "also", "will", "would", "reportedly", "allegedly",
     "apparently", "publicly", "privately", "then", "later"]
)  # fmt: skip


def abbreviation_point(body: str, i: int, floor: int) -> bool:
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


def _role_appositive(ctx: QuoteContext, j: int) -> Person | None:
    """The person of "<role noun>, NAME," when a mention ending at token ``j`` is one."""
    te = ctx.toks[j][1]
    p = mention_ending_at(ctx, te)
    if p is None or p.kind != "person":
        return None
    cov = mention_covering(ctx, te - 1)
    if cov is None or ctx.body[cov[0] - 2 : cov[0]] != ", ":
        return None
    k = tok_index(ctx, cov[0]) - 1
    if k < 0 or ctx.toks[k][1] != cov[0] - 2:
        return None
    w = ctx.toks[k][2]
    heads = lexicon().role_heads
    # "director-general", "secretary-general", "editor-in-chief": a role of its parts
    role = w in heads or ("-" in w and any(part in heads for part in w.split("-")))
    return p if w[:1].islower() and role else None


# the punctuation that ends a noun phrase (``phrase_end``)
_PHRASE_STOP = re.compile(r'[,.;:!?"“”()—–\n]')


# a preposition of affiliation between a person's name and a body's ("Rebecca English of the
# Daily Mail", "Patrol Chief James Hall with the New York Police Department")
_AFFILIATION_TAIL_RE = re.compile(r"(?:of|at|from|with)(?: the)? $")


AFFILIATION_ENDS = (" of ", " at ", " from ", " with ", " the ")


def _person_of(ctx: QuoteContext, start: int, floor: int) -> Person | None:
    """The person named right before the preposition that the body's mention opening at
    ``start`` follows, if one is."""
    m = _AFFILIATION_TAIL_RE.search(ctx.body, max(floor, start - 9), start)
    if m is None or ctx.body[m.start() - 1 : m.start()] != " ":
        return None
    p = mention_ending_at(ctx, m.start() - 1)
    return p if p is not None and p.kind == "person" else None


def phrase_end(body: str, s: int, limit: int) -> int:
    """Where the noun phrase at ``s`` ends: punctuation, but not an abbreviation point ("said
    former Wisconsin Gov. Jim Doyle.")."""
    e = s
    while e < limit:
        stop = _PHRASE_STOP.search(body, e, limit)  # (one C-level scan, not a loop per character)
        if stop is None:
            return limit
        e = stop.start()
        if body[e] != "." or not abbreviation_point(body, e, s):
            return e
        e += 1
    return e


_TEXT = itemgetter(2)  # a token's text


@lru_cache(maxsize=4)
def _any_verb(verbs: frozenset[str]) -> frozenset[str]:
    return verbs | INDIRECT_VERBS


def speech_verb_tokens(ctx: QuoteContext) -> list[int]:
    """Indices of the tokens that are speech verbs or indirect-speech verbs, in order
    (one pass over the tokens shared by ``speech_events`` and ``find_indirect``)."""
    if ctx.verb_toks is None:
        is_verb = map(_any_verb(frozenset(ctx.lex.verbs)).__contains__, map(_TEXT, ctx.toks))
        ctx.verb_toks = list(compress(range(len(ctx.toks)), is_verb))  # one C-level pass
    return ctx.verb_toks


def speech_events(ctx: QuoteContext) -> list[tuple[int, Person]]:
    """Speech verbs outside quotes with a resolved subject: (verb offset, speaker)."""
    events: list[tuple[int, Person]] = []
    toks = ctx.toks
    verbs = ctx.lex.verbs
    for ti in speech_verb_tokens(ctx):
        s, _e, w, _p, _c = toks[ti]
        if w not in verbs or w in ctx.lex.relay or ctx.tok_inq[ti]:
            continue
        sent = sentence_of(ctx, s)
        p, _cue = verb_subject(ctx, ti, sent[0])
        if p is not None:
            events.append((s, p))
            add_event(ctx, s, p)
        elif _unnamed_subject(ctx, ti, sent[0]) and not _asked(ctx, ti):
            ctx.unnamed_offs.append(s)
    return events


BEFORE_PASSIVE = frozenset(["when", "if", "once", "after", "was", "were", "being", "been", "is"])


def _asked(ctx: QuoteContext, vi: int) -> bool:
    """Is the verb at ``vi`` a passive ("… told CNN in an interview when asked which …"): the
    subject is spoken to, so no unnamed speaker is there?"""
    return vi > 0 and ctx.toks[vi - 1][2].lower() in BEFORE_PASSIVE and ctx.toks[vi][2][-2:] == "ed"


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


def _unnamed_subject(ctx: QuoteContext, vi: int, floor: int) -> bool:
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


# the verbs that report speech indirectly ("X said that ..."): speech.toml [cues] indirect
INDIRECT_VERBS = frozenset(speech_data()["cues"]["indirect"])
