"""Feeds over HTTP(S): only http and https, time and size limits, conditional GET.

Nothing but ``http://`` and ``https://`` is opened, redirects included (a redirect to
``file://``, ``ftp://`` or ``data:`` is refused). Each socket operation times out after
``timeout`` seconds and the whole body must arrive within ``timeout`` too; a body over
``max_bytes`` is refused whatever Content-Length claims. ETag / Last-Modified validators are
sent back, and 304 Not Modified means "nothing new".
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from briefgen import __version__
from briefgen.errors import BriefgenError

ALLOWED_SCHEMES = ("http", "https")
CHUNK = 64 * 1024
MAX_REDIRECTS = 5
USER_AGENT = f"briefgen/{__version__} (feed fetcher)"
_SUFFIXES = {".xml", ".rss", ".atom", ".rdf", ".json", ".html", ".htm", ".txt"}


class FetchError(BriefgenError):
    """A feed could not be fetched; the message says why (without the URL)."""


@dataclass
class Fetched:
    """One fetch: ``body`` is None when the server said 304 Not Modified."""

    url: str
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None

    @property
    def not_modified(self) -> bool:
        """True on 304 Not Modified."""
        return self.body is None


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follow at most MAX_REDIRECTS redirects, and only to http or https."""

    max_redirections = MAX_REDIRECTS

    def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
        target = headers.get("location") or headers.get("uri")
        if target:
            _check_redirect(urllib.parse.urljoin(req.full_url, target))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def redirect_request(
        self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str
    ) -> Any:
        _check_redirect(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _check_redirect(url: str) -> None:
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise FetchError(f"redirect to a {scheme or 'relative'}: URL refused")


def _opener() -> urllib.request.OpenerDirector:
    """An opener with HTTP(S) handlers only: no file:, ftp: or data: handler exists in it."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        _SafeRedirects(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def check_url(url: str) -> None:
    """Refuse anything but an http(s) URL with a host."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.hostname:
        raise FetchError("only http:// and https:// URLs with a host are fetched")


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = 20.0,
    max_bytes: int = 10 * 1024 * 1024,
) -> Fetched:
    """GET ``url`` with the validators; raise FetchError with a one-line reason."""
    check_url(url)
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
    headers["Accept"] = (
        "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
    )
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers, method="GET")
    started = time.monotonic()
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise FetchError(f"feed is {int(length)} bytes, over the {max_bytes}-byte limit")
            body = _read_capped(response, max_bytes, started, timeout)
            return Fetched(
                url=url,
                body=body,
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
                content_type=response.headers.get("Content-Type"),
            )
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Fetched(url=url, body=None, etag=etag, last_modified=last_modified)
        raise FetchError(f"HTTP {exc.code} {exc.reason}") from None
    except FetchError:
        raise
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, FetchError):
            raise reason from None
        if isinstance(reason, TimeoutError):
            raise FetchError(f"timed out after {timeout:g}s") from None
        raise FetchError(f"cannot connect ({reason})") from None
    except TimeoutError:
        raise FetchError(f"timed out after {timeout:g}s") from None
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise FetchError(f"fetch failed ({type(exc).__name__}: {exc})") from None


def _read_capped(response: Any, max_bytes: int, started: float, timeout: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() - started > timeout:
            raise FetchError(f"timed out after {timeout:g}s reading the feed")
        chunk = response.read1(CHUNK)  # what has arrived: the deadline is checked between
        if not chunk:
            break
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"feed is over the {max_bytes}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def reader_name(url: str, content_type: str | None) -> str:
    """A file name for the readers: the URL's own suffix when it has a known one, else by type."""
    name = PurePosixPath(urllib.parse.urlsplit(url).path).name
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in _SUFFIXES:
        return f"feed{suffix}"
    kind = (content_type or "").split(";")[0].strip().lower()
    if "json" in kind:
        return "feed.json"
    if "html" in kind:
        return "page.html"
    return "feed.xml"
