"""benchmarks/reader_sweep.py scores the reader against expected outputs on a tiny sweep folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "reader_sweep.py"

PAGE = """<html><head><title>Ministers agree to resume talks - World - Sport</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<meta name="author" content="Jane Doe; Jane-Doe"></head><body><article>
<h1>Ministers agree to resume talks</h1>{paragraphs}<p>Sign up for our newsletter</p>
</article></body></html>"""
PARAGRAPHS = [
    f"The ministers met in {city} on Tuesday and agreed to resume the ceasefire talks next "
    "month, a spokesman for the foreign ministry said after the meeting."
    for city in ("Geneva", "Vienna", "Oslo")
]


def test_the_sweep_prints_accuracy_against_expected_outputs(tmp_path: Path) -> None:
    folder = tmp_path / "outlet"
    folder.mkdir()
    (folder / "a.html").write_text(
        PAGE.format(paragraphs="".join(f"<p>{p}</p>" for p in PARAGRAPHS)), encoding="utf-8"
    )
    gold = {
        "title": "Ministers agree to resume talks",
        "authors": ["Jane Doe"],
        "date": "2024-03-05",
        "body": "\n\n".join(PARAGRAPHS),
    }
    (folder / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "b.html").write_bytes(b"\x00\x01binary")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path), "-v"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = {line.split()[0]: line.split() for line in done.stdout.splitlines() if line.strip()}
    # pages, refused, crashed, title, date, author, body P/R/F1
    assert rows["outlet"][1:7] == ["2", "1", "0", "1.000/1", "1.000/1", "1.000/1"]
    assert rows["outlet"][7] == "1.000/1.000/1.000"
    assert "refused: " in done.stdout and "b.html" in done.stdout
