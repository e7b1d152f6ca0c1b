"""Hostile story material shared by the security tests (not a test module itself).

Every payload is something a stranger could put in a story's title, body, byline or URL. The
helpers build stories whose annotations (quotes, actors, statements) carry the payloads, so every
installed section's templates get to render them.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from briefgen.model import Actor, Quote, Speaker, Statement, Story

JINJA = [
    "{{ 7*191 }}",
    '{% include "brief.css" %}',
    "{# hidden comment #}",
    "{{ ''.__class__.__mro__ }}",
    "{% raw %}x{% endraw %}",
]
HTML = [
    '<script>alert("pwned")</script>',
    "<img src=x onerror=alert(1)>",
    '<b title="t" onclick="evil()">bold</b>',
    "</section></main><h1>fake heading</h1>",
    '<img src="file:///etc/passwd">',
    '<link rel="attachment" href="file:///etc/hostname">',
    "<style>@import url(file:///etc/passwd);</style>",
]
MARKDOWN = [
    "*star* and **strong**",
    "_under_ and __dunder__",
    "# hash at line start",
    "| cell a | cell b |",
    "[click](javascript:alert(1))",
    "`backtick code`",
    "<b>raw html</b>",
    "![image](http://127.0.0.1:9/x.png)",
    "[^9]: a fake footnote",
    "<http://evil.example/>",
    "&lt;script&gt; &amp; &copy;",
    "back\\slash",
    "1. numbered",
    "- dash item",
    "> blockquote",
    "~~strike~~",
]
# Unique marker that a Jinja evaluation of ``{{ 7*191 }}`` would produce.
JINJA_RESULT = "1337"
ALL = JINJA + HTML + MARKDOWN


def squash(text: str) -> str:
    """Collapse runs of whitespace to one space (templates put untrusted text on one line)."""
    return re.sub(r"\s+", " ", text).strip()


def hostile_story(number: int, payloads: list[str]) -> Story:
    """A story whose title, byline, quotes, actors and statements all carry ``payloads``."""
    joined = " ".join(payloads)
    title = f"Story {number}: {joined}"
    pieces = [f"Opening paragraph {number} mentions {joined}.\n\n"]
    quotes: list[Quote] = []
    statements: list[Statement] = []
    for index, payload in enumerate(payloads):
        lead = f"Paragraph {index}: “"
        start = sum(len(p) for p in pieces) + len(lead)
        quote_text = f"We said {payload} today"
        end = start + len(quote_text)
        pieces.append(f"{lead}{quote_text},” said the minister.\n\n")
        speaker = Speaker(name=f"Minister {payload}", title=f"envoy {payload}", country="GB")
        quotes.append(Quote(quote_text, start, end, "direct", speaker, "explicit"))
        statements.append(Statement("GB", "trade", "supports", quote_text, start, end, "Britain"))
    body = "".join(pieces)
    for quote in quotes:
        assert body[quote.start : quote.end] == quote.text
    actors = [Actor(f"Actor {p}", "person", "GB", title=p) for p in payloads[:3]]
    actors.append(Actor("United Kingdom", "country", "GB"))
    return Story(
        title=title,
        body=body,
        source=f"Outlet {payloads[0]}",
        byline=f"By {payloads[-1]}",
        url='https://news.example/story?q=<script>&a="1"',
        published=datetime(2019, 4, 25, 9, 30),
        path=f"stories/{number}.txt",
        quotes=quotes,
        actors=actors,
        statements=statements,
        sentences=[],
        annotations={"dates": []},
    )


def hostile_stories() -> list[Story]:
    """Three stories covering every payload."""
    return [hostile_story(1, JINJA), hostile_story(2, HTML), hostile_story(3, MARKDOWN)]


def hostile_brief(title: str | None = None):
    """A Brief built with every installed section from the hostile stories."""
    from briefgen.build import build_brief
    from briefgen.plugins import get_plugins

    stories = hostile_stories()
    outcome = build_brief(
        stories,
        plugins=get_plugins(),
        title=title if title is not None else "Brief " + " ".join(JINJA[:2] + HTML[:1]),
        as_of=date(2019, 4, 26),
    )
    return outcome
