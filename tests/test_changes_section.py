"""The `changes` section: what is new since the previous brief of the same job."""

from __future__ import annotations

import copy
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from briefgen.ingest import load_stories
from briefgen.jobs.runner import run_jobs
from briefgen.model import Brief, SectionResult, Story
from briefgen.plugins import get_plugins
from briefgen.render import brief_to_json, render_html, render_markdown
from briefgen.section import BuildContext
from briefgen.sections.changes import ChangesConfig, ChangesSection, compute_changes
from tests.jobs_support import make_config, stem

OLD = "aaaaaaaaaaaa"  # a story cited by the previous brief
NEW = "bbbbbbbbbbbb"  # a story only the current brief cites


def evidence(story: str) -> list[dict[str, Any]]:
    return [{"story": story, "start": 0, "end": 10, "text": "..."}]


def quote(text: str, story: str, name: str | None = "Vladimir Putin") -> dict[str, Any]:
    return {
        "text": text,
        "speaker": {"name": name, "title": "President", "country": "RU"},
        "kind": "direct",
        "sources": [{"story": story, "start": 0, "end": len(text)}],
    }


def country(code: str, name: str, *positions: tuple[str, str, str]) -> dict[str, Any]:
    return {
        "country": code,
        "name": name,
        "actors": [],
        "positions": [
            {
                "issue": issue,
                "stance": stance,
                "statement": f"{name} {stance} {issue}",
                "evidence": evidence(story),
            }
            for issue, stance, story in positions
        ],
    }


def question(text: str, issue: str, kind: str, story: str) -> dict[str, Any]:
    return {
        "question": text,
        "issue": issue,
        "kind": kind,
        "why": "",
        "countries": [],
        "evidence": evidence(story),
    }


def previous_brief() -> dict[str, Any]:
    return {
        "schema": "briefgen/brief@1",
        "stories": [{"id": OLD}],
        "sections": [
            {"id": "key-quotes", "items": [quote("Security must be guaranteed by law.", OLD)]},
            {
                "id": "positions-by-country",
                "items": [
                    country("RU", "Russia", ("security-guarantees", "supports", OLD)),
                    country("US", "United States", ("sanctions", "opposes", OLD)),
                ],
            },
            {
                "id": "open-questions",
                "items": [
                    question(
                        "How will sanctions relief be sequenced?", "sanctions", "conflict", OLD
                    ),
                    question("Will the pipeline be built?", "economic-projects", "uncertain", OLD),
                ],
            },
        ],
    }


def kinds(items: list[Any]) -> list[str]:
    return [item.kind for item in items]


def test_no_change_when_current_equals_previous_evidence() -> None:
    previous = previous_brief()
    current = {s["id"]: copy.deepcopy(s["items"]) for s in previous["sections"]}
    assert compute_changes(previous, current, ChangesConfig()) == []


def test_new_quote_only_from_a_new_story() -> None:
    previous = previous_brief()
    current = {
        "key-quotes": [
            quote("security must be guaranteed by law", NEW),  # same words: not new
            quote("The talks have stalled since 2009.", OLD),  # old story: not new
            quote("We will brief President Xi.", NEW),
            quote("Gas could flow by 2025.", NEW, name=None),
        ]
    }
    items = compute_changes(previous, current, ChangesConfig())
    assert kinds(items) == ["new-quote", "new-quote"]
    assert items[0].summary == "New quote from Vladimir Putin: “We will brief President Xi.”"
    assert [(e.story, e.start, e.end) for e in items[0].evidence] == [(NEW, 0, 27)]
    assert items[1].summary.startswith("New quote (speaker not identified)")


def test_new_and_changed_positions() -> None:
    previous = previous_brief()
    current = {
        "positions-by-country": [
            country("RU", "Russia", ("security-guarantees", "supports", OLD)),  # unchanged
            country("US", "United States", ("sanctions", "supports", NEW)),  # changed
            country("CN", "China", ("talks", "proposes", NEW)),  # new
            country("KR", "South Korea", ("talks", "supports", OLD)),  # no new evidence
        ]
    }
    items = compute_changes(previous, current, ChangesConfig())
    assert kinds(items) == ["changed-position", "new-position"]
    changed, new = items
    assert changed.details["country"] == "US" and changed.details["previous_stances"] == ["opposes"]
    assert changed.summary == "United States on sanctions: now supports (previously opposes)"
    assert new.details["country"] == "CN" and new.details["issue"] == "talks"
    assert new.summary.startswith("China: new position on talks (proposes)")
    assert [e.story for e in changed.evidence] == [e.story for e in new.evidence] == [NEW]


def test_a_merely_neutral_mention_is_not_a_changed_position() -> None:
    previous = previous_brief()
    current = {
        "positions-by-country": [
            country("RU", "Russia", ("security-guarantees", "supports", OLD)),
            country("US", "United States", ("sanctions", "neutral", NEW)),
        ]
    }
    assert kinds(compute_changes(previous, current, ChangesConfig())) == []


def test_questions_added_and_resolved_only_when_the_issue_is_still_discussed() -> None:
    previous = previous_brief()
    current = {
        "positions-by-country": [country("US", "United States", ("sanctions", "opposes", NEW))],
        "open-questions": [
            question("When will the summit happen?", "talks", "deadline", NEW),
            question("How is sanctions relief to be sequenced?", "sanctions", "requirement", OLD),
        ],
    }
    items = compute_changes(previous, current, ChangesConfig())
    assert kinds(items) == ["question-added", "question-resolved"]
    assert items[0].summary == "New open question: When will the summit happen?"
    # sanctions is still discussed, without the conflict question: reported as no longer raised;
    # the pipeline question is not: the stories are silent, so it stays open.
    assert items[1].details["question"] == "How will sanctions relief be sequenced?"
    assert items[1].summary.startswith("No longer raised: How will sanctions relief")
    # each cites {story, start, end} spans of the new stories: the question, and the statement
    # on sanctions that still discusses the issue
    assert [(e.story, e.start, e.end) for e in items[0].evidence] == [(NEW, 0, 10)]
    assert [(e.story, e.start, e.end) for e in items[1].evidence] == [(NEW, 0, 10)]


def test_no_resolution_without_positions() -> None:
    previous = previous_brief()
    items = compute_changes(previous, {"open-questions": []}, ChangesConfig())
    assert items == []


def test_sections_missing_or_failed_are_not_diffed() -> None:
    previous = previous_brief()
    previous["sections"][0]["error"] = "KeyError: boom"
    current = {"key-quotes": [quote("We will brief President Xi.", NEW)]}
    assert compute_changes(previous, current, ChangesConfig()) == []
    assert compute_changes({"schema": "other"}, current, ChangesConfig()) == []
    assert compute_changes(previous, {"key-quotes": None}, ChangesConfig()) == []


def test_config_switches_and_cap() -> None:
    previous = previous_brief()
    current = {"key-quotes": [quote(f"Quote number {i}.", NEW) for i in range(5)]}
    assert len(compute_changes(previous, current, ChangesConfig(max_items=2))) == 2
    assert compute_changes(previous, current, ChangesConfig(quotes=False)) == []


def test_section_metadata_and_no_previous() -> None:
    section = ChangesSection()
    assert (section.id, section.title, section.order, section.default) == (
        "changes",
        "What changed",
        5,
        False,
    )
    context = BuildContext(stories=[], as_of=date(2026, 11, 26), config=ChangesConfig())
    assert section.build(context) == []


def test_templates_escape_and_cite() -> None:
    story = Story(title="Story", body="Body.")
    previous = previous_brief()
    current = {"key-quotes": [quote("<script>alert(1)</script> *bold* [link](x)", story.id)]}
    items = compute_changes(previous, current, ChangesConfig())
    brief = Brief(
        title="Brief",
        date=date(2026, 11, 26),
        stories=[story],
        sections=[SectionResult(id="changes", title="What changed", plugin="changes", items=items)],
    )
    markdown = render_markdown(brief)
    line = next(x for x in markdown.splitlines() if x.startswith("- New quote"))
    assert "\\<script\\>" in line and "\\*bold\\*" in line and "\\[link\\]" in line
    assert line.endswith("[^1]")
    page = render_html(brief)
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    assert 'href="#src-1"' in page
    document = brief_to_json(brief)
    assert document["sections"][0]["items"][0]["kind"] == "new-quote"
    assert set(document["sections"][0]["items"][0]) == {"kind", "summary", "details", "evidence"}


def test_real_sections_on_the_seeds(tmp_path: Path, seeds_dir: Path) -> None:
    """A job fed seed 000, then seed 002: every change rests on seed 002, quotes verbatim."""
    seeds = sorted(seeds_dir.glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("seed stories not available")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(seeds[0], inbox)
    config = make_config(tmp_path)
    messages: list[str] = []
    run_jobs(config, None, echo=messages.append, warn=messages.append)
    shutil.copy(seeds[1], inbox)
    run_jobs(config, None, echo=messages.append, warn=messages.append)
    document = json.loads((tmp_path / "briefs" / f"{stem(2)}.json").read_text())
    changes = next(s for s in document["sections"] if s["id"] == "changes")
    assert "error" not in changes
    (story,) = document["stories"]
    body = seeds[1].read_text(encoding="utf-8")
    [read] = load_stories([str(seeds[1])], get_plugins()).stories
    assert read.id == story["id"]
    story_body = read.body
    assert changes["items"], "two stories on one summit must show some change"
    for item in changes["items"]:
        assert item["kind"] in {"new-quote", "new-position", "changed-position", "question-added"}
        assert item["evidence"] and {e["story"] for e in item["evidence"]} == {story["id"]}
        for span in item["evidence"]:
            assert 0 <= span["start"] < span["end"] <= len(story_body)
        if item["kind"] == "new-quote":
            assert item["details"]["text"] in body
            span = item["evidence"][0]
            assert story_body[span["start"] : span["end"]] == item["details"]["text"]
