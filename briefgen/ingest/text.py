"""The plain-text reader: headline on the first real line, paragraphs below, boilerplate removed.

Body layout: paragraphs are separated by one blank line (``"\\n\\n"``; longer blank runs are
collapsed); a single ``"\\n"`` inside a paragraph is kept as written (the seeds break some
paragraphs into one sentence per line). Lines are stripped of surrounding whitespace.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import InputError
from briefgen.hookspecs import hookimpl
from briefgen.ingest.boilerplate import clean_lines, is_nav, split_title_stamp
from briefgen.ingest.decode import decode
from briefgen.ingest.metadata import clean_byline, clean_title
from briefgen.ingest.sniff import detect_format
from briefgen.ingest.timestamps import parse_timestamp
from briefgen.model import Story

_MAX_TITLE = 300


def parse_text(text: str) -> Story:
    """One story from decoded text; raise InputError("empty story") when there is no body."""
    lines = [line.strip() for line in text.split("\n")]
    index = 0
    while index < len(lines) and (not lines[index] or is_nav(lines[index])):
        index += 1
    if index >= len(lines):
        raise InputError("empty story")
    title_line = lines[index].lstrip("#").strip() if lines[index].startswith("#") else lines[index]
    title, stamp = split_title_stamp(title_line)
    published = parse_timestamp(stamp) if stamp else None
    if published is None:
        title = title_line
    if len(title) > _MAX_TITLE:
        # A first "line" that is a whole paragraph is body text, not a headline.
        cut = title.rfind(" ", 0, _MAX_TITLE)
        title = title[: cut if cut > 0 else _MAX_TITLE].rstrip() + "…"
        rest = lines[index:]
    else:
        rest = lines[index + 1 :]
    cleaned = clean_lines(rest, title)
    if published is None and cleaned.stamp:
        published = parse_timestamp(cleaned.stamp)
    if not cleaned.body.strip():
        raise InputError("empty story")
    return Story(
        title=clean_title(title),
        body=cleaned.body,
        source=cleaned.source,
        byline=clean_byline(cleaned.byline),
        published=published,
    )


@hookimpl(trylast=True)
def read_stories(path: Path, data: bytes) -> list[Story] | None:
    """Read ``.txt``/``.text``/``.md`` files and input sniffed as plain text."""
    if detect_format(path, data) != "text":
        return None
    return [parse_text(decode(data))]
