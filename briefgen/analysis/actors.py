"""Actors of a story: people (from the people finder), organisations, countries and bodies.

A person's country comes first from the text itself (``Chinese President Xi Jinping``,
``Global Times editor Hu Xijin``), then from the dated gazetteer (``Mr Straw`` in 2005 is GB).
Countries are found by name, demonym, capital used for a government (``Washington has
insisted``), context words (``the North`` in a Korea story) and fuzzy matches of misspellings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterable, Iterator
from itertools import compress
from operator import itemgetter

from briefgen.analysis.ambiguous_places import state_not_country
from briefgen.analysis.document import prev_word
from briefgen.analysis.gazetteer import (
    TermMatch,
    display_name,
    find_terms,
    gazetteer,
    is_body,
    person_info,
)
from briefgen.analysis.mentions import word_spans
from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.namewords import (
    is_title_word,
    name_part_after,
    name_part_before,
    not_first_names,
    title_words,
)
from briefgen.analysis.people import Person, find_people
from briefgen.model import Actor, Story

# role nouns a lower-case portfolio word may precede ("welfare minister", "home affairs
# spokesman")
PORTFOLIO_ROLES = frozenset(
    ["minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "commissioner", "affairs"]
)
LOCATIVES = frozenset(
    [
        "in",
        "at",
        "to",
        "from",
        "into",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "via",
        "through",
        "visit",
        "visited",
        "visiting",
        "visits",
        "arrived",
        "arrive",
        "arriving",
        "flew",
        "fly",
        "travel",
        "travelled",
        "traveled",
        "travels",
        "trip",
        "base",
        "based",
        "back",
        "toward",
        "towards",
        "within",
        "throughout",
        "reached",
        "reach",
        "leave",
        "left",
        "return",
        "returned",
        "returning",
        "headquartered",
        "born",
        "live",
        "lived",
        "living",
        "held",
        "hold",
        "holds",
        "summit",
    ]
)
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sir|President|Chairman|Premier|Chancellor|Secretary|Minister|Senator)"
    r"\.?\s+([A-Z][\w'’\-]+)"
)


def story_context(matches: Iterable[TermMatch]) -> frozenset[str]:
    """Codes named outright in a story (context for words like "the North")."""
    return frozenset(
        m.term.codes[0]
        for m in matches
        if len(m.term.codes) == 1 and m.term.kind in ("name", "display", "demonym", "capital")
    )


def governs(body: str, match: TermMatch) -> bool:
    """Whether a capital/country mention stands for a government, not a place or a name part
    (where a name ends: ``namewords``)."""
    kind = match.term.kind
    if kind not in ("capital", "name", "display"):
        return True  # other kinds (demonyms, aliases, ...) are never read as places or names
    if name_part_after(body, match.end):
        return False  # "Washington Post", "Iran Air"
    if name_part_before(body, match.start):
        return False  # "Eddie Jordan", "George Washington"
    if state_not_country(body, match.start, match.end):
        return False  # "Republicans in Tennessee and Georgia": the US state
    # (closed by punctuation: "in Brussels, France rejected" is France speaking)
    if (
        body[match.end : match.end + 1] in _CLOSING  # (most names run on with a space)
        and body[match.start - 2 : match.start] == ", "
        and _PLACE_BEFORE.search(body, max(0, match.start - 40), match.start)
    ):
        return False  # "climate talks in Lima, Peru, have recognized": the town's country
    prev = prev_word(body, match.start)
    # "travel to Beijing", "in London": a place, not a government
    return not (kind == "capital" and prev.lower() in LOCATIVES)


_CLOSING = frozenset(",.;:)")
# a town named after a locative, then its country: "in Lima, Peru", "from Kandahar,
# Afghanistan"
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|near|outside)\s+[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+)?,\s$"
)


def _country_from_text(text: str, context: frozenset[str], whole: bool = False) -> str | None:
    """The single country/body a title phrase names ("Chinese President", "Global Times editor");
    with ``whole``, only a term spanning all of ``text``."""
    codes = set()
    for match in find_terms(text):
        term = match.term
        if len(term.codes) != 1 or term.kind == "capital":
            continue
        if whole and (match.start > 0 or match.end < len(text.rstrip())):
            continue
        if term.context and not set(term.context) & context:
            continue
        codes.add(term.codes[0])
    return codes.pop() if len(codes) == 1 else None


_TITLE_STOP = re.compile(r'[,.;:!?()"“”]')  # a word holding one ends a title phrase
_CLAUSE_MARK = re.compile(r"[,.;:!?]")


def title_before(body: str, start: int) -> str:
    """The title-like words right before a name ("Global Times editor", "Russian President")."""
    window = body[max(0, start - 80) : start]
    window = window[window.rfind("\n") + 1 :]  # never across a paragraph break
    words = window.split(" ")
    if words[-1] == "":
        words.pop()
    titles = title_words()
    kept: list[str] = []
    portfolio = 0  # lower-case portfolio words kept before a role noun ("sports minister")
    for word in reversed(words):
        clean = word.strip()
        if not clean or _TITLE_STOP.search(clean):
            if clean.endswith(("'s", "’s")) and not _CLAUSE_MARK.search(clean[:-2]):
                kept.append(clean)
            break
        if clean[:1].isupper() or clean.lower() in titles:
            kept.append(clean)
            continue
        if kept and kept[-1].lower() in PORTFOLIO_ROLES and portfolio < 2 and clean.isalpha():
            # "Shadow sports minister Lord Moynihan", "Former welfare minister Frank Field"
            kept.append(clean)
            portfolio += 1
            continue
        break
    return " ".join(reversed(kept))


def person_country(
    story: Story,
    name: str,
    pre: str | None,
    mentions: list[tuple[int, int]],
    context: frozenset[str],
) -> tuple[str | None, str | None]:
    """(country, canonical gazetteer name) of a person: text first, then the dated gazetteer."""
    texts = [pre or ""] + [title_before(story.body, start) for start, _ in mentions[:3]]
    for text in texts:
        if text:
            code = _country_from_text(text, context)
            if code:
                info = person_info(name, story.published)
                return code, (info.name if info and info.country == code else None)
    info = person_info(name, story.published)
    if info is not None and info.country:
        return info.country, info.name or None
    for _start, end in mentions[:1]:
        code = _appositive_country(story, end, context)
        if code:
            return code, None
    return None, None


# ", an adviser on climate change to President Bush,"; ", Afghanistan's envoy to the UN,"
_ROLE_AFTER = re.compile(
    r", (?:(?:an?|the) )?[^,;:.!?\"“”()\n]{0,60}?\b(?:adviser|advisor|aide|envoy|ambassador|"
    r"minister|spokesman|spokeswoman|spokesperson|official|representative|negotiator)\b"
    r"([^,;:.!?\"“”()\n]{0,80}),"
)


def _appositive_country(story: Story, end: int, context: frozenset[str]) -> str | None:
    """The country of a role appositive right after a name: the owner of the role."""
    found = _ROLE_AFTER.match(story.body, end) if story.body.startswith(", ", end) else None
    if not found:
        return None
    text = found.group(0)
    role_end = found.start(1) - found.start(0)
    head = text[:role_end]
    owner = _country_from_text(head, context)  # "Afghanistan's envoy"
    if owner:
        return owner
    tail = found.group(1)
    linked = re.search(r" (?:to|of|for) (?=[A-Z])", tail)
    if not linked:
        return None
    tail = tail[linked.start() :]
    match = _HONORIFIC.search(tail)  # "to President Bush"
    if match:
        info = person_info(match.group(0), story.published)
        if info and info.country:
            return info.country
    return _country_from_text(tail, context)


# a capitalised word shaped like a surname ("Putin", "Smith-Jones"), and what may not stand
# right before it ("U.S.Putin", "--Putin", "'Putin", "3Putin")
_SURNAME_SHAPE = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")
_NOT_BEFORE_SURNAME = "_.-'’"
_APOSTROPHE = re.compile("['’]")


def _capitalised_words(body: str, known: Container[str]) -> Iterator[tuple[int, str]]:
    """(start, word) of the surname-shaped capitalised words of the body whose lower case is
    in ``known``, possessive cut ("Putin's" -> "Putin"), read off the story's shared tokens.
    ``known`` is tested first: most capitalised words are in no list, and a set look-up is
    cheaper than the shape pattern."""
    toks, _starts = word_spans(body)
    for tok in compress(toks, map(itemgetter(4), toks)):
        word = tok[2]
        if "'" in word or "’" in word:
            word = _APOSTROPHE.split(word, 1)[0]  # "Putin's"; "O'Neill" keeps "O" (no surname)
        if word.lower() not in known or _SURNAME_SHAPE.fullmatch(word) is None:
            continue
        start = tok[0]
        if start and (body[start - 1].isalnum() or body[start - 1] in _NOT_BEFORE_SURNAME):
            continue
        yield start, word


def _lone_surnames(
    story: Story, covered: SpanIndex, matches: list[TermMatch], context: frozenset[str]
) -> list[tuple[str, str, tuple[int, int]]]:
    """Known office holders named by surname alone ("Putin said"), with no full first mention.

    The gazetteer must resolve the surname to one person (active on the story's date, or the
    only one when the story is undated), the story must name that person's country, and the
    word must not be part of a longer name ("Wes Brown", "Putin Street").
    """
    surnames = gazetteer().surnames
    terms: SpanIndex | None = None  # built on first need: most stories name no known surname
    body = story.body
    out: list[tuple[str, str, tuple[int, int]]] = []
    other_people: set[str] = set()  # surnames also written with another first name
    not_names = _not_names()
    for start, word in _capitalised_words(body, surnames):
        if word in not_names:
            continue  # "held in May": a month, not Theresa May
        end = start + len(word)
        prev = prev_word(body, start)
        joined = body[max(0, start - len(prev) - 1) : start] == prev + " " and prev.isalpha()
        info = person_info(word, story.published)
        if info is None or not info.name or not info.country or info.country not in context:
            continue
        if (
            joined
            and prev[:1].isupper()
            and not is_title_word(prev)
            and prev not in not_first_names()
        ):
            if prev not in info.name.split():
                other_people.add(word)  # "Wes Brown": not the office holder
            continue
        if terms is None:
            terms = SpanIndex((m.start, m.end) for m in matches)
        if covered.holds(start) or terms.holds(start):
            continue
        if name_part_after(body, end):
            continue  # "Putin Street"
        out.append((info.name, info.country, (start, end)))
    return [found for found in out if body[found[2][0] : found[2][1]] not in other_people]


def _not_names() -> frozenset[str]:
    """Capitalised words that are never a name on their own (months, weekdays, ...)."""
    return lexicon().not_names


def find_actors(story: Story, people: list[Person] | None = None) -> list[Actor]:
    """People, organisations, countries and bodies of ``story``, in order of first mention.
    The people are the people finder's (``people.find_people``, run now when ``people`` is
    not given): names are found there only."""
    body = story.body
    matches = find_terms(body)
    context = story_context(matches)
    actors: dict[tuple[str, str], Actor] = {}
    spans_of: dict[tuple[str, str], set[tuple[int, int]]] = {}

    def add(key: tuple[str, str], actor: Actor, span: tuple[int, int]) -> None:
        current = actors.setdefault(key, actor)
        seen = spans_of.setdefault(key, set())
        if span not in seen:
            seen.add(span)
            current.mentions.append(span)

    if people is None:
        people = find_people(story)
    person_by_name = {p.name: p for p in people}
    person_spans: list[tuple[int, int]] = []
    for person in people:
        name = person.name
        if not name or not _has_word(name):
            continue  # "U.", "S. U.": initials of a dotted acronym, not a name
        if person.kind == "organisation":
            whole = find_terms(name)
            if len(whole) == 1 and whole[0].end - whole[0].start >= len(name.strip()) - 1:
                continue  # a country, body or known outlet: the term scan below adds it
        kind = person.kind if person.kind in ("person", "organisation") else "person"
        if kind == "person":
            # the words before the name: its modifier and title ("Russian" "President")
            title, modifier = person.title, person.modifier
            before = f"{modifier} {title}" if modifier and title else title or modifier
            country, _canonical = person_country(story, name, before, person.mentions, context)
        else:
            country = _country_from_text(name, context)
        country = country or person.country
        title = person_by_name[name].display_title or person.title
        actor = Actor(name, kind, country, [], title)  # kept only if the key is new
        for span in sorted(person.mentions) or [(-1, -1)]:
            add((kind, name), actor, span)
            if span[0] >= 0:
                person_spans.append(span)
    for name, country, span in _lone_surnames(story, SpanIndex(person_spans), matches, context):
        key = ("person", name)
        add(key, actors.get(key) or Actor(name, "person", country, []), span)
        person_spans.append(span)
    covered = SpanIndex(person_spans)
    for match in matches:
        term = match.term
        span = (match.start, match.end)
        if covered.covers(match.start, match.end):
            continue
        if len(term.codes) != 1:
            continue
        code = term.codes[0]
        if term.context and not set(term.context) & context:
            continue
        if term.kind in ("institution", "state-outlet", "outlet", "party"):
            key = ("organisation", term.text)
            add(key, actors.get(key) or Actor(term.text, "organisation", code), span)
            continue
        if term.kind == "demonym":
            if not governs(body, match):
                continue
        elif term.kind in ("capital", "name", "display", "alias", "context") and not governs(
            body, match
        ):
            continue
        kind = "body" if is_body(code) else "country"
        key = (kind, code)
        add(key, actors.get(key) or Actor(display_name(code), kind, code), span)
    result = [a for a in actors.values()]
    for actor in result:
        actor.mentions = sorted(m for m in actor.mentions if m[0] >= 0)
    result.sort(key=lambda a: (a.mentions[0][0] if a.mentions else len(body), a.name))
    return result


_INITIAL = re.compile(r"^[^\W\d_]\.?$")


def _has_word(name: str) -> bool:
    """Whether a name holds a word of two letters or more (not only initials like "U. S.")."""
    # (a part of three characters or more is no initial: the pattern is not even tried)
    return any(
        len(part) > 2 or not _INITIAL.match(part) for part in name.replace(".", ". ").split()
    )


class SpanIndex:
    """Spans merged into disjoint, sorted intervals: containment tests in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one of the spans."""
        at = bisect_right(self.starts, start) - 1
        return at >= 0 and end <= self.ends[at]

    def holds(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a span (start inclusive, end exclusive)."""
        at = bisect_right(self.starts, offset) - 1
        return at >= 0 and offset < self.ends[at]


def _surname(name: str) -> str:
    parts = name.split()
    return parts[-1].lower() if parts else ""


def assign_countries(story: Story) -> None:
    """Fill ``quote.speaker.country`` on every quote whose speaker matches an actor."""
    by_name: dict[str, str | None] = {}
    by_surname: dict[str, set[str | None]] = {}
    for actor in story.actors:
        if actor.kind in ("person", "organisation"):
            by_name[actor.name.lower()] = actor.country
            by_surname.setdefault(_surname(actor.name), set()).add(actor.country)
        else:
            by_name[actor.name.lower()] = actor.country
    context = frozenset(a.country for a in story.actors if a.kind == "country" and a.country)
    people = {a.name.lower() for a in story.actors if a.kind == "person"}
    for quote in story.quotes:
        speaker = quote.speaker
        if speaker.country or not speaker.name:
            continue
        name = speaker.name
        country = by_name.get(name.lower())
        if country is None:
            options = by_surname.get(_surname(name), set())
            if len(options) == 1:
                country = next(iter(options))
        if country is None and speaker.title:
            country = _country_from_text(speaker.title, context)
        if country is None:
            info = person_info(name, story.published)
            country = info.country if info else None
        if country is None:
            # an organisation's name ("Israeli Defence Forces"); within a person's name only a
            # term the whole name is ("Downing Street"): a surname that is a country's name
            # ("Rep. Steve Israel", "Philip French") is no nationality
            whole = name.lower() in people
            country = _country_from_text(name, context, whole=whole)
        speaker.country = country


__all__ = [
    "SpanIndex",
    "assign_countries",
    "find_actors",
    "governs",
    "person_country",
    "story_context",
    "title_before",
]
