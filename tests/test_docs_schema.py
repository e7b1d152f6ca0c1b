"""docs/brief-schema.md matches what the code writes.

Every field of every built-in section's items, of the brief document, its stories and its
sections must be documented with its JSON type. The fields come from two places so the test
follows the code as it changes: the type hints of each section's ``build`` (recursively through
its item dataclasses) and the JSON of real briefs built from the seed stories (which also shows
what lives inside ``dict`` fields). A documented field that neither source knows is reported too.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from briefgen import Section, hookimpl
from briefgen.build import build_brief
from briefgen.cli import main
from briefgen.ingest import load_stories
from briefgen.plugins import get_plugins
from briefgen.render import brief_to_json

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "brief-schema.md"
SEEDS = ROOT / "samples" / "stories"
JSON_TYPES = {"string", "integer", "number", "boolean", "object", "array", "null"}
ANY = "any"
Fields = dict[str, set[str]]


# --- what the docs say ----------------------------------------------------------------------


def documented() -> dict[str, Fields]:
    """Table name (``document``, ``stories[]``, ``sections[]`` or a section id) -> path -> types."""
    tables: dict[str, Fields] = {}
    current: Fields | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^###\s+(?:`([^`]+)`|The document)\s*$", line)
        if heading:
            current = tables.setdefault(heading.group(1) or "document", {})
            continue
        if line.startswith("## "):
            current = None
        row = re.match(r"^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|", line)
        if current is not None and row:
            cell = re.sub(r"\([^)]*\)", "", row.group(2))
            kinds = {kind.strip() for kind in cell.split(" or ")}
            assert kinds <= JSON_TYPES, f"{DOC.name}: {row.group(1)}: unknown type {row.group(2)!r}"
            current[row.group(1)] = kinds
    return tables


def documented_orders(doc: Path = DOC) -> dict[str, int]:
    text = doc.read_text(encoding="utf-8")
    return {sid: int(order) for order, sid in re.findall(r"^\| (\d+) \| `([^`]+)`", text, re.M)}


# --- what the code declares -----------------------------------------------------------------


def declared(tp: Any, path: str, out: Fields) -> None:
    """The JSON paths and types of a type hint, as ``brief_to_json`` writes a value of it."""
    found = out.setdefault(path, set())
    origin = typing.get_origin(tp)
    if tp is Any:
        found.add(ANY)
    elif origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            declared(arg, path, out)
    elif tp is type(None):
        found.add("null")
    elif tp is bool:
        found.add("boolean")
    elif tp is int:
        found.add("integer")
    elif tp is float:
        found.add("number")
    elif tp in (str, date, datetime) or origin is typing.Literal:
        found.add("string")
    elif tp in (list, tuple, set) or origin in (list, tuple, set):
        found.add("array")
        for arg in typing.get_args(tp)[:1]:
            declared(arg, f"{path}[]", out)
    elif tp is dict or origin is dict:
        found.add("object")  # opaque: its keys come from the JSON the code writes
    elif dataclasses.is_dataclass(tp):
        found.add("object")
        hints = typing.get_type_hints(tp)
        for field in dataclasses.fields(tp):
            declared(hints[field.name], f"{path}.{field.name}" if path else field.name, out)
    else:
        found.add(ANY)


def item_fields(section: Section) -> Fields:
    """Paths of a section's items, from the return annotation of its ``build``."""
    returns = typing.get_type_hints(type(section).build)["return"]
    assert typing.get_origin(returns) is list, f"{section.id}: build must return list[Item]"
    out: Fields = {}
    declared(typing.get_args(returns)[0], "", out)
    out.pop("", None)
    return out


# --- what the code writes -------------------------------------------------------------------


def observed(value: Any, path: str, out: Fields) -> None:
    kind = {
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "number",
        type(None): "null",
        list: "array",
        dict: "object",
    }[type(value)]
    out.setdefault(path, set()).add(kind)
    if isinstance(value, dict):
        for key, inner in value.items():
            observed(inner, f"{path}.{key}" if path else key, out)
    elif isinstance(value, list):
        for inner in value:
            observed(inner, f"{path}[]", out)


class FailingSection(Section):
    id = "h17-fails"
    title = "Fails"
    description = "always raises"

    def build(self, context):
        raise ValueError("model missing")


@hookimpl
def register_sections(register):
    register(FailingSection())


def builtin_sections() -> dict[str, Section]:
    return {
        r.section.id: r.section
        for r in get_plugins().sections()
        if type(r.section).__module__.startswith("briefgen.sections.")
    }


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The seed brief made by the CLI with every built-in section, and a brief with a
    previous brief (so `changes` has items) and a failing section (so `error` shows)."""
    ids = list(builtin_sections())
    out = tmp_path_factory.mktemp("schema") / "brief.json"
    args = ["make", str(SEEDS), "-f", "json", "--date", "2019-04-26", "-o", str(out), "-q"]
    made = CliRunner().invoke(main, args + [arg for i in ids for arg in ("--section", i)])
    assert made.exit_code == 0, made.output
    seed = json.loads(out.read_text(encoding="utf-8"))

    plugins = get_plugins()
    failing = types.ModuleType("h17_failing")
    failing.register_sections = register_sections  # type: ignore[attr-defined]
    plugins.register(failing, "h17-failing")
    from briefgen.analysis.pipeline import analyze_stories

    stories = analyze_stories(load_stories([str(SEEDS)], plugins).stories, plugins, jobs=1)
    first = build_brief(
        stories[:1], plugins=plugins, title="First", as_of=date(2019, 4, 26), section_ids=ids
    )
    second = build_brief(
        stories,
        plugins=plugins,
        title="Second",
        as_of=date(2019, 4, 27),
        section_ids=[*ids, "h17-fails"],
        previous=brief_to_json(first.brief),
    )
    # one story per story and a skipped input: a seed's copy under another headline, a binary
    folder = tmp_path_factory.mktemp("copies")
    for seed_file in sorted(SEEDS.iterdir()):
        (folder / seed_file.name).write_bytes(seed_file.read_bytes())
    first_seed = sorted(SEEDS.iterdir())[0].read_text(encoding="utf-8")
    (folder / "copy.txt").write_text("Another headline\n\n" + first_seed.split("\n", 1)[1])
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff binary")
    out = tmp_path_factory.mktemp("schema-copies") / "brief.json"
    args = ["make", str(folder), "-f", "json", "--appendix", "-o", str(out), "-q"]
    made = CliRunner().invoke(main, args + [arg for i in ids for arg in ("--section", i)])
    assert made.exit_code == 1, made.output  # the binary input was skipped
    copies = json.loads(out.read_text(encoding="utf-8"))
    return [seed, json.loads(json.dumps(brief_to_json(second.brief))), copies]


def written(briefs: list[dict[str, Any]]) -> dict[str, Fields]:
    tables: dict[str, Fields] = {"document": {}, "stories[]": {}, "sections[]": {}}
    for document in briefs:
        observed(document, "", tables["document"])
        for story in document["stories"]:
            observed(story, "", tables["stories[]"])
        for section in document["sections"]:
            observed(section, "", tables["sections[]"])
            for item in section["items"]:
                observed(item, "", tables.setdefault(section["id"], {}))
    for fields in tables.values():
        fields.pop("", None)
    tables["document"] = {  # stories and sections have tables of their own
        p: t for p, t in tables["document"].items() if not p.startswith(("stories[", "sections["))
    }
    tables["sections[]"] = {
        p: t for p, t in tables["sections[]"].items() if "." not in p and "[" not in p
    }
    return tables


# --- the checks -----------------------------------------------------------------------------


def _check(name: str, fields: Fields, docs: Fields, problems: list[str]) -> None:
    for path, kinds in sorted(fields.items()):
        if path not in docs:
            problems.append(f"{name}: field {path!r} ({' or '.join(sorted(kinds))}) not documented")
        elif not (kinds - {ANY}) <= docs[path]:
            problems.append(
                f"{name}: field {path!r} is {' or '.join(sorted(kinds))}, documented as "
                f"{' or '.join(sorted(docs[path]))}"
            )


def test_every_field_the_code_writes_is_documented_with_its_type(briefs):
    docs = documented()
    problems: list[str] = []
    sections = builtin_sections()
    assert {"bluf", "key-quotes", "positions-by-country", "open-questions", "timeline", "watch",
            "changes", "sources"} <= set(sections)  # fmt: skip
    for section_id, section in sections.items():
        assert section_id in docs, f"section {section_id!r} has no table in {DOC.name}"
        _check(f"{section_id} (type hints)", item_fields(section), docs[section_id], problems)
    tables = written(briefs)
    assert tables["changes"], "the second brief must have changes to check"
    for name, fields in tables.items():
        if name == "h17-fails":
            continue
        assert name in docs, f"{name!r} has no table in {DOC.name}"
        _check(f"{name} (JSON)", fields, docs[name], problems)
    assert not problems, "docs/brief-schema.md is out of date:\n" + "\n".join(problems)


def test_every_documented_field_is_one_the_code_writes(briefs):
    docs = documented()
    tables = written(briefs)
    for section_id, section in builtin_sections().items():
        for path, kinds in item_fields(section).items():
            tables.setdefault(section_id, {}).setdefault(path, set()).update(kinds)
    problems = []
    for name, fields in docs.items():
        known = tables.get(name, {})
        for path in fields:
            parents = [path[: m.start()] for m in re.finditer(r"[.\[]", path)]
            opaque = any(known.get(p) in ({"object"}, {"object", "null"}) for p in parents)
            if path not in known and not opaque:
                problems.append(f"{name}: {path!r} is documented but never written")
    assert not problems, "\n".join(problems)


def test_failed_section_has_an_error_and_the_entry_point_name(briefs):
    [failed] = [s for s in briefs[1]["sections"] if s["id"] == "h17-fails"]
    assert failed["plugin"] == "h17-failing"  # the name it was registered under
    assert failed["items"] == [] and failed["error"] == "ValueError: model missing"


def test_documented_orders_are_the_sections_orders():
    sections = builtin_sections()
    orders = {sid: section.order for sid, section in sections.items()}
    assert documented_orders() == orders
    assert documented_orders(ROOT / "docs" / "plugins.md") == orders
