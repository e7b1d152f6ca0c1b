"""Score the timeline, watch, open-questions and BLUF sections against hand-written gold.

Usage: python benchmarks/sections_benchmark.py [tests/data/sections_gold.json]
Prints, per brief and per section, how many expected items were found, then the totals, the
number of forbidden questions produced, and the speed of find_dates over the BBC corpus.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from briefgen.analysis.dates import find_dates
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.ingest.text import read_stories
from briefgen.model import Story
from briefgen.sections.bluf import BlufConfig, build_bluf
from briefgen.sections.open_questions import OpenQuestionsConfig, build_questions
from briefgen.sections.timeline import TimelineConfig, build_timeline
from briefgen.sections.watch import WatchConfig, build_watch

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path(__file__).resolve().parents[1] / "samples" / "stories"


def _corpus_dir() -> Path:
    """../shared/corpus/bbc when present, else the articles copied under tests/data/corpus."""
    root = Path(__file__).resolve().parents[1]
    shared = root.parent / "shared" / "corpus" / "bbc"
    return shared if shared.is_dir() else root / "tests" / "data" / "corpus"


BBC = _corpus_dir()


def load(ref: str) -> Story:
    """A story from a gold reference: "seed:000" or "bbc:<category>/<file>"."""
    kind, _, name = ref.partition(":")
    path = next(SEEDS.glob(f"{name}_*.txt")) if kind == "seed" else BBC / name
    stories = read_stories(path=path, data=path.read_bytes())
    assert stories, ref
    return analyze_builtin(stories[0])


def _has(text: str, words: list[str]) -> bool:
    low = text.lower()
    return all(w.lower() in low for w in words)


def score(brief: dict) -> dict[str, tuple[int, int]]:
    """(found, expected) per section for one gold brief."""
    stories = [load(ref) for ref in brief["stories"]]
    as_of = date.fromisoformat(brief["as_of"])
    timeline = build_timeline(stories, TimelineConfig(max_items=100))
    watch = build_watch(stories, as_of, WatchConfig(max_items=100))
    questions = build_questions(stories, OpenQuestionsConfig(max_items=100, max_per_kind=100))
    bluf = build_bluf(stories, BlufConfig())
    out: dict[str, tuple[int, int]] = {}
    found = 0
    for exp in brief["timeline"]:
        hit = any(
            item.date is not None
            and item.date.isoformat() == exp["date"]
            and item.precision == exp["precision"]
            and _has(item.event, exp["words"])
            for item in timeline
        )
        found += hit
        if not hit:
            print(f"    missed timeline {exp['date']} {exp['words']}: {exp.get('note', '')}")
    out["timeline"] = (found, len(brief["timeline"]))
    wrong = 0
    for bad in brief.get("not_timeline", []):
        listed = [
            item
            for item in timeline
            if item.date is not None
            and item.date.isoformat() == bad["date"]
            and _has(item.event, bad["words"])
        ]
        wrong += bool(listed)
        if listed:
            print(f"    non-event in timeline {bad['date']} {bad['words']}: {bad.get('note', '')}")
    out["timeline-nonevents"] = (wrong, 0)
    found = 0
    for exp in brief["watch"]:
        want = exp["date"]
        hit = any(
            (item.date.isoformat() if item.date else None) == want and _has(item.what, exp["words"])
            for item in watch
        )
        found += hit
        if not hit:
            print(f"    missed watch {want} {exp['words']}: {exp.get('note', '')}")
    out["watch"] = (found, len(brief["watch"]))
    found = 0
    for exp in brief["open_questions"]:
        hit = any(
            q.kind == exp["kind"]
            and (exp.get("issue") is None or q.issue == exp["issue"])
            and exp["phrase"].lower() in q.question.lower()
            for q in questions
        )
        found += hit
        if not hit:
            print(f"    missed question {exp['kind']} {exp['phrase']!r}")
    out["open-questions"] = (found, len(brief["open_questions"]))
    forbidden = sum(
        1 for q in questions for w in brief["forbidden_questions"] if w in q.question.lower()
    )
    out["forbidden"] = (forbidden, 0)
    found = 0
    for exp in brief["bluf"]:
        hit = any(_has(item.text, exp["words"]) for item in bluf)
        found += hit
        if not hit:
            print(f"    missed BLUF fact {exp['words']}: {exp.get('note', '')}")
    out["bluf"] = (found, len(brief["bluf"]))
    return out


def speed() -> float:
    """Stories per second of find_dates over the BBC corpus (sentences pre-split)."""
    from briefgen.analysis.sentences import split_sentences

    stories = []
    for path in sorted(BBC.glob("*/*.txt")):
        title, _, body = path.read_text("utf-8", errors="replace").partition("\n")
        story = Story(title=title, body=body)
        story.sentences = split_sentences(body)
        stories.append(story)
    t0 = time.perf_counter()
    for story in stories:
        find_dates(story)
    return len(stories) / (time.perf_counter() - t0)


def main() -> None:
    gold_path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/data/sections_gold.json"
    gold = json.loads(gold_path.read_text("utf-8"))
    totals: dict[str, list[int]] = {}
    for brief in gold["briefs"]:
        print(f"{brief['name']}:")
        result = score(brief)
        for section, (found, expected) in result.items():
            if section == "forbidden":
                print(f"  forbidden questions produced: {found}")
            elif section == "timeline-nonevents":
                print(f"  timeline non-events listed: {found}")
            else:
                print(f"  {section:15s} {found}/{expected}")
            t = totals.setdefault(section, [0, 0])
            t[0] += found
            t[1] += expected
    print("TOTAL:")
    for section, (found, expected) in totals.items():
        if section == "forbidden":
            print(f"  forbidden questions produced: {found}")
        elif section == "timeline-nonevents":
            print(f"  timeline non-events listed: {found}")
        else:
            print(f"  {section:15s} {found}/{expected}")
    print(f"find_dates speed: {speed():.0f} BBC stories/s (one core)")


if __name__ == "__main__":
    main()
