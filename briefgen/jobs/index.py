"""``index.md`` and ``index.html`` of a job's output folder: its briefs, newest first.

Each entry shows the brief's date, the time it was made (UTC) and how many stories it was built
from, so two briefs of the same day can be told apart.
"""

from __future__ import annotations

import html
import urllib.parse
from datetime import datetime

from briefgen.jobs.config import JobConfig
from briefgen.jobs.state import BriefRecord

FORMAT_LABELS = {"md": "Markdown", "html": "HTML", "pdf": "PDF", "json": "JSON"}


def made_at(record: BriefRecord) -> str:
    """``06:00 UTC`` from the record's creation time; empty when it cannot be read."""
    try:
        created = datetime.fromisoformat(record.created)
    except (TypeError, ValueError):
        return ""
    return created.strftime("%H:%M UTC") if created.utcoffset() is not None else ""


def _stories(count: int | None) -> str:
    if count is None:
        return ""
    return f"{count} {'story' if count == 1 else 'stories'}"


def _when(record: BriefRecord, count: int | None) -> str:
    """``26 November 2026, 06:00 UTC, 12 stories``."""
    from briefgen.render import format_date

    return ", ".join(p for p in (format_date(record.date), made_at(record), _stories(count)) if p)


def index_markdown(
    job: JobConfig, briefs: list[BriefRecord], counts: dict[int, int] | None = None
) -> str:
    """``index.md``: the job's briefs, newest first, each with a link per format."""
    from briefgen.render import md_escape

    counts = counts or {}
    lines = [f"# Briefs: {md_escape(job.name)}", ""]
    for record in briefs:
        main = record.files.get("md") or next(iter(record.files.values()))
        links = " · ".join(
            f"[{FORMAT_LABELS.get(fmt, fmt)}](<{urllib.parse.quote(name)}>)"
            for fmt, name in sorted(record.files.items())
        )
        lines.append(
            f"- {_when(record, counts.get(record.id))}: [{md_escape(record.title)}]"
            f"(<{urllib.parse.quote(main)}>) ({links})"
        )
    return "\n".join(lines) + "\n"


def index_html(
    job: JobConfig, briefs: list[BriefRecord], counts: dict[int, int] | None = None
) -> str:
    """``index.html``: the same list as a standalone page, every value escaped."""
    esc = html.escape
    counts = counts or {}
    rows = []
    for record in briefs:
        main = (
            record.files.get("html") or record.files.get("md") or next(iter(record.files.values()))
        )
        links = " · ".join(
            f'<a href="{esc(urllib.parse.quote(name))}">{esc(FORMAT_LABELS.get(fmt, fmt))}</a>'
            for fmt, name in sorted(record.files.items())
        )
        stamp = record.created if made_at(record) else record.date
        rows.append(
            f'  <li><time datetime="{esc(stamp)}">{esc(_when(record, counts.get(record.id)))}'
            f'</time>: <a href="{esc(urllib.parse.quote(main))}">{esc(record.title)}</a> '
            f"({links})</li>"
        )
    body = "\n".join(rows)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Briefs: {esc(job.name)}</title>\n</head>\n<body>\n"
        f'<h1>Briefs: {esc(job.name)}</h1>\n<ul class="briefs">\n{body}\n</ul>\n</body>\n</html>\n'
    )
