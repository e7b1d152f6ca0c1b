"""Anchoring undated stories: a window of possible publication dates from the other stories.

A story without a publication date cannot resolve "on Thursday" or "by the end of the year" by
itself. Across a brief it sometimes can: when it announces a scheduled event ("On Friday, Putin
will travel to Beijing, where he will meet ... Xi Jinping") that a dated story also reports
("he will talk with ... Xi Jinping on Friday" = 26 April 2019), the undated story must have been
published on a day from which "Friday" means 26 April 2019. Each such co-reference gives a set of
possible publication days; the window is their intersection. A direct quotation's "tomorrow" is
speaker time: it only bounds publication from below (a quotation is reported after it was said).

A relative date of the undated story is then resolved only when every day of the window gives
the same answer; it is marked ``inferred`` with a short ``basis``. No window (no co-reference,
only quotation bounds, or conflicting anchors) leaves every relative date unresolved.

Dated events are indexed by (actor, weekday), so the cost grows with the number of matching
events, not with all pairs of stories.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

from briefgen.analysis.dates import (
    DateMention,
    is_relative_day,
    lexicon,
    resolve_all,
    stored_expressions,
)
from briefgen.model import Story
from briefgen.sections.evidence import clause_span, content_tokens, story_dates

SPAN_DAYS = 7  # a weekday or "tomorrow" names a day at most a week from publication
MIN_SHARED_ACTORS = 2
MIN_SHARED_WORDS = 1
_QUOTED = ("direct", "fragment")


@dataclass(frozen=True)
class AnchorWindow:
    """Possible publication days of an undated story, and why."""

    story_id: str
    days: tuple[date, ...]
    basis: str

    @property
    def earliest(self) -> date:
        """The first possible publication day."""
        return self.days[0]

    @property
    def latest(self) -> date:
        """The last possible publication day."""
        return self.days[-1]


@dataclass(frozen=True)
class _Signature:
    names: frozenset[str]  # actor names in the sentence (and the quotation's speaker)
    agents: frozenset[str]  # those of them that are no country (people, bodies, groups)
    codes: frozenset[str]  # their countries
    name_codes: dict[str, str | None]
    words: frozenset[str]  # content words outside actor names and date words


@dataclass(frozen=True)
class _Event:
    order: int
    day: date
    label: str
    sig: _Signature


def event_region(story: Story, mention: DateMention, others: list[DateMention]) -> tuple[int, int]:
    """The text that describes the event of a date: its clause, widened to the sentence start
    (end) when no other date of the sentence stands before (after) it. "Putin said that he will
    talk ... on Friday" keeps Putin, but in "I will speak tomorrow in Beijing ..., but we will
    discuss today's meeting" each date keeps its own clause."""
    s0, s1 = mention.sent_start, mention.sent_end
    c0, c1 = clause_span(story.body, (s0, s1), mention.start, mention.end, max_words=60)
    rest = [o for o in others if o is not mention]
    if not any(s0 <= o.start < c0 for o in rest):
        c0 = s0
    if not any(c1 <= o.start < s1 for o in rest):
        c1 = s1  # "On Friday, Putin will travel to Beijing, where he will meet ... Xi"
    return c0, c1


def _proper(name: str) -> bool:
    """A usable actor name (not a stray initial such as "U." left by an abbreviation)."""
    return len(name.rstrip(".")) >= 2 and any(c.isalpha() for c in name)


def _signature(story: Story, mention: DateMention, others: list[DateMention]) -> _Signature:
    s0, s1 = event_region(story, mention, others)
    names: dict[str, str | None] = {}
    agents: set[str] = set()
    spans: list[tuple[int, int]] = []
    for actor in story.actors:
        hits = [(a, b) for a, b in actor.mentions if s0 <= a and b <= s1]
        if hits and _proper(actor.name):
            names[actor.name] = actor.country
            if actor.kind != "country":
                agents.add(actor.name)
            spans.extend(hits)
    for quote in story.quotes:
        if quote.start <= mention.start < quote.end and quote.speaker.name:
            names.setdefault(quote.speaker.name, quote.speaker.country)
            agents.add(quote.speaker.name)
    spans.extend((o.start, o.end) for o in others if s0 <= o.start < s1)
    spans.sort()
    parts: list[str] = []
    pos = s0
    for a, b in spans:
        if a > pos:
            parts.append(story.body[pos:a])
        pos = max(pos, b)
    parts.append(story.body[pos:s1])
    words = frozenset(content_tokens(" ".join(parts)))
    codes = frozenset(c for c in names.values() if c)
    return _Signature(frozenset(names), frozenset(agents), codes, names, words)


def _corefer(a: _Signature, b: _Signature) -> bool:
    """Two sentences report one event: two shared actors (a shared country counts when no
    shared person stands for it), one of them a person or a body (countries alone recur in
    other events of the same week: Israeli forces firing "on Wednesday" 5 December and
    militants firing "Wednesday" 9 January), and a shared content word."""
    shared_names = set(a.names & b.names)
    # a person named in one and called by surname in the other ("Vladimir Putin" / "Putin")
    shared_names.update(n for n in a.names - b.names if _surname(n) in b.words)
    shared_names.update(n for n in b.names - a.names if _surname(n) in a.words)
    if not shared_names & (a.agents | b.agents):
        return False
    implied = {a.name_codes.get(n, b.name_codes.get(n)) for n in shared_names}
    shared = len(shared_names) + len((a.codes & b.codes) - implied)
    return shared >= MIN_SHARED_ACTORS and len(a.words & b.words) >= MIN_SHARED_WORDS


def _surname(name: str) -> str:
    """The last word of a name, lower-cased, as content_tokens gives it ("" when too short)."""
    words = content_tokens(name)
    return words[-1] if words and len(words[-1]) >= 3 else ""


def _weekday(mention: DateMention) -> int | None:
    word = mention.text.replace("’", "'").removesuffix("'s").split()[-1].capitalize()
    return lexicon().weekdays.get(word)


def _quoted(story: Story, offset: int) -> bool:
    return any(q.start <= offset < q.end and q.kind in _QUOTED for q in story.quotes)


def _index(stories: list[Story]) -> dict[tuple[str, int], list[_Event]]:
    """Day-precision dated events of the dated stories, by (actor name, weekday)."""
    index: dict[tuple[str, int], list[_Event]] = defaultdict(list)
    for order, story in enumerate(stories):
        if story.published is None:
            continue
        mentions = story_dates(story)
        for m in mentions:
            if m.start_date is None or m.precision != "day" or m.start_date != m.end_date:
                continue
            sig = _signature(story, m, mentions)
            if len(sig.names) + len(sig.codes) < MIN_SHARED_ACTORS:
                continue
            event = _Event(order, m.start_date, m.text, sig)
            for name in sig.names:
                index[(name, m.start_date.weekday())].append(event)
    return index


def _match(
    sig: _Signature, weekday: int | None, index: dict[tuple[str, int], list[_Event]]
) -> _Event | None:
    """The dated event a mention co-refers with; None when none or several days match."""
    found: dict[date, _Event] = {}
    days = [weekday] if weekday is not None else list(range(7))
    for day in days:
        lists = [index.get((name, day), []) for name in sig.names]
        lists = [lst for lst in lists if lst]
        if not lists:
            continue
        for event in min(lists, key=len):
            if event.day not in found and _corefer(sig, event.sig):
                found[event.day] = event
    return next(iter(found.values())) if len(found) == 1 else None


class _Resolver:
    """The date expressions the analysis stored for one story, resolved against candidate
    publication days (no text is read), once per day."""

    def __init__(self, story: Story) -> None:
        self.expressions = stored_expressions(story)
        self.cache: dict[date, dict[tuple[int, int], DateMention]] = {}

    def at(self, pub: date) -> dict[tuple[int, int], DateMention]:
        if pub not in self.cache:
            found = resolve_all(self.expressions, pub)
            self.cache[pub] = {(m.start, m.end): m for m in found}
        return self.cache[pub]

    def days_giving(self, mention: DateMention, day: date) -> set[date]:
        """Publication days from which ``mention`` resolves to ``day``."""
        out: set[date] = set()
        for delta in range(-SPAN_DAYS, SPAN_DAYS + 1):
            pub = day + timedelta(days=delta)
            got = self.at(pub).get((mention.start, mention.end))
            if got is not None and got.start_date == day and got.end_date == day:
                out.add(pub)
        return out


def anchor_window(
    story: Story,
    index: dict[tuple[str, int], list[_Event]],
    resolver: _Resolver | None = None,
) -> AnchorWindow | None:
    """The publication window of an undated story, or None (dated story, no or conflicting
    anchors)."""
    if story.published is not None:
        return None
    resolver = resolver or _Resolver(story)
    mentions = story_dates(story)
    todo = [m for m in mentions if m.start_date is None and is_relative_day(m)]
    sigs = {id(m): _signature(story, m, mentions) for m in todo}
    matched: list[tuple[DateMention, date, _Event]] = []
    for m in todo:
        event = _match(sigs[id(m)], _weekday(m), index)
        if event is not None:
            matched.append((m, event.day, event))
    # mentions of the same story that report an already anchored event
    known = {id(m) for m, _, _ in matched}
    for m in todo:
        if id(m) in known:
            continue
        wd = _weekday(m)
        days = {
            day
            for other, day, _ in matched
            if (wd is None or day.weekday() == wd) and _corefer(sigs[id(m)], sigs[id(other)])
        }
        if len(days) == 1:
            day = days.pop()
            event = next(e for o, d, e in matched if d == day)
            matched.append((m, day, event))
    window: set[date] | None = None
    lower: date | None = None
    basis_event: _Event | None = None
    basis_names: frozenset[str] = frozenset()
    for m, day, event in matched:
        allowed = resolver.days_giving(m, day)
        if not allowed:
            return None
        if _quoted(story, m.start):
            # speaker time: said on one of ``allowed``, published then or later
            lower = max(lower, min(allowed)) if lower else min(allowed)
            continue
        window = allowed if window is None else window & allowed
        if basis_event is None:
            basis_event, basis_names = event, sigs[id(m)].names & event.sig.names
    if window is None or basis_event is None:
        return None
    days = tuple(sorted(d for d in window if lower is None or d >= lower))
    if not days:
        return None
    names = " and ".join(sorted(basis_names))
    basis = (
        f"date inferred from the event on {basis_event.label}"
        f" ({names}; {_day_label(basis_event.day)}) reported in [{basis_event.order + 1}]"
    )
    return AnchorWindow(story.id, days, basis)


def _day_label(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def anchored_dates(stories: list[Story]) -> dict[str, list[DateMention]]:
    """Every story's date mentions; an undated story's relative dates resolved from its window
    where every possible publication day agrees (marked ``inferred``)."""
    return anchored(stories)[0]


# while a brief is built (``shared_anchoring``): the story list last anchored, its stories'
# identities and the answer; None outside that block
Anchored = tuple[dict[str, list[DateMention]], dict[str, AnchorWindow]]
_SHARED: list[tuple[list[Story], tuple[int, ...], Anchored]] | None = None


@contextmanager
def shared_anchoring() -> Iterator[None]:
    """Inside this block ``anchored`` works out each story list once: the timeline, the watch
    list and the open questions each ask for the anchored dates of the brief's stories (which
    the sections only read)."""
    global _SHARED
    outer, _SHARED = _SHARED, []
    try:
        yield
    finally:
        _SHARED = outer


def anchored(stories: list[Story]) -> Anchored:
    """``anchored_dates`` and the publication window of every undated story that has one."""
    shared = _SHARED
    if shared is None:
        return _anchored(stories)
    ids = tuple(map(id, stories))
    for listed, listed_ids, answer in shared:
        if listed is stories and listed_ids == ids:
            return answer
    answer = _anchored(stories)
    shared[:] = [(stories, ids, answer)]
    return answer


def _anchored(stories: list[Story]) -> Anchored:
    out: dict[str, list[DateMention]] = {}
    windows: dict[str, AnchorWindow] = {}
    index: dict[tuple[str, int], list[_Event]] | None = None
    for story in stories:
        mentions = story_dates(story)
        if story.published is not None or not any(m.start_date is None for m in mentions):
            out[story.id] = mentions
            continue
        if index is None:
            index = _index(stories)
        resolver = _Resolver(story)
        window = anchor_window(story, index, resolver)
        if window is not None:
            windows[story.id] = window
        out[story.id] = (
            _resolve(story, mentions, window, resolver) if window is not None else list(mentions)
        )
    return out, windows


def _resolve(
    story: Story, mentions: list[DateMention], window: AnchorWindow, resolver: _Resolver
) -> list[DateMention]:
    per_day = [resolver.at(day) for day in window.days]
    out: list[DateMention] = []
    for m in mentions:
        if m.start_date is not None or (is_relative_day(m) and _quoted(story, m.start)):
            out.append(m)  # a quotation's "tomorrow" is the speaker's, not the publication's
            continue
        got = [found.get((m.start, m.end)) for found in per_day]
        if any(g is None or g.start_date is None for g in got):
            out.append(m)
            continue
        keys = {(g.start_date, g.end_date, g.precision, g.qualifier) for g in got if g}
        if len(keys) != 1:
            out.append(m)  # the window's days disagree: leave it unresolved
            continue
        first = got[0]
        assert first is not None
        relations = {g.relation for g in got if g}
        out.append(
            dataclasses.replace(
                first,
                relation=relations.pop() if len(relations) == 1 else "unknown",
                inferred=True,
                basis=window.basis,
            )
        )
    return out


__all__ = [
    "AnchorWindow",
    "anchor_window",
    "anchored",
    "anchored_dates",
    "event_region",
    "shared_anchoring",
]
