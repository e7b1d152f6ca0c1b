"""Rendering: Markdown is CommonMark with one heading per section, HTML is escaped, JSON schema."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from markdown_it import MarkdownIt

from briefgen.build import build_brief
from briefgen.model import Story
from briefgen.plugins import get_plugins
from briefgen.render import brief_to_json, md_escape, render_html, render_markdown


def _brief(title: str = "Korea brief", **story_fields):
    story = Story(
        title=story_fields.pop("story_title", "Putin meets Kim"),
        body=story_fields.pop("body", "Mr Putin said talks must resume."),
        source="Arirang News",
        published=datetime(2019, 4, 26, 7, 0, tzinfo=UTC),
        **story_fields,
    )
    outcome = build_brief(
        [story],
        plugins=get_plugins(),
        title=title,
        as_of=date(2019, 4, 26),
        section_ids=["sources"],
    )
    return outcome.brief


def test_markdown_has_title_sections_and_marking_top_and_bottom():
    text = render_markdown(_brief())
    tokens = MarkdownIt("commonmark").parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings == ["Korea brief", "Sources"]
    assert text.startswith("**UNCLASSIFIED**")
    assert text.rstrip().endswith("**UNCLASSIFIED**")
    assert "[^1]: Putin meets Kim. Arirang News, 26 April 2019." in text


def test_markdown_escapes_story_text_that_looks_like_markup():
    text = render_markdown(_brief(story_title="# Not a heading *bold* [x](javascript:alert(1))"))
    tokens = MarkdownIt("commonmark").parse(text)
    assert sum(t.type == "heading_open" for t in tokens) == 2
    inline = [t for t in tokens if t.type == "inline"]
    assert not any(c.type == "link_open" for t in inline for c in t.children or [])


def test_md_escape_keeps_text_on_one_line_and_neutralises_line_starts():
    assert md_escape("a\n\n# b") == "a \\# b"
    assert md_escape("- item") == "\\- item"
    assert md_escape("1. first") == "1\\. first"
    assert md_escape(None) == ""


def test_html_escapes_story_text_and_never_evaluates_it_as_a_template():
    html = render_html(_brief(story_title="<script>alert(1)</script> {{ 7*7 }} {% include 'x' %}"))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert 'id="src-1"' in html


def test_json_follows_the_brief_schema_without_bodies():
    document = brief_to_json(_brief())
    assert document["schema"] == "briefgen/brief@1"
    assert document["date"] == "2019-04-26"
    assert set(document) >= {"title", "date", "generated_by", "stories", "sections"}
    assert "body" not in document["stories"][0]
    assert document["stories"][0]["published"] == "2019-04-26T07:00:00+00:00"
    section = document["sections"][0]
    assert section["id"] == "sources" and section["plugin"] == "sources"
    assert section["items"][0]["number"] == 1
    json.dumps(document)


def test_user_template_dir_overrides_a_builtin_partial(tmp_path):
    (tmp_path / "sections").mkdir()
    (tmp_path / "sections" / "sources.md.j2").write_text("CUSTOM {{ items|length }}\n")
    text = render_markdown(_brief(), template_dir=tmp_path)
    assert "CUSTOM 1" in text
