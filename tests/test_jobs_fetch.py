"""Feeds over HTTP(S), against a server on loopback: validators, limits, redirects, failures."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from briefgen.jobs.fetch import FetchError, check_url, fetch, reader_name
from briefgen.jobs.runner import run_jobs
from briefgen.plugins import get_plugins
from tests.jobs_support import PLUGIN_ENV, make_config, stem

ITEMS = [
    ("g-1", "Talks resume in Geneva", 'Negotiators met on Tuesday. "We want a deal," she said.'),
    ("g-2", "Sanctions stay", 'The minister spoke. "Sanctions must stay," he said.'),
]


def rss(items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>{title}</title><guid>{guid}</guid><link>http://example.org/{guid}</link>"
        f"<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate><description>{body}</description></item>"
        for guid, title, body in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>'
        f"{entries}</channel></rss>"
    ).encode()


class Server:
    """Shared state of the loopback server."""

    def __init__(self) -> None:
        self.items = ITEMS[:1]
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""

    def etag(self) -> str:
        return f'"v{len(self.items)}"'


def make_handler(server: Server) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def send(self, code: int, body: bytes = b"", **headers: str) -> None:
            self.send_response(code)
            for key, value in headers.items():
                self.send_header(key.replace("_", "-"), value)
            if "Content_Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.respond()  # the client may give up (timeout and size tests)

        def respond(self) -> None:
            server.requests.append((self.path, dict(self.headers)))
            route = self.path
            if route == "/feed.xml":
                if self.headers.get("If-None-Match") == server.etag():
                    self.send(304)
                else:
                    self.send(
                        200,
                        rss(server.items),
                        ETag=server.etag(),
                        Content_Type="application/rss+xml",
                    )
            elif route == "/lastmod":
                stamp = "Tue, 24 Nov 2026 10:00:00 GMT"
                if self.headers.get("If-Modified-Since") == stamp:
                    self.send(304)
                else:
                    self.send(200, rss(ITEMS), Last_Modified=stamp, Content_Type="text/xml")
            elif route == "/big":
                self.send(200, b"x" * 5000, Content_Type="application/rss+xml")
            elif route == "/big-stream":  # no Content-Length: the cap must hold while reading
                self.send_response(200)
                self.send_header("Connection", "close")
                self.end_headers()
                for _ in range(100):
                    self.wfile.write(b"y" * 1000)
                self.close_connection = True
            elif route == "/slow":
                time.sleep(3)
                self.send(200, rss(ITEMS))
            elif route == "/trickle":  # headers at once, then a body too slow to finish
                self.send_response(200)
                self.send_header("Content-Length", "100000")
                self.end_headers()
                for _ in range(30):
                    self.wfile.write(b"z" * 100)
                    self.wfile.flush()
                    time.sleep(0.1)
            elif route == "/to-file":
                self.send(302, Location="file:///etc/passwd")
            elif route == "/to-ftp":
                self.send(301, Location="ftp://127.0.0.1/feed.xml")
            elif route == "/to-feed":
                self.send(302, Location=server.base + "/feed.xml")
            elif route == "/binary":
                self.send(200, bytes(range(256)) * 4, Content_Type="application/octet-stream")
            else:
                self.send(500, b"boom")

    return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_etag_and_304(server: Server) -> None:
    first = fetch(server.base + "/feed.xml")
    assert first.body == rss(ITEMS[:1]) and first.etag == '"v1"'
    second = fetch(server.base + "/feed.xml", etag=first.etag)
    assert second.not_modified and second.body is None
    assert server.requests[-1][1].get("If-None-Match") == '"v1"'
    server.items = ITEMS
    third = fetch(server.base + "/feed.xml", etag=first.etag)
    assert third.body == rss(ITEMS) and third.etag == '"v2"'


def test_last_modified_and_304(server: Server) -> None:
    first = fetch(server.base + "/lastmod")
    assert first.last_modified == "Tue, 24 Nov 2026 10:00:00 GMT"
    assert fetch(server.base + "/lastmod", last_modified=first.last_modified).not_modified


def test_size_limit(server: Server) -> None:
    with pytest.raises(FetchError, match="5000 bytes, over the 1000-byte limit"):
        fetch(server.base + "/big", max_bytes=1000)
    with pytest.raises(FetchError, match="over the 10000-byte limit"):
        fetch(server.base + "/big-stream", max_bytes=10_000)
    assert len(fetch(server.base + "/big-stream", max_bytes=200_000).body or b"") == 100_000


def test_timeouts(server: Server) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(server.base + "/slow", timeout=0.5)
    with pytest.raises(FetchError, match="timed out"):
        fetch(server.base + "/trickle", timeout=0.5)
    assert time.monotonic() - started < 3


def test_redirects_only_to_http(server: Server) -> None:
    with pytest.raises(FetchError, match="redirect to a file: URL refused"):
        fetch(server.base + "/to-file")
    with pytest.raises(FetchError, match="redirect to a ftp: URL refused"):
        fetch(server.base + "/to-ftp")
    assert fetch(server.base + "/to-feed").body == rss(ITEMS[:1])


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/plain,hi", "http://", "/etc"]
)
def test_only_http_urls(url: str) -> None:
    with pytest.raises(FetchError, match="only http"):
        check_url(url)
    with pytest.raises(FetchError):
        fetch(url)


def test_errors_are_one_line(server: Server) -> None:
    with pytest.raises(FetchError, match="HTTP 500"):
        fetch(server.base + "/nothing-here")
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/feed.xml", timeout=2)


def test_reader_name() -> None:
    assert reader_name("https://x.org/news/rss.xml?x=1", None) == "feed.xml"
    assert reader_name("https://x.org/feed.atom", "text/html") == "feed.atom"
    assert reader_name("https://x.org/feed", "application/json; charset=utf-8") == "feed.json"
    assert reader_name("https://x.org/feed", None) == "feed.xml"


def run(config: Path, messages: list[str]) -> int:
    plugins = get_plugins()
    return run_jobs(config, None, echo=messages.append, warn=messages.append, plugins=plugins)


@pytest.fixture
def only_test_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in PLUGIN_ENV.items():
        monkeypatch.setenv(key, value)


@pytest.mark.usefixtures("only_test_plugins")
def test_feed_job_conditional_get_and_new_items(server: Server, tmp_path: Path) -> None:
    config = make_config(tmp_path, sources=f'["{server.base}/feed.xml"]')
    messages: list[str] = []
    assert run(config, messages) == 0, messages
    document = json.loads((tmp_path / "briefs" / f"{stem()}.json").read_text())
    assert [s["title"] for s in document["stories"]] == ["Talks resume in Geneva"]
    assert document["stories"][0]["path"].startswith(server.base + "/feed.xml")

    messages.clear()
    assert run(config, messages) == 0
    assert server.requests[-1][1].get("If-None-Match") == '"v1"'  # answered 304
    assert any("no new stories" in m for m in messages)
    assert not (tmp_path / "briefs" / f"{stem(2)}.json").exists()

    server.items = ITEMS
    assert run(config, messages) == 0
    document = json.loads((tmp_path / "briefs" / f"{stem(2)}.json").read_text())
    assert [s["title"] for s in document["stories"]] == ["Sanctions stay"]  # only the new item


@pytest.mark.usefixtures("only_test_plugins")
def test_failing_feed_is_reported_and_skipped(server: Server, tmp_path: Path) -> None:
    sources = (
        f'["{server.base}/broken", "{server.base}/to-file", "{server.base}/binary", '
        f'"{server.base}/feed.xml"]'
    )
    config = make_config(tmp_path, sources=sources)
    messages: list[str] = []
    assert run(config, messages) == 1
    problems = [m for m in messages if "(skipped)" in m]
    assert len(problems) == 3
    assert any(f"{server.base}/broken: HTTP 500" in m for m in problems)
    assert any(f"{server.base}/to-file: redirect to a file: URL refused" in m for m in problems)
    assert any(f"{server.base}/binary:" in m for m in problems)
    document = json.loads((tmp_path / "briefs" / f"{stem()}.json").read_text())
    assert [s["title"] for s in document["stories"]] == ["Talks resume in Geneva"]
