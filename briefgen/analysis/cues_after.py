"""The cue after a quote's closing mark: ``," Putin said``, ``," said Mr Blair``, ``," he said``.

:func:`after_cue` reads the words after the closing mark up to the cue's end (:func:`cue_end`):
name-first and verb-first cues, appositions (``," said Edward Leamer, an economist``),
party-state tags, "in a statement" after the name, a bare surname, a sentence that only says
who spoke (``.” Trump said.``) and "according to"/"reported" with a news outlet (which only
relays: the speaker is the subject). :func:`run_on_cue` reads a cue that closes a sentence the
quote runs into, :func:`dash_signature` a ``— Name`` line after a quote. Each returns the speaker
it names, or says that an explicit cue was found but names nobody we know.
"""

from __future__ import annotations

import bisect
import re
from itertools import islice

from briefgen.analysis.mentions import TITLE_STOP, object_verbs, speech_data
from briefgen.analysis.name_kinds import OUTLETS, is_outlet
from briefgen.analysis.name_lexicon import ARTICLE_PARTICLE_RE, lexicon
from briefgen.analysis.people import Person
from briefgen.analysis.prepositions import PREPOSITIONS
from briefgen.analysis.pronouns import resolve_pronoun
from briefgen.analysis.quotations import CLOSE_DQ, QUOTE_MARK_RE, Piece
from briefgen.analysis.quote_context import (
    WORD_AFTER_RE,
    QuoteContext,
    is_speech,
    mention_covering,
    mention_ending_at,
    sentence_of,
    tok_index,
)
from briefgen.analysis.speakers import authored_texts, definite_text_owner, subject_phrase
from briefgen.analysis.spokespeople import SPOKES_GENDER
from briefgen.analysis.subjects import INDEFINITE_SUBJ, abbreviation_point, phrase_end, verb_subject
from briefgen.model import QuoteCue

# what closes a quote that a cue follows; "…" an ellipsis ('"… different people…" Clinton said')
CLOSING_PUNCT = "?!.,—–-…"


# a new sentence after the closing mark that a colon and an opening mark close ('? Mr
# Mansfield said: "')
_ANSWER_CUE_RE = re.compile(r"\s*[A-Z][^.?!:\"“”\n]{0,80}:\s*[\"“]")


def after_cue(
    ctx: QuoteContext, piece: Piece, limit: int
) -> tuple[Person | None, QuoteCue, str | None, bool]:
    """Attribution right after the closing mark: ``," X said`` / ``," said X``."""
    body = ctx.body
    if piece.close_at is None:
        return None, "other", None, False
    a = piece.close_at + 1
    b = cue_end(body, a, limit)
    seg = body[a:b]
    # the quote's own last mark, inside a nested closing quote ('… do you need?’” Weaver said')
    e = piece.end
    while e > piece.start + 1 and body[e - 1] in "’'”\"":
        e -= 1
    last = body[e - 1]
    if last == "?" and _ANSWER_CUE_RE.match(body, a):
        # '"You are suggesting that …?" Mr Mansfield said: "Yes."': the sentence after a
        # question introduces the answer, not the question
        return None, "other", None, False
    if not seg.strip() or (
        seg.lstrip()[:1] not in (",", "")
        and not (
            last in CLOSING_PUNCT
            or body[a : a + 1] in ",."
            or _verb_first(ctx, a, b)
            or (last.isalnum() and _opens_sentence(ctx, piece) and _verb_ends_cue(ctx, a, b))
        )
    ):
        return None, "other", None, False
    glued = body[a - 1 : a] in (CLOSE_DQ, '"') and last in ",?!" and body[a : a + 1].isupper()
    if body[a : a + 1] not in (",", " ") and body[a : a + 1] != "" and not glued:
        # '…,”Clinton said': a missing space after a curly closing mark is still a cue
        return None, "other", None, False
    closed = (last == "." and not _bare_cue_sentence(ctx, a, b)) or (
        last in "?!" and not _name_then_verb(ctx, a, b)
    )
    if last in ".?!" and _introduces_next(body, a, b):
        # '"…?" Mr Mansfield said: "Yes."': a cue that a colon closes introduces the quote
        # after it, not the finished one before
        return None, "other", None, False
    if closed:
        # past an apposition, a sentence that only says who spoke: '"… How are you today?"
        # Miller, a retired worker from a nuclear plant, said pleasantly into the phone.'
        apposed = _apposed_speaker(ctx, a, b) if _cue_sentence_ends(ctx, a, b) else None
        if apposed is None and last in "?!" and body[a : a + 2].strip()[:1].islower():
            # '"… resign?" the presumptive GOP nominee, Donald Trump, tweeted Sunday': after a
            # question or exclamation mark, a lower-case word opens no new sentence
            apposed = _described_then_named(ctx, a, b)
        if apposed is None:
            return None, "other", None, False
    else:
        apposed = _apposed_speaker(ctx, a, b) or _described_then_named(ctx, a, b)
    if apposed is not None:
        return apposed, "explicit", None, True
    bare = _bare_surname(ctx, a, b)
    if bare is not None:
        return bare, "explicit", None, True
    outlet = _outlet_reporting(ctx, a, b)
    if outlet is not None:
        return outlet, "explicit", None, True
    ti = tok_index(ctx, a)
    words = []
    while ti < len(ctx.toks) and ctx.toks[ti][0] < b and len(words) < CUE_WORDS:
        words.append(ti)
        ti += 1
    if (
        words
        and ctx.toks[words[0]][2].lower() in INDEFINITE_SUBJ
        and (
            any(is_speech(ctx, wi) for wi in words[1:])
            or (last == "," and _speaks_past_point(ctx, ti, b))
        )
        and not any(ctx.toks[wi][2] in SPOKES_GENDER for wi in words)
    ):
        # '," a trader at a European bank said': an explicit cue with an unnamed speaker
        # ("a Foreign Office spokesman" speaks for the body: resolved below)
        return None, "other", None, True
    quoted = _quoted_cue(ctx, a, b, words)
    if quoted is not None:
        return (*quoted, True)
    owner = _document_owner(ctx, a, b)
    if owner is not None:
        return owner, "explicit", None, True
    for n, wi in enumerate(words):
        w = ctx.toks[wi][2]
        if w in ("according", "per") and n <= 1:
            # ", according to X"
            rest_s = (
                ctx.toks[words[n + 1]][1]
                if w == "according" and n + 1 < len(words)
                else (ctx.toks[wi][1])
            )
            p, cue, title = subject_phrase(
                ctx, rest_s, phrase_end(body, rest_s, b), resolve_pronoun
            )
            if p is not None and not (p.kind == "organisation" and p.name in OUTLETS):
                return p, "according-to", title, True
            return None, "other", None, False
        if w in GOES_ON and n > 0 and _goes_on(ctx, words, n, b):
            # '," he went on.', '," he pointed out.': the two words closing the cue say it
            vs = ctx.toks[wi][0]
            p, cue, title = subject_phrase(ctx, a, vs, resolve_pronoun)
            return p, cue, title, True
        if is_speech(ctx, wi):
            vs, ve, _w, _p, _c = ctx.toks[wi]
            if n == 0 and _w in object_verbs():
                # '"Scandal," thanked Obama for': the name after a verb of praise or
                # description is its object; the quote has no cue here
                return None, "other", None, False
            if n == 0:
                # ", said Mr Blair" / ", says the prime minister"
                pe = phrase_end(body, ve, b)
                if _indefinite_relative(body, ve, pe):
                    # '," says a woman who auditioned for Ailes in 1968': someone unnamed; the
                    # name inside the relative clause is not the speaker
                    return None, "other", None, True

                cut = _CLAUSE_AFTER_SUBJECT_RE.search(body, ve, pe)
                if cut is not None:
                    # ", said voter Dan Golvach when asked about Lindsey Graham": the subject
                    # ends where a clause of its own begins; a name past it is no speaker
                    pe = cut.start()
                p, cue, title = subject_phrase(ctx, ve, pe, resolve_pronoun)
                if p is not None and p.kind == "organisation":
                    # ', said a professor at the University of Texas, Stephen Vladeck': the
                    # body ends a description; the person named in apposition speaks
                    named = _described_then_named_subject(ctx, ve, b, apposed=True)
                    if named is not None:
                        return named, "explicit", None, True
                if p is None and cue in ("other", "role"):
                    # ", said ACLU executive Director Anthony Romero in a statement"; ', said one
                    # resident, Maria Lopez', ', said the society's president, Ed Sayres': a
                    # description, then the name in apposition
                    p = _named_after_verb(ctx, ve, pe) or _described_then_named_subject(
                        ctx, ve, b, apposed=True
                    )
                    cue = "explicit" if p is not None else cue
                return p, cue, title, True
            k = n
            while k > 1 and adverb(ctx.toks[words[k - 1]][2]):
                k -= 1  # '," he privately told her': the subject ends before the adverb
            subj_end = ctx.toks[words[k]][0] if k < n else vs
            p, cue, title = subject_phrase(ctx, a, subj_end, resolve_pronoun)
            if p is None and cue == "other":
                # "," Mr Blair told his monthly news conference" with a mention before
                p, cue = verb_subject(ctx, wi, a)
                title = None
            if p is not None and p.kind == "organisation" and _staff_named(ctx, words[:n]):
                # '," Kirsten Pfeifer from the Consumer Electronics Association, told': a
                # person of the body speaks, whom the story does not name as one
                return None, "other", None, True
            return p, cue, title, True
        if n == 1 and w in authored_texts() and ctx.toks[words[0]][2] == "the":
            # '," the letter added' after "An Open Letter from chief executive Sidney Taurel":
            # the one text the story named, its owner or author speaking
            owner = definite_text_owner(ctx, ctx.toks[words[0]][0], ctx.toks[wi][1])
            if owner is not None:
                return owner, "explicit", None, True
        if (
            w[:1].islower()
            and w.lower() not in CUE_FUNCTION_WORDS
            and not (adverb(w) and n > 0)  # '," he reportedly told her'
            and not (w in AFFILIATIONS and n > 0 and ctx.toks[words[n - 1]][2][:1].isupper())
            and w not in ("spokesman", "spokeswoman", "spokesperson")
            and w.lower() not in (lexicon().role_words)
            and not ARTICLE_PARTICLE_RE.match(w)  # "Ahmed al-Mansouri told"
        ):
            # '," shop owner Hayriye Evren, told AP', '," former George W. Bush speechwriter
            # Noam Neusner wrote': a descriptor, a named person right before the speech verb
            org = _ministry_before_verb(ctx, a, words)
            if org is not None:
                return (*org, True)
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
            if last in ",?!" and n > 0 and ctx.toks[words[0]][4] and _unknown_name_cue(ctx, words):
                # '," CBS This Morning co-Anchor DeMarco Morgan said': a name-first cue whose
                # name we do not know; the quote is not the previous speaker's
                return None, "other", None, True
            return None, "other", None, False
    return None, "other", None, False


def _staff_named(ctx: QuoteContext, words: list[int]) -> bool:
    """Do the cue's words before its verb name someone by a capitalised word, then say
    where they work ("Kirsten Pfeifer from the ...", "Chief Hall with the ...", "Officials
    at the ...": the body's people, not the body)?"""
    return ctx.toks[words[0]][2][:1].isupper() and any(
        ctx.toks[wi][2] in AFFILIATIONS and ctx.toks[words[k - 1]][2][:1].isupper()
        for k, wi in enumerate(words[1:], 1)
    )


# an indefinite subject after a speech verb that a relative clause goes on from ('," says a
# woman who auditioned for Ailes', '," said one man whose son was hurt'): no one named
_INDEFINITE_RELATIVE_RE = re.compile(
    r"\s+(?:a|an|one|another)\s+(?:[a-z][\w'’-]*\s+){1,3}(?:who|whom|whose|that)\b"
)


def _indefinite_relative(body: str, ve: int, pe: int) -> bool:
    """Does an indefinite noun phrase with a relative clause follow the verb ending at
    ``ve``, up to ``pe``?"""
    return body.startswith((" a ", " an ", " one ", " another "), ve) and bool(
        _INDEFINITE_RELATIVE_RE.match(body, ve, pe)
    )


def _speaks_past_point(ctx: QuoteContext, ti: int, b: int) -> bool:
    """Does a speech verb follow within a few words when the cue stopped at ``b`` at a point
    before a lower-case word ('," a former News Corp. executive said': an abbreviation's
    point, not a sentence end)? Read from token ``ti``, the first past the cue."""
    body = ctx.body
    if body[b : b + 1] != "." or not body[b + 2 : b + 3].islower():
        return False
    for k in range(ti, min(ti + _PAST_POINT_WORDS, len(ctx.toks))):
        if "\n" in body[ctx.toks[k - 1][1] : ctx.toks[k][0]] or ctx.tok_inq[k]:
            return False
        if is_speech(ctx, k):
            return True
    return False


_PAST_POINT_WORDS = 4


def _ministry_before_verb(
    ctx: QuoteContext, a: int, words: list[int]
) -> tuple[Person, QuoteCue, str | None] | None:
    """'," the Chinese foreign ministry said', '," a Russian defence ministry spokesman
    said': a country's ministry in lower case before the speech verb (``spokespeople.
    state_ministry``), read by ``subject_phrase``."""
    verb = next((wi for wi in words if is_speech(ctx, wi)), None)
    if verb is None or "inistry" not in ctx.body[a : ctx.toks[verb][0]]:
        return None
    p, cue, title = subject_phrase(ctx, a, ctx.toks[verb][0], resolve_pronoun)
    return (p, cue, title) if p is not None and p.kind == "organisation" else None


CUE_WORD_RE = re.compile(r"[\w'’-]+")  # one character class: linear

DOCUMENT_NOUNS = frozenset(speech_data()["descriptors"]["authored"])
# lower-case words a cue's subject phrase may hold before its verb or name
CUE_FUNCTION_WORDS = frozenset(
    ["he", "she", "the", "a", "an", "our", "his", "her", "its", "their", "who", "also", "of",
     "for", "and", "later", "then", "has", "had", "was", "once", "again", "both"]
)  # fmt: skip
# '," Patrol Chief James Hall with the New York Police Department said': after a name, a
# preposition that says where the person works goes on to the verb (``subject_phrase``
# gives the person, not the body)
AFFILIATIONS = frozenset(["with", "at", "from"])
# tokens read after the closing mark for the cue's verb ("state Senate leader Phil Berger and
# House Speaker Tim Moore said": a joint subject of two titled names)
CUE_WORDS = 14
QUOTED_AUX = frozenset(["was", "were", "is", "are", "been", "being"])
QUOTED_AS_WORDS = 6  # words read from "quoted" to "as" ("quoted by the state news agency as")


# a description's capitalised tail: the place or body a lower-case noun is "of", "at" or "in"
# ("the former editor of the Standard", "neighbor in both Florida and New York", "a professor
# at the University of Texas")
_NAMED_TAIL = (
    r"(?P<tail> (?:of|at|in|for|from) (?:(?:the|both) )?[A-Z][\w.&'’-]*"
    r"(?:(?: and| &| of| of the)? [A-Z][\w.&'’-]*){0,4})"
)
_DESCRIBED_RE = re.compile(
    # a possessive inside ("the society's president, Ed Sayres") names what the noun is of
    r"[ ,]*(?:the|a|an|one|another) (?:[a-z][\w-]*(?:'s|’s)? ){0,3}[a-z][\w-]*"
    + _NAMED_TAIL
    + "?, "
)
_TAIL_RE = re.compile(r"[a-z][\w'’-]*" + _NAMED_TAIL + "$")


def _names_a_person(ctx: QuoteContext, s: int, e: int) -> bool:
    """Does a person's mention start in ``body[s:e]``?"""
    i = bisect.bisect_left(ctx.ment_starts, s)
    while i < len(ctx.ments) and ctx.ments[i][0] < e:
        if ctx.ments[i][2].kind == "person":
            return True
        i += 1
    return False


def _described_then_named_subject(
    ctx: QuoteContext, a: int, e: int, apposed: bool = False
) -> Person | None:
    """The person named in ``body[a:e]`` when it is a short lower-case description, a comma
    and that name only ("the minister, Abdul-Qader al-Obeidi", "one resident, Maria Lopez");
    a trailing comma or point after the name is allowed (``apposed``: an apposition of the
    name too, "a neighbour, Maria Lopez, who lives nearby")."""
    m = _DESCRIBED_RE.match(ctx.body, a, e)
    if m is None or (m.group("tail") and _names_a_person(ctx, m.start("tail"), m.end("tail"))):
        return None  # "a friend of Mary Jones, Tom Roe": the description ends in a person
    found = mention_covering(ctx, m.end())
    if found is None or found[0] != m.end() or found[2].kind != "person":
        return None
    rest = ctx.body[found[1] : e]
    if rest.strip(" ,.") and not (apposed and rest.startswith(", ")):
        return None  # more than the name
    return found[2]


# '," TNO's report said', '," the Conservatives' letter stated': a document of a named
# person or body, its speech verb; the owner speaks (speech.toml [descriptors] authored)
_DOCUMENT_CUE_RE = re.compile(
    r"[ ,]*(?:[Tt]he )?(?P<owner>[A-Z][^\s,;:\"“”]*(?: [A-Z][^\s,;:\"“”]*){0,4})(?:'s|’s|'|’) "
    r"(?:(?:new|latest|final|own|official|written|formal|annual|joint|open) )?(?P<doc>[a-z-]+)"
    r"(?: (?:also|further|later))? (?:said|says|stated|states|added|adds|read|reads|noted|notes"
    r"|concluded|concludes|warned|warns)\b"
)


def _document_owner(ctx: QuoteContext, a: int, b: int) -> Person | None:
    """'," TNO's report said': the person or body whose statement, letter or report speaks.
    Only the owner's own name before the possessive; "Trump's lawyer's letter" is no one."""
    m = _DOCUMENT_CUE_RE.match(ctx.body, a, b)
    if m is None or m.group("doc") not in DOCUMENT_NOUNS:
        return None
    p = mention_ending_at(ctx, m.end("owner"))
    cov = mention_covering(ctx, m.start("owner"))
    if p is None or cov is None or cov[0] != m.start("owner") or cov[2] is not p:
        return None
    return None if p.kind == "organisation" and is_outlet(p.name) else p


# speech verbs of two words whose first word alone says nothing ("went on", "pointed out"):
# the first word and the particle that must follow it
GOES_ON = {"went": "on", "goes": "on", "pointed": "out", "points": "out"}


def _goes_on(ctx: QuoteContext, words: list[int], n: int, b: int) -> bool:
    """Do the cue's words end with "went on" / "goes on" / "pointed out" at ``words[n]``
    (nothing but the cue's end after the particle)?"""
    particle = GOES_ON[ctx.toks[words[n]][2]]
    if n + 1 >= len(words) or ctx.toks[words[n + 1]][2] != particle:
        return False
    return n + 2 >= len(words) or ctx.toks[words[n + 2]][0] >= b


def _quoted_cue(
    ctx: QuoteContext, a: int, b: int, words: list[int]
) -> tuple[Person | None, QuoteCue, str | None] | None:
    """The "quoted ... as saying" cue among the cue's first ``words``, before any speech verb."""
    if ctx.body.find("quoted", a, b) < 0:
        return None  # most cues (str.find first: cheap)
    for wi in words:
        if ctx.toks[wi][2] == "quoted":
            return _quoted_as_saying(ctx, a, b, wi)
        if is_speech(ctx, wi):
            return None
    return None


def _quoted_as_saying(
    ctx: QuoteContext, a: int, b: int, qi: int
) -> tuple[Person | None, QuoteCue, str | None] | None:
    """'," the minister, Abdul-Qader al-Obeidi, was quoted as saying', '," the paper quoted
    John Smith as saying': "quoted ... as" and a speech participle make a cue. Passive (an
    auxiliary before "quoted"): the speaker is the subject before the auxiliary, whatever
    "by ..." phrase follows; active: the object between "quoted" and "as" (the subject is the
    outlet that relays). None when token ``qi`` opens no such cue."""
    toks = ctx.toks
    ai = qi + 1
    while ai < len(toks) and ai <= qi + QUOTED_AS_WORDS and toks[ai][0] < b:
        if toks[ai][2] == "as":
            break
        ai += 1
    else:
        return None
    if ai + 1 >= len(toks) or toks[ai + 1][2] not in ctx.lex.participles:
        return None
    if qi > 0 and toks[qi - 1][2] in QUOTED_AUX and toks[qi - 1][0] > a:
        aux = toks[qi - 1][0]
        found = subject_phrase(ctx, a, aux, resolve_pronoun)
        if found[0] is None and ctx.body[aux - 2 : aux] == ", ":
            # '," the minister, Abdul-Qader al-Obeidi, was quoted as saying'
            named = _described_then_named_subject(ctx, a, aux - 2)
            if named is not None:
                return named, "explicit", None
        return found
    if ai == qi + 1 or toks[qi + 1][2] == "by":
        return None
    return subject_phrase(ctx, toks[qi][1], toks[ai][0], resolve_pronoun)


NOT_A_NAME = frozenset(
    ["If", "When", "But", "And", "As", "So", "Yet", "Or", "While", "Then", "The", "A", "An",
     "This", "That", "It", "We", "I", "You", "They", "He", "She", "In", "On", "At", "For"]
)  # fmt: skip
PRONOUN_WORDS = frozenset(["he", "she", "they", "we", "i", "you", "it", "who", "which"])


def _unknown_name_cue(ctx: QuoteContext, words: list[int]) -> bool:
    """Do the words after a closing mark open with a capitalised word that is no function word
    and reach a speech verb with no pronoun before it ("CBS This Morning co-Anchor DeMarco
    Morgan said", not "If they say")?"""
    if ctx.toks[words[0]][2] in NOT_A_NAME:
        return False
    for wk in words[1:]:
        if ctx.toks[wk][2].lower() in PRONOUN_WORDS and not (
            wk == words[1] and ctx.body.startswith(", who ", ctx.toks[words[0]][1])
        ):
            return False  # "Paris, who used to work on Capitol Hill, said": the name's "who"
        if is_speech(ctx, wk):
            return True
    return False


def adverb(word: str) -> bool:
    """A lower-case "-ly" word ("recently", "reportedly")."""
    return word.endswith("ly") and word.islower()


_OPEN_MARK_RE = re.compile('["“‘]')
_CUE_STOP_RE = re.compile('["“‘.?!…]')  # an opening quote mark or a sentence end (SENT_END)


def _introduces_next(body: str, a: int, b: int) -> bool:
    """Does the cue ``body[a:b]`` after a closing mark end in a colon right before an opening
    quote mark ('" Mr Mansfield said: "Yes."')?"""
    seg = body[a:b].rstrip()
    return seg.endswith(":") and _OPEN_MARK_RE.match(body, b) is not None


def cue_end(body: str, a: int, limit: int) -> int:
    """Where the text after a closing mark (at ``a - 1``) stops: the next opening quote mark,
    or a sentence end after its first two characters; at most 160 characters, ``limit``."""
    end = max(a, min(limit, a + 160))
    m = _OPEN_MARK_RE.search(body, a, min(end, a + 2))
    if m:
        return m.start()
    pos = a + 2
    while (m := _CUE_STOP_RE.search(body, pos, end)) is not None:
        if body[m.start()] != "." or not abbreviation_point(body, m.start(), a):
            return m.start()
        pos = m.start() + 1
    return end


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
# an abbreviated title opening an apposition: ", SVP of enterprise AI at Automation
# Anywhere, told", ", VP analyst at Gartner, explained"
_ABBREVIATED_TITLE_HEAD = re.compile(r", [A-Z]{2,5} [a-z]")


def _bare_apposition(body: str, s: int, e: int) -> bool:
    """An apposition with no determiner between a name and its verb: ", deputy homeland
    security advisor, said", ", 30, of Raleigh, N.C., who was polled, said", ", R-Ky., said",
    ", SVP of sales at Acme, said". It opens in lower case, a digit, a party tag, a possessive
    or an abbreviated title, and holds no second name ("and Jones")."""
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
        or _ABBREVIATED_TITLE_HEAD.match(text)
    ):
        return False
    return _BARE_APPOSITION_STOP.search(text) is None


def _bare_surname(ctx: QuoteContext, a: int, b: int) -> Person | None:
    """'," Black said' when the people finder took "Black" for a word: a capitalised word no
    mention covers, then a speech verb, after the closing mark, is the surname of the one
    person of the story named in full with it ("Charlie Black")."""
    ti = tok_index(ctx, a)
    if ti + 1 >= len(ctx.toks) or ctx.toks[ti][0] >= b or ctx.body[a : ctx.toks[ti][0]] != " ":
        return None
    s, e, w, _p, cap = ctx.toks[ti]
    if not cap or not is_speech(ctx, ti + 1) or ctx.body[e : ctx.toks[ti + 1][0]] != " ":
        return None
    if mention_covering(ctx, s) is not None:
        return None
    found = [
        p
        for p in ctx.people
        if p.kind == "person" and " " in p.name and p.name.rsplit(" ", 1)[1] == w and p.mentions
    ]
    return found[0] if len(found) == 1 and min(found[0].mentions)[0] < a else None


def _outlet_reporting(ctx: QuoteContext, a: int, b: int) -> Person | None:
    """'," Fox News reported.', '," the Post reported Monday, quoting an official': an outlet
    that reports a quote and names no one else as its speaker is its source (an outlet only
    relays when someone is named as speaking: "Putin told the BBC", "Putin said, per CNN")."""
    body = ctx.body
    i = bisect.bisect_left(ctx.ment_starts, a)
    if i >= len(ctx.ments) or ctx.ments[i][0] >= b:
        return None
    s, e, p = ctx.ments[i]
    lead = body[a:s].strip(" ,")
    if lead not in ("", "the", "The") or p.kind != "organisation" or not is_outlet(p.name):
        return None
    m = WORD_AFTER_RE.match(body, e)
    if m is None or not (m.group(1) in ctx.lex.relay or m.group(1) in ("said", "says")):
        return None  # '," Fox News reported.', '," Fox News said in a statement.'
    ti = tok_index(ctx, m.end())
    while ti < len(ctx.toks) and ctx.toks[ti][0] < b:
        if is_speech(ctx, ti) and ctx.toks[ti][2] not in ctx.lex.participles:
            return None  # '," the Post reported Smith said'
        ti += 1
    return p


def _apposed_speaker(ctx: QuoteContext, a: int, b: int) -> Person | None:
    """'," Takumi Arai, a deputy press secretary at the Cabinet Office, told reporters': the
    person named first after the closing mark, then an apposition, then a speech verb."""
    ti = tok_index(ctx, a)
    if ti >= len(ctx.toks) or ctx.toks[ti][0] >= b or ctx.body[a : ctx.toks[ti][0]].strip(" ,"):
        return None
    found = mention_covering(ctx, ctx.toks[ti][0])
    if found is None or found[2].kind != "person" or ctx.body[found[1] : found[1] + 1] != ",":
        return None
    first = tok_index(ctx, found[1])
    for vi in range(first, min(first + APPOSITION_WORDS, len(ctx.toks))):
        if ctx.toks[vi][0] >= b:
            return None
        if not is_speech(ctx, vi):
            continue
        verb_at = ctx.toks[vi][0]
        before = ctx.toks[vi - 1][2]
        if before in ("also", "later", "then") or adverb(before):
            verb_at = ctx.toks[vi - 1][0]  # "..., later told reporters"
        if _APPOSITION.fullmatch(ctx.body, found[1], verb_at) or _bare_apposition(
            ctx.body, found[1], verb_at
        ):
            return found[2]
        return None
    return None


DESCRIPTION_WORDS = 8  # "California Rep. Duncan Hunter's chief of staff"


def _described_then_named(ctx: QuoteContext, a: int, b: int) -> Person | None:
    """'," another friend, Mariam Emara told CNN', '," California Rep. Duncan Hunter's chief of
    staff, Joe Kasper, told POLITICO': right after the closing mark a description ending in a
    lower-case noun, a comma, then a person's name and a speech verb: the name is the
    speaker's, set in apposition after what they are. The description holds no name at its
    end ("a friend of Mary Jones, Tom Roe, said" is left alone) and no verb of speech."""
    body = ctx.body
    start = a
    while start < b and body[start] in " ,":
        start += 1
    comma = body.find(", ", start, b)
    if comma < 0 or any(ch in body[start:comma] for ch in ';:()"“”'):
        return None
    desc = body[start:comma].split()
    if not desc or len(desc) > DESCRIPTION_WORDS or not desc[-1].isalpha():
        return None
    if desc[0].lower() in PRONOUN_WORDS:
        return None
    if not desc[-1].islower():
        # "Epstein's neighbor in both Florida and New York, Donald Trump, said": a noun "in"
        # or "of" a place or body, never of a person ("a friend of Mary Jones, Tom Roe")
        tail = _TAIL_RE.search(body, start, comma)
        if tail is None or _names_a_person(ctx, tail.start("tail"), comma):
            return None
    ti = tok_index(ctx, start)
    while ti < len(ctx.toks) and ctx.toks[ti][0] < comma:
        if is_speech(ctx, ti):
            return None
        ti += 1
    found = mention_covering(ctx, comma + 2)
    if found is None or found[0] != comma + 2 or found[2].kind != "person":
        return None
    vi = tok_index(ctx, found[1])
    if vi >= len(ctx.toks) or ctx.toks[vi][0] >= b:
        return None
    if body[found[1] : ctx.toks[vi][0]] not in (" ", ", ") or not is_speech(ctx, vi):
        return None
    return found[2]


# a clause opening after a verb-first cue's subject ("said Dan Golvach when asked about …")
_CLAUSE_AFTER_SUBJECT_RE = re.compile(r" (?:when|while|after|before|because|as|if|who|whose) ")
_AFTER_NAME = frozenset(["in", "on", "at", "during", "after", "before", "from", "to", "of"])
# words before a name after a verb-first cue that make the name an object, not the speaker
_OBJECT_LEAD = frozenset(
    ["who", "whom", "whose", "which", "that", "for", "to", "with", "by", "about", "against"]
)


def _named_after_verb(ctx: QuoteContext, ve: int, pe: int) -> Person | None:
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
    if _OBJECT_LEAD.intersection(ctx.body[ve:s].split()):
        # 'says a woman who auditioned for Ailes in 1968': the name is the object of a
        # relative clause or a preposition in the description of someone unnamed
        return None
    nxt = ctx.body[e:pe].split(maxsplit=1)
    return p if not nxt or nxt[0] in _AFTER_NAME else None


IRREGULAR_PAST = frozenset(["shot", "spoke", "began", "went", "cut", "chimed", "wrote", "put"])


def _name_then_any_verb(ctx: QuoteContext, a: int, ni: int, vi: int) -> Person | None:
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
    p = mention_ending_at(ctx, ne)
    cov = mention_covering(ctx, ne - 1)
    if p is None or p.kind != "person" or cov is None:
        return None
    lead = ctx.body[a : cov[0]]
    if lead.strip(" ,") and not all(t[:1].isupper() for t in lead.strip(" ,").split()):
        return None
    return p


def _any_verb_then_name(ctx: QuoteContext, vi: int, b: int) -> Person | None:
    """'," remembered Roy Verley, HP's former spokesman': right after a comma-closed quote, a
    verb in the past tense and then a person's name, which ends the cue or a comma follows."""
    w = ctx.toks[vi][2]
    if not ((len(w) > 4 and w.endswith("ed")) or w in IRREGULAR_PAST):
        return None
    ve = ctx.toks[vi][1]
    found = mention_covering(ctx, ve + 1)
    if found is None or found[0] != ve + 1 or ctx.body[ve] != " " or found[2].kind != "person":
        return None
    after = ctx.body[found[1] : found[1] + 1]
    return found[2] if after in (",", ".", "") or found[1] >= b else None


DESCRIPTOR_STOP = frozenset(
    ["who", "which", "that", "and", "or", "the", "a", "an", "his", "her", "its", "their", "is",
     "was", "has", "had", "will", "would", "also", "not"]
)  # fmt: skip


def _descriptor_noun(ctx: QuoteContext, wi: int) -> bool:
    """A lower-case word that may stand in a descriptor before a name ("former George W. Bush
    speechwriter Noam Neusner"): no preposition, function word, adverb or speech verb."""
    w = ctx.toks[wi][2]
    return (
        w.isalpha()
        and w not in PREPOSITIONS
        and w not in DESCRIPTOR_STOP
        and not w.endswith("ly")
        and not is_speech(ctx, wi)
    )


# an auxiliary or adverb between a cue's name and its speech verb ("Chaudhry had said")
_VERB_LEAD = frozenset(["had", "has", "have", "also", "later", "then"])


def _named_before_verb(ctx: QuoteContext, words: list[int]) -> Person | None:
    """The person whose mention ends just before the first speech verb among ``words``
    (token indices), with only a space or ", " between; before the name only lower-case
    descriptor words ("shop owner"), no preposition ("the report by X said" is not X)."""
    seen_cap = False
    for k, wi in enumerate(words):
        if is_speech(ctx, wi):
            before = k - 1
            while before > 0 and ctx.toks[words[before]][2] in _VERB_LEAD:
                before -= 1  # "... Ahmed Sharif Chaudhry had said", "... Smith also told"
            if before < 0:
                return None
            vs = ctx.toks[words[before + 1]][0]
            pe = ctx.toks[words[before]][1]
            if ctx.body[pe:vs] not in (" ", ", "):
                return None
            p = mention_ending_at(ctx, pe)
            return p if p is not None and p.kind == "person" and seen_cap else None
        w = ctx.toks[wi][2]
        if w[:1].isupper():
            seen_cap = True
        elif seen_cap and w in ("and", "or"):
            return None  # "singer Gary Lightbody and drummer Jonny Quinn said": two speakers
        elif seen_cap and w in _VERB_LEAD:
            continue  # read back from the verb above
        elif seen_cap and (
            w in SPOKES_GENDER or w in lexicon().role_words or _descriptor_noun(ctx, wi)
        ):
            continue  # "super PAC spokeswoman Kellyanne Conway said"
        elif seen_cap or w in PREPOSITIONS or w in ("who", "which", "that"):
            return None
    return None


def _bare_cue_sentence(ctx: QuoteContext, a: int, b: int) -> bool:
    """Is the text after the closing mark a sentence that only says who spoke ('.” Trump
    said.', '." the senator told reporters Tuesday.')? It can attribute nothing but the quote,
    even when the quote closed with a full stop. Short, with a speech verb, no clause."""
    if ctx.body[b : b + 1] != ".":
        return False
    # eight words at most are read: more make no bare cue sentence
    words = [w.group() for w in islice(CUE_WORD_RE.finditer(ctx.body, a, b), 8)]
    return (
        0 < len(words) <= 7
        and words[0][:1].isupper()  # a name: "he said" is left to the pronoun's checks
        and any(w in ctx.lex.verbs and w not in ctx.lex.relay for w in words)
        and "that" not in words
        and not any(ch in ctx.body[a:b] for ch in ",;:")
    )


_CUE_TAIL = frozenset(
    ["in", "on", "at", "into", "to", "about", "of", "during", "after", "before", "from", "with",
     "later", "then", "afterwards", "afterward", "yesterday", "today", "tonight", "recently"]
)  # fmt: skip
AGREEING = frozenset(["agreed", "agrees", "concurred", "concurs", "disagreed", "disagrees"])
CUE_TAIL_WORDS = 6  # words after the verb of a cue sentence ("pleasantly into the phone")
TOPIC_WORDS = frozenset(["of", "about"])  # "said of …", "said about …": any length


def _cue_sentence_ends(ctx: QuoteContext, a: int, b: int) -> bool:
    """Does the cue after a closing mark end its sentence at ``b`` with at most a few words after
    its speech verb, opening with an adverb or a preposition ("said pleasantly into the phone.",
    "said about all the activity."), not a reported clause ("said it was wrong.")?"""
    if ctx.body[b : b + 1] != "." or ctx.body[a : a + 1] != " ":
        return False
    ti = tok_index(ctx, a)
    if ti >= len(ctx.toks) or not ctx.toks[ti][4]:
        return False  # a name opens it
    while ti < len(ctx.toks) and ctx.toks[ti][0] < b and not is_speech(ctx, ti):
        ti += 1
    if ti >= len(ctx.toks) or ctx.toks[ti][2] in AGREEING:
        return False  # '"…." Mr Valentine, who grew up there, agreed.': words that follow
    tail = []
    ti += 1
    while ti < len(ctx.toks) and ctx.toks[ti][0] < b:
        tail.append(ctx.toks[ti][2])
        ti += 1
    if tail and tail[0] in TOPIC_WORDS:
        return True  # "said of the encounter he had last week with Trump …": the words' topic
    return len(tail) <= CUE_TAIL_WORDS and (
        not tail or tail[0] in _CUE_TAIL or adverb(tail[0]) or tail[0] in DAYS
    )


DAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def _opens_sentence(ctx: QuoteContext, piece: Piece) -> bool:
    """Does the quote open its sentence (not a phrase run into the reporter's: 'by "military
    might alone …" he added')?"""
    return not ctx.body[sentence_of(ctx, piece.open_at)[0] : piece.open_at].strip()


def _verb_ends_cue(ctx: QuoteContext, a: int, b: int) -> bool:
    """'"… changes he wanted to make in his campaign" the Post's senior politics editor Steven
    Ginsberg responded.': after a quote closed with no punctuation, a short sentence that ends
    on its speech verb only says who spoke."""
    if ctx.body[b : b + 1] != ".":
        return False
    ti = tok_index(ctx, b) - 1
    return ti >= 0 and ctx.toks[ti][1] == b and is_speech(ctx, ti) and ti - tok_index(ctx, a) < 9


def _verb_first(ctx: QuoteContext, a: int, b: int) -> bool:
    """Does a speech verb open the text after the closing mark and a capitalised word follow
    it ('…anonymity" said Nick Merrill', the comma left out)?"""
    ti = tok_index(ctx, a)
    return (
        ti + 1 < len(ctx.toks)
        and ctx.toks[ti + 1][0] < b
        and is_speech(ctx, ti)
        and ctx.toks[ti + 1][4]
        and not ctx.body[a : ctx.toks[ti][0]].strip()
    )


def _name_then_verb(ctx: QuoteContext, a: int, b: int) -> bool:
    """After ``?"``/``!"``: is the next text a subject and a speech verb ("asked Mr X")?"""
    ti = tok_index(ctx, a)
    n = 0
    while ti < len(ctx.toks) and ctx.toks[ti][0] < b and n < 6:
        if is_speech(ctx, ti):
            return True
        ti += 1
        n += 1
    return False


def run_on_cue(ctx: QuoteContext, pc: Piece, sent_end: int) -> Person | None:
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
            m = WORD_AFTER_RE.match(body, e)
            if m and is_speech(ctx, tok_index(ctx, m.start(1))):
                tail = body[m.end() : m.end() + 1]
                if tail in (".", ",", "") or m.end() == sent_end:
                    best = p  # ", Sanders said."
            continue
        k = tok_index(ctx, s) - 1
        lo = k - 5  # ", said Ohio State University professor Paul Beck": title words between
        while k > lo and k > 0 and not is_speech(ctx, k):
            if body[ctx.toks[k][1] : ctx.toks[k + 1][0]] != " " or (
                ctx.toks[k][2] in TITLE_STOP and not _joins_titles(ctx, k)
            ):
                break
            k -= 1
        if (
            k >= 0
            and is_speech(ctx, k)
            and body[ctx.toks[k][0] - 2 : ctx.toks[k][0]] == ", "
            and (body[e : e + 1] in (".", ",", "") or e == sent_end)
        ):
            best = p  # ", said David Wasserman, an elections analyst"
    return best


def _joins_titles(ctx: QuoteContext, k: int) -> bool:
    """Is token ``k`` an "and" between two lower-case title words ("said Thai historian and
    analyst Chris Baker")?"""
    toks = ctx.toks
    return (
        toks[k][2] == "and"
        and 0 < k < len(toks) - 1
        and toks[k - 1][2].isalpha()
        and toks[k - 1][2].islower()
        and toks[k - 1][2] not in TITLE_STOP
        and toks[k + 1][2].isalpha()
        and toks[k + 1][2].islower()
    )


SIGNATURE_CHARS = 100  # a longer dash line is a sentence, not a signature
_DASH_LINE_RE = re.compile(r"[-—–]+\s*")


def dash_signature(ctx: QuoteContext, pc: Piece, lines: list[tuple[int, int]]) -> Person | None:
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
