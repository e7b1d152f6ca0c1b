"""SIGKILL a run at each stage: the output folder shows the previous brief or the new one, whole,
never a part of one; the state is the old or the new one; the next run completes the work.

The stages are the points where BRIEFGEN_TEST_PAUSE_AT (test only) makes a run sleep.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.errors import OutputError
from briefgen.jobs import runner
from tests.jobs_support import (
    PLUGIN_ENV,
    add_story,
    make_config,
    run_subprocess,
    snapshot,
    start_paused,
    stem,
)

STAGES = [
    "locked",
    "collected",
    "built",
    "before-write",
    "mid-write",
    "written",
    "committed",
    "published",
]
COMMITTED = {"committed", "published"}  # stages after the state transaction
PUBLISHED = {"published"}  # stages after the renames into the output folder
REDO_STAGES = [s for s in STAGES if s != "collected"]  # --redo collects without that pause


@pytest.fixture(scope="module")
def after_first_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A job folder after one complete run (copied for each test)."""
    root = tmp_path_factory.mktemp("first")
    add_story(root / "inbox", "a")
    result = run_subprocess(make_config(root))
    assert result.returncode == 0, result.stderr
    return root


def visible(folder: Path) -> dict[str, str]:
    """What a reader listing the output folder sees: each file not hidden, by content."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.iterdir()
        if not p.name.startswith(".")
    }


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def state_rows(root: Path) -> tuple[list[tuple[str, int]], int]:
    with sqlite3.connect(root / ".briefgen" / "state.sqlite3") as db:
        briefs = db.execute("SELECT stem, pruned FROM briefs ORDER BY id").fetchall()
        seen = db.execute("SELECT count(*) FROM seen").fetchone()[0]
    return briefs, seen


@pytest.mark.parametrize("stage", STAGES)
def test_kill_at_stage(stage: str, after_first_run: Path, tmp_path: Path) -> None:
    root = tmp_path / "job"
    shutil.copytree(after_first_run, root)
    out = root / "briefs"
    first_md = (out / f"{stem()}.md").read_bytes()
    first_json = (out / f"{stem()}.json").read_bytes()
    add_story(root / "inbox", "b")
    config = root / "briefgen.toml"
    before = visible(out)

    process = start_paused(config, stage)
    process.kill()
    process.wait(timeout=10)

    # The folder shows the previous output untouched, or the new brief whole with latest.* and
    # the index pointing at it; anything else is hidden (a staging folder the next run clears).
    new_names = {f"{stem(2)}.md", f"{stem(2)}.json"}
    if stage in PUBLISHED:
        assert set(visible(out)) == set(before) | new_names
        assert (out / "latest.md").read_bytes() == (out / f"{stem(2)}.md").read_bytes()
        assert (out / "latest.json").read_bytes() == (out / f"{stem(2)}.json").read_bytes()
        assert f"{stem(2)}.md" in (out / "index.md").read_text()
    else:
        assert visible(out) == before
    assert all(name.startswith(".staging-daily.") for name in hidden(out)), hidden(out)
    assert (out / f"{stem()}.md").read_bytes() == first_md
    assert (out / f"{stem()}.json").read_bytes() == first_json
    for name in ("latest.md", "latest.json"):
        assert (out / name).read_bytes() in (
            (out / name.replace("latest", stem())).read_bytes(),
            *(
                [(out / name.replace("latest", stem(2))).read_bytes()]
                if (out / name.replace("latest", stem(2))).exists()
                else []
            ),
        )
    for path in out.iterdir():
        if path.suffix == ".json":
            assert path.read_bytes().endswith(b"}\n")  # complete documents only
    briefs, seen = state_rows(root)
    if stage in COMMITTED:
        assert briefs == [(stem(), 0), (stem(2), 0)] and seen == 2
    else:
        assert briefs == [(stem(), 0)] and seen == 1

    # The next run completes the work, and the one after has nothing to do.
    result = run_subprocess(config)
    assert result.returncode == 0, result.stderr
    assert hidden(out) == []
    assert state_rows(root) == ([(stem(), 0), (stem(2), 0)], 2)
    assert {p.name for p in out.iterdir()} == {
        f"{stem()}.md",
        f"{stem()}.json",
        f"{stem(2)}.md",
        f"{stem(2)}.json",
        "latest.md",
        "latest.json",
        "index.md",
        "index.html",
    }
    assert (out / "latest.md").read_bytes() == (out / f"{stem(2)}.md").read_bytes()
    assert (out / "latest.json").read_bytes() == (out / f"{stem(2)}.json").read_bytes()
    assert f"{stem(2)}.md" in (out / "index.md").read_text()
    if stage not in {"mid-write", "committed"}:
        return  # the idempotence check below is the same for every stage; keep CI quick
    before = snapshot(out)
    again = run_subprocess(config)
    assert again.returncode == 0 and "nothing written" in again.stderr
    assert snapshot(out) == before


def test_stray_temp_files_are_removed(after_first_run: Path, tmp_path: Path) -> None:
    root = tmp_path / "job"
    shutil.copytree(after_first_run, root)
    out = root / "briefs"
    stray = out / f".{stem(2)}.md.abc123_x.tmp"
    stray.write_bytes(b"half a brief")
    foreign = out / ".notes.txt.abc.tmp"  # not a name briefgen writes: left alone
    foreign.write_bytes(b"mine")
    staged = out / ".staging-daily.k2j4_x9q"  # a run killed before its commit
    staged.mkdir()
    (staged / f"{stem(2)}.md").write_bytes(b"a staged brief")
    other_job = out / ".staging-weekly.k2j4_x9q"  # another job's: left alone
    other_job.mkdir()
    result = run_subprocess(root / "briefgen.toml")
    assert result.returncode == 0, result.stderr
    assert not stray.exists() and foreign.exists()
    assert not staged.exists() and other_job.exists()
    assert "removed 2 file(s) left by an interrupted run" in result.stderr


def test_renames_cut_short_are_finished(after_first_run: Path, tmp_path: Path) -> None:
    """A kill between two renames of the publication (too brief a window to pause in): the state
    is committed, so the next run moves the rest into place."""
    root = tmp_path / "job"
    shutil.copytree(after_first_run, root)
    out = root / "briefs"
    add_story(root / "inbox", "b")
    config = root / "briefgen.toml"
    process = start_paused(config, "committed")
    process.kill()
    process.wait(timeout=10)
    (staging,) = [out / name for name in hidden(out)]
    (staging / f"{stem(2)}.md").rename(out / f"{stem(2)}.md")  # the first rename happened

    result = run_subprocess(config)
    assert result.returncode == 0, result.stderr
    assert f"moved {stem(2)}.json into place" in result.stderr
    assert hidden(out) == []
    assert state_rows(root) == ([(stem(), 0), (stem(2), 0)], 2)
    for fmt in ("md", "json"):
        assert (out / f"latest.{fmt}").read_bytes() == (out / f"{stem(2)}.{fmt}").read_bytes()
    assert f"{stem(2)}.json" in (out / "index.md").read_text()


@pytest.mark.parametrize("stage", REDO_STAGES)
def test_kill_redo_at_stage(stage: str, after_first_run: Path, tmp_path: Path) -> None:
    root = tmp_path / "job"
    shutil.copytree(after_first_run, root)
    out = root / "briefs"
    config = root / "briefgen.toml"
    # A different build of the same brief: every format carries the new title.
    config.write_text(config.read_text().replace("Korea brief", "Rebuilt brief"))
    before = visible(out)
    names = {f"{stem()}.md", f"{stem()}.json", "latest.md", "latest.json", "index.md"}

    process = start_paused(config, stage, "--redo")
    process.kill()
    process.wait(timeout=10)

    # Every visible file is of the old build, or every one is of the new: never a mix.
    after = visible(out)
    assert set(after) == set(before)
    titles = {name: (out / name).read_text() for name in names}
    if stage in PUBLISHED:
        assert all(
            "Rebuilt brief" in text and "Korea brief" not in text for text in titles.values()
        )
        assert (out / "latest.md").read_bytes() == (out / f"{stem()}.md").read_bytes()
    else:
        assert after == before
    assert all(name.startswith(".staging-daily.") for name in hidden(out)), hidden(out)
    assert state_rows(root) == ([(stem(), 0)], 1)

    # A redo run again completes it; nothing is left hidden or of the old build.
    result = run_subprocess(config, "--redo")
    assert result.returncode == 0, result.stderr
    assert hidden(out) == [] and set(visible(out)) == set(before)
    for name in names:
        text = (out / name).read_text()
        assert "Rebuilt brief" in text and "Korea brief" not in text, name
    assert (out / "latest.json").read_bytes() == (out / f"{stem()}.json").read_bytes()
    assert state_rows(root) == ([(stem(), 0)], 1)


def test_a_write_failure_leaves_nothing(
    after_first_run: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up while the brief is staged: one-line error, nothing visible changes and
    nothing hidden is left."""
    for key, value in PLUGIN_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("BRIEFGEN_TEST_PAUSE_AT", raising=False)
    root = tmp_path / "job"
    shutil.copytree(after_first_run, root)
    out = root / "briefs"
    add_story(root / "inbox", "b")
    before = visible(out)
    staged = []

    def stage_then_fail(staging: Path, name: str, data: bytes) -> None:
        if staged:
            raise OutputError(f"{out / name}: cannot write (No space left on device)")
        staged.append(name)
        runner_stage(staging, name, data)

    runner_stage = runner.stage_file
    monkeypatch.setattr(runner, "stage_file", stage_then_fail)
    result = CliRunner().invoke(main, ["run", "--config", str(root / "briefgen.toml")])
    assert result.exit_code == 2
    assert "No space left on device" in result.output and "Traceback" not in result.output
    assert staged and visible(out) == before and hidden(out) == []
    assert state_rows(root) == ([(stem(), 0)], 1)
