"""Render a Brief to Markdown, HTML, JSON and PDF through Jinja templates.

Story text only ever reaches templates as data: it is escaped for HTML (autoescape) and for
Markdown (the ``md`` filter); it is never compiled as template source.
"""

from __future__ import annotations

import dataclasses
import re
import urllib.parse
from collections.abc import Callable
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from briefgen.model import Brief, SectionResult, Story

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


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates, tuples and sets to plain JSON types."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return [to_jsonable(v) for v in items]
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


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
                "items": to_jsonable(s.items),
                **({"error": s.error} if s.error else {}),
            }
            for s in brief.sections
        ],
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


def _citer(brief: Brief, html: bool) -> Callable[[str], str]:
    def cite(story_id: str) -> str:
        try:
            number = brief.source_number(story_id)
        except KeyError:
            return ""
        if html:
            return Markup(f'<a class="cite" href="#src-{number}">[{number}]</a>')
        return f"[^{number}]"

    return cite


def _render(brief: Brief, html: bool, template_dir: Path | None, extra: list[Path]) -> str:
    env = make_environment(html, template_dir, extra or brief.template_dirs)
    stories = {s.id: s for s in brief.stories}
    suffix = "html" if html else "md"
    names: dict[str, Any] = {
        "brief": brief,
        "cite": _citer(brief, html),
        "source_number": brief.source_number,
        "story": stories.get,
    }

    def render_section(section: SectionResult) -> str:
        """One section's partial; a template error becomes a note instead of sinking the brief."""
        if section.error:
            return ""  # a failed build keeps its own error; there is nothing to render
        try:
            partial = env.get_template(f"sections/{section.id}.{suffix}.j2")
            text = partial.render(section=section, items=section.items, **names)
        except Exception as exc:  # a plugin's broken template must not sink the brief
            section.error = f"template error: {type(exc).__name__}: {exc}"
            return ""
        return Markup(text) if html else text

    template = env.get_template(f"brief.{suffix}.j2")
    css = Markup(_read_css(env, brief)) if html else ""
    return template.render(render_section=render_section, css=css, **names)


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
    text = _render(brief, False, template_dir, extra_dirs or [])
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def render_html(
    brief: Brief, template_dir: Path | None = None, extra_dirs: list[Path] | None = None
) -> str:
    """The brief as a standalone HTML page with its CSS inlined."""
    return _render(brief, True, template_dir, extra_dirs or [])
