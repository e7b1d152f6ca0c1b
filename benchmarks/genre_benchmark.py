"""Precision and recall of "opinion" (analysis/genre.py) against genres labelled by hand.

    python benchmarks/genre_benchmark.py --corpus pnfresh=PNFRESH --corpus pnfresh2=PNFRESH2 \
        --corpus pn13=PN13 --corpus bbc=BBC --corpus web=WEB/dev [--labels FILE] [-v]

The labels (``benchmarks/genre_labels.tsv``): one story a line, ``corpus<TAB>entry<TAB>genre``,
``entry`` a JSON-lines story's ``#n`` or a file's path inside the corpus folder; genre O
(opinion: an op-ed, a column, an editorial, a letter, a sketch), A (news analysis) or R
(report). "Opinion" is scored against O; A is reported apart (how many the detector calls
opinion: their lines are lost, a news analysis also reports). Each story is analysed first (the
genre reads the analysis's quotations and sentences).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from briefgen.analysis.genre import story_genre
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.ingest import load_stories

LABELS = Path(__file__).resolve().parent / "genre_labels.tsv"


def read_labels(path: Path) -> dict[str, dict[str, str]]:
    """corpus -> entry -> genre letter."""
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        corpus, entry, genre = line.split("\t")[:3]
        out[corpus][entry] = genre.strip()
    return out


def entry_of(story_path: str, root: Path) -> str:
    """The label file's name for a story read from ``root``: "#n" or the path inside it."""
    base, hash_, n = story_path.rpartition("#")
    if hash_ and n.isdigit() and base.endswith(".jsonl"):
        return "#" + n
    try:
        return str(Path(story_path).resolve().relative_to(root.resolve()))
    except ValueError:
        return Path(story_path).name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", action="append", default=[], metavar="NAME=PATH")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    labels = read_labels(args.labels)
    counts: dict[str, dict[str, int]] = {}
    for spec in args.corpus:
        name, _, where = spec.partition("=")
        root = Path(where)
        wanted = labels.get(name, {})
        c = counts.setdefault(name, defaultdict(int))
        for story in load_stories([where]).stories:
            label = wanted.get(entry_of(story.path or "", root))
            if label is None:
                continue
            opinion = story_genre(analyze_builtin(story)) == "opinion"
            key = {"O": "tp" if opinion else "fn", "R": "fp" if opinion else "tn"}.get(
                label, "a_op" if opinion else "a_rep"
            )
            c[key] += 1
            if args.verbose and key in ("fp", "fn", "a_op"):
                print(f"{name}\t{key}\t{story.path}\t{story.title[:70]}")
    print(
        "| corpus | opinion labelled | called opinion | right | precision | recall "
        "| analysis called opinion |"
    )
    print("|---|---|---|---|---|---|---|")
    total: dict[str, int] = defaultdict(int)
    for name, c in [*counts.items(), ("all", total)]:
        if name != "all":
            for k, v in c.items():
                total[k] += v
        tp, fp, fn = c["tp"], c["fp"], c["fn"]
        p = f"{tp / (tp + fp):.3f}" if tp + fp else "-"
        r = f"{tp / (tp + fn):.3f}" if tp + fn else "-"
        analysis = f"{c['a_op']}/{c['a_op'] + c['a_rep']}"
        print(f"| {name} | {tp + fn} | {tp + fp} | {tp} | {p} | {r} | {analysis} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
