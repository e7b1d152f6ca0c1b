"""Instructions per story of the built-in analysis: a cost figure the machine's load does not move.

Runs the analysis of N BBC stories (every 10th file) under ``valgrind --tool=cachegrind`` and
subtracts a run that analyses none (start-up, imports and lexicon loading), so the figure is
the analysis alone. Wall-clock figures on a shared machine vary by +-15%; this one repeats to
the instruction. Needs valgrind (``apt-get install valgrind``); takes ~30 s for N=100.

    python benchmarks/instructions.py [--stories 100] [--corpus ../shared/corpus/bbc]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def analyse(corpus: Path, count: int) -> None:
    """The measured program: analyse ``count`` stories (one more is analysed first, warming
    the lexicons, in every run)."""
    from briefgen.analysis.pipeline import analyze_builtin
    from briefgen.ingest import load_stories

    files = sorted(str(p) for p in corpus.rglob("*.txt"))[::10][: count + 1]
    stories = load_stories(files).stories
    analyze_builtin(stories[0])
    for story in stories[1 : count + 1]:
        analyze_builtin(story)


def instructions(corpus: Path, count: int) -> int:
    """Instructions executed by ``analyse(corpus, count)`` in a fresh process."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        __file__,
        "--child",
        "--corpus",
        str(corpus),
        "--stories",
        str(count),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    found = REFS.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise SystemExit(f"valgrind run failed: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--stories", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        analyse(args.corpus, args.stories)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    if not any(args.corpus.rglob("*.txt")):
        raise SystemExit(f"no .txt stories under {args.corpus}")
    base = instructions(args.corpus, 0)
    total = instructions(args.corpus, args.stories)
    per_story = (total - base) / args.stories
    print(f"analysis: {per_story / 1e6:.3f} M instructions/story ({args.stories} stories)")


if __name__ == "__main__":
    main()
