"""The issue lexicon: which issue a statement is about (``briefgen/data/issues.toml``).

Shipped issues come first; briefgen.toml ``[issues.<id>]`` and plugins add or override issues
through :func:`merge_issues`. Statements no issue fits are grouped by a key phrase
(:func:`fallback_issue`).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from briefgen.analysis.lexicon import stopwords
from briefgen.analysis.stance_lexicon import HOLDER_NOUNS, cues

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
# words of any statement, never its topic
_NOT_TOPICAL = frozenset(
    [
        "decision",
        "statement",
        "advice",
        "comment",
        "comments",
        "proposal",
        "proposals",
        "measure",
        "measures",
        "position",
        "matter",
        "issue",
        "issues",
        "critical",
        "sources",
        "source",
        "country",
        "countries",
        "nation",
        "nations",
        "would",
        "could",
        "should",
    ]
)
_FALLBACK_WORD = re.compile(r"[A-Za-z][a-z'’\-]+")


@dataclass(frozen=True)
class Issue:
    """One issue of the lexicon."""

    id: str
    label: str
    terms: tuple[str, ...]
    weak: tuple[str, ...] = ()  # count only beside a term of the same issue ("trade", "security")


_EXTRA_ISSUES: dict[str, dict[str, Any]] = {}


def merge_issues(issues: Mapping[str, Mapping[str, Any]]) -> None:
    """Add or override issue definitions (``{id: {"label": ..., "terms": [...]}}``).

    Used for ``[issues.<id>]`` in briefgen.toml and by plugins; call before analysing (in each
    worker process when analysis runs in a pool).
    """
    for issue_id, spec in issues.items():
        _EXTRA_ISSUES[str(issue_id)] = dict(spec)
    issue_lexicon.cache_clear()
    _issue_index.cache_clear()


def reset_issues() -> None:
    """Drop issues added by :func:`merge_issues` (tests)."""
    _EXTRA_ISSUES.clear()
    merge_issues({})


@cache
def issue_lexicon() -> tuple[Issue, ...]:
    """The issues, in priority order: shipped ones first, then added ones."""
    with (DATA_DIR / "issues.toml").open("rb") as fh:
        raw = dict(tomllib.load(fh)["issues"])
    for issue_id, spec in _EXTRA_ISSUES.items():
        merged = dict(raw.get(issue_id, {}))
        merged.update(spec)
        raw[issue_id] = merged
    out = []
    for issue_id, spec in raw.items():
        terms = tuple(str(t) for t in spec.get("terms", []))
        weak = tuple(str(t) for t in spec.get("weak", []))
        out.append(Issue(issue_id, str(spec.get("label", issue_id)), terms, weak))
    return tuple(out)


def issue_label(issue_id: str) -> str:
    """The label of an issue id; a fallback id ``other:<key words>`` reads "Other: key, words"
    (two words picked from the statement name no issue of their own: "Forward respect" did not
    read as one)."""
    for issue in issue_lexicon():
        if issue.id == issue_id:
            return issue.label
    if issue_id.startswith("other:"):
        return "Other: " + ", ".join(issue_id[6:].split())
    return issue_id


_ISSUE_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class _IssueIndex:
    """Issue terms as token sequences: exact first token -> terms, and one-word prefixes."""

    by_first: dict[str, tuple[tuple[tuple[str, ...], bool, tuple[tuple[int, int], ...]], ...]]
    prefixes: dict[str, tuple[tuple[int, int], ...]]
    longest_prefix: int
    shortest_prefix: int = 0
    prefix_heads: frozenset[str] = frozenset()  # the first shortest_prefix letters of each


@cache
def _issue_index() -> _IssueIndex:
    """Every issue term split into lower-case tokens (hyphens and apostrophes split too)."""
    hits: dict[tuple[tuple[str, ...], bool], list[tuple[int, int]]] = {}
    for number, issue in enumerate(issue_lexicon()):
        # a weak term weighs 0: it adds to an issue only one of its full terms found
        for term, weak in [(t, False) for t in issue.terms] + [(t, True) for t in issue.weak]:
            key = term.lower().rstrip("*")
            words = tuple(_ISSUE_TOKEN.findall(key.replace("’", "'")))
            if words:
                weight = 0 if weak else len(key.split())
                hits.setdefault((words, term.endswith("*")), []).append((number, weight))
    by_first: dict[str, list[tuple[tuple[str, ...], bool, tuple[tuple[int, int], ...]]]] = {}
    prefixes: dict[str, tuple[tuple[int, int], ...]] = {}
    for (words, wild), found in hits.items():
        if len(words) == 1 and wild:
            prefixes[words[0]] = tuple(found)
        else:
            by_first.setdefault(words[0], []).append((words, wild, tuple(found)))
    ordered = {
        first: tuple(sorted(terms, key=lambda t: (-len(t[0]), -sum(map(len, t[0])))))
        for first, terms in by_first.items()
    }
    shortest = min(map(len, prefixes), default=0)
    return _IssueIndex(
        ordered,
        prefixes,
        max(map(len, prefixes), default=0),
        shortest,
        frozenset(p[:shortest] for p in prefixes),
    )


def _issue_hits(text: str) -> Iterator[tuple[tuple[int, int], ...]]:
    """The (issue index, weight) hits of each issue term found in ``text``, left to right."""
    index = _issue_index()
    toks = _ISSUE_TOKEN.findall(text.lower())
    by_first, heads, shortest = index.by_first, index.prefix_heads, index.shortest_prefix
    # only a token that opens a term, or starts like a prefix term (every prefix starts with
    # one of prefix_heads), can hit: most tokens are neither, so find the others in one pass
    openers = [i for i, tok in enumerate(toks) if tok in by_first or tok[:shortest] in heads]
    free = 0  # the first token no earlier hit took
    for i in openers:
        if i < free:
            continue
        best = _term_at(toks, i, index)
        if best is not None:
            yield best[1]
            free = i + best[0]


def _term_at(
    toks: list[str], i: int, index: _IssueIndex
) -> tuple[int, tuple[tuple[int, int], ...]] | None:
    """(tokens taken, hits) of the longest issue term starting at token ``i``, or None."""
    tok = toks[i]
    n = len(toks)
    for words, wild, found in index.by_first.get(tok, ()):
        size = len(words)
        if i + size > n:
            continue
        last = toks[i + size - 1]
        if toks[i : i + size - 1] == list(words[:-1]) and (
            last == words[-1] or (wild and last.startswith(words[-1]))
        ):
            return size, found
    if tok[: index.shortest_prefix] in index.prefix_heads:
        for length in range(min(len(tok), index.longest_prefix), 1, -1):
            found = index.prefixes.get(tok[:length])
            if found:
                return 1, found
    return None


# an office's name is no topic: "the Secretary of Health", "Iraq's Trade Minister", "the
# Department of Trade and Industry", "Israel's Defence Minister" (the word before or after the
# office noun names the office; what its holder says names the issue)
_OFFICE = (
    r"(?i:minister|ministry|secretary|department|spokes(?:man|woman|person)|commissioner|"
    r"committee)"
)
_OFFICE_NAME = re.compile(
    rf"\b[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+{_OFFICE}\b"
    rf"|\b{_OFFICE}\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?"
)


# the office words' stems (every _OFFICE_NAME match holds one), and the characters that
# case-insensitive matching folds onto ASCII letters though str.lower() does not
_OFFICE_STEMS = ("minist", "secretar", "department", "spokes", "commission", "committee")
_FOLDS_TO_ASCII = ("\u017f", "\u212a", "\u0131", "\u0130")


# a campaign role is no topic either: "election coordinator Alan Milburn accusing Mr Howard of
# producing a fraudulent prospectus" is about the prospectus, not the election
_CAMPAIGN_ROLE = re.compile(
    r"\b(?i:election|campaign)\s+(?i:co-?ordinator|chief|manager|director|supremo|strategist|"
    r"chairman|chairwoman|spokes(?:man|woman|person))\b"
)


# a vote that is no election: a legislature's ("Harper's Commons vote", "a confidence vote",
# "MPs voted for the bill") or a referendum's side ("a No vote would mean that we should leave
# the EU"); reviewers marked the "Elections and campaigns" label wrong on both (rounds 14-22)
_NOT_AN_ELECTION = re.compile(
    r"\b(?:(?i:a|the)\s+(?:No|Yes|no|yes|\"(?:No|Yes)\"|“(?:No|Yes)”)\s+vote\b"
    r"|(?:Commons|Lords|parliamentary|Parliamentary|Senate|House|congressional|Congressional|"
    r"Dail|Knesset|Duma|Bundestag|confidence|no-confidence|free|procedural)\s+votes?\b"
    r"|votes?\s+(?:of\s+(?:no\s+)?confidence|in\s+(?:the\s+)?(?:Commons|Lords|[Pp]arliament|"
    r"Congress|Senate|House|Knesset|Duma|Bundestag))\b"
    r"|(?:MPs|lawmakers|legislators|senators|deputies|peers|parliament|Parliament|Congress|"
    r"the\s+Senate|the\s+House)\s+(?:have\s+|has\s+|had\s+|will\s+|would\s+)?vot(?:ed|e|es|ing)\b"
    r"|vot(?:ed|e|es|ing)\s+(?:for|against|on|in\s+favou?r\s+of)\s+(?:(?:the|a|an)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:bill|law|motion|measure|resolution|amendment|legislation|"
    r"budget|treaty)s?\b|it\b))"
)


def _without_office_names(text: str) -> str:
    """``text`` with office names and votes that are no election blanked; each pattern runs
    only where its words occur."""
    low = text.lower()
    if "vot" in low and _NOT_AN_ELECTION.search(text):
        text = _NOT_AN_ELECTION.sub(" ", text)
        low = text.lower()
    if ("election " in low or "campaign " in low) and _CAMPAIGN_ROLE.search(text):
        text = _CAMPAIGN_ROLE.sub(" ", text)
        low = text.lower()
    if any(stem in low for stem in _OFFICE_STEMS) or (
        not text.isascii() and any(ch in text for ch in _FOLDS_TO_ASCII)
    ):
        return _OFFICE_NAME.sub(" ", text)
    return text


def classify_issue(text: str) -> str | None:
    """The lexicon issue ``text`` is about, or None.

    A weak term ("trade", "environment", "security": words with a sense outside the issue, as
    in "building trade", "a good environment for talks") counts only beside a full term of the
    same issue ("trade" beside "tariffs") or another weak one ("troops" beside "Iraq"); alone
    it labels nothing."""
    scores: dict[int, int] = {}
    weak: dict[int, set[int]] = {}
    for found in _issue_hits(_without_office_names(text)):
        for number, weight in found:
            if weight:
                scores[number] = scores.get(number, 0) + weight
            else:
                # distinct terms, not repeats: each term has its own hits tuple (two weak
                # terms of one issue have equal ones, so they are told apart by identity)
                weak.setdefault(number, set()).add(id(found))
    for number, terms in weak.items():
        if number in scores or len(terms) > 1:
            scores[number] = scores.get(number, 0) + len(terms)
    if not scores:
        return None
    best = min(scores, key=lambda n: (-scores[n], n))
    return issue_lexicon()[best].id


def fallback_issue(text: str, skip: set[str]) -> str | None:
    """A key phrase for statements no lexicon issue fits: the two longest content words."""
    stop, verbs = stopwords(), cues().verbs
    words = []
    for word in _FALLBACK_WORD.findall(text):
        # a capitalised word is a name; any other is lower case already
        if len(word) < 5 or word[:1].isupper() or word in stop or word in skip:
            continue
        if (word,) in verbs or word in HOLDER_NOUNS or word in _NOT_TOPICAL:
            continue  # "said", "government", "decision": every statement has them
        if word.endswith(("ly", "est")):
            continue  # "formally", "closest": manner and degree, not a topic
        words.append(word)
    if not words:
        return None
    picked = sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))[:2]
    return "other:" + " ".join(sorted(picked))


# "the legality of the war": a definite "the war" refers to the war the story names ("the Iraq
# war", "the war in Iraq"), not to war in general
_THE_WAR = re.compile(r"\b[Tt]he\s+war\b(?!\s+(?:on|against|in|with|of|over)\b)")
_NAMED_WAR = re.compile(
    r"\b(?:[A-Z][a-z]+\s+war|war\s+(?:in|on|with|against)\s+(?:the\s+)?[A-Z][a-z]+|"
    r"invasion\s+of\s+(?:the\s+)?[A-Z][a-z]+)\b"
)
NAMED_WAR_REACH = 20000  # characters of a story read for the war it names


def definite_war_issue(text: str, body: str, issue: str | None) -> str | None:
    """The issue of the war a story names, for a statement ``text`` labelled "military" only
    through a definite "the war" ("The government refuses to publish his advice on the
    legality of the war" in a story about the Iraq war, and no other war named); ``issue``
    unchanged otherwise."""
    if issue != "military" or _THE_WAR.search(text) is None:
        return issue
    if classify_issue(_THE_WAR.sub(" ", text)) == "military":
        return issue  # another military word names the topic itself ("troops", "missiles")
    phrases = _NAMED_WAR.findall(body[:NAMED_WAR_REACH])
    if len({_war_place(phrase) for phrase in phrases}) != 1:
        return issue  # no war named, or two ("the Iraq war" and "the war in Afghanistan")
    if _places_another_war(text, _war_place(phrases[0])):
        return issue
    named = classify_issue(phrases[0])
    return named if named not in (None, "military") else issue


# "NATO allies in Afghanistan ... out of the war": the statement locates its own fighting
_IN_PLACE = re.compile(r"\bin\s+(?:the\s+)?([A-Z][a-z]+)\b")


def _places_another_war(text: str, place: str) -> bool:
    """Whether ``text`` itself names a country other than the story's war's ``place`` after
    "in" ("criticism of NATO allies in Afghanistan may drive Canada out of the war", on a page
    that once names "the war in Iraq"): "the war" may then be that country's, so no war is
    read into it."""
    from briefgen.analysis.gazetteer import country_of_word, is_body

    war = country_of_word(place)
    for match in _IN_PLACE.finditer(text):
        code = country_of_word(match.group(1))
        if code and not is_body(code) and code != war:
            return True
    return False


def _war_place(phrase: str) -> str:
    """The capitalised word that names a war ("Iraq" of "the Iraq war", "war in Iraq")."""
    return next(word for word in phrase.split() if word[:1].isupper())
