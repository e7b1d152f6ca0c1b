"""Score quote extraction on the quote gold rewritten in single-quote style (issue 16).

Usage: python benchmarks/single_quote_variants.py OUT [--gold GOLD ...]

Each gold article (BBC text with double quotation marks) is written under ``OUT`` (a folder
outside the repository: the texts stay out of it) in two variants, with its gold quote texts
rewritten the same way:

* ``curly``: double marks become curly single marks (an opening straight or left mark ‘, a
  closing one ’); single marks inside quotes (nested quotations) become curly double marks;
  apostrophes become ’;
* ``straight``: every double mark and every curly single mark or apostrophe becomes '.

Then each variant is scored with ``quotes_benchmark`` next to the original, and the detection
recall is printed: the share of gold direct quotes that briefgen finds as a quote of any kind
and any speaker (token overlap >= 0.8).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes_benchmark import (  # noqa: E402
    load_gold,
    norm_text,
    overlap,
    read_story,
    resolve_article,
    score,
)

from briefgen.analysis.people import find_people  # noqa: E402
from briefgen.analysis.quotes import find_quotes  # noqa: E402
from briefgen.analysis.sentences import split_sentences  # noqa: E402

_OPENERS = " \t\n([{—–-/"


def _opening(text: str, i: int) -> bool:
    """Does the straight double mark at ``i`` open (after a line start, space or bracket)?"""
    return i == 0 or text[i - 1] in _OPENERS


def curly(text: str) -> str:
    """Double marks -> curly single marks; nested single marks -> curly double marks."""
    out: list[str] = []
    depth = 0  # inside a double-marked quotation
    for i, ch in enumerate(text):
        if ch == '"':
            ch = "“" if _opening(text, i) else "”"
        if ch == "“":
            out.append("‘")
            depth = 1
        elif ch == "”":
            out.append("’")
            depth = 0
        elif ch == "‘" or (ch == "'" and depth and _opening(text, i)):
            out.append("“")  # a nested quotation opens
        elif ch in "'’":
            nxt = text[i + 1 : i + 2]
            nested_close = depth and (not nxt or not nxt.isalnum()) and "“" in out[-400:]
            out.append("”" if nested_close and out.count("“") > out.count("”") else "’")
        else:
            out.append(ch)
    return "".join(out)


def straight(text: str) -> str:
    """Every quotation mark and apostrophe -> the straight single mark."""
    return text.translate(str.maketrans({'"': "'", "“": "'", "”": "'", "‘": "'", "’": "'"}))


VARIANTS = {"curly": curly, "straight": straight}


def write_variant(gold: Path, out: Path, name: str, shared: Path | None) -> Path:
    """Write the variant's texts and gold under ``out/name``; the gold file's path."""
    fn = VARIANTS[name]
    folder = out / name / gold.stem
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for n, rec in enumerate(load_gold(gold)):
        src = resolve_article(rec["file"], shared)
        dst = folder / f"{n:03d}_{src.name}"
        dst.write_text(fn(src.read_text("utf-8")), "utf-8")
        quotes = [dict(q, text=fn(q["text"])) for q in rec["quotes"]]
        records.append({"file": str(dst), "quotes": quotes})
    path = folder / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


def detection_recall(gold: Path, shared: Path | None) -> tuple[int, int]:
    """Gold direct quotes found as a quote of any kind, and all gold direct quotes."""
    found = total = 0
    for rec in load_gold(gold):
        story = read_story(resolve_article(rec["file"], shared))
        story.sentences = split_sentences(story.body)
        preds = [norm_text(q.text) for q in find_quotes(story, find_people(story))]
        for g in rec["quotes"]:
            if g.get("kind", "direct") != "direct":
                continue
            total += 1
            toks = norm_text(g["text"])
            found += any(overlap(toks, p) >= 0.8 for p in preds)
    return found, total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder for the rewritten texts (outside the repo)")
    ap.add_argument("--gold", type=Path, nargs="*", default=None)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    golds = args.gold or sorted((ROOT / "tests/data/quotes").glob("*.jsonl"))
    print(f"{'set':<10} {'variant':<9} {'detect':>13} {'P':>7} {'R':>7} {'F1':>7}")
    for gold in golds:
        sets = {"original": gold}
        for name in VARIANTS:
            sets[name] = write_variant(gold, args.out, name, args.shared)
        for name, path in sets.items():
            found, total = detection_recall(path, args.shared)
            r = score(path, args.shared)
            det = f"{found}/{total} {found / total:.3f}" if total else "-"
            print(
                f"{gold.stem:<10} {name:<9} {det:>13} {r['precision']:>7.4f} "
                f"{r['recall']:>7.4f} {r['f1']:>7.4f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
