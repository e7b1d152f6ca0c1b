"""Which rule gave each speaker, and how often each rule is wrong, over pooled quote sets.

Usage: python benchmarks/speaker_routes.py [--set NAME=GOLD ...] [--polnear PATH] [--out FILE]

Every direct quote (and gold fragment) a set's gold matches, scored as
``quotes_benchmark.py`` scores it (PolNeAR train as ``polnear_benchmark.py`` does), is
labelled with the **route** that produced its speaker: the first attribution step of
``briefgen.analysis.quotes`` whose answer was the speaker (``after_cue``, ``before_cue``,
``_introducing_verb``, ``_fragment_speaker``, ... with the quote's cue), or for a
continuation how it got there (``cont:chain``: another piece of the quotation; ``cont:paraN``:
the speaker's last speech N paragraphs back; ``cont:multipara``: a quotation over several
paragraphs). The steps are observed by wrapping the module's functions for the run (the
analysis itself is unchanged), so a route is "the step that answered", not a proof of why.

Prints a table route x set of wrong speakers (a named speaker the gold does not give; a
null speaker is no error) with each route's pooled precision, and writes one JSON line per
scored quote to ``--out`` (route, speaker, gold, right or wrong) for reading the errors.
The sets are those given with ``--set NAME=PATH`` (web pages are read under ``--corpus``),
else the repository's quote gold (dev and held-out 1-3). PolNeAR: train only.
"""

from __future__ import annotations

import argparse
import bisect
import io
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import polnear_benchmark as pn  # noqa: E402
import quotes_benchmark as qb  # noqa: E402

import briefgen.analysis.quotes as quotes_mod  # noqa: E402
from briefgen.analysis.people import find_people  # noqa: E402
from briefgen.analysis.sentences import paragraphs, split_sentences  # noqa: E402
from briefgen.model import Quote, Story  # noqa: E402

DEFAULT_SETS = {
    "dev": ROOT / "tests/data/quotes/gold.jsonl",
    "h1": ROOT / "tests/data/quotes/heldout.jsonl",
    "h2": ROOT / "tests/data/quotes/heldout2.jsonl",
    "h3": ROOT / "tests/data/quotes/heldout3.jsonl",
}
# the attribution steps watched, each with where its piece's opening mark is in its arguments
_STEPS: dict[str, Callable[..., int]] = {
    name: (lambda ctx, pc, *rest: pc.open_at)
    for name in (
        "_introducing_verb",
        "after_cue",
        "descriptive_cue",
        "before_cue",
        "run_on_cue",
        "dash_signature",
        "sentence_subject_speaker",
        "_fragment_speaker",
    )
}
_STEPS["described_org"] = lambda ctx, descr, at: at
_STEPS["described_person"] = lambda ctx, descr, at: at
_STEPS["continued_speaker"] = lambda ctx, pieces, idx, *rest: pieces[idx].open_at


class Tracer:
    """Records, per opening mark, what each watched step answered during one analysis."""

    def __init__(self) -> None:
        self.calls: dict[int, list[tuple[str, Any, Any]]] = {}
        self.chained: set[int] = set()

    def install(self) -> None:
        for name, where in _STEPS.items():
            setattr(quotes_mod, name, self._wrap(name, getattr(quotes_mod, name), where))
        share = quotes_mod.share_chains

        def share_chains(ctx: Any, pieces: list[Any]) -> None:
            open_before = {p.open_at for p in pieces if p.speaker is None}
            share(ctx, pieces)
            self.chained |= {p.open_at for p in pieces if p.speaker and p.open_at in open_before}

        quotes_mod.share_chains = share_chains

    def _wrap(self, name: str, fn: Callable[..., Any], where: Callable[..., int]) -> Any:
        def watched(*args: Any) -> Any:
            answer = fn(*args)
            self.calls.setdefault(where(*args), []).append((name, _person(answer), answer))
            return answer

        return watched

    def route(self, q: Quote, lines: list[tuple[int, int]]) -> str:
        """The route of a quote with a speaker (see the module docstring)."""
        key = next((k for k in (q.start - 1, q.start - 2, q.start) if k in self.calls), None)
        calls = self.calls.get(key, []) if key is not None else []
        kind = "frag" if q.kind == "fragment" else "dir"
        if q.cue == "model":
            return "dir:model"
        if q.cue == "continuation":
            if key in self.chained:
                return "cont:chain"
            starts = [s for s, _e in lines]
            for name, p, answer in calls:
                if name == "continued_speaker" and p is not None and p.name == q.speaker.name:
                    back = bisect.bisect_right(starts, q.start) - bisect.bisect_right(
                        starts, answer[2]
                    )
                    return f"cont:para{min(back, 3)}"
            return "cont:multipara"
        for name, p, _answer in calls:
            if p is not None and getattr(p, "name", None) == q.speaker.name:
                return f"{kind}:{name.strip('_')}:{q.cue}"
        return f"{kind}:other:{q.cue}"


def _person(answer: Any) -> Any:
    """The person in a step's answer (a tuple's first item, a description's name)."""
    if isinstance(answer, tuple):
        answer = answer[0]
    if answer is not None and hasattr(answer, "named") and not hasattr(answer, "mentions"):
        answer = answer.named
    return answer


def analyse(tracer: Tracer, story: Story) -> tuple[list[Quote], list[tuple[int, int]]]:
    tracer.calls.clear()
    tracer.chained.clear()
    story.sentences = split_sentences(story.body)
    found = quotes_mod.find_quotes(story, find_people(story))
    return found, paragraphs(story.body)


def quote_set(
    tracer: Tracer, name: str, gold: Path, shared: Path, corpus: Path, out: TextIO
) -> None:
    for rec in qb.load_gold(gold):
        story = qb.read_story(qb.resolve_article(rec["file"], shared, corpus))
        found, lines = analyse(tracer, story)
        golds, _lost = qb.gold_quotes(rec, story.body)
        frags = [g for g in golds if g.get("kind") == "fragment"]
        direct = [g for g in golds if g.get("kind", "direct") == "direct"]
        tokens = [qb.norm_text(g["text"]) for g in direct]
        used: set[int] = set()
        for q in found:
            qt = qb.norm_text(q.text)
            if q.kind == "fragment" and q.speaker.name:
                g = next((g for g in frags if qb.overlap(qt, qb.norm_text(g["text"])) >= 0.8), None)
            elif q.kind == "direct":
                best, best_ov = -1, 0.0
                for gi, gt in enumerate(tokens):
                    ov = 1.0 if qt == gt else qb.overlap(qt, gt)
                    if gi not in used and ov > best_ov:
                        best, best_ov = gi, ov
                g = direct[best] if best_ov >= 0.8 else None
                if g is not None:
                    used.add(best)
            else:
                continue
            if g is None or not q.speaker.name:
                continue
            right = qb.same_speaker(q.speaker.name, g["speaker"], story.body)
            _write(out, name, rec["file"], q, tracer.route(q, lines), g["speaker"], right)


def polnear(tracer: Tracer, path: Path, out: TextIO) -> None:
    corpus = pn.Corpus(path)
    texts = corpus.list("data/train/text")
    by_article: dict[str, str] = {}
    for a in corpus.list("data/train/attributions"):
        by_article.setdefault(a.rsplit("/", 1)[1].rsplit("_", 1)[0], a)
    pairs = [(t, by_article.get(t.rsplit("/", 1)[1][:-4], "")) for t in texts]
    pairs = [(t, a) for t, a in pairs if a]
    files = corpus.read([p for pair in pairs for p in pair])
    for tname, aname in pairs:
        text = files[tname]
        story, k = pn.make_story(tname, text)
        found, lines = analyse(tracer, story)
        found = sorted((q for q in found if q.kind != "indirect"), key=lambda q: q.start)
        starts = [q.start for q in found]
        for u in pn.gold_units(text, files[aname]):
            q = pn.best_match(found, starts, u, k) if u.names else None
            if q is None or not q.speaker.name:
                continue
            right = bool(pn.speaker_tokens(q.speaker.name) & u.names)
            _write(out, "PN", tname, q, tracer.route(q, lines), u.source, right)


def _write(out: TextIO, name: str, file: str, q: Quote, route: str, gold: Any, right: bool) -> None:
    row = {"set": name, "file": file, "start": q.start, "route": route, "speaker": q.speaker.name}
    row.update({"gold": gold, "right": right, "text": q.text[:80]})
    out.write(json.dumps(row, ensure_ascii=False) + "\n")


def table(rows: list[dict[str, Any]], sets: list[str]) -> str:
    """Markdown: wrong speakers per route and set, and each route's pooled precision."""
    total: Counter[str] = Counter(r["route"] for r in rows)
    wrong: Counter[tuple[str, str]] = Counter(
        (r["route"], r["set"]) for r in rows if not r["right"]
    )
    lines = ["| route | " + " | ".join(sets) + " | wrong / n | precision |"]
    lines.append("|---|" + "---|" * (len(sets) + 2))
    for route, n in total.most_common():
        cells = [str(wrong[(route, s)] or ".") for s in sets]
        w = sum(wrong[(route, s)] for s in sets)
        lines.append(f"| {route} | " + " | ".join(cells) + f" | {w} / {n} | {1 - w / n:.3f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", action="append", default=[], metavar="NAME=GOLD")
    ap.add_argument("--polnear", type=Path, help="a PolNeAR checkout or bare clone (train)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--corpus", type=Path, default=qb.WEB, help="folder of the web pages")
    ap.add_argument("--out", type=Path, help="one JSON line per scored quote")
    args = ap.parse_args(argv)
    sets = {} if args.set else dict(DEFAULT_SETS)
    for item in args.set:
        name, sep, path = item.partition("=")
        if not sep or not Path(path).is_file():
            print(
                f"speaker_routes: --set {item!r}: NAME=GOLD with an existing file", file=sys.stderr
            )
            return 2
        sets[name] = Path(path)
    tracer = Tracer()
    tracer.install()
    out = io.StringIO()
    for name, gold in sets.items():
        quote_set(tracer, name, gold, args.shared, args.corpus, out)
    if args.polnear:
        polnear(tracer, args.polnear, out)
    if args.out:
        args.out.write_text(out.getvalue(), "utf-8")
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    print(table(rows, [*sets, *(["PN"] if args.polnear else [])]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
