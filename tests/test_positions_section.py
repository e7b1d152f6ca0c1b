"""The positions-by-country section: JSON shape, merging, Markdown table validity."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from markdown_it import MarkdownIt

from briefgen.analysis.pipeline import analyze_builtin
from briefgen.model import Statement, Story
from briefgen.render import md_escape
from briefgen.section import BuildContext
from briefgen.sections.positions import PositionsConfig, PositionsSection

SEEDS = Path("/work/shared/seeds")
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _seeds() -> list[Story]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        title, _, body = path.read_text("utf-8").partition("\n")
        out.append(analyze_builtin(Story(title=title, body=body.strip("\n"))))
    return out


def _build(stories, config=None):
    context = BuildContext(
        stories=stories, as_of=date(2019, 4, 26), config=config or PositionsConfig()
    )
    return PositionsSection().build(context)


def test_json_shape_and_seed_countries():
    items = [dataclasses.asdict(i) for i in _build(_seeds())]
    assert {"RU", "KP", "US", "CN"} <= {i["country"] for i in items}
    for item in items:
        assert set(item) == {"country", "name", "actors", "positions"}
        for p in item["positions"]:
            assert set(p) == {"issue", "stance", "statement", "evidence"}
            for e in p["evidence"]:
                assert set(e) == {"story", "start", "end", "text"}
    russia = next(i for i in items if i["country"] == "RU")
    assert russia["name"] == "Russia" and "Vladimir Putin" in russia["actors"]


def test_cross_story_merge_and_bodies_switch():
    a = Story(title="a", body="x" * 50)
    b = Story(title="b", body="y" * 50)
    a.statements = [Statement("RU", "talks", "supports", "x" * 10, 0, 10, "Vladimir Putin")]
    b.statements = [
        Statement("RU", "talks", "supports", "y" * 10, 0, 10, "Sergei Lavrov"),
        Statement("UN", "sanctions", "demands", "y" * 5, 20, 25, None),
    ]
    items = _build([a, b])
    russia = items[0]
    assert russia.country == "RU" and len(russia.positions) == 1
    assert [e.story for e in russia.positions[0].evidence] == [a.id, b.id]
    assert "UN" in {i.country for i in items}
    assert "UN" not in {i.country for i in _build([a, b], PositionsConfig(include_bodies=False))}


def test_markdown_table_is_valid_gfm():
    stories = _seeds()
    items = _build(stories)
    items[0].positions[0].issue = "Pipes | and *stars*"  # hostile cell text
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=False)
    env.filters["md"] = md_escape
    text = env.get_template("sections/positions-by-country.md.j2").render(
        items=items, cite=lambda sid: "[^1]"
    )
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    header = [t for t in tokens if t.type == "th_open"]
    rows = [t for t in tokens if t.type == "tr_open"]
    assert len(rows) == len(items) + 1
    first_row_cells = len(header)
    assert first_row_cells >= 2
    assert "Pipes \\| and \\*stars\\*" in text
