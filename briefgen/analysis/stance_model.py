"""A learned second reading of a statement's stance, for the statements the rules call neutral.

The stance modules (:mod:`~briefgen.analysis.clause_stance`, :mod:`~briefgen.analysis.actor_verbs`
and the rest) read a stance from cues; a statement none of them reads stays "neutral" and the
brief's Positions section leaves it out. This step reads those statements again with a small
multinomial logistic model over general features of the statement (:func:`features`): the
crude stems of its words and of the few words before it in its sentence (the reporting frame:
"accused", "warned"), the stances the cue lexicon lists for them, a negation, a modal, whether
the words are a direct quote or the reporter's paraphrase, whether a named person holds it, and
the rules' own stance. The weights (``briefgen/data/stance_model.json``) are fitted on the
stance-labelled dev gold by ``benchmarks/fit_stance_model.py`` (scikit-learn, offline); at run
time a statement's score is a sum of dict lookups per class and a softmax. A neutral statement
takes the model's stance only when the probability of that stance's family is at least the
fitted threshold (chosen by cross-validation over pages for family precision >= 0.9 on the
statements it changes); a threshold above 1 means the fit found no such setting and the step
changes nothing, the honest null.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from briefgen.analysis.clause_cues import _clause_cue_regex, _clause_stances
from briefgen.analysis.clause_stance import clause_stance
from briefgen.analysis.reporting_verbs import reporting_stance
from briefgen.analysis.stance_lexicon import cues
from briefgen.model import Statement, Story

# the stance families the brief's reader needs (support, opposition, demand, neutral)
FAMILY: dict[str, str] = {
    "supports": "support",
    "proposes": "support",
    "opposes": "opposition",
    "rejects": "opposition",
    "denies": "opposition",
    "accuses": "opposition",
    "warns": "opposition",
    "demands": "demand",
    "conditions": "demand",
    "neutral": "neutral",
}
FORMAT = 1  # the version of the features; a weights file for another version is refused
FRAME_WORDS = 4  # words read before the statement in its sentence (its reporting frame)
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_NEGATIONS = frozenset(["not", "never", "no", "nor", "without", "cannot", "neither"])
_MODALS = frozenset(["must", "should", "will", "would", "could", "can", "may", "might", "need"])
_OPENING_QUOTES = "\"“‘'"


def stem(word: str) -> str:
    """A crude stem shared by a word's inflections ("warned", "warns", "warning" -> "warn")."""
    if len(word) <= 4:
        return word
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and not word.endswith("ss"):
            word = word[: -len(suffix)] + keep
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def _words(text: str) -> list[str]:
    """Lower-case words, a negated auxiliary split ("didn't" -> "did", "not"); a capitalised
    word after the first is left out (a name or a place: what a page is about, not how a
    stance is stated; "I" is kept)."""
    out: list[str] = []
    for i, w in enumerate(_WORD.findall(text.replace("’", "'"))):
        if i and w[0].isupper() and w != "I":
            continue
        w = w.lower()
        if w.endswith("n't"):
            out.extend((w[:-3], "not"))
        elif "'" in w:
            out.append(w.split("'", 1)[0])
        else:
            out.append(w)
    return out


def features(
    text: str, frame: str, rule: str | None, quoted: bool, person: bool | None
) -> set[str]:
    """The features of a statement: ``text`` its words, ``frame`` the words before it in its
    sentence, ``rule`` the stance the rules read, ``quoted`` its words are a direct quote,
    ``person`` a named person holds it (None: unknown, as for a gold evidence no rule read)."""
    lexicon = cues()
    words = _words(text)
    before = _words(frame)[-FRAME_WORDS:]
    out = {"w:" + stem(w) for w in words}
    out.update("b:" + stem(w) for w in before)
    for w in (*before, *words):
        stance = lexicon.verbs.get((w,))
        if stance is not None:
            out.add("lex:" + stance)
        noun = lexicon.nouns.get(w)
        if noun is not None:
            out.add("noun:" + noun)
        if w in _NEGATIONS:
            out.add("neg")
        if w in _MODALS:
            out.add("modal")
    # the rules' own readings of the words, whatever they decided: every clause cue listed,
    # what the clause reader and the reporting verb before the words state
    stances = _clause_stances()
    low = text.lower()
    for m in _clause_cue_regex().finditer(low):
        out.add("cue:" + stances.get(m.group(0), "neutral"))
    out.add("clause:" + clause_stance("neutral", text, False))
    framed = reporting_stance(frame)
    if framed is not None:
        out.add("frame:" + framed[0] + (":not" if framed[1] else ""))
    out.add("quoted" if quoted else "reported")
    if person is not None:
        out.add("person" if person else "body")
    if rule is not None:
        out.add("rule:" + rule)
    return out


@dataclass(frozen=True)
class StanceModel:
    """The fitted model: per feature one weight per stance, the biases and the threshold."""

    stances: tuple[str, ...]
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    threshold: float

    def probabilities(self, feats: set[str]) -> dict[str, float]:
        """Each stance's probability given ``feats`` (a softmax over the summed weights)."""
        scores = list(self.bias)
        for f in sorted(feats):  # a fixed order: the same floating-point sums every run
            row = self.weights.get(f)
            if row is not None:
                for i, w in enumerate(row):
                    scores[i] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {s: e / total for s, e in zip(self.stances, exps, strict=True)}

    def read(self, feats: set[str]) -> tuple[str, str, float]:
        """(stance, family, family probability): the most probable family other than neutral,
        and its most probable stance."""
        probs = self.probabilities(feats)
        fams: dict[str, float] = {}
        for stance, p in probs.items():
            fams[FAMILY[stance]] = fams.get(FAMILY[stance], 0.0) + p
        family = max(
            (f for f in sorted(fams) if f != "neutral"), key=lambda f: fams[f], default="neutral"
        )
        stance = max((s for s in self.stances if FAMILY[s] == family), key=lambda s: probs[s])
        return stance, family, fams.get(family, 0.0)


def parse_model(data: dict[str, Any]) -> StanceModel:
    """The model in a weights file's JSON; refuses another feature version or unknown stances."""
    if data.get("format") != FORMAT:
        raise ValueError("stance model: the weights file is not this version's")
    stances = tuple(data["stances"])
    if not stances or any(s not in FAMILY for s in stances):
        raise ValueError("stance model: unknown stances in the weights file")
    weights = {f: tuple(float(w) for w in row) for f, row in data["weights"].items()}
    if any(len(row) != len(stances) for row in weights.values()):
        raise ValueError("stance model: a weight row does not match the stances")
    bias = tuple(float(b) for b in data["bias"])
    if len(bias) != len(stances):
        raise ValueError("stance model: the biases do not match the stances")
    return StanceModel(stances, weights, bias, float(data["threshold"]))


@cache
def model() -> StanceModel:
    """The shipped weights (``briefgen/data/stance_model.json``), read once per process."""
    text = resources.files("briefgen").joinpath("data/stance_model.json").read_text("utf-8")
    return parse_model(json.loads(text))


def span_features(
    story: Story, start: int, end: int, rule: str | None, person: bool | None
) -> set[str]:
    """The features of the statement over ``story.body[start:end]`` (its frame: the words
    before it in its sentence; quoted: it opens right after a quote mark or lies inside a
    direct quote)."""
    body = story.body
    sentence = story.sentence_at(start)
    lo = sentence[0] if sentence is not None else start
    frame = body[max(lo, start - 80) : start]
    quoted = (start > 0 and body[start - 1] in _OPENING_QUOTES) or any(
        q.kind == "direct" and q.start <= start and end <= q.end + 1 for q in story.quotes
    )
    return features(body[start:end], frame, rule, quoted, person)


def read_statement(
    story: Story, statement: Statement, weights: StanceModel | None = None
) -> tuple[str, str, float]:
    """The model's reading of an analysed ``statement`` of ``story``: (stance, family, family
    probability), the most probable family other than neutral. For a plugin that accepts a
    lower precision than the shipped threshold: its ``annotate_story`` may give the neutral
    statements it reads surely enough that stance."""
    w = weights or model()
    feats = span_features(
        story, statement.start, statement.end, statement.stance, statement.actor is not None
    )
    return w.read(feats)


# filled by ``benchmarks/fit_stance_model.py`` while it reads the rules' stances: the step
# then changes nothing, whatever weights are shipped; empty in normal runs
_fitting: list[bool] = []


def learned_stances(
    story: Story, statements: list[Statement], weights: StanceModel | None = None
) -> int:
    """Give each neutral statement the model's stance where the family's probability is at
    least the threshold; returns how many changed (none when the threshold is above 1)."""
    if _fitting:
        return 0
    w = weights or model()
    if w.threshold > 1.0:
        return 0  # the fit found no threshold precise enough: the step is inert
    changed = 0
    for statement in statements:
        if statement.stance != "neutral":
            continue
        stance, _, p = read_statement(story, statement, w)
        if p >= w.threshold:
            statement.stance = stance  # type: ignore[assignment]
            changed += 1
    return changed
