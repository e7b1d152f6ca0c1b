"""Output paths and atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.errors import OutputError
from briefgen.output import atomic_write, output_paths, slugify


def test_a_path_with_the_one_formats_suffix_is_the_file(tmp_path):
    assert output_paths(tmp_path / "brief.md", ["md"], "T") == {"md": tmp_path / "brief.md"}


def test_any_other_path_is_a_folder_of_slug_named_files(tmp_path):
    paths = output_paths(tmp_path / "out", ["md", "pdf"], "Korea: the summit")
    assert paths == {
        "md": tmp_path / "out" / "korea-the-summit.md",
        "pdf": tmp_path / "out" / "korea-the-summit.pdf",
    }


@pytest.mark.parametrize(("name", "formats"), [("x.md", ["md", "pdf"]), ("x.md", ["pdf"])])
def test_a_file_name_of_one_format_refuses_other_formats(tmp_path, name, formats):
    with pytest.raises(OutputError, match=r"a \.md file holds the md format only"):
        output_paths(tmp_path / "out" / name, formats, "x")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("title", ["../../etc/passwd", "/abs/path", "CON", "", "☃☃", "a" * 5000])
def test_slugs_never_escape_the_folder(title):
    slug = slugify(title)
    assert slug and "/" not in slug and ".." not in slug and len(slug) <= 80
    assert slug.lower() not in {"con", "nul", "prn"}


def test_atomic_write_replaces_and_leaves_no_temp_files(tmp_path):
    target = tmp_path / "b.md"
    atomic_write(target, b"old")
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["b.md"]


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "b.md"
    target.write_bytes(b"old brief")

    def broken_replace(src: str, dst: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OutputError, match="previous file is unchanged"):
        atomic_write(target, b"new brief")
    assert target.read_bytes() == b"old brief"
    assert os.listdir(tmp_path) == ["b.md"]
