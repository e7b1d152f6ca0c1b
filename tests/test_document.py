"""The document layer's positional readers and datelines (briefgen.analysis.document)."""

from __future__ import annotations

import pytest

from briefgen.analysis.document import (
    SPACES,
    WHITESPACE,
    datelines,
    next_word,
    prev_word,
    word_after,
    word_before,
)
from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Story


def test_the_word_before_a_position_and_what_may_stand_between() -> None:
    body = "Talks in 2005, with Beijing and the U.S. Senate."
    at = body.index("Beijing")
    assert word_before(body, at) == (body.index("with"), body.index("with") + 4, "with")
    assert word_before(body, at, SPACES)[2] == "with"  # type: ignore[index]
    assert word_before(body, body.index("with"), SPACES) is None  # a comma stands between
    assert word_before(body, body.index("with")) is None  # so does a year: no word
    assert prev_word(body, body.index("Senate")) == "U.S."  # the points stay on
    assert word_before(body, body.index("Senate"), WHITESPACE) is None
    assert prev_word(body, 0) == ""


def test_a_position_inside_a_word_reads_its_part() -> None:
    body = "mid-May talks"
    assert word_before(body, 4) == (0, 4, "mid-")
    assert word_after(body, 4) == (4, 7, "May")


def test_the_word_after_a_position() -> None:
    body = "Washington, Post and Iran Air"
    assert next_word(body, len("Washington"), " ,") == "Post"
    assert next_word(body, len("Washington"), " ") == ""
    assert next_word(body, len(body)) == ""


@pytest.mark.parametrize(
    ("body", "dateline"),
    [
        ("SEOUL, Aug. 20 (Yonhap) -- North Korea said.", "SEOUL, Aug. 20 (Yonhap) -- "),
        ("BAGHDAD (AP) — A bomb went off.", "BAGHDAD (AP) — "),
        ("Tripoli, Libya (CNN) -- Rebels said.", "Tripoli, Libya (CNN) -- "),
        ("WASHINGTON: The Senate voted.", "WASHINGTON: "),
        ("A first line.\n\nNEW YORK — Shares fell.", "NEW YORK — "),
        ("Labour (the party) said no.", None),
        ("He said. NEW YORK — no dateline inside a paragraph.", None),
    ],
)
def test_datelines_open_the_body_or_a_paragraph(body: str, dateline: str | None) -> None:
    found = [body[s:e] for s, e in datelines(body)]
    assert found == ([dateline] if dateline else [])


def test_the_analysis_stores_the_datelines_and_names_no_one_in_them() -> None:
    story = Story(title="t", body='SEOUL, Aug. 20 (Yonhap) -- "We will talk," Kim Jong-un said.')
    analyze_builtin(story)
    assert story.annotations["datelines"] == ((0, len("SEOUL, Aug. 20 (Yonhap) -- ")),)
    assert [q.speaker.name for q in story.quotes] == ["Kim Jong Un"]
    assert all(a.name != "SEOUL" for a in story.actors)


def test_the_analysis_map_names_every_module_and_only_modules_that_exist() -> None:
    import re
    from pathlib import Path

    import briefgen.analysis

    root = Path(briefgen.analysis.__file__).parent
    modules = {p.stem for p in root.glob("*.py")} - {"__init__"}
    doc = (Path(__file__).parent.parent / "docs" / "analysis.md").read_text("utf-8")
    named = set(re.findall(r"`([a-z_]+)[.`(]", doc))
    assert modules - {"export"} <= named, "docs/analysis.md misses a module"
    for mod, attr in re.findall(r"`([a-z_]+)\.([A-Za-z_]+)`", doc):
        if mod in modules and attr not in ("toml", "tsv", "txt", "json"):
            source = (root / f"{mod}.py").read_text("utf-8")
            assert re.search(rf"^(?:def|class) {attr}\b|^{attr} = ", source, re.M), (mod, attr)
