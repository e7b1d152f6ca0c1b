"""Assemble a Brief: pick sections, validate their config, build each one in isolation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

from briefgen.config import Config
from briefgen.errors import ConfigError, SectionError
from briefgen.failures import FailureLog
from briefgen.model import Brief, DateBasis, PluginFailure, SectionResult, Story
from briefgen.plugins import Plugins, RegisteredSection
from briefgen.render import cited_story_ids, to_jsonable
from briefgen.section import BuildContext
from briefgen.sections.anchoring import shared_anchoring

SectionFailure = PluginFailure  # the name this record had when only sections were recorded


@dataclass
class BuildOutcome:
    """The brief, every plugin failure met so far, and the template folders plugins ship.

    ``failures`` is the brief's own list: rendering adds the template failures to it.
    """

    brief: Brief
    failures: list[PluginFailure] = field(default_factory=list)
    template_dirs: list[Path] = field(default_factory=list)


def select_sections(
    plugins: Plugins, section_ids: list[str] | None, config: Config
) -> list[RegisteredSection]:
    """The sections to build, in the order asked for (``--section``), else by their order."""
    available = {r.section.id: r for r in plugins.sections()}
    wanted = section_ids or config.brief.get("sections")
    if not wanted:
        return [r for r in available.values() if getattr(r.section, "default", True)]
    chosen = []
    for section_id in wanted:
        if section_id not in available:
            known = ", ".join(sorted(available)) or "none"
            raise ConfigError(f"unknown section {section_id!r} (available: {known})")
        if available[section_id] not in chosen:
            chosen.append(available[section_id])
    return chosen


def plugin_template_dirs(selected: list[RegisteredSection]) -> list[Path]:
    """Template folders of the plugins that ship their own partials."""
    dirs: list[Path] = []
    for registered in selected:
        package = registered.section.template_package
        if package:
            folder = Path(str(resources.files(package) / "templates"))
            if folder.is_dir() and folder not in dirs:
                dirs.append(folder)
    return dirs


def as_of_date(
    stories: list[Story], given: date | None, today: date | None = None
) -> tuple[date, DateBasis]:
    """The brief's as-of date and where it came from: the date given, else the latest story
    date (never after ``today``), else ``today`` marked as the day of preparation."""
    if given is not None:
        return given, "given"
    today = today or date.today()
    dated = [s.published.date() for s in stories if s.published is not None]
    dated = [d for d in dated if d <= today] or dated
    if dated:
        return max(dated), "stories"
    return today, "prepared"


def build_brief(
    stories: list[Story],
    *,
    plugins: Plugins,
    title: str,
    as_of: date,
    section_ids: list[str] | None = None,
    config: Config | None = None,
    previous: dict[str, Any] | None = None,
    strict: bool = False,
) -> BuildOutcome:
    """Build every selected section; a failing section is recorded, or fatal with ``strict``.

    A section fails when ``build`` raises or returns items that cannot be written as JSON (hook
    ``items``). The brief's ``failures`` start with the plugins' own (imports, registrations,
    readers, annotators); with ``strict`` any of them raises :class:`SectionError`.
    """
    config = config or Config()
    selected = select_sections(plugins, section_ids, config)
    configs = {
        r.section.id: r.section.parse_config(config.sections.get(r.section.id, {}), r.plugin)
        for r in selected
    }
    unknown = sorted(set(config.sections) - {r.section.id for r in plugins.sections()})
    if unknown:
        raise ConfigError(f"{config.path}: [sections.{unknown[0]}] names no installed section")
    results: list[SectionResult] = []
    contexts: list[BuildContext] = []
    log = FailureLog()
    earlier = plugins.failures
    if strict and earlier:
        raise SectionError(earlier[0].describe())
    with shared_anchoring():  # the dated sections share one anchoring of the stories
        for registered in selected:
            section = registered.section
            context = BuildContext(
                stories=stories,
                as_of=as_of,
                config=configs[section.id],
                title=title,
                previous=previous,
            )
            contexts.append(context)
            result = SectionResult(
                id=section.id, title=section.title, plugin=registered.plugin, order=section.order
            )
            plugins.trace(f"section {section.id} (plugin {registered.plugin}): build")
            hook = "build"
            try:
                result.items = list(section.build(context))
                hook = "items"
                to_jsonable(result.items, "items")
            except Exception as exc:  # one broken section must not sink the brief
                failure = log.add(registered.plugin, hook, exc, section=section.id)
                if hook == "items":
                    failure.message = f"cannot be written as JSON: {exc}"
                if strict:
                    raise SectionError(failure.describe()) from exc
                result.error = failure.message
                result.items = []
            results.append(result)
    readers = frozenset(
        r.section.id for r in selected if callable(getattr(r.section, "finish", None))
    )
    if any(r.section.id not in readers for r in selected):
        cited = cited_story_ids(results, stories, readers)
    else:  # a brief of Sources alone (--section sources) is the list of every story
        cited = [story.id for story in stories]
    for registered, context, result in zip(selected, contexts, results, strict=True):
        finish = getattr(registered.section, "finish", None)
        if not callable(finish) or result.error:
            continue
        try:  # e.g. Sources lists what the others cite
            result.items = list(finish(context, results, cited))
        except Exception as exc:  # as in build: one broken section must not sink the brief
            failure = log.add(registered.plugin, "build", exc, section=result.id)
            if strict:
                raise SectionError(failure.describe()) from exc
            result.error, result.items = failure.message, []
    template_dirs = plugin_template_dirs(selected)
    brief = Brief(
        title=title,
        date=as_of,
        stories=stories,
        sections=results,
        classification=str(config.brief.get("classification", "UNCLASSIFIED")),
        distribution=config.brief.get("distribution"),
        template_dirs=template_dirs,
        cited=cited,
        failures=earlier + log.failures,
    )
    return BuildOutcome(brief, brief.failures, template_dirs)
