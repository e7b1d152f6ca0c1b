"""Fit the Positions section's line bar (``briefgen/data/position_lines.json``) on reviewer marks.

Usage: python benchmarks/fit_position_lines.py --corpus NAME=PATH[,PATH...] [--corpus ...]
       --marks DIR [--marks DIR ...] [--out FILE] [--c C] [--cost K] [-v]

Each ``--corpus`` is read and analysed as ``briefgen make`` does; the section's candidate
lines (every line it could show, before any cut: :func:`briefgen.sections.positions.
candidate_rows`, the bar off) are the examples. Each ``--marks`` folder holds reviewer sheets
(``<corpus>/positions-by-country.csv`` from ``benchmarks/review_sheets.py``, marked right or
wrong); a line is labelled by the latest mark of a sheet row with the same corpus, row name,
country and first cited span. Rows whose story is not in the corpus read are ignored (give only
dev folders). Only dev marks belong here.

The model: an L2 logistic regression (batch gradient descent from zero, fixed steps:
deterministic, no dependency; the signs an analyst knows beforehand are kept, :data:`SIGNS`)
over :func:`briefgen.sections.position_lines.line_features`.
The bar is chosen out of sample, leave one corpus out: for each corpus, a model fitted on the
others scores it, and the bar is the value maximising, over all held-out lines pooled,
(right lines kept) - K x (wrong lines kept) (``--cost``, default 2: a wrong line is worse than
none). The shipped weights are fitted on every corpus; the bar is the pooled out-of-sample one.
Prints per-corpus held-out counts at that bar and the weights.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
from collections import defaultdict
from pathlib import Path

from briefgen.analysis.pipeline import analyze_stories
from briefgen.ingest import load_stories
from briefgen.plugins import get_plugins
from briefgen.sections.position_lines import line_features
from briefgen.sections.positions import PositionsConfig, basis_of, candidate_rows, dominant_country

ROOT = Path(__file__).resolve().parent.parent
SPAN = re.compile(r"«(.*?)»", re.S)
ITEM = re.compile(r"^(.*?) \(([A-Z]{2,})\) ")
FILE = re.compile(r"\[([^\]]+)\]")


def norm(text: str) -> str:
    return " ".join(text.split())


def read_marks(folders: list[Path], corpus: str, files: set[str]) -> dict[tuple, str]:
    """Latest verdict per (row name, country, first span) of one corpus's sheets, in folder
    order (give the rounds oldest first)."""
    marks: dict[tuple, str] = {}
    for folder in folders:
        sheet = folder / corpus / "positions-by-country.csv"
        if not sheet.is_file():
            continue
        with sheet.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                names = FILE.findall(row.get("source", ""))
                if not names or not all(n in files for n in names):
                    continue  # a story this corpus does not hold (e.g. another folder's)
                item, span = ITEM.match(row["item"]), SPAN.search(row["evidence"])
                verdict = row.get("verdict", "").strip().lower()
                if item and span and verdict in ("right", "wrong"):
                    marks[(item.group(1), item.group(2), norm(span.group(1)))] = verdict
    return marks


def examples(name: str, paths: list[str], folders: list[Path]) -> list[tuple[dict, int]]:
    """(features, 1 right / 0 wrong) of the marked candidate lines of one corpus."""
    plugins = get_plugins()
    loaded = load_stories(paths, plugins)
    stories = analyze_stories(loaded.stories, plugins, 1)
    files = {Path((s.path or "").split("#")[0]).name for s in stories}
    marks = read_marks(folders, name, files)
    rows = candidate_rows(stories, PositionsConfig(line_bar=False), dominant_country(stories))
    out = []
    for row in rows:
        for p in row.positions:
            verdict = marks.get((row.name, row.country, norm(p.evidence[0].text)))
            if verdict is None:
                continue
            basis = basis_of(p)
            party = row.voice != "government"
            features = line_features(basis, p.statement, basis[0][1].issue, party)
            out.append((features, int(verdict == "right")))
    return out


# what an analyst knows before any mark: the government's own quoted words, more stories and a
# line naming its issue never lower a line's confidence; hearsay, a possessive holder, the
# reporter's framing, a record summed up and a looser voice never raise it (weights clipped)
SIGNS = {
    "quoted": 1,
    "stories": 1,
    "issue_fit": 1,
    "hedge": -1,
    "possessive": -1,
    "framing": -1,
    "record": -1,
    "voice:loose": -1,
}


def fit(data: list[tuple[dict, int]], c: float, steps: int = 3000) -> dict[str, float]:
    """L2 logistic regression by projected gradient descent from zero (bias unpenalised,
    the weights of :data:`SIGNS` kept on their side of zero)."""
    names = sorted({k for f, _ in data for k in f})
    w = dict.fromkeys(names, 0.0)
    bias = 0.0
    rate = 0.5
    n = max(1, len(data))
    for _ in range(steps):
        grad = dict.fromkeys(names, 0.0)
        gbias = 0.0
        for f, y in data:
            z = bias + sum(w[k] * v for k, v in f.items())
            err = 1 / (1 + math.exp(-z)) - y
            gbias += err
            for k, v in f.items():
                grad[k] += err * v
        bias -= rate * gbias / n
        for k in names:
            w[k] -= rate * (grad[k] / n + w[k] / (c * n))
            if SIGNS.get(k, 0) * w[k] < 0:
                w[k] = 0.0
    return {"bias": bias, **w}


def score(weights: dict[str, float], features: dict[str, float]) -> float:
    return weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in features.items())


def best_bar(scored: list[tuple[float, int]], cost: float) -> float:
    """The bar maximising right kept - cost x wrong kept (ties: the lower bar)."""
    candidates = sorted({s for s, _ in scored})
    best, best_value = float("-inf"), sum(y - cost * (1 - y) for _s, y in scored)
    for bar in candidates:
        value = sum((y - cost * (1 - y)) for s, y in scored if s >= bar)
        if value > best_value + 1e-9:
            best, best_value = bar, value
    return best if math.isfinite(best) else min(candidates, default=0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", required=True, help="NAME=PATH[,PATH]")
    parser.add_argument("--marks", action="append", required=True, type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "briefgen/data/position_lines.json")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    parser.add_argument("--cost", type=float, default=2.0, help="cost of a wrong line kept")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    data: dict[str, list[tuple[dict, int]]] = {}
    for spec in args.corpus:
        name, _, paths = spec.partition("=")
        data[name] = examples(name, paths.split(","), args.marks)
    pooled: list[tuple[float, int]] = []
    held: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for name in data:
        train = [x for other, xs in data.items() if other != name for x in xs]
        weights = fit(train, args.c)
        held[name] = [(score(weights, f), y) for f, y in data[name]]
        pooled += held[name]
    bar = best_bar(pooled, args.cost)
    print(f"bar (leave one corpus out, cost {args.cost:g}): {bar:.3f}")
    print("| corpus | right kept | wrong kept | right dropped | wrong dropped |")
    print("| --- | --- | --- | --- | --- |")
    for name, scored in held.items():
        rk = sum(1 for s, y in scored if y and s >= bar)
        wk = sum(1 for s, y in scored if not y and s >= bar)
        rd = sum(1 for s, y in scored if y and s < bar)
        wd = sum(1 for s, y in scored if not y and s < bar)
        print(f"| {name} | {rk} | {wk} | {rd} | {wd} |")
    weights = fit([x for xs in data.values() for x in xs], args.c)
    shipped = {k: round(v, 3) for k, v in sorted(weights.items())}
    if args.verbose:
        for k, v in shipped.items():
            print(f"  {k}: {v}")
    args.out.write_text(
        json.dumps({"bar": round(bar, 3), "weights": shipped}, indent=1) + "\n", "utf-8"
    )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
