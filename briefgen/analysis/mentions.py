"""Name evidence read off the text once per story, shared by people and quotes.

The document layer under the analysis: one tokenisation per story (``word_spans``, shared by
people, quotes and the sections), and the evidence that a capitalised run is a name whatever
the lexicons know of it: it speaks (``speech_position``: "Teske said", '," said Mona
Lamberson, 59,', "Graham, R-S.C., said"), it carries a US party-state tag (``party_tag_tokens``
finds the tags so they are never read as names), it is a place or body the gazetteer knows
(``place_or_body``: "Moscow said" is Russia speaking, not a person); whether it opens a
sentence, where every word is capitalised, is ``document.sentence_start``. Lexicons raise or
lower confidence; none is a gate. ``people`` groups the mentions into entities, ``quotes``
links speech to them.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from functools import cache, lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# A word: letters, then letters/digits, with internal hyphens or apostrophes. No nested
# quantifier can match the same text two ways, so matching is linear. The quantifiers are
# possessive (``*+``): a run of word characters can only end at a hyphen, an apostrophe or a
# non-word character, so giving some back never helps; saying so spares the engine the bookkeeping.
WORD_RE = re.compile(r"[^\W\d_]\w*+(?:[-'’]\w++)*+")
_WORD_SPLIT_RE = re.compile(f"({WORD_RE.pattern})")
# the same for an ASCII text, its classes spelt in ASCII ([^\W\d_] is [A-Za-z], \w is
# [A-Za-z0-9_]): the same tokens there, without a Unicode category look-up per character
_ASCII_WORD_SPLIT_RE = re.compile(r"([A-Za-z][A-Za-z0-9_]*+(?:[-'’][A-Za-z0-9_]++)*+)")


def latin1_class(pattern: str) -> str:
    """The characters up to U+00FF that ``pattern`` matches one of, as a ``[...]`` set: the
    same class for a Latin-1 text, tested in a bitmap instead of by a Unicode look-up."""
    matches = re.compile(pattern).fullmatch
    return "[" + "".join(re.escape(chr(c)) for c in range(256) if matches(chr(c))) + "]"


# the same for a Latin-1 text (every BBC story: "£"), its classes spelt out the same way ("’"
# is no Latin-1 character)
_LATIN1_LETTER = latin1_class(r"[^\W\d_]")
_LATIN1_WORD = latin1_class(r"\w")
_LATIN1_WORD_SPLIT_RE = re.compile(f"({_LATIN1_LETTER}{_LATIN1_WORD}*+(?:[-']{_LATIN1_WORD}++)*+)")


def is_latin1(text: str) -> bool:
    """Whether every character of ``text`` is at most U+00FF (a copy for such a text)."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _word_split_re(body: str) -> re.Pattern[str]:
    """The word split for ``body``: spelt in ASCII or Latin-1 classes where it can be."""
    if body.isascii():
        return _ASCII_WORD_SPLIT_RE
    return _LATIN1_WORD_SPLIT_RE if is_latin1(body) else _WORD_SPLIT_RE


# A token is a plain tuple (start, end, text without possessive suffix, possessive, capitalised):
# cheap to build for every word of the body; indexed [0]..[4] in that order.
_Tok = tuple[int, int, str, bool, bool]
APOSTROPHES = ("'", "’")


@lru_cache(maxsize=4)
def word_spans(body: str) -> tuple[tuple[_Tok, ...], tuple[int, ...]]:
    """``WORD_RE`` tokens of ``body`` and their starts.

    A token is (start, end, text, False, capitalised): the text as matched, possessive suffix
    included (people splits it off). One tokenisation per story, shared by people and quotes
    (immutable: callers only read it).
    """
    # split with the word captured: gaps and words alternate (gap, word, gap, ..., gap), so the
    # running sum of their lengths gives every word's start and end without a Match per word
    parts = _word_split_re(body).split(body)
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    starts = offsets[1:-1:2]
    caps = map(str.isupper, map(itemgetter(0), words))
    toks = tuple(zip(starts, offsets[2::2], words, repeat(False), caps))
    return toks, tuple(starts)


# a US party-state tag after a name: "R-Ky.", "D-S.C.", "(I-Vt.)", "R-OH", "D-New York"
PARTY_TAG_RE = re.compile(r"(?<![\w-])[RDI]-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*")


def party_tag_tokens(body: str, toks: list[_Tok] | tuple[_Tok, ...]) -> frozenset[int]:
    """Indices of the tokens inside party-state tags ("Sen. Lindsey Graham, R-S.C., said")."""
    if "-" not in body:
        return frozenset()
    out: set[int] = set()
    starts: list[int] | None = None
    for prefix in ("R-", "D-", "I-"):  # str.find: much faster than a regex scan of the body
        at = body.find(prefix)
        while at >= 0:
            before = body[max(0, at - 2) : at]
            m = PARTY_TAG_RE.match(body, at) if before[-1:] == "(" or before == ", " else None
            if m is not None:
                if starts is None:
                    starts = [t[0] for t in toks]
                i = bisect.bisect_left(starts, at)
                while i < len(toks) and toks[i][0] < m.end():
                    out.add(i)
                    i += 1
            at = body.find(prefix, at + 2)
    return frozenset(out)


# a place or a people joined to a participle: "Paris-based", "German-born", "Saudi-led" before
# a name modifies it ("Athens-based Aegean Star Tankers"); it is no word of the name, nor are
# the capitalised words before it ("Los Angeles-based")
COMPOUND_MODIFIERS = (
    "-based",
    "-born",
    "-bred",
    "-owned",
    "-led",
    "-backed",
    "-listed",
    "-funded",
    "-controlled",
    "-registered",
    "-headquartered",
)
# what may stand between a name and its speech verb: a party-state tag or an age
# ("Graham, R-S.C., said", "Rep. Jim Clyburn (D-S.C.) said", "Lamberson, 59, said")
# who may stand next to a speech verb after a closing quote mark ('," she added', '," said
# Drew Heiserman'): "he"/"she", or up to four capitalised words (the quotes' and the positions'
# attribution tails)
SPEAKER_AFTER_QUOTE = r"(?:he|she|(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]+)"
NAME_TAIL_RE = re.compile(r"(?:,? \(?[RDI]-[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*\)?,?|, \d{1,3},)")
NAME_TAIL_OPENINGS = (",", " (", " R", " D", " I")  # how every NAME_TAIL_RE match opens
# a closing quote mark and a speech verb right before a name ('," said Mona Lamberson')
CUE_BEFORE_RE = re.compile(r"[,?!.…—–-][\"”’]\s+(?:[a-z]+ly\s+)?([a-z]+)\s+$")
# the same with a title phrase between verb and name ('," said Virginia delegate Beau Correll',
# '," explained Los Angeles-based attorney Edgar Martirosyan'): words only, no punctuation
TITLED_CUE_BEFORE_RE = re.compile(
    r"[,?!.…—–-][\"”’]\s+(?:[a-z]+ly\s+)?([a-z]+)\s+((?:[^\W\d_][\w.'’-]*+ ){1,5})$"
)
# words that make the phrase between a verb and a name a clause or the name an object ('," said
# the lawyer for Jim Smith', '," said a friend of Jim Smith')
TITLE_STOP = frozenset(
    ["the", "a", "an", "his", "her", "its", "their", "for", "of", "to", "with", "by", "at", "in",
     "on", "from", "and", "or", "who", "that", "which", "about", "as", "he", "she", "they", "it"]
)  # fmt: skip
# verbs of speech.toml that do not make their subject a speaker: opinion, description, praise
NOT_SPEECH_CUES = frozenset(
    ["believe", "think", "call", "describe", "accuse", "praise", "tout", "thank", "agree"]
)


@cache
def speech_data() -> dict[str, Any]:
    """``speech.toml``, parsed once: the one source of the analysis's speech verbs (its
    ``[verbs]``, and the ``[cues]`` lists of their forms that people, quotes and indirect
    speech read) and speaker descriptors."""
    with (DATA_DIR / "speech.toml").open("rb") as fh:
        return tomllib.load(fh)


def speech_forms(cue: str) -> tuple[str, ...]:
    """The words of one ``speech.toml [cues]`` list, in its order: where a section's list of
    speech verbs narrower than ``[verbs]`` lives ("attribution": said, says, told, added)."""
    return tuple(speech_data()["cues"][cue])


@cache
def speech_alternation(cue: str, hearer: str = "") -> str:
    """The words of ``speech.toml [cues]`` list ``cue`` as the branches of a regular
    expression, in the list's order ("said|says|told|added"), a space matching any blank
    space ("calls on"); ``hearer``, when given, follows each form of ``[cues] to_hearer``
    (``r"\\s+\\w+"``: "told reporters")."""
    hearers = frozenset(speech_data()["cues"]["to_hearer"]) if hearer else frozenset()
    return "|".join(
        re.escape(form).replace(r"\ ", r"\s+") + (hearer if form in hearers else "")
        for form in speech_forms(cue)
    )


@cache
def person_descriptors() -> frozenset[str]:
    """The person head nouns of ``speech.toml [descriptors]`` ("teacher", "researcher",
    "singer"): a description of someone unnamed."""
    return frozenset(speech_data()["descriptors"]["person"])


@cache
def object_verbs() -> frozenset[str]:
    """Forms of the ``speech.toml [verbs]`` of description and praise among
    ``NOT_SPEECH_CUES`` ("thanked", "called", "praised"), and of "tell": the name right after
    one is its object ("thanked Obama for "…"", "…, acting chairwoman of the federation, told
    Times Radio:"), never an inverted speaker ('," said Mr Blair'). Verbs of opinion and
    agreement invert ("…, believes Mr Blair, is", '," agreed Mr Smith')."""
    verbs = speech_data()["verbs"]
    inverting = ("believe", "think", "agree")
    keys = [key for key in NOT_SPEECH_CUES if key not in inverting] + ["tell"]
    return frozenset(form for key in keys for form in verbs.get(key, ()))


@cache
def opinion_verbs() -> frozenset[str]:
    """Forms of the ``speech.toml [verbs]`` of opinion ("believes", "thinks"): inverted only
    around a parenthesis ("What this is about, believes Mr Blair, is …"); a name after one
    that a verb follows opens its clause ("believes Williams fits the bill")."""
    verbs = speech_data()["verbs"]
    return frozenset(form for key in ("believe", "think") for form in verbs.get(key, ()))


@cache
def speech_cues() -> frozenset[str]:
    """Speech verbs (``speech.toml [verbs]``, one-word forms) that make the name next to them
    a speaker: "Teske said", '," said Mona Lamberson'."""
    verbs = speech_data()["verbs"]
    return frozenset(
        form
        for key, forms in verbs.items()
        if key not in NOT_SPEECH_CUES and key != "branded"
        for form in forms
        if " " not in form and not form.endswith("ing")
    )


# lower-case words that may follow a speaker's name after the verb ('," said Parry in a
# statement'); any other lower-case word makes the name a modifier ("said Everton spokesman")
AFTER_SPEAKER = frozenset(
    ["in", "on", "at", "during", "after", "before", "from", "of", "who", "when", "while", "as",
     "yesterday", "today", "earlier", "later", "recently", "last", "this", "to", "and"]
)  # fmt: skip
# words between a subject and its speech verb
VERB_LEAD = frozenset(
    ["once", "also", "later", "then", "has", "had", "again", "further", "earlier"]
)


def name_tail(body: str, end: int) -> re.Match[str] | None:
    """``NAME_TAIL_RE.match(body, end, end + 24)``: a party-state tag or an age after the name
    ending at ``end``. The pattern runs only where a match can open (a string test is far
    cheaper than a regex call, and most names are followed by neither)."""
    if not body.startswith(NAME_TAIL_OPENINGS, end):
        return None
    return NAME_TAIL_RE.match(body, end, end + 24)


# ", says " right before a name: the inverted cue that closes a reported clause
_INVERTED_AFTER_CLAUSE_RE = re.compile(r"[a-z\d%)], ([a-z]+) $")


def speech_position(body: str, start: int, end: int) -> bool:
    """Is the name at ``[start, end)`` the subject of a speech verb next to a quote or in a
    clause of its own: "Graham said", "Graham, R-S.C., said", '," said Mona Lamberson'?
    Evidence that a capitalised run is a speaker, whatever the lexicons know of it."""
    m = name_tail(body, end)
    e = m.end() if m else end
    tail = body[e : e + 40]
    w = WORD_RE.match(tail, 1) if tail[:1] == " " else None
    if w is not None and (w.group() in VERB_LEAD or w.group().endswith("ly")):
        # "Pacheco once said", "Graham later told", "Warren has said"
        w = WORD_RE.match(tail, w.end() + 1) if tail[w.end() : w.end() + 1] == " " else None
    cues = speech_cues()
    if w is not None and w.group() in cues:
        return True
    # the closing marks first (str.rfind, cheap): each regex only runs where one is near
    lo, near = max(0, start - 80), max(0, start - 24)
    k = max(body.rfind('"', lo, start), body.rfind("”", lo, start))
    m = None
    if k >= near or "’" in body[near:start]:  # a closing mark CUE_BEFORE_RE needs
        m = CUE_BEFORE_RE.search(body, near, start)
    if m is None:
        m = TITLED_CUE_BEFORE_RE.match(body, k - 1, start) if k > 0 else None
        if m is not None and any(w.lower() in TITLE_STOP for w in m.group(2).split()):
            m = None
    if m is None and body[e : e + 1] in (".", ",", ";"):
        # '…, but the world should expect leadership of a different flavour, says Yao.': a
        # speech verb after a comma, inverted, closing the reporter's account of someone's words
        w = _INVERTED_AFTER_CLAUSE_RE.search(body, max(0, start - 16), start)
        return w is not None and w.group(1) in cues
    if m is None or m.group(1) not in cues:
        return False
    # '," said Everton spokesman Ian Ross': a name that a lower-case noun follows qualifies it
    nxt = WORD_RE.match(body, end + 1, end + 30) if body[end : end + 1] == " " else None
    return nxt is None or not nxt.group().islower() or nxt.group() in AFTER_SPEAKER


def place_or_body(word: str) -> bool:
    """A single word the gazetteer knows as a country, capital or institution ("Moscow",
    "Pentagon"): when it speaks it is that body, not a person."""
    from briefgen.analysis import gazetteer as gz

    term = gz.gazetteer().terms.get((gz.normalise_token(word),))
    return term is not None and term.kind != "demonym"
