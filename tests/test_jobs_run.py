"""`briefgen run`: first run writes, nothing new writes nothing, changes, retention, index."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.jobs.config import JobConfig
from briefgen.jobs.runner import choose_stories, run_jobs, story_key
from briefgen.model import Story
from briefgen.plugins import get_plugins
from tests.jobs_support import (
    PLUGIN_ENV,
    FakeQuotesPlugin,
    add_story,
    env,
    make_config,
    run_subprocess,
    snapshot,
    stem,
    write_fake_templates,
)


@pytest.fixture(autouse=True)
def _only_test_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in PLUGIN_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("BRIEFGEN_TEST_PAUSE_AT", raising=False)


def cli_run(config: Path, *args: str):
    return CliRunner().invoke(main, ["run", "--config", str(config), *args])


def briefs_in_state(root: Path) -> list[tuple[str, int]]:
    with sqlite3.connect(root / ".briefgen" / "state.sqlite3") as db:
        return db.execute("SELECT stem, pruned FROM briefs ORDER BY id").fetchall()


def test_first_run_writes_then_nothing_new_writes_nothing(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path)
    result = cli_run(config)
    assert result.exit_code == 0, result.output
    out = tmp_path / "briefs"
    md = out / f"{stem()}.md"
    assert md.is_file() and (out / f"{stem()}.json").is_file()
    assert (out / "latest.md").read_bytes() == md.read_bytes()
    assert (out / "latest.json").read_bytes() == (out / f"{stem()}.json").read_bytes()
    document = json.loads((out / f"{stem()}.json").read_text())
    assert document["title"] == f"Korea brief {date.today().isoformat()}"
    assert [s["title"] for s in document["stories"]] == ["Talks resume in Geneva"]
    assert "changes" not in [s["id"] for s in document["sections"]]  # nothing to compare yet
    assert (tmp_path / ".briefgen" / "state.sqlite3").is_file()  # beside the config file
    assert f"({stem()}.md)" in (out / "index.md").read_text().replace("<", "").replace(">", "")
    before = snapshot(out)

    again = cli_run(config)
    assert again.exit_code == 0, again.output
    assert "no new stories since the last brief; nothing written" in again.output
    assert snapshot(out) == before
    assert briefs_in_state(tmp_path) == [(stem(), 0)]


def test_new_story_makes_a_new_brief_with_a_changes_section(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path)
    assert cli_run(config).exit_code == 0
    first_md = (tmp_path / "briefs" / f"{stem()}.md").read_bytes()
    add_story(tmp_path / "inbox", "b")
    result = cli_run(config)
    assert result.exit_code == 0, result.output
    out = tmp_path / "briefs"
    second = out / f"{stem(2)}.md"  # same day: suffix -2
    assert second.is_file()
    assert (out / f"{stem()}.md").read_bytes() == first_md  # previous brief untouched
    assert (out / "latest.md").read_bytes() == second.read_bytes()
    document = json.loads((out / f"{stem(2)}.json").read_text())
    assert [s["title"] for s in document["stories"]] == ["Sanctions stay, says minister"]
    assert "changes" in [s["id"] for s in document["sections"]]
    assert "## What changed" in second.read_text()
    index = (out / "index.md").read_text()
    assert index.index(f"{stem(2)}.md") < index.index(f"{stem()}.md")  # newest first
    assert f'href="{stem(2)}.md"' in (out / "index.html").read_text()


def test_changes_section_lists_the_new_quote(tmp_path: Path) -> None:
    templates = write_fake_templates(tmp_path / "tpl")
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path, extra=f'template_dir = "{templates}"\n')
    plugins = get_plugins()
    plugins.register(FakeQuotesPlugin(), "fake-quotes")
    messages: list[str] = []
    assert run_jobs(config, None, echo=messages.append, warn=messages.append, plugins=plugins) == 0
    add_story(tmp_path / "inbox", "b")
    assert run_jobs(config, None, echo=messages.append, warn=messages.append, plugins=plugins) == 0
    document = json.loads((tmp_path / "briefs" / f"{stem(2)}.json").read_text())
    changes = next(s for s in document["sections"] if s["id"] == "changes")
    assert [item["kind"] for item in changes["items"]] == ["new-quote"]
    item = changes["items"][0]
    assert item["details"]["text"] == "Sanctions must stay until the reactor closes,"
    assert item["summary"].startswith("New quote from Test Speaker: “Sanctions must stay")
    story_b = document["stories"][0]["id"]
    [span] = item["evidence"]
    assert span["story"] == story_b and span["end"] - span["start"] == len(item["details"]["text"])
    markdown = (tmp_path / "briefs" / f"{stem(2)}.md").read_text()
    section = markdown.split("## What changed", 1)[1].split("\n## ", 1)[0]
    assert "New quote from Test Speaker" in section and "[^1]" in section


def test_retention_prunes_old_briefs(tmp_path: Path) -> None:
    config = make_config(tmp_path, extra="retention = 2\n")
    out = tmp_path / "briefs"
    for key in "abc":
        add_story(tmp_path / "inbox", key)
        assert cli_run(config).exit_code == 0
    assert not (out / f"{stem()}.md").exists() and not (out / f"{stem()}.json").exists()
    assert (out / f"{stem(2)}.md").is_file() and (out / f"{stem(3)}.md").is_file()
    assert briefs_in_state(tmp_path) == [(stem(), 1), (stem(2), 0), (stem(3), 0)]
    index = (out / "index.md").read_text()
    assert f"{stem()}.md" not in index and f"{stem(3)}.md" in index
    assert (out / "latest.md").read_bytes() == (out / f"{stem(3)}.md").read_bytes()
    names = {p.name for p in out.iterdir()}
    assert names == {
        f"{stem(2)}.md",
        f"{stem(2)}.json",
        f"{stem(3)}.md",
        f"{stem(3)}.json",
        "latest.md",
        "latest.json",
        "index.md",
        "index.html",
    }


def test_index_escapes_titles(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path)
    text = config.read_text().replace(
        "Korea brief {date}", "<script>alert(1)</script> [x](y) {date}"
    )
    config.write_text(text)
    assert cli_run(config).exit_code == 0
    page = (tmp_path / "briefs" / "index.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    index = (tmp_path / "briefs" / "index.md").read_text()
    assert "\\<script\\>" in index and "\\[x\\]" in index


def test_formats_html_and_latest_per_format(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path)
    config.write_text(config.read_text().replace('["md", "json"]', '["md", "html"]'))
    assert cli_run(config).exit_code == 0
    out = tmp_path / "briefs"
    for suffix in ("md", "html", "json"):  # JSON is always written beside the brief
        assert (out / f"latest.{suffix}").read_bytes() == (out / f"{stem()}.{suffix}").read_bytes()


def test_bad_input_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    (tmp_path / "inbox" / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    result = cli_run(make_config(tmp_path))
    assert result.exit_code == 1
    assert "broken.txt" in result.output
    assert (tmp_path / "briefs" / f"{stem()}.md").is_file()


def test_config_errors_exit_2(tmp_path: Path) -> None:
    missing = cli_run(tmp_path / "nope.toml")
    assert missing.exit_code == 2 and "nope.toml" in missing.output
    config = make_config(tmp_path)
    unknown = cli_run(config, "--job", "weekly")
    assert unknown.exit_code == 2 and "no job 'weekly'" in unknown.output
    assert not (tmp_path / "briefs").exists()


def test_two_jobs_in_one_config(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    add_story(tmp_path / "other", "b")
    config = make_config(
        tmp_path, extra='\n[jobs.weekly]\nsources = ["other"]\noutput = "weekly"\n'
    )
    assert cli_run(config).exit_code == 0
    assert (tmp_path / "briefs" / f"{stem()}.md").is_file()
    assert (tmp_path / "weekly" / f"{stem(job='weekly')}.md").is_file()
    only = cli_run(config, "--job", "weekly")
    assert only.exit_code == 0 and "job weekly: no new stories" in only.output


def test_subprocess_runs(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path)
    first = run_subprocess(config)
    assert first.returncode == 0, first.stderr
    assert "wrote" in first.stderr
    second = run_subprocess(config)
    assert second.returncode == 0, second.stderr
    assert "nothing written" in second.stderr


def _story(title: str, published: datetime | None, guid: str | None = None) -> Story:
    return Story(title=title, body=f"{title} body.", published=published, guid=guid)


def test_window_of_days_keeps_recent_stories_when_one_is_new() -> None:
    today = date(2026, 11, 26)
    job = JobConfig(name="d", sources=["x"], feeds=[], output=Path("o"), state_dir=Path("s"))
    job.window_days = 7
    old = _story("old", datetime(2026, 11, 1, tzinfo=UTC))
    recent = _story("recent", datetime(2026, 11, 24, tzinfo=UTC), guid="g1")
    fresh = _story("fresh", datetime(2026, 11, 26, tzinfo=UTC))
    seen = {story_key(recent): "2026-11-24T08:00:00+00:00"}
    chosen = choose_stories([old, recent, fresh], seen, job, today)
    assert [s.title for _, s in chosen] == ["recent", "fresh"]
    assert choose_stories([old, recent], seen, job, today) == []  # nothing new in the window
    job.window_days = None
    assert [s.title for _, s in choose_stories([old, recent, fresh], seen, job, today)] == [
        "old",
        "fresh",
    ]
    assert story_key(recent) == "guid:g1"
    assert story_key(Story(title="t", body="b", url="http://x/1")) == "url:http://x/1"
    assert story_key(fresh).startswith("sha256:")


def test_scheduler_runs_jobs_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    second = (datetime.now().second + 3) % 60  # a sixth field must be one second of the minute
    config = make_config(tmp_path, extra=f'schedule = "* * * * * {second}"\n')
    process = subprocess.Popen(
        [sys.executable, "-m", "briefgen.cli", "schedule", "--config", str(config)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env(),
    )
    try:
        deadline = time.monotonic() + 20
        while not (tmp_path / "briefs" / "latest.md").exists():
            assert time.monotonic() < deadline, "the scheduled job never ran"
            assert process.poll() is None
            time.sleep(0.1)
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "SIGTERM received" in stderr and "scheduler stopped" in stderr
    assert (tmp_path / "briefs" / f"{stem()}.md").is_file()


def test_a_run_of_undated_stories_says_its_date_is_the_day_of_preparation(tmp_path: Path) -> None:
    add_story(tmp_path / "inbox", "a")
    (tmp_path / "inbox" / "bad.txt").write_bytes(b"\x00\x01\x02\xff binary")
    result = cli_run(make_config(tmp_path))
    assert result.exit_code == 1, result.output  # an input was skipped
    out = tmp_path / "briefs"
    document = json.loads((out / f"{stem()}.json").read_text())
    assert (document["date"], document["date_basis"]) == (date.today().isoformat(), "prepared")
    assert document["skipped"] == [{"file": "bad.txt", "reason": "binary file, not a story"}]
    markdown = (out / f"{stem()}.md").read_text()
    assert "(date of preparation; the stories are undated)" in markdown
    assert "**Not read: 1 input.** bad.txt" in markdown and str(tmp_path) not in markdown


def test_a_run_of_dated_stories_is_as_of_the_latest_story(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "a.txt").write_text(
        "Talks resume in Geneva Updated: 2019-04-26 07:00:15 KST\n\nNegotiators met in Geneva.\n"
    )
    result = cli_run(make_config(tmp_path))
    assert result.exit_code == 0, result.output
    document = json.loads((tmp_path / "briefs" / f"{stem()}.json").read_text())
    assert (document["date"], document["date_basis"]) == ("2019-04-26", "stories")
