"""Positions by country: for each country (and international body) its actors and its stated
positions, issue by issue, each with the evidence that supports it.

Statements come from ``story.statements`` (see :mod:`briefgen.analysis.positions`). Across
stories, positions merge by an index keyed on (country, issue, stance): one pass, no all-pairs
comparison.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from briefgen.analysis.gazetteer import display_name, is_body
from briefgen.analysis.positions import issue_label
from briefgen.hookspecs import hookimpl
from briefgen.section import BuildContext, Section

STANCE_ORDER = ("demands", "conditions", "proposes", "opposes", "supports", "neutral")


@dataclass
class PositionsConfig:
    """``[sections.positions-by-country]`` options."""

    max_positions_per_country: int = 12
    max_evidence: int = 3
    min_evidence: int = 1
    include_bodies: bool = True
    include_neutral: bool = True
    max_countries: int = 20


@dataclass
class Evidence:
    """Where a position is stated: story id, character span in its body, and the text."""

    story: str
    start: int
    end: int
    text: str


@dataclass
class Position:
    """One stated position of a country on an issue."""

    issue: str
    stance: str
    statement: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class CountryPositions:
    """A country's (or body's) row: its actors and its positions."""

    country: str
    name: str
    actors: list[str] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)


class PositionsSection(Section):
    """Country x issue map of stated positions, with evidence."""

    id = "positions-by-country"
    title = "Positions by country"
    order = 30
    description = "Each country's and international body's stated positions, issue by issue."
    config_class = PositionsConfig

    def build(self, context: BuildContext) -> list[CountryPositions]:
        config = (
            context.config if isinstance(context.config, PositionsConfig) else PositionsConfig()
        )
        rows: dict[str, CountryPositions] = {}
        index: dict[tuple[str, str, str], Position] = {}
        actor_counts: dict[str, dict[str, int]] = {}
        seen_evidence: set[tuple[str, str, int, int]] = set()
        for story in context.stories:
            for st in story.statements:
                if is_body(st.country) and not config.include_bodies:
                    continue
                if st.stance == "neutral" and not config.include_neutral:
                    continue
                row = rows.get(st.country)
                if row is None:
                    row = rows[st.country] = CountryPositions(st.country, display_name(st.country))
                if st.actor:
                    counts = actor_counts.setdefault(st.country, {})
                    counts[st.actor] = counts.get(st.actor, 0) + 1
                key = (st.country, st.issue, st.stance)
                position = index.get(key)
                if position is None:
                    position = index[key] = Position(issue_label(st.issue), st.stance, st.text)
                    row.positions.append(position)
                mark = (st.country, story.id, st.start, st.end)
                if mark in seen_evidence or len(position.evidence) >= config.max_evidence:
                    continue
                seen_evidence.add(mark)
                position.evidence.append(Evidence(story.id, st.start, st.end, st.text))
        items = []
        for code, row in rows.items():
            row.positions = [p for p in row.positions if len(p.evidence) >= config.min_evidence]
            if not row.positions:
                continue
            row.positions.sort(
                key=lambda p: (-len(p.evidence), STANCE_ORDER.index(p.stance), p.issue)
            )
            row.positions = row.positions[: config.max_positions_per_country]
            row.positions.sort(key=lambda p: (p.issue, STANCE_ORDER.index(p.stance)))
            counts = actor_counts.get(code, {})
            row.actors = sorted(counts, key=lambda name: (-counts[name], name))
            items.append(row)
        items.sort(
            key=lambda r: (is_body(r.country), -sum(len(p.evidence) for p in r.positions), r.name)
        )
        return items[: config.max_countries]


def issue_table(items: list[CountryPositions]) -> tuple[list[str], list[list[str]]]:
    """Issue columns (most cited first) and one row of stance cells per country."""
    weight: dict[str, int] = {}
    for row in items:
        for p in row.positions:
            weight[p.issue] = weight.get(p.issue, 0) + len(p.evidence)
    issues = sorted(weight, key=lambda i: (-weight[i], i))
    cells = []
    for row in items:
        by_issue: dict[str, list[str]] = {}
        for p in row.positions:
            by_issue.setdefault(p.issue, []).append(p.stance)
        cells.append([", ".join(dict.fromkeys(by_issue.get(i, []))) or "–" for i in issues])
    return issues, cells


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Positions by country section."""
    register(PositionsSection())
