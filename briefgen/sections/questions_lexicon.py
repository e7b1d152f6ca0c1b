"""The cue lexicon of the open-questions and watch sections (briefgen/data/questions.toml).

Also reads the issue lexicon (briefgen/data/issues.toml, written by the positions analysis) for
issue labels and terms, falling back to ``[issue_terms]`` in questions.toml for ids it lacks.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass, field
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
    any_issue_lower: re.Pattern[str] | None = None  # the same, case-sensitive, for lower text
    # case-sensitive twins of ``cues`` / ``commitment`` for lower-cased text (see prefilter)
    cues_lower: dict[str, re.Pattern[str] | None] = field(default_factory=dict)
    commitment_lower: re.Pattern[str] | None = None
    any_cue_lower: re.Pattern[str] | None = None  # any of ``cues_lower``, in one scan
    whether: re.Pattern[str] | None = None  # "it is unclear whether ...": a pending decision
    modal: re.Pattern[str] | None = None  # "X must V": an obligation on the words before it
    addressed: re.Pattern[str] | None = None  # "urged X to V": an obligation on X
    subject_heads: frozenset[str] = frozenset()  # institutions that can act ("the government")
    # case-sensitive twins of ``whether``, ``modal`` and ``addressed`` for lower-cased text
    whether_lower: re.Pattern[str] | None = None
    modal_lower: re.Pattern[str] | None = None
    addressed_lower: re.Pattern[str] | None = None
    meta_issues: frozenset[str] = frozenset()  # issues that name no matter of a conflict
    # the open-questions cues (above, and the stalled/requirement/missing ``cues``) in one scan
    question_cue_lower: re.Pattern[str] | None = None
    outcome: re.Pattern[str] | None = None  # an institution's decision told in the past
    national: frozenset[str] = frozenset()  # institutions of a country left unnamed

    def names_issue(self, text: str) -> bool:
        """True when some issue's terms occur in ``text`` (one scan, not one per issue)."""
        if self.any_issue is None:
            return False
        if self.any_issue_lower is not None:
            low = lowered(text)
            if low is not None:
                return self.any_issue_lower.search(low) is not None
        return self.any_issue.search(text) is not None


_FOLDS_TO_ASCII = ("\u017f", "\u212a", "\u0131", "\u0130")


def lowered(text: str) -> str | None:
    """``text.lower()`` when a case-sensitive scan of it finds what an IGNORECASE scan of
    ``text`` finds (same length, no letter that IGNORECASE folds onto ASCII); else None."""
    low = text.lower()
    if len(low) != len(text):
        return None
    if not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII):
        return None
    return low


def prefiltered_search(
    pattern: re.Pattern[str],
    lower: re.Pattern[str] | None,
    text: str,
    low: str | None,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, ruled out first by the faster case-sensitive
    ``lower`` on ``low`` (``lowered(text)``) when both are given: most texts do not match."""
    if lower is not None and low is not None and lower.search(low, pos, endpos) is None:
        return None
    return pattern.search(text, pos, endpos)


def _any_of(patterns: list[re.Pattern[str] | None]) -> re.Pattern[str] | None:
    """One pattern matching wherever one of ``patterns`` does (None if any is missing)."""
    if not patterns or any(p is None for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns if p is not None))
    except re.error:  # e.g. a group name used twice
        return None


def case_free_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The IGNORECASE ``pattern`` without the flag, when it then matches lower-cased text
    exactly as the original matches the text: every literal and class is lower-case ASCII
    or caseless, no group switches IGNORECASE off. None when that cannot be shown."""
    if not pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        from re import _constants as c
        from re import _parser as parser

        tree = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a private module that moved: no twin, the original still works
        return None

    def caseless(code: int) -> bool:
        ch = chr(code)
        return ch.isascii() and ch == ch.lower()

    def ok(items: Any) -> bool:
        for op, av in items:
            if op in (c.LITERAL, c.NOT_LITERAL):
                if not caseless(av):
                    return False
            elif op is c.IN:
                for kind, arg in av:
                    if kind in (c.LITERAL, c.NOT_LITERAL) and not caseless(arg):
                        return False
                    if kind is c.RANGE and (
                        (arg[0] <= ord("Z") and arg[1] >= ord("A")) or arg[1] > 127
                    ):
                        return False
            elif op is c.SUBPATTERN:
                if av[2] & re.IGNORECASE or not ok(av[3]):
                    return False
            elif op is c.BRANCH:
                if not all(ok(b) for b in av[1]):
                    return False
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                if not ok(av[2]):
                    return False
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if not ok(av[1]):
                    return False
            elif op is c.ATOMIC_GROUP:
                if not ok(av):
                    return False
            elif op not in (c.AT, c.ANY, c.CATEGORY, c.GROUPREF):
                return False
        return True

    if not ok(tree):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


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


def any_term_pattern(
    terms: list[str], flags: re.RegexFlag = re.IGNORECASE
) -> re.Pattern[str] | None:
    """A pattern that finds a place where any of ``terms`` matches (``_terms_pattern`` syntax).

    The terms are folded into a character trie, so a scan tries one branch per character
    instead of every term at every position: only for yes/no tests, since it stops at the
    shortest match (a ``*`` term matches its bare prefix). Without IGNORECASE in ``flags``
    the pattern matches lower-cased text only.
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
    return re.compile(r"\b" + _trie_regex(trie), flags)


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
def questions_raw() -> dict[str, Any]:
    """``questions.toml`` as parsed, for the tables a section reads itself."""
    return _read("questions.toml") or {}


@cache
def questions_lexicon() -> QuestionsLexicon:
    """Load and compile the lexicons once per process."""
    raw = questions_raw()
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
    all_terms = [t for terms in issue_terms.values() for t in terms if isinstance(t, str)]
    ascii_terms = all(t.isascii() for t in all_terms)
    process = "|".join(
        re.escape(n) for n in sorted(raw.get("process", {}).get("nouns", []), key=len, reverse=True)
    )
    cues = {
        kind: re.compile("|".join(f"(?:{p})" for p in pats), flags)
        for kind, pats in raw.get("cues", {}).items()
        if pats
    }
    commitment = re.compile(raw.get("commitment", {}).get("pattern", r"(?!)"), flags)
    cues_lower = {kind: case_free_twin(p) for kind, p in cues.items()}
    obligation = raw.get("obligation", {})
    whether = _optional(raw.get("whether", {}).get("pattern"), flags)
    modal = _optional(obligation.get("modal"), flags)
    addressed = _optional(obligation.get("addressed"), flags)
    question_twins = [
        case_free_twin(whether) if whether else None,
        case_free_twin(modal) if modal else None,
        case_free_twin(addressed) if addressed else None,
        *(cues_lower.get(kind) for kind in ("stalled", "requirement", "missing")),
    ]
    return QuestionsLexicon(
        watch_kinds={k: re.compile(v, flags) for k, v in raw.get("watch_kinds", {}).items()},
        commitment=commitment,
        cues=cues,
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
        any_issue=any_term_pattern(all_terms),
        any_issue_lower=any_term_pattern(all_terms, re.NOFLAG) if ascii_terms else None,
        cues_lower=cues_lower,
        any_cue_lower=_any_of(list(cues_lower.values())),
        commitment_lower=case_free_twin(commitment),
        whether=whether,
        modal=modal,
        addressed=addressed,
        whether_lower=question_twins[0],
        modal_lower=question_twins[1],
        addressed_lower=question_twins[2],
        question_cue_lower=_any_of(question_twins),
        outcome=_optional(raw.get("outcome", {}).get("pattern"), re.NOFLAG),
        meta_issues=frozenset(str(i) for i in raw.get("conflict", {}).get("meta_issues", [])),
        subject_heads=frozenset(
            str(h).lower() for h in raw.get("subjects", {}).get("heads", []) if str(h).strip()
        ),
        national=frozenset(
            str(h).lower() for h in raw.get("subjects", {}).get("national", []) if str(h).strip()
        ),
    )


def _optional(pattern: Any, flags: re.RegexFlag) -> re.Pattern[str] | None:
    """A compiled pattern, or None when the lexicon has none."""
    return re.compile(pattern, flags) if isinstance(pattern, str) and pattern else None
