"""The committed sample brief is exactly what the README's command produces from the seeds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "brief"
SLUG = "korea-the-putin-kim-summit"
COMMAND = [
    "make",
    "samples/stories",
    "--config",
    "samples/briefgen.toml",
    "--title",
    "Korea: the Putin-Kim summit",
    "--date",
    "2019-04-26",
    "-f",
    "md,json",
]


@pytest.mark.parametrize("hash_seed", ["0", "4242"])
def test_committed_sample_matches_a_fresh_build(tmp_path, hash_seed):
    """Whatever the string-hash seed: no output may depend on set or dict iteration order."""
    completed = subprocess.run(
        [sys.executable, "-m", "briefgen.cli", *COMMAND, "-o", str(tmp_path), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": hash_seed},
    )
    assert completed.returncode == 0, completed.stderr
    for suffix in (".md", ".json"):
        fresh = (tmp_path / f"{SLUG}{suffix}").read_text(encoding="utf-8")
        committed = (SAMPLE / f"{SLUG}{suffix}").read_text(encoding="utf-8")
        assert fresh == committed, f"samples/brief/{SLUG}{suffix} is stale: regenerate it"


def test_sample_pdf_has_every_section_and_the_marking():
    pdf = PdfReader(SAMPLE / f"{SLUG}.pdf")
    text = "\n".join(page.extract_text() for page in pdf.pages)
    document = json.loads((SAMPLE / f"{SLUG}.json").read_text(encoding="utf-8"))
    for section in document["sections"]:
        assert section["title"] in text
    assert text.count("UNCLASSIFIED") >= 2 * len(pdf.pages)


def test_readme_shows_an_excerpt_of_the_sample():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- sample-excerpt:start -->")
    end = readme.index("<!-- sample-excerpt:end -->")
    excerpt = readme[start:end]
    markdown = (SAMPLE / f"{SLUG}.md").read_text(encoding="utf-8")
    quoted = [line for line in excerpt.splitlines() if line.startswith("> ")]
    assert quoted, "the README excerpt is empty"
    sample_lines = set(markdown.splitlines())
    shown = [line for line in excerpt.splitlines()[1:] if line.strip() and "```" not in line]
    stale = [line for line in shown if line not in sample_lines and "sample-excerpt" not in line]
    assert not stale, f"README excerpt lines not in the sample brief: {stale}"
