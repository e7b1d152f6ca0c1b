"""Output files: names from titles stay in the output folder; writes are all-or-nothing.

Failures are injected at each step of a write (temp file creation, the write itself, fsync,
rename) and the old brief must be byte-for-byte intact with no temp file left behind.
"""

from __future__ import annotations

import errno
import os
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen import output
from briefgen.errors import OutputError
from briefgen.model import Brief, Story
from briefgen.output import _RESERVED, atomic_write, output_paths, slugify, write_brief

HOSTILE_TITLES = [
    "../../../../etc/passwd",
    "/etc/passwd",
    "..\\..\\..\\Windows\\System32\\config",
    "..",
    ".",
    "",
    "   ",
    "CON",
    "con",
    "NUL",
    "nul.txt",
    "Aux",
    "COM1",
    "lpt9",
    "Ｃｏｎ",  # full-width letters normalise to "Con"
    "CON.",
    "-nul-",
    "🔥🔥🔥",
    "\u202e\u202dgnp.exe",
    "x\x00y",
    "a\nb\rc\td",
    "~/.ssh/authorized_keys",
    "$(rm -rf ~)",
    "C:\\Windows",
    "\\\\server\\share",
    "T" * 10_000,
    "é" * 5_000,
]
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _temps(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp") or p.name.startswith(".")]


def _brief(title: str = "Brief") -> Brief:
    story = Story(title="A story", body="Body.")
    return Brief(title=title, date=date(2019, 4, 26), stories=[story], sections=[])


def _is_root_like(folder: Path) -> bool:
    """True when a read-only folder is still writable (root, or a file system ignoring modes)."""
    probe = folder / "probe"
    probe.mkdir()
    probe.chmod(0o555)
    try:
        (probe / "x").write_text("x")
    except PermissionError:
        return False
    else:
        return True
    finally:
        probe.chmod(0o755)


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize("title", HOSTILE_TITLES, ids=lambda t: repr(t[:20]))
def test_slug_is_a_plain_safe_name(title: str) -> None:
    slug = slugify(title)
    assert SLUG.match(slug), slug
    assert len(slug) <= 80
    assert slug not in _RESERVED
    assert slug.split(".")[0] not in _RESERVED


@pytest.mark.parametrize("title", HOSTILE_TITLES, ids=lambda t: repr(t[:20]))
def test_output_paths_stay_in_folder(tmp_path: Path, title: str) -> None:
    paths = output_paths(tmp_path, ["md", "html", "pdf", "json"], title)
    for fmt, path in paths.items():
        assert path.parent == tmp_path
        assert path.resolve().parent == tmp_path.resolve()
        assert path.suffix == "." + fmt
        assert path.stem.lower() not in _RESERVED


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_slug_property(title: str) -> None:
    slug = slugify(title)
    assert SLUG.match(slug)
    assert len(slug) <= 80 and slug not in _RESERVED


def test_write_brief_with_hostile_title_writes_inside(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for title in ["../escape", "/etc/passwd", "CON", ""]:
        paths = write_brief(_brief(title), ["md", "json"], out)
        for path in paths.values():
            assert path.parent == out and path.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


# --- atomic replacement ------------------------------------------------------------------------


def test_atomic_write_replaces(tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    target.write_bytes(b"old brief")
    atomic_write(target, b"new brief")
    assert target.read_bytes() == b"new brief"
    assert _temps(tmp_path) == []


def test_atomic_write_creates_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "brief.md"
    atomic_write(target, b"x")
    assert target.read_bytes() == b"x"


class _HalfWriter:
    """A file handle that writes half of the data, then fails like a full disk."""

    def __init__(self, handle) -> None:
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()
        return False

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str):
        return getattr(self.handle, name)


def _fail_replace(*args, **kwargs):
    raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))


def _fail_fsync(fd: int) -> None:
    raise OSError(errno.EIO, os.strerror(errno.EIO))


def _fail_mkstemp(*args, **kwargs):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


@pytest.mark.parametrize("where", ["write", "fsync", "replace", "mkstemp"])
def test_failed_write_keeps_old_file(tmp_path: Path, monkeypatch, where: str) -> None:
    target = tmp_path / "brief.md"
    target.write_bytes(b"old brief " * 1000)
    real_fdopen = os.fdopen
    if where == "write":
        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _HalfWriter(real_fdopen(fd, *a, **k)))
    elif where == "fsync":
        monkeypatch.setattr(os, "fsync", _fail_fsync)
    elif where == "replace":
        monkeypatch.setattr(os, "replace", _fail_replace)
    else:
        monkeypatch.setattr(output.tempfile, "mkstemp", _fail_mkstemp)
    with pytest.raises(OutputError) as caught:
        atomic_write(target, b"new brief " * 5000)
    monkeypatch.undo()
    message = str(caught.value)
    assert str(target) in message and "\n" not in message
    assert target.read_bytes() == b"old brief " * 1000
    assert _temps(tmp_path) == []


def test_interrupted_write_keeps_old_file(tmp_path: Path, monkeypatch) -> None:
    """Ctrl-C in the middle of a write: the old file stays and the temp file is removed."""
    target = tmp_path / "brief.md"
    target.write_bytes(b"old")

    def interrupt(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert _temps(tmp_path) == []


def test_read_only_folder_keeps_old_file(tmp_path: Path) -> None:
    if _is_root_like(tmp_path):
        pytest.skip("running as root (or modes ignored): a read-only folder is still writable")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "brief.md"
    target.write_bytes(b"old")
    folder.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="cannot write"):
            atomic_write(target, b"new")
    finally:
        folder.chmod(0o755)
    assert target.read_bytes() == b"old"
    assert _temps(folder) == []


def test_render_failure_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    """Every format is rendered before any is written: a PDF error leaves the Markdown old."""
    (tmp_path / "brief.md").write_bytes(b"old md")

    def broken(*args, **kwargs):
        raise OutputError("PDF rendering exceeded 1 s")

    monkeypatch.setattr("briefgen.pdf.render_pdf", broken)
    with pytest.raises(OutputError):
        write_brief(_brief("Brief"), ["md", "pdf"], tmp_path)
    assert (tmp_path / "brief.md").read_bytes() == b"old md"
    assert not (tmp_path / "brief.pdf").exists()


def test_disk_full_on_second_format_keeps_whole_old_brief(tmp_path: Path, monkeypatch) -> None:
    """md, html and json of one brief: a full disk on the last leaves the *whole* old brief."""
    for suffix in ("md", "html", "json"):
        (tmp_path / f"brief.{suffix}").write_bytes(f"old {suffix}".encode())
    real_fdopen = os.fdopen
    calls = {"n": 0}

    def third_fails(fd, *args, **kwargs):
        calls["n"] += 1
        handle = real_fdopen(fd, *args, **kwargs)
        return _HalfWriter(handle) if calls["n"] == 3 else handle

    monkeypatch.setattr(os, "fdopen", third_fails)
    with pytest.raises(OutputError):
        write_brief(_brief("Brief"), ["md", "html", "json"], tmp_path)
    monkeypatch.undo()
    olds = {s: (tmp_path / f"brief.{s}").read_bytes() for s in ("md", "html", "json")}
    assert olds == {"md": b"old md", "html": b"old html", "json": b"old json"}
    assert _temps(tmp_path) == []


# --- the CLI -----------------------------------------------------------------------------------


@pytest.fixture
def fake_load(monkeypatch):
    """Skip ingestion and analysis: the CLI gets one ready story (this file tests output)."""
    from briefgen import cli

    def load(*args, **kwargs):
        return [Story(title="A story", body="Body.", path="a.txt")], 0

    monkeypatch.setattr(cli, "_load", load)


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("briefgen: error:")]


def _make(tmp_path: Path, *extra: str):
    from briefgen.cli import main

    args = ["make", "story.txt", "-o", str(tmp_path), "--title", "Brief", "-f", "md,json"]
    return CliRunner().invoke(main, [*args, *extra], catch_exceptions=False)


@pytest.mark.parametrize("where", ["write", "mkstemp", "replace"])
def test_cli_disk_full_one_line(tmp_path: Path, monkeypatch, fake_load, where: str) -> None:
    (tmp_path / "brief.md").write_bytes(b"old md")
    (tmp_path / "brief.json").write_bytes(b"old json")
    real_fdopen = os.fdopen
    if where == "write":
        monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _HalfWriter(real_fdopen(fd, *a, **k)))
    elif where == "replace":
        monkeypatch.setattr(os, "replace", _fail_replace)
    else:
        monkeypatch.setattr(output.tempfile, "mkstemp", _fail_mkstemp)
    result = _make(tmp_path)
    monkeypatch.undo()
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    errors = [line for line in lines if line.startswith("briefgen: error:")]
    assert len(errors) == 1, result.stderr
    assert "brief.md" in errors[0] and "Traceback" not in result.stderr
    assert (tmp_path / "brief.md").read_bytes() == b"old md"
    assert (tmp_path / "brief.json").read_bytes() == b"old json"
    assert _temps(tmp_path) == []


def test_cli_read_only_folder(tmp_path: Path, fake_load) -> None:
    if _is_root_like(tmp_path):
        pytest.skip("running as root (or modes ignored): a read-only folder is still writable")
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "brief.md").write_bytes(b"old")
    folder.chmod(0o555)
    try:
        result = _make(folder)
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2
    assert len(_error_lines(result.stderr)) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert (folder / "brief.md").read_bytes() == b"old"


def test_cli_output_under_a_file(tmp_path: Path, fake_load) -> None:
    """-o naming a path below a regular file: one line, exit 2."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = _make(blocker / "sub")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr
    assert len(_error_lines(result.stderr)) == 1, result.stderr


def test_interrupt_while_staging_second_format(tmp_path: Path, monkeypatch) -> None:
    """Ctrl-C while the second of three files is being written: old brief whole, no temp."""
    for suffix in ("md", "html", "json"):
        (tmp_path / f"brief.{suffix}").write_bytes(f"old {suffix}".encode())
    real_fsync = os.fsync
    calls = {"n": 0}

    def second_interrupts(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", second_interrupts)
    with pytest.raises(KeyboardInterrupt):
        write_brief(_brief("Brief"), ["md", "html", "json"], tmp_path)
    monkeypatch.undo()
    for suffix in ("md", "html", "json"):
        assert (tmp_path / f"brief.{suffix}").read_bytes() == f"old {suffix}".encode()
    assert _temps(tmp_path) == []


def test_lone_surrogates_are_written_as_valid_utf8(tmp_path: Path) -> None:
    """A story string holding a lone surrogate (possible from JSON escapes) still writes."""
    brief = _brief("Title \ud800 end")
    brief.stories[0].title = "Story \udcff"
    paths = write_brief(brief, ["md", "html", "json"], tmp_path)
    for path in paths.values():
        path.read_bytes().decode("utf-8")
