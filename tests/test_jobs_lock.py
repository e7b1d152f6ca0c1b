"""Two runs of one job at once: the second waits or stops with a clear message, never both write."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen.jobs.lock import LockBusy, job_lock
from tests.jobs_support import (
    add_story,
    env,
    make_config,
    run_subprocess,
    snapshot,
    start_paused,
    stem,
)


def test_second_lock_fails_fast_or_after_waiting(tmp_path: Path) -> None:
    with job_lock(tmp_path, "daily") as path:
        assert path.read_text().strip() == str(os.getpid())
        with (
            pytest.raises(LockBusy, match=rf"job 'daily' is already running \(pid {os.getpid()}\)"),
            job_lock(tmp_path, "daily"),
        ):
            pass
        started = time.monotonic()
        with (
            pytest.raises(LockBusy, match=r"after waiting 0\.3s"),
            job_lock(tmp_path, "daily", 0.3),
        ):
            pass
        assert time.monotonic() - started >= 0.3
        with job_lock(tmp_path, "weekly"):  # other jobs are not blocked
            pass
    with job_lock(tmp_path, "daily"):  # released on exit
        pass


def test_running_job_blocks_a_second_run_and_a_kill_frees_the_lock(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path)
    holder = start_paused(config, "collected")
    try:
        second = run_subprocess(config)
        assert second.returncode == 2
        assert "job 'daily' is already running" in second.stderr
        assert f"pid {holder.pid}" in second.stderr
        assert not (tmp_path / "briefs").exists()  # the second run wrote nothing
    finally:
        holder.kill()
        holder.wait(timeout=10)
    third = run_subprocess(config)  # the kernel dropped the dead run's lock
    assert third.returncode == 0, third.stderr
    assert (tmp_path / "briefs" / f"{stem()}.md").is_file()


def test_two_runs_started_together_write_one_brief(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path)
    command = [sys.executable, "-m", "briefgen.cli", "run", "--config", str(config), "--wait", "60"]
    runs = [
        subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env()) for _ in range(2)
    ]
    outputs = [run.communicate(timeout=60)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert sum("wrote" in text for text in outputs) == 1
    assert sum("nothing written" in text for text in outputs) == 1
    files = snapshot(tmp_path / "briefs")
    assert sorted(files) == sorted(
        [f"{stem()}.md", f"{stem()}.json", "latest.md", "latest.json", "index.md", "index.html"]
    )
