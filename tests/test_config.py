"""briefgen.toml: tables are validated, and [actors] / [issues] reach the analysis."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.config import load_config
from briefgen.errors import ConfigError

STORY = (
    "Freedonia talks\n\n"
    "Rufus Firefly, the Freedonian leader, said on Monday that the border treaty must be "
    "signed.\n\n"
    '"We will not wait for ever," Firefly told reporters.\n'
)


def _analyze(tmp_path, config_text: str | None):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    args = [
        "make",
        str(story),
        "-f",
        "json",
        "-o",
        str(tmp_path / "b.json"),
        "-q",
        "--date",
        "2020-01-01",
        "--section",
        "positions-by-country",
    ]
    if config_text is not None:
        config = tmp_path / "briefgen.toml"
        config.write_text(config_text, encoding="utf-8")
        args += ["--config", str(config)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    return json.loads((tmp_path / "b.json").read_text())


def test_actor_aliases_from_config_give_a_country(tmp_path):
    without = _analyze(tmp_path, None)
    assert without["sections"][0]["items"] == []
    with_alias = _analyze(
        tmp_path,
        '[actors]\n"Rufus Firefly" = "IT"\n"Freedonian" = "IT"\n'
        '[issues.border]\nlabel = "Border treaty"\nterms = ["border treaty"]\n',
    )
    items = with_alias["sections"][0]["items"]
    assert [item["country"] for item in items] == ["IT"]
    assert {p["issue"] for p in items[0]["positions"]} == {"Border treaty"}


def test_scheduled_runs_use_the_configs_aliases_and_issues_too(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "story.txt").write_text(STORY, encoding="utf-8")
    config = tmp_path / "briefgen.toml"
    config.write_text(
        '[actors]\n"Rufus Firefly" = "IT"\n"Freedonian" = "IT"\n'
        '[issues.border]\nlabel = "Border treaty"\nterms = ["border treaty"]\n'
        '[jobs.daily]\nsources = ["inbox/"]\noutput = "briefs/"\nformats = ["json"]\n'
        'sections = ["positions-by-country"]\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["run", "--config", str(config)])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "briefs" / "latest.json").read_text())
    items = brief["sections"][0]["items"]
    assert [item["country"] for item in items] == ["IT"]
    assert {p["issue"] for p in items[0]["positions"]} == {"Border treaty"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[unknown]\nx = 1\n", "unknown table 'unknown'"),
        ("actors = 3\n", "[actors] must be a table"),
        ("[actors]\nBob = 3\n", "'Bob' must map to a string"),
        ("[sections]\nkey-quotes = 2\n", "[sections.key-quotes] must be a table"),
        ("[sections\n", "invalid TOML"),
    ],
)
def test_bad_config_names_the_file_and_the_problem(tmp_path, text, message):
    path = tmp_path / "briefgen.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_missing_config_file_is_an_error_but_no_default_file_is_fine(tmp_path, monkeypatch):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")
    monkeypatch.chdir(tmp_path)
    assert load_config(None).raw == {}
