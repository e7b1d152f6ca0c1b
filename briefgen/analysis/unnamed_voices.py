"""Government voices the text does not name: "a foreign ministry spokeswoman", "a senior
government official", "An Investment Ministry official", "a spokesman for the trade minister".

Each speaks for one government: the one whose capital the sentence names after it ("said at a
regular press briefing in Beijing"), the country of the minister a spokesperson speaks for
("a spokesman for the trade minister" after "Trade Minister Don Farrell"), else the story's
home country; none when those disagree or none is known (an unresolved voice beats a wrong
one). :func:`briefgen.analysis.holders.find_holders` makes them holders.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from briefgen.analysis.gazetteer import find_terms
from briefgen.analysis.namewords import not_first_names

# an indefinite official of a government office: "a foreign ministry spokeswoman", "a senior
# government official", "An Investment Ministry official", "one government source" (not "a
# state government official", "a former ministry official": another office, or none now)
_INDEFINITE_VOICE = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne)\s+(?:(?:senior|top|high-ranking|high-level)\s+)?"
    r"(?:government|(?:[A-Za-z]+\s+){0,2}[Mm]inistry)\s+"
    r"(?:spokes(?:man|woman|person)|official|figure|source)\b"
)
# a senior official whom the text ties to no organisation ("a senior official said on
# condition of anonymity"): the home government's (not "a senior official at Boeing")
_SENIOR_OFFICIAL = re.compile(
    r"\b(?:[Aa]|[Oo]ne)\s+(?:senior|top|high-ranking|high-level)\s+(?:government\s+)?"
    r"official\b(?!\s+(?:at|of|from|with|in|for|close|familiar)\b)"
)
# a spokesperson for an office the story names: "a spokesman for the trade minister", "A
# spokeswoman for the foreign ministry"
_SPOKESPERSON_FOR = re.compile(
    r"\b(?:[Aa]|[Tt]he)\s+spokes(?:man|woman|person)\s+for\s+the\s+"
    r"(?P<office>(?:[a-z]+\s+){0,2}(?:minister|ministry|government))\b"
)
_NOT_STATE = re.compile(r"\b(?:former|ex|shadow|opposition|state|provincial|regional|local)\b")
# a capital the sentence names after the voice: "said at a regular press briefing in Beijing"
_IN_CAPITAL = re.compile(r"\bin\s+([A-Z][\w\-]+)\b")
SENTENCE_REACH = 160  # characters after the voice read for the capital it spoke in


def unnamed_voices(
    body: str, home: str | None, officials: Mapping[str, str]
) -> list[tuple[int, int, str, str]]:
    """(start, end, country, phrase) of each unnamed government voice of ``body`` whose
    country is known (``officials``: the story's officials' names and countries)."""
    out = []
    offices = ("inistry", "overnment")
    for found in _before_heads(body, _VOICE_HEADS, _INDEFINITE_VOICE, VOICE_REACH, offices):
        if _NOT_STATE.search(found.group(0)):
            continue
        code = _country(body, found.end(), home, None)
        if code is not None:
            out.append((found.start(), found.end(), code, found.group(0)))
    if home is not None:
        for found in _before_heads(
            body, ("official",), _SENIOR_OFFICIAL, 30, ("senior", "top", "high-")
        ):
            code = _country(body, found.end(), home, None)
            if code is not None and all(found.start() != start for start, *_rest in out):
                out.append((found.start(), found.end(), code, found.group(0)))
    for found in _before_heads(body, ("spokes",), _SPOKESPERSON_FOR, 8, (" for the ",)):
        office = found.group("office")
        if _NOT_STATE.search(office):
            continue
        principal = _office_country(body, office, found.start(), officials)
        code = _country(body, found.end(), home, principal)
        if code is not None:
            out.append((found.start(), found.end(), code, found.group(0)))
    return out


_VOICE_HEADS = ("spokes", "official", "figure", "source")
VOICE_REACH = 50  # characters before a voice's head noun its article and office stand in


def _before_heads(
    body: str,
    heads: tuple[str, ...],
    pattern: re.Pattern[str],
    reach: int,
    needed: tuple[str, ...],
) -> list[re.Match[str]]:
    """The matches of ``pattern`` that start within ``reach`` characters before one of the
    ``heads`` of ``body`` and run past it, where the window around the head holds one of the
    ``needed`` words (``str`` scans first: a pattern opening on an article is tried at every
    "a" of the text)."""
    out: dict[tuple[int, int], re.Match[str]] = {}
    for head in heads:
        at = body.find(head)
        while at >= 0:
            lo, hi = max(0, at - reach), min(len(body), at + reach)
            window = body[lo:hi]
            if not any(word in window for word in needed):
                at = body.find(head, at + 1)
                continue
            found = pattern.search(body, lo, hi)
            while found is not None and found.end() <= at:
                found = pattern.search(body, found.end(), min(len(body), at + reach))
            if found is not None and found.start() <= at:
                out.setdefault(found.span(), found)
            at = body.find(head, at + 1)
    return [out[span] for span in sorted(out)]


def _country(body: str, end: int, home: str | None, principal: str | None) -> str | None:
    """The one country of the voice ending at ``end``: its principal's, a capital named after
    it in its sentence, the home country; None when two of them differ or none is known."""
    stop = min(len(body), end + SENTENCE_REACH)
    for mark in ".!?\n":
        at = body.find(mark, end, stop)
        if at >= 0:
            stop = at
    named = (_capital(m.group(1)) for m in _IN_CAPITAL.finditer(body, end, stop))
    capitals = {code for code in named if code}
    known = ({principal} if principal else {home} if home else set()) | capitals
    return next(iter(known)) if len(known) == 1 else None


def _capital(word: str) -> str | None:
    """The country whose capital ``word`` is, or None."""
    for match in find_terms(word):
        if match.term.kind == "capital" and len(match.term.codes) == 1:
            return match.term.codes[0]
    return None


def _office_country(
    body: str, office: str, before: int, officials: Mapping[str, str]
) -> str | None:
    """The country of the official titled ``office`` named before ``before`` ("Trade Minister
    Don Farrell" for "the trade minister"); None when none or several are."""
    if not office.endswith("minister"):
        return None
    title = re.compile(rf"\b(?i:{re.escape(office)})\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*)")
    codes = set()
    for found in title.finditer(body, 0, before):
        name = found.group(1)
        for person, code in officials.items():
            if person == name or person.endswith(" " + name.split()[-1]):
                codes.add(code)
    return next(iter(codes)) if len(codes) == 1 else None


# a state's office named by "its": "Its economy ministry said", "its chief spokesperson said",
# "a statement from its foreign ministry", "In June, its government announced"
_ITS_OFFICE = re.compile(
    r"\b[Ii]ts\s+(?:(?:[a-z\-]+)\s+){0,2}"
    r"(?:government|ministry|embassy|delegation|negotiators?|spokes(?:man|woman|person)|"
    r"envoys?|ambassador|cabinet|officials|foreign\s+minister|prime\s+minister|president|"
    r"leaders?|leadership)\b"
)
# the state the sentence before opened on, named again as its sentence's subject: "India is
# heavily reliant on coal. The country ... has argued that it needs ..." (not "the country's
# economy": a possession, no voice)
_THE_COUNTRY = re.compile(r"\b[Tt]he\s+(?:country|kingdom)\b(?!['’])")
# "the government" of a story no one country dominates: the state that opens its sentence
# or the one before ("As host of COP30, Brazil's role is ...: the government says")
_THE_GOVERNMENT = re.compile(
    r"\b[Tt]he\s+(?:government|administration|authorities)\b(?!['’]|\s+(?:of|in|for)\b)"
)
# what may open a sentence before its subject: "But", "The", "In June,", "Alongside its
# expansion in renewables,"
_BEFORE_OPENER = re.compile(
    r"[\s\"“‘']*(?:(?:The|But|And|Yet|Meanwhile|However,?|Still,?|[A-Z][a-z]+\b[^,.;:\"“”]{0,50},)"
    r"\s*)*"
)
OPENER_KINDS = frozenset(
    ["name", "display", "alias", "capital", "context", "demonym", "institution", "body", "generic"]
)


def antecedent_offices(
    body: str,
    sentences: list[tuple[int, int]],
    openers: list[tuple[int, int, str, str]],
    organisations: Callable[[], list[int]],
    home: str | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, country) of each "its" office of ``body`` ("Germany voted against. Its
    economy ministry said"), and of "the government" when the story has no ``home`` country:
    the country of the state or body that opens the office's own sentence before it, else the
    sentence before; of "The country" opening a sentence: the one opening the sentence
    before. ``openers``: (start, end, country, kind) of the holders in a subject position, in
    text order; ``organisations``: where the story names an organisation that speaks for no
    government, which may be what "its" means instead (asked only when an opener is found).
    None when another name stands between them ("China fined Alibaba. Its spokesman
    said")."""
    out = []
    found_all = [(m, True) for m in _matches(body, ("its ", "Its "), _ITS_OFFICE)]
    found_all += [(m, False) for m in _matches(body, ("he country", "he kingdom"), _THE_COUNTRY)]
    if home is None:  # (with a home country, "the government" is its: ``generic_holders``)
        needles = ("he government", "he administration", "he authorities")
        found_all += [(m, True) for m in _matches(body, needles, _THE_GOVERNMENT)]
    for found, own_sentence in found_all:
        at = found.start()
        index = _sentence_index(sentences, at)
        if index is None:
            continue
        if not own_sentence and _opens_before(body, sentences[index], at):
            continue  # "the country" inside its sentence: any place, not the subject
        opener = _opener(body, sentences[index], openers, at) if own_sentence else None
        if opener is None and index > 0 and not _opens_before(body, sentences[index], at):
            opener = _opener(body, sentences[index - 1], openers, at)
        if opener is None:
            continue
        lo, code = opener
        if _named_between(body, lo, at) or any(lo <= where < at for where in organisations()):
            continue  # ("China fined Alibaba. Its spokesman said": the firm's, maybe)
        out.append((at, found.end(), code))
    return out


def _matches(body: str, needles: tuple[str, ...], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """The matches of ``pattern`` at a word starting one of ``needles`` ("its ", "he country":
    a ``str.find`` scan first; a pattern opening on ``\\b`` and a class is tried everywhere)."""
    out = []
    for needle in needles:
        at = body.find(needle)
        while at >= 0:
            start = at if needle[0].isupper() or needle.startswith("its") else at - 1
            found = pattern.match(body, start) if start >= 0 else None
            if found is not None:
                out.append(found)
            at = body.find(needle, at + 1)
    return out


# a capitalised word that does not open a sentence
_INNER_NAME = re.compile(r"(?<![.!?:]\s)(?<![.!?][\"”’']\s)(?<!^)\b[A-Z][\w\-]*", re.MULTILINE)


def _named_between(body: str, lo: int, hi: int) -> bool:
    """Whether a name other than a sentence's first word, a month or a weekday stands in
    ``body[lo:hi]``."""
    common = not_first_names()
    return any(
        m.group(0) not in common and not _NAMES_A_TEXT.match(body, m.end())
        for m in _INNER_NAME.finditer(body, lo, hi)
    )


# a place that names a treaty or a meeting, not an actor: "the Paris climate treaty", "the
# Kyoto protocol", "the Doha round"
_NAMES_A_TEXT = re.compile(
    r"\s+(?:climate\s+)?(?:agreement|accord|treaty|protocol|convention|round|summit|club)\b"
)


def _sentence_index(sentences: list[tuple[int, int]], at: int) -> int | None:
    """The index of the sentence holding ``at``."""
    for index, (start, end) in enumerate(sentences):
        if start <= at < end:
            return index
    return None


def _opens_before(body: str, sentence: tuple[int, int], at: int) -> bool:
    """Whether words other than an opener stand before ``at`` in its sentence: then "its"
    belongs to them, not to the sentence before."""
    opened = _BEFORE_OPENER.match(body, sentence[0], at)
    return opened is None or opened.end() < at


def _opener(
    body: str, sentence: tuple[int, int], openers: list[tuple[int, int, str, str]], before: int
) -> tuple[int, str] | None:
    """(end, country) of the state or body that opens ``sentence`` (only an opener before
    it), when it stands before ``before``."""
    for start, end, code, kind in openers:
        if start < sentence[0]:
            continue
        if start >= min(sentence[1], before):
            return None
        opened = _BEFORE_OPENER.match(body, sentence[0], start)
        if opened is None or opened.end() != start or kind not in OPENER_KINDS:
            return None
        return end, code
    return None
