"""The hook contract: documented hooks, built-ins on public API only, the docs' tutorial works."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from paths import load_script

from briefgen import hookspecs

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "plugins.md"
SEEDS = ROOT / "samples" / "stories"
BUILTIN_DIRS = [ROOT / "briefgen" / "sections", ROOT / "briefgen" / "ingest"]
PUBLIC_MODULES = {
    "briefgen",
    "briefgen.hookspecs",
    "briefgen.model",
    "briefgen.section",
    "briefgen.errors",
    "briefgen.render",
}
PUBLIC_PREFIXES = ("briefgen.analysis.",)  # pure analysis helpers are public too


def _spec_names() -> dict[str, object]:
    marker = f"{hookspecs.PROJECT}_spec"
    return {
        n: f for n, f in vars(hookspecs).items() if inspect.isfunction(f) and hasattr(f, marker)
    }


def _gen_module():
    return load_script(DOC.parent / "gen_hook_reference.py")


def _builtin_files() -> list[Path]:
    return sorted(p for d in BUILTIN_DIRS for p in d.glob("*.py") if p.name != "__init__.py")


def test_every_hookspec_has_a_docstring_naming_each_argument():
    specs = _spec_names()
    assert {"register_sections", "read_stories", "annotate_story"} <= set(specs)
    for name, function in specs.items():
        doc = inspect.getdoc(function)
        assert doc and len(doc.splitlines()[0]) > 10, f"hook {name} has no docstring"
        for parameter in inspect.signature(function).parameters:
            assert f":param {parameter}:" in doc, f"hook {name} does not document {parameter!r}"


def test_docs_hook_reference_is_generated_from_the_docstrings():
    text = DOC.read_text(encoding="utf-8")
    assert _gen_module().updated(text) == text, "run: python docs/gen_hook_reference.py"
    for name, function in _spec_names().items():
        assert f"### `{name}(" in text
        assert inspect.getdoc(function) in text


def test_builtins_implement_only_public_hooks():
    specs = set(_spec_names())
    marker = f"{hookspecs.PROJECT}_impl"
    checked = 0
    for path in _builtin_files():
        module = importlib.import_module(".".join(path.relative_to(ROOT).with_suffix("").parts))
        for name, value in vars(module).items():
            if callable(value) and hasattr(value, marker):
                assert name in specs, f"{path.name}: {name} is marked @hookimpl but is no hook"
                checked += 1
    assert checked >= 2  # at least the sources section and a reader


def test_builtins_import_only_public_briefgen_modules():
    for path in _builtin_files():
        package = ".".join(path.relative_to(ROOT).parent.parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
                own = node.module.startswith(package + ".")
                if not own and node.module.startswith("briefgen"):
                    private = [a.name for a in node.names if a.name.startswith("_")]
                    assert not private, f"{path.name} imports private {private} from {node.module}"
            else:
                continue
            for module in names:
                assert not module.startswith("pluggy"), f"{path.name} imports pluggy"
                if module == "briefgen" or module.startswith("briefgen."):
                    ok = (
                        module in PUBLIC_MODULES
                        or module.startswith(PUBLIC_PREFIXES)
                        or module.startswith(package + ".")
                    )
                    assert ok, f"{path.name} imports non-public module {module}"


def test_builtins_touch_no_private_pluggy_attributes():
    for path in _builtin_files():
        text = path.read_text(encoding="utf-8")
        assert not re.search(
            r"\.(?:_hookexec|_inner_hookexec|_plugin2hookcallers|_name2plugin)", text
        )


# --- the tutorial in docs/plugins.md, extracted and run as an installed package ---------------


def tutorial_files() -> dict[str, str]:
    """The files the tutorial shows: ```lang file=PATH blocks."""
    text = DOC.read_text(encoding="utf-8")
    blocks = re.findall(r"^```\w+ file=(\S+)\n(.*?)^```$", text, re.MULTILINE | re.DOTALL)
    return dict(blocks)


def fake_install(site: Path, dist: str, version: str, entry_points: dict[str, str]) -> None:
    """A dist-info on ``site`` declaring ``entry_points`` (what pip would leave behind)."""
    info = site / f"{dist.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n")
    lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
    (info / "entry_points.txt").write_text(f"[briefgen]\n{lines}")


def run(args: list[str], pythonpath: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    env["PYTHONPATH"] = os.pathsep.join(str(p) for p in pythonpath)
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


def test_tutorial_shows_a_complete_package():
    files = tutorial_files()
    assert set(files) == {
        "pyproject.toml",
        "src/briefgen_actorcount/__init__.py",
        "src/briefgen_actorcount/templates/sections/actor-count.md.j2",
        "src/briefgen_actorcount/templates/sections/actor-count.html.j2",
        "tests/test_actorcount.py",
    }


def test_plugin_written_as_in_the_tutorial_works_end_to_end(tmp_path):
    package = tmp_path / "briefgen-actorcount"
    for name, content in tutorial_files().items():
        target = package / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    site = tmp_path / "site"
    fake_install(site, "briefgen-actorcount", "0.1.0", {"actor-count": "briefgen_actorcount"})
    path = [site, package / "src"]

    listed = run(["-m", "briefgen.cli", "plugins"], path, tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert re.search(
        r"^actor-count  briefgen-actorcount 0\.1\.0  hooks: register_sections  "
        r"sections: actor-count$",
        listed.stdout,
        re.MULTILINE,
    ), listed.stdout
    sections = run(["-m", "briefgen.cli", "sections"], path, tmp_path)
    assert "Countries and international bodies, by number of mentions." in sections.stdout

    made = run(
        ["-m", "briefgen.cli", "make", str(SEEDS), "--section", "actor-count", "--section",
         "sources", "--date", "2019-04-26", "-o", "-", "-q"],
        path,
        tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "## Who the stories talk about" in made.stdout
    body = made.stdout.split("## Who the stories talk about")[1].split("## Sources")[0]
    assert re.search(r"^- North Korea: \d+ mentions\[\^1\]\[\^2\]$", body, re.MULTILINE), body

    tested = run(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"], path, package)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "2 passed" in tested.stdout


def test_sample_plugin_package_installs_and_adds_its_section(tmp_path):
    """Issue 3: plugins/briefgen-sanctions built and installed like any package, then used."""
    pytest.importorskip("hatchling", reason="building the wheel offline needs hatchling")
    site = tmp_path / "site"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--target", str(site), str(ROOT / "plugins" / "briefgen-sanctions")],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    assert (site / "briefgen_sanctions" / "templates" / "sections" / "sanctions.md.j2").is_file()
    assert (site / "briefgen_sanctions" / "lexicon.toml").is_file()
    sections = run(["-m", "briefgen.cli", "sections"], [site], tmp_path)
    assert re.search(r"^sanctions +Sanctions measures and UN resolutions", sections.stdout, re.M)
    made = run(
        ["-m", "briefgen.cli", "make", str(SEEDS), "--section", "sanctions", "--section",
         "sources", "--date", "2019-04-26", "-f", "md,json", "-o", str(tmp_path / "out"), "-q"],
        [site],
        tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    markdown = next((tmp_path / "out").glob("*.md")).read_text(encoding="utf-8")
    assert "## Sanctions" in markdown
    assert "**UNSC resolution 2397**" in markdown
    import json

    document = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))
    [section] = [s for s in document["sections"] if s["id"] == "sanctions"]
    assert section["plugin"] == "sanctions"
    measures = {item["measure"] for item in section["items"]}
    assert {"UNSC resolution 2397", "sanctions"} <= measures
