"""Experiment: can a learned screen drop the neutral statements no gold position backs?

Usage: python benchmarks/neutral_screen.py --gold FILE[:CORPUS] [--gold ...] [--shared DIR]
       [--examples FILE] [--c C] [--words]

Session 13 (issue 15 point 2): pooled over every dev positions set, most statements no gold
position backs are neutral ones: a state's or a body's words that report, describe or chat
rather than take a position. This script asks whether the construction of a neutral statement
tells the two apart on sets the model has not seen. It changes nothing in briefgen (the answer
was no: docs/accuracy.md, "Session 13, neutral13"); kept so the figures can be reproduced and
the question asked again with other features. Pure Python (no scikit-learn).

Each ``--gold`` is a positions gold file in the format of ``benchmarks/positions_benchmark.py``
with the folder its web ``file`` paths are relative to (omitted: a BBC/seed set of
tests/data/positions, its files found as the benchmark finds them). Only dev gold belongs here.

Every page is analysed as briefgen analyses a story; each statement the rules leave neutral is
one example (:func:`features`: who voices it, the speech verb around it, a direct quote or the
reporter's paraphrase, tense and aspect, a modal, "will", a negation, "we" or "I", numbers and
percentages, a question, a word of the stance lexicon, whether its issue is named, where it
stands in the story, its length; ``--words``: also the crude stems of its words seen in at
least three sets), labelled backed when a gold position of the same country overlaps its
evidence, as the benchmark scores it. A logistic regression (L2, plain gradient descent from
zero: deterministic) is fitted with one gold file held out at a time (leave-one-set-out: each
set has its own annotator and outlets). Printed per held-out set: its neutral statements (how
many no gold position backs), the AUC of the held-out probabilities within the set, and at each
threshold the statements a screen would drop that no gold position backs (wrong) / that one
backs (right) / the gold positions no statement would state any more; then pooled.
``--examples`` caches the examples as JSON (read instead of analysing when the file exists).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from positions_benchmark import ALIASES, gold_spans, load_any, load_gold, resolve  # noqa: E402

from briefgen.analysis.pipeline import analyze_builtin  # noqa: E402
from briefgen.analysis.stance_lexicon import cues  # noqa: E402
from briefgen.analysis.stance_model import _words, stem  # noqa: E402
from briefgen.model import Statement, Story  # noqa: E402

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
WORD_SETS = 3  # --words: a word's stem is a feature when seen in this many sets

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?|\d[\d,.]*%?")
_OPENING_QUOTES = "\"“‘'"
_SAY = frozenset(["said", "says", "say", "told", "tells", "added", "adds", "saying"])
_ANNOUNCE = frozenset(
    ["announced", "announces", "confirmed", "confirms", "reported", "reports", "stated", "states"]
)
_THINK = frozenset(["believes", "believe", "thinks", "think", "expects", "expect", "estimated"])
_PERSONAL = frozenset(["recalled", "joked", "quipped", "laughed", "remembered", "explained"])
_MODALS = frozenset(["must", "should", "could", "would", "may", "might", "can", "need", "needs"])
_NEGATIONS = frozenset(["not", "never", "no", "nor", "cannot", "without"])
_PAST = frozenset(["was", "were", "had", "did"])
_PERFECT = frozenset(["has", "have", "been"])
_WE = frozenset(["we", "our", "us"])
_BODY_WORDS = ("ministry", "office", "department", "council", "agency", "committee", "commission")
_ROLE_WORDS = {
    "spokes": "spokesperson",
    "minister": "minister",
    "president": "leader",
    "prime": "leader",
    "king": "leader",
    "leader": "leader",
    "official": "official",
    "ambassador": "diplomat",
    "envoy": "diplomat",
}


def _voice(statement: Statement, persons: frozenset[str]) -> str:
    """The kind of voice holding ``statement``: a named person's role, a body, the state."""
    actor = statement.actor
    if actor is None:
        return "state"
    low = actor.lower()
    for word, kind in _ROLE_WORDS.items():
        if word in low:
            return kind
    if any(w in low for w in _BODY_WORDS):
        return "body"
    if actor in persons:
        return "person"
    return "other"


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    """The index of the first edge ``value`` is below (len(edges) when none)."""
    for i, edge in enumerate(edges):
        if value < edge:
            return i
    return len(edges)


def features(story: Story, statement: Statement, persons: frozenset[str]) -> set[str]:
    """The construction features of the analysed ``statement`` of ``story``."""
    body = story.body
    start, end = statement.start, statement.end
    text = body[start:end]
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text)]
    wordset = set(words)
    sentence = story.sentence_at(start)
    lo = sentence[0] if sentence is not None else start
    frame = {w.lower() for w in _WORD.findall(body[max(lo, start - 80) : start])}
    after = {w.lower() for w in _WORD.findall(body[end : end + 40])}
    around = frame | after | set(words[:6])  # the verb: before, after or opening the words
    out = {"voice:" + _voice(statement, persons)}
    quoted = (start > 0 and body[start - 1] in _OPENING_QUOTES) or any(
        q.kind == "direct" and q.start <= start and end <= q.end + 1 for q in story.quotes
    )
    out.add("quoted" if quoted else "reported")
    for name, verbs in (
        ("say", _SAY),
        ("announce", _ANNOUNCE),
        ("think", _THINK),
        ("personal", _PERSONAL),
    ):
        if verbs & around:
            out.add("verb:" + name)
    if wordset & _MODALS:
        out.add("modal")
    if "will" in wordset or "'ll" in text:
        out.add("will")
    if wordset & _NEGATIONS or any(w.endswith("n't") for w in words):
        out.add("neg")
    if wordset & _PAST:
        out.add("past")
    if wordset & _PERFECT:
        out.add("perfect")
    if wordset & _WE:
        out.add("we")
    if "i" in wordset:
        out.add("i")
    if any(w[0].isdigit() for w in words):
        out.add("number")
    if "%" in text or "percent" in wordset or "cent" in wordset:
        out.add("percent")
    if "?" in text:
        out.add("question")
    lexicon = cues()
    if any((w,) in lexicon.verbs for w in words) or any(w in lexicon.nouns for w in words):
        out.add("stance_word")
    out.add("issue:other" if statement.issue == "other" else "issue:named")
    out.add(f"len:{_bucket(len(words), (8, 16, 30, 50))}")
    out.add(f"at:{_bucket(start * 10 // max(1, len(body)), (1, 3, 6))}")
    return out


def set_examples(gold: Path, corpus: Path | None, shared: Path) -> list[dict]:
    """The statements of one gold file: neutral or not, features, words, and which gold
    positions (index in the page) each one states."""
    out: list[dict] = []
    for article in load_gold(gold):
        if corpus is not None:
            path = corpus / article["file"]
        else:
            path = resolve(shared, article["file"], gold)
        story = analyze_builtin(load_any(path))
        spans = [(p, gold_spans(story.body, p)) for p in article["positions"]]
        persons = frozenset(a.name for a in story.actors if a.kind == "person")
        for s in story.statements:
            country = ALIASES.get(s.country, s.country)
            states = [
                i
                for i, (p, found) in enumerate(spans)
                if p["country"] == country and any(s.start < e and b < s.end for b, e in found)
            ]
            text = story.body[s.start : s.end]
            out.append(
                {
                    "page": article["file"],
                    "neutral": s.stance == "neutral",
                    "features": sorted(features(story, s, persons)),
                    "words": sorted({"w:" + stem(w) for w in _words(text)}),
                    "states": states,
                }
            )
    return out


def with_words(sets: dict[str, list[dict]]) -> None:
    """Add to each example the stems of its words seen in at least :data:`WORD_SETS` sets."""
    seen: dict[str, set[str]] = defaultdict(set)
    for name, rows in sets.items():
        for r in rows:
            for w in r["words"]:
                seen[w].add(name)
    for rows in sets.values():
        for r in rows:
            r["features"] = sorted(
                {*r["features"], *(w for w in r["words"] if len(seen[w]) >= WORD_SETS)}
            )


Model = tuple[dict[str, float], float]  # the weights and the bias


def fit(rows: list[dict], c: float, steps: int = 3000, rate: float = 0.5) -> Model:
    """A logistic regression of backed on the features of ``rows`` (L2 with inverse strength
    ``c``), by batch gradient descent from zero weights."""
    vocab = sorted({f for r in rows for f in r["features"]})
    index = {f: i for i, f in enumerate(vocab)}
    xs = [[index[f] for f in r["features"]] for r in rows]
    ys = [1.0 if r["states"] else 0.0 for r in rows]
    w = [0.0] * len(vocab)
    b = 0.0
    n = len(rows)
    for _ in range(steps):
        gw = [wi / (c * n) for wi in w]
        gb = 0.0
        for x, y in zip(xs, ys, strict=True):
            d = (probability(b + sum(w[i] for i in x)) - y) / n
            gb += d
            for i in x:
                gw[i] += d
        b -= rate * gb
        w = [wi - rate * g for wi, g in zip(w, gw, strict=True)]
    return {f: w[i] for f, i in index.items()}, b


def probability(score: float) -> float:
    """The logistic of ``score``."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def held_out(sets: dict[str, list[dict]], c: float) -> dict[str, list[tuple[float, dict]]]:
    """Each set's neutral statements with the probability of being backed that a model fitted
    on the other sets gives."""
    out: dict[str, list[tuple[float, dict]]] = {}
    for name, rows in sets.items():
        train = [r for other, rs in sets.items() if other != name for r in rs if r["neutral"]]
        weights, bias = fit(train, c)
        out[name] = [
            (probability(bias + sum(weights.get(f, 0.0) for f in r["features"])), r)
            for r in rows
            if r["neutral"]
        ]
    return out


def auc(reads: list[tuple[float, dict]]) -> float | None:
    """The chance a backed statement gets a higher probability than an unbacked one."""
    backed = [p for p, r in reads if r["states"]]
    unbacked = [p for p, r in reads if not r["states"]]
    if not backed or not unbacked:
        return None
    wins = sum((a > b) + 0.5 * (a == b) for a in backed for b in unbacked)
    return wins / (len(backed) * len(unbacked))


def lost_positions(rows: list[dict], dropped: list[dict]) -> int:
    """The gold positions stated by some statement of ``rows`` and by none once ``dropped`` go."""
    gone = {id(r) for r in dropped}
    before = {(r["page"], i) for r in rows for i in r["states"]}
    after = {(r["page"], i) for r in rows if id(r) not in gone for i in r["states"]}
    return len(before - after)


def report(sets: dict[str, list[dict]], reads: dict[str, list[tuple[float, dict]]]) -> None:
    """Print the held-out table, per set and pooled."""
    print("set: neutral statements (no gold backing), AUC within the set | at each threshold:")
    print("     dropped wrong/right/gold positions no longer stated")
    print("thresholds: " + " ".join(str(t) for t in THRESHOLDS))
    pooled = {t: [0, 0, 0, 0, 0] for t in THRESHOLDS}  # wrong, right, lost, sets +, sets -
    weighted = weight = 0.0
    for name, rs in reads.items():
        cells = []
        for t in THRESHOLDS:
            dropped = [r for p, r in rs if p < t]
            wrong = sum(not r["states"] for r in dropped)
            right = len(dropped) - wrong
            lost = lost_positions(sets[name], dropped)
            cells.append(f"{wrong}/{right}/{lost}")
            row = pooled[t]
            row[0] += wrong
            row[1] += right
            row[2] += lost
            row[3] += wrong > right
            row[4] += right > wrong
        unbacked = sum(not r["states"] for _, r in rs)
        area = auc(rs)
        if area is not None:
            weighted += area * unbacked
            weight += unbacked
        shown = "-" if area is None else f"{area:.3f}"
        print(f"  {name}: {len(rs)} ({unbacked}), {shown} | " + "  ".join(cells))
    every = [x for rs in reads.values() for x in rs]
    pooled_auc = auc(every)
    print(
        f"AUC: within sets, weighted by unbacked statements, {weighted / max(weight, 1):.3f}; "
        f"pooled {0.0 if pooled_auc is None else pooled_auc:.3f}"
    )
    for t in THRESHOLDS:
        wrong, right, lost, gain, lose = pooled[t]
        print(
            f"pooled at {t}: dropped wrong {wrong}, right {right}, gold positions lost {lost}; "
            f"sets gaining precision {gain}, losing {lose}"
        )


def _gold_arg(value: str) -> tuple[Path, Path | None]:
    gold, sep, corpus = value.partition(":")
    return Path(gold), (Path(corpus) if sep else None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=_gold_arg, action="append", required=True)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--examples", type=Path, help="cache of the examples (JSON)")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength")
    ap.add_argument("--words", action="store_true", help="add the stems of the words")
    args = ap.parse_args(argv)
    for gold, corpus in args.gold:
        if not gold.is_file() or (corpus is not None and not corpus.is_dir()):
            print(f"neutral_screen: {gold}: no such file or folder", file=sys.stderr)
            return 2
    if args.examples is not None and args.examples.is_file():
        sets = json.loads(args.examples.read_text("utf-8"))
    else:
        sets = {f"{g.parent.name}/{g.name}": set_examples(g, c, args.shared) for g, c in args.gold}
        if args.examples is not None:
            args.examples.write_text(json.dumps(sets), "utf-8")
    if args.words:
        with_words(sets)
    n = sum(r["neutral"] for rs in sets.values() for r in rs)
    print(f"statements: {sum(map(len, sets.values()))}, neutral {n}, in {len(sets)} sets")
    report(sets, held_out(sets, args.c))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
