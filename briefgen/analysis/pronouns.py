"""Who a pronoun stands for: the antecedent of a "he" / "she" that is a cue's subject.

:func:`resolve_pronoun` walks back from the pronoun over its own clause and the sentences
before it (a sentence the splitter ran into the next is read as the sentences it holds) and
takes the first person in subject position of the pronoun's gender (``_person_subject``); a
pronoun subject there is followed back in turn; a spokesperson subject gives the body they
speak for ("Tony Blair's official spokesman declined … He said", read with
``speakers.subject_phrase``, to which this module hands ``resolve_pronoun``). It answers
nothing where someone else may be meant: a sentence opening with someone described or a name
no list knows (:mod:`~briefgen.analysis.openings`), a plural subject, quoted words about the
person, a narration that is someone else's account. Failing all of it, the story's only person
of that gender so far. Memoised per story on the quote context.
"""

from __future__ import annotations

import bisect
import re

from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.openings import (
    bare_subject,
    described_person_opens,
    description_opens,
    indefinite_teller_opens,
    kin_named,
    kin_of,
    named_apposition_opens,
    titled_unknown_opens,
    unknown_name_opens,
    unmarked_name_opens,
    unnamed_inverted_teller,
    unnamed_teller_opens,
)
from briefgen.analysis.people import Person
from briefgen.analysis.prepositions import (
    FRONTED_SUBORDINATORS,
    PREP_BEFORE_SUBJ,
    PREPOSITIONS,
    after_preposition,
)
from briefgen.analysis.quote_context import (
    PRONOUN_GENDER,
    WINDOW,
    QuoteContext,
    in_quote,
    mention_covering,
    mention_ending_at,
    narrated_sentence_before,
    persons_named_in,
    sentence_of,
    tok_index,
)
from briefgen.analysis.role_nouns import title_holder
from briefgen.analysis.speakers import subject_phrase
from briefgen.analysis.spokespeople import SPOKES_GENDER, spokes_for


def resolve_pronoun(ctx: QuoteContext, gender: str, before: int, depth: int = 0) -> Person | None:
    """He/she: the subject of this sentence (before the pronoun), else of the previous
    sentences (up to three back), of matching gender; a pronoun subject is followed back.
    Memoised per story."""
    key = (gender, before, depth)
    if key not in ctx.pronouns:
        ctx.pronouns[key] = _find_pronoun_antecedent(ctx, gender, before, depth)
    return ctx.pronouns[key]


def _find_pronoun_antecedent(
    ctx: QuoteContext, gender: str, before: int, depth: int
) -> Person | None:
    """``resolve_pronoun`` without the memo. The sentences are walked back one by one, a
    sentence the splitter ran into the next (over a paragraph break, or past a quote and its
    cue) read as the sentences it holds."""
    sent = sentence_of(ctx, before)
    span_start, span_end = _clause_before(ctx, sent[0], before), before
    # 'She said he then announced': "she" took the person of unknown gender, so "he" needs a
    # person the story shows to be a man
    strict = _other_pronoun_before(ctx, gender, span_start, before)
    told = 0
    doubt = False
    for walked in range(MAX_SPANS_BACK):
        p, via_pronoun = _person_subject(ctx, span_start, span_end, gender, strict)
        if p is _BLOCKED:
            return None
        if p is not None:
            # 'Tony Blair spoke. Blair has been "very clear," he said': not Blair
            if _quoted_words_about(ctx, p, sent[0], before):
                return None
            if span_end <= sent[0]:
                k = _reported_about(ctx, p, span_start, span_end)
                if k >= 0:
                    # 'He said Mr Makama later subleased it. Mr Makama then sold the lease.
                    # "…," he said': the narration is the speaker's account; its subject is
                    # not he, the teller is (a "he" of the account's verb followed back)
                    return _teller(ctx, k, gender, p, depth)
            return p
        if via_pronoun and depth < 3:
            found = resolve_pronoun(ctx, gender, span_start, depth + 1) if span_start > 0 else None
            if found is not None or depth > 0 or walked < SENTENCES_BACK:
                return found
            break  # reached past quoted sentences: the story's one person of that gender
        if span_end <= sent[0] and (
            unnamed_inverted_teller(ctx, span_start, span_end)
            or indefinite_teller_opens(ctx, span_start, span_end)
        ):
            # '"…," said a young Turkish coachwoman. "…," she added': the speaker the cue
            # describes but does not name; an earlier name is no safer guess
            return None
        if description_opens(ctx, span_start, span_end):
            # 'The speaker also repeats his claim …. "…," he says': the subject is a person
            # the story describes but does not name; an earlier name is no safer guess
            return None
        if unknown_name_opens(ctx, span_start, span_end) or titled_unknown_opens(
            ctx, span_start, span_end
        ):
            # 'Katya Malofeeva of Renaissance Capital said …. "…," she said': the sentence's
            # subject is a name no list knows; an earlier person is no safer guess
            return None
        if not _all_quoted(ctx, span_start, span_end):
            told += 1  # a sentence wholly inside quotation marks does not count
        # past the sentences always read, only while no one else may be meant: not past "the
        # first minister said", "The confident 23-year-old is", "his daughter Jill said"
        doubt = doubt or described_person_opens(ctx, span_start, span_end)
        doubt = doubt or kin_named(ctx, span_start, span_end)
        if doubt and walked + 1 >= SENTENCES_BACK:
            break
        if span_start <= 0 or told >= SENTENCES_BACK:
            break
        prev = sentence_of(ctx, span_start - 1)
        if prev[0] >= span_start:
            break
        span_end = span_start
        while span_end > prev[0] and ctx.body[span_end - 1] in " \n":
            span_end -= 1  # where the sentence ends, not the next one's first word
        span_start = _clause_before(ctx, prev[0], span_end)
    # the only person of that gender mentioned so far in the story
    if depth == 0 and not strict:
        firsts = ctx.gender_firsts.get(gender, [])
        if bisect.bisect_left(firsts, (before,)) == 1:
            only = firsts[0][1]
            if only.name.split()[0] in lexicon().gender_hints:
                # a gender read from a given name alone (``names.toml [gender_hints]``) is
                # too weak to make someone a "she" many sentences on
                return None
            if not _acted(ctx, only, before):
                # "she was into Diana Ross": a person the story only names as an object is
                # no antecedent for a "she" many sentences on
                return None
            if _unknown_gender_since(ctx, only, before) or _ungendered_speaker(ctx, before):
                # 'Henning Melber questions why …. "…," he says': a man the story named
                # without a gender spoke since; '…, said Dutch MEP Sophie in 't Veld. … "…,"
                # she told USA TODAY': a speaker of unknown gender may be the one meant
                return None
            return None if _quoted_words_about(ctx, only, sent[0], before) else only
    return None


SENTENCES_BACK = 4  # the pronoun's own sentence and three before it
MAX_SPANS_BACK = 12


def _all_quoted(ctx: QuoteContext, start: int, end: int) -> bool:
    """Is every word of ``[start, end)`` inside quotation marks (and is there one)?"""
    ti = first = tok_index(ctx, start)
    while ti < len(ctx.toks) and ctx.toks[ti][0] < end:
        if not ctx.tok_inq[ti]:
            return False
        ti += 1
    return ti > first


# the end of a sentence inside a span the splitter gave as one: a point, a quote mark maybe,
# blank space and a capital or an opening mark; or a line break
_CLAUSE_BREAK_RE = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘A-Z])|\n")


def _clause_before(ctx: QuoteContext, lo: int, end: int) -> int:
    """The start of the last sentence of ``[lo, end)``: ``lo``, or later when the span holds a
    sentence end (not the point of an abbreviation: "Mr.", "U.S.", "Sen.")."""
    body = ctx.body
    hi = end
    while hi > lo and body[hi - 1] in " \n\"“”‘’'":
        hi -= 1
    lo = max(lo, hi - WINDOW)
    start = lo
    if _no_break_inside(body, lo, hi):
        return start
    for m in _CLAUSE_BREAK_RE.finditer(body, lo, hi):
        if m.group() != "\n":
            w = body.rfind(" ", lo, m.start()) + 1
            word = body[max(w, lo) : m.start()]
            if len(word) <= 3 and word[:1].isupper():
                continue  # "Mr. Morgan", "U.S. officials", "Sen. Graham"
        start = m.end()
    return start


def _no_break_inside(body: str, lo: int, hi: int) -> bool:
    """Is there no point, "!" or "?" before the last character of ``body[lo:hi]`` and no line
    break in it: no ``_CLAUSE_BREAK_RE`` match (which needs blank space after the mark), found
    by ``str.find`` (most spans are one sentence, ending at their point)?"""
    last = hi - 1
    return (
        body.find(".", lo, last) < 0
        and body.find("\n", lo, hi) < 0
        and body.find("?", lo, last) < 0
        and body.find("!", lo, last) < 0
    )


def _other_pronoun_before(ctx: QuoteContext, gender: str, start: int, end: int) -> bool:
    """Does the other gender's subject pronoun come before ``end`` in the clause ("She said
    he then announced")?"""
    ti = tok_index(ctx, start)
    while ti < len(ctx.toks) and ctx.toks[ti][0] < end:
        g = PRONOUN_GENDER.get(ctx.toks[ti][2].lower())
        if g is not None and g != gender and not ctx.tok_inq[ti]:
            return True
        ti += 1
    return False


def _teller(ctx: QuoteContext, k: int, gender: str, about: Person, depth: int) -> Person | None:
    """Who tells the account whose speech verb is token ``k`` ("He said Mr Makama later
    subleased"): a "he"/"she" of ``gender`` right before the verb, followed back; None when the
    teller is no such pronoun (or is the person the account is about)."""
    if k < 1 or depth >= 3:
        return None
    w = ctx.toks[k - 1][2].lower()
    if PRONOUN_GENDER.get(w) != gender or ctx.tok_inq[k - 1]:
        return None
    found = resolve_pronoun(ctx, gender, ctx.toks[k - 1][0], depth + 1)
    return found if found is not about else None


def _reported_about(ctx: QuoteContext, p: Person, start: int, end: int) -> int:
    """Is ``p``, the subject found in the earlier sentence ``[start, end)``, a person someone
    else's account is about: that sentence has no speech verb of its own, and ``p`` is named
    right after a speech verb ("He said Mr Makama later subleased", "told of how X ...") in it
    or in the sentence before it? The index of that verb's token, else -1."""
    if any(q is p and at < end for at, q in ctx.events):
        return -1  # "Robert Jackson said he was disillusioned": a speaker of the story
    ti = tok_index(ctx, start)
    verbs = ctx.lex.verbs
    while ti < len(ctx.toks) and ctx.toks[ti][0] < end:
        if ctx.toks[ti][2] in verbs and not ctx.tok_inq[ti]:
            return -1  # "Mr Makama said …": his own words
        ti += 1
    lo = sentence_of(ctx, start - 1)[0] if start > 0 else start
    lo = max(lo, start - WINDOW)
    i = bisect.bisect_left(ctx.ment_starts, lo)
    while i < len(ctx.ments) and ctx.ments[i][0] < end:
        s, _e, q = ctx.ments[i]
        i += 1
        if q is not p:
            continue
        k = tok_index(ctx, s) - 1
        if k >= 0 and ctx.toks[k][2] == "that":
            k -= 1
        if (
            k >= 0
            and ctx.toks[k][2] in verbs
            and not ctx.tok_inq[k]
            and ctx.body[ctx.toks[k][1] : s].strip() in ("", "that")
        ):
            return k
    return -1


def _acted(ctx: QuoteContext, p: Person, before: int) -> bool:
    """Is ``p`` someone the story has act, before ``before``: named with a title ("Finance
    Minister Palaniappan Chidambaram") or an apposition that describes them, heard speaking,
    or the subject opening a clause?"""
    if p.title or any(q is p and at < before for at, q in ctx.events):
        return True
    return any(
        s < before
        and (_opens_clause(ctx, s) or _DESCRIBED_AFTER_RE.match(ctx.body, e))
        and not in_quote(ctx, s)  # '"Dan Brown is the best writer …," the Bishop said'
        for s, e in p.mentions
    )


# an apposition that describes the person named before it (", director of the festival's
# sister event", ", a former minister,", ", 35,"): the story introduces an actor
_DESCRIBED_AFTER_RE = re.compile(r", (?:an? |the |\d+,|[a-z]+ (?:of|at|for)\b)")


def _unknown_gender_since(ctx: QuoteContext, only: Person, before: int) -> bool:
    """Is a person of unknown gender (a full name, not a word read as a name) the subject of
    a sentence after ``only``'s last mention and before ``before``?"""
    i = bisect.bisect_left(ctx.ment_starts, before) - 1
    while i >= 0 and before - ctx.ments[i][0] < 4 * WINDOW:
        s, _e, q = ctx.ments[i]
        if q is only:
            return False
        if (
            q.kind == "person"
            and q.gender is None
            and not q.weak
            and " " in q.name
            and not in_quote(ctx, s)
            and _opens_clause(ctx, s)
        ):
            return True
        i -= 1
    return False


def _ungendered_speaker(ctx: QuoteContext, before: int) -> bool:
    """Has a person of unknown gender spoken before ``before``?"""
    return any(at < before and p.kind == "person" and p.gender is None for at, p in ctx.events)


def _opens_clause(ctx: QuoteContext, s: int) -> bool:
    """Is the mention at ``s`` the first words of its sentence, maybe after a title or an
    adverb and a comma ("However, Melber questions", "Political analyst Henning Melber")?"""
    lo = sentence_of(ctx, s)[0]
    lo = _clause_before(ctx, lo, s) if s > lo else lo
    lead = ctx.body[lo:s].strip(' \n"“‘')
    if not lead:
        return True
    if lead.endswith(","):
        return " " not in lead.rstrip(",")  # "However, Melber"
    return all(w[:1].isupper() for w in lead.split())  # "Political Analyst Henning Melber"


def _quoted_words_about(ctx: QuoteContext, person: Person, start: int, end: int) -> bool:
    """Is ``person`` the subject of quoted words in ``[start, end)`` (see ``_runs_into_quote``)?"""
    i = bisect.bisect_left(ctx.ment_starts, start)
    while i < len(ctx.ments) and ctx.ments[i][0] < end:
        _s, e, p = ctx.ments[i]
        if p is person and _runs_into_quote(ctx, e, end):
            return True
        i += 1
    return False


def _according_to(ctx: QuoteContext, s: int) -> bool:
    """Is the name at ``s`` the source of its sentence ("…, according to John Houlihan",
    "According to Azza, …"): the person who says it, though a preposition governs it?"""
    return ctx.body[max(0, s - 13) : s].lower() == "according to "


def _person_subject(
    ctx: QuoteContext, start: int, end: int, gender: str, strict: bool = False
) -> tuple[Person | None, bool]:
    """The first person mention in ``[start, end)`` in subject position and of ``gender``
    (``strict``: known to be of it); (None, True) when the subject is a same-gender pronoun
    instead (memoised per story)."""
    start = max(start, end - WINDOW)
    key = (start, end, gender + "!" if strict else gender)
    found = ctx.person_subjects.get(key)
    if found is None:
        found = ctx.person_subjects[key] = _find_person_subject(ctx, start, end, gender, strict)
    return found


def _find_person_subject(
    ctx: QuoteContext, start: int, end: int, gender: str, strict: bool = False
) -> tuple[Person | None, bool]:
    """``_person_subject`` without the memo (``start`` already clipped to the window)."""
    sp = None if named_apposition_opens(ctx, start, end) else _spokes_subject(ctx, start, end)
    if sp is not None:
        org, sp_gender = sp
        if sp_gender in (None, gender):
            # "Tony Blair's official spokesman declined ... He said": the spokesman's body
            return (org if org is not None else _BLOCKED), False
    if unnamed_teller_opens(ctx, start, end):
        # 'A teacher at the venue said …. The teacher added that hero Leanne Lucas … was doing
        # "ok". She said: "…"': the unnamed teacher tells it; the named one is no antecedent
        return _BLOCKED, False
    ti = tok_index(ctx, start)
    if (
        ti < len(ctx.toks)
        and (ctx.toks[ti][2] in FRONTED_SUBORDINATORS or ctx.toks[ti][2] in FRONTED_ASKED)
        and not ctx.tok_inq[ti]
    ):
        # "When he was 16, Azza was arrested", "Since she presented TV shows, Arnold has
        # kept": a fronted clause's pronoun looks ahead to the main clause's subject, and a
        # name inside that clause is not the subject
        comma = ctx.body.find(", ", ctx.toks[ti][1], end)
        if comma > 0 and not in_quote(ctx, comma):
            fronted = _fronted_subject(ctx, ctx.toks[ti][1], comma, gender, strict)
            if fronted is not None:
                return fronted, False
            start = comma + 2
    i = bisect.bisect_left(ctx.ment_starts, start)
    first_ment = ctx.ments[i][0] if i < len(ctx.ments) else end
    opener = unmarked_name_opens(ctx, start, min(end, first_ment))
    if opener is not None and (
        _own_pronoun(ctx, start, end, gender) or _person_speaks(ctx, i, end)
    ):
        # "Microsoft had delivered kits to EA, said Mr Armes": a person the finder took
        # speaks in the sentence; the unmarked word is no safer subject
        opener = None
    if (
        opener is not None
        and opener.gender in (None, gender)
        and not (strict and opener.gender is None)
    ):
        # "Watt doesn't think …": a name the story uses for a person opens the sentence as
        # its subject where the finder marked no mention (a surname no list knows)
        return opener, False
    # a pronoun subject before any mention ("He added that ...")
    ti = tok_index(ctx, start)
    stop = min(end, first_ment)
    opens_it = (
        ti < len(ctx.toks)
        and ctx.toks[ti][0] < stop
        and ctx.toks[ti][2] in ("They", "It")
        and not ctx.tok_inq[ti]
    )
    while ti < len(ctx.toks) and ctx.toks[ti][0] < stop:
        w = ctx.toks[ti][2].lower()
        if not ctx.tok_inq[ti] and PRONOUN_GENDER.get(w) == gender:
            return None, True
        ti += 1
    if opens_it and first_ment < end:
        # "They included two bands Ozzy gave her.": the sentence's subject is no person; a
        # name later in it is an object or in a clause of its own, unless it tells the
        # sentence ("It was no good Mr Blair claiming …, argued Mr Howard") or the sentence
        # goes on about it ("It dominated the news conference, which saw Mr Blair start …
        # as he was forced to …")
        teller = _inverted_teller(ctx, i, end, gender)
        if teller is not None or not _gender_pronoun_in(
            ctx, first_ment, end, gender, speaking=False
        ):
            return teller, False
    while i < len(ctx.ments):
        s, e, p = ctx.ments[i]
        if s >= end:
            break
        i += 1
        if p.kind != "person" or in_quote(ctx, s):
            continue
        if ctx.body[e : e + 2] in ("'s", "’s") or ctx.body[e : e + 1] in ("'", "’"):
            continue
        if after_preposition(ctx, s, start) and not _according_to(ctx, s):
            continue
        if _in_dashes(ctx.body, start, s, end):
            # "Nationality is not an issue for Hodgson - his predecessor Lawrie Sanchez
            # insisted on … - but height will be": an aside, not the sentence's subject
            continue
        if p.gender not in (None, gender) or (strict and p.gender is None):
            continue
        if (
            p.weak
            and p.gender is None
            and not (
                (bare_subject(ctx, s, e, start) and not _own_pronoun(ctx, start, end, gender))
                or kin_of(ctx, s, start)
            )
        ):
            continue
        if _object_of_description(ctx, start, s):
            # "The Scot initially defended Beattie …. He said:": the description opening the
            # sentence is its subject, the name after a verb its object; the description is
            # the one person it fits ("Everton manager David Moyes will discipline …. The
            # Scot …"), else no one
            described = described_subject(ctx, start, gender, p)
            return (described if described is not None else _BLOCKED), False
        if _coordinated(ctx, s, e, start, end):
            # "Delgado and Whitfield met ... He said": a plural subject gives a singular
            # pronoun no clear antecedent; an honest null beats a guess
            return _BLOCKED, False
        if _runs_into_quote(ctx, e, end):
            # 'Mr ElBaradei should "be careful …," he said': the person the quoted words
            # are about is the subject of those words, not the "he" who said them
            continue
        if s > stop and _gender_pronoun_in(ctx, stop, s, gender, speaking=False):
            # "The New York Times has reported she was into Diana Ross": a "she" before the
            # person (past an organisation's name) is the clause's subject; follow it back
            return None, True
        return p, False
    return None, False


# a fronted participle of asking: 'Asked whether he was comfortable …, Mr Howard told the BBC'
FRONTED_ASKED = frozenset(["Asked", "Pressed", "Questioned", "Challenged"])


def _object_of_description(ctx: QuoteContext, start: int, s: int) -> bool:
    """Does the sentence at ``start`` open with "The" and a noun, and the person mention at
    ``s`` follow a verb in the past tense with no comma between ("The Scot initially defended
    Beattie")? Then the mention is the verb's object, the description its subject."""
    body = ctx.body
    if not body.startswith("The ", start) or s - start > _DESCRIPTION_SPAN:
        return False
    lead = body[start:s]
    if "," in lead or "(" in lead:
        return False
    words = lead.split()
    if len(words) < 3 or not (words[-1].endswith("ed") and words[-1].islower()):
        return False
    head = words[1]
    # a person described: "The Scot", "The striker" ("The pressure prompted the prime
    # minister to say" has no person for a subject)
    return (head[:1].isupper() and head not in ("BBC", "US", "UK")) or head in ctx.lex.person_heads


_DESCRIPTION_SPAN = 60  # characters from "The" to the name: a short clause


def _titled_by(ctx: QuoteContext, noun: str, before: int) -> tuple[list[Person], bool]:
    """The people the text names right after ``noun`` before ``before`` ("striker James
    Beattie"), each once, and whether a capitalised word there is no person's mention
    ("Chelsea striker Didier Drogba" the name finder missed: someone else may be meant)."""
    found: set[int] = set()
    people: list[Person] = []
    unknown = False
    pattern = re.compile(r"\b" + re.escape(noun) + r" (?=[A-Z])")
    for m in pattern.finditer(ctx.body, 0, before):  # (no copy of the text before)
        i = bisect.bisect_left(ctx.ment_starts, m.end())
        if i < len(ctx.ments) and ctx.ments[i][0] == m.end() and ctx.ments[i][2].kind == "person":
            q = ctx.ments[i][2]
            if id(q) not in found:
                found.add(id(q))
                people.append(q)
        elif not in_quote(ctx, m.start()):
            unknown = True
    return people, unknown


# offices a description may name only of their holder ("The president said" after "Blair met
# Bush": not Blair, the sentence's subject, but the one whose title it is)
OFFICE_NOUNS = frozenset(
    ["president", "minister", "premier", "chancellor", "secretary", "senator", "governor",
     "mayor", "king", "queen", "prince", "princess", "pope", "chairman", "chairwoman", "chief",
     "leader", "speaker", "judge", "ambassador", "general", "commissioner", "director"]
)  # fmt: skip
# the opening of a sentence before its subject: title words, capitalised or not, up to five
_SUBJECT_TITLE_RE = re.compile(r"(?:(?:[A-Z][\w.'’-]*|[a-z][a-z-]*) ){0,5}")
# after the subject: an apposition maybe, then a lower-case predicate word
_PREDICATE_AFTER_RE = re.compile(r"(?:, [^,.;:\"“”]{1,60},)? ([a-z]+)\b")


def described_subject(ctx: QuoteContext, start: int, gender: str, obj: Person) -> Person | None:
    """The person "The Scot" / "The striker" opening the sentence at ``start`` describes (its
    verb's object ``obj`` aside): the one story person whose title ends in the noun, else
    the subject of the sentence just before, when that sentence opens with one person (title
    words before the name, a predicate after it), of the pronoun's ``gender``, whose known
    country, title or gender the noun does not contradict. None when no one, or not one,
    fits ("Blair met Bush. The president …": Blair holds no such title)."""
    body = ctx.body
    words = body[start : start + _DESCRIPTION_SPAN].split()
    if len(words) < 2:
        return None
    head = words[1].strip(",.;:")
    low = head.lower()
    persons = ctx.persons
    if any((q.title or "").lower().split()[-1:] == [low] for q in persons):
        holder = title_holder(persons, low)  # "The striker" after "striker James Beattie"
        if holder is None or holder is obj or holder.gender not in (None, gender):
            return None
        return holder if holder.mentions and min(holder.mentions)[0] < start else None
    if head[:1].islower():
        # "The striker" after "striker James Beattie": the one person the story gave the noun
        titled, unknown = _titled_by(ctx, low, start)
        if len(titled) > 1 or unknown:
            return None  # "Everton striker James Beattie and Chelsea striker Didier Drogba"
        if titled:
            ok = titled[0] is not obj and titled[0].gender in (None, gender)
            return titled[0] if ok else None
    if low in OFFICE_NOUNS or start <= 0:
        return None  # an office no one named here holds: someone the story does not name
    prev = narrated_sentence_before(ctx, start)
    named = persons_named_in(ctx, prev) if prev is not None else []
    if not named:
        return None
    first, found = named[0]
    if found is obj or found.gender not in (None, gender):
        return None
    lead = _SUBJECT_TITLE_RE.match(body, prev[0], first)
    if lead is None or lead.end() != first:
        return None  # "Police arrested John Smith": the name is no subject
    cov = mention_covering(ctx, first)
    pred = _PREDICATE_AFTER_RE.match(body, cov[1]) if cov is not None else None
    if pred is None or pred.group(1) in PREPOSITIONS or pred.group(1) in ("and", "or", "who"):
        return None
    country = lexicon().demonyms.get(head)
    if country is not None and found.country is not None and found.country != country:
        return None  # "The American" is not the Frenchman named before
    role = head[:1].islower() and (low in lexicon().role_words or low in ctx.lex.person_heads)
    if role and (found.title or re.search(r"\b" + re.escape(low) + r" [A-Z]", body)):
        # "The striker" is not "Everton manager David Moyes": a role the subject does not
        # hold, or one the story gives someone else ("striker James Beattie"), names another
        return None
    return found


def _fronted_subject(
    ctx: QuoteContext, after: int, comma: int, gender: str, strict: bool
) -> Person | None:
    """'While Ailes released a statement defending Kelly, he privately blamed her': the person
    who opens the fronted clause (right after its subordinator, ending at ``after``) when the
    main clause after ``comma`` opens with a pronoun of ``gender``: that pronoun is the same
    person, not someone named before the sentence."""
    m = _PRONOUN_OPENS_RE.match(ctx.body, comma + 2)
    if m is None or PRONOUN_GENDER[m.group(1).lower()] != gender:
        return None
    s = after + 1
    i = bisect.bisect_left(ctx.ment_starts, s)
    if i >= len(ctx.ments) or ctx.ments[i][0] != s or ctx.ments[i][1] > comma:
        return None
    p = ctx.ments[i][2]
    e = ctx.ments[i][1]
    if p.kind != "person" or ctx.body[e : e + 1] in ("'", "’") or ctx.body.startswith(" and ", e):
        return None  # "While Ailes's lawyers …", "While Ailes and Shine …"
    if p.gender not in (None, gender) or (strict and p.gender is None):
        return None
    return p


_PRONOUN_OPENS_RE = re.compile(r"(he|she) [a-z]")


def _in_dashes(body: str, start: int, s: int, end: int) -> bool:
    """Is the mention at ``s`` inside an aside set off by a pair of spaced dashes within the
    span ``[start, end)`` (" - his predecessor X insisted … - ")?"""
    opened = body.count(" - ", start, s) + body.count(" – ", start, s) + body.count(" — ", start, s)
    if opened % 2 == 0:
        return False
    return any(body.find(d, s, end) >= 0 for d in (" - ", " – ", " — "))


def _inverted_teller(ctx: QuoteContext, i: int, end: int, gender: str) -> Person | None:
    """The person, of ``gender`` or of unknown gender, named after a comma and a speech verb
    among the mentions from index ``i`` to ``end`` (", thinks Dr Tuffy", ", argued Mr
    Howard"): the teller of a sentence whose subject is "It" or "They"."""
    while i < len(ctx.ments) and ctx.ments[i][0] < end:
        s, _e, p = ctx.ments[i]
        i += 1
        m = _INVERTED_CUE_RE.search(ctx.body, max(0, s - 30), s)
        if (
            m is not None
            and m.group(1) in ctx.lex.verbs
            and p.kind == "person"
            and p.gender in (None, gender)
        ):
            return p
    return None


_INVERTED_CUE_RE = re.compile(r", ([a-z]+) $")


def _own_pronoun(ctx: QuoteContext, start: int, end: int, gender: str) -> bool:
    """Does the span ``[start, end)`` end at the pronoun being resolved or hold a pronoun of
    ``gender`` that speaks (``_pronoun_at``, ``_gender_pronoun_in``)? Asked only where a one-word
    name no list knows might be the subject (rare), not for every span."""
    return _pronoun_at(ctx, end) or _gender_pronoun_in(ctx, start, end, gender, speaking=True)


def _pronoun_at(ctx: QuoteContext, end: int) -> bool:
    """Does the pronoun being resolved start at ``end`` (the span is its own clause, not an
    earlier sentence)? A one-word name no list knows is taken only from an earlier sentence:
    "Microsoft had delivered kits to EA, but he said" is no man called Microsoft."""
    at = tok_index(ctx, end)
    return (
        at < len(ctx.toks) and ctx.toks[at][0] == end and ctx.toks[at][2].lower() in PRONOUN_GENDER
    )


def _gender_pronoun_in(
    ctx: QuoteContext, start: int, end: int, gender: str, *, speaking: bool
) -> bool:
    """Is there a "he"/"she" of ``gender`` in ``[start, end)`` outside quotation marks? Without
    ``speaking``: a lower-case one anywhere (the sentence goes on about the person named at
    ``start``). With ``speaking``: one of either case that is the subject of a speech verb
    ("Microsoft had delivered kits to EA, but he said …": then it, not a word no list knows,
    is whom the chain follows)."""
    ti = tok_index(ctx, start)
    last = len(ctx.toks) - 1 if speaking else len(ctx.toks)
    while ti < last and ctx.toks[ti][0] < end:
        word = ctx.toks[ti][2]
        if (
            PRONOUN_GENDER.get(word.lower() if speaking else word) == gender
            and not ctx.tok_inq[ti]
            and (not speaking or ctx.toks[ti + 1][2] in ctx.lex.verbs)
        ):
            return True
        ti += 1
    return False


def _person_speaks(ctx: QuoteContext, i: int, end: int) -> bool:
    """Is a person named as the subject of a speech verb ("said Mr Armes", "Mr Armes said")
    from mention ``i`` on, before ``end``?"""
    verbs = ctx.lex.verbs
    while i < len(ctx.ments) and ctx.ments[i][0] < end:
        s, e, p = ctx.ments[i]
        i += 1
        if p.kind != "person" or in_quote(ctx, s):
            continue
        before, after = tok_index(ctx, s) - 1, tok_index(ctx, e)
        if (before >= 0 and ctx.toks[before][2] in verbs) or (
            after < len(ctx.toks) and ctx.toks[after][2] in verbs
        ):
            return True
    return False


CLAUSE_INTO_QUOTE_WORDS = 6  # "Mr ElBaradei should", "Smith has been", "the talks were"


def _runs_into_quote(ctx: QuoteContext, e: int, end: int) -> bool:
    """Does the clause of the mention ending at ``e`` run, within a few words and with no
    speech verb or colon, into a quotation that closes before the pronoun at ``end`` ("he",
    "she")?"""
    toks = ctx.toks
    at = tok_index(ctx, end)
    if at >= len(toks) or toks[at][0] != end or toks[at][2].lower() not in PRONOUN_GENDER:
        return False  # a sentence before the pronoun's: its subject may well be the speaker
    ti = tok_index(ctx, e)
    for k in range(ti, min(ti + CLAUSE_INTO_QUOTE_WORDS + 1, len(toks))):
        ts = toks[k][0]
        if ts >= end:
            return False
        if ctx.tok_inq[k]:
            return k > ti and not any(c in ctx.body[e:ts] for c in ",:;.!?")
        if toks[k][2] in ctx.lex.verbs or not toks[k][2][:1].isalpha():
            return False
    return False


def _coordinated(ctx: QuoteContext, s: int, e: int, lo: int, hi: int) -> bool:
    """Is the mention ``[s, e)`` one conjunct of "X and Y" with another person mention?"""
    body = ctx.body
    if body[max(lo, s - 5) : s] == " and ":
        m = mention_ending_at(ctx, s - 5)
        if m is not None and m.kind == "person":
            return True
    if body[e : e + 5] == " and " and e + 5 < hi:
        i = bisect.bisect_left(ctx.ment_starts, e + 5)
        if i < len(ctx.ments) and ctx.ments[i][0] == e + 5 and ctx.ments[i][2].kind == "person":
            return True
    return False


_BLOCKED = Person(name="", kind="organisation")  # a subject that is nobody we can name
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


def _named_spokesperson(ctx: QuoteContext, k: int) -> Person | None:
    """The person named right after the spokesperson word at token ``k`` ("Hamas spokesman
    Fawzi Barhoum", "State Department spokesman Sean McCormack"): the word is that person's
    title, and the person the subject."""
    e = ctx.toks[k][1]
    if ctx.body[e : e + 1] != " ":
        return None
    found = mention_covering(ctx, e + 1)
    if found is None or found[0] != e + 1 or found[2].kind != "person":
        return None
    return found[2]


def _spokes_subject(
    ctx: QuoteContext, start: int, end: int
) -> tuple[Person | None, str | None] | None:
    """When the clause ``[start, end)`` opens with a spokesperson subject ("The prime
    minister's official spokesman said", "An executive spokeswoman", "A spokesman for Michael
    Howard"): (the body they speak for or None, the spokesperson's gender); a spokesperson
    the clause names ("Hamas spokesman Fawzi Barhoum"): (that person, the gender)."""
    ti = tok_index(ctx, start)
    role_words = lexicon().role_words
    for n in range(8):
        k = ti + n
        if k >= len(ctx.toks) or ctx.toks[k][0] >= end:
            return None
        w = ctx.toks[k][2]
        if w in SPOKES_GENDER:
            if n == 0 or ctx.tok_inq[k]:
                return None
            named = _named_spokesperson(ctx, k)
            if named is not None and not any(
                ctx.toks[j][2] in PREP_BEFORE_SUBJ for j in range(ti, k)
            ):
                return named, SPOKES_GENDER[w]  # "Hamas spokesman Fawzi Barhoum rejected …"
            phrase_s = ctx.toks[ti][0]
            for j in range(ti + 1, k):
                if "," in ctx.body[ctx.toks[j - 1][1] : ctx.toks[j][0]]:
                    phrase_s = ctx.toks[j][0]  # "On Monday, Tony Blair's spokesman"
            org, _cue, _t = subject_phrase(ctx, phrase_s, ctx.toks[k][1], resolve_pronoun)
            if org is not None and org.kind != "organisation":
                org = None
            after = ctx.body[ctx.toks[k][1] : ctx.toks[k][1] + 5]
            if after.startswith(" for ") and k + 1 < len(ctx.toks):
                org = spokes_for(ctx, k + 1)
            return org, SPOKES_GENDER[w]
        if w[:1].isupper() or w.lower() in SUBJ_LEAD or w.lower() in role_words:
            continue
        if w.endswith(("'s", "’s")):
            continue
        if n < 3 and w.islower() and ctx.body[ctx.toks[k][1] : ctx.toks[k][1] + 1] == " ":
            continue  # "an executive spokesman": a lower-case modifier
        return None
    return None
