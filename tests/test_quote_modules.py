"""The quote modules keep the layering docs/analysis.md states: each imports only those above it."""

from __future__ import annotations

from layering import ROOT, analysis_imports, documented_order


def _documented_order() -> list[str]:
    """The modules of the "Quotes and speakers: the modules" table, top to bottom."""
    return documented_order("Quotes and speakers: the modules")


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
        upward = analysis_imports(module, runtime_only=True) & below
        assert not upward, f"{module} imports {sorted(upward)}, listed below it in analysis.md"
