"""The RSS/Atom reader: one story per entry, never a fetch."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from briefgen.errors import InputError
from briefgen.ingest import load_stories
from briefgen.ingest.feed import parse_feed, read_stories

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://ex.com</link>
<item><title>Putin meets Kim</title><link>https://ex.com/a</link><guid>tag:ex.com,2019:a</guid>
<pubDate>Thu, 25 Apr 2019 19:00:00 +0900</pubDate><author>jane@ex.com (Jane Doe)</author>
<description><![CDATA[<p>Putin met Kim in Vladivostok.</p>
<p>\xe2\x80\x9cWe need guarantees,\xe2\x80\x9d
Putin said.</p><p>The post Putin meets Kim appeared first on Example Wire.</p>]]></description>
</item>
<item><title>No text</title><link>https://ex.com/b</link></item>
<item><title>Plain</title><description>Plain text summary.</description></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Talks resume</title><id>urn:uuid:1</id><updated>2019-04-26T01:02:03Z</updated>
<link href="https://atom.example/1"/><author><name>Kim Soo-yeon</name></author>
<summary>Short summary.</summary>
<content type="html">&lt;p&gt;Full first paragraph.&lt;/p&gt;
&lt;p&gt;Second paragraph.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries(tmp_path: Path):
    (tmp_path / "wire.rss").write_bytes(RSS)
    result = load_stories([str(tmp_path / "wire.rss")])
    assert result.problems == [f"{tmp_path / 'wire.rss'}#2: empty story"]
    first, plain = result.stories
    assert first.path == f"{tmp_path / 'wire.rss'}#1"
    assert first.title == "Putin meets Kim"
    assert first.source == "Example Wire"
    assert first.byline == "Jane Doe"
    assert first.url == "https://ex.com/a"
    assert first.guid == "tag:ex.com,2019:a"
    assert first.published == datetime(2019, 4, 25, 10, 0, tzinfo=UTC)
    assert first.body == "Putin met Kim in Vladivostok.\n\n“We need guarantees,” Putin said."
    assert plain.path.endswith("#3")
    assert plain.body == "Plain text summary."


def test_atom_prefers_full_content():
    [story] = read_stories(path=Path("desk.atom"), data=ATOM)
    assert story.title == "Talks resume"
    assert story.body == "Full first paragraph.\n\nSecond paragraph."
    assert story.byline == "Kim Soo-yeon"
    assert story.published == datetime(2019, 4, 26, 1, 2, 3, tzinfo=UTC)
    assert story.source == "Atom Desk"


def test_feed_reader_never_opens_a_path_given_as_content(tmp_path: Path):
    # feedparser opens a str/bytes argument as a file name: content must go in as a stream.
    secret = tmp_path / "secret.xml"
    secret.write_bytes(RSS)
    with pytest.raises(InputError):
        parse_feed(str(secret).encode())


def test_external_entities_are_not_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss version='2.0'><channel><title>F</title><item><title>T</title>"
        "<description>before &x; after</description></item></channel></rss>"
    ).encode()
    (tmp_path / "x.rss").write_bytes(xxe)
    result = load_stories([str(tmp_path / "x.rss")])
    assert all("TOPSECRET" not in s.body for s in result.stories)


def test_malformed_feed_with_entries_is_still_read(tmp_path: Path):
    broken = RSS.replace(b"</channel></rss>", b"<item><title>cut")
    (tmp_path / "cut.xml").write_bytes(broken)
    result = load_stories([str(tmp_path / "cut.xml")])
    assert "Putin meets Kim" in [s.title for s in result.stories]


def test_feed_reader_claims_only_feeds():
    assert read_stories(path=Path("a.txt"), data=RSS) is None
    assert read_stories(path=Path("a.html"), data=RSS) is None
