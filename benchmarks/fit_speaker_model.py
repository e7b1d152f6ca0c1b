"""Fit the speaker model (``briefgen/data/speaker_model.json``) on PolNeAR's train compartment.

Usage: python benchmarks/fit_speaker_model.py --polnear PATH [--out FILE] [--folds K] [--limit N]
                                             [--gold QUOTE_GOLD.jsonl]...

Needs scikit-learn (``pip install -e '.[fit]'``); briefgen itself only reads the weights.
PATH is a PolNeAR checkout or bare clone, read as ``benchmarks/polnear_benchmark.py`` reads it
(train only: the held-out compartments are never read here).

Every article is analysed as briefgen analyses a story. For every direct quote that matches a
gold unit, each candidate speaker the model sees
(:func:`briefgen.analysis.speaker_model.candidates`) is an example (labels below). A logistic
regression (L2, lbfgs: deterministic) is fitted on all of them; the weights are rounded to 4
decimals.

The threshold and margin are chosen out of sample: K folds over articles (article i in fold
i mod K, in file-name order); a model fitted on the other folds ranks the candidates of the
quotes the rules left open in the held-out fold; the lowest threshold (and its margin) whose
pooled precision on those quotes is at least ``--precision`` (0.95) with at least
``--min-taken`` quotes taken is kept, else 1.01: the model never speaks. The script prints
that cross-validated estimate: open quotes taken, right and the precision, and how many open
quotes have the right candidate ranked first at all.

``--gold FILE`` (repeatable) adds a quote gold set of this project (the format
``benchmarks/quotes_benchmark.py --gold`` scores: tests/data/quotes/*.jsonl and the gathered
sets): its direct pieces are examples too, labelled by the gold speaker, and the set is one more
fold held out whole (leave-one-set-out), so the threshold is chosen on quotes of outlets the
model was not fitted on. The shipped weights: every dev quote set (tests/data/quotes gold and
heldout 1-3, web dev, sets A, E, H, K1) with PolNeAR train, ``--threshold-floor 0.97`` (the
cross-validated 0.96 spoke on a run-on quote whose sentence's verb takes an object, a trap the
rules leave null: one step more conservative).

Labels: a candidate is right when it shares a name token with the head of the gold Source
span (``head_names``: its first comma-separated part with a name, "Paris" of "Paris, who used
to work on Capitol Hill"; none when that part is a possessor's, "Roy Verley's staff", or two
people's, "Gary Lightbody and Jonny Quinn": this project's speaker conventions). Quotes whose
source is only described as someone new ("a Pentagon spokesman", "one official"), quotes with
no Source span and quotes no attribution holds (a headline in quote marks) give wrong
examples only. Quotes whose source is a pronoun or a definite description ("he", "the
senator") are left out: the story may have named that person, the gold does not say whom.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from polnear_benchmark import (  # noqa: E402
    INDEFINITE,
    WORD_RE,
    Corpus,
    Unit,
    gold_units,
    make_story,
    name_tokens,
    parse_ann,
    speaker_tokens,
)

from briefgen.analysis import speaker_model  # noqa: E402
from briefgen.analysis.people import find_people  # noqa: E402
from briefgen.analysis.quotes import find_quotes  # noqa: E402
from briefgen.analysis.sentences import split_sentences  # noqa: E402

THRESHOLDS = [round(0.30 + 0.01 * i, 2) for i in range(70)]
MARGINS = [0.0, 0.1, 0.2, 0.3, 0.4]


@dataclass
class Example:
    """One direct quote matched to a named gold unit: its candidates' features and labels."""

    article: int
    open: bool  # the rules left it open (the model's quotes)
    features: list[list[float]]
    labels: list[int]
    fold: int | None = None  # a quote gold set's own fold (None: PolNeAR, by article)


@contextmanager
def collecting(
    sink: list[tuple[int, int, bool, list[tuple[object, list[float]]]]],
) -> Iterator[None]:
    """Record (start, end, open, candidates) of every direct piece find_quotes attributes."""

    def collect(ctx, pieces, idx, lines) -> None:  # type: ignore[no-untyped-def]
        pc = pieces[idx]
        sink.append(
            (
                pc.start,
                pc.end,
                speaker_model.open_quote(pc, ctx.body, lines),
                speaker_model.candidates(ctx, pieces, idx, lines),
            )
        )

    speaker_model._collector.append(collect)
    try:
        yield
    finally:
        speaker_model._collector.clear()


def _unit_for(units: list[Unit], a: int, b: int) -> Unit | None:
    best, best_ov = None, 0
    for u in units:
        ov = min(b, u.end) - max(a, u.start)
        if ov > best_ov:
            best, best_ov = u, ov
    return best


def examples(corpus: Corpus, limit: int | None) -> list[Example]:
    """Examples of the train compartment, article by article in file-name order."""
    texts = corpus.list("data/train/text")
    anns = corpus.list("data/train/attributions")
    by_article: dict[str, str] = {}
    for a in anns:
        by_article.setdefault(a.rsplit("/", 1)[1].rsplit("_", 1)[0], a)
    pairs = [
        (t, by_article[t.rsplit("/", 1)[1][: -len(".txt")]])
        for t in texts
        if t.rsplit("/", 1)[1][: -len(".txt")] in by_article
    ]
    if limit:
        pairs = pairs[:limit]
    files = corpus.read([p for pair in pairs for p in pair])
    out: list[Example] = []
    for art, (tname, aname) in enumerate(pairs):
        text = files[tname]
        units = gold_units(text, files[aname])
        story, k = make_story(tname, text)
        story.sentences = split_sentences(story.body)
        sink: list[tuple[int, int, bool, list[tuple[object, list[float]]]]] = []
        with collecting(sink):
            find_quotes(story, find_people(story))
        content = [(a, b) for spans, _ in parse_ann(files[aname]) for a, b in spans]
        for start, end, is_open, cands in sink:
            if not cands:
                continue
            u = _unit_for(units, start + k, end + k)
            features = [f for _, f in cands]
            if u is None:
                if not any(a < end + k + 1 and b > start + k - 1 for a, b in content):
                    # quoted words no attribution holds (a headline, a scare quote, a title):
                    # no candidate said them
                    out.append(Example(art, is_open, features, [0] * len(cands)))
                continue
            if not u.names:
                words = WORD_RE.findall(u.source.lower())
                if not words or words[0] in INDEFINITE:
                    # a source only described as someone new ("a Pentagon spokesman", "one
                    # official") or none at all: taking a named candidate is the error to avoid
                    out.append(Example(art, is_open, features, [0] * len(cands)))
                # "he", "the senator": someone the story may have named, but the gold does
                # not say whom
                continue
            head = head_names(u.source)
            labels = [int(bool(speaker_tokens(p.name) & head)) for p, _ in cands]  # type: ignore[attr-defined]
            out.append(Example(art, is_open, [f for _, f in cands], labels))
    return out


def gold_examples(paths: list[Path], first_article: int, first_fold: int) -> list[Example]:
    """Examples of this project's quote gold sets (``tests/data/quotes/*.jsonl`` and the like,
    scored by ``benchmarks/quotes_benchmark.py``), each set one fold of its own (the
    leave-one-set-out estimate). A direct piece takes the gold quote of the same words (the
    benchmark's match); a candidate is right when it is the gold speaker
    (``quotes_benchmark.same_speaker``). A piece no gold direct quote matches (a title, a
    scare quote) and a quote whose gold speaker is null give wrong examples only; a gold
    fragment is left out."""
    import quotes_benchmark as qb

    out: list[Example] = []
    art = first_article
    for fold, path in enumerate(paths, start=first_fold):
        for rec in qb.load_gold(path):
            story = qb.read_story(qb.resolve_article(rec["file"]))
            story.sentences = split_sentences(story.body)
            sink: list[tuple[int, int, bool, list[tuple[object, list[float]]]]] = []
            with collecting(sink):
                find_quotes(story, find_people(story))
            golds, _lost = qb.gold_quotes(rec, story.body)
            toks = [(qb.norm_text(g["text"]), g) for g in golds]
            for start, end, is_open, cands in sink:
                if not cands:
                    continue
                qt = qb.norm_text(story.body[start:end])
                best = max(toks, key=lambda t: qb.overlap(qt, t[0]), default=None)
                g = best[1] if best is not None and qb.overlap(qt, best[0]) >= 0.8 else None
                if g is not None and g.get("kind", "direct") != "direct":
                    continue
                who = g["speaker"] if g is not None else None
                labels = [
                    int(who is not None and qb.same_speaker(p.name, who, story.body))  # type: ignore[attr-defined]
                    for p, _ in cands
                ]
                out.append(Example(art, is_open, [f for _, f in cands], labels, fold))
            art += 1
    return out


def head_names(source: str) -> frozenset[str]:
    """The name tokens of the head of a Source span, this project's speaker: its first
    comma-separated part with a name ("Paris" of "Paris, who used to work on Capitol Hill",
    not the place in its apposition); after a possessor, the names it owns ("Breitbart's Joel
    Pollak"), none when it owns a common noun ("Roy Verley's staff": the staff spoke); none
    for two people joined by "and" ("Gary Lightbody and Jonny Quinn": no one of them alone
    is the speaker)."""
    for part in source.replace("’", "'").split(","):
        names = name_tokens(part)
        if not names:
            continue
        owners = list(POSSESSOR.finditer(part))
        if owners:
            # "Breitbart's Joel Pollak" is Pollak; "Roy Verley's staff" names no speaker
            part = part[owners[-1].end() :]
            names = name_tokens(part)
        if JOINED.search(part):
            return frozenset()
        return names
    return frozenset()


# a name owning the next noun: "Roy Verley's staff", "Trump's campaign manager Paul Manafort"
POSSESSOR = re.compile(r"[A-Z][\w.-]*'s?\s")
# two names joined: "Gary Lightbody and Jonny Quinn", "Sen. Smith and Rep. Jones"
JOINED = re.compile(r"[A-Z][\w.-]*\s+(?:and|&)\s+(?:[a-z]+\s+)*[A-Z]")


def fit(rows: list[Example], c: float):  # type: ignore[no-untyped-def]
    """A logistic regression over the candidates of ``rows``."""
    from sklearn.linear_model import LogisticRegression

    x = [f for ex in rows for f in ex.features]
    y = [lab for ex in rows for lab in ex.labels]
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y)
    return clf


def _weights(clf) -> speaker_model.Weights:  # type: ignore[no-untyped-def]
    return speaker_model.Weights(
        tuple(round(float(w), 4) for w in clf.coef_[0]),
        round(float(clf.intercept_[0]), 4),
        1.0,
        0.0,
    )


def _top(w: speaker_model.Weights, ex: Example) -> tuple[float, float, int]:
    """(best probability, second probability, best's label) of one quote."""
    probs = sorted(
        (
            (w.probability(tuple(f)), -i, lab)
            for i, (f, lab) in enumerate(zip(ex.features, ex.labels, strict=True))
        ),
        reverse=True,
    )
    second = probs[1][0] if len(probs) > 1 else 0.0
    return probs[0][0], second, probs[0][2]


def cross_validate(
    rows: list[Example], folds: int, c: float, verbose: bool = False
) -> list[tuple[float, float, int]]:
    """The (best, second, right) of every open quote, each scored by a model fitted without
    its article's fold."""
    out = []
    fold_ids = sorted({ex.fold for ex in rows if ex.fold is not None})
    for k in [*range(folds), *fold_ids]:
        train = [ex for ex in rows if _fold(ex, folds) != k]
        test = [ex for ex in rows if _fold(ex, folds) == k and ex.open]
        if not train or not test or len({lab for ex in train for lab in ex.labels}) < 2:
            continue
        w = _weights(fit(train, c))
        out.extend(_top(w, ex) for ex in test)
        if verbose and k >= folds:
            top = [_top(w, ex) for ex in test]
            print(
                f"  held-out set {k - folds}: open {len(top)}, right first "
                f"{sum(r for *_x, r in top)}; "
                + ", ".join(
                    f">={t}: {sum(r for p1, _p, r in top if p1 >= t)}/"
                    f"{sum(1 for p1, _p, _r in top if p1 >= t)}"
                    for t in (0.6, 0.7, 0.8, 0.9)
                )
            )
    return out


def _fold(ex: Example, folds: int) -> int:
    """The fold an example is held out in: its gold set's, else its article's mod ``folds``."""
    return ex.fold if ex.fold is not None else ex.article % folds


def choose_threshold(
    scored: list[tuple[float, float, int]], precision: float, min_taken: int
) -> tuple[float, float, int, int]:
    """(threshold, margin, taken, right) taking most right quotes at that precision (of
    settings taking as many, the one that takes fewest quotes, and of those the loosest); a
    threshold above 1 (the model never speaks) when none reaches it."""
    best = (1.01, 0.0, 0, 0)
    for t in THRESHOLDS:
        for m in MARGINS:
            taken = [r for p1, p2, r in scored if p1 >= t and p1 - p2 >= m]
            right = sum(taken)
            if len(taken) < min_taken or right < precision * len(taken):
                continue
            # most right quotes; of settings taking as many right, the one taking fewest
            if (right, -len(taken)) > (best[3], -best[2]):
                best = (t, m, len(taken), right)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, required=True, help="a PolNeAR checkout or bare clone")
    ap.add_argument("--out", type=Path, default=ROOT / "briefgen/data/speaker_model.json")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--precision", type=float, default=0.95)
    ap.add_argument("--min-taken", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None, help="the first N articles only")
    ap.add_argument(
        "--threshold-floor",
        type=float,
        default=0.0,
        help="ship at least this threshold (more conservative than the cross-validated one)",
    )
    ap.add_argument(
        "--gold",
        type=Path,
        action="append",
        default=[],
        help="a quote gold set (quotes_benchmark.py --gold), also fitted on, held out whole",
    )
    args = ap.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("fit_speaker_model: needs scikit-learn: pip install -e '.[fit]'", file=sys.stderr)
        return 2
    if not args.polnear.exists():
        print(f"fit_speaker_model: {args.polnear}: no such path", file=sys.stderr)
        return 2
    rows = examples(Corpus(args.polnear), args.limit)
    rows += gold_examples(args.gold, max((ex.article for ex in rows), default=-1) + 1, args.folds)
    n_open = sum(ex.open for ex in rows)
    n_none = sum(not any(ex.labels) for ex in rows)
    print(
        f"quotes: {len(rows)} ({n_open} left open by the rules; {n_none} with no candidate "
        "right, of them the quotes no attribution holds)"
    )
    print(f"candidates: {sum(len(ex.labels) for ex in rows)}")
    scored = cross_validate(rows, args.folds, args.c, verbose=bool(args.gold))
    t, m, taken, right = choose_threshold(scored, args.precision, args.min_taken)
    if t < args.threshold_floor:
        t = args.threshold_floor
        kept = [r for p1, p2, r in scored if p1 >= t and p1 - p2 >= m]
        taken, right = len(kept), sum(kept)
    reachable = sum(1 for _, _, r in scored if r)
    prec = right / taken if taken else 0.0
    print(
        f"held-out ({args.folds}-fold over articles), open quotes: threshold {t} margin {m}: "
        f"taken {taken}, right {right}, precision {prec:.3f} "
        f"(right candidate ranked first: {reachable} of {len(scored)})"
    )
    final = _weights(fit(rows, args.c))
    data = {
        "about": "speaker model: benchmarks/fit_speaker_model.py on PolNeAR train"
        + (f" and {len(args.gold)} quote gold sets (each held out whole)" if args.gold else "")
        + f" ({len(rows)} quotes, {args.folds}-fold threshold for precision >= {args.precision})",
        "features": list(speaker_model.FEATURES),
        "weights": dict(zip(speaker_model.FEATURES, final.weights, strict=True)),
        "bias": final.bias,
        "threshold": t,
        "margin": m,
    }
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=1) + "\n", "utf-8")
    tmp.replace(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
