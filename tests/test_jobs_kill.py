"""SIGKILL a run at each stage: the previous brief and state survive, the next run completes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.jobs_support import add_story, make_config, run_subprocess, snapshot, start_paused, stem

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


@pytest.fixture(scope="module")
def after_first_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A job folder after one complete run (copied for each test)."""
    root = tmp_path_factory.mktemp("first")
    add_story(root / "inbox", "a")
    result = run_subprocess(make_config(root))
    assert result.returncode == 0, result.stderr
    return root


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

    process = start_paused(config, stage)
    process.kill()
    process.wait(timeout=10)

    # The previous brief is intact; nothing half-written; the state is the old or the new one.
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
    result = run_subprocess(root / "briefgen.toml")
    assert result.returncode == 0, result.stderr
    assert not stray.exists() and foreign.exists()
