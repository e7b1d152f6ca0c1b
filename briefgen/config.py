"""briefgen.toml: section config, actor aliases, issues and jobs, read once and validated."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen.errors import ConfigError

KNOWN_TABLES = {"brief", "sections", "actors", "issues", "jobs", "questions"}
CONFIG_NAME = "briefgen.toml"


@dataclass
class Config:
    """The parsed config file; empty when there is none."""

    path: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def sections(self) -> dict[str, dict[str, Any]]:
        """``[sections.<id>]`` tables."""
        return self.raw.get("sections", {})

    @property
    def actors(self) -> dict[str, str]:
        """``[actors]`` alias table: a name as written -> a canonical name or country code."""
        return self.raw.get("actors", {})

    @property
    def issues(self) -> dict[str, dict[str, Any]]:
        """``[issues.<id>]`` extra issue definitions."""
        return self.raw.get("issues", {})

    @property
    def brief(self) -> dict[str, Any]:
        """``[brief]`` defaults: title, classification, distribution, sections, formats."""
        return self.raw.get("brief", {})

    @property
    def base_dir(self) -> Path:
        """Folder relative paths in the config are resolved against."""
        return self.path.parent if self.path else Path.cwd()


def load_config(path: Path | None) -> Config:
    """Read and check ``path``; with None, read ./briefgen.toml when present."""
    if path is None:
        default = Path(CONFIG_NAME)
        if not default.is_file():
            return Config()
        path = default
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc})") from None
    unknown = sorted(set(raw) - KNOWN_TABLES)
    if unknown:
        raise ConfigError(
            f"{path}: unknown table {unknown[0]!r} (known: {', '.join(sorted(KNOWN_TABLES))})"
        )
    for table in ("sections", "actors", "issues", "jobs", "brief"):
        if table in raw and not isinstance(raw[table], dict):
            raise ConfigError(f"{path}: [{table}] must be a table")
    for section_id, value in raw.get("sections", {}).items():
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: [sections.{section_id}] must be a table")
    sections = raw.get("brief", {}).get("sections")
    if sections is not None and (
        not isinstance(sections, list) or not all(isinstance(s, str) for s in sections)
    ):
        raise ConfigError(f"{path}: [brief] sections must be a list of section ids (strings)")
    for alias, target in raw.get("actors", {}).items():
        if not isinstance(target, str):
            raise ConfigError(f"{path}: [actors] {alias!r} must map to a string")
    return Config(path=path, raw=raw)
