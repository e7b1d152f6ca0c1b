"""Regression guard: positions-by-country accuracy on the hand-annotated gold sets.

Runs the scorer of ``benchmarks/positions_benchmark.py`` (countries with at least one stated
position vs the gold countries, micro-averaged). Floors are the figures reached when the floor
was set minus 0.02; precision also never below 0.95, since a country given a position it never
took is the worst error the section can make. Articles come from the repo's copies
(``tests/data/corpus``, ``tests/data/positions/texts*``, ``samples/stories``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import load_script

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests/data/positions"

# (gold file, precision floor, recall floor); the figure each set reached, and its first blind
# figure where it was measured before any change informed by it (docs/accuracy.md):
# dev 1.000 / 0.913; held-out 1 1.000 / 0.945; held-out 2 0.980 / 0.925 (0.717 blind);
# held-out 3 1.000 / 0.854 (0.771 blind); held-out 4 0.981 / 0.963 (0.833 blind);
# held-out 5 1.000 / 0.911 (0.778 blind); held-out 6 1.000 / 0.894 (0.913 / 0.894 blind)
FLOORS = [
    # dev recall 0.913 -> 0.848 in session 4: a speaker's account of another government's stance
    # is no statement of it (issue 15), so Putin's accounts of North Korea's, the US's and the
    # UN's stances in seed 000 no longer give those countries a row; the dev gold, written
    # before that rule, lists them; both independent brief reviews marked them wrong.
    # 0.848 -> 0.826 in session 7: seed 002's "Beijng has issued what appears to be a veiled
    # threat" is the reporter's hedged reading of a tweet the story does not give (review 3
    # marked it wrong; issue 15: hedged inference is no statement); the BBC articles lose nothing
    # 0.826 -> 0.804 in session 14: Myron Ebell ("an adviser on climate change to President
    # Bush") and "President Bush's advisers" are no government voice (the lead's convention,
    # the gold follows it), so the US row of blair-congratulates-bush-on-win rests on a gold
    # line the analysis does not find
    ("gold.json", 0.98, 0.804 - 0.02),
    ("heldout.json", 0.98, 0.945 - 0.02),
    ("heldout2.json", 0.96, 0.925 - 0.02),
    ("heldout3.json", 0.98, 0.854 - 0.02),
    # 0.963 -> 0.926 in session 14: "Albania, Bulgaria and Macedonia has given the go ahead" (a
    # reporter's list) gives no position; the gold keeps two of the rows on the prime ministers'
    # signing line, which the analysis does not find
    ("heldout4.json", 0.96, 0.926 - 0.02),
    ("heldout5.json", 0.98, 0.911 - 0.02),
    ("heldout6.json", 0.98, 0.915 - 0.02),
]
# statement precision (statements backed by a gold position of their country; a lower bound,
# since the annotators listed positions, not every statement of fact) when the floor was set,
# minus 0.02: dev 0.595, held-outs 0.869, 0.902, 0.876, 0.873, 0.863, 0.864
STATEMENT_FLOORS = {
    "gold.json": 0.587 - 0.02,  # 0.595 before the relay rule above
    "heldout.json": 0.869 - 0.02,
    "heldout2.json": 0.902 - 0.02,
    "heldout3.json": 0.876 - 0.02,
    "heldout4.json": 0.873 - 0.02,
    "heldout5.json": 0.863 - 0.02,
    "heldout6.json": 0.864 - 0.02,
}


def _benchmark():
    return load_script(ROOT / "benchmarks/positions_benchmark.py")


@pytest.mark.parametrize(("gold", "p_floor", "r_floor"), FLOORS)
def test_positions_accuracy_floor(gold: str, p_floor: float, r_floor: float) -> None:
    result = _benchmark().score(GOLD / gold, Path("/nonexistent"))
    assert result["precision"] >= max(p_floor, 0.95), result
    assert result["recall"] >= r_floor, result
    backed = result["supported"] / result["statements"]
    assert backed >= STATEMENT_FLOORS[gold], result


# Held-out 7 was scored blind once (session 3: country P 0.833, R 0.682; statement precision
# 0.746), then only general gazetteer and cue additions followed (bodies, the Foreign Office's
# country, intentions). Its precision is below the 0.95 the other sets keep: a guard at the
# level reached, not a claim the target is met there (docs/accuracy.md).
BLIND_FLOORS = [("heldout7.json", 0.854 - 0.02, 0.795 - 0.02, 0.731 - 0.02)]


@pytest.mark.parametrize(("gold", "p_floor", "r_floor", "s_floor"), BLIND_FLOORS)
def test_blind_set_floor(gold: str, p_floor: float, r_floor: float, s_floor: float) -> None:
    result = _benchmark().score(GOLD / gold, Path("/nonexistent"))
    assert result["precision"] >= p_floor, result
    assert result["recall"] >= r_floor, result
    assert result["supported"] / result["statements"] >= s_floor, result


@pytest.mark.parametrize("gold", [name for name, _p, _r in FLOORS] + ["heldout7.json"])
def test_gold_articles_resolve_inside_the_repo(gold: str) -> None:
    """Every gold article is found inside the repo (CI has no ../shared), and every evidence
    is a verbatim substring of its article."""
    bench = _benchmark()
    for article in json.loads((GOLD / gold).read_text("utf-8")):
        path = bench.resolve(Path("/nonexistent"), article["file"], GOLD / gold)
        assert ROOT in path.parents, article["file"]
        text = path.read_text("utf-8")
        for position in article["positions"]:
            assert position["evidence"] in text, (article["file"], position["evidence"])
