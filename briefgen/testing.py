"""The plugin author's test kit: build briefs from in-memory stories with your plugin registered.

Use the helpers directly::

    from briefgen.testing import build_test_brief, make_story

    result = build_test_brief([make_story("Title", "Body.")], plugins=[my_plugin])
    assert result.items("my-section") == [...]
    assert "My section" in result.markdown

or as the pytest fixture ``briefgen_kit`` (briefgen registers this module as a pytest plugin
through a ``pytest11`` entry point; the fixture also runs each test in a temp folder with a clean
environment).

Plugins registered here live on a fresh plugin manager made for one call and are never left
registered anywhere. ``BRIEFGEN_LOAD_PLUGINS`` / ``BRIEFGEN_DISABLE_PLUGINS`` apply to the
installed plugins loaded alongside yours, exactly as in ``briefgen make``.
"""

from __future__ import annotations

import copy
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from briefgen.build import build_brief
from briefgen.config import Config, load_config
from briefgen.errors import SectionError
from briefgen.model import Actor, Brief, PluginFailure, SectionResult, Story
from briefgen.plugins import Plugins, get_plugins

DEFAULT_AS_OF = date(2020, 1, 1)

__all__ = [
    "DEFAULT_AS_OF",
    "BriefgenKit",
    "TestBrief",
    "build_test_brief",
    "make_plugins",
    "make_story",
    "mark_actor",
    "plugins_registered",
    "read_stories",
]


def make_story(title: str = "Test story", body: str = "", **meta: Any) -> Story:
    """A :class:`~briefgen.Story` from a title, a body and any other Story field.

    ``published`` may be a ``datetime``, a ``date`` or an ISO 8601 string; ``body`` defaults to
    one sentence so the story is never empty.
    """
    published = meta.pop("published", None)
    if isinstance(published, str):
        published = datetime.fromisoformat(published)
    elif isinstance(published, date) and not isinstance(published, datetime):
        published = datetime(published.year, published.month, published.day)
    return Story(title=title, body=body or f"{title}.", published=published, **meta)


def mark_actor(
    story: Story,
    name: str,
    kind: str = "country",
    country: str | None = None,
    aliases: Iterable[str] = (),
) -> Actor:
    """Add an :class:`~briefgen.Actor` whose mentions are every whole-word match of its names.

    For hand-made annotations in tests that must not depend on the built-in analysis (build
    with ``analyse=False`` so the analysis does not replace them).
    """
    names = sorted({name, *aliases}, key=len, reverse=True)
    # not \b: a name may end in a non-word character ("U.S.")
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
    mentions = [(m.start(), m.end()) for m in pattern.finditer(story.body)]
    if not mentions:
        raise ValueError(f"{name!r} is not mentioned in story {story.title!r}")
    actor = Actor(name=name, kind=kind, country=country, mentions=mentions)  # type: ignore[arg-type]
    story.actors.append(actor)
    return actor


def read_stories(*sources: str | Path, plugins: Sequence[object] = ()) -> list[Story]:
    """Read story files, folders or globs with the installed readers plus ``plugins``.

    Raises ``AssertionError`` listing the problems when any input cannot be read or a reader
    plugin failed (a real run would report it).
    """
    from briefgen.ingest import load_stories

    manager = make_plugins(plugins)
    loaded = load_stories([str(s) for s in sources], manager)
    problems = loaded.problems + [f.describe() for f in manager.hook_failures.failures]
    assert not problems, "; ".join(problems)
    return loaded.stories


def _plugin_name(plugin: object) -> str:
    name = getattr(plugin, "__name__", None)
    if isinstance(name, str):
        return name
    return f"{type(plugin).__module__}.{type(plugin).__qualname__}-{id(plugin):x}"


def make_plugins(plugins: Sequence[object] = (), load_installed: bool = True) -> Plugins:
    """A fresh plugin manager: the installed plugins (per the env vars) plus ``plugins``.

    A plugin already loaded from its entry point (an installed copy of the module under test)
    is not registered twice.
    """
    manager = get_plugins(load_entry_points=load_installed)
    for plugin in plugins:
        if manager.manager.is_registered(plugin):
            continue
        manager.register(plugin, name=_plugin_name(plugin))
    return manager


def _plugin_label(manager: Plugins, plugin: object) -> str | None:
    return manager.manager.get_name(plugin)


@contextmanager
def plugins_registered(*plugins: object) -> Iterator[None]:
    """Make every plugin manager built inside the block (e.g. by the CLI) include ``plugins``.

    Restores ``briefgen.plugins.get_plugins`` on exit, whatever happens.
    """
    import briefgen.plugins as plugins_module

    original = plugins_module.get_plugins

    def patched(load_entry_points: bool = True) -> Plugins:
        manager = original(load_entry_points)
        for plugin in plugins:
            if not manager.manager.is_registered(plugin):
                manager.register(plugin, name=_plugin_name(plugin))
        return manager

    plugins_module.get_plugins = patched
    try:
        yield
    finally:
        plugins_module.get_plugins = original


def _as_config(config: Config | dict[str, Any] | str | Path | None) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, dict):
        return Config(path=Path("briefgen.toml"), raw=config)
    if isinstance(config, Path):
        return load_config(config)
    # TOML text: go through the real loader so its checks and messages apply.
    with tempfile.TemporaryDirectory(prefix="briefgen-test-") as folder:
        path = Path(folder) / "briefgen.toml"
        path.write_text(config, encoding="utf-8")
        loaded = load_config(path)
    return Config(path=Path("briefgen.toml"), raw=loaded.raw)


@dataclass
class TestBrief:
    """A brief built by :func:`build_test_brief`: its Markdown, HTML and JSON are made when it is
    built, as ``briefgen make`` would, so ``failures`` holds every plugin failure a real run
    would report (imports, readers, annotators, builds, unserialisable items, templates)."""

    __test__ = False  # not a pytest test class

    brief: Brief
    failures: list[PluginFailure] = field(default_factory=list)
    template_dirs: list[Path] = field(default_factory=list)
    template_dir: Path | None = None
    plugins: Plugins | None = None

    def section(self, section_id: str) -> SectionResult:
        """The built section ``section_id``; KeyError names the sections present."""
        for section in self.brief.sections:
            if section.id == section_id:
                return section
        present = ", ".join(s.id for s in self.brief.sections) or "none"
        raise KeyError(f"no section {section_id!r} in the brief (present: {present})")

    def items(self, section_id: str) -> list[Any]:
        """A section's items as they appear in the brief's JSON."""
        for section in self.json["sections"]:
            if section["id"] == section_id:
                return section["items"]
        raise KeyError(section_id)

    @property
    def section_ids(self) -> list[str]:
        """Ids of the sections in the brief, in order."""
        return [s.id for s in self.brief.sections]

    @cached_property
    def markdown(self) -> str:
        """The brief rendered as Markdown (template errors become section notes)."""
        from briefgen.render import render_markdown

        return render_markdown(self.brief, self.template_dir, self.template_dirs)

    @cached_property
    def html(self) -> str:
        """The brief rendered as a standalone HTML page."""
        from briefgen.render import render_html

        return render_html(self.brief, self.template_dir, self.template_dirs)

    @cached_property
    def json(self) -> dict[str, Any]:
        """The brief's ``briefgen/brief@1`` JSON document (as Python data)."""
        from briefgen.render import brief_to_json

        return brief_to_json(self.brief)

    def render(self) -> None:
        """Render Markdown and HTML and write the JSON, as a real run does (the PDF is made
        from the HTML): every failure is then in ``failures``."""
        import json

        self.markdown  # noqa: B018 - cached: rendering records template failures
        self.html  # noqa: B018
        json.dumps(self.json, ensure_ascii=False, allow_nan=False)

    def pdf(self, page_size: str = "A4") -> bytes:
        """The brief as PDF bytes (slow: only when you need it)."""
        from briefgen.pdf import render_pdf

        return render_pdf(self.brief, self.template_dir, page_size, self.template_dirs)


def build_test_brief(
    stories: Iterable[Story],
    plugins: Sequence[object] = (),
    sections: Sequence[str] | None = None,
    config: Config | dict[str, Any] | str | Path | None = None,
    as_of: date | None = None,
    analyse: bool = True,
    *,
    title: str = "Test brief",
    template_dir: Path | None = None,
    load_installed: bool = True,
    strict: bool = False,
) -> TestBrief:
    """Build a brief from in-memory stories with ``plugins`` registered for this call only.

    :param stories: the stories (copied: yours are not mutated by the analysis).
    :param plugins: modules or objects with ``@hookimpl`` functions.
    :param sections: section ids, in order. None: the sections ``plugins`` register, followed
        by ``sources`` when installed; with no ``plugins``, every default section.
    :param config: a :class:`~briefgen.config.Config`, a dict shaped like briefgen.toml
        (``{"sections": {"my-id": {...}}}``), TOML text, or a path to a TOML file.
    :param as_of: the brief's date; default the latest story's publication date, else
        :data:`DEFAULT_AS_OF`.
    :param analyse: run the built-in analysis first (sentences, quotes, actors, statements,
        dates). With False, hand-made annotations are kept. Plugins' ``annotate_story`` hooks
        run either way.
    :param template_dir: a user template folder, as ``--template-dir``.
    :param load_installed: also load installed entry-point plugins (the built-ins included).
    :param strict: any plugin failure raises :class:`~briefgen.errors.SectionError`.
    """
    story_list = copy.deepcopy(list(stories))
    manager = make_plugins(plugins, load_installed=load_installed)
    if analyse:
        from briefgen.analysis.pipeline import analyze_stories

        story_list = analyze_stories(story_list, manager)
    else:
        for story in story_list:
            manager.annotate_story(story)
    if sections is None and plugins:
        labels = {_plugin_label(manager, p) for p in plugins}
        registered = manager.sections()
        chosen = [r.section.id for r in registered if r.plugin in labels]
        if (
            chosen
            and "sources" not in chosen
            and any(r.section.id == "sources" for r in registered)
        ):
            chosen.append("sources")
        sections = chosen or None
    if as_of is None:
        dates = [s.published.date() for s in story_list if s.published]
        as_of = max(dates) if dates else DEFAULT_AS_OF
    outcome = build_brief(
        story_list,
        plugins=manager,
        title=title,
        as_of=as_of,
        section_ids=list(sections) if sections is not None else None,
        config=_as_config(config),
        strict=strict,
    )
    result = TestBrief(
        brief=outcome.brief,
        failures=outcome.brief.failures,
        template_dirs=outcome.template_dirs,
        template_dir=template_dir,
        plugins=manager,
    )
    result.render()
    if strict and result.failures:
        raise SectionError(result.failures[0].describe())
    return result


class BriefgenKit:
    """What the ``briefgen_kit`` fixture gives a test: builders, a CLI runner, a temp folder."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path

    make_story = staticmethod(make_story)
    mark_actor = staticmethod(mark_actor)
    build = staticmethod(build_test_brief)
    make_plugins = staticmethod(make_plugins)
    read_stories = staticmethod(read_stories)

    def write_story(self, name: str, title: str, body: str) -> Path:
        """Write a plain-text story file (title line, blank line, body) into the temp folder."""
        path = self.tmp_path / name
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        return path

    def invoke(
        self,
        args: Sequence[str],
        plugins: Sequence[object] = (),
        env: dict[str, str | None] | None = None,
        input: str | bytes | None = None,
    ) -> Any:
        """Run ``briefgen ARGS`` in-process with ``plugins`` registered; a click ``Result``."""
        from click.testing import CliRunner

        from briefgen.cli import main

        runner = CliRunner()
        with plugins_registered(*plugins):
            return runner.invoke(main, list(args), env=env, input=input, catch_exceptions=False)


try:
    import pytest
except ImportError:  # pragma: no cover - the kit's helpers work without pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture
    def briefgen_kit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> BriefgenKit:
        """A :class:`BriefgenKit` running in ``tmp_path`` (no stray ./briefgen.toml is read)."""
        monkeypatch.chdir(tmp_path)
        monkeypatch.delenv("BRIEFGEN_TRACE", raising=False)
        return BriefgenKit(tmp_path)
