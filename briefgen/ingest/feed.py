"""The RSS/Atom reader: one story per feed entry, through feedparser (never fetching anything).

Entry content (or summary) HTML becomes text with lxml, one paragraph per block element, then
goes through the boilerplate filter ("The post ... appeared first on ..." and widget lines go).
A feed feedparser calls malformed ("bozo") is still read when it has entries.
"""

from __future__ import annotations

import io
from calendar import timegm
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefgen.errors import InputError
from briefgen.hookspecs import hookimpl
from briefgen.ingest.boilerplate import clean_lines
from briefgen.ingest.decode import clean_text
from briefgen.ingest.html import _paragraph_lines, fragment_blocks
from briefgen.ingest.metadata import clean_byline, clean_title
from briefgen.ingest.sniff import detect_format
from briefgen.model import Story

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime.fromtimestamp(timegm(parsed), tz=UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _content(entry: Any) -> tuple[str, bool]:
    """The entry's fullest text and whether it is HTML."""
    candidates = []
    for content in entry.get("content") or []:
        candidates.append((content.get("value") or "", content.get("type") or "text/html"))
    detail = entry.get("summary_detail") or {}
    if entry.get("summary"):
        candidates.append((entry.get("summary"), detail.get("type") or "text/html"))
    if not candidates:
        return "", False
    value, kind = max(candidates, key=lambda item: len(item[0]))
    return value, kind.lower() in _HTML_TYPES or "<" in value


def entry_story(entry: Any, number: int, feed_title: str | None) -> Story:
    """One story from a feedparser entry; ``path`` holds only the fragment ``#number``."""
    title = " ".join(clean_text(entry.get("title") or "").split())
    value, is_html = _content(entry)
    blocks = fragment_blocks(value) if is_html else clean_text(value).split("\n\n")
    lines = _paragraph_lines(blocks)
    cleaned = clean_lines(lines, title)
    if not title and cleaned.body:
        title = cleaned.body.split("\n", 1)[0][:120]
    link = entry.get("link")
    return Story(
        title=clean_title(title),
        body=cleaned.body,
        source=feed_title or cleaned.source,
        byline=clean_byline(
            (entry.get("author_detail") or {}).get("name") or entry.get("author") or cleaned.byline
        ),
        url=link if link and link.startswith(("http://", "https://")) else None,
        published=_time(entry),
        path=f"#{number}",
        guid=entry.get("id") or None,
    )


def parse_feed(data: bytes) -> list[Story]:
    """Every entry of an RSS/Atom document; raise InputError when there are none."""
    import feedparser  # lazy: start-up time matters

    # A stream, never bytes or str: feedparser opens a str as a URL or file name.
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "unreadable XML").splitlines()[0]
            raise InputError(f"malformed feed ({reason[:200]})")
        if not parsed.get("version"):
            raise InputError("not an RSS or Atom feed")
        raise InputError("feed has no entries")
    feed_title = " ".join(clean_text(parsed.get("feed", {}).get("title") or "").split()) or None
    stories = [entry_story(entry, n, feed_title) for n, entry in enumerate(entries, start=1)]
    if parsed.get("bozo") and not any(story.body.strip() for story in stories):
        reason = str(parsed.get("bozo_exception") or "unreadable XML").splitlines()[0]
        raise InputError(f"malformed feed ({reason[:200]})")
    return stories


@hookimpl(trylast=True)
def read_stories(path: Path, data: bytes) -> list[Story] | None:
    """Read ``.xml``/``.rss``/``.atom`` files and input sniffed as a feed."""
    if detect_format(path, data) != "feed":
        return None
    return parse_feed(data)
