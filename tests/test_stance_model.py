"""The learned stance reader: shipped weights, its features, where it may change a statement's
stance, and its fit script."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import load_script

from briefgen import hookimpl
from briefgen.analysis import stance_model
from briefgen.analysis.pipeline import analyze_builtin, analyze_story
from briefgen.analysis.stance_model import FAMILY, StanceModel, features
from briefgen.model import Story
from briefgen.plugins import get_plugins

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "data" / "stance_model"  # four invented stories and their gold
# a statement the rules read as neutral (a "said" with no stance cue)
NEUTRAL = "Tokyo said it would continue talks with Seoul next month."
# a condemnation: (frame, words)
CONDEMNED = ("", "The government condemned the attack as cowardly")


def analysed(body: str) -> Story:
    return analyze_builtin(Story(title="Talks", body=body))


def test_shipped_weights_load_with_one_weight_per_stance():
    w = stance_model.model()
    assert set(w.stances) <= set(FAMILY) and "neutral" in w.stances
    assert all(len(row) == len(w.stances) for row in w.weights.values())
    assert 0.5 <= w.threshold <= 1.01  # above 1: cross-validation found no precise setting
    data = json.loads((ROOT / "briefgen/data/stance_model.json").read_text("utf-8"))
    assert data["format"] == stance_model.FORMAT


def test_weights_of_another_version_or_shape_are_refused():
    data = json.loads((ROOT / "briefgen/data/stance_model.json").read_text("utf-8"))
    with pytest.raises(ValueError, match="version"):
        stance_model.parse_model({**data, "format": stance_model.FORMAT + 1})
    with pytest.raises(ValueError, match="stances"):
        stance_model.parse_model({**data, "bias": data["bias"][:-1]})
    with pytest.raises(ValueError, match="unknown"):
        stance_model.parse_model({**data, "stances": ["likes", *data["stances"][1:]]})


def test_features_are_general_words_and_the_rules_readings():
    feats = features("He didn't back the plan, they said", "Berlin", "neutral", True, None)
    assert {"w:back", "w:not", "w:plan", "neg", "quoted", "rule:neutral"} <= feats
    assert "lex:supports" in feats  # "back" is a support verb of the lexicon
    assert not any(f in feats for f in ("person", "body"))  # unknown holder: no feature
    # a name or a place past the first word is what a page is about: no feature
    named = features("officials met Kim Jong Un in Pyongyang", "", None, False, False)
    assert "w:pyongyang" not in named and "w:kim" not in named and "w:met" in named
    assert stance_model.stem("warned") == stance_model.stem("warns") == "warn"


def test_the_model_is_sure_a_condemnation_opposes():
    frame, words = CONDEMNED
    stance, family, probability = stance_model.model().read(
        features(words, frame, "neutral", False, False)
    )
    assert family == "opposition" and FAMILY[stance] == "opposition"
    assert probability > 0.9


def test_reading_is_deterministic():
    frame, words = CONDEMNED
    feats = features(words, frame, "neutral", False, False)
    w = stance_model.model()
    assert w.probabilities(feats) == w.probabilities(set(sorted(feats, reverse=True)))
    body = NEUTRAL + " " + "Japan accused China of sheltering the attackers for years."
    first, second = analysed(body), analysed(body)
    assert first.statements == second.statements


def _sure_of_support(threshold: float) -> StanceModel:
    """A toy model that reads "continue" as support with probability about 0.95."""
    return StanceModel(("neutral", "supports"), {"w:continu": (-1.5, 1.5)}, (0.0, 0.0), threshold)


def test_the_threshold_decides_whether_a_neutral_statement_changes(monkeypatch):
    [statement] = analysed(NEUTRAL).statements
    shipped = stance_model.model()
    if shipped.threshold > 1.0:
        assert statement.stance == "neutral"  # the inert model changes nothing
    monkeypatch.setattr(stance_model, "model", lambda: _sure_of_support(0.9))
    [statement] = analysed(NEUTRAL).statements
    assert (statement.country, statement.stance) == ("JP", "supports")
    monkeypatch.setattr(stance_model, "model", lambda: _sure_of_support(0.99))
    [statement] = analysed(NEUTRAL).statements
    assert statement.stance == "neutral"  # not sure enough
    # a stance the rules read is never changed
    monkeypatch.setattr(stance_model, "model", lambda: _sure_of_support(0.5))
    [statement] = analysed("Tokyo rejected the plan to continue talks.").statements
    assert statement.stance == "rejects"


# a plan the rules read as neutral and the shipped weights as support, not surely enough
PLAN = "Tokyo said it will look at ways of using its reserves to provide debt relief."


class AcceptALowerPrecision:
    """A plugin taking the built-in model's reading of neutral statements at p >= 0.7."""

    @hookimpl
    def annotate_story(self, story):
        for statement in story.statements:
            if statement.stance == "neutral":
                stance, _, probability = stance_model.read_statement(story, statement)
                if probability >= 0.7:
                    statement.stance = stance


def test_a_plugin_may_take_the_models_reading_at_its_own_threshold():
    [statement] = analysed(PLAN).statements
    stance, family, probability = stance_model.read_statement(analysed(PLAN), statement)
    assert (stance, family) == ("supports", "support") and probability >= 0.7
    if stance_model.model().threshold > probability:
        assert statement.stance == "neutral"
    plugins = get_plugins(load_entry_points=False)
    plugins.register(AcceptALowerPrecision(), name="lower")
    try:
        story = analyze_story(Story(title="Aid", body=PLAN), plugins)
    finally:
        plugins.unregister("lower")
    assert [(s.country, s.stance) for s in story.statements] == [("JP", "supports")]


def test_fit_script_writes_weights_deterministically(tmp_path, capsys):
    pytest.importorskip("sklearn")
    fit = load_script(ROOT / "benchmarks" / "fit_stance_model.py")
    out = tmp_path / "weights.json"
    gold = f"{TINY / 'positions.jsonl'}:{TINY}"
    args = ["--gold", gold, "--out", str(out), "--folds", "2", "--min-taken", "1"]
    assert fit.main(args) == 0
    printed = capsys.readouterr().out
    assert "examples: 8 on 4 pages (8 statements, 4 of them neutral by the rules" in printed
    assert "fold 1:" in printed and "pooled:" in printed
    written = stance_model.parse_model(json.loads(out.read_text("utf-8")))
    assert set(written.stances) == {"neutral", "warns", "supports", "rejects", "demands"}
    assert fit.main(args) == 0  # deterministic: the same file again
    assert stance_model.parse_model(json.loads(out.read_text("utf-8"))) == written
    # the fitted weights are the tiny gold's: a "said ... would" like its four neutral
    # statements reads neutral (features of one page only, "rule:rejects", are left out)
    assert "rule:neutral" in written.weights and "rule:rejects" not in written.weights
    probs = written.probabilities(
        features("Rome said the talks would resume.", "", None, False, None)
    )
    assert max(probs, key=probs.__getitem__) == "neutral"


def test_fit_script_refuses_a_missing_gold_in_one_line(tmp_path, capsys):
    pytest.importorskip("sklearn")
    fit = load_script(ROOT / "benchmarks" / "fit_stance_model.py")
    missing = tmp_path / "none.jsonl"
    assert fit.main(["--gold", f"{missing}:{tmp_path}", "--out", str(tmp_path / "w.json")]) == 2
    err = capsys.readouterr().err.strip()
    assert "none.jsonl" in err and "\n" not in err
    assert not (tmp_path / "w.json").exists()


def test_fit_script_holds_out_one_gold_set_at_a_time(tmp_path, capsys):
    pytest.importorskip("sklearn")
    fit = load_script(ROOT / "benchmarks" / "fit_stance_model.py")
    lines = (TINY / "positions.jsonl").read_text("utf-8").splitlines()
    golds = []
    for name, part in (("east", lines[:2]), ("west", lines[2:])):
        (tmp_path / name).mkdir()
        gold = tmp_path / name / "positions.jsonl"
        gold.write_text("\n".join(part) + "\n", "utf-8")
        golds += ["--gold", f"{gold}:{TINY}"]
    out = tmp_path / "weights.json"
    assert fit.main([*golds, "--out", str(out), "--by-set", "--min-taken", "1"]) == 0
    printed = capsys.readouterr().out
    # one fold per gold file, named by it; no fold of pages mixed across the files
    assert "set east/positions.jsonl:" in printed and "set west/positions.jsonl:" in printed
    assert "fold 0:" not in printed and "fold 2:" not in printed
    assert "withhold (not used):" in printed and "the rules' family below 0.3:" in printed
    rows = fit.examples([(tmp_path / n / "positions.jsonl", TINY) for n in ("east", "west")])
    folds = fit.fold_of(rows, 5, by_set=True)
    assert {folds[ex.page] for ex in rows if "japan" in ex.page or "france" in ex.page} == {0}
    assert {folds[ex.page] for ex in rows if "china" in ex.page or "germany" in ex.page} == {1}
    about = json.loads(out.read_text("utf-8"))["about"]
    assert "leave-one-set-out (2 sets)" in about
