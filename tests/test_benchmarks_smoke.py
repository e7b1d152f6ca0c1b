"""The throughput benchmark runs end to end on a tiny corpus and prints every figure's label.

No timing assertions: the performance goals live in benchmarks/README.md, not in tests.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from paths import load_script

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


_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Minister rejects port deal</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Minister rejects port deal</h1>
<p>The trade minister of Ruritania, Jane Smith, rejected on Monday a proposal to sell the
country's largest port to a foreign consortium, saying the sale would harm national security.</p>
<p>"We will not sell our ports to anyone, whatever the price," Jane Smith told reporters in the
capital after a cabinet meeting that lasted most of the afternoon.</p>
<p>The consortium had offered more than two billion dollars for a long lease of the port and its
container terminals, according to officials familiar with the talks.</p>
</article><footer>Copyright 2026 Example News</footer></body></html>
"""


def test_quotes_benchmark_scores_an_html_page_given_by_absolute_path(tmp_path: Path) -> None:
    """The web-page gold sets name HTML files by absolute path; the scorer reads them as HTML."""
    page = tmp_path / "page.html"
    page.write_text(_PAGE, "utf-8")
    gold = tmp_path / "gold.jsonl"
    record = {
        "file": str(page),
        "quotes": [
            {
                "text": "We will not sell our ports to anyone, whatever the price,",
                "speaker": "Jane Smith",
                "kind": "direct",
            }
        ],
    }
    gold.write_text(json.dumps(record) + "\n", "utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quotes_benchmark.py"), "--gold", str(gold)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = dict(re.findall(r"^\s*(\w+): (\S+)$", done.stdout, re.MULTILINE))
    assert figures["articles"] == "1", done.stdout
    assert figures["gold_direct"] == "1", done.stdout
    # the body came through the HTML reader (no markup, no navigation), so the quote is found
    assert figures["correct"] == "1", done.stdout
    bench = load_script(ROOT / "benchmarks" / "quotes_benchmark.py")
    body = bench.read_story(bench.resolve_article(str(page), tmp_path / "elsewhere")).body
    assert "<p>" not in body and "Home" not in body
    assert body.startswith("The trade minister of Ruritania")


def test_quotes_benchmark_names_a_missing_absolute_page(tmp_path: Path) -> None:
    bench = load_script(ROOT / "benchmarks" / "quotes_benchmark.py")
    with pytest.raises(FileNotFoundError, match=r"missing\.html"):
        bench.resolve_article(str(tmp_path / "missing.html"), tmp_path)
