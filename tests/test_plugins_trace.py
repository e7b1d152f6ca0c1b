"""BRIEFGEN_TRACE prints every hook call, so a plugin author can see what ran."""

from __future__ import annotations

import os
import subprocess
import sys


def test_trace_prints_hook_calls_on_stderr(seeds_dir):
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefgen.cli",
            "make",
            str(seeds_dir),
            "-f",
            "md",
            "-o",
            "-",
            "-q",
            "--date",
            "2019-04-26",
            "--section",
            "sources",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "BRIEFGEN_TRACE": "1"},
    )
    assert completed.returncode == 0, completed.stderr
    assert "briefgen: hook read_stories -> " in completed.stderr
    assert "reader-text" in completed.stderr
    assert completed.stdout.startswith("**UNCLASSIFIED**")


def test_no_trace_without_the_variable(seeds_dir):
    env = {k: v for k, v in os.environ.items() if k != "BRIEFGEN_TRACE"}
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefgen.cli",
            "make",
            str(seeds_dir),
            "-f",
            "md",
            "-o",
            "-",
            "-q",
            "--section",
            "sources",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert completed.returncode == 0
    assert "briefgen: hook" not in completed.stderr
