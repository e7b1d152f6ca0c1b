"""The plugin manager: loading policy, section registry and the typed calls into hooks.

This is the only module that talks to pluggy; the rest of briefgen calls :class:`Plugins`.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import pluggy

from briefgen import hookspecs
from briefgen.model import Story
from briefgen.section import Section

LOAD_ENV = "BRIEFGEN_LOAD_PLUGINS"
DISABLE_ENV = "BRIEFGEN_DISABLE_PLUGINS"
TRACE_ENV = "BRIEFGEN_TRACE"


@dataclass
class RegisteredSection:
    """A section and the plugin that registered it."""

    section: Section
    plugin: str


@dataclass
class HookImplInfo:
    """One implementation of a hook, for ``briefgen plugins --hook``."""

    plugin: str
    function: str
    tryfirst: bool = False
    trylast: bool = False
    wrapper: bool = False  # new-style wrapper (``wrapper=True``)
    hookwrapper: bool = False  # old-style wrapper (``hookwrapper=True``)


@dataclass
class PluginInfo:
    """What ``briefgen plugins`` shows for one plugin."""

    name: str
    version: str | None
    hooks: list[str]
    sections: list[str] = field(default_factory=list)
    error: str | None = None
    builtin: bool = False
    problems: list[str] = field(default_factory=list)  # hooks that failed, e.g. register_sections


class Plugins:
    """Typed access to the hooks, plus the registry of sections and load failures."""

    def __init__(self, manager: pluggy.PluginManager) -> None:
        self.manager = manager
        self.distributions: dict[str, tuple[str, str]] = {}  # entry point -> (package, version)
        self.load_errors: dict[str, str] = {}
        self.registration_errors: list[str] = []
        self.versions: dict[str, str] = {}
        self._sections: list[RegisteredSection] | None = None

    def register(self, plugin: ModuleType | object, name: str | None = None) -> None:
        """Register a plugin object at run time (tests, embedding applications)."""
        self.manager.register(plugin, name=name)
        self._sections = None

    def unregister(self, name: str) -> None:
        """Remove a plugin registered under ``name``."""
        self.manager.unregister(name=name)
        self._sections = None

    def sections(self) -> list[RegisteredSection]:
        """Every registered section, sorted by order then id; duplicate ids are refused."""
        if self._sections is None:
            found: dict[str, RegisteredSection] = {}
            self.registration_errors = []
            for impl in self.manager.hook.register_sections.get_hookimpls():
                plugin_name = self.manager.get_name(impl.plugin) or repr(impl.plugin)
                collected: list[Section] = []
                try:
                    impl.function(register=collected.append)
                except Exception as exc:  # a broken plugin must not stop the others
                    self.registration_errors.append(f"plugin {plugin_name}: {exc}")
                    continue
                for section in collected:
                    if not isinstance(section, Section):
                        self.registration_errors.append(
                            f"plugin {plugin_name}: registered {section!r}, not a Section"
                        )
                    elif section.id in found:
                        other = found[section.id].plugin
                        self.registration_errors.append(
                            f"plugin {plugin_name}: section id {section.id!r} already "
                            f"registered by {other}"
                        )
                    else:
                        found[section.id] = RegisteredSection(section, plugin_name)
            self._sections = sorted(found.values(), key=lambda r: (r.section.order, r.section.id))
        return self._sections

    def read_stories(self, path: Path, data: bytes) -> list[Story] | None:
        """Ask the readers for the stories in one file; None when no reader took it."""
        return self.manager.hook.read_stories(path=path, data=data)

    def story_suffixes(self) -> set[str]:
        """Extra file suffixes reader plugins take from folders and globs."""
        return {
            suffix.lower()
            for suffixes in self.manager.hook.story_suffixes()
            for suffix in suffixes or []
        }

    def annotate_story(self, story: Story) -> None:
        """Let plugins add annotations to an analysed story."""
        self.manager.hook.annotate_story(story=story)

    def has_annotators(self) -> bool:
        """True when some plugin implements ``annotate_story``."""
        return bool(self.manager.hook.annotate_story.get_hookimpls())

    def describe(self) -> list[PluginInfo]:
        """Everything loaded or failed, for ``briefgen plugins``."""
        sections_by_plugin: dict[str, list[str]] = {}
        for registered in self.sections():
            sections_by_plugin.setdefault(registered.plugin, []).append(registered.section.id)
        infos = []
        for name, plugin in sorted(self.manager.list_name_plugin()):
            hooks = sorted(h.name for h in self.manager.get_hookcallers(plugin) or [])
            module = getattr(plugin, "__name__", "")
            infos.append(
                PluginInfo(
                    name=name,
                    version=self.versions.get(name),
                    hooks=hooks,
                    sections=sections_by_plugin.get(name, []),
                    builtin=module.startswith("briefgen."),
                )
            )
        for name, error in sorted(self.load_errors.items()):
            infos.append(
                PluginInfo(name=name, version=self.versions.get(name), hooks=[], error=error)
            )
        return infos

    def hook_names(self) -> list[str]:
        """Every hook briefgen calls, in the order hookspecs.py declares them."""
        marker = f"{hookspecs.PROJECT}_spec"
        return [name for name, value in vars(hookspecs).items() if hasattr(value, marker)]

    def hook_implementations(self, hook: str) -> list[HookImplInfo]:
        """Who implements ``hook``, in the order pluggy calls them (wrappers first)."""
        caller = getattr(self.manager.hook, hook)
        found = []
        for impl in reversed(caller.get_hookimpls()):  # pluggy calls the list back to front
            found.append(
                HookImplInfo(
                    plugin=impl.plugin_name,
                    function=f"{impl.function.__module__}.{impl.function.__qualname__}",
                    tryfirst=impl.tryfirst,
                    trylast=impl.trylast,
                    wrapper=bool(getattr(impl, "wrapper", False)),
                    hookwrapper=impl.hookwrapper,
                )
            )
        return found


def _names_from_env(variable: str) -> set[str] | None:
    value = os.environ.get(variable)
    if value is None:
        return None
    return {name.strip() for name in value.split(",") if name.strip()}


def _entry_points() -> list[metadata.EntryPoint]:
    return sorted(metadata.entry_points(group=hookspecs.PROJECT), key=lambda ep: ep.name)


def get_plugins(load_entry_points: bool = True) -> Plugins:
    """Build a plugin manager with the entry-point plugins allowed by the environment.

    ``BRIEFGEN_LOAD_PLUGINS`` is an allow-list of entry-point names (empty: none at all);
    ``BRIEFGEN_DISABLE_PLUGINS`` a block-list. Both apply to the built-ins too. A plugin that
    fails to import is recorded in ``load_errors`` and skipped.
    """
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    plugins = Plugins(manager)
    if not load_entry_points:
        return plugins
    allowed = _names_from_env(LOAD_ENV)
    blocked = _names_from_env(DISABLE_ENV) or set()
    for entry_point in _entry_points():
        name = entry_point.name
        if (allowed is not None and name not in allowed) or name in blocked:
            continue
        if manager.get_plugin(name) is not None:
            continue
        if entry_point.dist is not None:
            plugins.versions[name] = f"{entry_point.dist.name} {entry_point.dist.version}"
            plugins.distributions[name] = (entry_point.dist.name, entry_point.dist.version)
        try:
            module = entry_point.load()
            manager.register(module, name=name)
        except Exception as exc:  # report, never crash: other plugins must still load
            plugins.load_errors[name] = f"{type(exc).__name__}: {exc}"
    if os.environ.get(TRACE_ENV):
        trace_hooks(plugins)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as exc:
        plugins.load_errors[getattr(exc.plugin, "__name__", "?")] = str(exc)
    return plugins


def trace_hooks(plugins: Plugins) -> Any:
    """Print every hook call to stderr (``BRIEFGEN_TRACE=1``); returns the undo callable."""

    def before(hook_name: str, hook_impls: list[Any], kwargs: dict[str, Any]) -> None:
        names = [impl.plugin_name for impl in hook_impls]
        print(f"briefgen: hook {hook_name} -> {', '.join(names)}", file=sys.stderr)

    def after(outcome: Any, hook_name: str, hook_impls: list[Any], kwargs: dict[str, Any]) -> None:
        return None

    return plugins.manager.add_hookcall_monitoring(before, after)
