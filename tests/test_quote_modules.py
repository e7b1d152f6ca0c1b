"""The quote modules keep the layering docs/analysis.md states: each imports only those above it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import briefgen.analysis

ROOT = Path(briefgen.analysis.__file__).parent
DOC = Path(__file__).parent.parent / "docs" / "analysis.md"


def _documented_order() -> list[str]:
    """The modules of the "Quotes and speakers: the modules" table, top to bottom."""
    text = DOC.read_text("utf-8")
    section = text.split("## Quotes and speakers: the modules", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, re.M)


def _runtime_imports(module: str) -> set[str]:
    """The briefgen.analysis modules ``module`` imports outside ``if TYPE_CHECKING:``."""
    tree = ast.parse((ROOT / f"{module}.py").read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
            node.body = []
    for node in ast.walk(tree):
        name = (node.module or "") if isinstance(node, ast.ImportFrom) else ""
        if name.startswith("briefgen.analysis."):
            found.add(name.rsplit(".", 1)[1])
    return found


def test_the_documented_quote_modules_exist_and_end_with_the_sieve() -> None:
    order = _documented_order()
    assert order[0] == "quote_context" and order[-1] == "quotes", order
    assert len(order) >= 8
    for module in order:
        assert (ROOT / f"{module}.py").is_file(), module


def test_each_quote_module_imports_only_the_ones_above_it() -> None:
    order = _documented_order()
    for index, module in enumerate(order):
        below = set(order[index:])
        upward = _runtime_imports(module) & below
        assert not upward, f"{module} imports {sorted(upward)}, listed below it in analysis.md"
