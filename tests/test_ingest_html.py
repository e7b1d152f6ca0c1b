"""The HTML reader: trafilatura's text and metadata, no comments, no network."""

from __future__ import annotations

import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from briefgen.ingest import load_stories
from briefgen.ingest.html import fragment_blocks, html_to_story, read_stories

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Putin says North Korea needs “security guarantees” | Example News</title>
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2019-04-25T18:30:00+10:00">
<link rel="canonical" href="https://example.com/news/putin-kim">
<script>var x = "<p>not text</p>";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
<h1>Putin says North Korea needs “security guarantees”</h1>
<p>Russian President Vladimir Putin said on Thursday that North Korea would need international
security guarantees before it gave up its nuclear weapons.</p>
<p>“We need to restore the power of international law,” Putin told reporters in Vladivostok
after talks with Kim Jong Un.</p>
<p>Kim arrived in Russia on Wednesday by armoured train for his first summit with Putin, and
the two men held three hours of talks on Russky Island.</p>
<img src="file:///etc/passwd">
</article>
<section class="comments"><h3>Comments</h3>
<p>Great article, totally agree with everything here! Putin is right about all of it.</p></section>
<footer><p>© 2019 Example News. All rights reserved.</p></footer>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_article_page(no_network):
    [story] = read_stories(path=Path("page.html"), data=PAGE.encode())
    assert story.title == "Putin says North Korea needs “security guarantees”"
    assert story.source == "Example News"
    assert story.byline == "Jane Doe"
    assert story.url == "https://example.com/news/putin-kim"
    assert story.published == datetime(2019, 4, 25, 18, 30, tzinfo=timezone(timedelta(hours=10)))
    paragraphs = story.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1].startswith("“We need to restore the power of international law,”")
    for gone in ("Great article", "not text", "All rights reserved", "Home", "Comments"):
        assert gone not in story.body


def test_cp1252_page_with_declared_charset():
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("é", "é")
    [story] = read_stories(path=Path("page.htm"), data=page.encode("cp1252"))
    assert "“We need to restore" in story.body


def test_html_reader_claims_only_html():
    assert read_stories(path=Path("a.txt"), data=PAGE.encode()) is None
    assert read_stories(path=Path("a.json"), data=PAGE.encode()) is None


def test_sniffed_html_on_stdin(no_network):
    import io

    result = load_stories(["-"], stdin=io.BytesIO(PAGE.encode()))
    assert [s.source for s in result.stories] == ["Example News"]


def test_fragment_blocks():
    assert fragment_blocks("<p>a<br>b</p><div>c<p>d</p>e</div><script>x</script>f") == [
        "a\nb",
        "c",
        "d",
        "e",
        "f",
    ]
    assert fragment_blocks("") == []
    assert fragment_blocks("<html></html>") == []


def test_lazy_import():
    import subprocess
    import sys

    code = (
        "import sys; from briefgen.ingest import load_stories;"
        "load_stories(['/dev/null']);"
        "print('trafilatura' in sys.modules, 'feedparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_site_name_given_as_title_gives_way_to_the_headline():
    from briefgen.ingest.html import html_to_story

    body = "".join(
        f"<p>Paragraph {n} of the story says what the ministers agreed in the long talks.</p>"
        for n in range(6)
    )
    page = (
        "<html><head><title>Bush speech draws mixed response | Khaleej Times Online</title>"
        '<meta property="og:title" content="Khaleej Times Online">'
        '<meta property="og:site_name" content="Khaleej Times Online"></head><body>'
        f"<article><h1>Bush speech draws mixed response</h1>{body}</article></body></html>"
    )
    assert html_to_story(page).title == "Bush speech draws mixed response"


def test_a_trailing_site_name_is_cut_from_the_title():
    from briefgen.ingest.html import strip_site_suffix

    assert (
        strip_site_suffix(
            "N. Korea slams S. Korea, warns | Yonhap News Agency", "Yonhap News Agency"
        )
        == "N. Korea slams S. Korea, warns"
    )
    assert strip_site_suffix("War games begin - Taipei Times", None) == "War games begin"
    assert strip_site_suffix("Hits Kyiv - National | Globalnews.ca", "Global News") == "Hits Kyiv"
    assert strip_site_suffix("Blair - the man who would be king", "BBC") == (
        "Blair - the man who would be king"
    )


def test_a_form_wrapping_the_whole_page_does_not_hide_the_story():
    paragraphs = "".join(
        f"<p>Paragraph {n}: the ministers met in Geneva on Tuesday and agreed to resume the "
        "ceasefire talks next month, a spokesman for the foreign ministry said.</p>"
        for n in range(4)
    )
    page = (
        "<html><head><title>Ministers agree to resume talks</title></head><body>"
        # a 2008 layout: the page in one ASP.NET form, the story in a layout table
        '<form id="aspnetForm" method="post"><table><tr><td><h1>Ministers agree to resume '
        f"talks</h1>{paragraphs}</td></tr></table></form>"
        '<form action="/search"><input name="q"></form></body></html>'
    )
    story = html_to_story(page)
    assert "Paragraph 0" in story.body and "Paragraph 3" in story.body
