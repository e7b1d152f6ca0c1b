"""The stance-cue lexicon: what ``briefgen/data/stance_cues.toml`` lists, read once.

Stance verbs ("insisted", "rejected") and silences ("declined to comment"), stance nouns read
through a possessive ("Bush's refusal"), predicates ("is a staunch backer of"), clause cues
("only if", "must"), the auxiliaries and negations allowed between an actor and its verb, and
the acts that state an intention ("has begun", "will prolong"); with the office words that may
stand between an actor and its verb (``HOLDER_NOUNS``: "Russia's foreign ministry said").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

HOLDER_NOUNS = frozenset(
    [
        "government",
        "governments",
        "administration",
        "authorities",
        "officials",
        "official",
        "ministers",
        "minister",
        "leaders",
        "leader",
        "president",
        "prime",
        "premier",
        "chancellor",
        "foreign",
        "finance",
        "trade",
        "defence",
        "defense",
        "interior",
        "ministry",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "envoys",
        "ambassador",
        "negotiators",
        "negotiator",
        "diplomats",
        "diplomat",
        "delegation",
        "secretary",
        "state",
        "department",
        "team",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "aides",
        "aide",
        "chief",
        "chiefs",
        "head",
        "representative",
        "representatives",
        "commission",
        "secretary-general",
        "affairs",
        "embassy",
        "cabinet",
        "agency",
        "consulate",
        "mission",
        "office",  # "South Korea's presidential office said", "Pakistan's Foreign Office"
        "establishment",  # "Israel's defense establishment has expressed interest in"
        # a body's own texts ("The Gulf Co-operation Council's final communique said")
        "communique",
        "communiqué",
        "declaration",
        # a state's armed forces speak for it ("Israel's military said", "the Russian army
        # said"): an organ of the state, unlike its companies or courts
        "military",
        "army",
        "navy",
    ]
)


@dataclass(frozen=True)
class _Cues:
    nouns: dict[str, str]
    verbs: dict[tuple[str, ...], str]
    verb_first: dict[str, int]
    clauses: tuple[tuple[str, str], ...]
    aux: frozenset[str]
    negations: frozenset[str]
    perfect_acts: frozenset[str] = frozenset()
    future_acts: frozenset[str] = frozenset()
    predicates: dict[str, str] | None = None
    scheduled: frozenset[str] = frozenset()  # "is to speak": a schedule, not an intention


SILENT = "silent"  # "declined to comment": the actor took no position


@cache
def stance_cues_file() -> dict[str, Any]:
    """``briefgen/data/stance_cues.toml`` as parsed TOML, read once (stances and officials)."""
    with (DATA_DIR / "stance_cues.toml").open("rb") as fh:
        return tomllib.load(fh)


@cache
def cues() -> _Cues:
    """The stance cue lexicon, loaded once."""
    raw = stance_cues_file()
    verbs: dict[tuple[str, ...], str] = {}
    first: dict[str, int] = {}
    silent = [phrase for phrases in raw.get("silence", {}).values() for phrase in phrases]
    groups = [*raw["verbs"].items(), (SILENT, silent)]
    for stance, words in groups:
        for phrase in words:
            key = tuple(phrase.lower().split())
            verbs.setdefault(key, stance)
            first[key[0]] = max(first.get(key[0], 0), len(key))
    clauses = tuple(
        (cue.lower(), stance) for stance, words in raw["clauses"].items() for cue in words
    )
    aux = frozenset(w.lower() for w in raw["aux"]["words"])
    nouns = {
        noun.lower(): stance for stance, words in raw.get("nouns", {}).items() for noun in words
    }
    acts = frozenset(w.lower() for w in raw.get("actions", {}).get("perfect", []))
    predicates = {
        cue.lower(): stance for stance, words in raw.get("predicates", {}).items() for cue in words
    }
    negations = frozenset(raw["aux"]["negations"])
    future = frozenset(w.lower() for w in raw.get("actions", {}).get("future", []))
    scheduled = frozenset(w.lower() for w in raw.get("actions", {}).get("scheduled", []))
    return _Cues(
        nouns,
        verbs,
        first,
        clauses,
        aux,
        negations,
        perfect_acts=acts,
        future_acts=future,
        predicates=predicates,
        scheduled=scheduled,
    )
