"""One run of configured jobs (``briefgen run``): lock, collect, filter, build, write, commit.

Order of a run, chosen so a run killed at any point loses nothing:

1. take the job's file lock (see lock.py) and open the state;
2. tidy up after an earlier run that died: finish moving a committed run's files into place,
   delete the staging folders of runs that never committed, the garbage and stray temp files,
   and bring ``latest.*`` and the index in line with the state (rewritten only when they differ);
3. collect stories (local sources and feeds), keep those not seen before (``window = "new"``)
   or those of the last N days when at least one is new; nothing new: say so, exit 0;
4. analyse, build (with the previous brief's JSON, for the ``changes`` section), render every
   format in memory;
5. write every format, under its dated name, into a hidden staging folder of the output folder
   (``.staging-<job>.XXXXXXXX/``, see staging.py), each file flushed to disk;
6. commit the brief, its inputs, the stories seen, the feed cache and the staging folder in one
   transaction (old briefs past the retention count become garbage in the same transaction);
7. write ``latest.*`` and ``index.md``/``index.html`` into the staging folder as well, rename its
   files into the output folder (dated files, then ``latest.*``, the index last), delete the
   garbage.

Nothing visible changes before step 7's renames, which follow one another with no other work
between them. A kill before 6 leaves the previous state and output folder, plus a hidden staging
folder that the next run deletes before redoing the work. A kill after 6 leaves the new state;
the next run finishes step 7 in its tidy-up. ``--redo`` follows the same steps.

A plugin failure (import, reader, annotator, section, template) does not stop the brief: it is
written with the failure recorded, the run exits 1, and its stories are not marked used, so the
next run builds them again. ``--redo`` rebuilds the job's newest brief in place from the stories
it was built from (those the sources still hold).
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from briefgen.config import Config, load_config
from briefgen.errors import BriefgenError, InputError
from briefgen.jobs.config import JobConfig, select_jobs
from briefgen.jobs.fetch import FetchError, fetch, reader_name
from briefgen.jobs.index import index_html, index_markdown
from briefgen.jobs.lock import job_lock
from briefgen.jobs.staging import discard, leftovers, move_in, open_staging, stage_file
from briefgen.jobs.state import BriefRecord, FeedCache, RunResult, SeenStory, State, now_iso
from briefgen.model import Story
from briefgen.output import SUFFIXES, slugify

PAUSE_ENV = "BRIEFGEN_TEST_PAUSE_AT"  # test only: tests/test_jobs_kill.py kills a run at a stage
CHANGES_ID = "changes"
Echo = Callable[[str], None]


def run_jobs(
    config_path: Path,
    job: str | None,
    *,
    echo: Echo,
    warn: Echo,
    lock_wait: float = 0.0,
    plugins: Any = None,
    today: date | None = None,
    redo: bool = False,
    details: bool = False,
) -> int:
    """Run one job, or every job; exit code 0 (written or nothing new), 1 (some problem).

    A fatal problem in a single job raises a BriefgenError. With several jobs, a job that fails
    fatally is reported and the others still run; the result is then 2. With ``redo``, each
    job rebuilds its newest brief instead of looking for new stories; with ``details``, plugin
    failures are followed by their tracebacks.
    """
    config = load_config(Path(config_path))
    jobs = select_jobs(config, job)
    if plugins is None:
        from briefgen.plugins import get_plugins

        plugins = get_plugins()  # load failures are reported with each job's brief
    plugins.show_details = details
    run_one = functools.partial(
        run_job,
        config,
        plugins=plugins,
        echo=echo,
        warn=warn,
        lock_wait=lock_wait,
        today=today,
        redo=redo,
    )
    if len(jobs) == 1:
        return run_one(jobs[0])
    code = 0
    for one in jobs:
        try:
            code = max(code, run_one(one))
        except BriefgenError as exc:
            warn(f"job {one.name}: {exc}")
            code = 2
    return code


@dataclass
class Collected:
    """The stories of one run and what went wrong getting them."""

    stories: list[Story] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    feeds: list[FeedCache] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, why), for the brief


def run_job(
    config: Config,
    job: JobConfig,
    *,
    plugins: Any,
    echo: Echo,
    warn: Echo,
    lock_wait: float = 0.0,
    today: date | None = None,
    redo: bool = False,
) -> int:
    """One run of one job (see the module docstring for the order of steps)."""
    today = today or date.today()
    with job_lock(job.state_dir, job.name, lock_wait), State(job.state_dir) as state:
        _pause("locked")
        tidy(state, job, echo, warn)
        plugins.hook_failures.clear()  # readers' and annotators' failures are per brief
        if redo:
            return redo_last(config, job, state, plugins, echo, warn)
        collected = collect(job, plugins, state)
        code = 0
        for problem in collected.problems:
            warn(f"job {job.name}: {problem} (skipped)")
            code = 1
        chosen = choose_stories(collected.stories, state.seen(job.name), job, today)
        if not chosen:
            state.save_feeds(collected.feeds)
            echo(f"job {job.name}: {nothing_new(collected, state, job)}; nothing written")
            return code
        _pause("collected")
        code = max(code, produce(config, job, state, plugins, chosen, collected, echo, warn, today))
        return code


def nothing_new(collected: Collected, state: State, job: JobConfig) -> str:
    """Why a run wrote nothing, in words true of this job's history."""
    if not collected.stories:
        return "no stories in its sources"
    made = bool(state.briefs(job.name))
    if job.window_days is not None:
        days = f"the last {job.window_days} day(s)"
        return f"no new stories of {days} since the last brief" if made else f"no stories of {days}"
    return "no new stories since the last brief" if made else "no new stories"


def produce(
    config: Config,
    job: JobConfig,
    state: State,
    plugins: Any,
    chosen: list[tuple[str, Story]],
    collected: Collected,
    echo: Echo,
    warn: Echo,
    today: date,
) -> int:
    """Analyse, build, write and commit one brief; returns 0, or 1 when a plugin failed."""
    previous = state.previous_document(job.name)
    made = make_brief(config, job, plugins, chosen, previous, today, warn, collected.skipped)
    stem = next_stem(state, job, today)
    files = {fmt: f"{stem}{SUFFIXES[fmt]}" for fmt in made.rendered}
    record = made.record(job, stem, today, files)
    result = RunResult(
        job.name, record, made.seen, collected.feeds, job.retention, mark_seen=not made.failed
    )
    paths = write_brief(state, job, made, result, state.commit_run, warn)
    echo(f"job {job.name}: wrote " + ", ".join(str(p) for p in paths))
    if made.failed:
        warn(
            f"job {job.name}: a plugin failed; the brief's {len(chosen)} stories are kept "
            "for the next run"
        )
    return 1 if made.failed else 0


@dataclass
class MadeBrief:
    """A brief built and rendered in memory, with the stories it used."""

    title: str
    rendered: dict[str, bytes]
    seen: list[SeenStory]
    failed: bool

    def record(self, job: JobConfig, stem: str, day: date, files: dict[str, str]) -> BriefRecord:
        """The state's record of this brief under ``stem``."""
        return BriefRecord(
            id=0,
            job=job.name,
            stem=stem,
            date=day.isoformat(),
            title=self.title,
            created=now_iso(),
            files=files,
            document=json.loads(self.rendered["json"]),
        )


def make_brief(
    config: Config,
    job: JobConfig,
    plugins: Any,
    chosen: list[tuple[str, Story]],
    previous: dict[str, Any] | None,
    day: date,
    warn: Echo,
    skipped: list[tuple[str, str]] | None = None,
) -> MadeBrief:
    """Analyse, build and render one brief (every format, JSON last); failures are warned.

    The brief is as of its latest story date (not after ``day``), else ``day``, marked as the day
    of preparation; ``skipped`` inputs are named in it.
    """
    from briefgen.analysis.pipeline import AnalysisSettings, analyze_stories
    from briefgen.build import as_of_date, build_brief
    from briefgen.output import render_brief

    settings = AnalysisSettings(config.actors, config.issues)
    stories = analyze_stories([story for _, story in chosen], plugins, jobs=None, settings=settings)
    brief_config = job.brief_config(config)
    as_of, basis = as_of_date(stories, None, day)
    outcome = build_brief(
        stories,
        plugins=plugins,
        title=job.title_for(day.isoformat()),
        as_of=as_of,
        section_ids=section_ids(job, plugins, previous),
        config=brief_config,
        previous=previous,
    )
    outcome.brief.date_basis = basis
    outcome.brief.skipped = list(skipped or [])
    if previous is not None:
        _refresh_changes(outcome.brief, previous, brief_config)
    _pause("built")
    formats = [f for f in job.formats if f != "json"] + ["json"]  # JSON last: it records errors
    rendered = render_brief(
        outcome.brief, formats, job.template_dir, outcome.template_dirs, job.page_size
    )
    for failure in outcome.brief.failures:
        warn(f"job {job.name}: {failure.describe()}")
        if plugins.show_details and failure.detail:
            print(failure.detail.rstrip("\n"), file=sys.stderr)
    seen = [SeenStory(key, story.id, story.title, story.url or story.path) for key, story in chosen]
    return MadeBrief(outcome.brief.title, rendered, seen, bool(outcome.brief.failures))


def redo_last(
    config: Config, job: JobConfig, state: State, plugins: Any, echo: Echo, warn: Echo
) -> int:
    """Rebuild the job's newest brief in place, from the stories it was built from.

    Its stories are read again from the job's sources and feeds (a feed answering "not
    modified" gives its cached body); those no longer there are reported and left out.
    """
    briefs = state.briefs(job.name)
    if not briefs:
        raise BriefgenError(f"job {job.name}: no brief to redo yet (run without --redo first)")
    last = briefs[0]
    wanted = [key for key, _, _ in state.inputs(last.id)]
    collected = collect(job, plugins, state)
    code = 0
    for problem in collected.problems:
        warn(f"job {job.name}: {problem} (skipped)")
        code = 1
    found = {story_key(story): story for story in collected.stories}
    chosen = [(key, found[key]) for key in dict.fromkeys(wanted) if key in found]
    missing = [title for key, _, title in state.inputs(last.id) if key not in found]
    if missing:
        warn(
            f"job {job.name}: {len(missing)} stories of the last brief are no longer in its "
            f"sources and are left out (first: {missing[0]!r})"
        )
        code = 1
    if not chosen:
        raise BriefgenError(f"job {job.name}: none of the last brief's stories can be read again")
    day = date.fromisoformat(last.date)
    previous = state.previous_document(job.name, before=last.id)
    made = make_brief(config, job, plugins, chosen, previous, day, warn, collected.skipped)
    files = {fmt: f"{last.stem}{SUFFIXES[fmt]}" for fmt in made.rendered}
    record = made.record(job, last.stem, day, files)
    record.id = last.id
    result = RunResult(job.name, record, made.seen, collected.feeds, mark_seen=not made.failed)
    paths = write_brief(state, job, made, result, state.replace_brief, warn)
    echo(f"job {job.name}: rebuilt " + ", ".join(str(p) for p in paths))
    return max(code, 1 if made.failed else 0)


def write_brief(
    state: State,
    job: JobConfig,
    made: MadeBrief,
    result: RunResult,
    commit: Callable[[RunResult, Path, Path], object],
    warn: Echo,
) -> list[Path]:
    """Stage the brief's files, ``commit`` the state, publish (steps 5 to 7); the brief's paths."""
    assert result.brief is not None
    files = result.brief.files
    staging = open_staging(job.output, job.name)
    try:
        _pause("before-write")
        for number, (fmt, name) in enumerate(files.items()):
            stage_file(staging, name, made.rendered[fmt])
            if number == 0:
                _pause("mid-write")
        _pause("written")
        commit(result, job.output, staging)
    except BaseException:
        _discard_uncommitted(state, job, staging)
        raise
    _pause("committed")
    publish(state, job, staging)
    _pause("published")
    collect_garbage(state, job, warn)
    return [job.output / name for name in files.values()]


# stories


def story_key(story: Story) -> str:
    """A story's identity across runs: feed GUID, else URL, else content hash."""
    if story.guid:
        return f"guid:{story.guid}"
    if story.url:
        return f"url:{story.url}"
    return f"sha256:{story.sha256}"


def collect(job: JobConfig, plugins: Any, state: State) -> Collected:
    """Read the local sources, fetch the feeds; a failing source is a problem, not an error."""
    from briefgen.ingest import load_stories

    collected = Collected()
    if job.sources:
        loaded = load_stories(job.sources, plugins)
        collected.stories.extend(loaded.stories)
        collected.problems.extend(loaded.problems)
        collected.skipped.extend(loaded.skipped)
    for url in job.feeds:
        stories = _fetch_feed(url, job, plugins, state, collected)
        collected.stories.extend(stories)
    if job.feeds:  # a feed's story may be a copy of a local one or of another feed's
        from briefgen.ingest.dedup import merge_copies

        collected.stories, _ = merge_copies(collected.stories)
    return collected


def _fetch_feed(
    url: str, job: JobConfig, plugins: Any, state: State, collected: Collected
) -> list[Story]:
    cache = state.feed_cache(url)
    try:
        fetched = fetch(
            url,
            etag=cache.etag if cache else None,
            last_modified=cache.last_modified if cache else None,
            timeout=job.feed_timeout,
            max_bytes=job.feed_max_bytes,
        )
    except FetchError as exc:
        collected.problems.append(f"{url}: {exc}")
        return []
    if fetched.not_modified:
        body = cache.body if cache else None
        if body is None:
            return []
    else:
        body = fetched.body or b""
        collected.feeds.append(FeedCache(url, fetched.etag, fetched.last_modified, body))
    name = reader_name(url, fetched.content_type)
    try:
        stories = plugins.read_stories(Path(name), body)
    except InputError as exc:
        collected.problems.append(f"{url}: {exc}")
        return []
    except Exception as exc:  # a broken reader plugin must not stop the other feeds
        collected.problems.append(f"{url}: reader failed ({type(exc).__name__}: {exc})")
        return []
    if stories is None:
        collected.problems.append(f"{url}: not a feed briefgen can read")
        return []
    for story in stories:
        fragment = ""
        if story.path and "#" in story.path:
            fragment = story.path[story.path.index("#") :]
        story.path = url + fragment
    return [s for s in stories if s.body.strip()]


def choose_stories(
    stories: list[Story], seen: dict[str, str], job: JobConfig, today: date
) -> list[tuple[str, Story]]:
    """The stories of this brief with their keys; empty when nothing is new."""
    unique: dict[str, Story] = {}
    for story in stories:
        unique.setdefault(story_key(story), story)
    if job.window_days is None:
        return [(key, story) for key, story in unique.items() if key not in seen]
    first_day = today - timedelta(days=job.window_days - 1)
    window = []
    for key, story in unique.items():
        day = _story_day(story, seen.get(key), today)
        if first_day <= day <= today:
            window.append((key, story))
    if not any(key not in seen for key, _ in window):
        return []
    return window


def _story_day(story: Story, first_seen: str | None, today: date) -> date:
    if story.published is not None:
        return story.published.date()
    if first_seen:
        try:
            return datetime.fromisoformat(first_seen).date()
        except ValueError:
            pass
    return today


def section_ids(job: JobConfig, plugins: Any, previous: dict[str, Any] | None) -> list[str]:
    """The job's sections; by default every default section, plus ``changes`` once there is a
    previous brief to compare with."""
    if job.sections:
        return list(job.sections)
    ids = []
    for registered in plugins.sections():
        section = registered.section
        if getattr(section, "default", True) or (section.id == CHANGES_ID and previous):
            ids.append(section.id)
    return ids


def _refresh_changes(brief: Any, previous: dict[str, Any], config: Config) -> None:
    """Recompute ``changes`` from the items actually in this brief (their configured form)."""
    try:
        from briefgen.sections.changes import refresh_changes
    except ImportError:
        return
    refresh_changes(brief, previous, config.sections.get(CHANGES_ID, {}))
    from briefgen.sections.sources import relist

    relist(brief)  # the changes may cite other stories: Sources lists what the brief cites


# output folder


def next_stem(state: State, job: JobConfig, today: date) -> str:
    """``2026-11-26-daily``, then ``-2``, ``-3``... when the day already has a brief."""
    base = f"{today.isoformat()}-{slugify(job.name)}"
    used = state.stems(job.name)
    stem, number = base, 1
    while stem in used:
        number += 1
        stem = f"{base}-{number}"
    return stem


def publish(state: State, job: JobConfig, staging: Path | None = None) -> list[Path]:
    """Make ``latest.<fmt>`` and the index match the state, then move every file of ``staging``
    (the brief's, when a run just committed) into place; returns ``latest.*`` and index files
    that changed (only those are written)."""
    changed = _pointer_files(state, job, staging)
    if staging is None:
        if not changed:
            return []
        staging = open_staging(job.output, job.name)
    try:
        for name, data in changed.items():
            stage_file(staging, name, data)
    except BaseException:
        _discard_uncommitted(state, job, staging)
        raise
    move_in(staging, job.output)
    if state.staged(job.name) is not None:
        state.drop_staged(job.name)
    return [job.output / name for name in changed]


def _discard_uncommitted(state: State, job: JobConfig, staging: Path) -> None:
    """Delete a staging folder after a failure, unless a committed run's files are in it (an
    interrupt can land just after the commit): the next run moves those into place."""
    if state.staged(job.name) != staging:
        discard(staging)


def _pointer_files(state: State, job: JobConfig, staging: Path | None) -> dict[str, bytes]:
    """``latest.<fmt>`` and ``index.*`` as the state wants them, those differing from the output
    folder's; a brief's file is read from ``staging`` while it is there."""
    briefs = state.briefs(job.name)
    if not briefs:
        return {}
    wanted: dict[str, bytes] = {}
    formats = {fmt for record in briefs for fmt in record.files}
    for fmt in sorted(formats):
        newest = next(record for record in briefs if fmt in record.files)
        name = newest.files[fmt]
        source = staging / name if staging and (staging / name).exists() else job.output / name
        try:
            wanted[f"latest{SUFFIXES[fmt]}"] = source.read_bytes()
        except OSError:
            continue
    counts = {record.id: len(state.inputs(record.id)) for record in briefs}
    wanted["index.md"] = index_markdown(job, briefs, counts).encode("utf-8")
    wanted["index.html"] = index_html(job, briefs, counts).encode("utf-8")
    return {name: data for name, data in wanted.items() if not _same(job.output / name, data)}


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def tidy(state: State, job: JobConfig, echo: Echo, warn: Echo) -> None:
    """Finish what an interrupted run left: a committed run's staged files, staging folders of
    runs that never committed, garbage, temp files, latest pointers, index."""
    staged = state.staged(job.name)
    if staged is not None:
        moved = move_in(staged, job.output)
        state.drop_staged(job.name)
        if moved:
            names = ", ".join(p.name for p in moved)
            echo(f"job {job.name}: moved {names} into place (left by an interrupted run)")
    removed: list[Path] = []
    for folder in leftovers(job.output, job.name):
        discard(folder)
        removed.append(folder)
    removed += collect_garbage(state, job, warn)
    removed += _remove_temp_files(job)
    if removed:
        echo(f"job {job.name}: removed {len(removed)} file(s) left by an interrupted run")
    repaired = publish(state, job)
    if repaired:
        echo(f"job {job.name}: brought {', '.join(p.name for p in repaired)} up to date")


def collect_garbage(state: State, job: JobConfig, warn: Echo) -> list[Path]:
    """Delete the files listed as garbage (never one a live brief still uses)."""
    live = {
        job.output / name for record in state.briefs(job.name) for name in record.files.values()
    }
    done: list[Path] = []
    for path in state.garbage(job.name):
        if path not in live:
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                warn(f"job {job.name}: cannot delete {path} ({exc.strerror or exc})")
                continue
        done.append(path)
    if done:
        state.drop_garbage(done)
    return [p for p in done if p not in live]


def _remove_temp_files(job: JobConfig) -> list[Path]:
    """Temp files of atomic writes that a kill interrupted (only names this job writes)."""
    pattern = re.compile(
        r"^\.(?:latest|index|\d{4}-\d{2}-\d{2}-" + re.escape(slugify(job.name)) + r"(?:-\d+)?)"
        r"\.(?:md|html|pdf|json)\.[A-Za-z0-9_]+\.tmp$"
    )
    removed = []
    try:
        names = os.listdir(job.output)
    except OSError:
        return removed
    for name in names:
        if pattern.match(name):
            try:
                (job.output / name).unlink()
                removed.append(job.output / name)
            except OSError:
                pass
    return removed


def _pause(stage: str) -> None:
    """Test hook: with BRIEFGEN_TEST_PAUSE_AT=<stage>, announce the stage and sleep."""
    if os.environ.get(PAUSE_ENV) == stage:
        sys.stderr.write(f"briefgen-test: paused at {stage} pid {os.getpid()}\n")
        sys.stderr.flush()
        time.sleep(600)
