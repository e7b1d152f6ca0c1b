"""Sources lists what the brief cites (no local paths); the header's as-of date and notes."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from briefgen.cli import main
from briefgen.hookspecs import hookimpl
from briefgen.section import BuildContext, Section
from briefgen.testing import build_test_brief, make_story

# an absolute local path as any format could print it: /x/y, or C:\x
ABSOLUTE = re.compile(r"(?<![\w.:/<])/(?:[\w.-]+/)+[\w.-]+|\b[A-Za-z]:\\\\")


def _make(*args: str):
    return CliRunner().invoke(main, ["make", *args], catch_exceptions=False)


class CiteFirst(Section):
    """A section citing only the first story."""

    id = "cite-first"
    title = "Cite first"

    def build(self, context: BuildContext) -> list[dict]:
        return [{"story": context.stories[0].id}]


class CiteFirstPlugin:
    @hookimpl
    def register_sections(self, register):
        register(CiteFirst())


STORIES = [
    make_story("First story", "Nothing much happened on Monday.", published="2019-04-25"),
    make_story("Second story", "Nothing much happened on Tuesday.", published="2019-04-26"),
]


def test_sources_lists_only_the_stories_other_sections_cite():
    brief = build_test_brief(
        STORIES, plugins=[CiteFirstPlugin()], sections=["cite-first", "sources"]
    )
    items = brief.items("sources")
    assert [(i["title"], i["number"], i["cited"]) for i in items] == [("First story", 1, True)]
    assert brief.brief.source_number(STORIES[0].id) == 1


def test_the_appendix_lists_every_story_read_unnumbered():
    brief = build_test_brief(
        STORIES,
        plugins=[CiteFirstPlugin()],
        sections=["cite-first", "sources"],
        config={"sections": {"sources": {"appendix": True}}},
    )
    items = brief.items("sources")
    assert [(i["title"], i["number"]) for i in items] == [
        ("First story", 1),
        ("Second story", None),
    ]
    assert "Also read, not cited (1)" in brief.markdown


def test_sources_never_print_an_absolute_path_in_any_format(seeds_dir, tmp_path):
    out = tmp_path / "out"
    result = _make(
        str(seeds_dir.resolve()),
        "-f",
        "md,html,json,pdf",
        "-o",
        str(out),
        "-q",
        "--appendix",
        "--date",
        "2019-04-26",
    )
    assert result.exit_code == 0, result.output
    texts = {p.suffix: p.read_text() for p in out.iterdir() if p.suffix != ".pdf"}
    texts[".pdf"] = "\n".join(
        page.extract_text() for page in PdfReader(out / "policy-brief.pdf").pages
    )
    for suffix, text in texts.items():
        assert str(seeds_dir.resolve()) not in text, suffix
        assert not ABSOLUTE.search(text), (suffix, ABSOLUTE.search(text))
    assert "`000_312cadde9ea5adac.txt`" in texts[".md"]
    document = json.loads(texts[".json"])
    assert [s["path"] for s in document["stories"]] == [
        "000_312cadde9ea5adac.txt",
        "002_3cc255f85078c229.txt",
    ]


def test_without_date_the_brief_is_as_of_the_latest_story(seeds_dir, tmp_path):
    out = tmp_path / "b.json"
    result = _make(str(seeds_dir), "-f", "json", "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text())
    assert (document["date"], document["date_basis"]) == ("2019-04-26", "stories")


def test_undated_stories_make_the_header_say_so(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Talks go on\n\nThe talks went on for hours.\n")
    result = _make(str(tmp_path / "in"), "-f", "md,json", "-o", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "out" / "policy-brief.md").read_text()
    today = date.today()
    assert (
        f"As of {today.day} {today:%B %Y} (date of preparation; the stories are undated)"
        in markdown
    )
    document = json.loads((tmp_path / "out" / "policy-brief.json").read_text())
    assert document["date_basis"] == "prepared"


def test_a_skipped_input_is_named_in_the_brief_without_its_path(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks go on\n\nThe talks went on for hours.\n")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02\xff\xfe binary")
    result = _make(
        str(folder), "-f", "md,json", "-o", str(tmp_path / "out"), "--date", "2019-01-02"
    )
    assert result.exit_code == 1
    markdown = (tmp_path / "out" / "policy-brief.md").read_text()
    assert "**Not read: 1 input.** b.txt (binary file, not a story)." in markdown
    assert str(tmp_path) not in markdown
    document = json.loads((tmp_path / "out" / "policy-brief.json").read_text())
    assert document["skipped"] == [{"file": "b.txt", "reason": "binary file, not a story"}]


@pytest.mark.parametrize("formats", ["md,pdf", "pdf"])
def test_a_markdown_file_name_with_other_formats_is_refused_and_nothing_written(
    seeds_dir, tmp_path, formats
):
    result = _make(str(seeds_dir), "-o", str(tmp_path / "out" / "x.md"), "-f", formats)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefgen: error: -o ")
    assert "x.md" in lines[0]
    assert not (tmp_path / "out").exists()


@pytest.fixture(scope="module")
def politics_brief(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 357-story UK politics brief in every format (built once for the tests below)."""
    from paths import SHARED_CORPUS as CORPUS_DIR

    if not CORPUS_DIR.is_dir():
        pytest.skip("../shared/corpus/bbc is not available")
    out = tmp_path_factory.mktemp("politics")
    result = _make(
        str(CORPUS_DIR / "politics"),
        "--title",
        "UK politics",
        "-f",
        "md,html,pdf,json",
        "--date",
        "2005-04-01",
        "-o",
        str(out),
        "-q",
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.slow
def test_the_politics_brief_fits_in_ten_pages(politics_brief):
    assert len(PdfReader(politics_brief / "uk-politics.pdf").pages) <= 10


@pytest.mark.slow
def test_the_politics_brief_has_one_story_per_body_and_lists_only_cited_sources(politics_brief):
    document = json.loads((politics_brief / "uk-politics.json").read_text())
    assert len(document["stories"]) == 357 - 9
    assert sum(1 for story in document["stories"] if story["copies"]) == 9
    sources = next(s for s in document["sections"] if s["id"] == "sources")["items"]
    assert 0 < len(sources) < 150 and all(item["cited"] for item in sources)
    assert [item["number"] for item in sources] == list(range(1, len(sources) + 1))


@pytest.mark.slow
def test_the_politics_brief_prints_no_local_path_in_any_format(politics_brief):
    texts = [(politics_brief / f"uk-politics.{ext}").read_text() for ext in ("md", "html", "json")]
    pages = PdfReader(politics_brief / "uk-politics.pdf").pages
    texts.append("\n".join(page.extract_text() for page in pages))
    for text in texts:
        assert "/politics/" not in text and "/corpus/" not in text
        assert not ABSOLUTE.search(text), ABSOLUTE.search(text)


@pytest.mark.parametrize(
    ("title", "body", "shown"),
    [
        # a title that is only a byline names no story: the body's heading line stands in
        (
            "BYLINE: Jane Roe.",
            "THE PORT REOPENS.\n\nThe port reopened on Monday.",
            "THE PORT REOPENS.",
        ),
        ("By Jane Roe", "THE PORT REOPENS.\n\nThe port reopened on Monday.", "THE PORT REOPENS."),
        # no short heading: the file name
        (
            "BYLINE: Jane Roe.",
            "The port reopened on Monday after " + "a long " * 10 + "wait.",
            "roe.txt",
        ),
        # a headline that opens on "By" is a headline
        ("By the numbers: the port", "The port reopened on Monday.", "By the numbers: the port"),
    ],
)
def test_a_title_that_is_only_a_byline_is_no_title(title: str, body: str, shown: str) -> None:
    story = make_story(title, body, published="2019-04-25", file="roe.txt")
    brief = build_test_brief(
        [story], plugins=[CiteFirstPlugin()], sections=["cite-first", "sources"]
    )
    assert [i["title"] for i in brief.items("sources")] == [shown]
