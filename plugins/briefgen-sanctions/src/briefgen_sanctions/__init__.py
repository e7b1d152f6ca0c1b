"""briefgen-sanctions: a sanctions tracker section for briefgen.

Lists the sanctions measures and UN Security Council resolutions the stories name, who imposes,
threatens or would lift each one and whom it targets, with the sentences that say so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from briefgen import BuildContext, Section, hookimpl
from briefgen_sanctions.extract import Mention, Party, find_mentions

__version__ = "0.1.0"


@dataclass
class SanctionsConfig:
    """``[sections.sanctions]`` in briefgen.toml."""

    min_mentions: int = 1  # drop measures named fewer times across all stories
    include_unnamed: bool = False  # keep measures no country or body is linked to
    max_evidence: int = 3  # evidence sentences kept per measure

    def __post_init__(self) -> None:
        if self.min_mentions < 1:
            raise ValueError(f"min_mentions must be at least 1, got {self.min_mentions}")
        if self.max_evidence < 1:
            raise ValueError(f"max_evidence must be at least 1, got {self.max_evidence}")


@dataclass
class Evidence:
    """A sentence of a story that names the measure: ``text == story.body[start:end]``."""

    story: str
    start: int
    end: int
    text: str


@dataclass
class SanctionsItem:
    """One measure as the brief shows it (JSON: see the README)."""

    measure: str
    kind: str
    resolution: str | None
    targets: list[Party]
    imposed_by: list[Party]
    threatened_by: list[Party]
    lifted_by: list[Party]
    actions: list[str]
    positions: list[dict[str, Any]]
    mentions: int
    stories: list[str]
    evidence: list[Evidence] = field(default_factory=list)


def _key(parties: list[Party]) -> tuple[str, ...]:
    return tuple(sorted(p.country or p.name for p in parties))


def _fold_story(mentions: list[Mention]) -> list[Mention]:
    """Within one story, fold generic mentions ("the embargo") into its one specific measure."""
    specific: dict[str, set[str]] = {}
    for m in mentions:
        if not m.generic and m.kind != "resolution":
            specific.setdefault(m.kind, set()).add(m.label)
    targeted: dict[str, set[tuple[str, ...]]] = {}
    for m in mentions:
        if m.generic and len(specific.get(m.kind, ())) == 1:
            m.label = next(iter(specific[m.kind]))
            m.generic = False
        if m.targets:
            targeted.setdefault(m.label, set()).add(_key(m.targets))
    for m in mentions:
        options = targeted.get(m.label, set())
        if not m.targets and len(options) == 1:
            wanted = next(iter(options))
            for other in mentions:
                if other.label == m.label and _key(other.targets) == wanted:
                    m.targets = list(other.targets)
                    break
    return mentions


def _merge_parties(into: list[Party], new: list[Party]) -> None:
    for party in new:
        if not any((p.country or p.name) == (party.country or party.name) for p in into):
            into.append(party)


def _named(item: SanctionsItem) -> bool:
    states = [*item.imposed_by, *item.threatened_by, *item.lifted_by]
    states += [p for p in item.targets if p.country]
    return bool(states or item.positions)


def collect(context: BuildContext) -> list[SanctionsItem]:
    """Group every mention in the brief's stories into items, most mentioned first."""
    config: SanctionsConfig = context.config
    groups: dict[tuple[str, tuple[str, ...]], SanctionsItem] = {}
    for story in context.stories:
        for m in _fold_story(find_mentions(story)):
            key = (m.label, _key(m.targets))
            item = groups.get(key)
            if item is None:
                item = groups[key] = SanctionsItem(
                    m.label, m.kind, m.resolution, list(m.targets), [], [], [], [], [], 0, []
                )
            item.mentions += 1
            if story.id not in item.stories:
                item.stories.append(story.id)
            _merge_parties(item.imposed_by, m.imposed_by)
            _merge_parties(item.threatened_by, m.threatened_by)
            _merge_parties(item.lifted_by, m.lifted_by)
            for action in m.actions:
                if action not in item.actions:
                    item.actions.append(action)
            for position in m.positions:
                entry = {**position, "story": story.id}
                if entry not in item.positions:
                    item.positions.append(entry)
            start, end = m.sentence
            evidence = Evidence(story.id, start, end, story.body[start:end])
            if evidence not in item.evidence:
                item.evidence.append(evidence)
    items = [
        item
        for item in groups.values()
        if item.mentions >= config.min_mentions and (config.include_unnamed or _named(item))
    ]
    for item in items:
        del item.evidence[config.max_evidence :]
    # Stable: most mentioned first, then in order of first appearance.
    return sorted(items, key=lambda item: -item.mentions)


class SanctionsSection(Section):
    """Sanctions tracker: measures, resolutions, who imposes or would lift them."""

    id = "sanctions"
    title = "Sanctions"
    order = 450
    description = (
        "Sanctions measures and UN resolutions named, who imposes, threatens or would lift them."
    )
    config_class = SanctionsConfig
    template_package = "briefgen_sanctions"

    def build(self, context: BuildContext) -> list[SanctionsItem]:
        return collect(context)


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the sanctions section."""
    register(SanctionsSection())
