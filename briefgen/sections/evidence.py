"""Shared helpers of the timeline, watch, BLUF and open-questions sections.

Clause spans inside sentences, content-word tokens, actors named in a span, country display
names and source references. Pure functions of the analysed stories.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from briefgen.analysis.dates import DateMention, stored_dates, story_sentences
from briefgen.analysis.lexicon import stopwords
from briefgen.analysis.mentions import speech_alternation
from briefgen.model import Story
from briefgen.sections.referents import connective_end

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+")
# Where a sentence may be cut into clauses: semicolons, dashes, and a comma before a
# conjunction or relative word. Plain commas are not boundaries (they also separate list items).
_CLAUSE_BREAK = re.compile(
    r";\s+|\s+[-–—]\s+|:\s+(?=[“\"A-Z])"
    r"|,\s+(?=(?:which|where|while|whereas|but|although|though|as|after|before|because|since|"
    r"when|and\s+(?:he|she|they|it|we|the)|according\s+to|"
    rf"{speech_alternation('clause_participles')}|or\s+the)\b)"
)
_TOLD_WHOM = r"\s+\w+"  # "told MPs"
_ATTRIBUTION = re.compile(
    r"(?:(?:And|But|However,?|Meanwhile,?)\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}"
    rf"(?:{speech_alternation('line_attribution', hearer=_TOLD_WHOM)})(?:\s+that)?\s+(?=[a-zA-Z])"
)


def normalise(word: str) -> str:
    """Lower-case and strip a plural/possessive ending, so "talks" matches "talk"."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def content_tokens(text: str) -> list[str]:
    """Normalised content words of ``text`` (no stop words, no numbers)."""
    memo = _CONTENT_WORDS
    words = _TOKEN.findall(text)
    new = set(words).difference(memo)
    if new:
        if len(memo) + len(new) > _MEMO_LIMIT:
            memo.clear()
        for word in new:
            memo[word] = _content_word(word)
    return [t for t in map(memo.__getitem__, words) if t is not None]


def _content_word(word: str) -> str | None:
    w = normalise(word)
    if len(w) > 1 and not w.isdigit() and w not in stopwords():
        return w
    return None


# word -> its content token (None for stop words and numbers): a pure function's memo, bounded
_CONTENT_WORDS: dict[str, str | None] = {}
_MEMO_LIMIT = 200_000


def clause_span(
    body: str, sent: tuple[int, int], start: int, end: int, max_words: int = 32
) -> tuple[int, int]:
    """The clause of sentence ``sent`` holding ``body[start:end]``, trimmed of attribution."""
    s0, s1 = sent
    cuts = [s0]
    cuts.extend(
        m.end() if body[m.start()] != "," else m.start() + 1
        for m in _CLAUSE_BREAK.finditer(body, s0, s1)
    )
    cuts.append(s1)
    c0, c1 = s0, s1
    for a, b in itertools.pairwise(cuts):
        if a <= start < b:
            c0, c1 = a, b
            break
    # a clause of fewer than five words borrows its neighbour
    if len(body[c0:c1].split()) < 5:
        i = cuts.index(c0)
        if i + 2 < len(cuts):
            c1 = cuts[i + 2]
        elif i > 0:
            c0 = cuts[i - 1]
    c0, c1 = _strip_span(body, c0, c1)
    m = _ATTRIBUTION.match(body, c0, c1)
    if m and m.end() <= start:
        c0 = m.end()
    words = list(re.finditer(r"\S+", body[c0:c1]))
    if len(words) > max_words:
        # keep a window of max_words words around the date
        rel = start - c0
        centre = next((i for i, w in enumerate(words) if w.end() > rel), 0)
        lo = max(0, min(centre - max_words // 2, len(words) - max_words))
        hi = lo + max_words
        c0, c1 = c0 + words[lo].start(), c0 + words[hi - 1].end()
    return _strip_span(body, c0, c1)


def _strip_span(body: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (body[a].isspace() or body[a] in ",;:-–—"):
        a += 1
    while b > a and (body[b - 1].isspace() or body[b - 1] in ",;:-–—"):
        b -= 1
    return a, b


def story_dates(story: Story) -> list[DateMention]:
    """The story's date mentions as the analysis resolved them (``dates.stored_dates``)."""
    return stored_dates(story)


def sentence_of(story: Story, offset: int) -> tuple[int, int]:
    """The sentence holding ``offset`` (a plain split when the story has no sentences)."""
    for span in story_sentences(story):
        if span[0] <= offset < span[1]:
            return span
    return offset, offset


def actors_in(story: Story, start: int, end: int) -> list[str]:
    """Names of the actors mentioned in ``body[start:end]``, people first, in text order."""
    hits: list[tuple[int, int, str]] = []
    rank = {"person": 0, "country": 1, "body": 2, "organisation": 3}
    for actor in story.actors:
        first = next((s for s, e in actor.mentions if s >= start and e <= end), None)
        if first is not None:
            hits.append((rank.get(actor.kind, 4), first, actor.name))
    hits.sort()
    names: list[str] = []
    for _, _, name in hits:
        if name not in names:
            names.append(name)
    if not names:
        for quote in story.quotes:
            if quote.start <= start < quote.end and quote.speaker.name:
                names.append(quote.speaker.name)
                break
    return names


def countries_in(story: Story, start: int, end: int) -> list[str]:
    """Country codes of actors named in the span (countries and the people from them)."""
    codes: list[str] = []
    for actor in story.actors:
        named = any(s >= start and e <= end for s, e in actor.mentions)
        if actor.country and named and actor.country not in codes:
            codes.append(actor.country)
    return codes


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    try:
        text = resources.files("briefgen.data").joinpath("countries.tsv").read_text("utf-8")
    except FileNotFoundError:
        return names
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 3 and cols[2] == "display" and "|" not in cols[1]:
            names.setdefault(cols[1], cols[0])
    return names


def country_name(code: str) -> str:
    """The everyday name of a country code ("KP" -> "North Korea"); the code when unknown."""
    name = _country_names().get(code)
    if name:
        return name
    if len(code) == 2 and code.isupper():
        try:
            import pycountry

            found = pycountry.countries.get(alpha_2=code)
            if found is not None:
                return getattr(found, "common_name", None) or found.name
        except (ImportError, LookupError):
            pass
    return code


def ref(story: Story, start: int, end: int) -> dict[str, Any]:
    """A source reference: the story id and the evidence offsets in its body."""
    return {"story": story.id, "start": start, "end": end}


def shingles(tokens: Iterable[str], n: int = 3) -> set[int]:
    """Hashes of the n-word shingles of a token list (for near-duplicate checks)."""
    toks = list(tokens)
    if len(toks) < n:
        return {hash(tuple(toks))} if toks else set()
    return {hash(tuple(toks[i : i + n])) for i in range(len(toks) - n + 1)}


def jaccard(a: set[Any], b: set[Any]) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


# --- readable event clauses and their participants -------------------------------------------

_LEAD_PRONOUN = re.compile(r"(?:he|she|He|She)\b(?=\s+\w)")
_FRAGMENT = re.compile(
    r"(?:which|who|whom|whose|where|while|whereas|when|as|after|before|because|since|"
    r"although|though|but|and|or|that|"
    rf"{speech_alternation('clause_participles')}|according|to)\b",
    re.IGNORECASE,
)
_RELATIVE = re.compile(r"(?:which|that)\s+(?=[a-z])")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
_ADDRESSED = re.compile(
    rf"\b(?:{speech_alternation('addressing')})"
    r"\s+(?P<np>(?:[a-z][\w'’-]*\s+){1,3}?)to\s+\w"
)
_POSSESSIVE = re.compile(r"['’]s?\b")


def person_before(story: Story, start: int, end: int) -> tuple[str, str] | None:
    """(surface text, actor name) of the last person named in ``body[start:end]``, not counting
    possessors ("Putin praised Kim's openness and said he ...": he is Putin)."""
    best: tuple[int, str, str] | None = None
    for actor in story.actors:
        if actor.kind != "person":
            continue
        for a, b in actor.mentions:
            if _POSSESSIVE.match(story.body, b):
                continue
            if start <= a and b <= end and (best is None or a > best[0]):
                best = (a, story.body[a:b], actor.name)
    return (best[1], best[2]) if best else None


def _referent(story: Story, sent: tuple[int, int], at: int) -> tuple[str, str] | None:
    """Who a leading "he"/"she" at ``at`` is: the last person named earlier in the sentence,
    else the speaker of the reported speech holding it."""
    found = person_before(story, sent[0], at)
    if found is not None:
        return found
    for quote in story.quotes:
        if quote.start <= at < quote.end and quote.speaker.name and quote.kind == "indirect":
            return quote.speaker.name, quote.speaker.name
    return None


def _antecedent(body: str, sent0: int, comma: int) -> int | None:
    """Start of the noun phrase a ", which" clause at ``comma`` refers to ("the UNSC
    resolution 2397"); None unless it holds a name or a number."""
    stop = stopwords()
    words = list(re.finditer(r"[\w'’.-]+", body[sent0:comma]))
    start: int | None = None
    proper = False
    for w in reversed(words[-6:]):
        token = w.group()
        low = token.lower()
        if low in _DETERMINERS:
            start = sent0 + w.start()
            break
        if low in stop or (token.endswith(("ing", "ed")) and token[0].islower()):
            break
        proper = proper or token[0].isupper() or token.isdigit()
        start = sent0 + w.start()
    return start if start is not None and proper else None


@dataclass
class EventText:
    """A clause made readable: the text shown, where its participants are named, its subject."""

    text: str
    start: int  # start of the body span the text stands for (antecedent or clause)
    subject: str | None  # actor name of a resolved pronoun subject
    end: int = -1  # end of that span
    verbatim: bool = False  # text == body[start:end]


def readable_event(
    story: Story, sent: tuple[int, int], c0: int, c1: int, at: int | None = None
) -> EventText:
    """The clause ``body[c0:c1]`` as it can be read on its own: a leading "But"/"However,"
    dropped when its own subject follows (``connective_end``), a leading "he"/"she" replaced by
    the person it stands for, a ", which ..." clause given its antecedent, any other fragment
    replaced by the whole sentence. A long verbatim text is cut to its comma-separated part
    holding ``at`` (the date) when that part reads as a clause. Evidence offsets are the
    caller's to keep verbatim (``start``/``end`` with ``verbatim``)."""
    shown = _readable(story, sent, c0, c1)
    if shown.verbatim and at is not None and len(shown.text.split()) > LONG_EVENT_WORDS:
        part = _comma_part(story.body, shown.start, shown.end, at)
        if part is not None:
            return EventText(story.body[part[0] : part[1]], part[0], None, part[1], True)
    return shown


LONG_EVENT_WORDS = 30


def _comma_part(body: str, a: int, b: int, at: int) -> tuple[int, int] | None:
    cuts = [a] + [a + m.end() for m in re.finditer(r",\s+", body[a:b])] + [b]
    for lo, hi in itertools.pairwise(cuts):
        if lo <= at < hi:
            p0, p1 = _strip_span(body, lo, hi)
            part = body[p0:p1]
            if len(part.split()) < 5 or part[:1].islower() or _FRAGMENT.match(part):
                return None
            if lo == a and hi < b and _FRONTED_PHRASE.match(part):
                return None  # "In a message released Friday, X praised Y": the main clause follows
            if (
                lo > a
                and _LIST_TAIL.match(part)
                and _ENDS_CAPITALISED.search(body, a, lo)
                and _FINITE_HINT.search(body, a, lo)
            ):
                return None  # "won in Pennsylvania, Maryland and Delaware ...": a list's tail
            if lo > a and _TAG_ONLY.match(part):
                return None  # "..., X insisted Thursday during a tour": what was said is before
            return p0, p1
    return None


# a phrase fronted before the main clause: a preposition or a subordinator opening the sentence
_FRONTED_PHRASE = re.compile(
    r"^\W*(?:In|On|At|During|With|Without|Under|Through|Amid|Despite|Ever\s+since|Even\s+as"
    r"|Just\s+as|Until|Following|Unlike|Like|Whether)\b"
)
# the rest of a list after its first item's comma: "Maryland and Delaware primaries"
_LIST_TAIL = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,3}(?:and|or|&)\s+[A-Z]")
_ENDS_CAPITALISED = re.compile(r"\b[A-Z][\w.'’-]*,\s*$")
# a clause before it (not a fronted phrase: "Contrasting sharply with the summit in Hanoi,")
_FINITE_HINT = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|said|[a-z]{3,}ed)\b")
# a speech tag whose words came before it: "Tim Kaine insisted Thursday during a tour of shows"
_TAG_ONLY = re.compile(
    rf"^[^,;“”\"]*?\b(?:{speech_alternation('indirect')})\b(?!\s+(?:that|to|on\s+\w+\s+that)\b)"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening"
    r"|night))?)?(?:\s+(?:during|in|at|on|while|after|before)\b[^,;“”\"]*)?\W*$"
)


def _readable(story: Story, sent: tuple[int, int], c0: int, c1: int) -> EventText:
    body = story.body
    text = body[c0:c1]
    s0, s1 = _strip_span(body, *sent)
    cut = connective_end(text)  # "But a short statement ...": the fact without the "But"
    if cut:
        c0, text = c0 + cut, text[cut:]
    m = _LEAD_PRONOUN.match(text)
    if m is not None:
        who = _referent(story, sent, c0)
        if who is not None:
            return EventText(upper_first(who[0] + text[m.end() :]), c0, who[1], c1)
        return EventText(body[s0:s1], s0, None, s1, True)
    rel = _RELATIVE.match(text)
    if rel is not None and c0 > s0:
        comma = c0
        while comma > s0 and body[comma - 1] in " ,":
            comma -= 1
        a0 = _antecedent(body, s0, comma)
        if a0 is not None:
            phrase = body[a0:comma] + " " + text[rel.end() :]
            return EventText(upper_first(phrase), a0, None, c1)
    if c0 > s0 + cut and (text[:1].islower() or _FRAGMENT.match(text)):
        return EventText(body[s0:s1], s0, None, s1, True)
    if cut and text[:1].islower():
        return EventText(upper_first(text), c0, None, c1)
    return EventText(text, c0, None, c1, True)


def upper_first(text: str) -> str:
    """``text`` with a capital first letter ("the Nov. 8 election" -> "The Nov. 8 election")."""
    return text[:1].upper() + text[1:]


def participants(
    story: Story, start: int, end: int, subject: str | None = None, limit: int = 5
) -> list[str]:
    """Who takes part in the event told by ``body[start:end]``: its subject, the actors it
    names (not as possessors: "Kim's stance" is not Kim taking part), the party an order is
    addressed to ("orders member states to ...") and people named by nationality ("North
    Korean workers")."""
    body = story.body
    hits: list[tuple[int, str]] = []
    if subject:
        hits.append((start - 1, subject))
    for actor in story.actors:
        if actor.kind not in ("person", "country", "body", "organisation"):
            continue
        if len(actor.name.rstrip(".")) < 2:
            continue  # a stray initial
        for a, b in actor.mentions:
            if not (start <= a and b <= end):
                continue
            if _POSSESSIVE.match(body, b):
                continue
            surface = body[a:b]
            nxt = re.match(r"\s+([a-z][a-z-]+)\b", body[b : min(end, b + 40)])
            if (
                actor.kind == "country"
                and surface != actor.name
                and nxt
                and nxt.group(1) not in stopwords()
            ):
                hits.append((a, f"{surface} {nxt.group(1)}"))  # "North Korean workers"
            else:
                hits.append((a, actor.name))
    for m in _ADDRESSED.finditer(body, start, end):
        np = m.group("np").strip()
        if np.split()[0].lower() not in stopwords():
            hits.append((m.start("np"), np))
    hits.sort()
    names: list[str] = []
    for _, name in hits:
        if name not in names:
            names.append(name)
    return names[:limit]
