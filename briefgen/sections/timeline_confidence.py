"""How likely a timeline line is to be right: a learned confidence from what the analysis and
the timeline's rules already computed.

Every candidate line has cleared the timeline's rules; the confidence ranks what is left and
sets the bar on how many lines the section shows (an empty or short timeline beats a padded
one). The features are facts of the line, its date and its corpus:

- who acts: an actor the analysis found in the line, one named in another story of the corpus
  (the corpus's subject rather than a passer-by), a subject opening on a name;
- its date: written in full or relative to its story ("on Tuesday", "last week"), a year
  inferred from the brief's date, a week or a month rather than a day, how long before its
  story;
- how many stories report it;
- whether it reads alone: a whole sentence or a clause cut from one, a quotation mark inside,
  opening on "But"/"And", its length, the date inside a side clause after the main verb
  ("... after the debate on Saturday", "who was to travel ... on Wednesday");
- its place in its story (the lede tells the news).

The weights (``briefgen/data/timeline_model.json``) are a logistic regression fitted on pooled
reviewer marks of timeline sheets, the threshold chosen leaving one corpus out
(``benchmarks/fit_timeline_model.py``); at run time a line's score is a dot product.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from briefgen.analysis.mentions import speech_alternation
from briefgen.model import Actor, Story
from briefgen.sections.evidence import content_tokens

if TYPE_CHECKING:
    from briefgen.sections.timeline import _Entry

# the closed class of words that open a clause without naming its actor
_NOT_A_NAME_TEXT = (
    "The A An But And Yet So In On At As By For From With After Before During Since When While "
    "If Although Though His Her Their Its Our My This That These Those It He She They We I "
    "There Last Earlier Later Early Late Then Now Still Also Meanwhile However Instead"
)
_NOT_A_NAME = frozenset(_NOT_A_NAME_TEXT.split())
_WORD = re.compile(r"[\w'’.-]+")
_CONJUNCTION = re.compile(r"^\W*(?:But|And|Yet|So|Or)\b")
_QUOTE_MARK = re.compile(r"[\"“”‘]|(?<!\w)'|'(?!\w)")
# a subordinating or relative word: the date after it sits in a side clause of the line
_SIDE = re.compile(
    r"\b(?:after|before|when|while|since|until|as|who|whom|which|whose|where|following"
    r"|because|if|ahead\s+of)\b",
    re.IGNORECASE,
)
_LEDE_CHARS = 600
MIN_STORIES = 5  # the fewest stories whose lines are judged against their corpus
# a figure: "$2 million", "40 percent", "1,401", "4.9%"
_FIGURE = re.compile(
    r"[$£€]\s?\d|\d[\d,.]*\s?(?:%|percent|per\s+cent|million|billion|bn|m\b)|\d,\d{3}"
)
# a subject named by a common noun: "The poll showed", "The rent jumped", "This group"
_COMMON_SUBJECT = re.compile(
    r"^\W*(?:The|This|That|These|Those)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\b"
)
_SPEECH = re.compile(
    rf"\b(?:{speech_alternation('attribution')})\b"
)  # the lede: the story's first sentences


def subject_named(text: str) -> bool:
    """Does the line open on a name: a capitalised word that is not a determiner, a pronoun, a
    conjunction or a preposition ("Sanders won ...", not "The poll showed ...")? A fronted
    phrase of time ("On Monday, ...") is skipped."""
    words = _WORD.findall(text.split(",", 1)[1] if _LEADS_WITH_TIME.match(text) else text)
    first = words[0] if words else ""
    return first[:1].isupper() and first not in _NOT_A_NAME


_LEADS_WITH_TIME = re.compile(r"^\W*(?:On|In|By|Last|Earlier|Early|Late|Later)\s[^,]{1,30},")


def actor_key(actor: Actor) -> str:
    """An actor as counted across stories: a person by surname ("Donald J. Trump" and
    "Donald Trump" are one), anything else by name."""
    if actor.kind == "person":
        return actor.name.rsplit(None, 1)[-1].lower()
    return actor.name


def corpus_counts(stories: Iterable[Story]) -> Counter[str]:
    """How many stories name each actor (the corpus's recurring actors), and how many titles
    hold each content word (keyed ``"t:" + word``: the corpus's subject)."""
    counts: Counter[str] = Counter()
    for story in stories:
        counts.update({actor_key(a) for a in story.actors})
        counts.update({"t:" + w for w in content_tokens(story.title or "")})
    return counts


@dataclass(frozen=True)
class Corpus:
    """What a line is judged against: actor and title-word counts over the stories, how many
    stories, and the first and last days of the candidate lines."""

    counts: Counter[str]
    n_stories: int
    first: date
    last: date


def corpus_view(entries: list[_Entry], stories: list[Story]) -> Corpus:
    """The corpus facts the features of ``entries`` need."""
    days = [e.item.date for e in entries if e.item.date is not None] or [date.min]
    return Corpus(corpus_counts(stories), len(stories), min(days), max(days))


def line_features(entry: _Entry, corpus: Corpus) -> dict[str, float]:
    """The features of one candidate line (see the module's docstring)."""
    counts, n_stories = corpus.counts, corpus.n_stories
    item, story, m = entry.item, entry.story, entry.mention
    source = item.sources[0]
    start, end = source["start"], source["end"]
    text = item.event
    names = [
        actor_key(a)
        for a in story.actors
        if any(start <= s0 and e0 <= end for s0, e0 in a.mentions)
    ]
    most = max((counts[n] for n in names), default=0)
    days = (
        (story.published.date() - item.date).days
        if story.published is not None and item.date is not None
        else 0
    )
    date_at = story.body.find(m.text, start, end) - start if m.start >= start else -1
    side = _SIDE.search(text, 0, date_at) if date_at > 0 else None
    n_words = len(text.split())
    words = set(content_tokens(text))
    title = set(content_tokens(story.title or ""))
    topical = sum(1 for w in words if counts["t:" + w] >= 2)
    opening = _LEADS_WITH_TIME.sub("", text, count=1)
    return {
        "actor": float(bool(names)),
        "recurring_actor": float(most >= 2),
        "salience": min(1.0, most / max(3.0, 0.1 * n_stories)),
        "named_subject": float(subject_named(text)),
        "stories": min(2.0, len({s["story"] for s in item.sources}) - 1.0),
        "relative_date": float(m.relative),
        "inferred": float(item.inferred),
        "coarse": float(item.precision in ("week", "month", "year")),
        "days_before": min(1.0, max(0, days) / 14),
        "whole_sentence": float(text.rstrip()[-1:] in '.!?"”’'),
        "quote_mark": float(_QUOTE_MARK.search(text) is not None),
        "conjunction": float(_CONJUNCTION.match(text) is not None),
        "long": min(1.0, max(0, n_words - 20) / 20),
        "side_clause_date": float(side is not None and side.start() > 0),
        "lede": float(m.sent_start < _LEDE_CHARS),
        "title_words": min(1.0, len(words & title) / 2),
        "topical_words": min(1.0, topical / 3),
        "figures": min(1.0, len(_FIGURE.findall(text.replace(m.text, " "))) / 2),
        "common_subject": float(_COMMON_SUBJECT.match(opening) is not None),
        "speech": float(_SPEECH.search(text) is not None),
        "recency": recency(item.date, corpus),
    }


def recency(day: date | None, corpus: Corpus) -> float:
    """Where ``day`` falls between the first and the last day of the candidate lines (1: the
    latest)."""
    if day is None:
        return 0.0
    width = (corpus.last - corpus.first).days
    return (day - corpus.first).days / width if width > 0 else 1.0


@cache
def model() -> dict[str, Any]:
    """The shipped weights (``briefgen/data/timeline_model.json``), read once per process."""
    text = resources.files("briefgen").joinpath("data/timeline_model.json").read_text("utf-8")
    return json.loads(text)


def fitted_threshold() -> float:
    """The bar the fit chose: a line below it is not shown, however many places are left."""
    return float(model()["threshold"])


def score(features: dict[str, float], weights: dict[str, float], bias: float) -> float:
    """The logistic model's probability that the line is right."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def line_confidences(entries: list[_Entry], stories: list[Story]) -> list[float]:
    """Each candidate line's confidence, in order; 1.0 for every line of a corpus too small
    (fewer than ``MIN_STORIES``) for its corpus features (recurring actors, title words, where
    a date falls among the others) to mean anything."""
    if len(stories) < MIN_STORIES:
        return [1.0] * len(entries)
    corpus = corpus_view(entries, stories)
    fitted = model()
    weights, bias = fitted["weights"], fitted["bias"]
    return [score(line_features(e, corpus), weights, bias) for e in entries]
