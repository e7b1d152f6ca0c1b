"""Writing briefs to disk: safe file names and atomic replacement."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from briefgen.errors import OutputError
from briefgen.model import Brief

FORMATS = ("md", "html", "pdf", "json")
SUFFIXES = {"md": ".md", "html": ".html", "pdf": ".pdf", "json": ".json"}
_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


def slugify(title: str, max_length: int = 80) -> str:
    """A file-name-safe slug: ASCII letters, digits and dashes, never a path or reserved name."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:max_length].strip("-")
    if not slug or slug in _RESERVED:
        slug = f"brief-{slug}" if slug else "brief"
    return slug


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file, fsync and rename: old file or new, never half."""
    path = Path(path)
    temp_name = _stage(path, data)
    _commit([(temp_name, path)])


def _stage(path: Path, data: bytes) -> str:
    """Write ``data`` to a synced temp file beside ``path``; returns the temp file's name."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        os.fchmod(fd, file_mode(path))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise OutputError(
            f"{path}: cannot write ({exc.strerror or exc}); the previous file is unchanged"
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return temp_name


def file_mode(path: Path) -> int:
    """The mode of the file being replaced, else what the umask gives a new file (not 0600)."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _commit(staged: list[tuple[str, Path]]) -> None:
    """Rename every staged temp file over its target (renames need no disk space)."""
    try:
        for temp_name, path in staged:
            os.replace(temp_name, path)
    except OSError as exc:
        _discard(staged)
        raise OutputError(
            f"{path}: cannot write ({exc.strerror or exc}); the previous file is unchanged"
        ) from None
    for directory in {path.parent for _, path in staged}:
        fsync_directory(directory)


def _discard(staged: list[tuple[str, Path]]) -> None:
    for temp_name, _ in staged:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)


def fsync_directory(directory: Path) -> None:
    """Flush ``directory``'s entries (a rename or a new file in it) to disk; best effort."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_output(out: str | Path | None, formats: list[str]) -> str | None:
    """Why ``-o out`` cannot hold ``formats`` (a file name for another or for several formats),
    or None. Checked before anything is read, so nothing is written, not even a folder."""
    if out in (None, ""):
        return None
    suffix = Path(out).suffix.lower()
    named = next((fmt for fmt, ext in SUFFIXES.items() if ext == suffix), None)
    if named is None or formats == [named]:
        return None
    return (
        f"-o {out}: a {suffix} file holds the {named} format only, and -f asks for "
        f"{','.join(formats)}; give a folder (-o {Path(out).parent / Path(out).stem}) "
        "for several formats"
    )


def output_paths(out: str | Path | None, formats: list[str], title: str) -> dict[str, Path]:
    """Each format's path: ``out`` itself when it ends in the one format's suffix, else a folder.

    Raises OutputError when ``out`` is a file name of another format (see :func:`check_output`).
    """
    problem = check_output(out, formats)
    if problem:
        raise OutputError(problem)
    target = Path(out) if out not in (None, "") else Path(".")
    if len(formats) == 1 and target.suffix.lower() == SUFFIXES[formats[0]]:
        return {formats[0]: target}
    slug = slugify(title)
    return {fmt: target / f"{slug}{SUFFIXES[fmt]}" for fmt in formats}


def render_format(
    brief: Brief, fmt: str, template_dir: Path | None, extra_dirs: list[Path], page_size: str
) -> bytes:
    """One format's bytes."""
    from briefgen import render

    if fmt == "md":
        return _utf8(render.render_markdown(brief, template_dir, extra_dirs))
    if fmt == "html":
        return _utf8(render.render_html(brief, template_dir, extra_dirs))
    if fmt == "json":
        text = json.dumps(
            render.brief_to_json(brief), ensure_ascii=False, indent=2, allow_nan=False
        )
        return _utf8(text + "\n")
    if fmt == "pdf":
        from briefgen.pdf import render_pdf

        return render_pdf(brief, template_dir, page_size, extra_dirs)
    raise OutputError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")


def _utf8(text: str) -> bytes:
    """UTF-8 bytes; a lone surrogate from a plugin's string becomes "?" instead of an error."""
    return text.encode("utf-8", "replace")


def render_brief(
    brief: Brief,
    formats: list[str],
    template_dir: Path | None = None,
    extra_dirs: list[Path] | None = None,
    page_size: str = "A4",
) -> dict[str, bytes]:
    """Every format's bytes, in the order asked; the brief's failures are complete afterwards.

    Every section partial is rendered first (Markdown and HTML, whichever formats are asked) and
    the JSON last, so each format, the JSON included, records the same failures.
    """
    from briefgen.render import check_templates

    check_templates(brief, template_dir, extra_dirs or None)
    order = [fmt for fmt in formats if fmt != "json"] + [fmt for fmt in formats if fmt == "json"]
    rendered = {
        fmt: render_format(brief, fmt, template_dir, extra_dirs or [], page_size) for fmt in order
    }
    return {fmt: rendered[fmt] for fmt in formats}


def write_rendered(
    rendered: dict[str, bytes],
    paths: dict[str, Path],
    on_written: Callable[[str, Path], None] | None = None,
) -> dict[str, Path]:
    """Stage every file, then rename them all: the previous brief stays whole on any error."""
    staged: list[tuple[str, Path]] = []
    try:
        for fmt, data in rendered.items():
            staged.append((_stage(paths[fmt], data), paths[fmt]))
    except BaseException:
        _discard(staged)
        raise
    _commit(staged)
    if on_written is not None:
        for fmt, path in paths.items():
            on_written(fmt, path)
    return paths


def write_brief(
    brief: Brief,
    formats: list[str],
    out: str | Path | None,
    template_dir: Path | None = None,
    extra_dirs: list[Path] | None = None,
    page_size: str = "A4",
    on_written: Callable[[str, Path], None] | None = None,
) -> dict[str, Path]:
    """Render every format, stage every file, then rename them all; returns format -> path.

    Rendering and staging everything before the renames means a template error, a PDF error or
    a full disk leaves the previous brief whole.
    """
    paths = output_paths(out, formats, brief.title)
    rendered = render_brief(brief, formats, template_dir, extra_dirs, page_size)
    return write_rendered(rendered, paths, on_written)
