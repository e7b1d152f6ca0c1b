"""Ingestion: turn files, directories, globs and standard input into :class:`Story` objects.

:func:`load_stories` never raises for a bad input: each problem becomes one line "path: what is
wrong" in :attr:`LoadResult.problems` and the other inputs are still read.
"""

from __future__ import annotations

import functools
import glob
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import BinaryIO, Protocol

from briefgen.errors import InputError
from briefgen.ingest.decode import looks_binary
from briefgen.ingest.partial import PartialRead
from briefgen.ingest.sniff import is_story_file
from briefgen.model import Story

__all__ = ["MAX_BYTES", "LoadResult", "StoryReader", "builtin_readers", "load_stories"]

MAX_BYTES = 64 * 1024 * 1024
"""Larger inputs are refused ("file too large")."""

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


class StoryReader(Protocol):
    """Anything with the reader hook's signature, e.g. the lead's ``Plugins`` wrapper."""

    def read_stories(self, path: Path, data: bytes) -> list[Story] | None: ...


@dataclass
class LoadResult:
    """The stories read, in input order, and one line per problem met."""

    stories: list[Story] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    duplicates: int = 0
    merged: int = 0  # copies folded into another story (same body, wire copies)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (shown name, why), no paths


class _BuiltinReaders:
    """The built-in readers without pluggy: for tests and library use with ``plugins=None``."""

    def read_stories(self, path: Path, data: bytes) -> list[Story] | None:
        for module in _builtin_modules():
            stories = module.read_stories(path=path, data=data)
            if stories is not None:
                return stories
        return None


@functools.cache
def _builtin_modules() -> tuple[ModuleType, ...]:
    """The built-in reader modules in the order they are tried, imported on first use (once,
    not for every file: a ``from ... import`` in a function costs microseconds each time)."""
    from briefgen.ingest import feed, html, jsonfile, text

    return jsonfile, feed, html, text


def builtin_readers() -> StoryReader:
    """A reader that tries only briefgen's own formats."""
    return _BuiltinReaders()


def _walk(directory: str, extra: frozenset[str] = frozenset()) -> Iterator[str]:
    """Story files under ``directory``, sorted; hidden entries and symlinked dirs skipped."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or not is_story_file(Path(name), extra):
                continue
            full = os.path.join(root, name)
            found.append((Path(os.path.relpath(full, directory)).parts, full))
    for _, full in sorted(found):
        yield full


def _expand(source: str, problems: list[str], extra: frozenset[str] = frozenset()) -> Iterator[str]:
    """The files one source names (a file, a directory, a glob), in a deterministic order."""
    if source == STDIN:
        yield source
        return
    if os.path.isdir(source):
        yield from _walk(source, extra)
        return
    if os.path.lexists(source) or not (_GLOB_CHARS & set(source)):
        if not os.path.exists(source):
            problems.append(f"{source}: no such file or directory")
            return
        yield source
        return
    matches = sorted(glob.glob(source, recursive=True))
    if not matches:
        problems.append(f"{source}: no files match")
        return
    before = len(problems)
    count = 0
    for match in matches:
        if os.path.isdir(match):
            for path in _walk(match, extra):
                count += 1
                yield path
        elif is_story_file(Path(match), extra):
            count += 1
            yield match
    if not count and len(problems) == before:
        problems.append(f"{source}: no story files match")


def shown_name(source: str, given: str) -> str:
    """The name of an input as a brief may show it: relative to the folder given, else the
    file's base name; never an absolute path."""
    if source == STDIN:
        return "<stdin>"
    if os.path.isdir(given) and source != given:
        name = Path(os.path.relpath(source, given)).as_posix()
        if not name.startswith(".."):
            return name
    base = os.path.basename(source)  # Path(source).name without building a Path, unless
    if base and base != ".":  # the path ends in a separator or "." (Path drops those)
        return base
    return Path(source).name or source


def _real_path(source: str, real_dirs: dict[str, str]) -> str:
    """``os.path.realpath(source)``, the folder's part looked up in ``real_dirs`` (realpath
    walks every component of the path with a system call and Python code per component)."""
    head, tail = os.path.split(source)
    if tail in ("", ".", "..") or os.path.islink(source):
        return os.path.realpath(source)
    real = real_dirs.get(head)
    if real is None:
        real = real_dirs[head] = os.path.realpath(head or os.curdir)
    return os.path.join(real, tail)


def _read_bytes(source: str, stdin: BinaryIO | None) -> bytes:
    if source == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
    else:
        try:
            with open(source, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except IsADirectoryError:
            raise InputError("is a directory") from None
        except FileNotFoundError:
            raise InputError("no such file or directory") from None
        except PermissionError:
            raise InputError("permission denied") from None
        except OSError as exc:
            raise InputError(f"cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"file too large (over {MAX_BYTES // (1024 * 1024)} MB)")
    return data


def _read_one(source: str, data: bytes, reader: StoryReader) -> tuple[list[Story], list[str]]:
    """The stories of one input (``path`` set as the user gave it) and item problems.

    Raises InputError when the input as a whole cannot be read.
    """
    if not data.strip(b" \t\r\n\x00\x0b\x0c") or data in (
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xfe\xff",
    ):
        raise InputError("empty story")
    problems: list[str] = []
    try:
        stories = reader.read_stories(path=Path(source), data=data)
    except PartialRead as partial:
        stories, problems = partial.stories, partial.problems
    except InputError:
        raise
    except RecursionError:
        raise InputError("too deeply nested to read") from None
    except Exception as exc:  # a reader's bug must not sink the other inputs
        raise InputError(f"reader failed ({type(exc).__name__}: {exc})") from exc
    if stories is None:
        if looks_binary(data):
            raise InputError("binary file, not a story")
        raise InputError("not a story format briefgen can read")
    for number, story in enumerate(stories, start=1):
        fragment = ""
        if story.path and "#" in story.path:
            fragment = story.path[story.path.index("#") :]
        elif len(stories) > 1:
            fragment = f"#{number}"
        story.path = source + fragment
    return stories, problems


def load_stories(
    sources: Sequence[str | os.PathLike[str]],
    plugins: StoryReader | None = None,
    stdin: BinaryIO | None = None,
) -> LoadResult:
    """Read every story the sources name; report problems instead of raising.

    :param sources: file paths (``str`` or ``Path``), directories (read recursively, story
        suffixes only), glob patterns (``**`` allowed) and ``-`` for standard input (read once,
        format sniffed).
    :param plugins: anything with ``read_stories(path, data)`` (the plugin wrapper); None means
        the built-in readers only.
    :param stdin: the stream ``-`` reads (default ``sys.stdin.buffer``).
    """
    reader = plugins if plugins is not None else builtin_readers()
    if not hasattr(reader, "read_stories") and hasattr(reader, "hook"):
        reader = _HookAdapter(reader)
    suffixes = getattr(reader, "story_suffixes", None)
    extra = frozenset(suffixes()) if callable(suffixes) else frozenset()
    result = LoadResult()
    seen_files: set[str] = set()
    seen_hashes: set[str] = set()
    seen_ids: set[str] = set()
    real_dirs: dict[str, str] = {}  # each folder's real path, worked out once
    for given in map(os.fspath, sources):
        unreadable: list[str] = []
        for source in _expand(given, unreadable, extra):
            key = source if source == STDIN else _real_path(source, real_dirs)
            if key in seen_files:
                continue
            seen_files.add(key)
            label = "<stdin>" if source == STDIN else source
            shown = shown_name(source, given)
            try:
                stories, problems = _read_one(source, _read_bytes(source, stdin), reader)
            except InputError as exc:
                result.problems.append(f"{label}: {exc}")
                result.skipped.append((shown, str(exc)))
                continue
            result.problems.extend(f"{label}: {problem}" for problem in problems)
            result.skipped.extend((shown, problem) for problem in problems)
            if not stories and not problems:
                result.problems.append(f"{label}: no stories found")
                result.skipped.append((shown, "no stories found"))
            for story in stories:
                path = story.path or source
                story.file = shown + (path[len(source) :] if path.startswith(source) else "")
                if not story.body.strip():
                    where = (
                        story.path.replace(STDIN, "<stdin>", 1) if source == STDIN else story.path
                    )
                    result.problems.append(f"{where}: empty story")
                    result.skipped.append((story.file, "empty story"))
                    continue
                ident = story.guid or story.url
                if story.sha256 in seen_hashes or (ident and ident in seen_ids):
                    result.duplicates += 1
                    continue
                seen_hashes.add(story.sha256)
                if ident:
                    seen_ids.add(ident)
                result.stories.append(story)
        result.problems.extend(unreadable)  # the source itself: missing, nothing matches
        for problem in unreadable:
            result.skipped.append((shown_name(given, given), problem.removeprefix(f"{given}: ")))
    from briefgen.ingest.dedup import merge_copies

    result.stories, result.merged = merge_copies(result.stories)
    return result


class _HookAdapter:
    """Call a bare pluggy PluginManager's ``read_stories`` hook with keyword arguments."""

    def __init__(self, manager: object) -> None:
        self._manager = manager

    def read_stories(self, path: Path, data: bytes) -> list[Story] | None:
        return self._manager.hook.read_stories(path=path, data=data)  # type: ignore[attr-defined]
