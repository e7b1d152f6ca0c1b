"""`briefgen plugins --hook NAME`, `plugins --json` fields, and a failing register_sections."""

from __future__ import annotations

import json
import re
import types

from briefgen import hookimpl
from briefgen.testing import BriefgenKit


def reader_plugins() -> list[types.ModuleType]:
    first = types.ModuleType("h17_first_reader")
    wrapper = types.ModuleType("h17_wrapping_reader")

    @hookimpl(tryfirst=True)
    def read_stories(path, data):
        return None

    @hookimpl(wrapper=True)
    def read_stories_wrapper(path, data):
        return (yield)

    first.read_stories = read_stories
    wrapper.read_stories = read_stories_wrapper
    return [first, wrapper]


def test_hook_lists_implementations_in_call_order_with_flags(tmp_path):
    kit = BriefgenKit(tmp_path)
    result = kit.invoke(["plugins", "--hook", "read_stories"], plugins=reader_plugins())
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert re.fullmatch(r"h17_wrapping_reader  \S+read_stories_wrapper  \(wrapper\)", lines[0])
    assert re.fullmatch(r"h17_first_reader  \S+read_stories  \(tryfirst\)", lines[1])
    assert "reader-text  briefgen.ingest.text.read_stories  (trylast)" in lines
    trylast = [i for i, line in enumerate(lines) if line.endswith("(trylast)")]
    assert trylast and trylast == list(range(trylast[0], len(lines)))  # built-ins come last


def test_hook_json_gives_each_flag(tmp_path):
    kit = BriefgenKit(tmp_path)
    result = kit.invoke(["plugins", "--hook", "read_stories", "--json"], plugins=reader_plugins())
    rows = {row["plugin"]: row for row in json.loads(result.output)}
    assert rows["h17_wrapping_reader"]["wrapper"] is True
    assert rows["h17_first_reader"]["tryfirst"] is True
    assert rows["reader-html"] == {
        "plugin": "reader-html",
        "function": "briefgen.ingest.html.read_stories",
        "tryfirst": False,
        "trylast": True,
        "wrapper": False,
        "hookwrapper": False,
    }


def test_unknown_hook_is_a_one_line_usage_error(tmp_path):
    result = BriefgenKit(tmp_path).invoke(["plugins", "--hook", "read_story"])
    assert result.exit_code == 2
    assert "no hook 'read_story' (hooks: register_sections, read_stories," in result.output


def test_json_keeps_name_distribution_and_version_apart(tmp_path):
    result = BriefgenKit(tmp_path).invoke(
        ["plugins", "--json"], env={"BRIEFGEN_LOAD_PLUGINS": "sources"}
    )
    [info] = json.loads(result.output)
    assert info["name"] == "sources"
    assert info["distribution"] == "briefgen"
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", info["version"])


def test_plugins_shows_a_register_sections_that_raised(tmp_path):
    broken = types.ModuleType("h17_broken_register")

    @hookimpl
    def register_sections(register):
        raise RuntimeError("lexicon file missing")

    broken.register_sections = register_sections
    kit = BriefgenKit(tmp_path)
    env = {"BRIEFGEN_LOAD_PLUGINS": "sources"}
    listed = kit.invoke(["plugins"], plugins=[broken], env=env)
    assert listed.exit_code == 0
    [line] = [line for line in listed.output.splitlines() if line.startswith("h17_broken")]
    assert "hooks: register_sections" in line and "FAILED" in line
    assert "lexicon file missing" in line
    as_json = kit.invoke(["plugins", "--json"], plugins=[broken], env=env)
    [info] = [i for i in json.loads(as_json.output) if i["name"] == "h17_broken_register"]
    assert info["sections"] == [] and any("lexicon file missing" in p for p in info["problems"])
