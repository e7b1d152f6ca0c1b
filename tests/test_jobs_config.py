"""[jobs.<name>] parsing: defaults, paths relative to the config file, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.config import load_config
from briefgen.errors import ConfigError
from briefgen.jobs.config import load_jobs, select_jobs

MINIMAL = """
[jobs.daily]
sources = ["inbox/"]
formats = ["md", "json"]
output = "briefs/"
title = "Korea brief {date}"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "conf" / "briefgen.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jobs_of(tmp_path: Path, text: str):
    return load_jobs(load_config(write(tmp_path, text)))


def test_minimal_form_and_defaults(tmp_path: Path) -> None:
    job = jobs_of(tmp_path, MINIMAL)["daily"]
    base = (tmp_path / "conf").resolve()
    assert job.sources == [str(base / "inbox") + "/"]
    assert job.feeds == []
    assert job.output == base / "briefs"
    assert job.state_dir == base / ".briefgen"  # beside the config file, not the cwd
    assert job.formats == ["md", "json"]
    assert job.window_days is None  # new stories since the last brief
    assert job.retention == 30
    assert job.schedule is None
    assert job.title_for("2026-11-26") == "Korea brief 2026-11-26"


def test_paths_are_relative_to_the_config_not_the_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    text = MINIMAL + 'state_dir = "../state"\n'
    job = jobs_of(tmp_path, text)["daily"]
    assert job.state_dir == (tmp_path / "conf").resolve() / "../state"
    assert str(elsewhere) not in str(job.output)


def test_full_job(tmp_path: Path) -> None:
    (tmp_path / "conf" / "tpl").mkdir(parents=True)
    job = jobs_of(
        tmp_path,
        """
[sections.key-quotes]
count = 8
[jobs.weekly]
sources = ["/abs/*.txt", "https://example.org/feed.xml", "http://example.org/b.rss"]
sections = ["key-quotes", "changes", "sources"]
formats = ["html", "md"]
output = "/srv/briefs"
title = "{job} brief {date} {not-a-field}"
window = "7d"
retention = 5
schedule = "0 6 * * 1"
page_size = "letter"
template_dir = "tpl"
feed_timeout = 2.5
feed_max_bytes = 1000
[jobs.weekly.section_config.key-quotes]
count = 3
min_length = 10
""",
    )["weekly"]
    assert job.sources == ["/abs/*.txt"]
    assert job.feeds == ["https://example.org/feed.xml", "http://example.org/b.rss"]
    assert job.formats == ["html", "md", "json"]  # JSON always written beside the brief
    assert job.window_days == 7
    assert job.retention == 5
    assert job.schedule == "0 6 * * 1"
    assert job.page_size == "Letter"
    assert job.output == Path("/srv/briefs")
    assert job.feed_timeout == 2.5 and job.feed_max_bytes == 1000
    assert job.title_for("2026-11-26") == "weekly brief 2026-11-26 {not-a-field}"
    merged = job.brief_config(load_config(tmp_path / "conf" / "briefgen.toml"))
    assert merged.sections["key-quotes"] == {"count": 3, "min_length": 10}


@pytest.mark.parametrize(
    ("value", "days"), [('"new"', None), ('"7d"', 7), ('"3 days"', 3), ("14", 14)]
)
def test_window_forms(tmp_path: Path, value: str, days: int | None) -> None:
    assert jobs_of(tmp_path, MINIMAL + f"window = {value}\n")["daily"].window_days == days


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('window = "fortnight"', "key 'window'"),
        ("window = 0", "key 'window'"),
        ('schedule = "every morning"', "key 'schedule'"),
        ("retention = 0", "key 'retention'"),
        ('retention = "5"', "key 'retention'"),
        ('formats = ["md", "docx"]', "unknown format 'docx'"),
        ('colour = "blue"', "unknown key 'colour'"),
        ('page_size = "A3"', "key 'page_size'"),
        ("feed_timeout = -1", "key 'feed_timeout'"),
        ('template_dir = "missing"', "key 'template_dir'"),
    ],
)
def test_errors_name_file_job_and_key(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(ConfigError) as error:
        jobs_of(tmp_path, MINIMAL.replace('formats = ["md", "json"]\n', "") + extra + "\n")
    text = str(error.value)
    assert "briefgen.toml" in text and "[jobs.daily]" in text and message in text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[jobs.daily]\noutput = "b"\n', "key 'sources' is required"),
        ('[jobs.daily]\nsources = ["a"]\n', "key 'output' is required"),
        ('[jobs.daily]\nsources = []\noutput = "b"\n', "at least one source"),
        ('[jobs.daily]\nsources = ["file:///etc/passwd"]\noutput = "b"\n', "only http"),
        ('[jobs.daily]\nsources = ["ftp://x/feed"]\noutput = "b"\n', "only http"),
        ('[jobs.daily]\nsources = [3]\noutput = "b"\n', "key 'sources'"),
        ("[jobs]\ndaily = 3\n", "must be a table"),
        ("[brief]\ntitle = 'x'\n", "no jobs configured"),
        (
            '[jobs.a]\nsources = ["x"]\noutput = "out"\n'
            '[jobs.b]\nsources = ["y"]\noutput = "out/"\n',
            "give each job its own folder",
        ),
    ],
)
def test_structural_errors(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=r"briefgen\.toml") as error:
        jobs_of(tmp_path, text)
    assert message in str(error.value)


def test_select_jobs(tmp_path: Path) -> None:
    text = MINIMAL + '[jobs.weekly]\nsources = ["x"]\noutput = "weekly"\n'
    config = load_config(write(tmp_path, text))
    assert [j.name for j in select_jobs(config, None)] == ["daily", "weekly"]
    assert [j.name for j in select_jobs(config, "weekly")] == ["weekly"]
    with pytest.raises(ConfigError, match=r"no job 'monthly' \(jobs: daily, weekly\)"):
        select_jobs(config, "monthly")
