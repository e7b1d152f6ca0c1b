"""Fit the timeline's line confidence (``briefgen/data/timeline_model.json``) on pooled marks.

Usage:
    python benchmarks/fit_timeline_model.py --marks benchmarks/timeline_marks.tsv \\
        --corpus pn13=PN13.jsonl --corpus bbc-business=BBC/business@2005-04-01 ... [--out FILE]

Each ``--corpus NAME=PATH[,PATH...][@YYYY-MM-DD][@CONFIG]`` is read and analysed as ``briefgen
make`` would (as of the date given, else its latest story); every timeline candidate line
(``timeline.timeline_candidates``: the lines that clear the timeline's rules, before the cap)
gets its features (``sections/timeline_confidence.line_features``). A line's mark is looked up
in ``--marks`` by corpus and the SHA-1 of its normalised "label: event" text (the file holds no
story text): reviewers' verdicts on the review sheets (majority of rounds, the latest on a tie)
and, for candidates no reviewer saw, the builder's own reading (column ``by``).

A logistic regression (L2, plain gradient descent: deterministic, no dependency) is fitted on
the features named in ``FEATURES``. The threshold is chosen leaving one corpus out (the three
BBC/seed corpora count as one): a model fitted on the other corpora scores the held-out
corpus's candidates, the timeline is built with the cap and the bar, and each threshold on a
grid is scored by the marked lines it shows. The bar sought is 0.5 (a line is shown when the
model finds it more likely right than wrong); it is kept when, held out, the pooled shown lines
lose no more right lines than wrong ones against no bar, else the highest lower bar that does.
The script prints the held-out AUC and the shown right/wrong per threshold.

With ``--shown`` it only builds each corpus's timeline as the checkout in use builds it and
prints a table of the lines shown and how many the marks call right or wrong (run it with
another checkout first on ``PYTHONPATH`` to score that checkout's timelines).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from briefgen.analysis.pipeline import AnalysisSettings, analyze_stories
from briefgen.build import as_of_date
from briefgen.config import load_config
from briefgen.ingest import load_stories
from briefgen.plugins import get_plugins
from briefgen.sections.timeline import TimelineConfig, build_timeline

FEATURES = (
    "recency",
    "topical_words",
    "side_clause_date",
    "days_before",
    "lede",
    "named_subject",
    "actor",
    "recurring_actor",
    "coarse",
)
MORE_LIKELY_RIGHT = 0.5  # the bar sought: a line is shown when it is more likely right than wrong
GRID = (0.0, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85)
GROUPS = {"seeds": "bbc", "bbc-politics": "bbc", "bbc-business": "bbc"}


def line_key(label: str, event: str) -> str:
    """The marks' key of a line: SHA-1 of its lower-cased words, as the review sheet shows it."""
    text = f"{label}: {event}".replace("’", "'").replace("“", '"').replace("”", '"').lower()
    return hashlib.sha1(re.sub(r"\W+", " ", text).strip().encode()).hexdigest()[:16]


def read_marks(path: Path) -> dict[tuple[str, str], bool]:
    """(corpus, key) -> right, from the TSV (corpus, key, right|wrong, by)."""
    marks = {}
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        corpus, key, verdict, _by = line.split("\t")
        marks[(corpus, key)] = verdict == "right"
    return marks


def analysed(spec: str) -> tuple[str, list, date]:
    """Read and analyse one corpus as ``briefgen make`` would: (name, stories, as-of date)."""
    name, _, rest = spec.partition("=")
    parts = rest.split("@")
    paths, day = parts[0].split(","), parts[1] if len(parts) > 1 and parts[1] else None
    config = load_config(Path(parts[2]) if len(parts) > 2 else None)
    plugins = get_plugins()
    loaded = load_stories(paths, plugins)
    settings = AnalysisSettings(config.actors, config.issues)
    stories = analyze_stories(loaded.stories, plugins, 1, None, "local", None, settings)
    as_of, _ = as_of_date(stories, date.fromisoformat(day) if day else None)
    return name, stories, as_of


def candidates(spec: str) -> tuple[str, list, date, int]:
    """One corpus's candidate lines with their features: (name, entries, as-of, stories)."""
    from briefgen.sections.timeline import timeline_candidates
    from briefgen.sections.timeline_confidence import corpus_view, line_features

    name, stories, as_of = analysed(spec)
    entries = timeline_candidates(stories, TimelineConfig(), as_of)
    corpus = corpus_view(entries, stories)
    for entry in entries:
        entry.features = line_features(entry, corpus)
    return name, entries, as_of, len(stories)


def shown_marks(specs: list[str], marks: dict[tuple[str, str], bool]) -> None:
    """Print, per corpus, the timeline's lines (as built now) and how many the marks call
    right, wrong or leave unmarked (works on any checkout that has ``build_timeline``)."""
    print("| corpus | lines shown | right | wrong | unmarked |\n|---|---|---|---|---|")
    for spec in specs:
        name, stories, as_of = analysed(spec)
        items = build_timeline(stories, TimelineConfig(), as_of)
        verdicts = [marks.get((name, line_key(i.label, i.event))) for i in items]
        right, wrong = verdicts.count(True), verdicts.count(False)
        print(f"| {name} | {len(items)} | {right} | {wrong} | {len(items) - right - wrong} |")


def score(features: dict[str, float], weights: dict[str, float], bias: float) -> float:
    """The model's probability (``timeline_confidence.score``)."""
    from briefgen.sections.timeline_confidence import score as model_score

    return model_score(features, weights, bias)


def fit(rows: list[tuple[dict[str, float], bool]], l2: float = 1.0) -> tuple[dict, float]:
    """Logistic regression by full-batch gradient descent (deterministic)."""
    w = dict.fromkeys(FEATURES, 0.0)
    b, n = 0.0, len(rows)
    for _ in range(2000):
        gw = dict.fromkeys(FEATURES, 0.0)
        gb = 0.0
        for f, y in rows:
            e = score(f, w, b) - y
            gb += e
            for k in FEATURES:
                gw[k] += e * f[k]
        b -= 0.2 * gb / n
        for k in FEATURES:
            w[k] -= 0.2 * (gw[k] / n + l2 * w[k] / n)
    return w, b


def shown(entries: list, as_of: date, w: dict, b: float, bar: float) -> list:
    """The lines the timeline would show with this model and bar (cap 20)."""
    from briefgen.sections.timeline import _select

    kept = [e for e in entries if e.item.date is not None and score(e.features, w, b) >= bar]
    return _select(kept, as_of, TimelineConfig().max_items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--marks", type=Path, required=True)
    parser.add_argument("--corpus", action="append", default=[], required=True)
    parser.add_argument("--out", type=Path, default=Path("briefgen/data/timeline_model.json"))
    parser.add_argument(
        "--shown", action="store_true", help="only print each corpus's shown lines against marks"
    )
    args = parser.parse_args(argv)
    marks = read_marks(args.marks)
    if args.shown:
        shown_marks(args.corpus, marks)
        return 0
    from briefgen.sections.timeline_confidence import MIN_STORIES

    # a corpus too small for the bar (MIN_STORIES) is neither fitted on nor scored
    corpora = [c for c in map(candidates, args.corpus) if c[3] >= MIN_STORIES]
    rows: dict[str, list] = {}
    for name, entries, _, _ in corpora:
        for e in entries:
            e.right = marks.get((name, line_key(e.item.label, e.item.event)))
        rows[name] = [(e.features, e.right) for e in entries if e.right is not None]
    print(f"marked candidates: {sum(map(len, rows.values()))}", file=sys.stderr)
    held: list[tuple[float, bool]] = []
    tally: Counter[tuple[float, bool]] = Counter()
    for name, entries, as_of, _ in corpora:
        group = GROUPS.get(name, name)
        train = [r for other, rs in rows.items() if GROUPS.get(other, other) != group for r in rs]
        w, b = fit(train)
        held += [(score(f, w, b), y) for f, y in rows[name]]
        for bar in GRID:
            for e in shown(entries, as_of, w, b, bar):
                if e.right is not None:
                    tally[(bar, e.right)] += 1
    pos = [p for p, y in held if y]
    neg = [p for p, y in held if not y]
    auc = sum((a > c) + 0.5 * (a == c) for a in pos for c in neg) / max(1, len(pos) * len(neg))
    print(f"leave-one-corpus-out AUC {auc:.3f}", file=sys.stderr)
    base_right, base_wrong = tally[(0.0, True)], tally[(0.0, False)]
    threshold = 0.0
    for bar in GRID:
        right, wrong = tally[(bar, True)], tally[(bar, False)]
        print(f"bar {bar:.2f}: shown right {right}, wrong {wrong}", file=sys.stderr)
        if bar <= MORE_LIKELY_RIGHT and base_right - right <= base_wrong - wrong:
            threshold = bar
    w, b = fit([r for rs in rows.values() for r in rs])
    model = {
        "about": f"timeline line confidence: benchmarks/fit_timeline_model.py on "
        f"{len(pos) + len(neg)} marked candidate lines of {len(corpora)} corpora "
        f"(leave-one-corpus-out AUC {auc:.3f}; threshold: 0.5, more likely right than wrong, "
        "unless held out it loses more right shown lines than wrong ones)",
        "format": 1,
        "bias": round(b, 4),
        "threshold": threshold,
        "weights": {k: round(v, 4) for k, v in w.items()},
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", "utf-8")
    print(f"threshold {threshold}; wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
