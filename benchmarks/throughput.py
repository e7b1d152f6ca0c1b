"""Throughput, memory and start-up figures for briefgen (issue 9).

Run from the repository root:

    python benchmarks/throughput.py                 # the full run (about 10 minutes on 2 cores)
    python benchmarks/throughput.py --quick --corpus samples/stories --replicate 2   # smoke run

Prints stories per second for ingest, analysis, sections and rendering separately (each size in
a fresh process, so its peak memory is its own), the per-story cost at 100 / 1,000 / 2,055 /
20,550 stories (flat means linear), the end-to-end wall time of `briefgen make -f md,json`
(a subprocess, start-up included), --jobs 2 against --jobs 1, the time of a ~20-page PDF and
of `briefgen --help`. Timings are the best of ``--repeat`` runs: other work on the machine only
ever makes a run slower.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
AS_OF = "2005-12-31"
LABEL = 44


def corpus_files(corpus: Path) -> list[Path]:
    """Every .txt story of the corpus, sorted."""
    return sorted(p for p in corpus.rglob("*.txt") if p.name != "LICENSE")


def spread(files: list[Path], size: int) -> list[Path]:
    """``size`` files taken evenly across the sorted corpus (every category, not the first)."""
    if size >= len(files):
        return list(files)
    return [files[i * len(files) // size] for i in range(size)]


def replicate(files: list[Path], times: int, folder: Path) -> list[Path]:
    """Copy the corpus ``times`` times, each copy's titles and sentences marked so that every
    copy is another story: the reader merges copies that differ only by a headline."""
    out: list[Path] = []
    for copy in range(times):
        target = folder / f"copy{copy:02d}"
        target.mkdir(parents=True)
        mark = f"[{copy}]"
        for index, path in enumerate(files):
            text = path.read_text(encoding="utf-8", errors="replace")
            title, _, rest = text.partition("\n")
            rest = re.sub(r"(?m)^(?=\S)|(?<=[.!?] )(?=[A-Z])", mark + " ", rest)
            dest = target / f"{index:05d}.txt"
            dest.write_text(f"{title} ({copy})\n{rest}", encoding="utf-8")
            out.append(dest)
    return out


def machine() -> str:
    """Cores, CPU model and Python version."""
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {model}, Python {sys.version.split()[0]}, {sys.platform}"


def row(label: str, text: str) -> None:
    """One aligned output line."""
    print(f"{label:<{LABEL}} {text}", flush=True)


# --- one measured build in a fresh process ----------------------------------------------------


def _status_mb(field: str) -> float | None:
    """A memory field of /proc/self/status ("VmRSS", "VmHWM") in MB, or None off Linux."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _rss_mb() -> float:
    """Current resident memory of this process (MB)."""
    rss = _status_mb("VmRSS")
    return 0.0 if rss is None else rss


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_stage_peak() -> None:
    """Reset the kernel's high-water mark of this process (Linux), so each stage has its own."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _stage_peak_mb() -> float:
    """Peak resident memory since the last reset (VmHWM), else the process peak."""
    peak = _status_mb("VmHWM")
    return _peak_mb() if peak is None else peak


def stage_child(list_file: Path, jobs: int) -> dict[str, Any]:
    """Ingest, analyse, build and render md+json the listed stories; time and memory per stage."""
    start = time.perf_counter()
    from briefgen.analysis.pipeline import analyze_stories
    from briefgen.build import build_brief
    from briefgen.ingest import load_stories
    from briefgen.plugins import get_plugins
    from briefgen.render import brief_to_json, render_markdown

    plugins = get_plugins()
    sources = list_file.read_text().splitlines()
    out: dict[str, Any] = {"import": time.perf_counter() - start, "rss_start": _rss_mb()}

    def stage(name: str, func: Callable[[], Any]) -> Any:
        _reset_stage_peak()
        t0 = time.perf_counter()
        result = func()
        out[name] = time.perf_counter() - t0
        out[f"rss_{name}"] = _rss_mb()
        out[f"peak_{name}"] = _stage_peak_mb()
        return result

    loaded = stage("ingest", lambda: load_stories(sources, plugins))
    stories = stage("analysis", lambda: analyze_stories(loaded.stories, plugins, jobs))
    outcome = stage(
        "sections",
        lambda: build_brief(
            stories, plugins=plugins, title="Bench", as_of=date.fromisoformat(AS_OF)
        ),
    )
    sizes = stage(
        "render",
        lambda: (
            len(render_markdown(outcome.brief)),
            len(json.dumps(brief_to_json(outcome.brief), ensure_ascii=False)),
        ),
    )
    out["stories"] = len(stories)
    out["problems"] = len(loaded.problems)
    out["md_chars"], out["json_chars"] = sizes
    out["failures"] = [f.section_id for f in outcome.failures]
    out["peak"] = max(
        _peak_mb(), *(out[f"peak_{k}"] for k in ("ingest", "analysis", "sections", "render"))
    )
    out["body_mb"] = sum(len(s.body) + len(s.title) for s in stories) / 1e6
    return out


def stage_run(files: list[Path], jobs: int = 1, repeat: int = 1) -> dict[str, Any]:
    """Best-of-``repeat`` stage figures of a fresh process over ``files``."""
    best: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        list_file = Path(tmp) / "stories.list"
        list_file.write_text("\n".join(map(str, files)))
        for _ in range(repeat):
            command = [sys.executable, __file__, "--child", str(list_file), "--jobs", str(jobs)]
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            if done.returncode != 0:
                raise SystemExit(f"stage run failed:\n{done.stderr}")
            result = json.loads(done.stdout.strip().splitlines()[-1])
            if best is None:
                best = result
            else:
                for key in ("import", "ingest", "analysis", "sections", "render"):
                    best[key] = min(best[key], result[key])
                for key in list(best):
                    if key.startswith("peak"):
                        best[key] = min(best[key], result[key])
    assert best is not None
    return best


def print_stages(figures: dict[str, Any], jobs: int = 1) -> None:
    """Stories/s per stage, and the memory after each stage."""
    n = figures["stories"]
    for key, label in (
        ("ingest", "ingest"),
        ("analysis", f"analysis (--jobs {jobs})"),
        ("sections", "sections (cross-story)"),
        ("render", "render Markdown + JSON"),
    ):
        seconds = figures[key]
        row(
            label,
            f"{seconds:8.3f} s  {n / seconds:8.0f} stories/s  {seconds / n * 1000:7.3f} ms/story",
        )
    row(
        "RSS after import/ingest/analysis/sections",
        f"{figures['rss_start']:.0f} / {figures['rss_ingest']:.0f} / {figures['rss_analysis']:.0f}"
        f" / {figures['rss_sections']:.0f} MB (peak {figures['peak']:.0f} MB,"
        f" text {figures['body_mb']:.0f} MB)",
    )
    row(
        "peak RSS during ingest/analysis/sections/render",
        " / ".join(
            f"{figures['peak_' + k]:.0f}" for k in ("ingest", "analysis", "sections", "render")
        )
        + " MB",
    )
    if figures["failures"]:
        row("  failed sections", ", ".join(figures["failures"]))


# --- end to end ---------------------------------------------------------------------------------


def run_measured(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, int]:
    """Wall time (s), peak RSS (MB) of exactly this child (and the workers it reaped), exit code."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1) and proc.stderr is not None:
        sys.stderr.write(proc.stderr.read().decode("utf-8", "replace"))
    if proc.stderr is not None:
        proc.stderr.close()
    return elapsed, usage.ru_maxrss / 1024, proc.returncode


def end_to_end(
    sources: list[str], formats: str, jobs: int | str = 1, repeat: int = 1
) -> tuple[float, float, int]:
    """Best wall time, its peak RSS and exit code of `briefgen make` (start-up included)."""
    runs = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(repeat):
            command = [
                sys.executable,
                "-m",
                "briefgen.cli",
                "make",
                *sources,
                "-f",
                formats,
                "-o",
                out,
                "-q",
                "--date",
                AS_OF,
                "--jobs",
                str(jobs),
            ]
            runs.append(run_measured(command))
    return min(runs)


def pdf_time(files: list[Path], repeat: int, target_pages: int = 20) -> None:
    """Time `briefgen make -f pdf` of a brief of about ``target_pages`` pages."""
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory() as out:
        pdf = Path(out) / "b.pdf"
        count = 40
        best = float("inf")
        pages = 0
        for _ in range(4):  # grow the story set until the brief fills the pages
            chosen = spread(files, count)
            command = [
                sys.executable,
                "-m",
                "briefgen.cli",
                "make",
                *map(str, chosen),
                "-f",
                "pdf",
                "-o",
                str(pdf),
                "-q",
                "--date",
                AS_OF,
            ]
            best = min(run_measured(command)[0] for _ in range(repeat))
            pages = len(PdfReader(pdf).pages) if pdf.exists() else 0
            if pages >= target_pages * 0.9 or count >= len(files) or pages == 0:
                break
            count = min(len(files), int(count * target_pages / max(pages, 1)) + 5)
        row(f"PDF end to end ({pages} pages, {len(chosen)} stories)", f"{best:8.3f} s")
        # the same without the renderer `make` starts in a second process (briefgen.pdf_worker)
        env = {**os.environ, "BRIEFGEN_PDF_PRESTART": "0"}
        plain = min(run_measured(command, env)[0] for _ in range(repeat))
        row("PDF end to end, BRIEFGEN_PDF_PRESTART=0", f"{plain:8.3f} s")


def help_time(repeat: int) -> None:
    """Start-up: `briefgen --help`."""
    command = [sys.executable, "-m", "briefgen.cli", "--help"]
    best = min(run_measured(command)[0] for _ in range(repeat))
    row(f"briefgen --help (best of {repeat})", f"{best:8.3f} s")


# --- main ----------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--replicate", type=int, default=10, help="copies for the large set")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timing (best kept)")
    parser.add_argument("--quick", action="store_true", help="skip the big and slow parts")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(stage_child(args.child, args.jobs)))
        return
    repeat = 1 if args.quick else args.repeat
    files = corpus_files(args.corpus)
    if not files:
        raise SystemExit(f"no .txt stories under {args.corpus}")
    n = len(files)
    print(f"machine: {machine()}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"corpus: {n} stories from {args.corpus}; best of {repeat} run(s)\n")

    help_time(1 if args.quick else 5)

    print(f"\n== stages, {n} stories, one process ==")
    full = stage_run(files, 1, repeat)
    print_stages(full)

    print("\n== end to end: briefgen make -f md,json (start-up included) ==")
    elapsed, peak, code = end_to_end([str(args.corpus)], "md,json", 1, repeat)
    row(
        f"make md,json --jobs 1 ({n} stories)",
        f"{elapsed:8.3f} s  peak {peak:6.0f} MB  exit {code}",
    )
    auto, peak_auto, code = end_to_end([str(args.corpus)], "md,json", "auto", repeat)
    row(
        f"make md,json, default --jobs auto ({n} stories)",
        f"{auto:8.3f} s  peak {peak_auto:6.0f} MB  exit {code}",
    )

    print("\n== --jobs 2 ==")
    if args.quick:
        row("--jobs 2 speed-up", "skipped (--quick)")
    else:
        two = stage_run(files, 2, repeat)
        row(
            "analysis (--jobs 2)", f"{two['analysis']:8.3f} s  {n / two['analysis']:8.0f} stories/s"
        )
        row("--jobs 2 speed-up (analysis)", f"{full['analysis'] / two['analysis']:8.2f} x")
        elapsed2, peak2, _ = end_to_end([str(args.corpus)], "md,json", 2, repeat)
        row(f"make md,json --jobs 2 ({n} stories)", f"{elapsed2:8.3f} s  peak {peak2:6.0f} MB")
        row("--jobs 2 speed-up (end to end)", f"{elapsed / elapsed2:8.2f} x")

    print("\n== per-story cost by corpus size (flat = linear) ==")
    sizes = [s for s in (100, 1000) if s < n] if not args.quick else []
    results: dict[int, dict[str, Any]] = {s: stage_run(spread(files, s), 1, 1) for s in sizes}
    results[n] = full
    with tempfile.TemporaryDirectory() as folder:
        big = replicate(files, args.replicate, Path(folder))
        results[len(big)] = stage_run(big, 1, 1)
        header = f"{'stories':>8} {'ingest':>8} {'analysis':>9} {'sections':>9} {'render':>8}"
        row("per story (ms)", f"{header} {'peak MB':>8}")
        for size in sorted(results):
            f = results[size]
            per = [f[k] / f["stories"] * 1000 for k in ("ingest", "analysis", "sections", "render")]
            cells = " ".join(f"{v:8.3f}" for v in per)
            row("", f"{f['stories']:>8} {cells}  {f['peak']:8.0f}")
        print(f"\n== {len(big)} stories ({args.replicate} copies of the corpus) ==")
        print_stages(results[len(big)])
        elapsed, peak, code = end_to_end([folder], "md,json", 1, 1)
        row(
            f"make md,json ({len(big)} stories)",
            f"{elapsed:8.3f} s  peak {peak:6.0f} MB  exit {code}",
        )

    print("\n== PDF ==")
    if args.quick:
        row("PDF end to end", "skipped (--quick)")
    else:
        pdf_time(files, repeat)


if __name__ == "__main__":
    main()
