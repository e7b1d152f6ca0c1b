"""The throughput benchmark runs end to end on a tiny corpus and prints every figure's label.

No timing assertions: the performance goals live in benchmarks/README.md, not in tests.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from paths import load_script

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "throughput.py"
SAMPLES = ROOT / "samples" / "stories"

EXPECTED_LABELS = [
    "machine:",
    "briefgen --help",
    "ingest",
    "analysis (--jobs 1)",
    "sections (cross-story)",
    "render Markdown + JSON",
    "RSS after import/ingest/analysis/sections",
    "make md,json --jobs 1 (2 stories)",
    "make md,json, default --jobs auto (2 stories)",
    "--jobs 2 speed-up",
    "per story (ms)",
    "make md,json (4 stories)",
    "PDF end to end",
]


def test_throughput_quick_run_prints_every_figure() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--quick",
            "--corpus",
            str(SAMPLES),
            "--replicate",
            "2",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for label in EXPECTED_LABELS:
        assert label in out, f"missing {label!r} in:\n{out}"
    # both builds made a brief without a failing section or a failing command
    assert "failed sections" not in out
    assert re.findall(r"make md,json \(\d+ stories\)\s+[\d.]+ s\s+peak\s+\d+ MB\s+exit 0", out)
    # the per-size table has one line per size: the corpus and its two copies
    sizes = re.findall(r"^\s+(\d+)(?:\s+[\d.]+){4}\s+\d+$", out, re.MULTILINE)
    assert sizes == ["2", "4"], out


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="needs valgrind")
def test_instruction_count_prints_a_positive_cost_per_story() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "instructions.py"),
            "--stories",
            "2",
            "--corpus",
            str(ROOT / "tests" / "data" / "corpus"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = re.search(r"analysis: ([\d.]+) M instructions/story \(2 stories\)", done.stdout)
    assert found is not None and float(found.group(1)) > 1, done.stdout


def _run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=timeout,
        check=False,
    )


REVIEW_SECTIONS = [
    "bluf",
    "key-quotes",
    "positions-by-country",
    "open-questions",
    "timeline",
    "watch",
    "sources",
]


def test_review_sheets_on_the_seeds_then_score_marked_sheets(tmp_path: Path) -> None:
    """The sheets come from a real brief of the seeds; marks put in the CSV or in the Markdown
    table give the same per-section precision."""
    import csv

    script = str(ROOT / "benchmarks" / "review_sheets.py")
    done = _run(script, "--only", "seeds", "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr
    folder = tmp_path / "seeds"
    for section in REVIEW_SECTIONS:
        assert (folder / f"{section}.md").is_file() and (folder / f"{section}.csv").is_file()
    with (folder / "key-quotes.csv").open(encoding="utf-8", newline="") as handle:
        quotes = list(csv.DictReader(handle))
    assert quotes, "the seed brief has key quotes"
    putin = [row for row in quotes if row["item"].startswith("Vladimir Putin:")]
    assert putin and all("«" in row["evidence"] for row in putin)  # the cited span, marked
    assert all(row["verdict"] == "" and row["why"] == "" for row in quotes)
    with (folder / "sources.csv").open(encoding="utf-8", newline="") as handle:
        sources = list(csv.DictReader(handle))
    assert len(sources) == 2 and all(str(ROOT) not in row["source"] for row in sources)
    # each source row names the sections citing it (a plugin's too), so a reviewer can check it
    assert all("cited by: " in row["detail"] for row in sources)
    assert all("key-quotes" in row["detail"] for row in sources), sources
    assert all("(no section)" not in row["detail"] for row in sources)

    # mark bluf: first row right, the rest wrong; in the CSV and, separately, in the Markdown
    with (folder / "bluf.csv").open(encoding="utf-8", newline="") as handle:
        bluf = list(csv.DictReader(handle))
    assert len(bluf) >= 2
    for n, row in enumerate(bluf):
        row["verdict"] = "right" if n == 0 else "wrong"
    marked = tmp_path / "marked" / "seeds"
    marked.mkdir(parents=True)
    with (marked / "bluf.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(bluf[0]))
        writer.writeheader()
        writer.writerows(bluf)
    lines = (folder / "bluf.md").read_text("utf-8").splitlines()
    rows = [i for i, line in enumerate(lines) if re.match(r"\| \d+ \|", line)]
    for k, i in enumerate(rows):
        lines[i] = re.sub(
            r"\|  \|  \|$", "| right |  |" if k == 0 else "| w | too vague |", lines[i]
        )
    md_dir = tmp_path / "marked-md" / "seeds"
    md_dir.mkdir(parents=True)
    (md_dir / "bluf.md").write_text("\n".join(lines) + "\n", "utf-8")

    expected = f"{1 / len(bluf):.2f} (1/{len(bluf)})"
    for sheet in (marked / "bluf.csv", md_dir / "bluf.md"):
        scored = _run(script, "--score", str(sheet), str(folder / "watch.csv"))
        assert scored.returncode == 0, scored.stderr
        assert "| section | seeds |" in scored.stdout
        bluf_line = next(x for x in scored.stdout.splitlines() if x.startswith("| bluf |"))
        assert expected in bluf_line, scored.stdout
        watch_line = next(x for x in scored.stdout.splitlines() if x.startswith("| watch |"))
        assert "unmarked" in watch_line or "—" in watch_line, scored.stdout
    missing = _run(script, "--score", str(tmp_path / "nope.csv"))
    assert missing.returncode == 1 and "nope.csv" in missing.stderr


def test_review_sheets_for_a_folder_of_fresh_stories(tmp_path: Path) -> None:
    """``--corpus NAME=DIR`` builds sheets for any folder (pages nobody tuned on); a malformed
    spec is a one-line error."""
    script = str(ROOT / "benchmarks" / "review_sheets.py")
    stories = tmp_path / "stories"
    stories.mkdir()
    for seed in sorted((ROOT / "samples" / "stories").iterdir()):
        (stories / seed.name).write_bytes(seed.read_bytes())
    done = _run(script, "--corpus", f"fresh={stories}", "--only", "fresh", "-o", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "fresh: bluf" in done.stdout
    assert (tmp_path / "fresh" / "key-quotes.csv").is_file()
    bad = _run(script, "--corpus", "fresh", "-o", str(tmp_path))
    assert bad.returncode == 1 and "NAME=DIR" in bad.stderr


def test_review_sheets_dev_only_leaves_the_blind_web_pages_out(tmp_path: Path) -> None:
    """``--dev-only`` builds the web sheets (``web-dev``) from WEB/dev alone: no row rests on a
    page of WEB/blind, which the full ``web`` corpus does read."""
    script = str(ROOT / "benchmarks" / "review_sheets.py")
    web = tmp_path / "web"
    (web / "dev").mkdir(parents=True)
    (web / "blind").mkdir()
    for seed in sorted((ROOT / "samples" / "stories").iterdir()):
        (web / "dev" / seed.name).write_bytes(seed.read_bytes())
    (web / "blind" / "blind-page.html").write_text(PAGE, "utf-8")
    args = ["--web", str(web), "-o"]
    done = _run(script, "--dev-only", "--only", "web-dev", *args, str(tmp_path / "dev"))
    assert done.returncode == 0, done.stderr
    items = (tmp_path / "dev" / "web-dev" / "items.jsonl").read_text("utf-8")
    assert items and "blind-page" not in items and "steel" not in items
    assert not (tmp_path / "dev" / "web").exists()
    # without the option, the web corpus reads the blind page too (what the option leaves out)
    full = _run(script, "--only", "web", *args, str(tmp_path / "full"))
    assert full.returncode == 0, full.stderr
    assert "blind-page" in (tmp_path / "full" / "web" / "items.jsonl").read_text("utf-8")
    unknown = _run(script, "--dev-only", "--only", "web", *args, str(tmp_path / "x"))
    assert unknown.returncode == 1 and "web" in unknown.stderr


PAGE = """<html><head><title>China opposes US steel tariffs</title></head><body>
<article><h1>China opposes US steel tariffs</h1>
<p>BEIJING (Reuters) - China's commerce ministry said on Tuesday that it firmly opposes the new
U.S. tariffs on Chinese steel and will take countermeasures to defend its interests.</p>
<p>"We urge the United States to correct its wrong practices at once," ministry spokesman Lin
Wei told a regular news briefing in Beijing on Tuesday afternoon.</p>
<p>Steel prices in Shanghai fell 2 percent after the announcement, traders said.</p>
</article></body></html>
"""


def test_positions_benchmark_scores_web_pages_and_offset_gold_alike(tmp_path: Path) -> None:
    """An HTML page is read by briefgen's ingestion; the gold without text (offsets + sha1)
    scores exactly as the gold with text, and a span whose text changed is reported lost."""
    import json

    from paths import load_script

    bench = load_script(ROOT / "benchmarks" / "positions_benchmark.py")
    (tmp_path / "dev").mkdir()
    (tmp_path / "dev" / "page.html").write_text(PAGE, "utf-8")
    body = bench.load_any(tmp_path / "dev" / "page.html").body
    evidence = "it firmly opposes the new U.S. tariffs on Chinese steel"
    assert evidence in " ".join(body.split())
    evidence = body[body.index("it firmly opposes") : body.index("Chinese steel") + 13]
    position = {
        "country": "CN",
        "who": "the commerce ministry",
        "stance": "opposes",
        "stance_alt": ["rejects"],
        "issue": "US steel tariffs",
        "evidence": evidence,
    }
    gold = tmp_path / "gold.jsonl"
    article = {"file": "dev/page.html", "countries": ["CN"], "positions": [position]}
    gold.write_text(json.dumps(article) + "\n", "utf-8")
    with_text = bench.score(gold, tmp_path, corpus=tmp_path)
    assert with_text["positions"] == 1 and with_text["articles"] == 1
    assert with_text["lost_spans"] == 0
    assert with_text["stance_checked"] <= with_text["supported"] <= with_text["statements"]
    offsets = tmp_path / "offsets.json"
    assert bench.export_offsets(gold, offsets, tmp_path) == 1
    stored = json.loads(offsets.read_text("utf-8"))[0]["positions"][0]
    assert "evidence" not in stored and stored["evidence_sha1"]
    assert bench.score(offsets, tmp_path, corpus=tmp_path) == with_text
    stored["evidence_sha1"] = "0" * 40  # as if the extracted body had changed
    offsets.write_text(json.dumps([{**article, "positions": [stored]}]), "utf-8")
    changed = bench.score(offsets, tmp_path, corpus=tmp_path)
    assert changed["lost_spans"] == 1 and changed["stated"] == 0


def test_gather_web_pages_rebuilds_pages_from_a_git_mirror(tmp_path: Path) -> None:
    """Pages (plain and gzipped) are read at their commit and written under their split; a
    page whose bytes differ from the manifest's sha256 is a one-line error, nothing half-written."""
    import gzip
    import hashlib

    repo = tmp_path / "mirrors" / "someone+pages" / "repo"
    repo.mkdir(parents=True)

    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    git("init", "-q")
    (repo / "a.html").write_text(PAGE, "utf-8")
    (repo / "b.html.gz").write_bytes(gzip.compress(PAGE.replace("China", "Japan").encode()))
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "pages")
    commit = git("rev-parse", "HEAD")
    (repo / "a.html").write_text("changed later", "utf-8")  # the manifest's commit still holds it
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "later")
    sha_a = hashlib.sha256(PAGE.encode()).hexdigest()
    sha_b = hashlib.sha256(PAGE.replace("China", "Japan").encode()).hexdigest()
    entries = [("a.html", "dev", "a.html", sha_a), ("b.html", "blind", "b.html.gz", sha_b)]
    manifest = tmp_path / "pages.toml"
    manifest.write_text(
        "".join(
            f'[[page]]\nname = "{n}"\nsplit = "{s}"\nrepo = "someone/pages"\n'
            f'commit = "{commit}"\npath = "{p}"\nsha256 = "{h}"\n\n'
            for n, s, p, h in entries
        ),
        "utf-8",
    )
    script = str(ROOT / "benchmarks" / "gather_web_pages.py")
    out = tmp_path / "web"
    args = ["--manifest", str(manifest), "--mirrors", str(tmp_path / "mirrors"), "-o", str(out)]
    done = _run(script, *args)
    assert done.returncode == 0, done.stderr
    assert "dev=1 blind=1" in done.stdout
    assert (out / "dev" / "a.html").read_text("utf-8") == PAGE
    assert "Japan" in (out / "blind" / "b.html").read_text("utf-8")

    manifest.write_text(manifest.read_text("utf-8").replace(sha_a, "0" * 64), "utf-8")
    bad = _run(script, *args[:-1], str(tmp_path / "web2"))
    assert bad.returncode == 1 and "a.html" in bad.stderr and "sha256" in bad.stderr
    assert "Traceback" not in bad.stderr and not (tmp_path / "web2" / "dev" / "a.html").exists()


_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Minister rejects port deal</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Minister rejects port deal</h1>
<p>The trade minister of Ruritania, Jane Smith, rejected on Monday a proposal to sell the
country's largest port to a foreign consortium, saying the sale would harm national security.</p>
<p>"We will not sell our ports to anyone, whatever the price," Jane Smith told reporters in the
capital after a cabinet meeting that lasted most of the afternoon.</p>
<p>The consortium had offered more than two billion dollars for a long lease of the port and its
container terminals, according to officials familiar with the talks.</p>
</article><footer>Copyright 2026 Example News</footer></body></html>
"""


def test_quotes_benchmark_scores_an_html_page_given_by_absolute_path(tmp_path: Path) -> None:
    """The web-page gold sets name HTML files by absolute path; the scorer reads them as HTML."""
    page = tmp_path / "page.html"
    page.write_text(_PAGE, "utf-8")
    gold = tmp_path / "gold.jsonl"
    record = {
        "file": str(page),
        "quotes": [
            {
                "text": "We will not sell our ports to anyone, whatever the price,",
                "speaker": "Jane Smith",
                "kind": "direct",
            }
        ],
    }
    gold.write_text(json.dumps(record) + "\n", "utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quotes_benchmark.py"), "--gold", str(gold)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    figures = dict(re.findall(r"^\s*(\w+): (\S+)$", done.stdout, re.MULTILINE))
    assert figures["articles"] == "1", done.stdout
    assert figures["gold_direct"] == "1", done.stdout
    # the body came through the HTML reader (no markup, no navigation), so the quote is found
    assert figures["correct"] == "1", done.stdout
    bench = load_script(ROOT / "benchmarks" / "quotes_benchmark.py")
    body = bench.read_story(bench.resolve_article(str(page), tmp_path / "elsewhere")).body
    assert "<p>" not in body and "Home" not in body
    assert body.startswith("The trade minister of Ruritania")


def test_quotes_benchmark_names_a_missing_absolute_page(tmp_path: Path) -> None:
    bench = load_script(ROOT / "benchmarks" / "quotes_benchmark.py")
    with pytest.raises(FileNotFoundError, match=r"missing\.html"):
        bench.resolve_article(str(tmp_path / "missing.html"), tmp_path)


def test_quotes_benchmark_offset_gold_scores_as_the_gold_with_text(tmp_path: Path) -> None:
    """The gold without article text (``file`` relative to the corpus, body offsets + sha1)
    scores exactly as the gold with text; a span whose text changed is reported, not scored."""
    bench = load_script(ROOT / "benchmarks" / "quotes_benchmark.py")
    (tmp_path / "blind").mkdir()
    page = tmp_path / "blind" / "page.html"
    page.write_text(_PAGE, "utf-8")
    text = "We will not sell our ports to anyone, whatever the price,"
    record = {
        "file": str(page),
        "quotes": [{"text": text, "speaker": "Jane Smith", "kind": "direct"}],
    }
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record) + "\n", "utf-8")
    offsets = tmp_path / "offsets.json"
    assert bench.export_offsets(gold, offsets, tmp_path) == 1
    stored = json.loads(offsets.read_text("utf-8"))
    assert stored[0]["file"] == "blind/page.html"
    quote = stored[0]["quotes"][0]
    assert "text" not in quote and text not in offsets.read_text("utf-8")
    body = bench.read_story(page).body
    assert body[quote["start"] : quote["end"]] == text

    def figures(path: Path) -> dict:
        return {k: v for k, v in bench.score(path, corpus=tmp_path).items() if k != "seconds"}

    with_text = figures(gold)
    assert with_text["gold_direct"] == 1 and with_text["correct"] == 1
    assert figures(offsets) == with_text
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "quotes_benchmark.py"), "--gold",
         str(offsets), "--corpus", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert re.search(r"^\s*correct: 1$", done.stdout, re.MULTILINE), done.stdout
    quote["text_sha1"] = "0" * 40  # as if the extracted body had changed
    offsets.write_text(json.dumps(stored), "utf-8")
    changed = figures(offsets)
    assert changed["lost_spans"] == 1 and changed["gold_direct"] == 0 and changed["correct"] == 0


def test_quotes_benchmark_names_differ_only_by_initials_or_edge_apostrophes() -> None:
    """A middle initial or a name's leading apostrophe is spelling, not another person; a
    different given name still is."""
    bench = load_script(ROOT / "benchmarks" / "quotes_benchmark.py")
    body = "George W. Bush spoke. ’Manteboheng Molatjeng spoke."
    assert bench.same_speaker("George Bush", "George W. Bush", body)
    assert bench.same_speaker("Manteboheng Molatjeng", "’Manteboheng Molatjeng", body)
    assert not bench.same_speaker("Laura Bush", "George W. Bush", body)
    assert not bench.same_speaker("George Bush", None, body)


def test_polnear_corpus_draws_fresh_articles_as_json_stories(tmp_path: Path) -> None:
    """A seeded draw of train articles (never an excluded one), with outlet and date from the
    file name; the same seed gives the same file."""
    text = tmp_path / "polnear" / "data" / "train" / "text"
    text.mkdir(parents=True)
    for k, outlet in enumerate(["nyt", "politico", "wash-post", "breitbart"]):
        (text / f"{outlet}_2016-0{k + 1}-1{k}_story-{k}.txt").write_text(
            f"Headline {k}\n\nThe senator said on Monday that talks would go on ({k}).\n", "utf-8"
        )
    used = tmp_path / "used"
    used.mkdir()
    (used / "nyt_2016-01-10_story-0.txt").write_text("", "utf-8")
    script = str(ROOT / "benchmarks" / "polnear_corpus.py")
    out = tmp_path / "fresh" / "a.jsonl"
    args = ["--polnear", str(tmp_path / "polnear"), "--count", "2", "--exclude", str(used)]
    done = _run(script, *args, "-o", str(out))
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == 2 and all(r["guid"] != "nyt_2016-01-10_story-0.txt" for r in rows)
    outlets = {
        "Politico": "2016-02-11",
        "The Washington Post": "2016-03-12",
        "Breitbart": "2016-04-13",
    }
    assert all(outlets[r["source"]] == r["published"] for r in rows)
    assert all(
        r["title"].startswith("Headline") and r["body"].startswith("The senator") for r in rows
    )
    again = _run(script, *args, "-o", str(tmp_path / "b.jsonl"))
    assert again.returncode == 0 and (tmp_path / "b.jsonl").read_bytes() == out.read_bytes()


def test_bluf_marks_reads_marked_sheets_and_fits_leaving_one_corpus_out(tmp_path: Path) -> None:
    """A marked BLUF line of a corpus is found among the section's candidates and scored; a
    row of another corpus's page is skipped; every corpus is left out once."""
    import csv

    from h3_stories import SEED_000

    line = "Russian President Vladimir Putin said the international community must promise"
    marks = tmp_path / "seeds"
    marks.mkdir()
    with (marks / "bluf.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["n", "item", "verdict", "why"])
        writer.writeheader()
        writer.writerow({"n": "1", "item": line, "verdict": "right", "why": ""})
        writer.writerow({"n": "2", "item": "A line of no seed story at all.", "verdict": "wrong"})
    script = str(ROOT / "benchmarks" / "bluf_marks.py")
    seeds = f"seeds={SEED_000.parent}@2019-04-26"
    done = _run(script, "--marks", str(marks), "--corpus", seeds)
    assert done.returncode == 0, done.stderr
    assert "| seeds | 1/0 | 1, 0 | 1, 0 |" in done.stdout, done.stdout
    assert "| seeds | 0.4, 0.5 | 1, 0 |" in done.stdout, done.stdout


def test_speaker_routes_names_the_rule_behind_each_speaker(tmp_path: Path) -> None:
    """A right speaker from the cue after the quote, a wrong one from a continuation: the
    table counts the wrong one against the continuation's route, and the rows say so."""
    story = tmp_path / "story.txt"
    story.write_text(
        "Ports\n\n"
        '"We will not sell our ports," Jane Smith said.\n\n'
        'Later John Brown announced a sale. "The ports are sold and that is final."\n',
        "utf-8",
    )
    gold = tmp_path / "gold.jsonl"
    quotes = [
        {"text": "We will not sell our ports,", "speaker": "Jane Smith", "kind": "direct"},
        {"text": "The ports are sold and that is final.", "speaker": "Mary Jones"},
    ]
    gold.write_text(json.dumps({"file": str(story), "quotes": quotes}) + "\n", "utf-8")
    rows = tmp_path / "rows.jsonl"
    done = _run(
        str(ROOT / "benchmarks" / "speaker_routes.py"),
        "--set",
        f"mini={gold}",
        "--out",
        str(rows),
    )
    assert done.returncode == 0, done.stderr
    found = [json.loads(line) for line in rows.read_text("utf-8").splitlines()]
    routes = {r["speaker"]: (r["route"], r["right"]) for r in found}
    assert routes["Jane Smith"] == ("dir:after_cue:explicit", True)
    assert routes["John Brown"][1] is False and routes["John Brown"][0].startswith("cont:")
    assert "| mini |" in done.stdout.splitlines()[0]
    bad = _run(str(ROOT / "benchmarks" / "speaker_routes.py"), "--set", "nothing")
    assert bad.returncode == 2 and "NAME=GOLD" in bad.stderr
