"""Operator details of `briefgen run`: cron seconds, what "nothing written" says, the index."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from tests.jobs_support import PLUGIN_ENV, add_story, make_config, stem


@pytest.fixture(autouse=True)
def _only_test_plugins(monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in PLUGIN_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("BRIEFGEN_TEST_PAUSE_AT", raising=False)


def cli_run(config: Path, *args: str):
    return CliRunner().invoke(main, ["run", "--config", str(config), *args])


@pytest.mark.parametrize("schedule", ["*/2 * * * * *", "0 6 * * * */10", "0 6 * * * 0-30"])
def test_a_sixth_field_that_fires_more_than_once_a_minute_is_refused(tmp_path, schedule):
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path, extra=f'schedule = "{schedule}"\n')
    result = cli_run(config)
    assert result.exit_code == 2
    message = result.output.strip()
    assert len(message.splitlines()) == 1
    assert "[jobs.daily]: key 'schedule'" in message
    assert "second of the minute, read last" in message
    assert not (tmp_path / "briefs").exists()


@pytest.mark.parametrize("schedule", ["0 6 * * *", "0 6 * * 1-5", "30 6 * * * 15", "@daily"])
def test_ordinary_schedules_are_accepted(tmp_path, schedule):
    from briefgen.config import load_config
    from briefgen.jobs.config import load_jobs

    config = make_config(tmp_path, extra=f'schedule = "{schedule}"\n')
    assert load_jobs(load_config(config))["daily"].schedule == schedule


def test_seven_fields_are_refused(tmp_path):
    config = make_config(tmp_path, extra='schedule = "0 6 * * * 0 2027"\n')
    result = cli_run(config)
    assert result.exit_code == 2 and "is not a cron expression" in result.output


def test_nothing_written_says_why_without_inventing_a_last_brief(tmp_path):
    config = make_config(tmp_path)
    (tmp_path / "inbox").mkdir()
    empty = cli_run(config)
    assert empty.exit_code == 0, empty.output
    assert "job daily: no stories in its sources; nothing written" in empty.output
    assert "last brief" not in empty.output
    add_story(tmp_path / "inbox", "a")
    assert cli_run(config).exit_code == 0
    again = cli_run(config)
    assert "job daily: no new stories since the last brief; nothing written" in again.output


def test_window_job_with_only_old_stories_never_mentions_a_last_brief(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir(parents=True)
    (inbox / "old.html").write_text(
        "<html><head><title>Old talks</title>"
        '<meta property="article:published_time" content="2001-01-01T00:00:00Z">'
        "</head><body><article><p>The old talks ended without a deal in 2001.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    config = make_config(tmp_path, extra='window = "3d"\n')
    result = CliRunner().invoke(
        main,
        ["run", "--config", str(config)],
        env={"BRIEFGEN_LOAD_PLUGINS": "reader-html,reader-text,sources"},
    )
    assert result.exit_code == 0, result.output
    assert "job daily: no stories of the last 3 day(s); nothing written" in result.output


def test_same_day_briefs_differ_in_the_index_by_time_and_story_count(tmp_path):
    add_story(tmp_path / "inbox", "a")
    config = make_config(tmp_path)
    assert cli_run(config).exit_code == 0
    add_story(tmp_path / "inbox", "b")
    assert cli_run(config).exit_code == 0
    index = (tmp_path / "briefs" / "index.md").read_text(encoding="utf-8")
    lines = [line for line in index.splitlines() if line.startswith("- ")]
    assert len(lines) == 2
    pattern = r"^- \d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC, (\d+) stor(?:y|ies): \[Korea brief"
    counts = [int(re.match(pattern, line).group(1)) for line in lines]  # type: ignore[union-attr]
    assert counts == [1, 1]  # newest first: story b, then story a
    assert f"{stem(2)}.md" in lines[0] and f"{stem()}.md" in lines[1]
    html = (tmp_path / "briefs" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00">', html)
    assert ", 1 story</time>" in html
