"""Instructions per story of the built-in analysis: a cost figure the machine's load does not move.

Runs the analysis of N BBC stories (every 10th file) under ``valgrind --tool=cachegrind`` and
subtracts a run that analyses none (start-up, imports and lexicon loading), so the figure is
the analysis alone. Wall-clock figures on a shared machine vary by +-15%; this one repeats to
the instruction. Needs valgrind (``apt-get install valgrind``); takes ~30 s for N=100.

    python benchmarks/instructions.py [--stories 100] [--corpus ../shared/corpus/bbc]

``--steps`` prints the figure after each analysis step in turn (ingest alone, then ingest +
sentences, ...): one valgrind run per step, each step's cost the difference of two lines.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefgen.model import Story

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"
REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


STEPS = (
    "ingest",
    "sentences",
    "datelines",
    "people",
    "quotes",
    "roles",
    "actors",
    "countries",
    "statements",
    "dates",
)


def analyse(corpus: Path, count: int, until: int = len(STEPS)) -> None:
    """The measured program: analyse ``count`` stories (one more is analysed first, warming
    the lexicons, in every run), running only the first ``until`` of ``STEPS``."""
    from briefgen.analysis.pipeline import analyze_builtin
    from briefgen.ingest import load_stories

    files = sorted(str(p) for p in corpus.rglob("*.txt"))[::10][: count + 1]
    stories = load_stories(files).stories
    analyze_builtin(stories[0])
    run = analyze_builtin if until >= len(STEPS) else _first_steps(until)
    for story in stories[1 : count + 1]:
        run(story)


def _first_steps(until: int) -> Callable[[Story], None]:
    """The pipeline's steps after ingest, up to ``until`` (``analyze_builtin`` spelled out)."""
    from briefgen.analysis.actors import assign_countries, find_actors
    from briefgen.analysis.document import datelines
    from briefgen.analysis.people import find_people
    from briefgen.analysis.positions import find_statements
    from briefgen.analysis.quotes import find_quotes
    from briefgen.analysis.role_labels import speaker_roles
    from briefgen.analysis.sentences import plain_spaces, split_sentences

    def run(story: Story) -> None:
        notes = story.annotations
        people: list[Any] = []
        for step in STEPS[1:until]:
            if step == "sentences":
                story.sentences = split_sentences(story.body)
            elif step == "datelines":
                notes["datelines"] = datelines(story.body)
            elif step == "people":
                people = find_people(story)
            elif step == "quotes":
                story.quotes = find_quotes(story, people)
            elif step == "roles":
                notes["roles"] = speaker_roles(plain_spaces(story.body), people, story.quotes)
            elif step == "actors":
                story.actors = find_actors(story, people)
            elif step == "countries":
                assign_countries(story)
            elif step == "statements":
                story.statements = find_statements(story)

    return run


def instructions(corpus: Path, count: int, until: int = len(STEPS)) -> int:
    """Instructions executed by ``analyse(corpus, count, until)`` in a fresh process."""
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
        "--until",
        str(until),
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
    parser.add_argument("--steps", action="store_true", help="the figure after each step")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--until", type=int, default=len(STEPS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        analyse(args.corpus, args.stories, args.until)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    if not any(args.corpus.rglob("*.txt")):
        raise SystemExit(f"no .txt stories under {args.corpus}")
    base = instructions(args.corpus, 0)
    if args.steps:
        for until, step in enumerate(STEPS, 1):
            total = instructions(args.corpus, args.stories, until)
            per_story = (total - base) / args.stories
            print(f"through {step}: {per_story / 1e6:.3f} M instructions/story", flush=True)
        return
    total = instructions(args.corpus, args.stories)
    per_story = (total - base) / args.stories
    print(f"analysis: {per_story / 1e6:.3f} M instructions/story ({args.stories} stories)")


if __name__ == "__main__":
    main()
