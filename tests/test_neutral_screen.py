"""The neutral-statement screen experiment (benchmarks/neutral_screen.py) on the tiny gold."""

from __future__ import annotations

import json
from pathlib import Path

from paths import load_script

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "data" / "stance_model"  # four invented stories and their gold
SCRIPT = ROOT / "benchmarks" / "neutral_screen.py"


def _two_sets(tmp_path: Path) -> list[str]:
    """The tiny gold as two sets; the west set's German page loses its neutral gold position
    ("Berlin said it had received the letter"), so one neutral statement is backed by none."""
    articles = [
        json.loads(line)
        for line in (TINY / "positions.jsonl").read_text("utf-8").split("\n")
        if line
    ]
    for article in articles:
        if article["file"].endswith("germany.txt"):
            article["positions"] = [p for p in article["positions"] if p["stance"] != "neutral"]
    args = []
    for name, part in (("east", articles[:2]), ("west", articles[2:])):
        (tmp_path / name).mkdir()
        gold = tmp_path / name / "positions.jsonl"
        gold.write_text("".join(json.dumps(a) + "\n" for a in part), "utf-8")
        args += ["--gold", f"{gold}:{TINY}"]
    return args


def test_holds_out_each_set_and_counts_the_unbacked_neutral_statements(tmp_path, capsys):
    screen = load_script(SCRIPT)
    cache = tmp_path / "examples.json"
    args = [*_two_sets(tmp_path), "--examples", str(cache)]
    assert screen.main(args) == 0
    printed = capsys.readouterr().out
    assert "statements: 8, neutral 4, in 2 sets" in printed
    # each set read by a model fitted on the other one only: its neutral statements, how many
    # no gold position backs, then one cell per threshold
    assert "east/positions.jsonl: 2 (0), - |" in printed
    west = next(line for line in printed.splitlines() if "west/positions.jsonl:" in line)
    assert west.startswith("  west/positions.jsonl: 2 (1), ")
    assert len(west.split("|")[1].split()) == len(screen.THRESHOLDS)
    assert "pooled at 0.5: dropped wrong" in printed
    sets = json.loads(cache.read_text("utf-8"))
    german = [r for r in sets["west/positions.jsonl"] if r["page"].endswith("germany.txt")]
    assert [r["states"] for r in german if r["neutral"]] == [[]]
    # the cache is read again: the same report without analysing the pages
    assert screen.main(args) == 0
    assert capsys.readouterr().out == printed


def test_features_read_the_construction_of_a_statement(tmp_path):
    screen = load_script(SCRIPT)
    from briefgen.analysis.pipeline import analyze_builtin
    from briefgen.model import Story

    story = analyze_builtin(
        Story(
            title="China rejects claim",
            body="China rejected the accusation of spying on Wednesday.\n\n"
            "Beijing said the minister would visit the region in May.",
        )
    )
    neutral = [s for s in story.statements if s.stance == "neutral"]
    assert neutral, "the tiny story's second sentence is a neutral statement"
    feats = screen.features(story, neutral[0], frozenset())
    assert {"voice:state", "reported", "verb:say", "modal"} <= feats
    assert not feats & {"quoted", "neg", "we", "number", "will"}


def test_a_missing_gold_is_refused_in_one_line(tmp_path, capsys):
    screen = load_script(SCRIPT)
    missing = tmp_path / "none.jsonl"
    assert screen.main(["--gold", f"{missing}:{tmp_path}"]) == 2
    err = capsys.readouterr().err.strip()
    assert "none.jsonl" in err and "\n" not in err
