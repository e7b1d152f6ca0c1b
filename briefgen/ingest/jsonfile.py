"""The JSON reader: ``.json`` (an object, a list of objects, or ``{"stories": [...]}``) and
``.jsonl`` (one object per line).

Fields: ``title``; ``body``, ``text`` or ``content`` (HTML is turned into text); ``source``;
``url``; ``published`` (ISO 8601, RFC 2822 or Unix seconds; an unreadable date becomes null);
``byline`` or ``author``; ``guid`` or ``id``. A bad item is reported ("item 3: missing body",
"line 4: invalid JSON") and the good ones are kept.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefgen.errors import InputError
from briefgen.hookspecs import hookimpl
from briefgen.ingest.boilerplate import clean_lines
from briefgen.ingest.decode import clean_text, decode
from briefgen.ingest.html import _paragraph_lines, fragment_blocks
from briefgen.ingest.metadata import clean_byline, clean_title
from briefgen.ingest.partial import PartialRead
from briefgen.ingest.sniff import detect_format
from briefgen.ingest.timestamps import parse_timestamp
from briefgen.model import Story

_BODY_KEYS = ("body", "text", "content")
_LOOKS_HTML = re.compile(r"<(?:p|br|div|span|a|em|strong|h[1-6]|li|blockquote)\b", re.IGNORECASE)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        value = "\n\n".join(value)  # a list of paragraphs
    if not isinstance(value, str):
        raise ValueError("not a string")
    return value


def _published(value: Any) -> datetime | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            return datetime.fromtimestamp(value, tz=UTC)
        except (OverflowError, OSError, ValueError):
            return None
    if isinstance(value, str):
        return parse_timestamp(value)
    return None


def item_story(item: Any) -> Story:
    """One story from a JSON object; raise ValueError saying what is wrong with it."""
    if not isinstance(item, dict):
        raise ValueError(f"expected an object, found {type(item).__name__}")
    try:
        title = _text(item.get("title"))
    except ValueError:
        raise ValueError("title is not a string") from None
    key = next((k for k in _BODY_KEYS if item.get(k) not in (None, "")), None)
    if key is None:
        raise ValueError("missing body (no body, text or content field)")
    try:
        raw = _text(item[key]) or ""
    except ValueError:
        raise ValueError(f"{key} is not a string") from None
    raw = clean_text(raw)
    blocks = fragment_blocks(raw) if _LOOKS_HTML.search(raw) else raw.split("\n\n")
    title = " ".join(clean_text(title or "").split())
    cleaned = clean_lines(_paragraph_lines_keeping_breaks(blocks), title)
    if not cleaned.body.strip():
        raise ValueError("empty story")
    if not title:
        raise ValueError("missing title")

    def field(*names: str) -> str | None:
        for name in names:
            value = item.get(name)
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
                return " ".join(clean_text(str(value)).split())
        return None

    url = field("url", "link")
    return Story(
        title=clean_title(title),
        body=cleaned.body,
        source=field("source", "outlet", "publisher") or cleaned.source,
        byline=clean_byline(field("byline", "author") or cleaned.byline),
        url=url if url and url.startswith(("http://", "https://")) else None,
        published=_published(item.get("published", item.get("date"))),
        guid=field("guid", "id"),
    )


def _paragraph_lines_keeping_breaks(blocks: list[str]) -> list[str]:
    """Paragraph blocks to lines for the filter, keeping single newlines inside a paragraph."""
    lines: list[str] = []
    for block in blocks:
        for line in block.split("\n"):
            lines.append(line.strip())
        lines.append("")
    return lines if any(lines) else _paragraph_lines(blocks)


def _items(document: Any) -> list[Any]:
    if isinstance(document, dict) and isinstance(document.get("stories"), list):
        return document["stories"]
    if isinstance(document, dict):
        return [document]
    if isinstance(document, list):
        return document
    raise InputError(f"expected an object or a list of objects, found {type(document).__name__}")


def parse_json(text: str, *, lines: bool) -> list[Story]:
    """Stories of a JSON or JSON Lines document; PartialRead when some items are bad."""
    entries: list[tuple[str, Any]] = []
    problems: list[str] = []
    if lines:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                entries.append((f"line {number}", json.loads(line)))
            except json.JSONDecodeError as exc:
                problems.append(f"line {number}: invalid JSON ({exc.msg})")
    else:
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data" and text.lstrip().startswith("{"):
                return parse_json(text, lines=True)  # JSON Lines in a .json file
            raise InputError(f"invalid JSON ({exc.msg} at line {exc.lineno})") from None
        items = _items(document)
        label = "item" if isinstance(document, list) or "stories" in document else "story"
        entries = [(f"{label} {n}", item) for n, item in enumerate(items, start=1)]
    stories: list[Story] = []
    for label, item in entries:
        try:
            story = item_story(item)
        except ValueError as exc:
            problems.append(f"{label}: {exc}")
            continue
        if len(entries) > 1:
            story.path = "#" + label.split()[-1]
        stories.append(story)
    if problems:
        if not stories and len(problems) == 1 and len(entries) <= 1:
            raise InputError(problems[0].split(": ", 1)[-1] if not lines else problems[0])
        raise PartialRead(stories, problems)
    if not entries:
        raise InputError("no stories in the JSON")
    return stories


@hookimpl(trylast=True)
def read_stories(path: Path, data: bytes) -> list[Story] | None:
    """Read ``.json``/``.jsonl`` files and input sniffed as JSON."""
    kind = detect_format(path, data)
    if kind not in ("json", "jsonl"):
        return None
    return parse_json(decode(data), lines=kind == "jsonl")
