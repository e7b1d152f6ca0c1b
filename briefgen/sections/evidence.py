"""Shared helpers of the timeline, watch, BLUF and open-questions sections.

Clause spans inside sentences, content-word tokens, actors named in a span, country display
names and source references. Pure functions of the analysed stories.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from briefgen.analysis.dates import DateMention, find_dates, story_sentences
from briefgen.model import Story

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]|\d+")
# Where a sentence may be cut into clauses: semicolons, dashes, and a comma before a
# conjunction or relative word. Plain commas are not boundaries (they also separate list items).
_CLAUSE_BREAK = re.compile(
    r";\s+|\s+[-–—]\s+|:\s+(?=[“\"A-Z])"
    r"|,\s+(?=(?:which|where|while|whereas|but|although|though|as|after|before|because|since|"
    r"when|and\s+(?:he|she|they|it|we|the)|according\s+to|adding|saying|or\s+the)\b)"
)
_ATTRIBUTION = re.compile(
    r"(?:(?:And|But|However,?|Meanwhile,?)\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:said|says|told\s+\w+|added|insisted|argued)(?:\s+that)?\s+(?=[a-zA-Z])"
)


@cache
def stopwords() -> frozenset[str]:
    """Function words ignored when comparing and scoring text (briefgen/data/stopwords.txt)."""
    text = resources.files("briefgen.data").joinpath("stopwords.txt").read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(line.lower().split())
    return frozenset(words)


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
    stop = stopwords()
    out = []
    for m in _TOKEN.finditer(text):
        w = normalise(m.group())
        if len(w) > 1 and not w.isdigit() and w not in stop:
            out.append(w)
    return out


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
    """The story's date mentions, from the analysis when present, else found now."""
    found = story.annotations.get("dates")
    if found is None:
        found = find_dates(story)
    return list(found)


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
