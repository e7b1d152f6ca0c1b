"""``briefgen plugins new NAME``: write the skeleton of a plugin package.

The files are templates under ``scaffold/package/`` (shipped as package data). Placeholders are
plain tokens (``__NAME__``, ``__MODULE__``, ...) replaced in file names and contents, so the Jinja
partials among them are copied untouched. The package is written into a hidden temp folder and
renamed into place: an interrupted or failed run leaves nothing half-made.
"""

from __future__ import annotations

import keyword
import os
import re
import shutil
import tempfile
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from briefgen import __version__
from briefgen.errors import BriefgenError

TEMPLATE_SUFFIX = ".tmpl"
DEFAULT_ORDER = 900  # after the built-in sections, before Sources (1000)
_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
MAX_NAME = 40


class ScaffoldError(BriefgenError):
    """The plugin name or target folder cannot be used."""


def check_name(name: str, taken: set[str] | frozenset[str] = frozenset()) -> None:
    """Refuse a name that is not a lower-case slug or is already a plugin or section id."""
    if not _NAME.match(name) or len(name) > MAX_NAME:
        raise ScaffoldError(
            f"{name!r} is not a plugin name: use lower-case letters, digits and single hyphens, "
            f"starting with a letter, at most {MAX_NAME} characters (like 'quoted-people')"
        )
    if name == "briefgen" or name.startswith("briefgen-"):
        raise ScaffoldError(
            f"{name!r}: leave out the 'briefgen-' prefix; the package is named briefgen-NAME"
        )
    if keyword.iskeyword(name):
        raise ScaffoldError(f"{name!r} is a Python keyword; choose another name")
    if name in taken:
        raise ScaffoldError(
            f"{name!r} is already the name of an installed plugin or section; choose another"
        )


def placeholders(name: str) -> dict[str, str]:
    """The token -> value table for ``name``."""
    module = "briefgen_" + name.replace("-", "_")
    return {
        "__DIST__": f"briefgen-{name}",
        "__MODULE__": module,
        "__CLASS__": "".join(part.capitalize() for part in name.split("-")),
        "__TITLE__": name.replace("-", " ").capitalize(),
        "__ORDER__": str(DEFAULT_ORDER),
        "__BRIEFGEN_VERSION__": __version__,
        "__NAME__": name,  # last: the other tokens contain no __NAME__, but keep it simple
    }


def _fill(text: str, table: dict[str, str]) -> str:
    for token, value in table.items():
        text = text.replace(token, value)
    return text


def _templates() -> Traversable:
    return resources.files("briefgen.scaffold").joinpath("package")


def _copy(source: Traversable, target: Path, table: dict[str, str]) -> None:
    for entry in source.iterdir():
        if entry.name.startswith(".") or entry.name == "__pycache__":
            continue
        name = _fill(entry.name, table)
        if entry.is_dir():
            (target / name).mkdir()
            _copy(entry, target / name, table)
        elif name.endswith(TEMPLATE_SUFFIX):
            text = _fill(entry.read_text(encoding="utf-8"), table)
            (target / name.removesuffix(TEMPLATE_SUFFIX)).write_text(text, encoding="utf-8")


def installed_names() -> set[str]:
    """Entry-point names and section ids already installed (a new plugin must not reuse them)."""
    from briefgen.plugins import _entry_points, get_plugins

    names = {entry_point.name for entry_point in _entry_points()}
    names |= {registered.section.id for registered in get_plugins().sections()}
    return names


def write_plugin(name: str, directory: Path, taken: set[str] | None = None) -> Path:
    """Write ``directory/briefgen-NAME``; returns its path. ScaffoldError on a bad name or an
    existing folder."""
    check_name(name, installed_names() if taken is None else taken)
    target = Path(directory) / f"briefgen-{name}"
    if target.exists() or target.is_symlink():
        raise ScaffoldError(f"{target}: already exists; remove it or choose another --dir")
    try:
        Path(directory).mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=directory))
    except OSError as exc:
        raise ScaffoldError(f"{directory}: cannot write there ({exc.strerror or exc})") from None
    try:
        _copy(_templates(), staging, placeholders(name))
        os.chmod(staging, 0o777 & ~_umask())
        os.rename(staging, target)  # fails rather than merge if target appeared meanwhile
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise ScaffoldError(f"{target}: cannot write the package ({exc.strerror or exc})") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
