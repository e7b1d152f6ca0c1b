"""The stance modules keep the layering docs/analysis.md states: each imports those above it."""

from __future__ import annotations

from layering import ROOT, analysis_imports, documented_order


def _documented_order() -> list[str]:
    """The modules of the "Stances: the modules" table, top to bottom."""
    return documented_order("Stances: the modules")


def test_the_documented_stance_modules_exist_from_the_lexicon_to_the_actor_verbs() -> None:
    order = _documented_order()
    assert order[0] == "stance_lexicon" and order[-1] == "actor_verbs", order
    for module in order:
        assert (ROOT / f"{module}.py").is_file(), module
    assert not (ROOT / "stances.py").exists()  # split into the modules above


def test_each_stance_module_imports_only_the_ones_above_it() -> None:
    order = _documented_order()
    for index, module in enumerate(order):
        upward = analysis_imports(module) & set(order[index:])
        assert not upward, f"{module} imports {sorted(upward)}, listed below it in analysis.md"
    assert "stance_verbs" in analysis_imports("actor_verbs")  # the scan reads the imports
