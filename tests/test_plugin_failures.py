"""A misbehaving plugin never costs the brief: each failure is caught where it happens, named
with the plugin's entry-point name and the hook, recorded in every format, and exits 1;
``--strict`` turns it into exit 2 with nothing written.

The plugins here are real installed distributions as importlib.metadata sees them (a
``*.dist-info`` with ``entry_points.txt`` on PYTHONPATH) and the CLI runs as a subprocess. Each
entry-point name differs from its distribution and module names, so the tests see which one
is reported.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "stories"
BUILTINS = "reader-text,sources,key-quotes"


def install(site: Path, entry_point: str, files: dict[str, str], module: str) -> None:
    """Install a plugin on ``site`` as pip would leave it: the files plus a dist-info whose
    entry point ``entry_point`` names ``module``."""
    dist = f"briefgen-test-{entry_point}-dist"
    info = site / f"{dist.replace('-', '_')}-0.2.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.2.0\n")
    (info / "entry_points.txt").write_text(f"[briefgen]\n{entry_point} = {module}\n")
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")


def briefgen(
    args: list[str], cwd: Path, site: Path, plugins: str
) -> subprocess.CompletedProcess[str]:
    """``python -m briefgen.cli ARGS`` with ``site`` on the path and only ``plugins`` loaded."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env["PYTHONPATH"] = str(site)
    env["BRIEFGEN_LOAD_PLUGINS"] = f"{BUILTINS},{plugins}"
    return subprocess.run(
        [sys.executable, "-m", "briefgen.cli", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def strict_json(path: Path) -> dict:
    """The JSON document, refusing the NaN / Infinity that Python's json would accept."""

    def refuse(constant: str) -> None:
        raise AssertionError(f"{path.name} holds {constant}, which is not JSON")

    return json.loads(path.read_text(encoding="utf-8"), parse_constant=refuse)


SECTION = """
    from dataclasses import dataclass
    from briefgen import Section, hookimpl


    @dataclass
    class Row:
        story: str
        value: object


    class Odd(Section):
        id = "odd"
        title = "Odd values"
        order = 5
        template_package = "bgt_odd_impl"

        def build(self, context):
            return [Row(context.stories[0].id, VALUE)]


    @hookimpl
    def register_sections(register):
        register(Odd())
"""
TEMPLATES = {
    "bgt_odd_impl/templates/sections/odd.md.j2": "{% for i in items %}- {{ i.value }}\n"
    "{% endfor %}",
    "bgt_odd_impl/templates/sections/odd.html.j2": "<p>{{ items|length }}</p>\n",
}


def odd_plugin(site: Path, value: str) -> None:
    source = SECTION.replace("VALUE", value)
    install(site, "oddvalues", {"bgt_odd_impl/__init__.py": source, **TEMPLATES}, "bgt_odd_impl")


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("object()", "items[0].value is of type object, which has no JSON form"),
        ("b'raw bytes'", "items[0].value is of type bytes, which has no JSON form"),
        ("float('nan')", "items[0].value is nan, which JSON cannot hold"),
    ],
)
def test_unserialisable_items_fail_their_section_only(tmp_path, value, said):
    site = tmp_path / "site"
    odd_plugin(site, value)
    made = briefgen(
        ["make", str(SEEDS), "-f", "json,md", "-o", "out", "--date", "2019-04-26", "-q"],
        tmp_path, site, "oddvalues",
    )  # fmt: skip
    assert made.returncode == 1, made.stderr
    assert (
        f"briefgen: section 'odd' (plugin oddvalues) failed in items: cannot be written as "
        f"JSON: {said}" in made.stderr
    )
    document = strict_json(tmp_path / "out" / "policy-brief.json")
    odd = next(s for s in document["sections"] if s["id"] == "odd")
    assert odd["items"] == [] and said in odd["error"]
    assert document["errors"] == [
        {"plugin": "oddvalues", "hook": "items", "section": "odd", "message": odd["error"]}
    ]
    assert next(s for s in document["sections"] if s["id"] == "sources")["items"]
    markdown = (tmp_path / "out" / "policy-brief.md").read_text(encoding="utf-8")
    assert "## Odd values\n\n> **This section failed and is missing from the brief.**" in markdown
    assert "(plugin oddvalues)" in markdown and "## Sources" in markdown


def test_json_only_runs_record_the_error_and_a_plain_value_passes(tmp_path):
    site = tmp_path / "site"
    odd_plugin(site, "object()")
    made = briefgen(
        ["make", str(SEEDS), "-f", "json", "-o", "b.json", "-q"], tmp_path, site, "oddvalues"
    )
    assert made.returncode == 1, made.stderr
    assert strict_json(tmp_path / "b.json")["errors"][0]["plugin"] == "oddvalues"

    fine = tmp_path / "fine"
    odd_plugin(fine, "1.5")
    made = briefgen(
        ["make", str(SEEDS), "-f", "json", "-o", "b.json", "-q"], tmp_path, fine, "oddvalues"
    )
    assert made.returncode == 0, made.stderr
    document = strict_json(tmp_path / "b.json")
    assert "errors" not in document
    assert next(s for s in document["sections"] if s["id"] == "odd")["items"][0]["value"] == 1.5


ANNOTATOR = """
    from briefgen import hookimpl


    @hookimpl
    def annotate_story(story):
        BODY
"""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_annotator_that_raises_is_named_and_the_brief_is_written(tmp_path, jobs):
    site = tmp_path / "site"
    body = 'story.annotations["half"] = 1\n        raise RuntimeError("model file missing")'
    install(
        site, "tagger", {"bgt_tagger_impl.py": ANNOTATOR.replace("BODY", body)}, "bgt_tagger_impl"
    )
    made = briefgen(
        ["make", str(SEEDS), "-f", "md,json", "-o", "out", "--jobs", jobs, "-q"],
        tmp_path, site, "tagger",
    )  # fmt: skip
    assert made.returncode == 1, made.stderr
    assert "internal error" not in made.stderr
    assert (
        "briefgen: plugin tagger failed in annotate_story: RuntimeError: model file missing "
        "(2 times; first: " in made.stderr
    )
    document = strict_json(tmp_path / "out" / "policy-brief.json")
    [error] = document["errors"]
    assert (error["plugin"], error["hook"], error["section"]) == ("tagger", "annotate_story", None)
    assert len(document["stories"]) == 2
    assert all("error" not in s for s in document["sections"])
    markdown = (tmp_path / "out" / "policy-brief.md").read_text(encoding="utf-8")
    assert "> **This brief may be incomplete: a plugin failed.**" in markdown
    if jobs == "2":  # the PDF carries the note too (read back)
        from pypdf import PdfReader

        pdf = briefgen(
            ["make", str(SEEDS), "-f", "pdf", "-o", "b.pdf", "-q"], tmp_path, site, "tagger"
        )
        assert pdf.returncode == 1, pdf.stderr
        text = " ".join((page.extract_text() or "") for page in PdfReader(tmp_path / "b.pdf").pages)
        text = " ".join(text.split())
        assert "This brief may be incomplete: a plugin failed." in text
        assert "plugin tagger failed in annotate_story: RuntimeError: model file missing" in text
    assert (
        "> - plugin tagger failed in annotate\\_story: RuntimeError: model file missing" in markdown
    )
    assert "## Key quotes" in markdown


def test_data_corrupted_by_an_annotator_is_blamed_on_it_not_on_the_sections(tmp_path):
    site = tmp_path / "site"
    body = (
        textwrap.dedent(
            """
        from briefgen.model import Quote, Speaker
        story.quotes.append(Quote("x" * 5, 10**6, 10**6 + 5, "direct", Speaker("Nobody")))
        story.actors = None
        """
        )
        .strip()
        .replace("\n", "\n        ")
    )
    install(site, "spoiler", {"bgt_spoil.py": ANNOTATOR.replace("BODY", body)}, "bgt_spoil")
    made = briefgen(
        ["make", str(SEEDS), "-f", "json", "-o", "b.json", "-q"], tmp_path, site, "spoiler"
    )
    assert made.returncode == 1, made.stderr
    document = strict_json(tmp_path / "b.json")
    [error] = document["errors"]
    assert (error["plugin"], error["hook"]) == ("spoiler", "annotate_story")
    assert "story.actors is a NoneType, not a list (restored)" in error["message"]
    assert "story.quotes[" in error["message"] and "outside the body" in error["message"]
    assert all("error" not in s for s in document["sections"])  # key-quotes still builds
    quotes = next(s for s in document["sections"] if s["id"] == "key-quotes")["items"]
    assert quotes and all("Nobody" not in json.dumps(q) for q in quotes)


TEMPLATED = """
    from briefgen import Section, hookimpl


    class Shown(Section):
        id = "shown"
        title = "Shown"
        order = 5
        template_package = "bgt_shown_impl"

        def build(self, context):
            return [{"story": s.id} for s in context.stories]


    @hookimpl
    def register_sections(register):
        register(Shown())
"""


def shown_plugin(site: Path, md: str | None, html: str = "<p>ok</p>\n") -> None:
    files = {"bgt_shown_impl/__init__.py": TEMPLATED}
    if md is not None:
        files["bgt_shown_impl/templates/sections/shown.md.j2"] = md
    files["bgt_shown_impl/templates/sections/shown.html.j2"] = html
    install(site, "shown", files, "bgt_shown_impl")


def test_template_syntax_error_names_file_and_line_and_strict_writes_nothing(tmp_path):
    site = tmp_path / "site"
    shown_plugin(site, "{% for i in items %}\n- one\n- {{ i.story }\n{% endfor %}\n")
    args = ["make", str(SEEDS), "-f", "md,html,json", "-o", "out", "-q"]
    made = briefgen(args, tmp_path, site, "shown")
    assert made.returncode == 1, made.stderr
    place = "sections/shown.md.j2 (templates of bgt_shown_impl), line 3: TemplateSyntaxError"
    assert f"section 'shown' (plugin shown) failed in template: {place}" in made.stderr
    out = tmp_path / "out"
    for name in ("policy-brief.md", "policy-brief.html", "policy-brief.json"):
        text = (out / name).read_text(encoding="utf-8")
        assert str(site) not in text and "site-packages" not in text
    assert strict_json(out / "policy-brief.json")["errors"][0]["hook"] == "template"
    assert "line 3: TemplateSyntaxError" in (out / "policy-brief.html").read_text(encoding="utf-8")

    before = {p.name: p.read_bytes() for p in out.iterdir()}
    strict = briefgen([*args, "--strict"], tmp_path, site, "shown")
    assert strict.returncode == 2, strict.stderr
    assert place in strict.stderr
    assert "1 plugin failure(s) and --strict is set; nothing written" in strict.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_missing_template_prints_no_absolute_path(tmp_path):
    site = tmp_path / "site"
    shown_plugin(site, None)
    made = briefgen(
        ["make", str(SEEDS), "-f", "md,json", "-o", "out", "-q"], tmp_path, site, "shown"
    )
    assert made.returncode == 1, made.stderr
    markdown = (tmp_path / "out" / "policy-brief.md").read_text(encoding="utf-8")
    assert (
        "no template sections/shown.md.j2 "
        "(looked in templates of bgt\\_shown\\_impl, built-in templates)" in markdown
    )
    for name in ("policy-brief.md", "policy-brief.json"):
        text = (tmp_path / "out" / name).read_text(encoding="utf-8")
        assert str(site) not in text and str(ROOT / "templates") not in text


def test_render_error_and_unknown_citation_are_reported(tmp_path):
    site = tmp_path / "site"
    md = "{% for i in items %}\n{{ cite('no-such-story') }}{{ i.story }}\n{% endfor %}\n"
    shown_plugin(site, md, "<p>{{ items[0].missing.deeper }}</p>\n")
    made = briefgen(
        ["make", str(SEEDS), "-f", "md,json", "-o", "out", "-q"], tmp_path, site, "shown"
    )
    assert made.returncode == 1, made.stderr
    errors = strict_json(tmp_path / "out" / "policy-brief.json")["errors"]
    assert [(e["plugin"], e["hook"], e["section"]) for e in errors] == [
        ("shown", "template", "shown")
    ] * 2
    assert (
        "sections/shown.md.j2 cites stories not in the brief: 'no-such-story'"
        in errors[0]["message"]
    )
    assert (
        "sections/shown.html.j2 (templates of bgt_shown_impl), line 1: UndefinedError"
        in errors[1]["message"]
    )


READER = """
    from briefgen import hookimpl


    @hookimpl
    def read_stories(path, data):
        raise ValueError("cannot parse " + path.name)
"""


def test_a_raising_reader_is_named_and_the_built_in_readers_still_read(tmp_path):
    site = tmp_path / "site"
    install(site, "mailreader", {"bgt_reader.py": READER}, "bgt_reader")
    made = briefgen(
        ["make", str(SEEDS), "-f", "json", "-o", "b.json", "-q"], tmp_path, site, "mailreader"
    )
    assert made.returncode == 1, made.stderr
    document = strict_json(tmp_path / "b.json")
    assert len(document["stories"]) == 2
    [error] = document["errors"]
    assert (error["plugin"], error["hook"]) == ("mailreader", "read_stories")
    assert error["message"].startswith("ValueError: cannot parse 000_")


def test_trace_shows_register_sections_and_section_builds(tmp_path):
    site = tmp_path / "site"
    shown_plugin(site, "ok\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env.update(PYTHONPATH=str(site), BRIEFGEN_LOAD_PLUGINS="reader-text,sources,shown",
               BRIEFGEN_TRACE="1")  # fmt: skip
    made = subprocess.run(
        [sys.executable, "-m", "briefgen.cli", "make", str(SEEDS), "-o", "-", "-q"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "briefgen: hook register_sections -> shown" in made.stderr
    assert "briefgen: section shown (plugin shown): build" in made.stderr
    assert "briefgen: hook annotate_story" not in made.stderr


# --- briefgen run ------------------------------------------------------------------------------

BROKEN_IMPORT = "raise ImportError('the model file is not installed')\n"
FIXED = """
    from briefgen import Section, hookimpl


    class Extra(Section):
        id = "extra"
        title = "Extra"
        order = 5
        default = False

        def build(self, context):
            return []


    @hookimpl
    def register_sections(register):
        register(Extra())
"""


def job_config(root: Path) -> Path:
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    for name, place in (("a", "Geneva"), ("b", "Vienna")):  # two stories, not one and a copy
        (inbox / f"{name}.txt").write_text(
            f"Story {name}\n\nTalks resumed in {place} on Tuesday, officials said.\n"
        )
    config = root / "briefgen.toml"
    config.write_text(
        '[jobs.daily]\nsources = ["inbox/"]\nformats = ["md", "json"]\noutput = "briefs/"\n'
    )
    return config


def seen(root: Path) -> int:
    with sqlite3.connect(root / ".briefgen" / "state.sqlite3") as db:
        return db.execute("SELECT count(*) FROM seen").fetchone()[0]


def test_run_with_an_import_failure_keeps_the_stories_for_the_next_run(tmp_path):
    site = tmp_path / "site"
    install(site, "extra", {"bgt_extra.py": BROKEN_IMPORT}, "bgt_extra")
    config = job_config(tmp_path)
    run = ["run", "--config", str(config)]

    failed = briefgen(run, tmp_path, site, "extra")
    assert failed.returncode == 1, failed.stderr
    assert (
        "job daily: plugin extra failed to load: ImportError: the model file is not installed"
        in failed.stderr
    )
    assert "the brief's 2 stories are kept for the next run" in failed.stderr
    latest = strict_json(tmp_path / "briefs" / "latest.json")
    assert latest["errors"][0]["plugin"] == "extra" and len(latest["stories"]) == 2
    assert "plugin extra failed to load" in (tmp_path / "briefs" / "latest.md").read_text()
    assert seen(tmp_path) == 0

    (site / "bgt_extra.py").write_text(textwrap.dedent(FIXED))
    fixed = briefgen(run, tmp_path, site, "extra")
    assert fixed.returncode == 0, fixed.stderr
    latest = strict_json(tmp_path / "briefs" / "latest.json")
    assert "errors" not in latest and len(latest["stories"]) == 2
    assert seen(tmp_path) == 2
    again = briefgen(run, tmp_path, site, "extra")
    assert again.returncode == 0 and "nothing written" in again.stderr


def test_run_redo_rebuilds_the_last_brief_in_place(tmp_path):
    site = tmp_path / "site"
    install(site, "extra", {"bgt_extra.py": BROKEN_IMPORT}, "bgt_extra")
    config = job_config(tmp_path)
    assert briefgen(["run", "--config", str(config)], tmp_path, site, "extra").returncode == 1
    files = sorted(p.name for p in (tmp_path / "briefs").iterdir())

    (site / "bgt_extra.py").write_text(textwrap.dedent(FIXED))
    redo = briefgen(["run", "--config", str(config), "--redo"], tmp_path, site, "extra")
    assert redo.returncode == 0, redo.stderr
    assert "job daily: rebuilt " in redo.stderr
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == files  # same names
    latest = strict_json(tmp_path / "briefs" / "latest.json")
    assert "errors" not in latest and len(latest["stories"]) == 2
    assert seen(tmp_path) == 2
    with sqlite3.connect(tmp_path / ".briefgen" / "state.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM briefs").fetchone()[0] == 1


def test_run_redo_without_a_brief_is_an_error(tmp_path):
    config = job_config(tmp_path)
    result = briefgen(["run", "--config", str(config), "--redo"], tmp_path, tmp_path, "")
    assert result.returncode == 2
    assert "job daily: no brief to redo yet" in result.stderr


# --- the test kit reports what a real run would -------------------------------------------------


def kit_plugin(section: object) -> object:
    import types

    from briefgen import hookimpl

    module = types.ModuleType("kit_failing_plugin")

    @hookimpl
    def register_sections(register):
        register(section)

    module.register_sections = register_sections
    return module


def kit_section(items: list[object], template_package: str | None = None) -> object:
    from briefgen import Section

    class KitSection(Section):
        id = "kit-odd"
        title = "Kit odd"

        def build(self, context):
            return items

    KitSection.template_package = template_package
    return KitSection()


def test_kit_fails_a_plugin_returning_an_unserialisable_item(briefgen_kit):
    story = briefgen_kit.make_story("One", "A story.")
    plugin = kit_plugin(kit_section([{"value": object()}]))
    result = briefgen_kit.build([story], [plugin], analyse=False, load_installed=False)
    [failure] = result.failures
    assert (failure.plugin, failure.hook, failure.section) == (
        "kit_failing_plugin",
        "items",
        "kit-odd",
    )
    assert "items[0]['value'] is of type object" in failure.message
    assert json.dumps(result.json, allow_nan=False)  # the brief itself still serialises
    with pytest.raises(Exception, match="failed in items"):
        briefgen_kit.build([story], [plugin], analyse=False, load_installed=False, strict=True)


def test_kit_failures_include_template_failures(briefgen_kit, tmp_path):
    package = tmp_path / "pkgs" / "kit_tpl_pkg" / "templates" / "sections"
    package.mkdir(parents=True)
    (package.parent.parent / "__init__.py").write_text("")
    (package / "kit-odd.md.j2").write_text("{{ items[0].nope.deeper }}\n")
    (package / "kit-odd.html.j2").write_text("<p>fine</p>\n")
    sys.path.insert(0, str(tmp_path / "pkgs"))
    try:
        plugin = kit_plugin(kit_section([{"value": 1}], "kit_tpl_pkg"))
        story = briefgen_kit.make_story("One", "A story.")
        result = briefgen_kit.build([story], [plugin], analyse=False, load_installed=False)
    finally:
        sys.path.remove(str(tmp_path / "pkgs"))
    [failure] = result.failures
    assert (failure.hook, failure.section) == ("template", "kit-odd")
    assert "sections/kit-odd.md.j2 (templates of kit_tpl_pkg), line 1: UndefinedError" in (
        failure.message
    )
    assert result.json["errors"][0]["hook"] == "template"


def test_mark_actor_marks_names_ending_in_punctuation(briefgen_kit):
    story = briefgen_kit.make_story("Talks", "The U.S. and the U.S.S.R. met. U.S.-led talks.")
    actor = briefgen_kit.mark_actor(story, "U.S.", "country", "US")
    assert [story.body[s:e] for s, e in actor.mentions] == ["U.S.", "U.S."]
    other = briefgen_kit.make_story("Talks", "USA and USSR.")
    with pytest.raises(ValueError, match="not mentioned"):
        briefgen_kit.mark_actor(other, "US", "country")


def test_list_config_elements_are_type_checked(briefgen_kit):
    from dataclasses import dataclass, field

    from briefgen import Section
    from briefgen.errors import ConfigError

    @dataclass
    class ListConfig:
        words: list[str] = field(default_factory=list)

    class Listed(Section):
        id = "listed"
        title = "Listed"
        config_class = ListConfig

        def build(self, context):
            return list(context.config.words)

    plugin = kit_plugin(Listed())
    story = briefgen_kit.make_story("One", "A story.")
    with pytest.raises(ConfigError, match=r"key 'words' must hold a string at \[1\], got int 2"):
        briefgen_kit.build(
            [story], [plugin], config={"sections": {"listed": {"words": ["a", 2]}}}, analyse=False
        )


def test_traceback_shows_where_the_plugin_failed(tmp_path):
    site = tmp_path / "site"
    body = 'raise RuntimeError("model file missing")'
    install(site, "tagger", {"bgt_tb.py": ANNOTATOR.replace("BODY", body)}, "bgt_tb")
    made = briefgen(["make", str(SEEDS), "-o", "-", "-q", "--traceback"], tmp_path, site, "tagger")
    assert made.returncode == 1, made.stderr
    assert f'File "{site / "bgt_tb.py"}", line 6, in annotate_story' in made.stderr
    quiet = briefgen(["make", str(SEEDS), "-o", "-", "-q"], tmp_path, site, "tagger")
    assert "Traceback" not in quiet.stderr


def test_user_template_errors_name_the_file_and_line(briefgen_kit):
    Path("tpl/sections").mkdir(parents=True)
    Path("tpl/sections/sources.md.j2").write_text("ok\n{{ items.nope.deeper }}\n")
    args = ["make", str(SEEDS), "-o", "-", "-q", "--template-dir", "./tpl"]
    env = {"BRIEFGEN_LOAD_PLUGINS": "reader-text,sources"}
    result = briefgen_kit.invoke(args, env=env)
    assert result.exit_code == 1, result.stderr
    assert (
        "section 'sources' (plugin sources) failed in template: sections/sources.md.j2 "
        "(--template-dir), line 2: UndefinedError: 'list object' has no attribute 'nope'"
    ) in result.stderr
    Path("tpl/brief.md.j2").write_text("{% if %}\n")
    broken = briefgen_kit.invoke(args, env=env)
    assert broken.exit_code == 2 and broken.stdout == ""
    assert broken.stderr.startswith(
        "briefgen: error: template error: brief.md.j2 (--template-dir), line 1: "
        "TemplateSyntaxError: "
    )


def test_kit_read_stories_reports_a_failing_reader(briefgen_kit):
    import types

    from briefgen import hookimpl

    reader = types.ModuleType("kit_bad_reader")

    @hookimpl
    def read_stories(path, data):
        raise ValueError("cannot parse")

    reader.read_stories = read_stories
    path = briefgen_kit.write_story("a.txt", "Title", "Body of the story.")
    with pytest.raises(AssertionError, match="plugin kit_bad_reader failed in read_stories"):
        briefgen_kit.read_stories(path, plugins=[reader])
    assert [s.title for s in briefgen_kit.read_stories(path)] == ["Title"]
