"""Stated positions of countries and bodies: who stands where on which issue, with evidence.

Evidence comes from two places:

* quotes (``story.quotes``, direct and indirect) whose speaker has a country;
* reported stances: an actor (a person with a country, a country named or meant through its
  capital or ``the North``, a government institution, a state outlet, an international body)
  followed by a stance verb (``Washington has insisted``, ``Kim had reportedly proposed``,
  ``the South does not want``).

Precision first: an actor's clause cut off by ``according to X`` is not the actor's; news
outlets that merely report (``RT reported``) never hold positions; a country is only given a
statement when one of its own actors holds it. Issues come from ``briefgen/data/issues.toml``
(extendable with :func:`merge_issues`), stances from ``briefgen/data/stance_cues.toml``.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from briefgen.analysis.actors import SpanIndex, governs, story_context
from briefgen.analysis.gazetteer import find_terms, is_body, person_info
from briefgen.model import Actor, Statement, Story

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

HOLDER_TERM_KINDS = frozenset(
    {"name", "display", "alias", "capital", "context", "institution", "state-outlet", "body"}
)
STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "not",
        "no",
        "than",
        "then",
        "there",
        "their",
        "they",
        "them",
        "he",
        "she",
        "his",
        "her",
        "we",
        "our",
        "you",
        "your",
        "i",
        "me",
        "my",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "why",
        "how",
        "also",
        "said",
        "says",
        "say",
        "told",
        "about",
        "into",
        "over",
        "after",
        "before",
        "because",
        "while",
        "if",
        "so",
        "such",
        "very",
        "more",
        "most",
        "other",
        "some",
        "any",
        "all",
        "both",
        "each",
        "just",
        "only",
        "even",
        "still",
        "already",
        "also",
        "up",
        "out",
        "off",
        "down",
        "new",
        "one",
        "two",
    ]
)
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
    ]
)
PRONOUNS = frozenset({"He", "She", "he", "she"})
_WORD = re.compile(r"[A-Za-z][a-z'’\-]+")


@dataclass(frozen=True)
class Issue:
    """One issue of the lexicon."""

    id: str
    label: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class _Cues:
    verbs: dict[tuple[str, ...], str]
    verb_first: dict[str, int]
    clauses: tuple[tuple[str, str], ...]
    aux: frozenset[str]
    negations: frozenset[str]


_EXTRA_ISSUES: dict[str, dict[str, Any]] = {}


def merge_issues(issues: Mapping[str, Mapping[str, Any]]) -> None:
    """Add or override issue definitions (``{id: {"label": ..., "terms": [...]}}``).

    Used for ``[issues.<id>]`` in briefgen.toml and by plugins; call before analysing (in each
    worker process when analysis runs in a pool).
    """
    for issue_id, spec in issues.items():
        _EXTRA_ISSUES[str(issue_id)] = dict(spec)
    issue_lexicon.cache_clear()
    _issue_regex.cache_clear()


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
        out.append(Issue(issue_id, str(spec.get("label", issue_id)), terms))
    return tuple(out)


def issue_label(issue_id: str) -> str:
    """The label of an issue id; fallback ids ``other:<phrase>`` give the phrase."""
    for issue in issue_lexicon():
        if issue.id == issue_id:
            return issue.label
    if issue_id.startswith("other:"):
        return issue_id[6:].capitalize()
    return issue_id


@cache
def _issue_regex() -> tuple[re.Pattern[str], dict[str, list[tuple[int, int]]]]:
    """One alternation over every issue term, and term -> [(issue index, weight)]."""
    index: dict[str, list[tuple[int, int]]] = {}
    parts = []
    for number, issue in enumerate(issue_lexicon()):
        for term in issue.terms:
            key = term.lower().rstrip("*")
            weight = len(key.split())
            index.setdefault(key, []).append((number, weight))
            pattern = re.escape(key) + (r"[\w\-]*" if term.endswith("*") else r"\b")
            parts.append((len(key), pattern))
    parts.sort(key=lambda p: -p[0])
    regex = re.compile(r"\b(?:" + "|".join(p for _, p in parts) + ")", re.IGNORECASE)
    return regex, index


def classify_issue(text: str) -> str | None:
    """The lexicon issue ``text`` is about, or None."""
    regex, index = _issue_regex()
    scores: dict[int, int] = {}
    for match in regex.finditer(text):
        found = match.group(0).lower()
        hits = index.get(found)
        if hits is None:
            for length in range(len(found), 0, -1):
                hits = index.get(found[:length])
                if hits:
                    break
        for number, weight in hits or ():
            scores[number] = scores.get(number, 0) + weight
    if not scores:
        return None
    best = min(scores, key=lambda n: (-scores[n], n))
    return issue_lexicon()[best].id


def fallback_issue(text: str, skip: set[str]) -> str | None:
    """A key phrase for statements no lexicon issue fits: the two longest content words."""
    words = []
    for match in _WORD.finditer(text):
        word = match.group(0)
        low = word.lower()
        if word[:1].isupper() or low in STOPWORDS or low in skip or len(low) < 5:
            continue
        if (low,) in cues().verbs:
            continue
        words.append(low)
    if not words:
        return None
    picked = sorted(dict.fromkeys(words), key=lambda w: (-len(w), w))[:2]
    return "other:" + " ".join(sorted(picked))


@cache
def cues() -> _Cues:
    """The stance cue lexicon, loaded once."""
    with (DATA_DIR / "stance_cues.toml").open("rb") as fh:
        raw = tomllib.load(fh)
    verbs: dict[tuple[str, ...], str] = {}
    first: dict[str, int] = {}
    for stance, words in raw["verbs"].items():
        for phrase in words:
            key = tuple(phrase.lower().split())
            verbs.setdefault(key, stance)
            first[key[0]] = max(first.get(key[0], 0), len(key))
    clauses = tuple(
        (cue.lower(), stance) for stance, words in raw["clauses"].items() for cue in words
    )
    aux = frozenset(w.lower() for w in raw["aux"]["words"])
    return _Cues(verbs, first, clauses, aux, frozenset(raw["aux"]["negations"]))


_NEXT_WORD = re.compile(r"([\s,]*)([A-Za-z]+(?:n't|’t)?)")


def stance_after(body: str, end: int, limit: int) -> tuple[str, int, bool] | None:
    """(stance, verb end, negated) when a stance verb follows an actor ending at ``end``."""
    cue = cues()
    pos = end
    words: list[tuple[str, int]] = []
    while pos < limit and len(words) < 8:
        match = _NEXT_WORD.match(body, pos, limit)
        if not match:
            break
        words.append((match.group(2).lower(), match.end(), "," in match.group(1)))
        pos = match.end()
    negated = False
    i = 0
    skipped = 0
    if body[end : end + 2] in ("'s", "’s"):
        pos = end + 2
        words = []
        while pos < limit and len(words) < 8:
            match = _NEXT_WORD.match(body, pos, limit)
            if not match:
                break
            words.append((match.group(2).lower(), match.end(), "," in match.group(1)))
            pos = match.end()
    while i < len(words):
        word, _end, after_comma = words[i]
        longest = cue.verb_first.get(word, 0)
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(w for w, _e, _c in words[i : i + size])
            stance = cue.verbs.get(key)
            if stance:
                if after_comma:
                    return None  # "impatient with the US, saying": the verb is not the actor's
                return stance, words[i + size - 1][1], negated
        if word in cue.negations or word.endswith("n't"):
            negated = True
        elif word in HOLDER_NOUNS and not after_comma:
            pass  # "G7 finance ministers have backed", "Russia's president has defended"
        elif word not in cue.aux and not (word.endswith("ly") and len(word) > 4):
            return None
        skipped += 1
        if skipped > 4:
            return None
        i += 1
    return None


def clause_stance(stance: str, text: str, negated: bool) -> str:
    """Refine a verb's stance with the clause: conditions, modals, negation."""
    low = text.lower()
    if negated:
        if stance in ("supports", "demands", "proposes"):
            return "opposes"
        if stance == "opposes":
            return "neutral"
    if stance != "neutral":
        return stance
    best: tuple[int, str] | None = None
    for cue, cue_stance in cues().clauses:
        at = low.find(cue)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, cue_stance)
    return best[1] if best else "neutral"


@dataclass(frozen=True)
class _Holder:
    start: int
    end: int
    country: str
    name: str
    kind: str


NON_GOVERNMENT = re.compile(
    r"\b(?:former|ex|shadow|opposition|leader of the opposition|conservative leader|tory leader|"
    r"liberal democrat|lib dem|veritas|ukip|candidate|challenger|rebel|party chairman|"
    r"co-chairman|campaigner|activist|academic|analyst|economist|professor)\b",
    re.IGNORECASE,
)


def speaks_for_country(actor: Actor, story: Story) -> bool:
    """Whether a person speaks for a government: not opposition, former or party-only figures."""
    if actor.title and NON_GOVERNMENT.search(actor.title):
        return False
    info = person_info(actor.name, story.published)
    return not (info and info.office and NON_GOVERNMENT.search(info.office))


def _holders(story: Story) -> list[_Holder]:
    """Mentions of actors that can hold a position, sorted by offset."""
    body = story.body
    out: list[_Holder] = []
    for actor in story.actors:
        if actor.kind == "person" and actor.country and speaks_for_country(actor, story):
            for start, end in actor.mentions:
                out.append(_Holder(start, end, actor.country, actor.name, "person"))
    person_spans = SpanIndex((h.start, h.end) for h in out)
    matches = find_terms(body)
    context = story_context(matches)
    for match in matches:
        term = match.term
        if term.kind not in HOLDER_TERM_KINDS or len(term.codes) != 1:
            continue
        if term.context and not set(term.context) & context:
            continue
        if person_spans.holds(match.start):
            continue
        if term.kind in ("capital", "name", "display", "context") and not governs(body, match):
            continue
        code = term.codes[0]
        name = term.text if term.kind in ("institution", "state-outlet") else code
        out.append(_Holder(match.start, match.end, code, name, term.kind))
    out.sort(key=lambda h: (h.start, -h.end))
    return out


def _clause_end(body: str, start: int, end: int) -> int:
    """Where the clause of a reported stance stops: ``according to``, a dash, a semicolon."""
    segment = body[start:end]
    cut = len(segment)
    for marker in (
        ", according to",
        " according to ",
        "; ",
        " — ",
        " – ",
        ", a request",
        ", which",
    ):
        at = segment.find(marker)
        if 0 <= at < cut:
            cut = at
    return start + cut


def _according_to(sentence: str) -> bool:
    return "according to" in sentence.lower()


def _actor_name(story: Story, holder: _Holder) -> str | None:
    if holder.kind in ("person", "institution", "state-outlet"):
        return holder.name
    return None


def find_statements(story: Story) -> list[Statement]:
    """Every stated position of a country or body in ``story``, in text order."""
    body = story.body
    sentences = story.sentences or [(0, len(body))]
    holders = _holders(story)
    statements: list[Statement] = []
    seen: set[tuple[str, int, int]] = set()

    def add(
        country: str,
        start: int,
        end: int,
        stance: str,
        actor: str | None,
        issue_text: str,
        sentence: tuple[int, int],
        dedupe: bool = False,
    ) -> Statement | None:
        while start < end and body[start] in " \n\t":
            start += 1
        while end > start and body[end - 1] in " \n\t":
            end -= 1
        if end <= start:
            return None
        if dedupe:
            for other in statements:
                if other.country == country and other.start < end and start < other.end:
                    return other
        if (country, start, end) in seen:
            return None
        issue = (
            classify_issue(issue_text)
            or classify_issue(body[sentence[0] : end])
            or classify_issue(body[sentence[0] : sentence[1]])
        )
        if issue is None:
            issue = fallback_issue(issue_text, set()) or "other"
        seen.add((country, start, end))
        statement = Statement(country, issue, stance, body[start:end], start, end, actor)
        statements.append(statement)
        return statement

    # 1. quotes whose speaker has a country
    for quote in story.quotes:
        country = quote.speaker.country
        if not country or quote.kind == "fragment":
            continue
        sentence = story.sentence_at(quote.start) or (quote.start, quote.end)
        stance = clause_stance("neutral", quote.text, False)
        start, end = quote.start, quote.end
        if quote.kind == "indirect" and sentence[0] <= start and end <= sentence[1]:
            start, end = sentence  # the whole sentence, with its "X said"
        add(country, start, end, stance, quote.speaker.name, quote.text, sentence)

    # 2. reported stances: actor + stance verb, clause by clause
    index = 0
    last_person: _Holder | None = None
    previous: tuple[Statement, tuple[int, int]] | None = None
    for sentence in sentences:
        s_start, s_end = sentence
        text = body[s_start:s_end]
        produced: Statement | None = None
        while index < len(holders) and holders[index].start < s_start:
            index += 1
        local = []
        j = index
        while j < len(holders) and holders[j].start < s_end:
            local.append(holders[j])
            j += 1
        embedded_until = -1
        previous_holder: _Holder | None = None
        for holder in local:
            inside = holder.start < embedded_until
            conjoined = previous_holder
            previous_holder = holder
            if inside:
                continue
            found = stance_after(body, holder.end, s_end)
            if found is None:
                continue
            stance, verb_end, negated = found
            if holder.kind == "state-outlet" and stance == "neutral":
                continue
            clause_end = _clause_end(body, holder.start, s_end)
            if verb_end > clause_end:
                continue
            comma = body.find(",", verb_end, clause_end)
            clause = body[s_start : comma if comma > 0 else clause_end]
            stance = clause_stance(stance, body[verb_end:clause_end], negated)
            start = s_start if holder.start - s_start < 200 else holder.start
            if stance != "neutral":
                embedded_until = clause_end  # "demanded that the US and UN agree": not theirs
            made = add(
                holder.country,
                start,
                clause_end,
                stance,
                _actor_name(story, holder),
                clause,
                sentence,
                dedupe=True,
            )
            produced = made or produced
            if (
                made is not None
                and conjoined is not None
                and body[conjoined.end : holder.start].strip() == "and"
                and conjoined.country != holder.country
            ):
                add(
                    conjoined.country,
                    start,
                    clause_end,
                    stance,
                    _actor_name(story, conjoined),
                    clause,
                    sentence,
                    dedupe=True,
                )
            if holder.kind == "person":
                last_person = holder
        # "He said ..." continues the last person holder of the previous sentence
        lead = text.lstrip(" \"“'‘")
        first_word = lead.split(" ", 1)[0] if lead else ""
        if produced is None and first_word in PRONOUNS and last_person is not None:
            offset = s_start + len(text) - len(lead) + len(first_word)
            found = stance_after(body, offset, s_end)
            if found and not any(h.kind == "person" for h in local):
                stance, verb_end, negated = found
                clause_end = _clause_end(body, s_start, s_end)
                stance = clause_stance(stance, body[verb_end:clause_end], negated)
                produced = add(
                    last_person.country,
                    s_start,
                    clause_end,
                    stance,
                    last_person.name,
                    body[s_start:clause_end],
                    sentence,
                    dedupe=True,
                )
        # a holder-less sentence right after a stance, on the same issue, with a modal
        if produced is None and not local and previous is not None:
            prev_statement, prev_sentence = previous
            same_paragraph = "\n" not in body[prev_sentence[1] : s_start]
            modal = clause_stance("neutral", text, False) == "demands"
            same_issue = classify_issue(text) == prev_statement.issue
            if same_paragraph and modal and same_issue and not _according_to(text):
                produced = add(
                    prev_statement.country,
                    s_start,
                    s_end,
                    "demands",
                    prev_statement.actor,
                    text,
                    sentence,
                    dedupe=True,
                )
        if local and produced is None and any(h.kind == "person" for h in local):
            last_person = next(h for h in reversed(local) if h.kind == "person")
        previous = (produced, sentence) if produced is not None else None
    statements.sort(key=lambda s: (s.start, s.country))
    return statements


def actors_of(story: Story, country: str) -> list[Actor]:
    """The story's actors of ``country`` (persons and organisations)."""
    return [
        a for a in story.actors if a.country == country and a.kind in ("person", "organisation")
    ]


def is_body_code(code: str) -> bool:
    """Whether a statement's country field names an international body."""
    return is_body(code)


__all__ = [
    "Issue",
    "classify_issue",
    "fallback_issue",
    "find_statements",
    "issue_label",
    "issue_lexicon",
    "merge_issues",
    "person_info",
    "reset_issues",
]
