"""`briefgen plugins` / `sections`, plugin loading policy, and broken or failing plugins."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import types
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen import Section, hookimpl
from briefgen.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "stories"


def cli(args: list[str], env: dict[str, str] | None = None):
    runner = CliRunner()
    base = {"BRIEFGEN_LOAD_PLUGINS": None, "BRIEFGEN_DISABLE_PLUGINS": None}
    return runner.invoke(main, args, env={**base, **(env or {})})


def subprocess_cli(args: list[str], tmp: Path, extra_path: list[Path] = (), **env: str):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    environment.update(env)
    if extra_path:
        environment["PYTHONPATH"] = os.pathsep.join(str(p) for p in extra_path)
    return subprocess.run(
        [sys.executable, "-m", "briefgen.cli", *args],
        cwd=tmp, env=environment, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


# --- test plugins, registered at run time ------------------------------------------------------


@dataclass
class ShoutConfig:
    """Config of the test section."""

    word: str = "hello"
    times: int = 1


@dataclass
class ShoutItem:
    text: str
    story: str


class ShoutSection(Section):
    id = "shout"
    title = "Shouting"
    order = 5
    description = "A runtime test section."
    config_class = ShoutConfig

    def build(self, context):
        return [
            ShoutItem(f"{context.config.word.upper()} x{context.config.times}", s.id)
            for s in context.stories[:1]
        ]


class BrokenSection(Section):
    id = "broken"
    title = "Broken"
    order = 6
    description = "Always fails."

    def build(self, context):
        raise RuntimeError("the model file is missing")


def plugin(*sections: Section, name: str = "h7_test_plugin") -> types.ModuleType:
    module = types.ModuleType(name)

    @hookimpl
    def register_sections(register):
        for section in sections:
            register(section)

    module.register_sections = register_sections
    return module


@pytest.fixture
def shout_templates(tmp_path: Path) -> Path:
    folder = tmp_path / "tpl" / "sections"
    folder.mkdir(parents=True)
    (folder / "shout.md.j2").write_text(
        "{% for i in items %}{{ i.text|md }}{{ cite(i.story) }}\n{% endfor %}"
    )
    (folder / "shout.html.j2").write_text("{% for i in items %}<p>{{ i.text }}</p>{% endfor %}")
    return tmp_path / "tpl"


# --- listing ------------------------------------------------------------------------------------


def test_plugins_lists_builtins_with_version_hooks_and_sections():
    result = cli(["plugins"])
    assert result.exit_code == 0
    assert re.search(
        r"^sources  briefgen 0\.1\.0 \[built-in\]  hooks: register_sections  sections: sources$",
        result.output,
        re.MULTILINE,
    ), result.output
    assert re.search(
        r"^reader-text  briefgen 0\.1\.0 \[built-in\]  hooks: read_stories$", result.output, re.M
    )


def test_plugins_json_is_machine_readable():
    result = cli(["plugins", "--json"])
    infos = {info["name"]: info for info in json.loads(result.output)}
    assert infos["sources"]["sections"] == ["sources"]
    assert infos["sources"]["builtin"] is True and infos["sources"]["error"] is None


def test_sections_lists_ids_with_descriptions():
    result = cli(["sections"])
    assert result.exit_code == 0
    assert re.search(r"^sources +Numbered list of the stories", result.output, re.MULTILINE)


def test_load_plugins_allow_list_and_empty_means_none():
    only = cli(["sections"], {"BRIEFGEN_LOAD_PLUGINS": "sources"})
    assert [line.split()[0] for line in only.output.splitlines()] == ["sources"]
    none = cli(["plugins"], {"BRIEFGEN_LOAD_PLUGINS": ""})
    assert none.output == ""


def test_disable_plugins_block_list_applies_to_builtins():
    result = cli(["plugins"], {"BRIEFGEN_DISABLE_PLUGINS": "sources, reader-html"})
    names = [line.split()[0] for line in result.output.splitlines()]
    assert "sources" not in names and "reader-html" not in names and "reader-text" in names


def test_plugin_listing_as_a_subprocess(tmp_path):
    result = subprocess_cli(["sections"], tmp_path, BRIEFGEN_LOAD_PLUGINS="sources,reader-text")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "sources"


# --- broken plugins -----------------------------------------------------------------------------


def test_broken_entry_point_is_listed_and_the_rest_still_work(tmp_path):
    site = tmp_path / "site"
    info = site / "briefgen_broken-0.3.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: briefgen-broken\nVersion: 0.3.0\n")
    (info / "entry_points.txt").write_text("[briefgen]\nbroken = briefgen_broken\n")
    (site / "briefgen_broken.py").write_text("import numpy_that_does_not_exist\n")

    listed = subprocess_cli(["plugins"], tmp_path, [site])
    assert listed.returncode == 0, listed.stderr
    assert re.search(
        r"^broken  briefgen-broken 0\.3\.0  FAILED TO LOAD: ModuleNotFoundError: "
        r"No module named 'numpy_that_does_not_exist'$",
        listed.stdout,
        re.MULTILINE,
    ), listed.stdout
    assert "sources  briefgen 0.1.0 [built-in]" in listed.stdout

    out = tmp_path / "brief.md"
    made = subprocess_cli(
        ["make", str(SEEDS), "--section", "sources", "-f", "md", "-o", str(out)],
        tmp_path,
        [site],
    )
    assert made.returncode == 1, made.stderr  # the brief is written, the failure recorded
    assert "plugin broken failed to load: ModuleNotFoundError" in made.stderr
    text = out.read_text(encoding="utf-8")
    assert text.count("[^1]:") == 1
    assert "> - plugin broken failed to load: ModuleNotFoundError" in text

    out.write_text("the previous brief\n", encoding="utf-8")
    strict = subprocess_cli(
        ["make", str(SEEDS), "--section", "sources", "-f", "md", "-o", str(out), "--strict"],
        tmp_path,
        [site],
    )
    assert strict.returncode == 2, strict.stderr
    assert "1 plugin failure(s) and --strict is set; nothing written" in strict.stderr
    assert out.read_text(encoding="utf-8") == "the previous brief\n"


def test_register_sections_raising_is_reported_and_others_register(briefgen_kit):
    bad = types.ModuleType("h7_bad_register")

    @hookimpl
    def register_sections(register):
        raise RuntimeError("cannot read my lexicon")

    bad.register_sections = register_sections
    result = briefgen_kit.invoke(["sections"], plugins=[bad])
    assert result.exit_code == 0
    assert "plugin h7_bad_register: RuntimeError: cannot read my lexicon" in result.stderr
    assert re.search(r"^sources ", result.stdout, re.MULTILINE)
    listed = briefgen_kit.invoke(["plugins"], plugins=[bad])
    assert listed.exit_code == 0
    assert re.search(
        r"^h7_bad_register  \(no version\)  hooks: register_sections  "
        r"FAILED: register_sections: RuntimeError: cannot read my lexicon$",
        listed.stdout,
        re.MULTILINE,
    ), listed.stdout


# --- runtime plugins in a brief -----------------------------------------------------------------


def test_runtime_registered_plugin_appears_in_the_brief(briefgen_kit, shout_templates):
    result = briefgen_kit.invoke(
        ["make", str(SEEDS), "--template-dir", str(shout_templates), "-f", "md,json",
         "-o", "out", "--date", "2019-04-26", "--section", "shout", "--section", "sources"],
        plugins=[plugin(ShoutSection())],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    markdown = next(Path("out").glob("*.md")).read_text(encoding="utf-8")
    assert "## Shouting\n\nHELLO x1[^1]\n" in markdown
    document = json.loads(next(Path("out").glob("*.json")).read_text(encoding="utf-8"))
    assert document["sections"][0]["plugin"] == "h7_test_plugin"
    assert document["sections"][0]["items"][0]["text"] == "HELLO x1"


def test_section_config_from_toml_reaches_the_plugin(briefgen_kit, shout_templates):
    Path("briefgen.toml").write_text('[sections.shout]\nword = "hey"\ntimes = 3\n')
    result = briefgen_kit.invoke(
        ["make", str(SEEDS), "--template-dir", str(shout_templates), "-o", "-",
         "--section", "shout"],
        plugins=[plugin(ShoutSection())],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "HEY x3" in result.stdout


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('colour = "red"', "unknown key 'colour' (known keys: times, word)"),
        ('times = "3"', "key 'times' must be int, got str '3'"),
    ],
)
def test_bad_section_config_names_plugin_and_key(briefgen_kit, toml, message):
    Path("briefgen.toml").write_text(f"[sections.shout]\n{toml}\n")
    result = briefgen_kit.invoke(["make", str(SEEDS), "-o", "-"], plugins=[plugin(ShoutSection())])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"briefgen: error: [sections.shout] (plugin h7_test_plugin): {message}"
    )
    assert result.stdout == ""


def test_failing_section_exit_1_with_note_and_stderr_naming_the_plugin(briefgen_kit, tmp_path):
    templates = tmp_path / "tpl" / "sections"
    templates.mkdir(parents=True)
    (templates / "broken.md.j2").write_text("never rendered\n")
    result = briefgen_kit.invoke(
        [
            "make",
            str(SEEDS),
            "-f",
            "md",
            "-o",
            "brief.md",
            "--section",
            "broken",
            "--section",
            "sources",
            "--template-dir",
            str(tmp_path / "tpl"),
        ],
        plugins=[plugin(BrokenSection(), name="h7_fragile")],
    )
    assert result.exit_code == 1
    assert (
        "briefgen: section 'broken' (plugin h7_fragile) failed in build: "
        "RuntimeError: the model file is missing" in result.stderr
    )
    text = Path("brief.md").read_text(encoding="utf-8")
    assert "## Broken\n\n> **This section failed and is missing from the brief.**" in text
    assert "RuntimeError: the model file is missing (plugin h7\\_fragile)" in text
    assert "## Sources" in text


def test_strict_makes_a_failing_section_fatal_before_writing(briefgen_kit):
    result = briefgen_kit.invoke(
        ["make", str(SEEDS), "-o", "out", "-f", "md,html", "--strict", "--section", "broken"],
        plugins=[plugin(BrokenSection(), name="h7_fragile")],
    )
    assert result.exit_code == 2
    assert "section 'broken' (plugin h7_fragile) failed" in result.stderr
    assert not Path("out").exists()


# --- templates: --template-dir, then plugin folders, then built-ins -----------------------------


@pytest.fixture
def template_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """An importable package shipping templates/sections/tpl-demo.{md,html}.j2 and CSS."""
    package = tmp_path / "pkgs" / "h7_tpl_plugin"
    sections = package / "templates" / "sections"
    sections.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (sections / "tpl-demo.md.j2").write_text("FROM PLUGIN\n")
    (sections / "tpl-demo.html.j2").write_text("<p>FROM PLUGIN</p>\n")
    (sections / "tpl-demo.css").write_text(".tpl-demo { color: #123456; }\n")
    monkeypatch.syspath_prepend(str(tmp_path / "pkgs"))

    class Demo(Section):
        id = "tpl-demo"
        title = "Template demo"
        template_package = "h7_tpl_plugin"

        def build(self, context):
            return [1]

    return plugin(Demo(), name="h7_tpl")


def test_user_template_dir_beats_plugin_templates_which_beat_builtins(
    briefgen_kit, template_plugin, tmp_path
):
    story = briefgen_kit.make_story("One", "A story.")
    plain = briefgen_kit.build([story], [template_plugin], analyse=False)
    assert "FROM PLUGIN" in plain.markdown
    user = tmp_path / "user"
    (user / "sections").mkdir(parents=True)
    (user / "sections" / "tpl-demo.md.j2").write_text("FROM USER\n")
    overridden = briefgen_kit.build([story], [template_plugin], analyse=False, template_dir=user)
    assert "FROM USER" in overridden.markdown and "FROM PLUGIN" not in overridden.markdown
    # the same through the CLI
    briefgen_kit.write_story("s.txt", "Title", "Body text of a story.")
    result = briefgen_kit.invoke(
        ["make", "s.txt", "--section", "tpl-demo", "-o", "-", "--template-dir", str(user)],
        plugins=[template_plugin],
    )
    assert result.exit_code == 0, result.stderr
    assert "FROM USER" in result.stdout


def test_plugin_css_is_inlined_and_overridable(briefgen_kit, template_plugin, tmp_path):
    story = briefgen_kit.make_story("One", "A story.")
    html = briefgen_kit.build([story], [template_plugin], analyse=False).html
    head = html.split("</head>")[0]
    assert ".tpl-demo { color: #123456; }" in head
    user = tmp_path / "user"
    (user / "sections").mkdir(parents=True)
    (user / "sections" / "tpl-demo.css").write_text(".tpl-demo { color: #abcdef; }\n")
    html = briefgen_kit.build([story], [template_plugin], analyse=False, template_dir=user).html
    assert "#abcdef" in html and "#123456" not in html


def test_kit_never_leaves_plugins_registered(briefgen_kit):
    from briefgen.plugins import get_plugins

    briefgen_kit.build(
        [briefgen_kit.make_story("One", "A story.")], [plugin(ShoutSection())], analyse=False
    )
    assert "shout" not in {r.section.id for r in get_plugins().sections()}
    briefgen_kit.invoke(["sections"], plugins=[plugin(ShoutSection())])
    assert "shout" not in {r.section.id for r in get_plugins().sections()}
