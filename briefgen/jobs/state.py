"""The job state: one SQLite database (WAL) per state folder, shared by the jobs using it.

Tables: ``seen`` (stories seen per job, keyed by feed GUID, else URL, else content hash),
``briefs`` (briefs produced, their files and their JSON document), ``brief_inputs`` (the stories
each brief was built from), ``feed_cache`` (ETag / Last-Modified and the last body of each feed)
``garbage`` (files to delete: pruned briefs, formats a redo dropped) and ``staged`` (the
staging folder whose files a committed run has still to rename into place, see staging.py).
A run's results are committed in one transaction, after every output is written, hidden, to disk.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from briefgen.errors import BriefgenError

DB_NAME = "state.sqlite3"
SCHEMA_VERSION = "1"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS seen (
    job TEXT NOT NULL, key TEXT NOT NULL, story_id TEXT NOT NULL, first_seen TEXT NOT NULL,
    brief_id INTEGER, PRIMARY KEY (job, key));
CREATE TABLE IF NOT EXISTS briefs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, job TEXT NOT NULL, stem TEXT NOT NULL,
    date TEXT NOT NULL, title TEXT NOT NULL, created TEXT NOT NULL, files TEXT NOT NULL,
    document TEXT, pruned INTEGER NOT NULL DEFAULT 0, UNIQUE (job, stem));
CREATE TABLE IF NOT EXISTS brief_inputs (
    brief_id INTEGER NOT NULL, key TEXT NOT NULL, story_id TEXT NOT NULL, title TEXT NOT NULL,
    location TEXT);
CREATE TABLE IF NOT EXISTS feed_cache (
    url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, body BLOB, fetched TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS garbage (path TEXT PRIMARY KEY, job TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS staged (job TEXT PRIMARY KEY, folder TEXT NOT NULL);
"""


class StateError(BriefgenError):
    """The state database cannot be opened or is not briefgen's."""


@dataclass
class BriefRecord:
    """A brief this job produced: its file names (format -> name in the output folder)."""

    id: int
    job: str
    stem: str
    date: str
    title: str
    created: str
    files: dict[str, str]
    document: dict[str, Any] | None = None


@dataclass
class FeedCache:
    """What the last successful fetch of a feed returned."""

    url: str
    etag: str | None
    last_modified: str | None
    body: bytes | None


@dataclass
class SeenStory:
    """A story to record as seen, with the brief that used it."""

    key: str
    story_id: str
    title: str
    location: str | None = None


@dataclass
class RunResult:
    """What a run commits: the brief (or None when nothing new) and the feeds fetched.

    ``mark_seen`` is False for a brief a plugin failure spoiled: its stories are recorded as
    its inputs but not as used, so the next run builds them again.
    """

    job: str
    brief: BriefRecord | None
    stories: list[SeenStory] = field(default_factory=list)
    feeds: list[FeedCache] = field(default_factory=list)
    retention: int = 30
    mark_seen: bool = True


def now_iso() -> str:
    """The current UTC time, ISO 8601, seconds."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class State:
    """Typed access to the state database; use as a context manager."""

    def __init__(self, state_dir: Path) -> None:
        self.path = Path(state_dir) / DB_NAME
        try:
            Path(state_dir).mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self.db.execute("PRAGMA busy_timeout=30000")
            self.db.executescript(_SCHEMA)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                self.db.execute(
                    "INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,)
                )
            elif row[0] != SCHEMA_VERSION:
                raise StateError(f"{self.path}: state schema {row[0]}, expected {SCHEMA_VERSION}")
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"{self.path}: cannot open the job state ({exc})") from None

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (uncommitted work is rolled back)."""
        self.db.close()

    # reading

    def seen(self, job: str) -> dict[str, str]:
        """Keys of the stories this job has used -> when first seen (ISO)."""
        rows = self.db.execute("SELECT key, first_seen FROM seen WHERE job=?", (job,))
        return dict(rows.fetchall())

    def briefs(self, job: str, include_pruned: bool = False) -> list[BriefRecord]:
        """This job's briefs, newest first (documents not loaded)."""
        query = "SELECT id, job, stem, date, title, created, files FROM briefs WHERE job=?"
        if not include_pruned:
            query += " AND pruned=0"
        rows = self.db.execute(query + " ORDER BY id DESC", (job,)).fetchall()
        return [BriefRecord(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]

    def previous_document(self, job: str, before: int | None = None) -> dict[str, Any] | None:
        """The JSON document of this job's newest brief (older than brief id ``before``)."""
        row = self.db.execute(
            "SELECT document FROM briefs WHERE job=? AND document IS NOT NULL AND id < ? "
            "ORDER BY id DESC LIMIT 1",
            (job, before if before is not None else 2**62),
        ).fetchone()
        if row is None:
            return None
        try:
            document = json.loads(row[0])
        except ValueError:
            return None
        return document if isinstance(document, dict) else None

    def stems(self, job: str) -> set[str]:
        """Every file stem this job has used, pruned briefs included."""
        rows = self.db.execute("SELECT stem FROM briefs WHERE job=?", (job,))
        return {r[0] for r in rows}

    def feed_cache(self, url: str) -> FeedCache | None:
        """The cached validators and body of ``url``."""
        row = self.db.execute(
            "SELECT url, etag, last_modified, body FROM feed_cache WHERE url=?", (url,)
        ).fetchone()
        return FeedCache(row[0], row[1], row[2], row[3]) if row else None

    def inputs(self, brief_id: int) -> list[tuple[str, str, str]]:
        """(key, story id, title) of each story a brief was built from."""
        rows = self.db.execute(
            "SELECT key, story_id, title FROM brief_inputs WHERE brief_id=? ORDER BY rowid",
            (brief_id,),
        )
        return [tuple(r) for r in rows.fetchall()]  # type: ignore[misc]

    def garbage(self, job: str) -> list[Path]:
        """Files this job left behind and must delete."""
        rows = self.db.execute("SELECT path FROM garbage WHERE job=? ORDER BY path", (job,))
        return [Path(r[0]) for r in rows]

    def staged(self, job: str) -> Path | None:
        """The staging folder a committed run of this job has not finished moving into place."""
        row = self.db.execute("SELECT folder FROM staged WHERE job=?", (job,)).fetchone()
        return Path(row[0]) if row else None

    # writing

    def drop_staged(self, job: str) -> None:
        """Forget the job's staging folder: its files are in place."""
        with self._transaction():
            self.db.execute("DELETE FROM staged WHERE job=?", (job,))

    def drop_garbage(self, paths: Iterable[Path]) -> None:
        """Forget files that were deleted."""
        with self._transaction():
            self.db.executemany("DELETE FROM garbage WHERE path=?", [(str(p),) for p in paths])

    def save_feeds(self, feeds: Iterable[FeedCache]) -> None:
        """Store feed validators on their own (a run that found nothing new)."""
        with self._transaction():
            self._save_feeds(feeds)

    def commit_run(
        self, result: RunResult, output: Path, staging: Path | None = None
    ) -> list[Path]:
        """Record a brief, its inputs, the stories seen and the feeds, prune past retention.

        One transaction, which also records ``staging``, the folder holding the brief's files
        until they are moved into place. Returns the files of pruned briefs, now garbage.
        """
        pruned_paths: list[Path] = []
        with self._transaction():
            self._save_feeds(result.feeds)
            self._record_staging(result.job, staging)
            brief = result.brief
            if brief is None:
                return []
            cursor = self.db.execute(
                "INSERT INTO briefs (job, stem, date, title, created, files, document) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    result.job,
                    brief.stem,
                    brief.date,
                    brief.title,
                    brief.created,
                    json.dumps(brief.files),
                    json.dumps(brief.document, ensure_ascii=False),
                ),
            )
            brief.id = int(cursor.lastrowid or 0)
            self.db.executemany(
                "DELETE FROM garbage WHERE path=?",
                [(str(output / name),) for name in brief.files.values()],
            )
            self._record_stories(result, brief.id)
            old = self.db.execute(
                "SELECT id, files FROM briefs WHERE job=? AND pruned=0 ORDER BY id DESC "
                "LIMIT -1 OFFSET ?",
                (result.job, result.retention),
            ).fetchall()
            for brief_id, files in old:
                for name in json.loads(files).values():
                    pruned_paths.append(output / name)
                self.db.execute("UPDATE briefs SET pruned=1, document=NULL WHERE id=?", (brief_id,))
            self.db.executemany(
                "INSERT OR IGNORE INTO garbage VALUES (?, ?)",
                [(str(p), result.job) for p in pruned_paths],
            )
        return pruned_paths

    def replace_brief(
        self, result: RunResult, output: Path, staging: Path | None = None
    ) -> list[Path]:
        """Record a rebuilt brief (``briefgen run --redo``) in place of ``result.brief.id``.

        One transaction: its files, document and inputs are replaced, its stories marked used
        unless ``result.mark_seen`` is False, ``staging`` recorded as in ``commit_run``.
        Returns the files it no longer has (garbage now).
        """
        brief = result.brief
        assert brief is not None
        row = self.db.execute("SELECT files FROM briefs WHERE id=?", (brief.id,)).fetchone()
        if row is None:
            raise StateError(f"{self.path}: brief {brief.id} is gone")
        dropped = [output / name for name in set(json.loads(row[0]).values())]
        dropped = [path for path in dropped if path.name not in brief.files.values()]
        with self._transaction():
            self._save_feeds(result.feeds)
            self._record_staging(result.job, staging)
            self.db.execute(
                "UPDATE briefs SET title=?, created=?, files=?, document=? WHERE id=?",
                (
                    brief.title,
                    brief.created,
                    json.dumps(brief.files),
                    json.dumps(brief.document, ensure_ascii=False),
                    brief.id,
                ),
            )
            self.db.executemany(
                "DELETE FROM garbage WHERE path=?",
                [(str(output / name),) for name in brief.files.values()],
            )
            self.db.execute("DELETE FROM brief_inputs WHERE brief_id=?", (brief.id,))
            self._record_stories(result, brief.id)
            self.db.executemany(
                "INSERT OR IGNORE INTO garbage VALUES (?, ?)",
                [(str(p), result.job) for p in dropped],
            )
        return dropped

    def _record_stories(self, result: RunResult, brief_id: int) -> None:
        """The brief's inputs, and (``mark_seen``) its stories as used by the job."""
        first_seen = now_iso()
        for story in result.stories:
            if result.mark_seen:
                self.db.execute(
                    "INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?, ?)",
                    (result.job, story.key, story.story_id, first_seen, brief_id),
                )
            self.db.execute(
                "INSERT INTO brief_inputs VALUES (?, ?, ?, ?, ?)",
                (brief_id, story.key, story.story_id, story.title, story.location),
            )

    def _record_staging(self, job: str, staging: Path | None) -> None:
        if staging is not None:
            self.db.execute("INSERT OR REPLACE INTO staged VALUES (?, ?)", (job, str(staging)))

    def _save_feeds(self, feeds: Iterable[FeedCache]) -> None:
        for feed in feeds:
            self.db.execute(
                "INSERT OR REPLACE INTO feed_cache VALUES (?, ?, ?, ?, ?)",
                (feed.url, feed.etag, feed.last_modified, feed.body, now_iso()),
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self.db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
