"""Fit the stance model (``briefgen/data/stance_model.json``) on stance-labelled positions gold.

Usage: python benchmarks/fit_stance_model.py --gold FILE:CORPUS [--gold ...] [--out FILE]
       [--folds K | --by-set] [--c C] [--precision P] [--min-taken N]

Needs scikit-learn (``pip install -e '.[fit]'``); briefgen itself only reads the weights. Each
``--gold`` is a positions gold file in the format of ``benchmarks/positions_benchmark.py``
(JSON Lines or a JSON list, positions with ``stance`` and ``stance_alt``) and the folder its
``file`` paths are relative to. Only dev gold belongs here: the held-out sets measure.

Examples. Every page is analysed as briefgen analyses a story; each statement it finds is an
example with the rules' stance among its features (:func:`briefgen.analysis.stance_model.
span_features`): labelled with the stance of the gold position backing it (same country,
overlapping evidence), or "neutral" when no gold position backs it (a wrong statement must not
gain a stance the brief would show). Each gold position no statement states is one more
example over its evidence, with no rule stance (the words of stances the rules miss). A
multinomial logistic regression (L2, lbfgs: deterministic) over the stances is fitted on the
features seen on at least two pages; weights rounded to 3 decimals, near-zero rows dropped.

The threshold is chosen out of sample: K folds over pages (page i of the sorted page names in
fold i mod K); a model fitted on the other folds reads the held-out statements the rules call
neutral; a change is right when the family of the model's stance is one the annotator accepts
(a statement no gold position backs: never right). The lowest threshold on the family
probability whose pooled precision is at least ``--precision`` (0.9) with at least
``--min-taken`` changes is kept, else 1.01: the model never speaks. The script prints the
figures per fold and pooled, and what a veto of the rules' stances would do at that threshold
(not used at run time).

``--by-set`` holds out one gold file at a time instead (leave-one-set-out: each set was written
by its own annotator on its own outlets, so a fold of pages from the same sets flatters a model
that learns a set's subjects). It also prints what withholding the rules' stances would do: the
statements with a rule stance whose family the held-out model finds less probable than 0.1,
0.2, 0.3 or 0.4, and how many of them the rules read right (a withheld statement turns
neutral: worth it only when the rules are mostly wrong there).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

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

from briefgen.analysis import stance_model  # noqa: E402
from briefgen.analysis.pipeline import analyze_builtin  # noqa: E402
from briefgen.analysis.stance_model import FAMILY, StanceModel  # noqa: E402

THRESHOLDS = [round(0.30 + 0.01 * i, 2) for i in range(70)]
MIN_PAGES = 2  # a feature must be seen on this many training pages
PROBE = 0.8  # the threshold the per-fold figures are printed at when none is chosen


@dataclass
class Example:
    """One statement (or one gold evidence no statement states) with its label."""

    page: str
    features: set[str]
    label: str  # the gold stance; "neutral" for a statement no gold position backs
    families: set[str] = field(default_factory=set)  # the families the annotator accepts
    rule: str | None = None  # the rules' stance (None: a gold evidence no rule read)
    backed: bool = True
    group: int = 0  # which --gold file the page is from (the fold of --by-set)


def page_examples(page: str, path: Path, positions: list[dict]) -> list[Example]:
    """The examples of one gold page."""
    story = analyze_builtin(load_any(path))
    out: list[Example] = []
    spans = [(p, gold_spans(story.body, p)) for p in positions]
    stated = [False] * len(spans)
    for s in story.statements:
        country = ALIASES.get(s.country, s.country)
        backing = []
        for i, (p, found) in enumerate(spans):
            if p["country"] == country and any(s.start < e and b < s.end for b, e in found):
                backing.append(p)
                stated[i] = True
        feats = stance_model.span_features(story, s.start, s.end, s.stance, s.actor is not None)
        labelled = [p for p in backing if p.get("stance")]
        if backing and not labelled:
            continue  # backed by a position with no stance annotated: no label
        if labelled:
            families = {FAMILY[x] for p in labelled for x in accepted(p)}
            out.append(Example(page, feats, labelled[0]["stance"], families, s.stance))
        else:
            out.append(Example(page, feats, "neutral", set(), s.stance, backed=False))
    for (p, found), hit in zip(spans, stated, strict=True):
        if hit or not found or not p.get("stance"):
            continue
        start, end = found[0]
        feats = stance_model.span_features(story, start, end, None, None)
        families = {FAMILY[x] for x in accepted(p)}
        out.append(Example(page, feats, p["stance"], families))
    return out


def examples(golds: list[tuple[Path, Path]]) -> list[Example]:
    """Every example of the gold files, page by page (``group``: the gold file's index)."""
    out: list[Example] = []
    for group, (gold, corpus) in enumerate(golds):
        for article in load_gold(gold):
            page = f"{gold.parent.name}/{article['file']}"
            rows = page_examples(page, corpus / article["file"], article["positions"])
            for ex in rows:
                ex.group = group
            out.extend(rows)
    return out


def vocabulary(rows: list[Example]) -> list[str]:
    """The features seen on at least :data:`MIN_PAGES` pages of ``rows``, sorted."""
    pages: dict[str, set[str]] = {}
    for ex in rows:
        for f in ex.features:
            pages.setdefault(f, set()).add(ex.page)
    return sorted(f for f, seen in pages.items() if len(seen) >= MIN_PAGES)


def fit(rows: list[Example], c: float) -> StanceModel:
    """A multinomial logistic regression over the stances of ``rows``, as a StanceModel."""
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(rows)
    index = {f: i for i, f in enumerate(vocab)}
    x = [[0.0] * len(vocab) for _ in rows]
    for row, ex in zip(x, rows, strict=True):
        for f in ex.features:
            if f in index:
                row[index[f]] = 1.0
    y = [ex.label for ex in rows]
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, y)
    stances = tuple(str(s) for s in clf.classes_)
    coef = clf.coef_
    if len(stances) == 2:  # a binary fit keeps one row: the second class's log-odds
        coef = [[-w / 2 for w in coef[0]], [w / 2 for w in coef[0]]]
        bias = (-float(clf.intercept_[0]) / 2, float(clf.intercept_[0]) / 2)
    else:
        bias = tuple(float(b) for b in clf.intercept_)
    weights = {}
    for j, f in enumerate(vocab):
        row = tuple(round(float(coef[k][j]), 3) for k in range(len(stances)))
        if any(abs(w) >= 0.005 for w in row):
            weights[f] = row
    return StanceModel(stances, weights, tuple(round(b, 3) for b in bias), 1.0)


@dataclass
class Read:
    """One held-out statement the rules call neutral, read by a model fitted without its page."""

    fold: int
    probability: float
    right: bool
    exact: bool
    backed: bool
    wanted: bool  # the annotator accepts a stance other than neutral


@dataclass
class Kept:
    """One held-out statement with a rule stance, as the model fitted without it reads it."""

    probability: float  # the model's probability of the rules' family
    rule_right: bool  # the annotator accepts the rules' family
    backed: bool


def fold_of(rows: list[Example], folds: int, by_set: bool) -> dict[str, int]:
    """Each page's fold: its gold file's index (``by_set``), else page i of the sorted page
    names in fold i mod ``folds``."""
    if by_set:
        return {ex.page: ex.group for ex in rows}  # (the folds: see cross_validate)
    return {p: i % folds for i, p in enumerate(sorted({ex.page for ex in rows}))}


def cross_validate(
    rows: list[Example], folds: int, c: float, by_set: bool = False
) -> tuple[list[Read], list[tuple[float, bool, bool]], list[Kept]]:
    """The held-out reads of the neutral statements; of the statements with a rule stance
    the model reads otherwise: (family probability, the model right, the rule right); and of
    every statement with a rule stance (:class:`Kept`)."""
    fold = fold_of(rows, folds, by_set)

    def fold_of_row(ex: Example) -> int:
        return ex.group if by_set else fold[ex.page]  # (two sets may share a page's name)

    reads: list[Read] = []
    vetoes: list[tuple[float, bool, bool]] = []
    kept: list[Kept] = []
    for k in sorted(set(fold.values())):
        train = [ex for ex in rows if fold_of_row(ex) != k]
        test = [ex for ex in rows if fold_of_row(ex) == k and ex.rule is not None]
        if not train or not test or len({ex.label for ex in train}) < 2:
            continue
        w = fit(train, c)
        for ex in test:
            stance, family, p = w.read(ex.features)
            right = family in ex.families
            if ex.rule == "neutral":
                exact = right and stance == ex.label
                wanted = bool(ex.families - {"neutral"})
                reads.append(Read(k, p, right, exact, ex.backed, wanted))
                continue
            rule_family = FAMILY[ex.rule]
            probs = w.probabilities(ex.features)
            p_rule = sum(q for s, q in probs.items() if FAMILY[s] == rule_family)
            kept.append(Kept(p_rule, rule_family in ex.families, ex.backed))
            if rule_family != family:
                vetoes.append((p, right, rule_family in ex.families))
    return reads, vetoes, kept


def choose_threshold(reads: list[Read], precision: float, min_taken: int) -> float:
    """The lowest threshold whose pooled precision reaches ``precision`` with at least
    ``min_taken`` changes; 1.01 (never change) when none does."""
    for t in THRESHOLDS:
        taken = [r for r in reads if r.probability >= t]
        right = sum(r.right for r in taken)
        if len(taken) >= min_taken and right >= precision * len(taken):
            return t
    return 1.01


def report(
    reads: list[Read],
    vetoes: list[tuple[float, bool, bool]],
    t: float,
    folds: list[int],
    kept: list[Kept] | None = None,
    names: dict[int, str] | None = None,
) -> None:
    """Print the held-out figures at threshold ``t`` per fold and pooled (and, given
    ``kept``, what withholding the rules' stances the model finds improbable would do;
    ``names``: a fold's name, as a held-out set's)."""
    at = t if t <= 1.0 else PROBE
    chosen = "chosen" if t <= 1.0 else "none reaches the precision; shown at a probe"
    print(f"held-out reads at threshold {at} ({chosen}):")
    for k in [*folds, None]:
        rs = [r for r in reads if k is None or r.fold == k]
        taken = [r for r in rs if r.probability >= at]
        right = sum(r.right for r in taken)
        prec = right / len(taken) if taken else 0.0
        name = "pooled" if k is None else (names or {}).get(k, f"fold {k}")
        print(
            f"  {name}: neutral statements {len(rs)} (the gold accepts a stance for "
            f"{sum(r.wanted for r in rs)}, backs none for {sum(not r.backed for r in rs)}), "
            f"changed {len(taken)}, family right {right} ({prec:.3f}), exact "
            f"{sum(r.exact for r in taken)}, of no gold position {sum(not r.backed for r in taken)}"
        )
    for probe in (0.5, 0.6, 0.7, 0.8, 0.9):
        taken = [r for r in reads if r.probability >= probe]
        right = sum(r.right for r in taken)
        print(
            f"  pooled at {probe}: changed {len(taken)}, family right {right}, of no gold "
            f"position {sum(not r.backed for r in taken)}"
        )
    vs = [v for v in vetoes if v[0] >= at]
    print(
        f"veto (not used): rule stances the model reads as another family at >= {at}: "
        f"{len(vs)}, model right {sum(v[1] for v in vs)}, rule right {sum(v[2] for v in vs)}"
    )
    if kept is None:
        return
    backed = [k for k in kept if k.backed]
    print(
        f"withhold (not used): {len(kept)} held-out rule stances, {len(backed)} backed, "
        f"the rules' family right for {sum(k.rule_right for k in backed)}"
    )
    for probe in (0.1, 0.2, 0.3, 0.4):
        low = [k for k in kept if k.probability < probe]
        wrong = sum(k.backed and not k.rule_right for k in low)
        print(
            f"  the rules' family below {probe}: {len(low)}, the rules right "
            f"{sum(k.rule_right for k in low)}, wrong {wrong}, of no gold position "
            f"{sum(not k.backed for k in low)}"
        )


def write(w: StanceModel, out: Path, about: str) -> None:
    """Write the weights file atomically."""
    data = {
        "about": about,
        "format": stance_model.FORMAT,
        "stances": list(w.stances),
        "bias": list(w.bias),
        "threshold": w.threshold,
        "weights": {f: list(row) for f, row in sorted(w.weights.items())},
    }
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, separators=(",", ":"), sort_keys=False) + "\n", "utf-8")
    tmp.replace(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=gold_corpus_arg, action="append", required=True)
    ap.add_argument("--out", type=Path, default=ROOT / "briefgen/data/stance_model.json")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--by-set", action="store_true", help="hold out one --gold file at a time (not --folds)"
    )
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--precision", type=float, default=0.9)
    ap.add_argument("--min-taken", type=int, default=5)
    args = ap.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("fit_stance_model: needs scikit-learn: pip install -e '.[fit]'", file=sys.stderr)
        return 2
    for gold, corpus in args.gold:
        if not gold.is_file() or not corpus.is_dir():
            print(f"fit_stance_model: {gold}:{corpus}: no such file or folder", file=sys.stderr)
            return 2
    stance_model._fitting.append(True)  # the examples carry the rules' stances only
    try:
        rows = examples(args.gold)
    finally:
        stance_model._fitting.clear()
    pages = len({ex.page for ex in rows})
    statements = [ex for ex in rows if ex.rule is not None]
    neutral = [ex for ex in statements if ex.rule == "neutral"]
    print(
        f"examples: {len(rows)} on {pages} pages ({len(statements)} statements, "
        f"{len(neutral)} of them neutral by the rules, {sum(not ex.backed for ex in statements)} "
        f"no gold position backs; {len(rows) - len(statements)} gold evidence not stated)"
    )
    reads, vetoes, kept = cross_validate(rows, args.folds, args.c, args.by_set)
    t = choose_threshold(reads, args.precision, args.min_taken)
    by_page = fold_of(rows, args.folds, args.by_set).values()
    folds = sorted({ex.group for ex in rows} if args.by_set else set(by_page))
    names = {i: f"set {g.parent.name}/{g.name}" for i, (g, _) in enumerate(args.gold)}
    report(reads, vetoes, t, folds, kept, names if args.by_set else None)
    final = fit(rows, args.c)
    final = StanceModel(final.stances, final.weights, final.bias, t)
    how = f"leave-one-set-out ({len(args.gold)} sets)" if args.by_set else f"{args.folds}-fold"
    about = (
        f"stance model: benchmarks/fit_stance_model.py on {pages} dev pages ({len(rows)} "
        f"examples, {how} threshold for family precision >= {args.precision})"
    )
    write(final, args.out, about)
    print(f"wrote {args.out} ({len(final.weights)} features, threshold {t})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
