"""Rebuild the web-page corpus (issue 15, point 9) from mirrors of public repositories.

The pages are real news web pages on international affairs, taken from the public test data of
HTML-extraction projects. Their texts are not committed (no licence for them): the manifest
``benchmarks/web_pages.toml`` names each page by repository, commit and path, with the split it
belongs to (``dev``: rule writers may tune on it; ``blind``: nobody tunes on it) and the sha256 of
the page as written. This script reads each page from a bare git mirror of its repository and
writes ``TARGET/<split>/<name>``.

    python benchmarks/gather_web_pages.py [-o /work/corpora/web] [--mirrors /work/.mirror]
    python benchmarks/gather_web_pages.py --mirror goose3/goose3=/path/to/goose3.git ...

A mirror of ``owner/name`` is looked up as ``MIRRORS/owner+name/repo`` (a bare git directory, or a
checkout whose ``.git`` is used), unless ``--mirror owner/name=PATH`` names it. Clone the
repositories listed in the manifest (``git clone --bare https://github.com/owner/name``) to
rebuild the corpus elsewhere. A page whose bytes do not match its sha256 is an error.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = ROOT / "benchmarks" / "web_pages.toml"
SPLITS = ("dev", "blind")


def load_manifest(path: Path = MANIFEST) -> list[dict[str, str]]:
    """The ``[[page]]`` entries of the manifest."""
    with path.open("rb") as handle:
        pages = tomllib.load(handle).get("page", [])
    for page in pages:
        missing = {"name", "split", "repo", "commit", "path", "sha256"} - page.keys()
        if missing:
            raise ValueError(f"{path}: page {page.get('name', '?')} lacks {sorted(missing)}")
        if page["split"] not in SPLITS:
            raise ValueError(f"{path}: page {page['name']}: split must be one of {SPLITS}")
    return pages


def git_dir(repo: str, mirrors: Path, overrides: dict[str, Path]) -> Path:
    """The git directory holding ``repo``."""
    base = overrides.get(repo, mirrors / repo.replace("/", "+") / "repo")
    return base / ".git" if (base / ".git").is_dir() else base


def read_page(page: dict[str, str], gitdir: Path) -> bytes:
    """The page's bytes at its commit, gunzipped when stored as ``.gz``."""
    blob = subprocess.run(
        ["git", "-C", str(gitdir), "cat-file", "blob", f"{page['commit']}:{page['path']}"],
        capture_output=True,
        check=False,
    )
    if blob.returncode:
        lines = blob.stderr.decode("utf-8", "replace").strip().splitlines()
        message = lines[-1] if lines else f"git exit {blob.returncode}"
        raise OSError(f"{page['repo']}@{page['commit'][:10]}:{page['path']}: {message}")
    data = blob.stdout
    return gzip.decompress(data) if page["path"].endswith(".gz") else data


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".gather-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def gather(
    target: Path,
    mirrors: Path,
    overrides: dict[str, Path] | None = None,
    manifest: Path = MANIFEST,
) -> dict[str, int]:
    """Write every page of the manifest under ``target``; returns pages per split."""
    counts = dict.fromkeys(SPLITS, 0)
    for page in load_manifest(manifest):
        data = read_page(page, git_dir(page["repo"], mirrors, overrides or {}))
        digest = hashlib.sha256(data).hexdigest()
        if digest != page["sha256"]:
            raise ValueError(f"{page['name']}: sha256 {digest} differs from the manifest")
        write_atomic(target / page["split"] / page["name"], data)
        counts[page["split"]] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, default=Path("/work/corpora/web"))
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument(
        "--mirror",
        action="append",
        default=[],
        metavar="OWNER/NAME=PATH",
        help="git directory of one repository (repeatable)",
    )
    args = parser.parse_args(argv)
    overrides = {}
    for item in args.mirror:
        repo, sep, path = item.partition("=")
        if not sep:
            parser.error(f"--mirror {item}: expected OWNER/NAME=PATH")
        overrides[repo] = Path(path)
    try:
        counts = gather(args.output, args.mirrors, overrides, args.manifest)
    except (OSError, ValueError, tomllib.TOMLDecodeError) as error:
        print(f"gather_web_pages: {error}", file=sys.stderr)
        return 1
    print(" ".join(f"{split}={count}" for split, count in counts.items()), "->", args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
