"""The throughput benchmark runs end to end on a tiny corpus and prints every figure's label.

No timing assertions: the performance goals live in benchmarks/README.md, not in tests.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "throughput.py"
SAMPLES = ROOT / "samples" / "stories"

EXPECTED_LABELS = [
    "machine:",
    "briefgen --help",
    "ingest",
    "analysis (--jobs 1)",
    "sections (cross-story)",
    "render Markdown + JSON",
    "RSS after import/ingest/analysis/sections",
    "make md,json --jobs 1 (2 stories)",
    "make md,json, default --jobs auto (2 stories)",
    "--jobs 2 speed-up",
    "per story (ms)",
    "make md,json (4 stories)",
    "PDF end to end",
]


def test_throughput_quick_run_prints_every_figure() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--quick",
            "--corpus",
            str(SAMPLES),
            "--replicate",
            "2",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for label in EXPECTED_LABELS:
        assert label in out, f"missing {label!r} in:\n{out}"
    # both builds made a brief without a failing section or a failing command
    assert "failed sections" not in out
    assert re.findall(r"make md,json \(\d+ stories\)\s+[\d.]+ s\s+peak\s+\d+ MB\s+exit 0", out)
    # the per-size table has one line per size: the corpus and its two copies
    sizes = re.findall(r"^\s+(\d+)(?:\s+[\d.]+){4}\s+\d+$", out, re.MULTILINE)
    assert sizes == ["2", "4"], out


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_instruction_count_prints_a_positive_cost_per_story() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "instructions.py"),
            "--stories",
            "2",
            "--corpus",
            str(ROOT / "tests" / "data" / "corpus"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = re.search(r"analysis: ([\d.]+) M instructions/story \(2 stories\)", done.stdout)
    assert found is not None and float(found.group(1)) > 1, done.stdout
