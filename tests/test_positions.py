"""Positions: seed acceptance and precision traps."""

from __future__ import annotations

from pathlib import Path

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.analysis.positions import classify_issue, merge_issues, reset_issues
from briefgen.model import Story

SEEDS = Path("/work/shared/seeds")


def _seed(name: str) -> Story:
    title, _, body = (SEEDS / name).read_text("utf-8").partition("\n")
    return analyze_builtin(Story(title=title, body=body.strip("\n")))


def _has(story: Story, country: str, issue: str, needle: str, stances=None) -> bool:
    for s in story.statements:
        assert story.body[s.start : s.end] == s.text
        matches = s.country == country and s.issue == issue and needle in s.text
        if matches and (stances is None or s.stance in stances):
            return True
    return False


def test_seed_000_russia_and_south_korea():
    story = _seed("000_312cadde9ea5adac.txt")
    assert _has(story, "RU", "security-guarantees", "assured by international law")
    assert _has(story, "RU", "talks", "six-party talks need to be resumed")
    assert _has(story, "RU", "economic-projects", "gas pipeline")
    assert _has(story, "KR", "economic-projects", "the South does not want", {"opposes"})
    assert "CN" not in {s.country for s in story.statements}  # Putin will merely talk to Xi


def test_seed_002_acceptance():
    story = _seed("002_3cc255f85078c229.txt")
    countries = {s.country for s in story.statements}
    assert {"RU", "KP", "US", "CN"} <= countries
    assert _has(story, "RU", "security-guarantees", "multinational framework")
    assert _has(story, "KP", "sanctions", "schedule of sanctions relief", {"demands"})
    assert _has(
        story, "US", "denuclearisation", "Washington has insisted", {"demands", "conditions"}
    )
    assert _has(story, "CN", "talks", "veiled threat", {"opposes"})


def test_seed_002_precision_traps():
    story = _seed("002_3cc255f85078c229.txt")
    # the UN is only addressed by Kim's demand; RT and CNN only report
    assert "UN" not in {s.country for s in story.statements}
    for s in story.statements:
        if s.country == "US":
            assert "according to Trump" not in s.text
            assert "better rethink" not in s.text  # the missing tweet's paraphrase


def test_reporting_outlets_hold_no_positions():
    story = analyze_builtin(Story(title="t", body="Xinhua reported that the talks ended."))
    assert story.statements == []


def test_issue_lexicon_and_merge():
    assert classify_issue("a schedule of sanctions relief") == "sanctions"
    assert classify_issue("the six-party talks need to be resumed") == "talks"
    assert classify_issue("nothing to see") is None
    try:
        merge_issues({"fisheries": {"label": "Fisheries", "terms": ["fishing quota*", "cod"]}})
        assert classify_issue("new fishing quotas for cod") == "fisheries"
    finally:
        reset_issues()
    assert classify_issue("new cod rules") is None
