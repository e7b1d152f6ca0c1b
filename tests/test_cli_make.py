"""`briefgen make` as a user runs it: CliRunner and a real subprocess, all four formats."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefgen.cli import main

DATE = "2019-04-26"


def _make(args: list[str], **kwargs):
    return CliRunner().invoke(main, ["make", *args], catch_exceptions=False, **kwargs)


def test_make_writes_markdown_and_pdf_by_default_into_the_output_folder(seeds_dir, tmp_path):
    result = _make(
        [str(seeds_dir), "-o", str(tmp_path / "out"), "--title", "Korea", "--date", DATE]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["korea.md", "korea.pdf"]


def test_output_path_with_a_suffix_is_the_file(seeds_dir, tmp_path):
    target = tmp_path / "brief.json"
    result = _make([str(seeds_dir), "-f", "json", "-o", str(target), "--date", DATE])
    assert result.exit_code == 0, result.output
    document = json.loads(target.read_text())
    assert document["schema"] == "briefgen/brief@1"
    assert len(document["stories"]) == 2
    assert [s["id"] for s in document["sections"]][-1] == "sources"


def test_dash_output_writes_markdown_to_stdout(seeds_dir):
    result = _make([str(seeds_dir), "-o", "-", "--title", "Korea", "--date", DATE, "-q"])
    assert result.exit_code == 0
    assert result.stdout.startswith("**UNCLASSIFIED**\n\n# Korea\n")


def test_formats_take_comma_lists_and_repeat(seeds_dir, tmp_path):
    result = _make([str(seeds_dir), "-f", "md,html", "-f", "json", "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".html", ".json", ".md"]


def test_section_option_picks_and_orders_sections(seeds_dir, tmp_path):
    target = tmp_path / "b.json"
    result = _make([str(seeds_dir), "-f", "json", "-o", str(target), "--section", "sources"])
    assert result.exit_code == 0
    assert [s["id"] for s in json.loads(target.read_text())["sections"]] == ["sources"]


def test_unknown_section_is_one_line_and_exit_2(seeds_dir, tmp_path):
    result = _make([str(seeds_dir), "--section", "nope", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert (
        result.stderr.strip().splitlines() == [result.stderr.strip().splitlines()[0]]
        and "unknown section 'nope'" in result.stderr
    )
    assert list(tmp_path.iterdir()) == []


def test_missing_source_among_good_ones_is_reported_and_skipped(seeds_dir, tmp_path):
    result = _make([str(seeds_dir), str(tmp_path / "missing.txt"), "-f", "md", "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "missing.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "policy-brief.md").is_file()


def test_zero_stories_is_fatal_and_writes_nothing(tmp_path):
    result = _make([str(tmp_path / "nothing.txt"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_bad_config_is_one_line_naming_the_file(seeds_dir, tmp_path):
    config = tmp_path / "briefgen.toml"
    config.write_text("[sections\n")
    result = _make([str(seeds_dir), "--config", str(config), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert str(config) in result.stderr and "invalid TOML" in result.stderr


def test_subprocess_run_produces_a_readable_pdf_with_sections_and_marking(seeds_dir, tmp_path):
    env = {**os.environ, "COLUMNS": "120"}
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "briefgen.cli",
            "make",
            str(seeds_dir),
            "-f",
            "pdf,md",
            "-o",
            str(tmp_path),
            "--title",
            "Korea security guarantees",
            "--date",
            DATE,
            "--page-size",
            "Letter",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    pdf = PdfReader(tmp_path / "korea-security-guarantees.pdf")
    pages = [page.extract_text() for page in pdf.pages]
    assert len(pages) >= 1
    for number, text in enumerate(pages, start=1):
        assert text.count("UNCLASSIFIED") >= 2
        assert f"Page {number} of {len(pages)}" in text
    everything = "\n".join(pages)
    markdown = (tmp_path / "korea-security-guarantees.md").read_text()
    headings = [line[3:] for line in markdown.splitlines() if line.startswith("## ")]
    for heading in headings:
        assert heading in everything
    outline_titles = [item.title for item in pdf.outline if not isinstance(item, list)]
    assert outline_titles == ["Korea security guarantees"]
    assert pdf.metadata.title == "Korea security guarantees"
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_help_lists_every_command():
    result = CliRunner().invoke(main, ["--help"])
    for command in ("make", "analyze", "plugins", "sections", "run", "schedule"):
        assert command in result.output


@pytest.mark.parametrize("bad", ["--date=26/04/2019", "-f=docx"])
def test_bad_options_are_usage_errors(seeds_dir, bad):
    result = CliRunner().invoke(main, ["make", str(seeds_dir), bad])
    assert result.exit_code == 2
    assert "Traceback" not in (result.stderr or "")


def test_path_given_is_kept_in_analysis(seeds_dir):
    seed = next(Path(seeds_dir).glob("000_*.txt"))
    result = CliRunner().invoke(main, ["analyze", str(seed)], catch_exceptions=False)
    document = json.loads(result.stdout)
    assert document["schema"] == "briefgen/analysis@1"
    story = document["stories"][0]
    assert story["path"] == str(seed)
    assert story["published"].startswith("2019-04-26T07:00:15")
    for quote in story["quotes"]:
        assert story["body"][quote["start"] : quote["end"]] == quote["text"]
