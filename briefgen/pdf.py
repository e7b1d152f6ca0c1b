"""PDF output: the HTML brief plus print CSS through WeasyPrint, with a locked-down fetcher."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import OutputError
from briefgen.heap import frozen
from briefgen.model import Brief
from briefgen.render import builtin_template_dir, render_html

PAGE_SIZES = {"a4": "A4", "letter": "letter"}
ASSET_SCHEME = "briefgen-asset"
RENDER_TIME_LIMIT = 120  # seconds; a hostile document must not hang a scheduled run


def make_fetcher(asset_dir: Path | None = None) -> object:
    """A WeasyPrint URL fetcher that serves data: URLs and briefgen's own assets, nothing else."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    assets = (asset_dir or builtin_template_dir()).resolve()

    class SafeFetcher(URLFetcher):
        """Refuses file:, http(s): and every other scheme; records what it refused."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols={"data"}, allow_redirects=False, timeout=1)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: object = None) -> URLFetcherResponse:
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == ASSET_SCHEME:
                name = url.split(":", 1)[1].lstrip("/")
                target = (assets / name).resolve()
                if target.is_relative_to(assets) and target.is_file():
                    return URLFetcherResponse(url, target.read_bytes(), {}, 200)
            self.refused.append(url)
            raise ValueError(f"briefgen refuses to fetch {url!r}")

    return SafeFetcher()


def page_css(page_size: str, brief: Brief) -> str:
    """Print CSS: page size, classification marking top and bottom, header, Page N of M."""
    size = PAGE_SIZES.get(page_size.lower())
    if size is None:
        raise OutputError(f"unknown page size {page_size!r} (use A4 or Letter)")
    marking = _css_string(brief.classification)
    title = _css_string(brief.title)
    return f"""
@page {{
  size: {size};
  margin: 22mm 18mm 22mm 18mm;
  @top-center {{ content: "{marking}"; font: bold 9pt sans-serif; color: #8b0000; }}
  @top-left {{ content: "{title}"; font: 8pt sans-serif; color: #555; }}
  @top-right {{ content: string(section-title); font: 8pt sans-serif; color: #555; }}
  @bottom-center {{ content: "{marking}"; font: bold 9pt sans-serif; color: #8b0000; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages);
                  font: 8pt sans-serif; color: #555; }}
}}
h2 {{ string-set: section-title content(); }}
"""


def _css_string(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_.,:;()/" else f"\\{ord(ch):x} " for ch in text)


def render_pdf(
    brief: Brief,
    template_dir: Path | None = None,
    page_size: str = "A4",
    extra_dirs: list[Path] | None = None,
) -> bytes:
    """The brief as PDF bytes (A4 or Letter), rendered within a time limit.

    Inside ``briefgen.pdf_worker.prestarted()`` the WeasyPrint step runs in the process started
    there (already imported and warm); otherwise, or when that process is gone, it runs here.
    """
    from briefgen.pdf_worker import current_worker

    html = render_html(brief, template_dir, extra_dirs)
    css = page_css(page_size, brief)
    worker = current_worker()
    if worker is not None:
        pdf = worker.render(html, css)
        if pdf is not None:
            return pdf
    return write_pdf(html, css)


def write_pdf(html: str, css: str, limit: float | None = None) -> bytes:
    """WeasyPrint: HTML plus the print CSS to PDF bytes, within ``limit`` (RENDER_TIME_LIMIT)."""
    from weasyprint import CSS, HTML

    limit = RENDER_TIME_LIMIT if limit is None else limit

    fetcher = make_fetcher()
    document = HTML(string=html, base_url=f"{ASSET_SCHEME}:/", url_fetcher=fetcher)
    stylesheet = CSS(string=css, url_fetcher=fetcher)
    try:
        with _time_limit(limit), frozen():
            pdf = document.write_pdf(stylesheets=[stylesheet])
    except _RenderTimeout:
        raise OutputError(f"PDF rendering exceeded {limit} s") from None
    if pdf is None:
        raise OutputError("WeasyPrint produced no PDF")
    return bytes(pdf)


class _RenderTimeout(BaseException):
    """Raised by SIGALRM; not an Exception, so WeasyPrint's broad handlers cannot swallow it."""


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _RenderTimeout after ``seconds`` (main thread only; elsewhere no limit)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise _RenderTimeout()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
