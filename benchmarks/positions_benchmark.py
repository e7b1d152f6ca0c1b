"""Positions-by-country benchmark against the hand-written gold (tests/data/positions/gold.json).

Prints country precision/recall (countries or bodies with at least one predicted statement vs
the gold countries of each article, micro-averaged), how many gold positions are stated (a
predicted statement of the same country whose evidence span overlaps the gold evidence), and
statement precision: the predicted statements supported by a gold position (same country,
overlapping evidence). An unsupported statement is a wrong position, or one the annotator
missed: ``-v`` lists them for reading.

    /work/venv/bin/python benchmarks/positions_benchmark.py [--gold FILE] [--shared ../shared] [-v]

``--gold tests/data/positions/heldout.json`` scores the blind held-out set instead of the dev set.

Web pages (issue 15): ``--gold /work/corpora/web/gold/positions_blind.jsonl --corpus
/work/corpora/web`` scores the blind web pages (``file`` is relative to the corpus folder; HTML is
read by briefgen's own ingestion, so evidence is a substring of the body briefgen extracts; an
absolute ``file``, as annotators write it, is read where it names). Gold
positions may carry ``stance`` (supports, opposes, demands, proposes, conditions, rejects, denies,
accuses, warns, neutral) and ``stance_alt`` (other readings the annotator accepts); the scorer then
also prints the stance of the statements backed by a gold position: exact (the engine's label is
one the annotator accepts) and by family (support: supports/proposes; opposition:
opposes/rejects/denies/accuses/warns; demand: demands/conditions; neutral). ``benchmarks/
web_positions_blind.json`` is the same gold without article text (spans as body offsets with the
evidence's sha1), usable when the full gold is not at hand; a span whose text no longer hashes the
same (the body extraction changed) is reported and not scored.

A last line gives the same figures for the statements with a stance only: the brief's
Positions section leaves "neutral" statements out, so these are what a reader sees (before
the section's other filters: issues the lexicon cannot name, international bodies).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_spans import anchored_span, corpus_name

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.analysis.stance_model import FAMILY
from briefgen.ingest import load_stories
from briefgen.model import Story

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "positions" / "gold.json"
ALIASES = {
    "UNSC": "UN",
    "WORLDBANK": "WORLD_BANK",
    "PARISCLUB": "PARIS_CLUB",
}  # gold README codes: "UN" includes the Security Council
WEB = Path("/work/corpora/web")


def gold_corpus_arg(value: str) -> tuple[Path, Path]:
    """A ``GOLD_FILE:CORPUS_FOLDER`` command-line value (the fit and error scripts' ``--gold``)."""
    gold, sep, corpus = value.rpartition(":")
    if not sep or not gold:
        raise argparse.ArgumentTypeError(f"{value}: expected GOLD_FILE:CORPUS_FOLDER")
    return Path(gold), Path(corpus)


def load_gold(path: Path) -> list[dict]:
    """A gold file: a JSON list of articles, or JSON Lines (one article per line)."""
    text = path.read_text("utf-8")
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


def load_any(path: Path) -> Story:
    """A story: BBC-style text files directly, anything else (HTML) through briefgen's ingestion."""
    if path.suffix == ".txt":
        return load_story(path)
    result = load_stories([str(path)])
    if not result.stories:
        raise ValueError(f"{path}: no story read ({'; '.join(result.problems)})")
    return result.stories[0]


def gold_spans(body: str, position: dict) -> list[tuple[int, int]]:
    """Every span of ``body`` the gold position's evidence covers (each occurrence of the
    evidence text; or the stored offsets, found again by their sha1 when the body moved)."""
    evidence = position.get("evidence")
    if evidence is None:
        span = anchored_span(body, position["start"], position["end"], position["evidence_sha1"])
        return [span] if span else []
    spans, at = [], body.find(evidence)
    while at >= 0 and evidence:
        spans.append((at, at + len(evidence)))
        at = body.find(evidence, at + 1)
    return spans


def accepted(position: dict) -> set[str]:
    """The stances the annotator accepts for a gold position (empty: no stance annotated)."""
    stance = position.get("stance")
    return {stance, *position.get("stance_alt", [])} if stance else set()


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


def export_offsets(gold_path: Path, out: Path, corpus: Path = WEB) -> int:
    """Write the gold without article text: ``file`` relative to ``corpus``, each evidence as
    body offsets plus its sha1 (the first occurrence); returns the number of positions written."""
    articles, count = [], 0
    for article in load_gold(gold_path):
        body = load_any(corpus / article["file"]).body
        positions = []
        for position in article["positions"]:
            start = body.find(position["evidence"])
            if start < 0:
                raise ValueError(f"{article['file']}: evidence not in the body")
            end = start + len(position["evidence"])
            kept = {k: v for k, v in position.items() if k != "evidence"}
            digest = hashlib.sha1(body[start:end].encode("utf-8")).hexdigest()
            positions.append({**kept, "start": start, "end": end, "evidence_sha1": digest})
            count += 1
        name = corpus_name(corpus / article["file"], corpus, article["file"])
        articles.append({**article, "file": name, "positions": positions})
    out.write_text(json.dumps(articles, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return count


def score(
    gold_path: Path = GOLD,
    shared: Path = ROOT.parent / "shared",
    verbose: bool = False,
    corpus: Path = WEB,
) -> dict[str, float]:
    """Country precision/recall, gold positions stated, statement precision and (when the gold
    has stances) stance accuracy of the backed statements; prints per-article misses."""
    gold = load_gold(gold_path)
    tp = fp = fn = 0
    stated = total = 0
    supported = statements = 0
    stance_checked = stance_exact = stance_family = 0
    lost = 0
    # the statements with a stance (the brief leaves out "neutral" ones): the same figures
    shown = shown_supported = stated_shown = shown_checked = shown_family = 0
    for article in gold:
        relative = Path(article["file"])
        web_page = relative.parts[0] in ("dev", "blind", "pages")
        if relative.is_absolute():  # an annotator's page named by its full path
            path = relative
        else:
            path = corpus / relative if web_page else resolve(shared, article["file"], gold_path)
        story = analyze_builtin(load_any(path))
        for statement in story.statements:  # the gold's UN row includes the Security Council
            statement.country = ALIASES.get(statement.country, statement.country)
        predicted = {s.country for s in story.statements}
        expected = set(article["countries"])
        tp += len(predicted & expected)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
        spans = []
        for position in article["positions"]:
            total += 1
            found = gold_spans(story.body, position)
            lost += not found
            spans.append((position, found))
            hit = any(
                s.country == position["country"] and s.start < end and start < s.end
                for s in story.statements
                for start, end in found
            )
            stated += hit
            stated_shown += any(
                s.country == position["country"]
                and s.stance != "neutral"
                and s.start < end
                and start < s.end
                for s in story.statements
                for start, end in found
            )
            if verbose and not hit:
                text_shown = position.get("evidence", f"@{position.get('start')}")
                print(f"  missed {position['country']}: {text_shown[:90]}")
        for s in story.statements:
            statements += 1
            backing = [
                position
                for position, found in spans
                if position["country"] == s.country
                and any(s.start < end and start < s.end for start, end in found)
            ]
            supported += bool(backing)
            if s.stance != "neutral":
                shown += 1
                shown_supported += bool(backing)
            stances = set().union(*(accepted(p) for p in backing)) if backing else set()
            if stances:
                stance_checked += 1
                stance_exact += s.stance in stances
                right = FAMILY.get(s.stance) in {FAMILY[x] for x in stances}
                stance_family += right
                if s.stance != "neutral":
                    shown_checked += 1
                    shown_family += right
                if verbose and not right:
                    text = story.body[s.start : s.end]
                    print(f"  stance {s.country} {s.stance} (gold {sorted(stances)}): {text[:90]}")
            if verbose and not backing:
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
        "stance_checked": stance_checked,
        "stance_exact": stance_exact,
        "stance_family": stance_family,
        "lost_spans": lost,
        "shown": shown,
        "shown_supported": shown_supported,
        "stated_shown": stated_shown,
        "shown_checked": shown_checked,
        "shown_family": shown_family,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--gold", default=str(GOLD), help="gold file (default: the dev set)")
    parser.add_argument(
        "--corpus", default=str(WEB), help="folder of the web pages (dev/, blind/ or pages/)"
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--export-offsets",
        metavar="OUT",
        help="write the gold without article text (offsets + sha1) to OUT and stop",
    )
    args = parser.parse_args()
    if args.export_offsets:
        count = export_offsets(Path(args.gold), Path(args.export_offsets), Path(args.corpus))
        print(f"{count} positions -> {args.export_offsets}")
        return
    result = score(Path(args.gold).resolve(), Path(args.shared), args.verbose, Path(args.corpus))
    tp, fp, fn = result["tp"], result["fp"], result["fn"]
    stated, total = result["stated"], result["positions"]
    print(f"articles: {result['articles']}")
    print(f"country precision: {result['precision']:.3f} ({tp}/{tp + fp})")
    print(f"country recall:    {result['recall']:.3f} ({tp}/{tp + fn})")
    print(f"gold positions stated: {stated}/{total} ({stated / total:.3f})")
    supported, statements = result["supported"], result["statements"]
    share = supported / statements if statements else 0.0
    print(f"statement precision: {share:.3f} ({supported}/{statements} backed by a gold position)")
    checked = result["stance_checked"]
    if checked:
        exact, family = result["stance_exact"], result["stance_family"]
        print(f"stance family right: {family / checked:.3f} ({family}/{checked} backed statements)")
        print(f"stance exact:        {exact / checked:.3f} ({exact}/{checked})")
    shown = result["shown"]
    if shown:
        backed, found = result["shown_supported"], result["stated_shown"]
        line = (
            f"with a stance (the brief's; neutral left out): precision {backed / shown:.3f} "
            f"({backed}/{shown}), gold positions stated {found}/{total} ({found / total:.3f})"
        )
        if result["shown_checked"]:
            family, checked_shown = result["shown_family"], result["shown_checked"]
            line += f", stance family {family / checked_shown:.3f} ({family}/{checked_shown})"
        print(line)
    if result["lost_spans"]:
        print(f"gold spans not found in the body (extraction changed?): {result['lost_spans']}")


if __name__ == "__main__":
    main()
