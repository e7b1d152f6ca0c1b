"""The PDF renderer reads nothing but data: URLs and briefgen's own assets, within a time limit.

Hostile URLs reach WeasyPrint in two ways: story text (always escaped, so they stay text) and
user or plugin templates (trusted, but they may echo URLs). Both are tested, the second through a
``--template-dir`` brief template that embeds every kind of reference, with a loopback HTTP
server that must receive no request; the PDF is read back with pypdf.
"""

from __future__ import annotations

import base64
import io
import threading
import time
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hostile import hostile_stories
from pypdf import PdfReader

from briefgen import pdf
from briefgen.build import build_brief
from briefgen.errors import OutputError
from briefgen.model import Brief, Story
from briefgen.plugins import get_plugins
from briefgen.render import builtin_template_dir

PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
PASSWD = Path("/etc/passwd")


class _Server:
    """A loopback HTTP server that records every request path."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append(self.path)
                body = PNG_1X1 if self.path.endswith(".png") else b"body { color: red }"
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                return None

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> _Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[_Server]:
    with _Server() as running:
        yield running


def _hostile_html(base: str) -> str:
    """Every way an HTML document can make WeasyPrint read a file or the network."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' width="10" height="10"><image href="file:///etc/passwd" width="10" height="10"/>'
        f'<image xlink:href="{base}/svg-inner.png" width="10" height="10"/></svg>'
    )
    svg_url = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
    data_png = "data:image/png;base64," + base64.b64encode(PNG_1X1).decode()
    return f"""
<style>
@import url("file:///etc/passwd");
@import url("{base}/import.css");
@import "/etc/passwd";
@font-face {{ font-family: Evil; src: url("{base}/font.woff"); }}
.bg {{ background: url("file:///etc/passwd"); }}
.bg2 {{ background-image: url("{base}/bg.png"); }}
</style>
<link rel="stylesheet" href="{base}/linked.css">
<link rel="stylesheet" href="file:///etc/passwd">
<link rel="attachment" href="file:///etc/hostname">
<a rel="attachment" href="file:///etc/passwd">attached</a>
<img src="file:///etc/passwd">
<img src="/etc/passwd">
<img src="../../../../../../etc/passwd">
<img src="briefgen-asset:/../../../../../../etc/passwd">
<img src="{base}/x.png">
<img src="https://127.0.0.1:{base.rsplit(":", 1)[1]}/tls.png">
<img src="ftp://127.0.0.1/x.png">
<img src="{svg_url}">
<img src="{data_png}" alt="data image">
<object data="file:///etc/passwd"></object>
<embed src="{base}/embed.png">
<iframe src="file:///etc/passwd"></iframe>
<div class="bg bg2" style="background: url('{base}/inline.png'); font-family: Evil">x</div>
"""


def _template_dir(tmp_path: Path, injected: str) -> Path:
    """A user template folder whose brief.html.j2 embeds ``injected`` raw (a trusted template)."""
    folder = tmp_path / "templates"
    folder.mkdir()
    source = (builtin_template_dir() / "brief.html.j2").read_text("utf-8")
    marker = "<main>"
    assert marker in source
    escaped = injected.replace("{", "{{ '{' }}")  # keep the payload out of Jinja's way
    (folder / "brief.html.j2").write_text(source.replace(marker, marker + escaped, 1), "utf-8")
    return folder


def _brief(stories: list[Story] | None = None) -> Brief:
    stories = stories if stories is not None else [Story(title="A story", body="Body text.")]
    return build_brief(stories, plugins=get_plugins(), title="Brief", as_of=date(2019, 4, 26)).brief


def _read_back(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return "".join(page.extract_text() or "" for page in reader.pages), reader


def _assert_no_attachment(reader: PdfReader) -> None:
    root = reader.trailer["/Root"]
    names = root.get("/Names")
    assert names is None or "/EmbeddedFiles" not in names.get_object()
    assert not reader.attachments
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            assert annotation.get_object().get("/Subtype") != "/FileAttachment"


def _assert_no_local_content(text: str, data: bytes) -> None:
    if PASSWD.is_file():
        first = PASSWD.read_text("utf-8", "replace").splitlines()[0]
        assert first not in text
        assert first.encode() not in data
    assert "root:x:" not in text


class _Spy:
    """Wraps briefgen.pdf.make_fetcher to record every URL WeasyPrint asked for."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.served: list[str] = []
        original = pdf.make_fetcher

        def make(asset_dir: Path | None = None) -> object:
            fetcher = original(asset_dir)
            inner = fetcher.fetch

            def fetch(url: str, headers: object = None) -> object:
                self.asked.append(url)
                response = inner(url, headers)
                self.served.append(url)
                return response

            fetcher.fetch = fetch
            return fetcher

        monkeypatch.setattr(pdf, "make_fetcher", make)


# --- the fetcher -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "file://localhost/etc/passwd",
        "ftp://127.0.0.1/x",
        "gopher://127.0.0.1/x",
        "jar:file:///x.jar!/a",
        "briefgen-asset:/../../../../../../etc/passwd",
        "briefgen-asset:../../../../../../etc/passwd",
        "briefgen-asset:///../../../../../etc/passwd",
        "briefgen-asset:/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "briefgen-asset:/etc/passwd",
        "briefgen-asset:/",
        "briefgen-asset:/sections",
        "/etc/passwd",
        "../../etc/passwd",
        "",
    ],
)
def test_fetcher_refuses(url: str) -> None:
    fetcher = pdf.make_fetcher()
    with pytest.raises(ValueError):
        fetcher.fetch(url)


def test_fetcher_refuses_network(server: _Server) -> None:
    fetcher = pdf.make_fetcher()
    for url in (
        f"{server.base}/x.png",
        f"https://127.0.0.1:{server.port}/x.png",
        f"HTTP://127.0.0.1:{server.port}/y.png",
        f"//127.0.0.1:{server.port}/z.png",
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    time.sleep(0.05)
    assert server.requests == []


def test_fetcher_refuses_symlink_out_of_assets(tmp_path: Path) -> None:
    assets = tmp_path / "assets"
    assets.mkdir()
    (assets / "ok.css").write_text("p { color: red }")
    (assets / "leak.css").symlink_to(PASSWD if PASSWD.exists() else tmp_path / "missing")
    fetcher = pdf.make_fetcher(assets)
    assert fetcher.fetch("briefgen-asset:/ok.css").read() == b"p { color: red }"
    with pytest.raises(ValueError):
        fetcher.fetch("briefgen-asset:/leak.css")


def test_fetcher_serves_data_and_own_assets() -> None:
    fetcher = pdf.make_fetcher()
    css = fetcher.fetch("briefgen-asset:/brief.css")
    assert b"font-family" in css.read()
    response = fetcher.fetch("data:text/plain;base64," + base64.b64encode(b"hello").decode())
    assert response.read() == b"hello"


# --- end to end --------------------------------------------------------------------------------


def test_hostile_story_text_fetches_nothing(server: _Server, monkeypatch) -> None:
    """URLs inside story text are escaped text: WeasyPrint never sees them as references."""
    spy = _Spy(monkeypatch)
    stories = hostile_stories()
    stories[0].body += "\n\n" + _hostile_html(server.base)
    stories[0].title += f' <img src="{server.base}/title.png">'
    data = pdf.render_pdf(_brief(stories))
    text, reader = _read_back(data)
    time.sleep(0.05)
    assert server.requests == []
    assert [u for u in spy.asked if not u.startswith("data:")] == []
    _assert_no_attachment(reader)
    _assert_no_local_content(text, data)
    assert "title.png" in text  # shown as text


def test_user_template_urls_are_refused(tmp_path: Path, server: _Server, monkeypatch) -> None:
    """A template that emits file:, http:, @import, attachments: none of it is loaded."""
    spy = _Spy(monkeypatch)
    folder = _template_dir(tmp_path, _hostile_html(server.base))
    data = pdf.render_pdf(_brief(), template_dir=folder)
    text, reader = _read_back(data)
    time.sleep(0.05)
    assert server.requests == []
    _assert_no_attachment(reader)
    _assert_no_local_content(text, data)
    # the fetcher was really consulted (the test is not vacuous) and only data: got through
    assert any("file:///etc/passwd" in u or u.endswith("/etc/passwd") for u in spy.asked)
    assert any(u.startswith(server.base) for u in spy.asked)
    assert spy.served and all(u.startswith(("data:", "briefgen-asset:")) for u in spy.served)
    assert any(u.startswith("data:image/png") for u in spy.served)


def test_control_default_fetcher_would_have_leaked(tmp_path: Path, server: _Server) -> None:
    """Positive control: WeasyPrint's own fetcher does read these, so the checks above bite."""
    from weasyprint import HTML

    html = "<html><body>" + _hostile_html(server.base) + "</body></html>"
    data = HTML(string=html, base_url=str(tmp_path) + "/").write_pdf()
    _, reader = _read_back(data)
    time.sleep(0.05)
    assert server.requests, "the loopback server should have been asked by the default fetcher"
    assert reader.attachments, "the default fetcher embeds rel=attachment files"


# --- time limit --------------------------------------------------------------------------------


def test_render_time_limit_aborts(monkeypatch) -> None:
    import signal

    monkeypatch.setattr(pdf, "RENDER_TIME_LIMIT", 0.001)
    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(OutputError, match="exceeded"):
        pdf.render_pdf(_brief(hostile_stories()))
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_render_time_limit_not_swallowed_by_weasyprint(tmp_path: Path, monkeypatch) -> None:
    """The limit must fire even while WeasyPrint is inside a resource load (it catches
    ``Exception`` there and carries on), e.g. a slow data: image."""
    original = pdf.make_fetcher

    def slow(asset_dir: Path | None = None) -> object:
        fetcher = original(asset_dir)
        inner = fetcher.fetch

        def fetch(url: str, headers: object = None) -> object:
            if url.startswith("data:image"):
                time.sleep(0.3)
            return inner(url, headers)

        fetcher.fetch = fetch
        return fetcher

    monkeypatch.setattr(pdf, "make_fetcher", slow)
    monkeypatch.setattr(pdf, "RENDER_TIME_LIMIT", 0.5)
    png = "data:image/png;base64," + base64.b64encode(PNG_1X1).decode()
    images = "".join(f'<img src="{png}#{n}">' for n in range(12))
    folder = _template_dir(tmp_path, images)
    started = time.monotonic()
    with pytest.raises(OutputError, match="exceeded"):
        pdf.render_pdf(_brief(), template_dir=folder)
    assert time.monotonic() - started < 3.0
