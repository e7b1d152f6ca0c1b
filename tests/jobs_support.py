"""Helpers shared by the tests/test_jobs_*.py files: stories, configs, CLI and subprocess runs."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from briefgen.hookspecs import hookimpl
from briefgen.section import BuildContext, Section

# Only the plugins these tests need: deterministic whatever other sections do meanwhile.
PLUGIN_ENV = {"BRIEFGEN_LOAD_PLUGINS": "reader-text,reader-feed,sources,changes"}

STORIES = {
    "a": (
        "Talks resume in Geneva",
        'Negotiators met on Tuesday in Geneva. "We want a deal before winter," the envoy said.',
    ),
    "b": (
        "Sanctions stay, says minister",
        'The minister spoke on Wednesday. "Sanctions must stay until the reactor closes," '
        "she said.",
    ),
    "c": (
        "Border crossing reopens",
        'The crossing reopened on Thursday. "Trade will recover slowly," a customs official said.',
    ),
    "d": (
        "Summit date set",
        'Officials set a summit for March. "The date is final," a spokesman said.',
    ),
}


def add_story(inbox: Path, key: str) -> Path:
    """Write story ``key`` of STORIES as a headline-then-paragraphs text file."""
    title, body = STORIES[key]
    inbox.mkdir(parents=True, exist_ok=True)
    path = inbox / f"{key}.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    return path


def make_config(root: Path, extra: str = "", sources: str = '["inbox/"]') -> Path:
    """A one-job config (the issue's minimal form plus ``extra`` lines)."""
    root.mkdir(parents=True, exist_ok=True)
    config = root / "briefgen.toml"
    config.write_text(
        "[jobs.daily]\n"
        f"sources = {sources}\n"
        'formats = ["md", "json"]\n'
        'output = "briefs/"\n'
        'title = "Korea brief {date}"\n' + extra,
        encoding="utf-8",
    )
    return config


def stem(number: int = 1, job: str = "daily") -> str:
    """The file stem of the ``number``-th brief of today."""
    base = f"{date.today().isoformat()}-{job}"
    return base if number == 1 else f"{base}-{number}"


def snapshot(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder``: (mtime_ns, sha256)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            found[str(path.relative_to(folder))] = (path.stat().st_mtime_ns, digest)
    return found


def env(**extra: str) -> dict[str, str]:
    """The environment for a subprocess run."""
    result = dict(os.environ)
    result.update(PLUGIN_ENV)
    result.pop("BRIEFGEN_TEST_PAUSE_AT", None)
    result.update(extra)
    return result


def run_subprocess(config: Path, *args: str, timeout: float = 60, **extra: str) -> Any:
    """``python -m briefgen.cli run --config <config> ...`` to completion."""
    return subprocess.run(
        [sys.executable, "-m", "briefgen.cli", "run", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env(**extra),
    )


def start_paused(config: Path, stage: str, *args: str) -> subprocess.Popen[str]:
    """Start a run that sleeps at ``stage``; returns once it has announced the pause."""
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen.cli", "run", "--config", str(config), *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env(BRIEFGEN_TEST_PAUSE_AT=stage),
    )
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.startswith(f"briefgen-test: paused at {stage}"):
            return process
    process.wait(timeout=10)
    raise AssertionError(f"run never reached {stage!r}: {''.join(seen)}")


# A stand-in key-quotes section (the real one may not be installed): first quotation of each
# story, attributed to "Test Speaker", in the JSON shape of issue 4.


@dataclass
class FakeQuote:
    text: str
    speaker: dict[str, Any]
    kind: str
    sources: list[dict[str, Any]]


class FakeKeyQuotes(Section):
    id = "key-quotes"
    title = "Key quotes"
    order = 20
    description = "test stand-in"

    def build(self, context: BuildContext) -> list[FakeQuote]:
        items = []
        for story in context.stories:
            start = story.body.find('"')
            end = story.body.find('"', start + 1)
            if start < 0 or end < 0:
                continue
            items.append(
                FakeQuote(
                    text=story.body[start + 1 : end],
                    speaker={"name": "Test Speaker", "title": None, "country": None},
                    kind="direct",
                    sources=[{"story": story.id, "start": start + 1, "end": end}],
                )
            )
        return items


class FakeQuotesPlugin:
    @hookimpl
    def register_sections(self, register: Callable[[Section], None]) -> None:
        register(FakeKeyQuotes())


FAKE_TEMPLATES = {
    "key-quotes.md.j2": "{% for item in items %}\n> {{ item.text|md }}\n\n{% endfor %}\n",
    "key-quotes.html.j2": (
        "{% for item in items %}<blockquote>{{ item.text }}</blockquote>{% endfor %}\n"
    ),
}


def write_fake_templates(folder: Path) -> Path:
    """Templates for FakeKeyQuotes in ``folder/sections``."""
    (folder / "sections").mkdir(parents=True, exist_ok=True)
    for name, text in FAKE_TEMPLATES.items():
        (folder / "sections" / name).write_text(text, encoding="utf-8")
    return folder
