"""Positions-by-country benchmark against the hand-written gold (tests/data/positions/gold.json).

Prints country precision/recall (countries or bodies with at least one predicted statement vs
the gold countries of each article, micro-averaged), how many gold positions are stated (a
predicted statement of the same country whose evidence span overlaps the gold evidence), and
statement precision: the predicted statements supported by a gold position (same country,
overlapping evidence). An unsupported statement is a wrong position, or one the annotator
missed: ``-v`` lists them for reading.

    /work/venv/bin/python benchmarks/positions_benchmark.py [--gold FILE] [--shared ../shared] [-v]

``--gold tests/data/positions/heldout.json`` scores the blind held-out set instead of the dev set.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "positions" / "gold.json"
ALIASES = {
    "UNSC": "UN",
    "WORLDBANK": "WORLD_BANK",
    "PARISCLUB": "PARIS_CLUB",
}  # gold README codes: "UN" includes the Security Council


def load_story(path: Path) -> Story:
    """A story from a BBC-style text file: first line headline, then the body."""
    text = path.read_text("utf-8")
    title, _, body = text.partition("\n")
    return Story(title=title.strip(), body=body.strip("\n"), path=str(path))


def resolve(shared: Path, relative: str, gold: Path = GOLD) -> Path:
    """A gold file: next to the gold file (synthetic ``texts*/``), the repo's copies
    (tests/data/corpus, samples/stories), then shared."""
    name = Path(relative)
    beside = gold.parent / name
    if name.parts[0].startswith("texts") and beside.is_file():
        return beside
    if name.parts[:2] == ("corpus", "bbc"):
        local = ROOT / "tests" / "data" / "corpus" / Path(*name.parts[2:])
    else:
        local = ROOT / "samples" / "stories" / name.name
    return local if local.is_file() else shared / relative


def score(
    gold_path: Path = GOLD, shared: Path = ROOT.parent / "shared", verbose: bool = False
) -> dict[str, float]:
    """Country precision/recall and gold positions stated; prints per-article misses."""
    gold = json.loads(gold_path.read_text("utf-8"))
    tp = fp = fn = 0
    stated = total = 0
    supported = statements = 0
    for article in gold:
        story = analyze_builtin(load_story(resolve(shared, article["file"], gold_path)))
        for statement in story.statements:  # the gold's UN row includes the Security Council
            statement.country = ALIASES.get(statement.country, statement.country)
        predicted = {s.country for s in story.statements}
        expected = set(article["countries"])
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
        gold_spans = []
        for position in article["positions"]:
            total += 1
            at = story.body.find(position["evidence"])
            span = (at, at + len(position["evidence"])) if at >= 0 else (-1, -1)
            gold_spans.append((position["country"], span))
            hit = any(
                s.country == position["country"] and s.start < span[1] and span[0] < s.end
                for s in story.statements
            )
            stated += hit
            if verbose and not hit:
                print(f"  missed {position['country']}: {position['evidence'][:90]}")
        for s in story.statements:
            statements += 1
            backed = any(
                country == s.country and s.start < end and start < s.end
                for country, (start, end) in gold_spans
            )
            supported += backed
            if verbose and not backed:
                text = story.body[s.start : s.end]
                print(f"  unsupported {s.country} {s.stance} [{s.issue}]: {text[:110]}")
        if verbose or predicted != expected:
            extra = sorted(predicted - expected)
            missing = sorted(expected - predicted)
            print(f"{article['file']}: extra {extra} missing {missing}")
    return {
        "articles": len(gold),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "stated": stated,
        "positions": total,
        "supported": supported,
        "statements": statements,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--gold", default=str(GOLD), help="gold file (default: the dev set)")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    result = score(Path(args.gold).resolve(), Path(args.shared), args.verbose)
    tp, fp, fn = result["tp"], result["fp"], result["fn"]
    stated, total = result["stated"], result["positions"]
    print(f"articles: {result['articles']}")
    print(f"country precision: {result['precision']:.3f} ({tp}/{tp + fp})")
    print(f"country recall:    {result['recall']:.3f} ({tp}/{tp + fn})")
    print(f"gold positions stated: {stated}/{total} ({stated / total:.3f})")
    supported, statements = result["supported"], result["statements"]
    share = supported / statements if statements else 0.0
    print(f"statement precision: {share:.3f} ({supported}/{statements} backed by a gold position)")


if __name__ == "__main__":
    main()
