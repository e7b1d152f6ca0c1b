"""load_stories: files, directories, globs, stdin, dedup, and every kind of broken input."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pluggy
import pytest
from paths import SEEDS

from briefgen import hookspecs
from briefgen.hookspecs import hookimpl
from briefgen.ingest import LoadResult, feed, html, jsonfile, load_stories, text
from briefgen.model import Story

# "Seoul" is in the body too: each replace() gives another story, not a copy under a new headline
ARTICLE = (
    "Seoul talks end\n\nKim and Moon met in Seoul for three hours.\n\n"
    "Both said the talks went well.\n"
)


def manager(*extra: object) -> pluggy.PluginManager:
    """A plugin manager with the built-in readers (as the CLI registers them), plus ``extra``."""
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for module in (text, html, feed, jsonfile):
        pm.register(module)
    for plugin in extra:
        pm.register(plugin)
    return pm


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE.replace("Seoul", "A"))
    (tmp_path / "b" / "c.md").write_text(ARTICLE.replace("Seoul", "C"))
    (tmp_path / "b" / "deep" / "d.txt").write_text(ARTICLE.replace("Seoul", "D"))
    (tmp_path / "b" / "notes.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "z.text").write_text(ARTICLE.replace("Seoul", "Z"))
    (tmp_path / ".hidden" / "h.txt").write_text(ARTICLE.replace("Seoul", "H"))
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return tmp_path


def titles(result: LoadResult) -> list[str]:
    return [story.title.split()[0] for story in result.stories]


def test_directory_is_walked_sorted_and_filtered(tree: Path):
    result = load_stories([str(tree)])
    assert result.problems == []
    assert titles(result) == ["A", "C", "D", "Z"]
    assert result.stories[0].path == str(tree / "a.txt")


def test_paths_are_kept_as_given(tree: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tree)
    result = load_stories(["./a.txt", "b"])
    assert [s.path for s in result.stories] == ["./a.txt", "b/c.md", "b/deep/d.txt"]


def test_globs(tree: Path):
    result = load_stories([str(tree / "**" / "*.txt")])
    assert titles(result) == ["A", "D"]
    result = load_stories([str(tree / "*.nothing")])
    assert result.problems == [f"{tree / '*.nothing'}: no files match"]
    assert load_stories([str(tree / "*.png")]).problems == [
        f"{tree / '*.png'}: no story files match"
    ]


def test_source_order_is_kept(tree: Path):
    result = load_stories([str(tree / "z.text"), str(tree / "a.txt")])
    assert titles(result) == ["Z", "A"]


def test_missing_path_among_good_ones(tree: Path):
    result = load_stories([str(tree / "a.txt"), str(tree / "missing.txt"), str(tree / "z.text")])
    assert titles(result) == ["A", "Z"]
    assert result.problems == [f"{tree / 'missing.txt'}: no such file or directory"]


def test_identical_stories_are_read_once(tree: Path):
    shutil.copy(tree / "a.txt", tree / "copy.txt")
    result = load_stories([str(tree / "a.txt"), str(tree / "copy.txt"), str(tree / "a.txt")])
    assert titles(result) == ["A"]
    assert result.duplicates == 1
    assert result.problems == []


def test_same_guid_in_two_feeds_is_read_once(tmp_path: Path):
    item = "<item><title>T</title><guid>g-1</guid><description>{}</description></item>"
    for name, body in (("one.rss", "First text."), ("two.rss", "Edited text.")):
        (tmp_path / name).write_text(
            f"<rss version='2.0'><channel><title>F</title>{item.format(body)}</channel></rss>"
        )
    result = load_stories([str(tmp_path / "one.rss"), str(tmp_path / "two.rss")])
    assert [s.body for s in result.stories] == ["First text."]
    assert result.stories[0].path == str(tmp_path / "one.rss") + "#1"


def test_stdin_is_sniffed():
    result = load_stories(["-"], stdin=io.BytesIO(ARTICLE.encode()))
    assert titles(result) == ["Seoul"]
    assert result.stories[0].path == "-"
    feed_bytes = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>F</title>"
        b"<item><title>T</title><description>Entry text.</description></item></channel></rss>"
    )
    result = load_stories(["-"], stdin=io.BytesIO(feed_bytes))
    assert [(s.title, s.body, s.source) for s in result.stories] == [("T", "Entry text.", "F")]
    result = load_stories(["-"], stdin=io.BytesIO(b'[{"title": "J", "body": "Json body."}]'))
    assert [(s.title, s.body) for s in result.stories] == [("J", "Json body.")]
    result = load_stories(["-"], stdin=io.BytesIO(b""))
    assert result.problems == ["<stdin>: empty story"]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty story"),
        ("blank.txt", b"  \n\t\r\n  \n", "empty story"),
        ("bom-only.txt", b"\xef\xbb\xbf", "empty story"),
        ("headline.txt", b"Just a headline\n", "empty story"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)), "binary file"),
        ("blob", bytes(range(256)) * 4, "binary file"),
        ("bad.json", b'{"title": "x", "body": ', "invalid JSON"),
        ("shape.json", b'"just a string"', "expected an object or a list of objects"),
        ("nobody.json", b'{"title": "x"}', "missing body"),
        ("bad.xml", b"<?xml version='1.0'?><rss><channel><item><title>x", "malformed feed"),
        ("notfeed.xml", b"<?xml version='1.0'?><config><a>1</a></config>", "not an RSS"),
        ("nothing.html", b"<html><head><title>t</title></head><body></body></html>", "empty"),
    ],
)
def test_broken_inputs_are_reported_and_skipped(tmp_path: Path, name, data, problem):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(ARTICLE)
    result = load_stories([str(tmp_path / name), str(tmp_path / "good.txt")])
    assert titles(result) == ["Seoul"]
    assert len(result.problems) == 1
    assert result.problems[0].startswith(f"{tmp_path / name}: ")
    assert problem in result.problems[0]
    assert "\n" not in result.problems[0]


@pytest.mark.parametrize(
    "encoding", ["cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"]
)
def test_encodings(tmp_path: Path, encoding):
    article = "Café talks end\n\nThe minister said: “We are ready.” Façade.\n"
    if encoding == "latin-1":
        article = article.replace("“", '"').replace("”", '"')
    (tmp_path / "s.txt").write_bytes(article.encode(encoding))
    [story] = load_stories([str(tmp_path / "s.txt")]).stories
    assert story.title == "Café talks end"
    assert story.body == article.split("\n\n", 1)[1].strip()


def test_truncated_utf8_file(tmp_path: Path):
    (tmp_path / "cut.txt").write_bytes("Headline\n\nHe said “yes”".encode()[:-1])
    [story] = load_stories([str(tmp_path / "cut.txt")]).stories
    assert story.body == "He said “yes"


def test_malformed_html_is_read_best_effort(tmp_path: Path):
    markup = (
        "<html><body><h1>Summit ends</h1><p>Kim and Putin met for three hours on Thursday"
        " and discussed <b>security guarantees<p>Putin said the talks were useful and that he"
        " would brief Beijing.</div></span>"
    )
    (tmp_path / "m.html").write_text(markup)
    result = load_stories([str(tmp_path / "m.html")])
    assert result.problems == []
    [story] = result.stories
    assert "Putin said the talks were useful" in story.body


def test_json_wrong_items_are_reported_good_ones_kept(tmp_path: Path):
    (tmp_path / "stories.json").write_text(
        '[{"title": "A", "body": "Alpha."}, {"title": "B"}, 7, {"title": "D", "text": "Delta."}]'
    )
    result = load_stories([str(tmp_path / "stories.json")])
    assert [s.title for s in result.stories] == ["A", "D"]
    assert [s.path for s in result.stories] == [
        f"{tmp_path / 'stories.json'}#1",
        f"{tmp_path / 'stories.json'}#4",
    ]
    assert result.problems == [
        f"{tmp_path / 'stories.json'}: item 2: missing body (no body, text or content field)",
        f"{tmp_path / 'stories.json'}: item 3: expected an object, found int",
    ]


def test_unreadable_file(tmp_path: Path):
    target = tmp_path / "secret.txt"
    target.write_text(ARTICLE)
    target.chmod(0)
    try:
        result = load_stories([str(target)])
        if result.stories:  # running as root: permissions do not apply
            pytest.skip("permissions not enforced")
        assert result.problems == [f"{target}: permission denied"]
    finally:
        target.chmod(0o600)


def test_a_plugin_reader_wins_over_the_builtins(tmp_path: Path):
    class Upper:
        @hookimpl
        def read_stories(self, path: Path, data: bytes):
            if path.suffix != ".up":
                return None
            return [Story(title="UP", body=data.decode().upper())]

    (tmp_path / "x.up").write_text("shout")
    (tmp_path / "y.txt").write_text(ARTICLE)
    pm = manager(Upper())
    result = load_stories([str(tmp_path / "x.up"), str(tmp_path / "y.txt")], pm)
    assert [(s.title, s.body) for s in result.stories] == [
        ("UP", "SHOUT"),
        *[("Seoul talks end", ARTICLE.split("\n\n", 1)[1].strip())],
    ]


@pytest.mark.parametrize("order", [(text, html, feed, jsonfile), (jsonfile, feed, html, text)])
def test_builtin_reader_registration_order_does_not_matter(tmp_path: Path, order):
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for module in order:
        pm.register(module)
    files = {
        "a.txt": ARTICLE.encode(),
        "b.json": b'{"title": "J", "body": "Json body."}',
        "c.xml": b"<rss version='2.0'><channel><title>F</title><item><title>T</title>"
        b"<description>Entry.</description></item></channel></rss>",
        "d.html": b"<html><head><title>H</title></head><body><article><p>"
        + b"Html paragraph text that is long enough to be kept by the extractor. " * 3
        + b"</p></article></body></html>",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = load_stories([str(tmp_path)], pm)
    assert result.problems == []
    assert [s.title for s in result.stories] == ["Seoul talks end", "J", "T", "H"]


def test_a_reader_crash_is_one_problem(tmp_path: Path):
    class Broken:
        @hookimpl
        def read_stories(self, path: Path, data: bytes):
            raise RuntimeError("boom")

    (tmp_path / "a.txt").write_text(ARTICLE)
    result = load_stories([str(tmp_path / "a.txt")], manager(Broken()))
    assert result.problems == [f"{tmp_path / 'a.txt'}: reader failed (RuntimeError: boom)"]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed stories not present")
def test_seeds_through_pluggy():
    result = load_stories([str(SEEDS)], manager())
    assert result.problems == []
    assert [s.source for s in result.stories] == ["Arirang News", "ZeroHedge"]
    assert len({s.id for s in result.stories}) == 2


def test_path_objects_are_read_like_strings(tmp_path: Path) -> None:
    """A library caller may pass ``Path`` objects; each story keeps its file's path as text."""
    story_file = tmp_path / "talks.txt"
    story_file.write_text(ARTICLE, "utf-8")
    result = load_stories([story_file])
    assert result.problems == []
    assert [s.title for s in result.stories] == ["Seoul talks end"]
    assert result.stories[0].path == str(story_file)
