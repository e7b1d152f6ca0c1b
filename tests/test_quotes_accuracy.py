"""Regression guard: quote attribution accuracy on the hand-annotated gold sets.

Runs the scorer of ``benchmarks/quotes_benchmark.py`` (direct quotes, (quote, speaker) pairs).
Floors are the figures reached when this test was written minus 0.02: a change that loses more
than that fails. Articles are read from ``tests/data/corpus`` (copies of the BBC files, MIT) and
``samples/stories`` (seeds), falling back to ``../shared``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import load_script

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests/data/quotes"

# (gold file, precision floor, recall floor): reached 0.953 / 0.914 (dev), 0.941 / 0.941
# (held-out; 0.939 / 0.912 before issue 16's second round), 1.000 / 0.857 (held-out 2: 10 BBC
# + 3 synthetic non-BBC stories, H1c),
# 0.938 / 0.723 (held-out 3: 8 BBC + 4 synthetic; blind first run 0.922 / 0.711, session 3);
# precision floors raised in session 8 (a quote's kind read from its clause): 0.981 (dev),
# 0.970 (held-out), 0.955 (held-out 3); raised in session 9 (recall7: names no list knows,
# the pronoun after them): held-out 1.000 / 0.971, dev recall 0.923, held-out 2 recall 0.914,
# held-out 3 recall 0.771
FLOORS = [
    ("gold.jsonl", 0.981 - 0.02, 0.923 - 0.02),
    ("heldout.jsonl", 1.000 - 0.02, 0.971 - 0.02),
    ("heldout2.jsonl", 1.000 - 0.02, 0.914 - 0.02),
    ("heldout3.jsonl", 0.955 - 0.02, 0.771 - 0.02),
]


def _benchmark():
    return load_script(ROOT / "benchmarks/quotes_benchmark.py")


@pytest.mark.parametrize(("gold", "p_floor", "r_floor"), FLOORS)
def test_quote_accuracy_floor(gold: str, p_floor: float, r_floor: float) -> None:
    bench = _benchmark()
    result = bench.score(GOLD / gold)
    assert result["precision"] >= p_floor, result
    assert result["recall"] >= r_floor, result


def test_articles_resolve_from_repo_copies() -> None:
    """Every gold article is found inside the repo (CI has no ../shared)."""
    import json

    bench = _benchmark()
    for gold in ("gold.jsonl", "heldout.jsonl", "heldout2.jsonl", "heldout3.jsonl"):
        for line in (GOLD / gold).read_text("utf-8").splitlines():
            if line.strip():
                rel = json.loads(line)["file"]
                path = bench.resolve_article(rel, Path("/nonexistent"))
                assert ROOT in path.parents, rel
