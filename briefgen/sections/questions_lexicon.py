"""The cue lexicon of the open-questions and watch sections (briefgen/data/questions.toml).

Also reads the issue lexicon (briefgen/data/issues.toml, written by the positions analysis) for
issue labels and terms, falling back to ``[issue_terms]`` in questions.toml for ids it lacks.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Issue:
    """An issue: id, display label and the compiled pattern of its terms."""

    id: str
    label: str
    pattern: re.Pattern[str] | None


@dataclass(frozen=True)
class QuestionsLexicon:
    """Compiled cue patterns, templates and issue definitions."""

    watch_kinds: dict[str, re.Pattern[str]]
    commitment: re.Pattern[str]
    cues: dict[str, re.Pattern[str]]
    process: re.Pattern[str]
    templates: dict[str, list[str]]
    issue_templates: dict[str, dict[str, list[str]]]
    issue_nouns: dict[str, str]
    issues: dict[str, Issue]
    any_issue: re.Pattern[str] | None = None  # matches where any issue's pattern matches


def _read(name: str) -> dict[str, Any] | None:
    try:
        text = resources.files("briefgen.data").joinpath(name).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None
    return tomllib.loads(text)


def _terms_pattern(terms: list[str]) -> re.Pattern[str] | None:
    terms = [t for t in terms if isinstance(t, str) and t.strip()]
    if not terms:
        return None
    parts = [
        re.escape(t[:-1]) + r"\w*" if t.endswith("*") else re.escape(t) + r"\b"
        for t in sorted(terms, key=len, reverse=True)
    ]
    return re.compile(rf"\b(?:{'|'.join(parts)})", re.IGNORECASE)


def any_term_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A pattern that finds a place where any of ``terms`` matches (``_terms_pattern`` syntax).

    The terms are folded into a character trie, so a scan tries one branch per character
    instead of every term at every position: only for yes/no tests, since it stops at the
    shortest match (a ``*`` term matches its bare prefix).
    """
    trie: dict[str, Any] = {}
    for term in terms:
        if not isinstance(term, str) or not term.strip():
            continue
        prefix = term.endswith("*")
        node = trie
        for ch in (term[:-1] if prefix else term).lower():
            node = node.setdefault(ch, {})
        if prefix or node.get("") != "prefix":
            node[""] = "prefix" if prefix else "word"
    if not trie:
        return None
    return re.compile(r"\b" + _trie_regex(trie), re.IGNORECASE)


def _trie_regex(node: dict[str, Any]) -> str:
    if node.get("") == "prefix":
        return ""  # the prefix alone is a match; longer words add nothing to a yes/no test
    alts = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if node.get("") == "word":
        alts.append(r"\b")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _issue_table(raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Issue definitions from issues.toml, whether at top level or under [issues]."""
    table = raw.get("issues", raw)
    return {k: v for k, v in table.items() if isinstance(v, dict)}


def _issue_terms(spec: dict[str, Any]) -> list[str]:
    terms: list[str] = []
    for key in ("terms", "keywords", "patterns", "words", "aliases"):
        value = spec.get(key)
        if isinstance(value, list):
            terms.extend(str(v) for v in value)
    return terms


@cache
def questions_lexicon() -> QuestionsLexicon:
    """Load and compile the lexicons once per process."""
    raw = _read("questions.toml") or {}
    flags = re.IGNORECASE
    issues: dict[str, Issue] = {}
    issue_terms: dict[str, list[str]] = {}
    for issue_id, spec in _issue_table(_read("issues.toml") or {}).items():
        label = str(spec.get("label") or spec.get("name") or issue_id.replace("-", " "))
        terms = _issue_terms(spec)
        issues[issue_id] = Issue(issue_id, label, _terms_pattern(terms) if terms else None)
        issue_terms[issue_id] = terms
    for issue_id, terms in raw.get("issue_terms", {}).items():
        if issue_id not in issues or issues[issue_id].pattern is None:
            label = issues[issue_id].label if issue_id in issues else issue_id.replace("-", " ")
            issues[issue_id] = Issue(issue_id, label, _terms_pattern(terms))
            issue_terms[issue_id] = list(terms)
    process = "|".join(
        re.escape(n) for n in sorted(raw.get("process", {}).get("nouns", []), key=len, reverse=True)
    )
    return QuestionsLexicon(
        watch_kinds={k: re.compile(v, flags) for k, v in raw.get("watch_kinds", {}).items()},
        commitment=re.compile(raw.get("commitment", {}).get("pattern", r"(?!)"), flags),
        cues={
            kind: re.compile("|".join(f"(?:{p})" for p in pats), flags)
            for kind, pats in raw.get("cues", {}).items()
            if pats
        },
        process=re.compile(
            rf"\b((?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{process or '(?!)'})"
            rf"(?:\s+(?:{process or '(?!)'}))?)\b",
            flags,
        ),
        templates={k: list(v) for k, v in raw.get("templates", {}).items()},
        issue_templates={
            k: {kk: list(vv) for kk, vv in v.items()} for k, v in raw.get("issues", {}).items()
        },
        issue_nouns=dict(raw.get("issue_nouns", {})),
        issues=issues,
        # one scan for "names any issue" instead of one search per issue
        any_issue=any_term_pattern([t for terms in issue_terms.values() for t in terms]),
    )
