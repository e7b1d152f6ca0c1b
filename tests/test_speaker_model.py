"""The learned speaker model: shipped weights, the quotes it resolves, its fit script and the
``choose_speaker`` hook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import load_script

from briefgen import hookimpl
from briefgen.analysis import speaker_model
from briefgen.analysis.pipeline import analyze_builtin, analyze_story
from briefgen.model import Story
from briefgen.plugins import get_plugins

ROOT = Path(__file__).resolve().parent.parent
TINY = ROOT / "tests" / "data" / "speaker_model"  # a synthetic brat folder, data/train only

# a quote closed by its speaker's name and apposition, no verb: no rule names the speaker
APPOSITION = (
    "The talks ended without a deal on Friday, and officials from both sides left the "
    'capital.\n\n"We will not sign anything that hurts our farmers and our workers," Maria '
    "Lopez, the trade minister."
)
# an open quote the model is not sure of: the hook's case
UNSURE = (
    "Simon Champion, an analyst at Deutsche Bank, expects the cruise line to recover.\n\n"
    "Despite the setback, he pointed out, the firm has a large fleet. "
    '"Carnival has an incredibly strong track record," Mr Champion.'
)


def analysed(body: str) -> Story:
    return analyze_builtin(Story(title="Talks", body=body))


def test_shipped_weights_load_with_one_weight_per_feature():
    w = speaker_model.model()
    assert len(w.weights) == len(speaker_model.FEATURES)
    assert 0.5 <= w.threshold <= 1.01  # above 1: the fit found no threshold precise enough
    data = json.loads((ROOT / "briefgen/data/speaker_model.json").read_text("utf-8"))
    assert list(data["weights"]) == list(speaker_model.FEATURES)


def test_weights_of_another_feature_set_are_refused():
    data = json.loads((ROOT / "briefgen/data/speaker_model.json").read_text("utf-8"))
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="features"):
        speaker_model.parse_weights(data)


def test_model_ranks_the_name_of_an_apposition_without_a_verb_first():
    story = analysed(APPOSITION)
    [quote] = story.quotes
    [(start, end, candidates)] = story.annotations["speaker_candidates"]
    assert (start, end) == (quote.start, quote.end)
    assert candidates[0].name == "Maria Lopez"
    assert candidates[0].probability > 0.5


def test_the_shipped_threshold_decides_whether_the_model_speaks(monkeypatch):
    shipped = speaker_model.model()
    probability = analysed(APPOSITION).annotations["speaker_candidates"][0][2][0].probability
    [quote] = analysed(APPOSITION).quotes
    assert (quote.speaker.name is None) == (probability < shipped.threshold)
    # a model sure enough of its candidate names the speaker, cue "model"
    sure = speaker_model.Weights(shipped.weights, shipped.bias, probability - 0.01, 0.0)
    monkeypatch.setattr(speaker_model, "model", lambda: sure)
    [quote] = analysed(APPOSITION).quotes
    assert (quote.speaker.name, quote.cue) == ("Maria Lopez", "model")
    # and leaves it open when the next candidate is too close behind
    unsure = speaker_model.Weights(shipped.weights, shipped.bias, probability - 0.01, 1.0)
    monkeypatch.setattr(speaker_model, "model", lambda: unsure)
    assert analysed(UNSURE).quotes[0].speaker.name is None


def test_results_are_deterministic():
    first = analysed(APPOSITION + "\n\n" + UNSURE)
    second = analysed(APPOSITION + "\n\n" + UNSURE)
    assert first.quotes == second.quotes
    assert first.annotations["speaker_candidates"] == second.annotations["speaker_candidates"]


def test_an_unsure_quote_stays_unresolved_with_its_candidates_ranked():
    story = analysed(UNSURE)
    [quote] = story.quotes
    assert quote.speaker.name is None
    [(start, end, candidates)] = story.annotations["speaker_candidates"]
    assert (start, end) == (quote.start, quote.end)
    assert [c.name for c in candidates] == ["Simon Champion", "Deutsche Bank"]
    assert candidates[0].probability > candidates[1].probability
    assert candidates[0].probability < speaker_model.model().threshold


def test_quotes_the_rules_resolve_are_not_scored():
    story = analysed('Maria Lopez met the press.\n\n"We will sign the deal this week," she said.')
    assert story.quotes[0].cue == "pronoun"
    assert "speaker_candidates" not in story.annotations


class PickTheOrganisation:
    @hookimpl
    def choose_speaker(self, quote, candidates, story):
        orgs = [c for c in candidates if c.kind == "organisation"]
        return orgs[0] if orgs else None


class PickAStranger:
    @hookimpl
    def choose_speaker(self, quote, candidates, story):
        return type(candidates[0])("Someone Else", "person", 1.0)


def test_a_choose_speaker_plugin_overrides_the_builtin_choice():
    plugins = get_plugins(load_entry_points=False)
    plugins.register(PickTheOrganisation(), name="pick-org")
    try:
        story = analyze_story(Story(title="Cruise", body=UNSURE), plugins)
    finally:
        plugins.unregister("pick-org")
    [quote] = story.quotes
    assert (quote.speaker.name, quote.cue) == ("Deutsche Bank", "model")


def test_a_choose_speaker_plugin_must_pick_a_candidate():
    plugins = get_plugins(load_entry_points=False)
    plugins.register(PickAStranger(), name="stranger")
    try:
        story = analyze_story(Story(title="Cruise", body=UNSURE), plugins)
    finally:
        plugins.unregister("stranger")
    assert story.quotes[0].speaker.name is None
    [failure] = [f for f in plugins.failures if f.plugin == "stranger"]
    assert failure.hook == "choose_speaker" and "not one of" in failure.message


def test_fit_script_writes_weights_that_change_predictions(tmp_path, capsys):
    pytest.importorskip("sklearn")
    fit = load_script(ROOT / "benchmarks" / "fit_speaker_model.py")
    out = tmp_path / "weights.json"
    args = ["--polnear", str(TINY), "--out", str(out), "--folds", "2", "--min-taken", "1"]
    assert fit.main(args) == 0
    assert "held-out (2-fold over articles)" in capsys.readouterr().out
    written = speaker_model.parse_weights(json.loads(out.read_text("utf-8")))
    assert fit.main(args) == 0  # deterministic: the same file again
    assert speaker_model.parse_weights(json.loads(out.read_text("utf-8"))) == written
    # the written weights are the ones that score: other weights rank the candidates otherwise
    story = Story(title="Cruise", body=UNSURE)
    probabilities = {}
    for name, weights in (("shipped", speaker_model.model()), ("written", written)):
        captured = []
        speaker_model._collector.append(
            lambda ctx, pieces, idx, lines, w=weights, sink=captured: sink.append(
                [c.probability for c in speaker_model.ranked(ctx, pieces, idx, lines, w)]
            )
        )
        try:
            analyze_builtin(story)
        finally:
            speaker_model._collector.clear()
        probabilities[name] = captured
    assert probabilities["written"] and probabilities["written"] != probabilities["shipped"]


def test_fit_script_adds_a_quote_gold_set_held_out_whole(tmp_path, capsys):
    # --gold: a quote gold set (quotes_benchmark's format) is fitted on and held out as one
    # fold; its open quotes are labelled by the gold speaker
    pytest.importorskip("sklearn")
    fit = load_script(ROOT / "benchmarks" / "fit_speaker_model.py")
    article = tmp_path / "cruise.txt"
    article.write_text("Cruise\n\n" + UNSURE + "\n", "utf-8")
    gold = tmp_path / "gold.jsonl"
    quote = {"text": "Carnival has an incredibly strong track record,", "speaker": "Simon Champion"}
    gold.write_text(json.dumps({"file": str(article), "quotes": [quote]}) + "\n", "utf-8")
    rows = fit.gold_examples([gold], 10, 2)
    assert [(ex.fold, ex.open) for ex in rows] == [(2, True)]
    names = [p.name for p, _f in speaker_model.candidates(*_open_piece(UNSURE))]
    assert rows[0].labels == [int(n == "Simon Champion") for n in names]
    out = tmp_path / "weights.json"
    args = ["--polnear", str(TINY), "--out", str(out), "--folds", "2", "--min-taken", "1"]
    assert fit.main([*args, "--gold", str(gold)]) == 0
    assert "held-out set 0: open 1" in capsys.readouterr().out


def _open_piece(body: str):  # type: ignore[no-untyped-def]
    """(ctx, pieces, idx, lines) of the first direct piece of ``body``, as the model sees it."""
    seen = []
    speaker_model._collector.append(lambda *a: seen.append(a))
    try:
        analyze_builtin(Story(title="Cruise", body=body))
    finally:
        speaker_model._collector.clear()
    return seen[0]
