"""The hook reference in docs/plugins.md: an example per hook, each one working as shown, and the
wrapper example of the call-order rules."""

from __future__ import annotations

import inspect
import re
import types
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest
from paths import load_script

from briefgen import hookspecs
from briefgen.ingest import load_stories
from briefgen.model import Story
from briefgen.plugins import Plugins, get_plugins
from briefgen.section import BuildContext

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "plugins.md"
EXAMPLES = ROOT / "docs" / "hook_examples"


def hook_names() -> list[str]:
    marker = f"{hookspecs.PROJECT}_spec"
    return [n for n, f in vars(hookspecs).items() if inspect.isfunction(f) and hasattr(f, marker)]


def example(name: str) -> types.ModuleType:
    return load_script(EXAMPLES / f"{name}.py")


def registered(*modules: types.ModuleType) -> Plugins:
    """A plugin manager with only these plugins; pluggy checks each against the hook specs."""
    plugins = get_plugins(load_entry_points=False)
    for module in modules:
        plugins.register(module, name=module.__name__)
    plugins.manager.check_pending()
    return plugins


@pytest.mark.parametrize("name", hook_names())
def test_every_hook_has_an_example_in_the_reference(name):
    text = DOC.read_text(encoding="utf-8")
    heading = text.index(f"### `{name}(")
    following = text.find("\n### ", heading + 1)
    entry = text[heading : following if following > 0 else len(text)]
    code = (EXAMPLES / f"{name}.py").read_text(encoding="utf-8")
    assert f"```python\n{code.rstrip()}\n```" in entry
    module = example(name)
    assert hasattr(getattr(module, name), f"{hookspecs.PROJECT}_impl"), f"{name}: no @hookimpl"
    registered(module)  # pluggy refuses unknown hooks and arguments the spec does not have


def test_register_sections_example_adds_a_section():
    plugins = registered(example("register_sections"))
    [section] = [r.section for r in plugins.sections()]
    assert section.id == "story-count"
    stories = [Story(title="A", body="a."), Story(title="B", body="b.")]
    context = BuildContext(stories=stories, as_of=date(2020, 1, 1), config=None)
    assert [item.stories for item in section.build(context)] == [2]


def test_reader_and_suffix_examples_read_a_folder(tmp_path):
    (tmp_path / "one.wire").write_bytes(b"WIRE/1\nTalks resume\n\nThe two sides met again.\n")
    (tmp_path / "bad.wire").write_bytes(b"WIRE/1\n\n\nno headline\n")
    plugins = registered(example("read_stories"), example("story_suffixes"))
    loaded = load_stories([str(tmp_path)], plugins)
    assert [(s.title, s.body, s.source) for s in loaded.stories] == [
        ("Talks resume", "The two sides met again.", "Wire")
    ]
    assert len(loaded.problems) == 1 and "bad.wire" in loaded.problems[0]
    assert "headline on its second line" in loaded.problems[0]


def test_annotate_story_example_records_offsets():
    plugins = registered(example("annotate_story"))
    story = Story(title="Aid", body="The fund pledged $5 million and €20bn more.")
    plugins.annotate_story(story)
    spans = story.annotations["money"]
    assert [story.body[a:b] for a, b in spans] == ["$5 million", "€20bn"]


def test_call_order_example_runs_last_inside_its_wrapper():
    text = DOC.read_text(encoding="utf-8")
    [code] = re.findall(r"An annotator that runs after.*?```python\n(.*?)```", text, re.DOTALL)
    module = types.ModuleType("order_example")
    exec(compile(code, "order_example", "exec"), module.__dict__)
    money = example("annotate_story")
    plugins = registered(module, money)
    story = Story(title="Aid", body="The fund pledged $5 million.")
    plugins.annotate_story(story)
    assert story.annotations["checked"] == ["money"]  # trylast: after the money annotator
    alone = Story(title="Aid", body="The fund pledged $5 million.")
    registered(module).annotate_story(alone)
    assert alone.annotations["added"] == 1  # the wrapper saw its own annotator add "checked"
    impls = {impl.function.split(".")[-1]: impl for impl in plugins.hook_implementations(
        "annotate_story")}  # fmt: skip
    assert impls["count_added"].wrapper and impls["annotate_story"].trylast


def test_tutorial_layout_lists_exactly_the_files_the_tutorial_shows():
    text = DOC.read_text(encoding="utf-8")
    [layout] = re.findall(r"The layout:\n\n```text\nbriefgen-actorcount/\n(.*?)```", text, re.S)
    listed = {line.strip() for line in layout.splitlines() if line.strip()}
    shown = set(re.findall(r"^```\w+ file=(\S+)$", text, re.M))
    assert listed == shown


def test_plugins_json_fields_are_the_documented_ones():
    import json

    from click.testing import CliRunner

    from briefgen.cli import main
    from briefgen.plugins import HookImplInfo

    text = " ".join(DOC.read_text(encoding="utf-8").split())
    [listing] = re.findall(r"`briefgen plugins --json` gives (.*?)\.(?: |$)", text)
    [hook] = re.findall(r"`--hook NAME --json` gives (.*?) for each", text)
    written = json.loads(CliRunner().invoke(main, ["plugins", "--json"]).output)
    assert written and all(set(row) == set(re.findall(r"`(\w+)`", listing)) for row in written)
    assert set(re.findall(r"`(\w+)`", hook)) == {f.name for f in fields(HookImplInfo)}


def test_hook_listing_example_is_what_the_cli_prints():
    from click.testing import CliRunner

    from briefgen.cli import main

    text = DOC.read_text(encoding="utf-8")
    [block] = re.findall(r"\$ briefgen plugins --hook read_stories\n(.*?)```", text, re.DOTALL)
    printed = CliRunner().invoke(main, ["plugins", "--hook", "read_stories"]).output.splitlines()
    installed = {line.split()[0] for line in printed}
    shown = [line for line in block.splitlines() if line.split()[0] in installed]
    assert len(shown) >= 4  # the built-in readers at least
    assert shown == [line for line in printed if line.split()[0] in {s.split()[0] for s in shown}]
