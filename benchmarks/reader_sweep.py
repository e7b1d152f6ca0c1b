"""Robustness sweep of the story reader on real news web pages (issue 15).

Reads every ``*.html`` under the sweep folder (``benchmarks/gather_sweep.py`` writes it) with
``briefgen.ingest.load_stories`` and prints, per source folder and in total:

- failures: pages that raised, or that the reader refused (a refusal is a one-line problem);
- checks on every page: a title that is a site name or carries "?."; a byline that is a date,
  starts with "By", repeats a name or holds widget words; no date; mojibake in title or body;
  boilerplate lines left in the body (cookie, share, sign-up, comment, copyright notices);
- against the expected outputs (``NAME.gold.json``, where the source project ships them): title
  accuracy (same words, case and punctuation aside), date accuracy (same day), author accuracy
  (every expected name found in the byline, and no extra one),
  and the body's token precision, recall and F1 (bag of words, mean over pages).

    python benchmarks/reader_sweep.py /work/corpora/sweep [-v]     # -v lists each page's problems
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

from briefgen.ingest import load_stories
from briefgen.model import Story

_WORD = re.compile(r"\w+")
_MOJIBAKE = re.compile(r"Ã[\x80-\xbf¡-¿]|â€|Â[\xa0-\xbf]|\ufffd|&(?:amp|quot|#\d+|nbsp);")
_BOILERPLATE = re.compile(
    r"(?im)^.{0,80}(?:\bcookies?\b|\bshare (?:this|on)\b|\bsign up\b|\bnewsletter\b|"
    r"\ball rights reserved\b|\bcopyright\b|©|\bcomments?\b.{0,20}\b(?:post|add|leave|view)\b|"
    r"\b(?:post|add|leave|view)\b.{0,20}\bcomments?\b|\bfollow us\b|\bclick here\b|"
    r"\bread more\b|\brelated (?:stories|articles)\b|\badvertisement\b).{0,80}$"
)
_DATEISH = re.compile(
    r"\b(?:\d{4}|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|updated|published|am|pm)\b",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"\b(?:log ?in|sign ?in|username|subscribe|email|follow|twitter|facebook|staff writer|"
    r"correspondent|reporter|updated|posted)\b",
    re.IGNORECASE,
)


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def token_f1(found: str, gold: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``found`` against ``gold``."""
    a, b = Counter(tokens(found)), Counter(tokens(gold))
    common = sum((a & b).values())
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(a.values()), common / sum(b.values())
    return p, r, 2 * p * r / (p + r)


def same_words(a: str, b: str) -> bool:
    return tokens(a) == tokens(b)


def gold_day(text: object) -> str | None:
    if not text:
        return None
    found = re.search(r"(\d{4})-(\d{2})-(\d{2})", str(text))
    if found:
        return found.group(0)
    try:
        return datetime.strptime(str(text)[:24], "%a %b %d %Y %H:%M:%S").date().isoformat()
    except ValueError:
        return None


def page_checks(story: Story) -> list[str]:
    """Problems visible without expected output."""
    problems = []
    title = story.title or ""
    if not title.strip():
        problems.append("title: empty")
    if re.search(r"[?!]\.", title) or re.search(r"([|:;,-])\s*\1", title):
        problems.append(f"title: doubled punctuation {title!r}")
    if story.source and title.strip().casefold() == story.source.strip().casefold():
        problems.append(f"title: site name {title!r}")
    byline = story.byline or ""
    if byline:
        names = [n.strip().casefold() for n in re.split(r",|;|\band\b|&", byline) if n.strip()]
        if re.match(r"(?i)by\b", byline):
            problems.append(f"byline: By prefix {byline!r}")
        if _DATEISH.search(byline):
            problems.append(f"byline: date words {byline!r}")
        if _WIDGET.search(byline) or len(byline) > 80 or "http" in byline or "@" in byline:
            problems.append(f"byline: junk {byline!r}")
        if len(names) != len(set(names)):
            problems.append(f"byline: repeated name {byline!r}")
    if story.published is None:
        problems.append("date: none")
    for field, text in (("title", title), ("body", story.body)):
        bad = _MOJIBAKE.search(text)
        if bad:
            problems.append(
                f"{field}: mojibake {text[max(0, bad.start() - 20) : bad.end() + 20]!r}"
            )
    for line in _BOILERPLATE.findall(story.body)[:3]:
        problems.append(f"body: boilerplate line {line.strip()!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list each page's problems")
    args = parser.parse_args(argv)
    pages = sorted(args.folder.rglob("*.html"))
    if not pages:
        print(f"{args.folder}: no *.html pages", file=sys.stderr)
        return 2
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    f1s: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for page in pages:
        group = page.parent.name
        c = counts[group]
        c["pages"] += 1
        gold_path = page.with_name(page.stem + ".gold.json")
        gold = json.loads(gold_path.read_text("utf-8")) if gold_path.exists() else {}
        result = load_stories([str(page)])
        lines: list[str] = []
        if not result.stories:
            c["refused"] += 1
            problem = "; ".join(result.problems)
            if "reader failed" in problem:
                c["crashed"] += 1
            lines.append(f"refused: {problem}")
        else:
            story = result.stories[0]
            problems = page_checks(story)
            for problem in problems:
                c["flag " + re.split(r" ['\"(]", problem)[0]] += 1
            lines.extend(problems)
            if gold.get("title"):
                c["title gold"] += 1
                if same_words(story.title, gold["title"]):
                    c["title right"] += 1
                else:
                    lines.append(f"title wrong: {story.title!r} for {gold['title']!r}")
            day = gold_day(gold.get("date"))
            if day:
                c["date gold"] += 1
                got = None
                if story.published:  # an expected time in UTC ("Z") is compared as UTC
                    utc = re.search(r"(?:Z|[+-]00:?00)$", str(gold["date"]))
                    when = story.published.astimezone(UTC) if utc else story.published
                    got = when.date().isoformat()
                if got == day:
                    c["date right"] += 1
                else:
                    lines.append(f"date wrong: {got} for {day}")
            authors = [a for a in gold.get("authors") or [] if a]
            if authors:
                c["author gold"] += 1
                byline = (story.byline or "").casefold()
                found = all(a.casefold() in byline for a in authors)
                extra = len(re.split(r",|;|\band\b|&", byline)) > len(authors) if byline else False
                if found and not extra:
                    c["author right"] += 1
                else:
                    lines.append(f"author wrong: {story.byline!r} for {authors!r}")
            if gold.get("body") and len(tokens(gold["body"])) >= 30:
                p, r, f = token_f1(story.body, gold["body"])
                f1s[group].append((p, r, f))
                if f < 0.8:
                    lines.append(f"body F1 {f:.2f} (P {p:.2f} R {r:.2f})")
        if args.verbose and lines:
            print(f"{page}:")
            for line in lines:
                print(f"    {line}")
    total: Counter[str] = Counter()
    all_f1: list[tuple[float, float, float]] = []
    print(f"{'source':<14} pages refused crashed  title     date      author    body P/R/F1 (n)")
    for group in sorted(counts):
        total.update(counts[group])
        all_f1.extend(f1s[group])
        _row(group, counts[group], f1s[group])
    _row("ALL", total, all_f1)
    flags = sorted((k, v) for k, v in total.items() if k.startswith("flag "))
    print("flags over all pages: " + ", ".join(f"{k[5:]} {v}" for k, v in flags))
    return 0


def _ratio(c: Counter[str], key: str) -> str:
    n = c[f"{key} gold"]
    return f"{c[f'{key} right'] / n:.3f}/{n:<3}" if n else "  -      "


def _row(name: str, c: Counter[str], f1: list[tuple[float, float, float]]) -> None:
    n = len(f1)
    mean = "/".join(f"{sum(t[i] for t in f1) / n:.3f}" for i in range(3)) + f" ({n})" if n else "-"
    print(
        f"{name:<14} {c['pages']:>5} {c['refused']:>7} {c['crashed']:>7}  {_ratio(c, 'title')} "
        f"{_ratio(c, 'date')} {_ratio(c, 'author')} {mean}"
    )


if __name__ == "__main__":
    sys.exit(main())
