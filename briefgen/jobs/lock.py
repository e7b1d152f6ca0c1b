"""One run per job at a time: an exclusive ``fcntl.flock`` on ``<state_dir>/<job>.lock``.

The lock belongs to the open file, so the kernel releases it when the process dies, even by
SIGKILL: a stale lock file never blocks the next run. A second run polls for up to ``wait``
seconds (0: not at all), then gives up with :class:`LockBusy` naming the holder's pid.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import BriefgenError

POLL_SECONDS = 0.1


class LockBusy(BriefgenError):
    """Another run of the same job holds the lock."""


@contextlib.contextmanager
def job_lock(state_dir: Path, job: str, wait: float = 0.0) -> Iterator[Path]:
    """Hold the job's lock for the ``with`` block; raise LockBusy after ``wait`` seconds."""
    path = Path(state_dir) / f"{job}.lock"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise BriefgenError(f"{path}: cannot create the job lock ({exc.strerror or exc})") from None
    try:
        deadline = time.monotonic() + max(wait, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _holder(fd)
                    waited = f" after waiting {wait:g}s" if wait > 0 else ""
                    raise LockBusy(
                        f"job {job!r} is already running{holder}{waited} (lock {path}); "
                        "this run stopped without writing anything"
                    ) from None
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield path
    finally:
        os.close(fd)  # releases the lock


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return f" (pid {text})" if text.isdigit() else ""
