"""`briefgen plugins new NAME`: a package skeleton that installs, passes its own tests and adds
its section to a brief made by the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.scaffold import placeholders

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "samples" / "stories"
TEMPLATES = ROOT / "briefgen" / "scaffold" / "package"


def new(args: list[str]):
    return CliRunner().invoke(main, ["plugins", "new", *args])


def test_new_writes_every_file_with_the_names_filled_in(tmp_path):
    result = new(["quoted-people", "--dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    package = tmp_path / "briefgen-quoted-people"
    files = sorted(str(p.relative_to(package)) for p in package.rglob("*") if p.is_file())
    assert files == [
        "README.md",
        "briefgen.example.toml",
        "pyproject.toml",
        "src/briefgen_quoted_people/__init__.py",
        "src/briefgen_quoted_people/templates/sections/quoted-people.html.j2",
        "src/briefgen_quoted_people/templates/sections/quoted-people.md.j2",
        "tests/test_briefgen_quoted_people.py",
    ]
    for path in package.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            for token in placeholders("x"):
                assert token not in text, f"{path}: {token} left unfilled"
    pyproject = (package / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "briefgen-quoted-people"' in pyproject
    assert '[project.entry-points.briefgen]\nquoted-people = "briefgen_quoted_people"' in pyproject
    code = (package / "src/briefgen_quoted_people/__init__.py").read_text(encoding="utf-8")
    assert "class QuotedPeopleSection(Section):" in code and 'id = "quoted-people"' in code
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "staging folder left"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Demo", "is not a plugin name"),
        ("my_plugin", "is not a plugin name"),
        ("9demo", "is not a plugin name"),
        ("demo--x", "is not a plugin name"),
        ("briefgen-demo", "leave out the 'briefgen-' prefix"),
        ("sources", "already the name of an installed plugin or section"),
        ("reader-text", "already the name of an installed plugin or section"),
    ],
)
def test_bad_names_are_refused_in_one_line(tmp_path, name, message):
    result = new([name, "--dir", str(tmp_path)])
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_is_refused_and_left_alone(tmp_path):
    (tmp_path / "briefgen-demo").mkdir()
    (tmp_path / "briefgen-demo" / "mine.txt").write_text("keep")
    result = new(["demo", "--dir", str(tmp_path)])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"briefgen: error: {tmp_path / 'briefgen-demo'}: already exists; "
        "remove it or choose another --dir"
    )
    assert [p.name for p in (tmp_path / "briefgen-demo").iterdir()] == ["mine.txt"]


def test_scaffold_templates_ship_in_the_wheel(tmp_path):
    pytest.importorskip("hatchling", reason="building the wheel offline needs hatchling")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    [wheel] = tmp_path.glob("briefgen-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    templates = [p for p in TEMPLATES.rglob("*.tmpl")]
    assert len(templates) == 7
    for path in templates:
        assert f"briefgen/{path.relative_to(ROOT / 'briefgen').as_posix()}" in names


def _venv_with_this_briefgen(folder: Path) -> Path:
    """A fresh venv that sees this interpreter's packages (briefgen, pytest, hatchling) through
    a .pth file, as a machine with briefgen installed would; returns its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    ours = sysconfig.get_paths()["purelib"]
    Path(purelib, "briefgen_parent.pth").write_text(f"import site; site.addsitedir({ours!r})\n")
    return python


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFGEN_", "PYTHON"))}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_new_plugin_installs_passes_its_tests_and_joins_a_brief(tmp_path):
    pytest.importorskip("hatchling", reason="pip install -e offline needs hatchling")
    made = new(["demo", "--dir", str(tmp_path)])
    assert made.exit_code == 0, made.output
    package = tmp_path / "briefgen-demo"
    python = _venv_with_this_briefgen(tmp_path / "venv")

    installed = _run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--no-build-isolation", "-e", str(package)],
        tmp_path,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr

    tested = _run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"], package)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    assert "4 passed" in tested.stdout

    hooks = _run([str(python), "-m", "briefgen.cli", "plugins", "--hook", "register_sections"],
                 tmp_path)  # fmt: skip
    assert "demo  briefgen_demo.register_sections" in hooks.stdout.splitlines(), hooks.stdout

    out = tmp_path / "out"
    brief = _run(
        [str(python), "-m", "briefgen.cli", "make", str(SEEDS), "--date", "2019-04-26",
         "-f", "md,json", "-o", str(out), "-q"],
        tmp_path,
    )  # fmt: skip
    assert brief.returncode == 0, brief.stderr
    markdown = next(out.glob("*.md")).read_text(encoding="utf-8")
    assert "## Demo" in markdown
    assert markdown.index("## Demo") < markdown.index("## Sources")  # order 900 < 1000
    document = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    [section] = [s for s in document["sections"] if s["id"] == "demo"]
    assert section["plugin"] == "demo" and "error" not in section
    assert section["items"], "the seed stories quote named people"
    story_ids = {story["id"] for story in document["stories"]}
    for item in section["items"]:
        assert item["quotes"] >= 1 and item["evidence"]
        assert {e["story"] for e in item["evidence"]} <= story_ids

    ruff = _run([sys.executable, "-m", "ruff", "check", "--no-cache", str(package)], tmp_path)
    assert ruff.returncode == 0, ruff.stdout
