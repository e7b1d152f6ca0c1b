"""Throughput, memory and start-up figures for briefgen (issue 9).

Run from the repository root:  python benchmarks/throughput.py [--corpus DIR] [--replicate 10]

Prints stories per second for ingest, analysis and rendering separately, end-to-end wall time of
`briefgen make` (a subprocess, start-up included), its peak memory, the per-story cost at several
corpus sizes (to show it stays flat), the speed-up of --jobs 2, the time of a ~20-page PDF and of
`briefgen --help`.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


def corpus_files(corpus: Path) -> list[Path]:
    """Every .txt story of the corpus, sorted."""
    return sorted(p for p in corpus.rglob("*.txt") if p.name != "LICENSE")


def replicate(files: list[Path], times: int, folder: Path) -> Path:
    """Copy the corpus ``times`` times with a distinguishing line so ids differ."""
    for copy in range(times):
        target = folder / f"copy{copy:02d}"
        target.mkdir(parents=True)
        for index, path in enumerate(files):
            text = path.read_text(encoding="utf-8", errors="replace")
            title, _, rest = text.partition("\n")
            (target / f"{index:05d}.txt").write_text(f"{title} ({copy})\n{rest}", encoding="utf-8")
    return folder


def timed(label: str, func, count: int | None = None):
    start = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - start
    rate = f"  {count / elapsed:8.0f} stories/s" if count else ""
    print(f"{label:<44} {elapsed:8.3f} s{rate}")
    return result, elapsed


def in_process(corpus: Path, jobs: int) -> None:
    """Ingest, analyse and render in this process, stage by stage."""
    from briefgen.analysis.pipeline import analyze_stories
    from briefgen.build import build_brief
    from briefgen.ingest import load_stories
    from briefgen.plugins import get_plugins
    from briefgen.render import brief_to_json, render_markdown

    plugins = get_plugins()
    loaded, _ = timed("ingest", lambda: load_stories([str(corpus)], plugins))
    count = len(loaded.stories)
    print(f"{'':<44} {count} stories, {len(loaded.problems)} problems")
    stories, analysis_time = timed(
        f"analysis (--jobs {jobs})", lambda: analyze_stories(loaded.stories, plugins, jobs), count
    )
    outcome, _ = timed(
        "build sections",
        lambda: build_brief(stories, plugins=plugins, title="Bench", as_of=date(2005, 12, 31)),
        count,
    )
    timed(
        "render Markdown + JSON",
        lambda: (render_markdown(outcome.brief), brief_to_json(outcome.brief)),
        count,
    )
    print(f"{'analysis per story per core':<44} {analysis_time / count * 1000 * jobs:8.3f} ms")


def end_to_end(corpus: Path, formats: str, jobs: int = 1) -> tuple[float, float]:
    """Wall time and peak RSS (MB) of a `briefgen make` subprocess."""
    with tempfile.TemporaryDirectory() as out:
        command = [
            sys.executable,
            "-m",
            "briefgen.cli",
            "make",
            str(corpus),
            "-f",
            formats,
            "-o",
            out,
            "-q",
            "--date",
            "2005-12-31",
            "--jobs",
            str(jobs),
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if completed.returncode not in (0, 1):
            print(completed.stderr, file=sys.stderr)
        return elapsed, max(peak, before) / 1024


def per_story_scaling(files: list[Path], sizes: list[int]) -> None:
    """Analysis ms/story at growing sizes: flat means linear cost."""
    from briefgen.analysis.pipeline import analyze_stories
    from briefgen.ingest import load_stories
    from briefgen.plugins import get_plugins

    plugins = get_plugins()
    pool = load_stories([str(p) for p in files], plugins).stories
    for size in sizes:
        stories = [pool[i % len(pool)] for i in range(size)]
        copies = [
            type(s)(title=f"{s.title} {i}", body=s.body, published=s.published)
            for i, s in enumerate(stories)
        ]
        start = time.perf_counter()
        analyze_stories(copies, plugins)
        elapsed = time.perf_counter() - start
        print(
            f"{'analysis at ' + str(size) + ' stories':<44} {elapsed / size * 1000:8.3f} ms/story"
        )


def pdf_time(corpus: Path) -> None:
    """Time a PDF of roughly 20 pages (built from enough stories to fill them)."""
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as out:
        files = corpus_files(corpus)[:60]
        command = [
            sys.executable,
            "-m",
            "briefgen.cli",
            "make",
            *map(str, files),
            "-f",
            "pdf",
            "-o",
            str(Path(out) / "b.pdf"),
            "-q",
            "--date",
            "2005-12-31",
        ]
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        elapsed = time.perf_counter() - start
        pages = len(PdfReader(Path(out) / "b.pdf").pages) if (Path(out) / "b.pdf").exists() else 0
        print(f"{'PDF end to end (' + str(pages) + ' pages, 60 stories)':<44} {elapsed:8.3f} s")


def help_time() -> None:
    """Start-up: `briefgen --help`, best of five."""
    best = min(_run_time([sys.executable, "-m", "briefgen.cli", "--help"]) for _ in range(5))
    print(f"{'briefgen --help (best of 5)':<44} {best:8.3f} s")


def _run_time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--replicate", type=int, default=10)
    parser.add_argument("--skip-replicated", action="store_true")
    args = parser.parse_args()
    files = corpus_files(args.corpus)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    print(f"corpus: {len(files)} stories from {args.corpus}\n")
    help_time()
    in_process(args.corpus, jobs=1)
    in_process(args.corpus, jobs=2)
    elapsed, peak = end_to_end(args.corpus, "md,json")
    print(f"{'make md,json end to end (2,055 stories)':<44} {elapsed:8.3f} s  peak {peak:6.0f} MB")
    pdf_time(args.corpus)
    per_story_scaling(files, [100, 1000, 2055])
    if not args.skip_replicated:
        with tempfile.TemporaryDirectory() as folder:
            replicate(files, args.replicate, Path(folder))
            count = len(files) * args.replicate
            elapsed, peak = end_to_end(Path(folder), "md,json")
            label = f"make md,json end to end ({count} stories)"
            print(f"{label:<44} {elapsed:8.3f} s  peak {peak:6.0f} MB")
            elapsed, peak = end_to_end(Path(folder), "md,json", jobs=2)
            print(f"{'  same with --jobs 2':<44} {elapsed:8.3f} s  peak {peak:6.0f} MB")


if __name__ == "__main__":
    main()
