"""A PDF renderer started early, so WeasyPrint's import overlaps reading and analysis.

``prestarted()`` forks a child on entry that imports WeasyPrint and lays out a warm-up page
while the parent works; ``briefgen.pdf.render_pdf`` inside the block sends the HTML and print
CSS to it over a socket pair and gets the PDF bytes back (byte-identical to an in-process
render, with the same fetcher, time limit and errors). Without fork, beside other threads, or
with BRIEFGEN_PDF_PRESTART=0 it does nothing; a dead child means the parent renders itself.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import socket
import struct
import threading
from collections.abc import Iterator
from typing import Any

from briefgen import pdf
from briefgen.errors import OutputError
from briefgen.render import builtin_template_dir

_ACTIVE: list[_Prestarted] = []
_WARM_UP_HTML = (
    '<!DOCTYPE html><html><head><style>{css}</style></head><body><p class="marking">M</p>'
    "<h1>T</h1><h2>S</h2><h3>s</h3><p>x <em>y</em> <strong>z</strong> <code>c</code>"
    '<a class="cite" href="#x">[1]</a></p><blockquote>q</blockquote><p class="attribution">a</p>'
    "<ul><li>b</li></ul><ol><li>n</li></ol><table><tr><th>h</th><td>d</td></tr></table></body></html>"
)


def current_worker() -> _Prestarted | None:
    """The renderer of the innermost ``prestarted()`` block, if any."""
    return _ACTIVE[-1] if _ACTIVE else None


@contextlib.contextmanager
def prestarted(enabled: bool = True) -> Iterator[None]:
    """Within this block ``render_pdf`` uses a process forked on entry that imports WeasyPrint
    and lays out a small page while the caller reads and analyses stories (a second core then
    takes the ~0.5 s import off the critical path). Without fork (Windows), outside the main
    thread, or with BRIEFGEN_PDF_PRESTART=0 it does nothing; a failed worker falls back to
    rendering in process, so the PDF bytes and the errors are the same either way.
    """
    worker = _Prestarted.start() if enabled else None
    if worker is None:
        yield
        return
    _ACTIVE.append(worker)
    try:
        yield
    finally:
        _ACTIVE.remove(worker)
        worker.close()


class _Prestarted:
    """A forked child serving one render over a socket pair (length-prefixed pickles)."""

    def __init__(self, pid: int, sock: socket.socket) -> None:
        self.pid = pid
        self.sock = sock
        self.used = False  # asked to render (it serves one request)
        self.replied = False  # and answered: it is exiting by itself

    @classmethod
    def start(cls) -> _Prestarted | None:
        if (
            not hasattr(os, "fork")
            or os.environ.get("BRIEFGEN_PDF_PRESTART", "1") == "0"
            or threading.current_thread() is not threading.main_thread()
            or threading.active_count() > 1  # forking beside other threads can deadlock
        ):
            return None
        parent_end, child_end = socket.socketpair()
        try:
            pid = os.fork()
        except OSError:
            parent_end.close()
            child_end.close()
            return None
        if pid == 0:  # the child never returns
            parent_end.close()
            _serve(child_end)
        child_end.close()
        return cls(pid, parent_end)

    def render(self, html: str, css: str) -> bytes | None:
        """The PDF, or None when the worker cannot render (the caller renders in process)."""
        if self.used:
            return None
        self.used = True
        try:
            self.sock.settimeout(pdf.RENDER_TIME_LIMIT + 30)
            _send(self.sock, (html, css, pdf.RENDER_TIME_LIMIT))
            reply = _recv(self.sock)
            self.replied = reply is not None
        except TimeoutError:
            self.kill()
            raise OutputError(f"PDF rendering exceeded {pdf.RENDER_TIME_LIMIT} s") from None
        except (OSError, EOFError, pickle.PickleError):
            self.kill()
            return None
        if reply is None or reply[0] == "fallback":
            return None
        if reply[0] == "error":
            raise OutputError(reply[1])
        return bytes(reply[1])

    def kill(self) -> None:
        """Ends the child now."""
        if self.pid > 0:  # never 0: os.kill(0, ...) would signal the whole process group
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
        self.close()

    def close(self) -> None:
        """Ends the child (EOF on its socket) and reaps it."""
        if self.sock.fileno() != -1:
            self.sock.close()
        if self.pid > 0:
            with contextlib.suppress(OSError):
                if not self.replied:  # warming up or rendering for nobody: do not wait for it
                    os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
            self.pid = 0


def _serve(sock: socket.socket) -> None:
    """The child: import and warm WeasyPrint, render one request, exit without cleanup."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        with contextlib.suppress(Exception):
            css = (builtin_template_dir() / "brief.css").read_text(encoding="utf-8")
            pdf.write_pdf(_WARM_UP_HTML.format(css=css), "@page { size: A4; margin: 20mm }")
        request = _recv(sock)
        gc.disable()  # one render, then exit: collections would only cost time (~15%)
        if request is not None:
            html, css, limit = request
            try:
                reply: tuple[str, Any] = ("ok", pdf.write_pdf(html, css, limit))
            except OutputError as error:
                reply = ("error", str(error))
            except BaseException:  # the parent re-renders and raises the real error
                reply = ("fallback", None)
            _send(sock, reply)
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _send(sock: socket.socket, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(struct.pack("!Q", len(data)) + data)


def _recv(sock: socket.socket) -> Any:
    """One message, or None at end of stream."""
    header = _recv_exact(sock, 8)
    if header is None:
        return None
    data = _recv_exact(sock, struct.unpack("!Q", header)[0])
    if data is None:
        raise EOFError("truncated message")
    return pickle.loads(data)


def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
    chunks = bytearray()
    while len(chunks) < size:
        chunk = sock.recv(min(size - len(chunks), 1 << 20))
        if not chunk:
            return None
        chunks += chunk
    return bytes(chunks)
