"""A run's files are written in a hidden folder of the output folder, then renamed into place.

``.staging-<job>.XXXXXXXX/`` sits inside the output folder (same filesystem, so a rename moves a
file without copying it, and hidden by its leading dot). A run writes every file it will publish
there, each flushed to disk, and moves them into the output folder only once all are complete and
the state records the brief: the renames follow one another with no other work between them.
A staging folder the state does not record is the leftover of a run killed before its commit and
is deleted by the next run.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from briefgen.errors import OutputError
from briefgen.output import file_mode, fsync_directory, slugify

PREFIX = ".staging-"


def open_staging(output: Path, job: str) -> Path:
    """A new, empty staging folder for ``job`` inside ``output`` (created if need be)."""
    try:
        output.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{slugify(job)}.", dir=output))
    except OSError as exc:
        raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
    fsync_directory(output)
    return staging


def stage_file(staging: Path, name: str, data: bytes) -> None:
    """Write ``data`` as ``staging/name``, flushed to disk (its folder entry too), with the mode
    of the file it will replace (else what the umask gives a new file)."""
    path = staging / name
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), file_mode(staging.parent / name))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        target = staging.parent / name
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    fsync_directory(staging)


def _publish_order(name: str) -> tuple[bool, bool, str]:
    """Dated briefs first, then ``latest.*``, the index last: a reader following the index or
    ``latest.*`` never reaches a file not yet in place."""
    return (name.startswith("index."), name.startswith("latest."), name)


def move_in(staging: Path, output: Path) -> list[Path]:
    """Rename every file of ``staging`` into ``output`` and remove the folder; the files moved.

    Safe to call again after an interruption: files already moved are no longer in the folder.
    """
    try:
        names = sorted(os.listdir(staging), key=_publish_order)
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise OutputError(f"{staging}: cannot read ({exc.strerror or exc})") from None
    moved = []
    for name in names:
        try:
            os.replace(staging / name, output / name)
        except OSError as exc:
            raise OutputError(
                f"{output / name}: cannot write ({exc.strerror or exc}); the next run retries"
            ) from None
        moved.append(output / name)
    fsync_directory(output)
    with contextlib.suppress(OSError):
        staging.rmdir()
    return moved


def leftovers(output: Path, job: str) -> list[Path]:
    """This job's staging folders in ``output``."""
    pattern = re.compile(re.escape(PREFIX + slugify(job)) + r"\.[A-Za-z0-9_]+$")
    try:
        names = os.listdir(output)
    except OSError:
        return []
    return sorted(output / name for name in names if pattern.match(name))


def discard(staging: Path) -> None:
    """Delete a staging folder and what it holds."""
    shutil.rmtree(staging, ignore_errors=True)
