"""Review sheets for an independent reviewer (issue 15, point 9), and their per-section precision.

Builds a brief from each corpus with the real CLI (``briefgen make -f json``), reads the story
bodies with ``briefgen analyze``, and writes per corpus and per section a sheet of the brief's
items. Each row has the item, the evidence it rests on (the cited span marked «...» inside the
sentence around it, or the quote's paragraph for key quotes, pulled from the story), its source
(story title, outlet, file name) and empty ``verdict`` (right/wrong) and ``why`` columns for a
reviewer who did not write the rules:

    python benchmarks/review_sheets.py [-o /tmp/review] [--only seeds] [--shared ../shared]
    python benchmarks/review_sheets.py --score /tmp/review/*/*.csv

Each sheet is written twice, ``<corpus>/<section>.md`` (a Markdown table) and
``<corpus>/<section>.csv``; ``<corpus>/items.jsonl`` holds every row. Mark the ``verdict`` cell
(CSV or Markdown) ``right`` or ``wrong`` (also r/w, y/n, 1/0); ``--score`` reads the marked files
(.csv, .md or .jsonl) and prints per-section precision per corpus as a Markdown table (unmarked
rows are counted apart, never as right).

Corpora (default all four): ``seeds`` (samples/stories with samples/briefgen.toml, as of
2019-04-26), ``bbc-politics`` and ``bbc-business`` (SHARED/corpus/bbc/<folder>, as of 2005-04-01)
and ``web`` (WEB/dev and WEB/blind, the default as-of date).

``--dev-only`` is for builders: the web corpus is then ``web-dev``, built from WEB/dev alone,
so that its sheets (and the brief's cross-story sections: bottom line, timeline, watch) hold
no output of the blind pages; sheets of blind pages are for the independent reviewer only:

    python benchmarks/review_sheets.py --dev-only --only web-dev -o /tmp/review
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = (
    "bluf",
    "key-quotes",
    "positions-by-country",
    "open-questions",
    "timeline",
    "watch",
    "sources",
)
COLUMNS = ("n", "item", "detail", "evidence", "source", "verdict", "why")
RIGHT = {"right", "r", "y", "yes", "1", "ok", "correct", "✓"}
WRONG = {"wrong", "w", "n", "no", "0", "x", "incorrect", "✗"}
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s)|\n")
LIMIT = 600  # characters of context around a cited span


@dataclass
class Corpus:
    """One corpus to review: what the CLI reads and how."""

    name: str
    sources: list[str]
    date: str | None = None
    config: str | None = None
    title: str = "Review brief"
    extra: list[str] = field(default_factory=list)


def default_shared() -> Path:
    """The shared folder beside the checkout, else the one the worktrees share."""
    for candidate in (ROOT.parent / "shared", ROOT.parent.parent / "shared"):
        if (candidate / "corpus").is_dir():
            return candidate
    return ROOT.parent / "shared"


def default_corpora(shared: Path, web: Path, dev_only: bool = False) -> list[Corpus]:
    """The four corpora of issue 15; with ``dev_only`` the web pages are the dev ones alone
    (corpus ``web-dev``), no blind page among them."""
    bbc = shared / "corpus" / "bbc"
    if dev_only:
        pages = Corpus("web-dev", [str(web / "dev")], title="World news web pages (dev)")
    else:
        pages = Corpus("web", [str(web / "dev"), str(web / "blind")], title="World news web pages")
    return [
        Corpus(
            "seeds",
            [str(ROOT / "samples" / "stories")],
            "2019-04-26",
            str(ROOT / "samples" / "briefgen.toml"),
        ),
        Corpus("bbc-politics", [str(bbc / "politics")], "2005-04-01", title="UK politics"),
        Corpus("bbc-business", [str(bbc / "business")], "2005-04-01", title="Business"),
        pages,
    ]


def briefgen(*args: str) -> None:
    """Run the real CLI (this interpreter's briefgen); a failure stops the script."""
    command = [sys.executable, "-m", "briefgen.cli", *args]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command)}: exit {done.returncode}: {done.stderr.strip()}")


def build(corpus: Corpus, work: Path) -> tuple[dict, dict[str, dict]]:
    """The brief JSON and the analysed stories (by id) of one corpus."""
    out = work / corpus.name
    args = ["make", *corpus.sources, "-f", "json", "-o", str(out), "-q", "--title", corpus.title]
    if corpus.date:
        args += ["--date", corpus.date]
    if corpus.config:
        args += ["--config", corpus.config]
    briefgen(*args, *corpus.extra)
    produced = sorted(out.glob("*.json"))
    if not produced:
        raise RuntimeError(f"{corpus.name}: briefgen make wrote no JSON in {out}")
    brief = json.loads(produced[0].read_text("utf-8"))
    analysis = work / f"{corpus.name}-analysis.json"
    briefgen("analyze", *corpus.sources, "-o", str(analysis), "-q")
    stories = json.loads(analysis.read_text("utf-8"))["stories"]
    return brief, {story["id"]: story for story in stories}


def sentence_around(body: str, start: int, end: int) -> str:
    """The sentence(s) of ``body`` holding ``body[start:end]``, at most LIMIT characters."""
    left = 0
    for match in SENTENCE_END.finditer(body, max(0, start - LIMIT), start):
        left = match.end()
    right = len(body)
    match = SENTENCE_END.search(body, end, min(len(body), end + LIMIT))
    if match:
        right = match.end()
    text = body[max(left, start - LIMIT) : min(right, end + LIMIT)]
    return " ".join(text.split())


def paragraph_around(body: str, start: int, end: int) -> str:
    """The paragraph holding ``body[start:end]``; when the quote fills its own paragraph, the
    paragraphs before and after too (where the speaker is named), LIMIT characters either side."""
    left = body.rfind("\n", 0, start) + 1
    right = body.find("\n", end)
    right = len(body) if right < 0 else right
    if start - left < 3 and right - end < 20:
        before = body[:left].rstrip("\n")
        left = before.rfind("\n") + 1
        after = body.find("\n", len(body) - len(body[right:].lstrip("\n")))
        right = len(body) if after < 0 else after
    text = body[max(left, start - LIMIT) : min(right, end + LIMIT)]
    return " ".join(text.split())


class Sources:
    """Story metadata and bodies, to name a story and pull its cited text."""

    def __init__(self, brief: dict, stories: dict[str, dict]) -> None:
        self.meta = {story["id"]: story for story in brief.get("stories", [])}
        self.stories = stories
        self.cited_by = citing_sections(brief)

    def name(self, story_id: str | None) -> str:
        """Title and file name of a story (never its absolute path)."""
        meta = self.meta.get(story_id or "") or self.stories.get(story_id or "") or {}
        path = meta.get("path") or ""
        title = meta.get("title") or "(untitled)"
        outlet = f", {meta['source']}" if meta.get("source") else ""
        return f"{title}{outlet} [{Path(path.split('#')[0]).name or story_id}]"

    def cited(
        self, story_id: str | None, start: int | None, end: int | None, wide: bool = False
    ) -> str:
        """The sentence (``wide``: the paragraph) around a cited span, the span marked «…»."""
        body = (self.stories.get(story_id or "") or {}).get("body")
        if body is None or start is None or end is None:
            return "(story body not found)"
        around = paragraph_around if wide else sentence_around
        sentence = around(body, start, end)
        span = " ".join(body[start:end].split())
        return sentence.replace(span, f"«{span}»", 1) if span and span in sentence else sentence

    def spans(self, refs: list[dict], wide: bool = False) -> tuple[str, str]:
        """Evidence and source cells for a list of ``{story, start, end}`` references."""
        evidence = [self.cited(r.get("story"), r.get("start"), r.get("end"), wide) for r in refs]
        names = [self.name(r.get("story")) for r in refs]
        return " ‖ ".join(evidence) or "(no evidence cited)", " ‖ ".join(names) or "(none)"


def citing_sections(brief: dict) -> dict[str, list[str]]:
    """The sections (by id, sheets or not: a plugin's too) citing each story, by story id."""
    cited: dict[str, list[str]] = {}
    for section in brief.get("sections", []):
        if section.get("id") == "sources":
            continue
        for story_id in _story_refs(section.get("items", [])):
            if section.get("id") not in cited.setdefault(story_id, []):
                cited[story_id].append(section.get("id"))
    return cited


def _story_refs(value: object) -> list[str]:
    """Every ``"story"`` value in a JSON tree."""
    if isinstance(value, dict):
        found = [value["story"]] if isinstance(value.get("story"), str) else []
        return found + [ref for v in value.values() for ref in _story_refs(v)]
    if isinstance(value, list):
        return [ref for v in value for ref in _story_refs(v)]
    return []


def rows_for(section: str, items: list[dict], src: Sources) -> list[dict[str, str]]:
    """One sheet row per reviewable item of a section."""
    rows: list[dict[str, str]] = []

    def add(item: str, detail: str, refs: list[dict]) -> None:
        evidence, source = src.spans(refs, wide=section == "key-quotes")
        rows.append({"item": item, "detail": detail, "evidence": evidence, "source": source})

    for it in items:
        if section == "bluf":
            add(it.get("text", ""), "", [it])
        elif section == "key-quotes":
            speaker = it.get("speaker") or {}
            who = speaker.get("name") or "(unresolved)"
            role = ", ".join(x for x in (speaker.get("title"), speaker.get("country")) if x)
            detail = f"speaker: {who}" + (f" ({role})" if role else "") + f"; {it.get('kind')}"
            add(f"{who}: “{it.get('text', '')}”", detail, it.get("sources", []))
        elif section == "positions-by-country":
            for position in it.get("positions", []):
                item = f"{it.get('name')} ({it.get('country')}) {position.get('stance')}: "
                item += position.get("statement", "")
                add(item, f"issue: {position.get('issue')}", position.get("evidence", []))
        elif section == "open-questions":
            detail = f"{it.get('kind')}; why: {it.get('why')}; countries: {it.get('countries')}"
            add(it.get("question", ""), detail, it.get("evidence", []))
        elif section == "timeline":
            detail = f"{it.get('label') or it.get('date')} ({it.get('relation') or it.get('kind')})"
            if it.get("inferred"):
                detail += f"; inferred: {it.get('basis')}"
            add(
                f"{it.get('label') or it.get('date')}: {it.get('event', '')}", detail, it["sources"]
            )
        elif section == "watch":
            who = ", ".join(it.get("who") or [])
            detail = f"when: {it.get('when')}; kind: {it.get('kind')}; who: {who}"
            add(it.get("what", ""), detail, it.get("sources", []))
        elif section == "sources":
            parts = [it.get("title"), it.get("source"), it.get("published"), it.get("url")]
            item = f"[{it.get('number')}] " + " — ".join(str(p) for p in parts if p)
            detail = f"path as printed: {it.get('path')}"
            citing = src.cited_by.get(it.get("story") or "", [])
            detail += f"; cited by: {', '.join(citing) or '(no section)'}"
            body = (src.stories.get(it.get("story") or "") or {}).get("body", "")
            rows.append(
                {
                    "item": item,
                    "detail": detail,
                    "evidence": "body starts: " + " ".join(body[:300].split()),
                    "source": src.name(it.get("story")),
                }
            )
    for n, row in enumerate(rows, 1):
        row.update(n=str(n), verdict="", why="")
    return rows


def md_cell(value: str) -> str:
    """A Markdown table cell: pipes escaped, line breaks as <br>."""
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "<br>")


def write_sheets(corpus: str, rows_by_section: dict[str, list[dict]], out: Path) -> None:
    """Write ``<section>.md``, ``<section>.csv`` and ``items.jsonl`` under ``out/corpus``."""
    folder = out / corpus
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "items.jsonl").open("w", encoding="utf-8") as everything:
        for section, rows in rows_by_section.items():
            lines = [
                f"# Review sheet: {corpus} / {section}",
                "",
                "Mark `verdict` right or wrong for each item against its evidence;"
                " say why when wrong.",
                "",
                "| " + " | ".join(COLUMNS) + " |",
                "|" + "---|" * len(COLUMNS),
            ]
            lines += ["| " + " | ".join(md_cell(r[c]) for c in COLUMNS) + " |" for r in rows]
            (folder / f"{section}.md").write_text("\n".join(lines) + "\n", "utf-8")
            with (folder / f"{section}.csv").open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=COLUMNS)
                writer.writeheader()
                writer.writerows(rows)
            for row in rows:
                record = {"corpus": corpus, "section": section, **row}
                everything.write(json.dumps(record, ensure_ascii=False) + "\n")


def make_sheets(corpora: list[Corpus], out: Path) -> dict[str, dict[str, int]]:
    """Build every corpus's brief and write its sheets; returns item counts per section."""
    counts: dict[str, dict[str, int]] = {}
    with tempfile.TemporaryDirectory(prefix="review-") as work:
        for corpus in corpora:
            brief, stories = build(corpus, Path(work))
            src = Sources(brief, stories)
            by_id = {s["id"]: s for s in brief.get("sections", [])}
            rows = {
                name: rows_for(name, by_id.get(name, {}).get("items", []), src) for name in SECTIONS
            }
            write_sheets(corpus.name, rows, out)
            counts[corpus.name] = {name: len(r) for name, r in rows.items()}
    return counts


def split_md_row(line: str) -> list[str]:
    """The cells of a Markdown table row, honouring escaped pipes and backslashes."""
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    cells, cell, escaped = [], [], False
    for char in text:
        if escaped:
            cell.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "|":
            cells.append("".join(cell).strip())
            cell = []
        else:
            cell.append(char)
    cells.append("".join(cell).strip())
    return cells


def read_marks(path: Path) -> tuple[str, str, list[str]]:
    """Corpus, section and the verdict of every row of one marked sheet."""
    if path.suffix == ".jsonl":
        records = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
        if not records:
            return path.parent.name, path.stem, []
        return records[0]["corpus"], "*", [f"{r['section']}\t{r['verdict']}" for r in records]
    corpus, section = path.parent.name, path.stem
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return corpus, section, [row.get("verdict", "") for row in csv.DictReader(handle)]
    verdicts, header = [], None
    for line in path.read_text("utf-8").splitlines():
        if not line.startswith("|") or set(line) <= {"|", "-", " ", ":"}:
            continue
        cells = split_md_row(line)
        if header is None:
            header = cells
            continue
        verdicts.append(cells[header.index("verdict")] if "verdict" in header else "")
    return corpus, section, verdicts


def tally(paths: list[Path]) -> dict[tuple[str, str], list[int]]:
    """[right, wrong, unmarked] per (corpus, section) over the marked sheets."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for path in paths:
        corpus, section, verdicts = read_marks(path)
        for verdict in verdicts:
            if section == "*":
                section_name, _, verdict = verdict.partition("\t")
            else:
                section_name = section
            mark = verdict.strip().lower()
            slot = 0 if mark in RIGHT else 1 if mark in WRONG else 2
            table[(corpus, section_name)][slot] += 1
    return table


def score_table(table: dict[tuple[str, str], list[int]]) -> str:
    """Per-section precision per corpus as a Markdown table."""
    corpora = sorted({c for c, _ in table})
    sections = [s for s in SECTIONS if any((c, s) in table for c in corpora)]
    sections += sorted({s for _, s in table} - set(sections))
    lines = ["| section | " + " | ".join(corpora) + " |", "|---|" + "---|" * len(corpora)]
    for section in sections:
        cells = []
        for corpus in corpora:
            right, wrong, unmarked = table.get((corpus, section), [0, 0, 0])
            if right + wrong == 0:
                cells.append("—" if not unmarked else f"— ({unmarked} unmarked)")
                continue
            cell = f"{right / (right + wrong):.2f} ({right}/{right + wrong})"
            cells.append(cell + (f", {unmarked} unmarked" if unmarked else ""))
        lines.append(f"| {section} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("/tmp/review"))
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--web", type=Path, default=Path("/work/corpora/web"))
    parser.add_argument(
        "--only", action="append", default=[], help="corpus name to build (repeatable)"
    )
    parser.add_argument(
        "--corpus",
        action="append",
        default=[],
        metavar="NAME=DIR[,DIR...]",
        help="another corpus to build sheets for (fresh pages nobody tuned on; as of its "
        "latest story); repeatable",
    )
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="leave the blind web pages out: the web corpus is web-dev, WEB/dev alone",
    )
    parser.add_argument("--score", nargs="+", type=Path, metavar="FILE", help="marked sheets")
    args = parser.parse_args(argv)
    if args.score:
        missing = [str(p) for p in args.score if not p.is_file()]
        if missing:
            print(f"review_sheets: no such file: {', '.join(missing)}", file=sys.stderr)
            return 1
        print(score_table(tally(args.score)))
        return 0
    corpora = default_corpora(args.shared, args.web, args.dev_only)
    for spec in args.corpus:
        name, _, folders = spec.partition("=")
        if not name or not folders:
            print(f"review_sheets: --corpus {spec!r}: expected NAME=DIR[,DIR...]", file=sys.stderr)
            return 1
        corpora.append(Corpus(name, folders.split(","), title=f"Review brief: {name}"))
    if args.only:
        unknown = set(args.only) - {c.name for c in corpora}
        if unknown:
            print(f"review_sheets: unknown corpus {sorted(unknown)}", file=sys.stderr)
            return 1
        corpora = [c for c in corpora if c.name in args.only]
    try:
        counts = make_sheets(corpora, args.output)
    except (OSError, RuntimeError, ValueError, KeyError) as error:
        print(f"review_sheets: {error}", file=sys.stderr)
        return 1
    for corpus, sections in counts.items():
        listed = ", ".join(f"{s} {n}" for s, n in sections.items())
        print(f"{corpus}: {listed} -> {args.output / corpus}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
