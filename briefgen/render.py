"""Render a Brief to Markdown, HTML, JSON and PDF through Jinja templates.

Story text only ever reaches templates as data: it is escaped for HTML (autoescape) and for
Markdown (the ``md`` filter); it is never compiled as template source.
"""

from __future__ import annotations

import dataclasses
import math
import os
import re
import traceback
import urllib.parse
from collections.abc import Callable
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from briefgen.errors import BriefgenError
from briefgen.failures import exception_message
from briefgen.model import Brief, PluginFailure, SectionResult, Story

SCHEMA = "briefgen/brief@1"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|~!&])")
_MD_BULLET_START = re.compile(r"^([-+=>])")
_MD_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")
_WHITESPACE = re.compile(r"\s+")
_HTTP_URL = re.compile(r"https?://[^\s/]", re.IGNORECASE)
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"
_BACKTICKS = re.compile(r"`+")


def builtin_template_dir() -> Path:
    """The built-in templates: inside the wheel, or the checkout's ``templates/`` folder."""
    packaged = resources.files("briefgen") / "_templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "templates"


def md_escape(value: Any) -> str:
    """Make untrusted text safe inside a Markdown paragraph: one line, specials escaped."""
    text = _WHITESPACE.sub(" ", "" if value is None else str(value)).strip()
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_BULLET_START.sub(r"\\\1", text)
    return _MD_ORDERED_START.sub(r"\1\\\2", text)


def md_url(value: Any) -> str:
    """An http(s) URL as a Markdown autolink, percent-encoded; anything else gives ""."""
    url = "" if value is None else str(value).strip()
    if not _HTTP_URL.match(url):
        return ""
    return "<" + urllib.parse.quote(url, safe=_URL_SAFE) + ">"


def md_code(value: Any) -> str:
    """Untrusted text as a one-line code span that cannot be closed early."""
    text = _WHITESPACE.sub(" ", "" if value is None else str(value)).strip()
    ticks = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def format_date(value: date | datetime | str | None, with_time: bool = False) -> str:
    """``26 April 2019``; ISO strings are parsed; None gives "undated"."""
    if value is None or value == "":
        return "undated"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime) and with_time:
        return f"{value.day} {value:%B %Y %H:%M}"
    return f"{value.day} {value:%B %Y}"


class NotJSONError(ValueError):
    """A value that has no JSON form (an object, bytes, NaN); the message says where it is."""


def to_jsonable(value: Any, where: str = "") -> Any:
    """Dataclasses, dates, tuples and sets to plain JSON types.

    Raises :class:`NotJSONError` naming the place (``items[0].when``) of anything else: an
    arbitrary object, bytes, or a float that JSON cannot hold (NaN, infinity).
    """
    if isinstance(value, str) or value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NotJSONError(f"{where or 'value'} is {value}, which JSON cannot hold")
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_jsonable(getattr(value, f.name), f"{where}.{f.name}")
            for f in dataclasses.fields(value)
        }
    if isinstance(value, dict):
        return {str(k): to_jsonable(v, f"{where}[{k!r}]") for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return [to_jsonable(v, f"{where}[{n}]") for n, v in enumerate(items)]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise NotJSONError(
        f"{where or 'value'} is of type {type(value).__name__}, which has no JSON form "
        "(use dataclasses, dicts, lists, strings, numbers, booleans, None or dates)"
    )


def cited_story_ids(
    sections: list[SectionResult], stories: list[Story], readers: frozenset[str] = frozenset()
) -> list[str]:
    """Ids of the stories the sections' items name, in the brief's story order.

    ``readers`` are the sections that list what the others cite (Sources): not citations.
    """
    known = {story.id for story in stories}
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value in known:
                found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for section in sections:
        if not section.error and section.id not in readers:
            walk(to_jsonable(section.items))
    return [story.id for story in stories if story.id in found]


def story_metadata(story: Story) -> dict[str, Any]:
    """A story's metadata for the brief JSON (no body)."""
    return {
        "id": story.id,
        "title": story.title,
        "source": story.source,
        "byline": story.byline,
        "url": story.url,
        "published": story.published.isoformat() if story.published else None,
        "path": story.file_name,  # relative to the folder given, or the base name
        "sha256": story.sha256,
        "outlets": story.outlets,
        "copies": [to_jsonable(copy) for copy in story.copies],
    }


def brief_to_json(brief: Brief) -> dict[str, Any]:
    """The ``briefgen/brief@1`` document (see docs/brief-schema.md)."""
    return {
        "schema": SCHEMA,
        "title": brief.title,
        "date": brief.date.isoformat(),
        "date_basis": brief.date_basis,
        "generated_by": brief.generated_by,
        "classification": brief.classification,
        "distribution": brief.distribution,
        "stories": [story_metadata(s) for s in brief.stories],
        "skipped": [{"file": name, "reason": why} for name, why in brief.skipped],
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "plugin": s.plugin,
                "items": [] if s.error else to_jsonable(s.items, "items"),
                **({"error": s.error} if s.error else {}),
            }
            for s in brief.sections
        ],
        **({"errors": [f.to_json() for f in brief.failures]} if brief.failures else {}),
    }


def make_environment(
    html: bool, template_dir: Path | None = None, extra_dirs: list[Path] | None = None
) -> jinja2.Environment:
    """A Jinja environment: user templates, then plugins', then built-ins. HTML autoescapes."""
    dirs = [str(template_dir)] if template_dir else []
    dirs += [str(p) for p in extra_dirs or []]
    dirs.append(str(builtin_template_dir()))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(dirs),
        autoescape=html,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["date"] = format_date
    env.filters["md_url"] = md_url
    env.filters["md_code"] = md_code
    return env


FORMATS_WITH_TEMPLATES = ("md", "html")


class TemplateError(BriefgenError):
    """The brief template itself (not a section's partial) cannot be rendered."""


def _template_origins(template_dir: Path | None, extra_dirs: list[Path]) -> list[tuple[str, str]]:
    """(folder, label) of each template folder, in lookup order; labels never hold a path."""
    origins = [(str(template_dir), "--template-dir")] if template_dir else []
    origins += [(str(folder), f"templates of {folder.parent.name}") for folder in extra_dirs]
    origins.append((str(builtin_template_dir()), "built-in templates"))
    return [(os.path.normpath(folder), label) for folder, label in origins]  # as Jinja names


def _template_place(
    exc: BaseException, name: str, origins: list[tuple[str, str]]
) -> tuple[str, int | None]:
    """Where in the templates ``exc`` happened: the file (named as looked up, plus whose it
    is) and its line, found from the syntax error or the traceback Jinja rewrites."""
    filename = getattr(exc, "filename", None)
    line = getattr(exc, "lineno", None) if isinstance(exc, jinja2.TemplateSyntaxError) else None
    if line is None:
        for frame, frame_line in traceback.walk_tb(exc.__traceback__):
            code = frame.f_code.co_filename
            if any(code.startswith(folder + "/") for folder, _ in origins):
                filename, line = code, frame_line  # the innermost template frame wins
    if filename:
        for folder, label in origins:
            if filename.startswith(folder + "/"):
                return f"{filename[len(folder) + 1 :]} ({label})", line
    return name, line


def _template_failure(exc: BaseException, name: str, origins: list[tuple[str, str]]) -> str:
    """A template failure as the brief shows it: file, line, error; no absolute path."""
    if isinstance(exc, jinja2.TemplateNotFound):
        looked = ", ".join(label for _, label in origins)
        return f"no template {name} (looked in {looked})"
    place, line = _template_place(exc, name, origins)
    at = f", line {line}" if line else ""
    message = exception_message(exc)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        message = f"{type(exc).__name__}: {exc.message}"
    for folder, _ in origins:  # some messages quote the search path: keep absolute paths out
        if os.path.isabs(folder):
            message = message.replace(folder + "/", "").replace(folder, "<templates>")
    return f"{place}{at}: {message}"


class _Renderer:
    """One brief's partials, rendered once per format and template chain, and the failures met."""

    def __init__(self, brief: Brief, template_dir: Path | None, extra_dirs: list[Path]) -> None:
        self.brief = brief
        self.template_dir = template_dir
        self.extra_dirs = extra_dirs or brief.template_dirs
        self.origins = _template_origins(template_dir, self.extra_dirs)
        self.chain = (template_dir, tuple(self.extra_dirs))
        self.partials = brief.partials  # kept on the brief: rendered once for every format
        self.stories = {s.id: s for s in brief.stories}

    def environment(self, html: bool) -> jinja2.Environment:
        return make_environment(html, self.template_dir, self.extra_dirs)

    def names(self, html: bool, unknown: list[str]) -> dict[str, Any]:
        return {
            "brief": self.brief,
            "cite": _citer(self.brief, html, unknown),
            "source_number": self.brief.source_number,
            "story": self.stories.get,
        }

    def render_partials(self) -> None:
        """Every section's partial in every templated format; failures become notes."""
        for suffix in FORMATS_WITH_TEMPLATES:
            html = suffix == "html"
            env = self.environment(html)
            for section in self.brief.sections:
                key = (suffix, section.id, self.chain)
                if section.error or key in self.partials:
                    continue
                text = self._partial(env, html, suffix, section)
                if text is not None:
                    self.partials[key] = text

    def _partial(
        self, env: jinja2.Environment, html: bool, suffix: str, section: SectionResult
    ) -> str | None:
        name = f"sections/{section.id}.{suffix}.j2"
        unknown: list[str] = []
        try:
            partial = env.get_template(name)
            text = partial.render(section=section, items=section.items, **self.names(html, unknown))
        except Exception as exc:  # a plugin's broken template must not sink the brief
            message = _template_failure(exc, name, self.origins)
            section.error = f"template error: {message}"
            self._fail(section, message, exc)
            return None
        if unknown:
            shown = ", ".join(repr(story_id) for story_id in dict.fromkeys(unknown))
            self._fail(section, f"{name} cites stories not in the brief: {shown}", None)
        return text

    def _fail(self, section: SectionResult, message: str, exc: BaseException | None) -> None:
        for failure in self.brief.failures:
            if failure.section == section.id and failure.message == message:
                return
        detail = "".join(traceback.format_exception(exc)) if exc is not None else ""
        self.brief.failures.append(
            PluginFailure(section.plugin, "template", message, section.id, detail=detail)
        )

    def notes(self) -> list[PluginFailure]:
        """The failures the brief lists at its top: all but those shown as a section's note."""
        failed = {s.id for s in self.brief.sections if s.error}
        return [f for f in self.brief.failures if f.section is None or f.section not in failed]

    def render(self, html: bool) -> str:
        """The whole brief in one format (partials first, so every format sees every failure)."""
        self.render_partials()
        suffix = "html" if html else "md"
        env = self.environment(html)

        def render_section(section: SectionResult) -> str:
            if section.error:
                return ""  # a failed section shows its note; there is nothing to render
            text = self.partials.get((suffix, section.id, self.chain), "")
            return Markup(text) if html else text

        name = f"brief.{suffix}.j2"
        try:
            template = env.get_template(name)
            css = Markup(_read_css(env, self.brief)) if html else ""
            return template.render(
                render_section=render_section,
                css=css,
                plugin_failures=self.notes(),
                **self.names(html, []),
            )
        except jinja2.TemplateError as exc:
            raise TemplateError(
                "template error: " + _template_failure(exc, name, self.origins)
            ) from None


def _citer(brief: Brief, html: bool, unknown: list[str]) -> Callable[[str], str]:
    def cite(story_id: str) -> str:
        try:
            number = brief.source_number(story_id)
        except KeyError:
            unknown.append(str(story_id))  # reported as the section's failure
            return ""
        if html:
            return Markup(f'<a class="cite" href="#src-{number}">[{number}]</a>')
        return f"[^{number}]"

    return cite


def renderer(
    brief: Brief, template_dir: Path | None = None, extra_dirs: list[Path] | None = None
) -> _Renderer:
    """A renderer of ``brief`` with this template chain; partials rendered once stay on the
    brief, so writing several formats renders each section once per format."""
    return _Renderer(brief, template_dir, list(extra_dirs or []))


def check_templates(
    brief: Brief, template_dir: Path | None = None, extra_dirs: list[Path] | None = None
) -> None:
    """Render every section partial (Markdown and HTML) so the brief's failures are the same
    whichever formats are written; template failures are added to ``brief.failures``."""
    renderer(brief, template_dir, extra_dirs).render_partials()


def _read_css(env: jinja2.Environment, brief: Brief) -> str:
    """brief.css, then each section's ``sections/<id>.css``, all through the template chain."""
    loader = env.loader
    assert loader is not None
    source, _, _ = loader.get_source(env, "brief.css")
    parts = [source]
    for section in brief.sections:
        try:
            extra, _, _ = loader.get_source(env, f"sections/{section.id}.css")
        except jinja2.TemplateNotFound:
            continue
        parts.append(f"/* section {section.id} */\n{extra}")
    return "\n".join(parts).replace("</", "<\\/")


def render_markdown(
    brief: Brief, template_dir: Path | None = None, extra_dirs: list[Path] | None = None
) -> str:
    """The brief as CommonMark (footnote-style source references)."""
    text = renderer(brief, template_dir, extra_dirs).render(False)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render_html(
    brief: Brief, template_dir: Path | None = None, extra_dirs: list[Path] | None = None
) -> str:
    """The brief as a standalone HTML page with its CSS inlined."""
    return renderer(brief, template_dir, extra_dirs).render(True)
