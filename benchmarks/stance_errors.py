"""Pool the stance-family errors of several positions gold sets, by kind and by the step that
made the statement.

Usage: python benchmarks/stance_errors.py --gold FILE:CORPUS [--gold ...] [-v]

Each ``--gold`` is a positions gold file with stances (the format of
``benchmarks/positions_benchmark.py``) and the folder its ``file`` paths are relative to. Only
dev gold belongs here. For every statement backed by a gold position with a stance (same
country, overlapping evidence), the family of its stance (support, opposition, demand,
neutral: :data:`briefgen.analysis.stance_model.FAMILY`) is right when the annotator accepts it.
A wrong family is one of two kinds: "unread" (the rules left the statement neutral, the gold
gives it a stance: the brief leaves it out) or "shown" (the rules read a stance of another
family: the brief shows it). The table gives, per set and pooled, the backed statements, the
family right, each kind of error, and the family right among the shown statements; then the
shown errors by the step that made the statement and the pair (the rules' family, the families
the gold accepts). ``-v`` prints every error with its words, to read and classify by cause: a
cause seen in one set only is a fit, not a rule.

The step is recorded by wrapping :meth:`StoryStatements.add` (the one place statements are
made) for this script only; analysis is otherwise the pipeline's own.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from positions_benchmark import (  # noqa: E402
    ALIASES,
    accepted,
    gold_corpus_arg,
    gold_spans,
    load_any,
    load_gold,
)

from briefgen.analysis import statement_builder  # noqa: E402
from briefgen.analysis.pipeline import analyze_builtin  # noqa: E402
from briefgen.analysis.stance_model import FAMILY  # noqa: E402


@dataclass(frozen=True)
class Checked:
    """One statement backed by a gold position with a stance."""

    group: str  # the set (the gold file's folder and name)
    page: str
    country: str
    stance: str  # the rules' stance
    families: frozenset[str]  # the families the annotator accepts
    step: str  # the function that made the statement
    text: str

    @property
    def right(self) -> bool:
        return FAMILY[self.stance] in self.families

    @property
    def kind(self) -> str:
        """ "right", "unread" (neutral, the gold has a stance) or "shown" (another family)."""
        if self.right:
            return "right"
        return "unread" if self.stance == "neutral" else "shown"


def _recording_steps() -> tuple[dict[int, str], Any]:
    """Wrap ``StoryStatements.add`` to record which function made each statement; returns the
    record (statement id -> step) and the original method, to restore."""
    steps: dict[int, str] = {}
    original = statement_builder.StoryStatements.add

    def add(self: Any, *args: Any, **kwargs: Any) -> Any:
        made = original(self, *args, **kwargs)
        if made is not None and id(made) not in steps:
            caller = sys._getframe(1)
            steps[id(made)] = f"{Path(caller.f_code.co_filename).stem}.{caller.f_code.co_name}"
        return made

    statement_builder.StoryStatements.add = add  # type: ignore[method-assign]
    return steps, original


def checked(golds: list[tuple[Path, Path]]) -> list[Checked]:
    """Every backed statement with a gold stance of the gold files, in order."""
    steps, original = _recording_steps()
    out: list[Checked] = []
    try:
        for gold, corpus in golds:
            group = f"{gold.parent.name}/{gold.name}"
            for article in load_gold(gold):
                steps.clear()
                story = analyze_builtin(load_any(corpus / article["file"]))
                spans = [(p, gold_spans(story.body, p)) for p in article["positions"]]
                for s in story.statements:
                    country = ALIASES.get(s.country, s.country)
                    stances: set[str] = set()
                    for p, found in spans:
                        if p["country"] == country and any(
                            s.start < e and b < s.end for b, e in found
                        ):
                            stances |= accepted(p)
                    if stances:
                        out.append(
                            Checked(
                                group,
                                article["file"],
                                s.country,
                                s.stance,
                                frozenset(FAMILY[x] for x in stances),
                                steps.get(id(s), "?"),
                                s.text,
                            )
                        )
    finally:
        statement_builder.StoryStatements.add = original  # type: ignore[method-assign]
    return out


def table(rows: list[Checked]) -> list[str]:
    """The per-set and pooled lines, then the shown errors by step and by family pair."""
    lines = ["set: backed, family right, unread (neutral), shown wrong, shown family right"]
    groups = sorted({r.group for r in rows})
    for group in [*groups, None]:
        rs = [r for r in rows if group is None or r.group == group]
        kinds = Counter(r.kind for r in rs)
        shown = [r for r in rs if r.stance != "neutral"]
        right_shown = sum(r.right for r in shown)
        share = right_shown / len(shown) if shown else 0.0
        lines.append(
            f"  {group or 'pooled'}: {len(rs)}, {kinds['right']} "
            f"({kinds['right'] / len(rs) if rs else 0.0:.3f}), {kinds['unread']}, "
            f"{kinds['shown']}, {share:.3f} ({right_shown}/{len(shown)})"
        )
    wrong = [r for r in rows if r.kind == "shown"]
    lines.append("shown errors by step (sets):")
    for step, n in Counter(r.step for r in wrong).most_common():
        sets = sorted({r.group.split("/")[0] for r in wrong if r.step == step})
        lines.append(f"  {step}: {n} ({', '.join(sets)})")
    lines.append("shown errors by family (the rules' -> the gold's):")
    pairs = Counter((FAMILY[r.stance], "/".join(sorted(r.families))) for r in wrong)
    for (rule, gold), n in pairs.most_common():
        lines.append(f"  {rule} -> {gold}: {n}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=gold_corpus_arg, action="append", required=True)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every error")
    args = ap.parse_args(argv)
    for gold, corpus in args.gold:
        if not gold.is_file() or not corpus.is_dir():
            print(f"stance_errors: {gold}:{corpus}: no such file or folder", file=sys.stderr)
            return 2
    rows = checked(args.gold)
    print("\n".join(table(rows)))
    if args.verbose:
        for r in rows:
            if not r.right:
                gold = "/".join(sorted(r.families))
                print(f"{r.kind} [{r.group}] {r.country} {r.stance} (gold {gold}) {r.step}")
                print(f"    {r.text[:200]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
