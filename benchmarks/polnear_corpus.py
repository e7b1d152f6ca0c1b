"""Write a fresh review corpus of PolNeAR train articles as JSON lines (issue 15, point 9).

Usage: python benchmarks/polnear_corpus.py --polnear PATH -o OUT.jsonl [--count 30] [--seed 11]
[--exclude DIR ...]

Draws ``--count`` articles of PolNeAR's train compartment at random (``--seed``; the same seed
gives the same articles), leaving out every article whose file name is in an ``--exclude``
folder (articles a gold set or an earlier review already uses), and writes one JSON object per
line with ``title`` (the text's first line), ``body``, ``source`` (the outlet the file name
opens with), ``published`` (the date in the file name) and ``guid`` (the file name). Build a
brief from it (``briefgen make OUT.jsonl``) or review sheets (``benchmarks/review_sheets.py
--corpus pn=OUT_DIR``). PATH is a PolNeAR checkout or bare clone, as for
``benchmarks/polnear_benchmark.py``. Only ``train`` is read: ``dev`` and ``test`` are the
project's held-out compartments. The texts carry no licence: write OUT outside the repository
and never commit it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_benchmark import Corpus  # the benchmark's reader of the corpus

OUTLETS = {
    "breitbart": "Breitbart",
    "huff-post": "HuffPost",
    "nyt": "The New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "The Washington Post",
    "west-journal": "Western Journal",
}


def story_record(name: str, text: str) -> dict[str, str]:
    """One article as a JSON story: its first line the title, the rest the body; the outlet and
    the date from the file name ("nyt_2016-02-17_slug.txt")."""
    title, _, body = text.partition("\n")
    prefix, _, rest = name.partition("_")
    return {
        "title": title.strip(),
        "body": body.strip(),
        "source": OUTLETS.get(prefix, prefix),
        "published": rest.partition("_")[0],
        "guid": name,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, required=True)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    args = parser.parse_args(argv)
    used = {p.name for folder in args.exclude if folder.is_dir() for p in folder.iterdir()}
    corpus = Corpus(args.polnear)
    names = [n for n in corpus.list("data/train/text") if n.rsplit("/", 1)[-1] not in used]
    random.Random(args.seed).shuffle(names)
    chosen = names[: args.count]
    texts = corpus.read(chosen)
    lines = [json.dumps(story_record(n.rsplit("/", 1)[-1], texts[n])) for n in chosen]
    args.output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=args.output.parent, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    os.replace(tmp, args.output)
    print(f"{len(lines)} articles -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
