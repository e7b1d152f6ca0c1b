"""Which built-in reader owns a file: decided here, in one place, so reader order cannot misroute.

A known suffix decides; standard input (``-``) and unknown suffixes are sniffed from the first
bytes. Each built-in reader claims a file only when :func:`detect_format` names its format.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.ingest.decode import looks_binary

SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
"""Story suffixes and their format; directories and globs only pick up files with these."""

_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|article|div|p|h1|h2|meta|title|section|main)[\s>/]",
    re.IGNORECASE,
)


def is_story_file(path: Path, extra: frozenset[str] = frozenset()) -> bool:
    """True when a file found in a directory or glob has a story suffix."""
    suffix = path.suffix.lower()
    return suffix in SUFFIXES or suffix in extra


def sniff(data: bytes) -> str | None:
    """The format of content with no telling suffix: feed, html, json, jsonl, text or None."""
    if looks_binary(data):
        return None
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head[:64]:
        try:  # UTF-16 text: sniff the decoded head
            from briefgen.ingest.decode import decode

            head = decode(data[:4096]).encode("utf-8")
        except Exception:  # a failed sniff is just "not recognised"
            return None
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head.startswith((b"{", b"[")):
        lines = [line for line in head.splitlines() if line.strip()]
        if (
            head.startswith(b"{")
            and len(lines) > 1
            and all(line.lstrip().startswith(b"{") for line in lines[:3])
        ):
            return "jsonl"
        return "json"
    if head.startswith(b"<"):
        if _FEED.search(head):
            return "feed"
        if _HTML.search(head):
            return "html"
        if head.startswith(b"<?xml"):
            return "feed"
        return "html"
    return "text"


_LAST: list[tuple[Path | str, bytes, str | None]] = []  # the last file's answer


def detect_format(path: Path | str, data: bytes) -> str | None:
    """The built-in format for a file: by suffix, else by content.

    Every built-in reader asks about the same file in turn: the last answer is kept for the
    same ``path`` and ``data`` objects.
    """
    if _LAST and _LAST[0][0] is path and _LAST[0][1] is data:
        return _LAST[0][2]
    found = _detect_format(path, data)
    _LAST[:] = [(path, data, found)]
    return found


def _detect_format(path: Path | str, data: bytes) -> str | None:
    suffix = (path if isinstance(path, Path) else Path(path)).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    return sniff(data)
