"""The layering tables of docs/analysis.md and the imports that must follow them (a helper
module, not a test): each module of a table imports only the ones listed above it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import briefgen.analysis

ROOT = Path(briefgen.analysis.__file__).parent
DOC = Path(__file__).parent.parent / "docs" / "analysis.md"


def documented_order(heading: str) -> list[str]:
    """The modules of the docs/analysis.md table under ``## heading``, top to bottom."""
    text = DOC.read_text("utf-8")
    section = text.split(f"## {heading}", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, re.M)


def analysis_imports(module: str, runtime_only: bool = False) -> set[str]:
    """The briefgen.analysis modules ``module`` imports (``runtime_only``: not those inside
    ``if TYPE_CHECKING:``)."""
    tree = ast.parse((ROOT / f"{module}.py").read_text("utf-8"))
    if runtime_only:
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING":
                node.body = []
    return {
        node.module.rsplit(".", 1)[1]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefgen.analysis.")
    }
