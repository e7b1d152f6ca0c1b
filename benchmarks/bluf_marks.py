"""The bottom line's corpus-support bar against reviewers' marks, leave one corpus out.

Reads reviewers' marked BLUF sheets (``bluf.csv`` from ``review_sheets.py``, with ``verdict``
right/wrong), finds each marked line among the BLUF's candidates of its corpus and asks whether
the section would still let it through (every test a line must pass, then the corpus-support
bar: a dominant subject named, words other stories use, a detail tying two subjects). Then it
fits the bar's two thresholds (``SUPPORT_RATIO``, ``SHARED_WORDS``) on all corpora but one and
scores the corpus left out, for each corpus in turn:

    python benchmarks/bluf_marks.py --marks DIR... --corpus NAME=PATH[@YYYY-MM-DD]...

A marks folder is named after its corpus (``.../pn13/bluf.csv``); rows whose source is not a
story of the named corpus are skipped (so a sheet that mixes in other pages is read only for
the corpus given). Prints per corpus the marked lines kept and dropped, right and wrong, before
(every other test only) and after (with the bar), and the leave-one-corpus-out table.
"""

from __future__ import annotations

import argparse
import csv
import functools
import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from briefgen.analysis.pipeline import analyze_stories
from briefgen.build import as_of_date
from briefgen.sections import bluf, bluf_support
from briefgen.sections.questions_lexicon import questions_lexicon
from briefgen.testing import make_plugins, read_stories

RATIOS = (0.2, 0.3, 0.4, 0.5, 0.6)
SHARED = (0.3, 0.4, 0.5, 0.6, 0.7)


@dataclass
class Mark:
    """One marked line and what the section sees of it."""

    corpus: str
    text: str
    right: bool
    fits: bool = False  # a candidate passing every test but the corpus-support bar
    backs: Callable[[], bool] | None = None  # the bar, read with the module's thresholds

    def kept(self, ratio: float, shared: float) -> bool:
        """Would the line pass with these thresholds?"""
        if not self.fits or self.backs is None:
            return False
        saved = bluf_support.SUPPORT_RATIO, bluf_support.SHARED_WORDS
        bluf_support.SUPPORT_RATIO, bluf_support.SHARED_WORDS = ratio, shared
        try:
            return self.backs()
        finally:
            bluf_support.SUPPORT_RATIO, bluf_support.SHARED_WORDS = saved


def read_marks(folder: Path) -> list[tuple[str, bool]]:
    """(line, right) of every marked row of ``folder/bluf.csv``."""
    out = []
    with (folder / "bluf.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            verdict = row.get("verdict", "").strip().lower()
            if verdict in ("right", "wrong"):
                out.append((row["item"], verdict == "right"))
    return out


def describe(name: str, source: str, marks: list[tuple[str, bool]]) -> list[Mark]:
    """Each mark of corpus ``name`` (stories at ``source``, an optional ``@date``) with what
    the section sees of its line."""
    path, _, day = source.partition("@")
    stories = analyze_stories(read_stories(path), make_plugins())
    as_of = date.fromisoformat(day) if day else as_of_date(stories, None)[0]
    config = bluf.BlufConfig()
    candidates, fits, doc_freq = bluf._candidates(stories, config, as_of)
    subjects = bluf_support.corpus_subjects(stories)
    lex = questions_lexicon()
    out = []
    n = len(stories)

    def shared(c: bluf._Candidate) -> bool:
        return subjects.shares_words(c.story.body[c.start : c.end], doc_freq, n)

    for text, right in marks:
        mark = Mark(name, text, right)
        probe = text.strip()[:60]
        for c in candidates:
            if probe not in c.story.body[c.start : c.end]:
                continue
            c.score = bluf._exact_score(c, lex, subjects)
            mark.fits = fits(c)
            mark.backs = functools.partial(bluf._corpus_backs, c, c.opening, subjects, shared)
            break
        else:
            if not any(probe in s.body for s in stories):
                continue  # a row of another corpus's page
        out.append(mark)
    return out


def tally(marks: list[Mark], ratio: float, shared: float) -> tuple[int, int]:
    """(right kept, wrong kept)."""
    kept = [m for m in marks if m.kept(ratio, shared)]
    return sum(m.right for m in kept), sum(not m.right for m in kept)


def gain(marks: list[Mark], ratio: float, shared: float) -> int:
    """Right kept minus wrong kept: a wrong line costs as much as a right one gains."""
    right, wrong = tally(marks, ratio, shared)
    return right - wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--marks", nargs="+", type=Path, required=True)
    parser.add_argument("--corpus", action="append", default=[], metavar="NAME=PATH[@DATE]")
    args = parser.parse_args(argv)
    sources = dict(c.split("=", 1) for c in args.corpus)
    by_corpus: dict[str, list[tuple[str, bool]]] = {}
    for folder in args.marks:
        if folder.name in sources and (folder / "bluf.csv").exists():
            by_corpus.setdefault(folder.name, []).extend(read_marks(folder))
    marks: dict[str, list[Mark]] = {}
    for name, rows in sorted(by_corpus.items()):
        unique = list(dict.fromkeys(rows))  # the same line marked alike in two rounds counts once
        marks[name] = describe(name, sources[name], unique)
    every = [m for ms in marks.values() for m in ms]
    ratio0, shared0 = bluf_support.SUPPORT_RATIO, bluf_support.SHARED_WORDS
    print("| corpus | marked right/wrong | other tests: right, wrong | and the bar: right, wrong |")
    print("| --- | --- | --- | --- |")
    for name, ms in marks.items():
        before = (sum(m.fits and m.right for m in ms), sum(m.fits and not m.right for m in ms))
        after = tally(ms, ratio0, shared0)
        right = sum(m.right for m in ms)
        marked = f"{right}/{len(ms) - right}"
        print(f"| {name} | {marked} | {before[0]}, {before[1]} | {after[0]}, {after[1]} |")
    print()
    print("| left out | fitted SUPPORT_RATIO, SHARED_WORDS | held out kept: right, wrong |")
    print("| --- | --- | --- |")
    total = [0, 0]
    for name, held in marks.items():
        train = [m for m in every if m.corpus != name]
        best = max(
            itertools.product(RATIOS, SHARED),
            key=lambda p: (gain(train, *p), -abs(p[0] - ratio0) - abs(p[1] - shared0)),
        )
        right, wrong = tally(held, *best)
        total[0] += right
        total[1] += wrong
        print(f"| {name} | {best[0]}, {best[1]} | {right}, {wrong} |")
    print(f"| all | | {total[0]}, {total[1]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
