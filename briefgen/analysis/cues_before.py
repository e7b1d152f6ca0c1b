"""The cue before a quote's opening mark: ``Mr Davis told Today: "``, ``According to X, "``.

:func:`before_cue` reads the clause before the opening mark: ``X said: "``, a name opening the
clause a colon closes (:func:`colon_subject`), ``According to X,``, ``As X put it,``, ``said X,``
and passive questions put to someone (``Ishiba was asked, "``), whose asker is not the speaker.
:func:`sentence_subject_speaker` gives the subject of the sentence that introduces a quote
(``Rubio fired back forcefully: "``).
"""

from __future__ import annotations

import bisect
import re

from briefgen.analysis.cues_after import DESCRIPTOR_STOP
from briefgen.analysis.mentions import name_tail, speech_data
from briefgen.analysis.name_kinds import OUTLETS
from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.people import Person
from briefgen.analysis.prepositions import PREPOSITIONS
from briefgen.analysis.pronouns import resolve_pronoun
from briefgen.analysis.quotations import Piece
from briefgen.analysis.quote_context import (
    PRONOUN_GENDER,
    WINDOW,
    WORD_AFTER_RE,
    QuoteContext,
    in_quote,
    is_speech,
    is_speech_infinitive,
    last_event,
    mention_covering,
    mention_ending_at,
    sentence_of,
    tok_index,
)
from briefgen.analysis.speakers import definite_text_owner
from briefgen.analysis.subjects import verb_subject
from briefgen.model import QuoteCue

FUNCTION_CAPS = frozenset(["If", "When", "But", "And", "As", "So", "Yet", "Or", "While", "Then"])


def before_cue(
    ctx: QuoteContext, piece: Piece, floor: int
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
    vi = tok_index(ctx, piece.open_at) - 1
    m = _as_opens(ctx, floor, j) if colon else None
    if m is not None and (named := _named_in(ctx, m.start(), m.end(1))):
        return named, "explicit", None, True
    # the last speech verb in the clause before the mark
    found = None
    k = vi
    steps = 0
    while k >= 0 and ctx.toks[k][0] >= floor and steps < 14:
        if is_speech(ctx, k) or is_speech_infinitive(ctx, k):
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
        if m is not None and (named := _named_in(ctx, m.start(), m.end(1))):
            # 'As The Post's Dana Milbank puts it, "…"', 'as John Cornyn, …, put it: "…"'
            return named, "explicit", None, True
        if colon:
            # "Republican pollster Daron Shaw: "…"", "More from Jones: "…"": the person named
            # right before the colon
            tag = _PARTY_TAG_END_RE.search(body, max(floor, j - PARTY_TAG_CHARS), j)
            end = tag.start() if tag is not None else j  # "Rep. Trey Gowdy (R-S.C.): "…""
            p = mention_ending_at(ctx, end)
            cov = mention_covering(ctx, end - 1) if p is not None else None
            if (
                p is not None
                and p.kind == "person"
                and cov is not None
                and _heads_clause(ctx, cov[0], floor)
            ):
                return p, "colon", None, True
            text = _TEXT_GOES_ON_RE.fullmatch(body, floor, j)
            if text is not None and (owner := definite_text_owner(ctx, *text.span(1))):
                # 'The report went on: "…"' after "the report from the AAIB said": its author
                return owner, "colon", None, True
            p = colon_subject(ctx, floor, j) or _possessed_words(ctx, floor, j)
            return p, "colon", None, True
        return None, "other", None, False
    if passive(ctx, found):
        # 'Ishiba was asked, "Do you feel any ethical guilt?"': the subject is addressed, the
        # words are someone else's (unnamed): an explicit cue left unresolved
        return None, "other", None, True
    if not (colon or comma or found == vi):
        # "said the plans were "worthless"": only a cue when the quote follows the verb
        between = body[ctx.toks[found][1] : piece.open_at]
        if not colon and between.strip():
            return None, "other", None, False
    opener = body[floor:j].split(maxsplit=1)[0]
    if (colon or (comma and opener != "As")) and opener in SUBORDINATORS:
        # 'When Trump suggested …, Rubio fired back forcefully:', 'After Jerry Brown
        # criticized Bill Clinton, Hillary shot back, "': the main clause's subject (not after
        # "As Josh Earnest explained, …, "": the teller of the sentence)
        cut = body.find(", ", floor, j)
        if cut >= ctx.toks[found][1]:  # the verb is the subordinate clause's
            p = colon_subject(ctx, cut + 2, j)
            # "?": a main clause whose subject is not resolved is no one's to guess
            return p, "colon" if colon else "explicit", None if p is not None else "?", True
    clause_floor = max(floor, _clause_floor(ctx, found, floor))
    p, cue = verb_subject(ctx, found, clause_floor)
    if p is not None and (
        _object_after_verb(ctx, found, j, p) or _teller_frame(ctx, p, clause_floor, found)
    ):
        # 'David Axelrod, who was …, said of Sanders: "…"': the one the words are about;
        # 'Luhn says, Ailes videotaped her and told her: "…"': the teller of the account,
        # not the subject of the verb that introduces the quote
        return None, "other", "?", True
    if p is None and ctx.toks[found][2] in ctx.lex.participles:
        # '," Graham said on MSNBC's "Morning Joe," adding, "': the subject is before a quote
        # the clause search stops at; the speaker of the sentence's last speech event
        # of a quote attributed earlier in the sentence (a pronoun's event is too weak here)
        ev = last_event(ctx, sentence_of(ctx, ctx.toks[found][0])[0], ctx.toks[found][0])
        if ev is not None and named_event(ctx, ev[0]):
            return ev[1], "explicit", None, True
    if colon and cue == "explicit":
        cue = "colon"
    return p, cue, None, True


# "The report went on:": a text named before that carries on speaking
_TEXT_GOES_ON_RE = re.compile(r"\s*((?:[Tt]he|[Tt]his) [a-z]+) (?:went|goes) on\s*")

# a preposition between a speech verb and the name before the mark: "said of Sanders:"
_OBJECT_AFTER_VERB_RE = re.compile(r" (?:of|about|to|at|with|for) ")


def _object_after_verb(ctx: QuoteContext, vi: int, j: int, p: Person) -> bool:
    """Is ``p`` named after the speech verb ``vi`` as the object of a preposition, the name
    ending at the mark's punctuation ``j`` ('said of Sanders:', 'wrote to Obama:')?"""
    ve = ctx.toks[vi][1]
    m = _OBJECT_AFTER_VERB_RE.match(ctx.body, ve)
    if m is None:
        return False
    cov = mention_covering(ctx, m.end())
    return cov is not None and cov[0] == m.end() and cov[1] == j and cov[2] is p


# a parenthetical teller: ", Luhn says, " inside the sentence
_TELLER_FRAME_RE = re.compile(r" (?:says|said|recalls|recalled|claims|claimed|alleges|alleged),")


def _teller_frame(ctx: QuoteContext, p: Person, lo: int, vi: int) -> bool:
    """Is the last mention of ``p`` before the speech verb ``vi`` (from ``lo``) followed by a
    speech verb and a comma, a teller's frame ("Luhn says, Ailes … told her:"), with another
    person named before the verb ``vi``? The frame's subject tells the account; the verb has
    another subject."""
    vs = ctx.toks[vi][0]
    i = bisect.bisect_left(ctx.ment_starts, vs) - 1
    while i >= 0 and ctx.ments[i][0] >= lo:
        _s, e, q = ctx.ments[i]
        if q is p:
            m = _TELLER_FRAME_RE.match(ctx.body, e)
            if m is None or m.end() >= vs:
                return False
            # another person between the frame and the verb ('," Ibrahim says, adding:' is his)
            k = bisect.bisect_left(ctx.ment_starts, m.end())
            while k < len(ctx.ments) and ctx.ments[k][0] < vs:
                if ctx.ments[k][2] is not p and ctx.ments[k][2].kind == "person":
                    return True
                k += 1
            return False
        i -= 1
    return False


# words that open an adverbial phrase before the subject ("In a statement, X …"), not a clause
INTRO_WORDS = frozenset(
    ["In", "On", "At", "After", "Before", "During", "Immediately", "Later", "Earlier", "Then",
     "Meanwhile", "Still", "Last", "This", "Speaking", "Separately", "Afterward", "Afterwards",
     "Instead", "Also", "Today", "Yesterday", "Now", "Tuesday", "Monday", "Wednesday",
     "Thursday", "Friday", "Saturday", "Sunday", "Asked", "Pressed", "Questioned"]
)  # fmt: skip
SUBORDINATORS = frozenset(
    ["When", "If", "As", "While", "Because", "Although", "Though", "Since", "After", "Before",
     "Until", "Once"]
)  # fmt: skip
# a party-state tag right before a colon: "Rep. Trey Gowdy (R-S.C.):"
_PARTY_TAG_END_RE = re.compile(r",? \(?[RDI]-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*\)?$")
PARTY_TAG_CHARS = 16

# a clause a colon closes whose subject is "he"/"she": the pronoun, its verb, a few words
_PRONOUN_CLAUSE_RE = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Then|Later) )?([Hh]e|[Ss]he) ([a-z]+)(?: [a-z]+)*\s*$"
)
PRONOUN_CLAUSE = 6  # words at most ("he went on", "she hit back at her critics")
NOT_VERB_AFTER_NAME = frozenset(["and", "or", "of", "who", "which", "whose", "in", "at", "to"])


# a person's words named right before a colon ("She remembers Ailes's reply:", "Trump's
# response:"): whose reply it is
_POSSESSED_WORDS_RE = re.compile(
    r"(?:'s|’s|'|’) (?:[a-z]+ )?(?:reply|response|answer|retort|verdict|advice|warning|words|"
    r"comment|comments|remarks|explanation|instructions|orders|message|statement|tweet)$"
)


# a sentence whose subject is a person's words and whose verb is "was" ("Clinton's response
# was:", "Haley's message to voters was simple:", "Christie's bottom line concerning the
# Republicans he eschewed was the right one:"): group 1 is the possessive mark
_POSSESSED_SUBJECT_RE = re.compile(
    r"\s*(?:But |And |So |Yet )?[A-Z][^\s:;,\"“”]*(?: [A-Z][^\s:;,\"“”]*){0,3}('s|’s|'|’) "
    r"(?:[a-z-]+ ){0,2}(?:reply|response|answer|retort|verdict|advice|warning|words|comment|"
    r"remarks|explanation|message|statement|tweet|bottom line|catch ?phrase|slogan|argument|"
    r"point|reaction|conclusion|pitch|plea|promise|pledge|motto|mantra)"
    r"(?: [^.;:!?\"“”]{1,80}?)? (?:was|is|were|are|remains|remained)(?: [a-z-]+){0,4}\s*"
)


def _possessed_words(ctx: QuoteContext, floor: int, colon: int) -> Person | None:
    """The person or body whose reply, words or message a colon introduces: named right
    before it ("Trump's response:") or as the subject of the sentence it closes ("Clinton's
    response was:")."""
    m = _POSSESSED_WORDS_RE.search(ctx.body, max(floor, colon - 40), colon)
    if m is None:
        m = _POSSESSED_SUBJECT_RE.fullmatch(ctx.body, floor, colon)
        if m is None:
            return None
        p = mention_ending_at(ctx, m.start(1))
        if p is None or p.kind != "person" or in_quote(ctx, m.start(1)):
            return None
        return p
    p = mention_ending_at(ctx, m.start())
    if p is None or (p.kind == "organisation" and p.name in OUTLETS) or in_quote(ctx, m.start()):
        return None
    return p


def _title_word(w: str) -> bool:
    """A lower-case word of a title before a name ("presidential nominee", "former")."""
    return (
        w.isalpha()
        and w not in PREPOSITIONS
        and w not in DESCRIPTOR_STOP
        and not w.endswith("ly")
        and (w in lexicon().role_words or not w.endswith("ed"))
    )


# a quote mark inside the introducing sentence, but not an apostrophe ("Obama’s actions",
# "Sanders’ camp"): a closing single mark is written as one, and its opening mark is here
INTRO_MARK_RE = re.compile('["“”‘]')


# "More from Jones:", "From Bush's Facebook post:": an excerpt introduced by its source
EXCERPT_RE = re.compile(r"(?:^|[-–—] )(?:More |An excerpt |Excerpts )?[Ff]rom ")
OWNED_RE = re.compile(r"['’]s(?: [a-z][\w-]*| [A-Z][a-z]+){1,3}")  # "'s Facebook post"


def _excerpt_source(ctx: QuoteContext, floor: int, colon: int) -> Person | None:
    """'More from Jones: "…"', 'From Bush's Facebook post: "…"': a colon intro that is only
    "from" and a person (or the person's text) names the quote's source."""
    body = ctx.body
    start = floor
    while start < colon and body[start].isspace():
        start += 1
    at = body.rfind("rom ", start, colon)  # the last "from": the source ends the intro
    if at < 0:
        return None
    m = EXCERPT_RE.search(body[start : at + 4])
    if m is None or m.end() != at + 4 - start:
        return None
    m_end = at + 4
    i = bisect.bisect_left(ctx.ment_starts, m_end)
    if i >= len(ctx.ments) or ctx.ments[i][0] != m_end:
        return None
    _s, e, p = ctx.ments[i]
    if p.kind != "person":
        return None
    if e == colon or OWNED_RE.fullmatch(body, e, colon):
        return p
    return None


def colon_subject(ctx: QuoteContext, floor: int, colon: int, loose: bool = True) -> Person | None:
    """'Kasich resisted: "…"', 'McConnell delivered a blunt message to Trump: "…"': a sentence
    that a colon closes right before a quote, whose subject is a person named first in it
    (only capitalised title words before the name, which a verb follows), introduces that
    person's words whatever its verb. A clause first ("When Trump suggested …, Rubio fired
    back:") or a quote mark inside leaves it alone."""
    body = ctx.body
    if INTRO_MARK_RE.search(body, floor, colon):
        return None
    excerpt = _excerpt_source(ctx, floor, colon)
    if excerpt is not None:
        return excerpt
    start = floor
    first = body[floor:colon].split(maxsplit=1)[:1]
    if first and (first[0] in INTRO_WORDS or first[0] in SUBORDINATORS):
        # 'Immediately after the attacks, Trump issued a statement', 'When Wallace died in
        # 1998, President Clinton released the following statement': a phrase or a clause first
        comma = body.find(", ", floor, colon)
        if comma < 0 or any(ch in body[floor:comma] for ch in ';:("“'):
            return None
        start = comma + 2
        # a phrase with commas of its own ('In the July 9, 2012, cable, Stevens reported,'):
        # the subject follows the last comma before the first name
        i = bisect.bisect_left(ctx.ment_starts, start)
        if i < len(ctx.ments) and ctx.ments[i][0] < colon:
            last = body.rfind(", ", start, ctx.ments[i][0])
            if last >= 0 and not any(ch in body[start:last] for ch in ';:("“'):
                start = last + 2
    i = bisect.bisect_left(ctx.ment_starts, start)
    if i >= len(ctx.ments) or ctx.ments[i][0] >= colon:
        m = _PRONOUN_CLAUSE_RE.match(body, start, colon) if loose else None
        if m is None or m.group(2) in PASSIVE_AUX or len(m.group(0).split()) > PRONOUN_CLAUSE:
            return None
        # 'Asked whether an adviser would be appointed, he went on: "…"': a short clause
        # with a pronoun subject and no name
        return resolve_pronoun(ctx, PRONOUN_GENDER[m.group(1).lower()], m.start(1))
    s, e, p = ctx.ments[i]
    if body.startswith(("The ", "A ", "An "), start):
        # "The Leader of Burnley Council, Councillor Afrasiab Anwar, has issued the following
        # statement:": a description, then the person named in apposition after it
        apposed = _described_apposed(ctx, start, i, colon)
        if apposed is not None:
            return apposed
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


def _described_apposed(ctx: QuoteContext, start: int, i: int, colon: int) -> Person | None:
    """The person named in apposition after a description that opens at ``start`` ("The
    Leader of Burnley Council, Councillor Afrasiab Anwar, has issued ...:"): no one named in
    the description (mentions from ``i`` on), a comma, the name, a comma and a verb before
    ``colon``."""
    body = ctx.body
    comma = body.find(", ", start, colon)
    if comma < 0 or any(ch in body[start:comma] for ch in ';:("“'):
        return None
    while i < len(ctx.ments) and ctx.ments[i][0] < comma:
        if ctx.ments[i][2].kind == "person":
            return None  # "The friend of Mary Jones, Tom Roe, ...": whose friend is open
        i += 1
    if i >= len(ctx.ments) or ctx.ments[i][0] != comma + 2:
        return None
    _s, e, p = ctx.ments[i]
    tag = POSTNOMINAL_RE.match(body, e)
    e = tag.end() if tag else e  # "Councillor Afrasiab Anwar MBE,"
    if p.kind != "person" or body[e : e + 1] != ",":
        return None
    m = WORD_AFTER_RE.match(body, e + 1)  # the verb after the apposition's closing comma
    if m is None or not m.group(1).islower() or m.group(1) in NOT_VERB_AFTER_NAME:
        return None
    return p


# a postnominal after a name ("Afrasiab Anwar MBE", "Jane Doe QC")
POSTNOMINAL_RE = re.compile(r" (?:[A-Z]{2,4}|QC|KC)(?=,)")


def _verb_after_subject(body: str, e: int, limit: int) -> re.Match[str] | None:
    """The lower-case word after a subject ending at ``e``, past a party-state tag or one
    apposition or aside ("Mike Huckabee, for his part, is labeling …", "Huma Abedin, vice
    chairwoman for Clinton's campaign, emailed …")."""
    tag = name_tail(body, e)
    at = tag.end() if tag else e
    if body[at : at + 2] == ", ":
        close = body.find(",", at + 2, min(limit, at + 100))
        if close < 0 or any(ch in body[at + 2 : close] for ch in ';:("“'):
            return None
        at = close + 1
    return WORD_AFTER_RE.match(body, at)


PASSIVE_AUX = frozenset(["was", "were", "is", "are", "be", "been", "being", "get", "got"])


def passive(ctx: QuoteContext, vi: int) -> bool:
    """Is the speech verb at ``vi`` a passive participle ("was asked", "had been told")?"""
    w = ctx.toks[vi][2]
    return (
        vi > 0
        and w.endswith(("ed", "told"))
        and ctx.toks[vi - 1][2].lower() in PASSIVE_AUX
        and ctx.body[ctx.toks[vi - 1][1] : ctx.toks[vi][0]] == " "
    )


# 'As The Hill pointed out, "…"', 'As RealClearPolitics' David Byler pointed out in December,
# "…"': the same with a verb of remarking and an adverbial of time or place after it
_AS_VERBS = (
    r"(?:(?:put|puts) it|(?:pointed|points) out|noted|notes|observed|observes|remarked|remarks|"
    r"explained|explains|reported|reports|wrote|writes)"
)
_AS_PUT_IT_RE = re.compile(
    r"\b[Aa]s ([^,;:.\"“”]{2,80}?(?:,[^;:\"“”]{1,120},)?) " + _AS_VERBS + r"(?: (?:in|on|at|last|"
    r"this|earlier|recently|later|after|before|when) [^,;:.\"“”]{1,80})?[,:]$"
)
# 'Of course, as Joel Pollak observed, the biggest victor was … the stage itself:' and 'As
# Breitbart News reported, even on Friday morning, the White House was refusing …:': a
# sentence that opens on "as X remarked," and closes on a colon, with no verb of speech of
# its own after it, introduces X's words
_AS_OPENS_RE = re.compile(
    r"\s*(?:(?:Of course|But|And|Indeed|However),? )?[Aa]s ([^,;:.\"“”]{2,80}?) "
    + _AS_VERBS
    + r", [^;:\"“”]{1,240}:$"
)


def _named_in(ctx: QuoteContext, a: int, b: int) -> Person | None:
    """The first person mentioned from ``a`` to ``b`` ("Said Comey" may be one mention), else
    the first body ("The Post's Dana Milbank": the person)."""
    i = bisect.bisect_left(ctx.ment_starts, a)
    named = []
    while i < len(ctx.ments) and ctx.ments[i][0] < b:
        named.append(ctx.ments[i][2])
        i += 1
    people = [q for q in named if q.kind == "person"]
    return (people or named or [None])[0]


def _as_opens(ctx: QuoteContext, floor: int, colon: int) -> re.Match[str] | None:
    """``_AS_OPENS_RE`` over the sentence a colon closes, when the clause after the opening
    "as X remarked," names no person, role or he/she and has no verb of speech (it is then
    X's point, the quote X's words); None otherwise."""
    m = _AS_OPENS_RE.match(ctx.body, floor, colon + 1)
    if m is None:
        return None
    rest = ctx.body.index(",", m.end(1))
    i = bisect.bisect_left(ctx.ment_starts, rest)
    while i < len(ctx.ments) and ctx.ments[i][0] < colon:
        if ctx.ments[i][2].kind == "person":
            return None  # 'As Smith noted, Jones then turned to the crowd:'
        i += 1
    role_words = lexicon().role_words
    ti = tok_index(ctx, rest)
    while ti < len(ctx.toks) and ctx.toks[ti][0] < colon:
        w = ctx.toks[ti][2]
        if is_speech(ctx, ti) or w.lower() in PRONOUN_GENDER or w.lower() in role_words:
            # 'As Smith noted, the minister then turned to the crowd:': someone else may speak
            return None
        ti += 1
    return m


# 'According to Paul Sperry of Counter Jihad, "…"': the source, opening the sentence
_ACCORDING_FIRST_RE = re.compile(r"\s*According to ([^,;:.\"“”]{2,80}?)[,:]$")
# 'Said Comey, "…"', 'Said Dorothy Poynter, who grew up with Ali, "…"': the verb first
_SAID_FIRST_RE = re.compile(
    r"\s*(?:Said|Says|Added|Adds) ([^,;:.\"“”]{2,60}?)(?:,[^;:\"“”]{1,120})?,$"
)


def _heads_clause(ctx: QuoteContext, s: int, floor: int) -> bool:
    """Does the mention at ``s`` open its clause, with only capitalised words or lower-case
    role words before it ("Republican pollster Daron Shaw", "- Carl Bialik", not "a blunt
    message to Trump" or "Frank quotes ... Alfred Kahn")?"""
    role_words = lexicon().role_words
    ti = tok_index(ctx, s) - 1
    while ti >= 0 and ctx.toks[ti][0] >= floor:
        gap = ctx.body[ctx.toks[ti][1] : ctx.toks[ti + 1][0]]
        if gap.strip():
            return True  # punctuation ("- Carl Bialik", "Pollsters agree - Carl Bialik")
        w = ctx.toks[ti][2]
        if not (w[:1].isupper() or w in role_words):
            return False
        ti -= 1
    return True


def named_event(ctx: QuoteContext, at: int) -> bool:
    """Was the speech event at ``at`` a quote or a verb whose subject is named (no pronoun)?"""
    k = bisect.bisect_left(ctx.quoted_starts, at)
    if k < len(ctx.quoted_starts) and ctx.quoted_starts[k] == at:
        return True
    ti = tok_index(ctx, at)
    return ti > 0 and ctx.toks[ti - 1][2].lower() not in PRONOUN_GENDER


def _clause_floor(ctx: QuoteContext, vi: int, floor: int) -> int:
    """Start of the clause holding token vi: after the last ``;`` or closing quote before it."""
    floor = max(floor, ctx.toks[vi][0] - WINDOW)
    body = ctx.body
    s = ctx.toks[vi][0]
    i = s
    while i > floor:
        if body[i - 1] in ";”" or (body[i - 1] == '"' and in_quote(ctx, i - 2)):
            return i
        i -= 1
    return floor


# a copula, auxiliary or modal after the subject: it describes the subject or says what it
# ought to do, not what it said
SUBJECT_AUX = frozenset(
    ["is", "was", "are", "were", "has", "had", "have", "will", "would", "should", "could",
     "must", "may", "might", "can", "be", "been"]
)  # fmt: skip


# verbs whose object the quote run on after it describes ('Jacobs called Merkel "…"', 'Bush
# referred to Rubio as "…"', 'Washington thanked Obama for "…"'): the object is who the
# subject's words are about, not their speaker
_NAMING_VERBS = frozenset(speech_data()["cues"]["naming_objects"])
# what may stand between the object and the quote: up to three lower-case words, none that
# opens a clause of the object's own ('called Merkel "…"', 'referred to Rubio as "…"', 'credited
# Merkel with holding "…"'; not 'thanked Obama, who said "…"')
_OBJECT_TAIL_RE = re.compile(r"(?:['’]s)?(?:\s+(?!who\b|whom\b|that\b|which\b)[a-z]+){0,3}\s*")
_OBJECT_GAP_RE = re.compile(r"\s+(?:to\s+)?(?:(?:the|[A-Z][\w.]*)\s+)*")


def _named_object(body: str, verb: re.Match[str], ment: tuple[int, int, Person], at: int) -> bool:
    """Is the mention ``ment`` the object of the naming verb ``verb`` right after the subject,
    the quote at ``at`` following it ('Bush referred to Rubio as "a bright, charismatic
    leader"')?"""
    if verb.group(1) not in _NAMING_VERBS:
        return False
    s, e = ment[0], ment[1]
    return bool(
        _OBJECT_GAP_RE.fullmatch(body, verb.end(), s) and _OBJECT_TAIL_RE.fullmatch(body, e, at)
    )


def _coordinated(ctx: QuoteContext, k: int, lo: int) -> bool:
    """Is the verb at token ``k`` a second predicate of the same subject, "but" or "and" right
    before it ('referred to Rubio as "…" but described his skills as …'), not a cue with a
    subject of its own ('…", Rabbi Hier said')?"""
    return k - 1 >= lo and ctx.toks[k - 1][2] in ("but", "and") and not ctx.tok_inq[k - 1]


def sentence_subject_speaker(ctx: QuoteContext, pc: Piece, sent_start: int) -> Person | None:
    """'Moore thanked him for "stepping up and taking action when Congress won't."', 'Hoover
    estimated that there are "somewhere between 23 and 28 people …"': a quoted sentence run
    into the reporter's, whose subject is a person named first in the sentence (only
    capitalised title words before the name, a verb after it) and no other person or quote
    between that subject and the quote: the subject's words, whatever the verb."""
    body = ctx.body
    at = pc.open_at
    if INTRO_MARK_RE.search(body, sent_start, at):
        return None
    p = colon_subject(ctx, sent_start, at, loose=False)
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
        nxt = WORD_AFTER_RE.match(body, m.end())
        if nxt is None or not nxt.group(1).endswith("ing") or nxt.group(1) == "being":
            return None
    # a cue after the quote in the same sentence names the speaker ('…", Rabbi Hier said')
    if pc.close_at is not None:
        end = sentence_of(ctx, pc.close_at)[1]
        k0 = tok_index(ctx, pc.close_at)
        tail = range(k0, tok_index(ctx, end))
        if any(
            (ctx.toks[k][2] in ctx.lex.verbs and not _coordinated(ctx, k, k0))
            or ctx.toks[k][2] == "according"
            for k in tail
        ):
            return None
    i = bisect.bisect_left(ctx.ment_starts, sent_start)
    first_end = ctx.ments[i][1]
    i += 1
    while i < len(ctx.ments) and ctx.ments[i][0] < at:
        q = ctx.ments[i][2]
        if q is not p and q.kind == "person" and not _named_object(body, m, ctx.ments[i], at):
            return None
        i += 1
    if re.search(r"\b(?:he|she|they)\b", body[first_end:at]):
        return None  # another person, unnamed, may be the one quoted
    return p
