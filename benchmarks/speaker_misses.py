"""Classify PolNeAR train's speaker misses by construction (issue 16).

Usage: python benchmarks/speaker_misses.py --polnear PATH [--show CLASS] [-v]

Every gold unit with a named source (the metric of ``polnear_benchmark``) that briefgen finds
with no quote (MISSED), with no speaker (UNRESOLVED) or with another speaker (WRONG) is put in
classes read off the text around it, so that a fix goes to a construction of English news and
not to one article's phrase:

* ``cue``: where the gold Source stands: ``after`` (in the quote's sentence after it: '," X
  said'), ``before`` (in the sentence before the quote opens: 'X said: "'), ``colon`` (before,
  ending in a colon), ``earlier`` (a sentence or paragraph before: continuation), ``later``;
* ``name``: the Source's shape: ``honorific`` ("Mr. Trump", "Sen. Graham"), ``party-tag``
  ("R-Ky."), ``org`` (a body or outlet: no first name and an organisation word), ``one-word``
  ("Trump"), ``apposition`` (a name with a comma), ``full``;
* ``verb``: the speech verb next to the Source (or ``-``);
* for MISSED, ``why``: ``single-marks`` (a unit inside '...'), ``unclosed`` (the quote runs past
  its paragraph), ``straight``/``curly`` marks otherwise.

Prints the table of classes with counts; ``-v`` also lists every case with its context.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from polnear_benchmark import (  # noqa: E402
    Corpus,
    best_match,
    make_story,
    name_tokens,
    parse_ann,
    quoted_segments,
    speaker_tokens,
)

from briefgen.analysis.people import find_people  # noqa: E402
from briefgen.analysis.quotations import scan_quotes  # noqa: E402
from briefgen.analysis.quotes import find_quotes  # noqa: E402
from briefgen.analysis.sentences import paragraphs, plain_spaces, split_sentences  # noqa: E402

HONORIFIC = re.compile(r"^(?:the\s+)?(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Rev)\.?\s", re.I)
PARTY_TAG = re.compile(r"\b[RDI]-[A-Z][a-zA-Z.]*")
ORG_WORDS = re.compile(
    r"\b(?:Times|Post|Journal|News|CNN|NBC|ABC|CBS|Fox|MSNBC|Reuters|Associated Press|AP|"
    r"Politico|Hill|campaign|Committee|Department|House|Party|Council|Office|Agency|Court|"
    r"Commission|Bureau|Institute|Foundation|Association|Union|Center|University|Company|"
    r"Inc|Corp|Group|Network|Daily|Magazine|Tribune|Herald|Guardian|BBC|Breitbart|Bloomberg|"
    r"Pentagon|FBI|CIA|poll|report|statement|spokesman|spokeswoman)\b"
)
VERBS = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|noted|argued|"
    r"continued|recalled|declared|insisted|stated|claimed|warned|replied|responded|"
    r"tweeted|posted|joked|quipped|according)\b"
)


def classify_source(src: str) -> str:
    """The Source span's shape."""
    s = src.strip()
    if PARTY_TAG.search(s):
        return "party-tag"
    if HONORIFIC.match(s):
        return "honorific"
    if ORG_WORDS.search(s):
        return "org"
    words = s.split()
    if "," in s or " who " in s or "—" in s or len(words) > 4:
        return "apposition"
    if len(words) == 1:
        return "one-word"
    return "full"


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The rough sentence around ``pos``: to the previous/next '. ' or line break."""
    a = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos)) + 1
    b_dot = text.find(". ", pos)
    b_nl = text.find("\n", pos)
    b = min(x for x in (b_dot, b_nl, len(text)) if x >= 0)
    return a, b


def where(text: str, ua: int, ub: int, srcs: list[tuple[int, int]]) -> str:
    """Where the Source stands relative to the unit."""
    if not srcs:
        return "none"
    para_a = text.rfind("\n", 0, ua) + 1
    para_b = text.find("\n", ub)
    para_b = len(text) if para_b < 0 else para_b
    best = None
    for a, b in srcs:
        d = (a - ub) if a >= ub else (ua - b)
        if best is None or d < best[0]:
            best = (d, a, b)
    _, a, b = best
    if a >= ub:
        nxt = text.find("\n", ub)
        between = text[ub:a]
        if (nxt < 0 or a < nxt) and not re.search(r"[.!?][\"”]?\s+[A-Z\"“]", between[2:]):
            return "after"
        return "later"
    before = text[b:ua]
    if a >= para_a and not re.search(r"[.!?][\"”]?\s+[\"“A-Z]", before):
        return "colon" if before.rstrip(' “"').endswith(":") else "before"
    if a >= para_a:
        return "earlier-same-para"
    return "earlier-para"


def cue_verb(text: str, srcs: list[tuple[int, int]]) -> str:
    for a, b in srcs:
        m = VERBS.search(text[b : b + 40]) or VERBS.search(text[max(0, a - 25) : a])
        if m:
            return m.group(0)
    return "-"


def why_missed(text: str, ua: int, ub: int) -> str:
    op = text[ua - 1] if ua > 0 else ""
    cl = text[ub] if ub < len(text) else ""
    inner = text[ua:ub]
    if "‘" in inner or "'" in inner[:1]:
        return "single-marks"
    if cl not in '"”':
        return "unclosed"
    return "curly" if op == "“" else "straight"


def scanned(pieces: list[tuple[int, int]], a: int, b: int) -> str:
    """Did the quote scanner find the unit (a fragment then left with no speaker is dropped)?"""
    return "scanned" if any(s < b and a < e for s, e in pieces) else "not-scanned"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", type=Path, required=True)
    ap.add_argument("--show", default=None, help="list only cases whose classes contain this")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args(argv)
    corpus = Corpus(args.polnear)
    texts = corpus.list("data/train/text")
    anns = corpus.list("data/train/attributions")
    by_article: dict[str, str] = {}
    for a in anns:
        by_article.setdefault(a.rsplit("/", 1)[1].rsplit("_", 1)[0], a)
    pairs = [
        (t, by_article[t.rsplit("/", 1)[1][:-4]])
        for t in texts
        if t.rsplit("/", 1)[1][:-4] in by_article
    ]
    files = corpus.read([p for pair in pairs for p in pair])
    table: Counter[tuple[str, ...]] = Counter()
    cases: list[tuple[tuple[str, ...], str]] = []
    for tname, aname in pairs:
        text = files[tname]
        units: dict[tuple[int, int], tuple[int, str, list[tuple[int, int]]]] = {}
        for content, source in parse_ann(files[aname]):
            src = " ".join(text[a:b] for a, b in source)
            size = sum(b - a for a, b in content)
            for a, b in content:
                for seg in quoted_segments(text, a, b):
                    if seg not in units or size < units[seg][0]:
                        units[seg] = (size, src, source)
        story, k = make_story(tname, text)
        story.sentences = split_sentences(story.body)
        quotes = [q for q in find_quotes(story, find_people(story)) if q.kind != "indirect"]
        body = plain_spaces(story.body)
        pieces = [(pc.start, pc.end) for pc in scan_quotes(body, paragraphs(body))]
        quotes.sort(key=lambda q: q.start)
        starts = [q.start for q in quotes]
        for (ua, ub), (_, src, source) in sorted(units.items()):
            names = name_tokens(src)
            if not names:
                continue

            class U:  # the benchmark's Unit shape
                start, end = ua, ub

            q = best_match(quotes, starts, U, k)  # type: ignore[arg-type]
            if q is None:
                status = "MISSED"
            elif q.speaker.name is None:
                status = "UNRESOLVED"
            elif speaker_tokens(q.speaker.name) & names:
                continue
            else:
                status = "WRONG"
            cls = (
                status,
                where(text, ua, ub, source),
                classify_source(src),
                cue_verb(text, source),
            )
            if status == "MISSED":
                cls = (*cls, why_missed(text, ua, ub), scanned(pieces, ua - k, ub - k))
            table[cls[:3]] += 1
            ctx_a = max(text.rfind("\n", 0, ua - 300) + 1, ua - 300)
            ctx = text[ctx_a : min(len(text), ub + 160)].replace("\n", " ¶ ")
            pred = q.speaker.name if q else None
            cases.append(
                (
                    cls,
                    f"{tname.rsplit('/', 1)[1]}\n   src={src!r} pred={pred!r} "
                    f"cue={q.cue if q else None}\n   {ctx}",
                )
            )
    by: dict[str, Counter[str]] = {}
    for cls, n in table.items():
        by.setdefault(cls[0], Counter())[f"{cls[1]:<18} {cls[2]}"] += n
    for status, cnt in sorted(by.items()):
        print(f"== {status}: {sum(cnt.values())}")
        for key, n in cnt.most_common():
            print(f"  {n:4d}  {key}")
    for axis, idx in (("cue position", 1), ("name shape", 2), ("verb", 3)):
        print(f"== by {axis}")
        c: Counter[str] = Counter()
        for cls, _ in cases:
            c[f"{cls[0]:<10} {cls[idx]}"] += 1
        for key, n in sorted(c.items()):
            print(f"  {n:4d}  {key}")
    missed = Counter(cls[4] + " " + cls[5] for cls, _ in cases if cls[0] == "MISSED")
    print("== MISSED by marks:", dict(missed))
    if args.verbose:
        for cls, line in cases:
            if args.show and args.show not in cls:
                continue
            print(" ".join(cls), line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
