"""``[jobs.<name>]`` tables: parsed and validated once, paths resolved against the config file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen.config import Config
from briefgen.errors import ConfigError

DEFAULT_FORMATS = ["md", "json"]
DEFAULT_RETENTION = 30
DEFAULT_FEED_TIMEOUT = 20.0
DEFAULT_FEED_MAX_BYTES = 10 * 1024 * 1024
STATE_DIR_NAME = ".briefgen"
_JOB_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_SECOND = re.compile(r"^(?:[0-9]|[1-5][0-9])$")
_DAYS = re.compile(r"^\s*(\d{1,4})\s*d(ays?)?\s*$", re.IGNORECASE)
KNOWN_KEYS = {
    "sources",
    "sections",
    "section_config",
    "formats",
    "output",
    "title",
    "window",
    "retention",
    "schedule",
    "state_dir",
    "page_size",
    "template_dir",
    "feed_timeout",
    "feed_max_bytes",
}


@dataclass
class JobConfig:
    """One job, ready to run: every path absolute, every value checked."""

    name: str
    sources: list[str]
    feeds: list[str]
    output: Path
    state_dir: Path
    title: str = "Policy brief {date}"
    sections: list[str] | None = None
    section_config: dict[str, dict[str, Any]] = field(default_factory=dict)
    formats: list[str] = field(default_factory=lambda: list(DEFAULT_FORMATS))
    window_days: int | None = None  # None: new stories since the last brief
    retention: int = DEFAULT_RETENTION
    schedule: str | None = None
    page_size: str = "A4"
    template_dir: Path | None = None
    feed_timeout: float = DEFAULT_FEED_TIMEOUT
    feed_max_bytes: int = DEFAULT_FEED_MAX_BYTES

    def title_for(self, day: str) -> str:
        """The title pattern with ``{date}`` and ``{job}`` filled in (nothing else is expanded)."""
        return self.title.replace("{date}", day).replace("{job}", self.name)

    def brief_config(self, config: Config) -> Config:
        """The global config with this job's ``section_config`` merged over ``[sections]``."""
        raw = dict(config.raw)
        merged = {key: dict(value) for key, value in config.sections.items()}
        for section_id, values in self.section_config.items():
            merged[section_id] = {**merged.get(section_id, {}), **values}
        raw["sections"] = merged
        return Config(path=config.path, raw=raw)


def is_feed_url(source: str) -> bool:
    """True for ``http://`` and ``https://`` sources."""
    return source.lower().startswith(("http://", "https://"))


def load_jobs(config: Config) -> dict[str, JobConfig]:
    """Every ``[jobs.<name>]`` of ``config``, validated; ConfigError names file, job and key."""
    where = str(config.path) if config.path else "briefgen.toml"
    tables = config.raw.get("jobs", {})
    if not isinstance(tables, dict) or not tables:
        raise ConfigError(f"{where}: no jobs configured (add a [jobs.<name>] table)")
    base = config.base_dir.resolve()
    jobs = {name: _parse_job(name, table, base, where) for name, table in tables.items()}
    outputs: dict[Path, str] = {}
    for job in jobs.values():
        if job.output in outputs:
            raise ConfigError(
                f"{where}: [jobs.{job.name}] output {str(job.output)!r} is also the output of "
                f"[jobs.{outputs[job.output]}]; give each job its own folder"
            )
        outputs[job.output] = job.name
    return jobs


def select_jobs(config: Config, name: str | None) -> list[JobConfig]:
    """The job called ``name``, or every job in file order."""
    jobs = load_jobs(config)
    if name is None:
        return list(jobs.values())
    if name not in jobs:
        where = str(config.path) if config.path else "briefgen.toml"
        raise ConfigError(f"{where}: no job {name!r} (jobs: {', '.join(jobs)})")
    return [jobs[name]]


def _parse_job(name: str, table: Any, base: Path, where: str) -> JobConfig:
    here = f"{where}: [jobs.{name}]"
    if not _JOB_NAME.match(name):
        raise ConfigError(f"{here}: job names use letters, digits, '-', '_' and '.' only")
    if not isinstance(table, dict):
        raise ConfigError(f"{here} must be a table")
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(
            f"{here}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(KNOWN_KEYS))})"
        )
    sources, feeds = _sources(table.get("sources"), base, here)
    if "output" not in table:
        raise ConfigError(f"{here}: key 'output' is required (the folder briefs are written to)")
    output = _path(table["output"], base, here, "output")
    state_dir = _path(table.get("state_dir", STATE_DIR_NAME), base, here, "state_dir")
    template_dir = None
    if "template_dir" in table:
        template_dir = _path(table["template_dir"], base, here, "template_dir")
        if not template_dir.is_dir():
            raise ConfigError(f"{here}: key 'template_dir': {template_dir} is not a folder")
    job = JobConfig(name=name, sources=sources, feeds=feeds, output=output, state_dir=state_dir)
    job.template_dir = template_dir
    if "title" in table:
        job.title = _string(table["title"], here, "title")
    if "sections" in table:
        job.sections = _string_list(table["sections"], here, "sections")
        if not job.sections:
            raise ConfigError(f"{here}: key 'sections' must name at least one section")
    job.section_config = _section_config(table.get("section_config", {}), here)
    if "formats" in table:
        job.formats = _formats(table["formats"], here)
    job.window_days = _window(table.get("window", "new"), here)
    job.retention = _positive_int(table.get("retention", DEFAULT_RETENTION), here, "retention")
    if "schedule" in table:
        job.schedule = _schedule(table["schedule"], here)
    page_size = _string(table.get("page_size", "A4"), here, "page_size")
    if page_size.lower() not in {"a4", "letter"}:
        raise ConfigError(f"{here}: key 'page_size' must be 'A4' or 'Letter', got {page_size!r}")
    job.page_size = "A4" if page_size.lower() == "a4" else "Letter"
    job.feed_timeout = float(
        _positive_number(table.get("feed_timeout", DEFAULT_FEED_TIMEOUT), here, "feed_timeout")
    )
    job.feed_max_bytes = int(
        _positive_int(table.get("feed_max_bytes", DEFAULT_FEED_MAX_BYTES), here, "feed_max_bytes")
    )
    return job


def _string(value: Any, here: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{here}: key {key!r} must be a non-empty string, got {value!r}")
    return value


def _string_list(value: Any, here: str, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{here}: key {key!r} must be a list of non-empty strings, got {value!r}")
    return list(value)


def _path(value: Any, base: Path, here: str, key: str) -> Path:
    text = _string(value, here, key)
    path = Path(text).expanduser()
    return path if path.is_absolute() else base / path


def _sources(value: Any, base: Path, here: str) -> tuple[list[str], list[str]]:
    if value is None:
        raise ConfigError(f"{here}: key 'sources' is required (files, folders, globs or feed URLs)")
    local: list[str] = []
    feeds: list[str] = []
    for source in _string_list(value, here, "sources"):
        if is_feed_url(source):
            feeds.append(source.strip())
        elif re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", source):
            raise ConfigError(
                f"{here}: key 'sources': {source!r}: only http:// and https:// URLs are fetched"
            )
        else:
            path = Path(source).expanduser()
            resolved = str(path if path.is_absolute() else base / path)
            if source.endswith(("/", "\\")):
                resolved += "/"
            local.append(resolved)
    if not local and not feeds:
        raise ConfigError(f"{here}: key 'sources' must name at least one source")
    return local, feeds


def _section_config(value: Any, here: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{here}: key 'section_config' must be a table of [section-id] tables")
    for section_id, table in value.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{here}: key 'section_config.{section_id}' must be a table")
    return value


def _formats(value: Any, here: str) -> list[str]:
    from briefgen.output import FORMATS

    formats: list[str] = []
    for fmt in _string_list(value, here, "formats"):
        fmt = {"markdown": "md", "htm": "html"}.get(
            fmt.lower().lstrip("."), fmt.lower().lstrip(".")
        )
        if fmt not in FORMATS:
            raise ConfigError(
                f"{here}: key 'formats': unknown format {fmt!r} (choose from {', '.join(FORMATS)})"
            )
        if fmt not in formats:
            formats.append(fmt)
    if "json" not in formats:  # the next run's `changes` section reads this brief's JSON
        formats.append("json")
    return formats


def _window(value: Any, here: str) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        if value < 1:
            raise ConfigError(f"{here}: key 'window' must be at least 1 day, got {value}")
        return value
    if isinstance(value, str):
        if value.strip().lower() == "new":
            return None
        match = _DAYS.match(value)
        if match and int(match.group(1)) >= 1:
            return int(match.group(1))
    raise ConfigError(
        f"{here}: key 'window' must be \"new\" (stories since the last brief), "
        f'"<N>d" or a number of days, got {value!r}'
    )


def _positive_int(value: Any, here: str, key: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{here}: key {key!r} must be a whole number >= 1, got {value!r}")
    return value


def _positive_number(value: Any, here: str, key: str) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value <= 0:
        raise ConfigError(f"{here}: key {key!r} must be a number > 0, got {value!r}")
    return float(value)


def _schedule(value: Any, here: str) -> str:
    from croniter import croniter

    text = _string(value, here, "schedule").strip()
    fields = text.split()
    if len(fields) > 6 or not croniter.is_valid(text):
        raise ConfigError(
            f"{here}: key 'schedule': {text!r} is not a cron expression (like \"0 6 * * *\": "
            "minute hour day month weekday)"
        )
    if len(fields) == 6 and not _SECOND.match(fields[5]):
        # croniter reads seconds from the LAST field (Quartz and Spring put them first), so
        # "*/2 * * * * *" means every second, not every two seconds: refuse anything but one
        # second of the minute, which also keeps a job from starting more than once a minute
        raise ConfigError(
            f"{here}: key 'schedule': {text!r}: a sixth field is the second of the minute, read "
            f"last (not first as in Quartz), and must be one number 0-59; {fields[5]!r} would "
            'start the job more than once a minute (drop the sixth field: "0 6 * * *")'
        )
    return text
