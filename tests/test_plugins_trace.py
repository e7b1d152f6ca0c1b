"""BRIEFGEN_TRACE prints every hook call, so a plugin author can see what ran."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _make_sources_only(seeds_dir: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefgen.cli", "make", str(seeds_dir), "-f", "md", "-o", "-",
         "-q", "--date", "2019-04-26", "--section", "sources"],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip


def test_trace_prints_hook_calls_on_stderr(seeds_dir):
    completed = _make_sources_only(seeds_dir, {**os.environ, "BRIEFGEN_TRACE": "1"})
    assert completed.returncode == 0, completed.stderr
    assert "briefgen: hook read_stories -> " in completed.stderr
    assert "reader-text" in completed.stderr
    assert completed.stdout.startswith("**UNCLASSIFIED**")


def test_no_trace_without_the_variable(seeds_dir):
    env = {k: v for k, v in os.environ.items() if k != "BRIEFGEN_TRACE"}
    completed = _make_sources_only(seeds_dir, env)
    assert completed.returncode == 0
    assert "briefgen: hook" not in completed.stderr
