"""The plugin manager: loading policy, section registry and the typed calls into hooks.

This is the only module that talks to pluggy; the rest of briefgen calls :class:`Plugins`.
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Any

import pluggy

from briefgen import hookspecs
from briefgen.errors import InputError
from briefgen.failures import FailureLog, exception_message
from briefgen.model import PluginFailure, Speaker, Story
from briefgen.section import Section
from briefgen.story_check import check_story, restore, snapshot

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
        self.load_details: dict[str, str] = {}
        self.registration_errors: list[str] = []
        self.registration_failures: list[PluginFailure] = []
        self.versions: dict[str, str] = {}
        self.tracing = False  # BRIEFGEN_TRACE: print hook calls and section builds
        self.show_details = False  # --traceback: failures are reported with their tracebacks
        self.hook_failures = FailureLog()  # readers and annotators, since the last clear
        self._sections: list[RegisteredSection] | None = None
        self._callers: dict[str, list[tuple[str, Any]]] = {}

    def register(self, plugin: ModuleType | object, name: str | None = None) -> None:
        """Register a plugin object at run time (tests, embedding applications)."""
        self.manager.register(plugin, name=name)
        self._sections = None
        self._callers = {}

    def unregister(self, name: str) -> None:
        """Remove a plugin registered under ``name``."""
        self.manager.unregister(name=name)
        self._sections = None
        self._callers = {}

    @property
    def failures(self) -> list[PluginFailure]:
        """Every plugin failure so far: imports, registrations, then readers and annotators."""
        self.sections()
        loaded = [
            PluginFailure(name, "import", error, detail=self.load_details.get(name, ""))
            for name, error in sorted(self.load_errors.items())
        ]
        return loaded + self.registration_failures + self.hook_failures.failures

    def trace(self, message: str) -> None:
        """One line on stderr when ``BRIEFGEN_TRACE`` is set."""
        if self.tracing:
            print(f"briefgen: {message}", file=sys.stderr)

    def _registration_failed(self, plugin: str, message: str, detail: str = "") -> None:
        self.registration_errors.append(f"plugin {plugin}: {message}")
        self.registration_failures.append(
            PluginFailure(plugin, "register_sections", message, detail=detail)
        )

    def sections(self) -> list[RegisteredSection]:
        """Every registered section, sorted by order then id; duplicate ids are refused."""
        if self._sections is None:
            found: dict[str, RegisteredSection] = {}
            self.registration_errors = []
            self.registration_failures = []
            for impl in self.manager.hook.register_sections.get_hookimpls():
                plugin_name = self.manager.get_name(impl.plugin) or repr(impl.plugin)
                collected: list[Section] = []
                self.trace(f"hook register_sections -> {plugin_name}")
                try:
                    impl.function(register=collected.append)
                except Exception as exc:  # a broken plugin must not stop the others
                    self._registration_failed(
                        plugin_name, exception_message(exc), traceback.format_exc()
                    )
                    continue
                for section in collected:
                    if not isinstance(section, Section):
                        self._registration_failed(
                            plugin_name, f"registered {section!r}, not a Section"
                        )
                    elif section.id in found:
                        other = found[section.id].plugin
                        self._registration_failed(
                            plugin_name,
                            f"section id {section.id!r} already registered by {other}",
                        )
                    else:
                        found[section.id] = RegisteredSection(section, plugin_name)
            self._sections = sorted(found.values(), key=lambda r: (r.section.order, r.section.id))
        return self._sections

    def read_stories(self, path: Path, data: bytes) -> list[Story] | None:
        """Ask the readers, one plugin at a time, for the stories in one file; None when no
        reader took it.

        A reader that raises anything but InputError (the file is its own but unreadable) is
        recorded as that plugin's failure and the next reader gets the file.
        """
        for name, caller in self._plugin_callers("read_stories"):
            try:
                stories = caller(path=path, data=data)
            except (InputError, RecursionError, MemoryError):  # the file's fault, not the reader's
                raise
            except Exception as exc:  # one broken reader must not hide the file from the rest
                self.hook_failures.add(name, "read_stories", exc, where=str(path))
                continue
            if stories is not None:
                return stories
        return None

    def story_suffixes(self) -> set[str]:
        """Extra file suffixes reader plugins take from folders and globs."""
        return {
            suffix.lower()
            for suffixes in self.manager.hook.story_suffixes()
            for suffix in suffixes or []
        }

    def annotate_story(self, story: Story) -> None:
        """Let plugins add annotations to an analysed story, one plugin at a time.

        An annotator that raises has its changes to the story undone; one that leaves broken
        data (an offset outside the body, a wrong type) has the broken entries dropped. Either
        is recorded as that plugin's failure, so the sections reading the story are not blamed.
        """
        where = story.path or story.id
        self._choose_speakers(story, where)
        for name, caller in self._plugin_callers("annotate_story"):
            saved = snapshot(story)
            try:
                caller(story=story)
            except Exception as exc:  # one broken annotator must not sink the brief
                restore(story, saved)
                self.hook_failures.add(name, "annotate_story", exc, where=where)
                continue
            problems = check_story(story, saved)
            if problems:
                message = "left invalid data: " + "; ".join(problems[:3])
                if len(problems) > 3:
                    message += f"; and {len(problems) - 3} more"
                self.hook_failures.add(name, "annotate_story", message, where=where)

    def _choose_speakers(self, story: Story, where: str) -> None:
        """Let ``choose_speaker`` plugins pick the speakers of the quotes the rules left open;
        a plugin that raises or answers with someone not among the candidates is recorded as
        failed for that quote, and the built-in model's choice stays."""
        open_quotes = story.annotations.get("speaker_candidates")
        if not open_quotes:
            return
        callers = self._plugin_callers("choose_speaker")
        if not callers:
            return
        at = {(q.start, q.end): i for i, q in enumerate(story.quotes) if q.kind == "direct"}
        for start, end, candidates in open_quotes:
            i = at.get((start, end))
            if i is None:
                continue
            for name, caller in callers:
                quote = story.quotes[i]
                try:
                    pick = caller(quote=quote, candidates=list(candidates), story=story)
                except Exception as exc:  # one broken plugin must not sink the brief
                    self.hook_failures.add(name, "choose_speaker", exc, where=where)
                    pick = None
                if pick is None:
                    continue
                if pick not in candidates:
                    message = f"chose {pick!r}, not one of the quote's candidates"
                    self.hook_failures.add(name, "choose_speaker", message, where=where)
                    continue
                story.quotes[i] = replace(quote, speaker=Speaker(pick.name), cue="model")
                break

    def _plugin_callers(self, hook: str) -> list[tuple[str, Any]]:
        """(plugin name, a caller of ``hook`` limited to that plugin), in pluggy's call order
        (tryfirst first, trylast last); a plugin's own wrappers wrap its own call."""
        callers = self._callers.get(hook)
        if callers is None:
            order: list[str] = []
            for impl in reversed(getattr(self.manager.hook, hook).get_hookimpls()):
                if impl.hookwrapper or impl.wrapper or impl.plugin_name in order:
                    continue
                order.append(impl.plugin_name)
            everyone = [plugin for _, plugin in self.manager.list_name_plugin()]
            callers = []
            for name in order:
                own = self.manager.get_plugin(name)
                others = [plugin for plugin in everyone if plugin is not own]
                callers.append((name, self.manager.subset_hook_caller(hook, others)))
            self._callers[hook] = callers
        return callers

    def has_annotators(self) -> bool:
        """True when some plugin implements ``annotate_story``."""
        return bool(self.manager.hook.annotate_story.get_hookimpls())

    def describe(self) -> list[PluginInfo]:
        """Everything loaded or failed, for ``briefgen plugins``."""
        sections_by_plugin: dict[str, list[str]] = {}
        for registered in self.sections():
            sections_by_plugin.setdefault(registered.plugin, []).append(registered.section.id)
        problems: dict[str, list[str]] = {}
        for failure in self.registration_failures:
            problems.setdefault(failure.plugin, []).append(f"{failure.hook}: {failure.message}")
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
                    problems=problems.get(name, []),
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
            plugins.load_errors[name] = exception_message(exc)
            plugins.load_details[name] = traceback.format_exc()
    if os.environ.get(TRACE_ENV):
        plugins.tracing = True
        trace_hooks(plugins)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as exc:
        name = manager.get_name(exc.plugin) or getattr(exc.plugin, "__name__", "?")
        plugins.load_errors[name] = str(exc)
    return plugins


def trace_hooks(plugins: Plugins) -> Any:
    """Print every hook call to stderr (``BRIEFGEN_TRACE=1``); returns the undo callable."""

    def before(hook_name: str, hook_impls: list[Any], kwargs: dict[str, Any]) -> None:
        names = [impl.plugin_name for impl in hook_impls]
        print(f"briefgen: hook {hook_name} -> {', '.join(names)}", file=sys.stderr)

    def after(outcome: Any, hook_name: str, hook_impls: list[Any], kwargs: dict[str, Any]) -> None:
        return None

    return plugins.manager.add_hookcall_monitoring(before, after)
