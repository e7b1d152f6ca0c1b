"""The stance modules keep the layering docs/analysis.md states: each imports those above it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import briefgen.analysis

ROOT = Path(briefgen.analysis.__file__).parent
DOC = Path(__file__).parent.parent / "docs" / "analysis.md"


def _documented_order() -> list[str]:
    """The modules of the "Stances: the modules" table, top to bottom."""
    text = DOC.read_text("utf-8")
    section = text.split("## Stances: the modules", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, re.M)


def _imports(module: str) -> set[str]:
    """The briefgen.analysis modules ``module`` imports."""
    tree = ast.parse((ROOT / f"{module}.py").read_text("utf-8"))
    return {
        node.module.rsplit(".", 1)[1]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefgen.analysis.")
    }


def test_the_documented_stance_modules_exist_from_the_lexicon_to_the_actor_verbs() -> None:
    order = _documented_order()
    assert order[0] == "stance_lexicon" and order[-1] == "actor_verbs", order
    for module in order:
        assert (ROOT / f"{module}.py").is_file(), module
    assert not (ROOT / "stances.py").exists()  # split into the modules above


def test_each_stance_module_imports_only_the_ones_above_it() -> None:
    order = _documented_order()
    for index, module in enumerate(order):
        upward = _imports(module) & set(order[index:])
        assert not upward, f"{module} imports {sorted(upward)}, listed below it in analysis.md"
    assert "stance_verbs" in _imports("actor_verbs")  # the scan reads the imports
