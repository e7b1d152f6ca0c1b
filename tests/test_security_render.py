"""Untrusted story text renders as text: no Jinja evaluation, no HTML, no Markdown structure.

Every installed section renders hostile stories (see tests/hostile.py); the Markdown is parsed
with markdown-it-py, the HTML with html.parser and the PDF read back with pypdf.
"""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from html.parser import HTMLParser

import pytest
from hostile import ALL, HTML, JINJA, JINJA_RESULT, MARKDOWN, hostile_brief, squash
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

from briefgen.build import build_brief
from briefgen.model import Story
from briefgen.render import builtin_template_dir, md_escape, render_html, render_markdown

BRIEF_TITLE = "Brief {{ 7*191 }} <script>alert(1)</script> # *x* | [a](javascript:b)"
CSS_MARKER = "border-collapse"  # appears in brief.css: would leak if {% include %} ran


def _markdown_parser() -> MarkdownIt:
    """CommonMark + tables + footnotes, accepting every link so a bad one is visible."""
    md = MarkdownIt("commonmark").enable("table").use(footnote_plugin)
    md.validateLink = lambda url: True
    return md


def _parse(markdown: str):
    """Tokens of ``markdown``; a leading line cites sources 1-20 so no footnote is dropped."""
    cites = "".join(f"[^{n}]" for n in range(1, 21))
    return _markdown_parser().parse(f"{cites}\n\n{markdown}")[3:]


def _walk(tokens):
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def _inline_text(token) -> str:
    return "".join(
        child.content
        for child in token.children or []
        if child.type in ("text", "code_inline", "softbreak", "html_inline")
    )


@pytest.fixture(scope="module")
def outcome():
    return hostile_brief(BRIEF_TITLE)


@pytest.fixture(scope="module")
def markdown(outcome) -> str:
    return render_markdown(outcome.brief, extra_dirs=outcome.template_dirs)


@pytest.fixture(scope="module")
def html(outcome) -> str:
    return render_html(outcome.brief, extra_dirs=outcome.template_dirs)


# --- Jinja -------------------------------------------------------------------------------------


def test_jinja_in_stories_is_literal_in_markdown(markdown: str) -> None:
    text = _document_text(markdown)
    for payload in JINJA:
        assert payload in text, payload
    assert JINJA_RESULT not in markdown
    assert CSS_MARKER not in markdown
    assert "hidden comment" in text  # {# #} was not swallowed as a comment


def test_jinja_in_stories_is_literal_in_html(html: str) -> None:
    text = _HtmlScan.of(html).text
    for payload in JINJA:
        assert payload in text, payload
    assert JINJA_RESULT not in html
    # brief.css is inlined once in <style>; {% include %} would add a second copy
    assert html.count(CSS_MARKER) == builtin_template_dir().joinpath("brief.css").read_text(
        "utf-8"
    ).count(CSS_MARKER)


def test_md_filter_output_is_not_template_source() -> None:
    """Even a Jinja-looking escape result stays data (belt and braces for md_escape)."""
    assert md_escape("{{ 7*191 }}") == r"\{\{ 7\*191 \}\}"


# --- HTML --------------------------------------------------------------------------------------

TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "p", "h1", "h2", "h3", "main",
    "section", "footer", "ol", "ul", "li", "a", "code", "strong", "em", "blockquote", "table",
    "thead", "tbody", "tr", "th", "td", "span", "div", "small", "cite", "time", "sup", "br",
    "dl", "dt", "dd", "abbr", "q", "details", "summary", "caption", "figure", "figcaption",
}  # fmt: skip


class _HtmlScan(HTMLParser):
    """Tags, attributes and text of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.chunks: list[str] = []
        self.h1: list[str] = []
        self._in_h1 = False
        self._in_style = False

    @classmethod
    def of(cls, html: str) -> _HtmlScan:
        scan = cls()
        scan.feed(html)
        scan.close()
        return scan

    @property
    def text(self) -> str:
        return squash(" ".join(self.chunks))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_h1 = tag == "h1" or self._in_h1
        self._in_style = tag == "style"
        if tag == "h1":
            self.h1.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_h1 = False
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            return
        self.chunks.append(data)
        if self._in_h1:
            self.h1[-1] += data


def test_html_tags_in_stories_are_escaped(html: str) -> None:
    scan = _HtmlScan.of(html)
    tags = {tag for tag, _ in scan.tags}
    assert "script" not in tags
    assert "img" not in tags and "link" not in tags
    assert tags <= TEMPLATE_TAGS, tags - TEMPLATE_TAGS
    assert html.count("<style") == 1  # only the template's own stylesheet
    for tag, attrs in scan.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert name not in ("src", "srcset", "style"), (tag, name, value)
            if name == "href":
                assert value is not None
                assert value.startswith(("#", "https://", "http://")), value
    for payload in HTML:
        assert payload in scan.text, payload


def test_html_title_is_one_escaped_heading(html: str) -> None:
    scan = _HtmlScan.of(html)
    assert scan.h1 == [squash(BRIEF_TITLE)]
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title is not None and "<script>" not in title.group(1)


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"],
)
def test_html_links_only_http(url: str) -> None:
    story = Story(title="t", body="b", url=url, path="p.txt")
    brief = _brief([story])
    html = render_html(brief)
    for tag, attrs in _HtmlScan.of(html).tags:
        for name, value in attrs:
            if name == "href":
                assert value is not None and not value.startswith(url.split(":")[0]), (tag, value)


# --- Markdown ----------------------------------------------------------------------------------


def _document_text(markdown: str) -> str:
    """The visible text of a Markdown document (what a reader sees), whitespace squashed."""
    tokens = _parse(markdown)
    return squash(" ".join(_inline_text(t) for t in _walk(tokens) if t.type == "inline"))


def _check_markdown_structure(markdown: str, section_titles: list[str], title: str) -> None:
    tokens = _parse(markdown)
    headings = [
        (token.tag, _inline_text(tokens[i + 1]))
        for i, token in enumerate(tokens)
        if token.type == "heading_open"
    ]
    assert [text for tag, text in headings if tag == "h1"] == [squash(title)]
    assert [text for tag, text in headings if tag == "h2"] == section_titles
    for tag, text in headings:
        if tag not in ("h1", "h2"):
            assert not any(squash(p) in text for p in ALL), (tag, text)
    for token in _walk(tokens):
        assert token.type not in ("html_inline", "html_block"), token.content
        assert token.type != "image", token.attrs
        if token.type == "link_open":
            href = str(token.attrs.get("href", ""))
            assert href.startswith(("https://", "http://", "#")), href
        if token.type in ("code_block", "fence"):
            raise AssertionError(f"{token.type} from story text: {token.content!r}")
    _check_tables(tokens)
    if any(line.startswith("|") for line in markdown.splitlines()):
        assert any(t.type == "table_open" for t in tokens), "a table that does not parse as one"


def _check_tables(tokens) -> None:
    """Every row of every table has as many cells as its header (a stray | would add one)."""
    width: int | None = None
    cells = 0
    for token in tokens:
        if token.type == "table_open":
            width = None
        elif token.type == "tr_open":
            cells = 0
        elif token.type in ("th_open", "td_open"):
            cells += 1
        elif token.type == "tr_close":
            width = cells if width is None else width
            assert cells == width, f"table row with {cells} cells, header has {width}"


def test_every_section_rendered(outcome, markdown: str, html: str) -> None:
    """The hostile brief exercises every installed section's templates (none failed)."""
    assert outcome.failures == []
    assert [(s.id, s.error) for s in outcome.brief.sections if s.error] == []
    assert "We said" in markdown and "We said" in html  # quotes reached the page


def test_markdown_structure_survives_hostile_text(outcome, markdown: str) -> None:
    titles = [s.title for s in outcome.brief.sections]
    _check_markdown_structure(markdown, titles, BRIEF_TITLE)


def test_markdown_text_is_literal(markdown: str) -> None:
    text = _document_text(markdown)
    for payload in ALL:
        assert squash(payload) in text, payload


@pytest.mark.parametrize(
    "field,value",
    [
        ("url", "javascript:alert(1)"),
        ("url", "https://news.example/a b\n\n>quote\n\n#\tInjected heading\n"),
        ("url", "https://news.example/?q=<b>x</b>"),
        ("path", "stories/a`b`\n\n# Injected heading\n.txt"),
        ("path", "stories/<script>alert(1)</script>.txt"),
        ("source", "BBC\n\n# Injected heading"),
        ("byline", "| a | b |\n|---|---|\n| c | d |"),
    ],
)
def test_markdown_source_fields_cannot_inject(field: str, value: str) -> None:
    story = Story(title="A story", body="Body.", path="stories/a.txt", source="BBC")
    story.url = None
    setattr(story, field, value)
    brief = _brief([story])
    markdown = render_markdown(brief)
    _check_markdown_structure(markdown, [s.title for s in brief.sections], brief.title)


@pytest.mark.parametrize("payload", [*MARKDOWN, "# Title\n\n## Section", "Line one\n=====", "  "])
def test_md_escape_keeps_one_literal_paragraph(payload: str) -> None:
    """md_escape's output parses as one paragraph whose text is the input, squashed."""
    escaped = md_escape(payload)
    assert "\n" not in escaped
    tokens = _markdown_parser().parse(f"Said: {escaped}\n")
    types = [t.type for t in tokens]
    assert types == ["paragraph_open", "inline", "paragraph_close"], types
    children = tokens[1].children or []
    assert {c.type for c in children} <= {"text"}, [c.type for c in children]
    assert _inline_text(tokens[1]) == squash(f"Said: {payload}")


# --- PDF ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_text(outcome) -> str:
    from pypdf import PdfReader

    from briefgen.pdf import render_pdf

    data = render_pdf(outcome.brief, extra_dirs=outcome.template_dirs)
    reader = PdfReader(io.BytesIO(data))
    return "".join(page.extract_text() or "" for page in reader.pages)


def _nospace(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_pdf_shows_jinja_and_html_literally(pdf_text: str) -> None:
    flat = _nospace(pdf_text)
    for payload in JINJA + HTML:
        assert _nospace(payload) in flat, payload
    assert JINJA_RESULT not in flat
    assert CSS_MARKER not in flat
    assert "fakeheading" in flat  # the </h1> payload stayed text inside the title line


def test_pdf_title_in_page_header_is_escaped(monkeypatch: pytest.MonkeyPatch) -> None:
    """The title goes into CSS page margins: a CSS break-out must not load anything."""
    from briefgen import pdf

    title = 'X"; } @import url("file:///etc/passwd"); @page { @top-left { content: "pwn'
    brief = _brief([Story(title="t", body="b")], title=title)
    requested: list[str] = []
    original = pdf.make_fetcher

    def spy(asset_dir=None):
        fetcher = original(asset_dir)
        inner = fetcher.fetch

        def fetch(url, headers=None):
            requested.append(url)
            return inner(url, headers)

        fetcher.fetch = fetch
        return fetcher

    monkeypatch.setattr(pdf, "make_fetcher", spy)
    data = pdf.render_pdf(brief)
    from pypdf import PdfReader

    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
    assert "file:///etc/passwd" not in requested
    assert "root:" not in text
    assert "@import" in text  # shown as text in the running header


def _brief(stories: list[Story], title: str = "Brief"):
    from briefgen.plugins import get_plugins

    for story in stories:
        story.published = story.published or datetime(2019, 4, 25)
    return build_brief(stories, plugins=get_plugins(), title=title, as_of=date(2019, 4, 26)).brief
