"""What to watch: scheduled events, promised briefings and deadlines after the brief's date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from briefgen.hookspecs import hookimpl
from briefgen.model import Story
from briefgen.section import BuildContext, Section
from briefgen.sections.evidence import (
    actors_in,
    clause_span,
    content_tokens,
    ref,
    story_dates,
)
from briefgen.sections.questions_lexicon import questions_lexicon


@dataclass
class WatchConfig:
    """``[sections.watch]``: horizon and which undated commitments to keep."""

    max_items: int = 10
    include_as_of: bool = True  # events on the brief's own date are still ahead
    undated_commitments: bool = True  # "Putin will brief Xi" with no date given
    max_story_age_days: int = 14  # undated commitments only from stories this recent


@dataclass
class WatchItem:
    """One thing to watch: what, who, when (``date`` None when the text gives no date)."""

    what: str
    who: list[str]
    when: str
    date: date | None
    end_date: date | None
    precision: str | None
    kind: str  # "deadline", "meeting", "briefing", "event"
    sources: list[dict[str, Any]] = field(default_factory=list)


class WatchSection(Section):
    """Upcoming events and deadlines after the brief's as-of date."""

    id = "watch"
    title = "What to watch"
    order = 70
    description = "Scheduled meetings, promised briefings and deadlines after the brief's date."
    config_class = WatchConfig

    def build(self, context: BuildContext) -> list[WatchItem]:
        config = context.config if isinstance(context.config, WatchConfig) else WatchConfig()
        return build_watch(context.stories, context.as_of, config)


def build_watch(stories: list[Story], as_of: date, config: WatchConfig) -> list[WatchItem]:
    """Watch items: dated future mentions on/after ``as_of``, then undated commitments."""
    lex = questions_lexicon()
    kinds = lex.watch_kinds
    items: list[WatchItem] = []
    seen: dict[tuple[Any, ...], WatchItem] = {}
    covered: set[tuple[str, int]] = set()
    for story in stories:
        for m in story_dates(story):
            if m.start_date is None or m.end_date is None or m.kind == "since":
                continue
            if m.relation not in ("future", "ongoing") and m.kind != "deadline":
                continue
            if m.end_date < as_of or (m.end_date == as_of and not config.include_as_of):
                continue
            if m.relation == "ongoing" and m.kind != "deadline" and m.start_date <= as_of:
                continue
            c0, c1 = clause_span(story.body, (m.sent_start, m.sent_end), m.start, m.end)
            text = story.body[c0:c1]
            kind = "deadline" if m.kind == "deadline" else _kind(text, kinds)
            when_date = m.end_date if m.kind == "deadline" else m.start_date
            item = WatchItem(
                what=text,
                who=_who(story, m.sent_start, c1),
                when=m.label,
                date=when_date,
                end_date=m.end_date,
                precision=m.precision,
                kind=kind,
                sources=[ref(story, c0, c1)],
            )
            covered.add((story.id, m.sent_start))
            _add(items, seen, item, (m.start_date, m.end_date, m.qualifier))
    if config.undated_commitments:
        for story in stories:
            if story.published is not None:
                age = (as_of - story.published.date()).days
                if age > config.max_story_age_days or age < -1:
                    continue
            for item, sent_start in _commitments(story, lex):
                if (story.id, sent_start) not in covered:
                    _add(items, seen, item, ("undated",))
    items.sort(key=lambda i: (i.date or date.max, i.date is None))
    return items[: config.max_items]


def _add(
    items: list[WatchItem],
    seen: dict[tuple[Any, ...], WatchItem],
    item: WatchItem,
    key: tuple[Any, ...],
) -> None:
    words = frozenset(content_tokens(item.what))
    for (k, other_words), other in seen.items():
        if (
            k == key
            and words
            and len(words & other_words) / min(len(words), len(other_words) or 1) >= 0.4
        ):
            for s in item.sources:
                if s not in other.sources:
                    other.sources.append(s)
            for w in item.who:
                if w not in other.who:
                    other.who.append(w)
            return
    seen[(key, words)] = item
    items.append(item)


def _who(story: Story, start: int, end: int, limit: int = 4) -> list[str]:
    """People and countries named from the sentence start to the end of the event clause."""
    kinds = {a.name: a.kind for a in story.actors}
    names = actors_in(story, start, end)
    main = [n for n in names if kinds.get(n) in ("person", "country", "body")]
    return (main or names)[:limit]


def _kind(text: str, kinds: dict[str, re.Pattern[str]]) -> str:
    for name, pattern in kinds.items():
        if pattern.search(text):
            return name
    return "event"


def _commitments(story: Story, lex: Any) -> list[tuple[WatchItem, int]]:
    """Undated promises of a next step: "he would convey ... to the US", "prepares to debrief"."""
    out: list[tuple[WatchItem, int]] = []
    body = story.body
    from briefgen.analysis.dates import story_sentences

    for s0, s1 in story_sentences(story):
        m = lex.commitment.search(body, s0, s1)
        if m is None:
            continue
        # a commitment inside a quotation is the speaker's promise; keep it, but only when an
        # actor can be named
        c0, c1 = clause_span(body, (s0, s1), m.start(), m.end())
        cut = re.search(r"[,;]\s", body[m.end() : c1])
        if cut is not None:
            c1 = m.end() + cut.start()
        who = _who(story, s0, c1)
        if not who:
            continue
        text = body[c0:c1]
        out.append(
            (
                WatchItem(
                    what=text,
                    who=who,
                    when="no date given",
                    date=None,
                    end_date=None,
                    precision=None,
                    kind=_kind(text, lex.watch_kinds),
                    sources=[ref(story, c0, c1)],
                ),
                s0,
            )
        )
    return out


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the What to watch section."""
    register(WatchSection())
