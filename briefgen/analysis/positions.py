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

import bisect
import re
import tomllib
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from briefgen.analysis.actors import TITLE_WORDS, SpanIndex, governs, story_context, title_before
from briefgen.analysis.gazetteer import find_terms, is_body, person_info
from briefgen.analysis.lexicon import stopwords
from briefgen.model import Actor, Statement, Story

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

HOLDER_TERM_KINDS = frozenset(
    {"name", "display", "alias", "capital", "context", "institution", "state-outlet", "body"}
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
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "aides",
        "aide",
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
    nouns: dict[str, str]
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
        for term in issue.terms:
            key = term.lower().rstrip("*")
            words = tuple(_ISSUE_TOKEN.findall(key.replace("’", "'")))
            if words:
                hits.setdefault((words, term.endswith("*")), []).append((number, len(key.split())))
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
    n = len(toks)
    i = 0
    while i < n:
        tok = toks[i]
        best: tuple[int, tuple[tuple[int, int], ...]] | None = None
        for words, wild, found in index.by_first.get(tok, ()):
            size = len(words)
            if i + size > n:
                continue
            last = toks[i + size - 1]
            if toks[i : i + size - 1] == list(words[:-1]) and (
                last == words[-1] or (wild and last.startswith(words[-1]))
            ):
                best = (size, found)
                break
        # every prefix starts with one of prefix_heads: most words need no prefix lookups
        if best is None and tok[: index.shortest_prefix] in index.prefix_heads:
            for length in range(min(len(tok), index.longest_prefix), 1, -1):
                found = index.prefixes.get(tok[:length])
                if found:
                    best = (1, found)
                    break
        if best is None:
            i += 1
            continue
        yield best[1]
        i += best[0]


def classify_issue(text: str) -> str | None:
    """The lexicon issue ``text`` is about, or None."""
    scores: dict[int, int] = {}
    for found in _issue_hits(text):
        for number, weight in found:
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
        if word[:1].isupper() or low in stopwords() or low in skip or len(low) < 5:
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
    nouns = {
        noun.lower(): stance for stance, words in raw.get("nouns", {}).items() for noun in words
    }
    return _Cues(nouns, verbs, first, clauses, aux, frozenset(raw["aux"]["negations"]))


_NEXT_WORD = re.compile(r"([\s,]*)([A-Za-z]+(?:n't|’t)?)")


_SKIP_AFTER_HOLDER = re.compile(
    r"(?:\s*\([A-Z][A-Za-z0-9.&\-]{1,12}\))"  # "The World Trade Organisation (WTO)"
    r"|(?:\s+(?:al|el|bin|ibn|abu)-?[A-Z][\w'’]+)"  # "Mohammed Mustafa al-Jibouri"
    # "UNSC resolution 2397, which orders"
    r"|(?:\s+resolutions?\s+(?:No\.?\s*)?\d+(?:,?\s+which)?)"
)
# ", Afghanistan's envoy to the United Nations in Geneva, said"; ", which disputes the claim, has"
_APPOSITIVE = re.compile(r",\s+(?=[a-z])[^,;:.!?\"“”()\n]{3,120}?,(?=\s)")  # lower-case opening
_AND_VERB = re.compile(r"\band\s+")
ROLE_NOUNS = (
    "minister|envoy|ambassador|spokesman|spokeswoman|spokesperson|negotiator|official|"
    "representative|secretary|president|leader|adviser|advisor|delegate|commissioner"
)
# a role phrase after an actor, then a comma and (optionally) the name and a second comma
_ROLE_APPOSITIVE = re.compile(
    r"(?:'s|’s)?(?: [a-z\-]+){0,2}? (?:" + ROLE_NOUNS + r")\b[^,;:.!?\"“”()\n]{0,80}?,"
    r"(?: [A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3},)?(?= )"
)


def _words_from(body: str, pos: int, limit: int, count: int) -> list[tuple[str, int, bool]]:
    words: list[tuple[str, int, bool]] = []
    while pos < limit and len(words) < count:
        match = _NEXT_WORD.match(body, pos, limit)
        if not match:
            break
        words.append((match.group(2).lower(), match.end(), "," in match.group(1)))
        pos = match.end()
    return words


def _verb_in(words: list[tuple[str, int, bool]]) -> tuple[str, int, bool] | None:
    """The stance verb the words open with (after auxiliaries, adverbs, holder nouns)."""
    cue = cues()
    negated = False
    for i, (word, _end, after_comma) in enumerate(words):
        longest = cue.verb_first.get(word, 0)
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(w for w, _e, _c in words[i : i + size])
            stance = cue.verbs.get(key)
            if stance:
                if after_comma:
                    return None  # "impatient with the US, saying": the verb is not the actor's
                if key[-1] == "to" and i + size < len(words) and words[i + size][0] in DELIBERATE:
                    return None  # "the IMF is to look at a proposal": no stance yet
                return stance, words[i + size - 1][1], negated
        if word in cue.negations or word.endswith("n't"):
            negated = True
        elif word in HOLDER_NOUNS and not after_comma:
            pass  # "G7 finance ministers have backed", "Russia's president has defended"
        elif word not in cue.aux and not (word.endswith("ly") and len(word) > 4):
            return None
        if i >= 4:
            return None  # at most 4 words between the actor and its verb
    return None


# what may stand before a sentence's main subject ("But Russia has been waiting ... and hopes")
MAIN_LEADS = frozenset({"", "But", "And", "The", "Yet", "Meanwhile,", "However,", "So"})
_MAIN_LEAD_WINDOW = 2 + max(len(lead) for lead in MAIN_LEADS) + 4  # quotes and spaces around it
DELIBERATE = frozenset(
    [
        "look",
        "consider",
        "study",
        "review",
        "examine",
        "discuss",
        "debate",
        "decide",
        "meet",
        "visit",
        "assess",
        "weigh",
    ]
)


def _participle(body: str, verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end`` is an -ing form ("..., saying"): not finite."""
    return body[max(0, verb_end - 3) : verb_end] == "ing"


def stance_after(
    body: str, end: int, limit: int, main_subject: bool = True, start: int | None = None
) -> tuple[str, int, bool] | None:
    """(stance, verb end, negated) when a stance verb follows an actor ending at ``end``.

    Skips an acronym in parentheses, a name particle ("al-Jibouri") and an appositive
    between commas; reads "X's refusal/support/plan" through the possessive; and takes the
    second verb of "X has been waiting ... and hopes to".
    """
    cue = cues()
    skip = _SKIP_AFTER_HOLDER.match(body, end, limit)
    if skip:
        end = skip.end()
    if body[end : end + 2] in ("'s", "’s"):
        role = _ROLE_APPOSITIVE.match(body, end, limit)
        if role and start is not None and body[max(0, start - 3) : start].rstrip().endswith(","):
            found = _verb_in(_words_from(body, role.end(), limit, 6))
            if found is not None:
                return found
        words = _words_from(body, end + 2, limit, 8)
        for word, word_end, _comma in words[:3]:
            if word in cue.nouns:
                return cue.nouns[word], word_end, False
            if word not in HOLDER_NOUNS and word not in cue.aux:
                break
        return _verb_in(words)
    words = _words_from(body, end, limit, 8)
    found = _verb_in(words)
    if found is not None:
        return found
    role = _ROLE_APPOSITIVE.match(body, end, limit)
    if role:
        # "European Union ambassador to the WTO, Carlo Trojan, said"; "Afghanistan's envoy to
        # the United Nations in Geneva, said"
        found = _verb_in(_words_from(body, role.end(), limit, 6))
        if found is not None and not _participle(body, found[1]):
            return found
    if body[end : end + 1] == ",":
        apposition = _APPOSITIVE.match(body, end, limit)
        if apposition and "according to" not in apposition.group(0):
            found = _verb_in(_words_from(body, apposition.end(), limit, 8))
            if found is not None and not _participle(body, found[1]):
                return found
    if main_subject and words and words[0][0] in cue.aux and not words[0][2]:
        # "Russia has been waiting for a decade to join the WTO and hopes to ..."
        stop = limit
        for mark in (",", ";", "“", '"', " but "):
            at = body.find(mark, end, min(limit, end + 160))
            if 0 <= at < stop:
                stop = at
        for match in _AND_VERB.finditer(body, end, min(stop, end + 160)):
            found = _verb_in(_words_from(body, match.end(), stop, 6))
            if found is not None and found[0] != "neutral":
                return found
            break
    return None


CLAUSE_WINDOW = 600  # characters of a clause read for its stance: bounded, so a run-on stays linear


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
    verb_from: int | None = None  # where its verb is looked for, when not right after it


NON_GOVERNMENT = re.compile(
    r"\b(?:former|ex|shadow|opposition|leader of the opposition|conservative leader|tory leader|"
    r"liberal democrats?|lib dems?|tory|tories|veritas|ukip|candidate|challenger|rebel|"
    r"party chairman|"
    r"co-chairman|campaigner|activist|academic|analyst|economist|professor)\b",
    re.IGNORECASE,
)


_APPOSITION_AFTER = re.compile(r",\s+((?:the|an?|his|her|its)\s[^,;:.!?\n]{2,80}),")


@cache
def _official_title() -> re.Pattern[str]:
    with (DATA_DIR / "stance_cues.toml").open("rb") as fh:
        titles = tomllib.load(fh)["speakers"]["official_titles"]
    words = sorted((re.escape(t) for t in titles), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


_GOVERNMENT_BODY = re.compile(
    r"\b(?:embassy|ministry|government|department of|foreign office|state department)\b",
    re.IGNORECASE,
)


def official_body(name: str) -> bool:
    """Whether an organisation speaker speaks for a state: an institution, a state outlet, a
    government body, or the country itself; a broadcaster, company or charity does not."""
    if _GOVERNMENT_BODY.search(name) or _official_title().search(name):
        return True
    return any(
        match.term.kind in ("institution", "state-outlet", "body", "name", "display", "capital")
        and match.start == 0
        and match.end == len(name)
        for match in find_terms(name)
    )


def speaks_for_country(actor: Actor, story: Story) -> bool:
    """Whether a person speaks for a government: an official, not a national or an opponent.

    Needs positive evidence (a government title in the text or an office in the gazetteer), so
    a coach, player or chief executive never gives their country a position.
    """
    titles = [title_before(story.body, start) for start, _end in actor.mentions[:3]]
    for _start, end in actor.mentions[:3]:  # "Myron Ebell, an adviser on climate change to ..."
        after = _APPOSITION_AFTER.match(story.body, end)
        if after:
            titles.append(after.group(1))
    if actor.title:
        titles.append(actor.title)
    if any(NON_GOVERNMENT.search(title) for title in titles):  # "Tory leader Michael Howard"
        return False
    info = person_info(actor.name, story.published)
    if info is not None and info.name:  # a known office holder (office unknown when undated)
        return not (info.office and NON_GOVERNMENT.search(info.office))
    official = _official_title()
    return any(official.search(title) for title in titles)


@cache
def _domain_lexicon() -> tuple[frozenset[str], frozenset[str], int, int]:
    with (DATA_DIR / "stance_cues.toml").open("rb") as fh:
        raw = tomllib.load(fh)["domains"]
    return (
        frozenset(w.lower() for w in raw["non_political"]),
        frozenset(w.lower() for w in raw["political"]),
        int(raw["min_hits"]),
        int(raw["max_political"]),
    )


_WORD = re.compile(r"[a-z][a-z\-]*")


def is_non_political(body: str) -> bool:
    """True for a sports or arts story, where country names mostly stand for teams or contenders."""
    non_political, political, min_hits, max_political = _domain_lexicon()
    tokens = _WORD.findall(body.lower())
    words = set(tokens)
    # two-word cues ("box office") by substring: tokens have no spaces, so " a b " occurs in
    # the space-joined tokens exactly when a and b are adjacent tokens
    joined = f" {' '.join(tokens)} "

    def hits(lexicon: frozenset[str]) -> int:
        singles = len(words & lexicon)
        return singles + sum(1 for w in _pairs(lexicon) if f" {w} " in joined)

    return hits(non_political) >= min_hits and hits(political) < max_political


@lru_cache(maxsize=8)
def _pairs(lexicon: frozenset[str]) -> tuple[str, ...]:
    """The two-word entries of ``lexicon`` (one space between two ``_WORD`` tokens)."""
    out = []
    for w in sorted(lexicon):
        parts = w.split(" ")
        if len(parts) == 2 and all(_WORD.fullmatch(x) for x in parts):
            out.append(w)
    return tuple(out)


def _holders(story: Story) -> list[_Holder]:
    """Mentions of actors that can hold a position, sorted by offset."""
    body = story.body
    places_only = is_non_political(body)  # "England were criticised": a team, not a government
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
        if term.kind in ("capital", "name", "display", "context") and (
            places_only or not governs(body, match)
        ):
            continue
        code = term.codes[0]
        name = term.text if term.kind in ("institution", "state-outlet") else code
        out.append(_Holder(match.start, match.end, code, name, term.kind))
    for match in matches:  # "The North Korean administration wants", "Chinese officials said"
        term = match.term
        if term.kind != "demonym" or len(term.codes) != 1 or person_spans.holds(match.start):
            continue
        if places_only:
            continue
        if term.context and not set(term.context) & context:
            continue
        noun = _DEMONYM_HOLDER.match(body, match.end)
        if noun:
            out.append(_Holder(match.start, noun.end(), term.codes[0], term.codes[0], "demonym"))
    kept = []
    for holder in out:
        if subject_position(body, holder.start):
            kept.append(holder)
            continue
        relative = _RELATIVE.match(body, holder.end)
        if relative:  # "against the UNSC resolution 2397, which orders": subject of "which"
            kept.append(
                _Holder(
                    holder.start,
                    holder.end,
                    holder.country,
                    holder.name,
                    holder.kind,
                    relative.end(),
                )
            )
    out = kept
    out.sort(key=lambda h: (h.start, -h.end))
    return out


_DEMONYM_HOLDER = re.compile(
    r" (?:government|administration|authorities|officials|leadership|foreign ministry|"
    r"ministry|regime|delegation|negotiators|diplomats)\b"
)
SUBJECT_LEFT = frozenset(
    [
        "the",
        "and",
        "but",
        "that",
        "while",
        "as",
        "when",
        "because",
        "although",
        "though",
        "since",
        "after",
        "before",
        "if",
        "then",
        "meanwhile",
        "however",
        "whereas",
        "so",
        "also",
        "now",
        "yet",
        "whether",
        "where",
        "both",
        "said",
        "says",
        "added",
        "adding",
        "until",
        "once",
        "or",
        "nor",
        "which",
        "who",
        "whom",
        "whose",
        "thus",
        "instead",
        "indeed",
    ]
)


_RELATIVE = re.compile(r"(?:\s+resolutions?\s+(?:No\.?\s*)?\d+)?,?\s+which(?=\s)")


def subject_position(body: str, start: int) -> bool:
    """Whether an actor mention at ``start`` can be a clause subject, not an object.

    "help Taiwan defend itself" and "talks with Iran" are not Taiwan's or Iran's positions:
    the word before a subject is punctuation, a capitalised word (a title or name), a title
    word, or a conjunction/determiner such as "and", "that", "the".
    """
    head = body[max(0, start - 40) : start].rstrip(" \t\"'“‘")
    if not head or head[-1] in ".!?;:,()\n—–-[":
        return True
    found = _WORD_BEFORE.search(head)
    if not found:
        return True
    word = found.group(1)
    if word.lower() in DETERMINERS:  # "chiefs in the US have vowed": look past "the"
        before = head[: found.start()].rstrip()
        prior = _WORD_BEFORE.search(before)
        return not (prior and prior.group(1).lower() in PREPOSITIONS)
    low = word.lower()
    return (
        word[:1].isupper()
        or low in SUBJECT_LEFT
        or (low in TITLE_WORDS and low not in PREPOSITIONS)
    )


DETERMINERS = frozenset(["the", "a", "an"])
PREPOSITIONS = frozenset(
    ["in", "of", "with", "to", "from", "for", "on", "at", "by", "against", "into", "between"]
)


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’\-]*)$")


_CLAUSE_MARKERS = (", according to", " according to ", "; ", " — ", " – ", ", a request", ", which")


@lru_cache(maxsize=4)
def _clause_marks(body: str) -> list[int]:
    """Start offsets of every clause marker in ``body``, sorted (one scan per story)."""
    marks: list[int] = []
    for marker in _CLAUSE_MARKERS:
        at = body.find(marker)
        while at >= 0:
            marks.append(at)
            at = body.find(marker, at + 1)
    return sorted(marks)


def _clause_end(body: str, start: int, end: int) -> int:
    """Where the clause of a reported stance stops: ``according to``, a dash, a semicolon."""
    marks = _clause_marks(body)
    index = bisect.bisect_left(marks, start)
    while index < len(marks) and marks[index] < end:
        at = marks[index]
        # the marker must fit inside the segment, as a find() on body[start:end] required
        if any(body.startswith(m, at) and at + len(m) <= end for m in _CLAUSE_MARKERS):
            return at
        index += 1
    return end


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

    # 1. quotes whose speaker has a country (and speaks for its government)
    officials = {
        a.name
        for a in story.actors
        if a.kind == "person" and a.country and speaks_for_country(a, story)
    }
    persons = {a.name for a in story.actors if a.kind == "person"}
    for quote in story.quotes:
        country = quote.speaker.country
        name = quote.speaker.name
        if not country or not name or quote.kind == "fragment":
            continue
        if name not in officials and (name in persons or not official_body(name)):
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
        if text.rstrip().rstrip("\"'”’").endswith("?"):
            local = []  # a question states no position ("Should the United Kingdom approve ...?")
        for holder in local:
            inside = holder.start < embedded_until
            conjoined = previous_holder
            previous_holder = holder
            # only a short lead can be one of MAIN_LEADS: never slice a long sentence per holder
            lead = (
                body[s_start : holder.start].strip(" \n\t\"'“‘")
                if holder.start - s_start <= _MAIN_LEAD_WINDOW
                else "…"
            )
            if holder.verb_from is not None:
                found = stance_after(body, holder.verb_from, s_end, False)
            else:
                found = stance_after(body, holder.end, s_end, lead in MAIN_LEADS, holder.start)
            if found is None:
                continue
            stance, verb_end, negated = found
            if inside and verb_end <= embedded_until:
                continue  # part of another actor's stated clause
            if holder.kind == "state-outlet" and stance == "neutral":
                continue
            clause_end = _clause_end(body, holder.start, s_end)
            if verb_end > clause_end:
                between = body[holder.end : verb_end]
                if any(m in between for m in ("according to", ";", " — ", " – ")):
                    continue  # the verb is someone else's
                clause_end = _clause_end(body, verb_end, s_end)  # past an appositive
            comma = body.find(",", verb_end, clause_end)
            clause = body[s_start : comma if comma > 0 else clause_end]
            stance = clause_stance(
                stance, body[verb_end : min(clause_end, verb_end + CLAUSE_WINDOW)], negated
            )
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
                stance = clause_stance(
                    stance, body[verb_end : min(clause_end, verb_end + CLAUSE_WINDOW)], negated
                )
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
    _restatements(story, statements, holders)
    statements.sort(key=lambda s: (s.start, s.country))
    return statements


_RESTATEMENT = re.compile(r"[\"“‘']?(?:In other words|That is to say|Put simply|In short)\b")
_ITS_NOUN = re.compile(r"\b(?:its|their) ([a-z]+)")


def _restatements(story: Story, statements: list[Statement], holders: list[_Holder]) -> None:
    """Extend a stance by the next sentence when that sentence restates it ("In other words,
    Washington better rethink its insistence ... or else"), and take the issue from what the
    restatement refers to: another actor's earlier stance named by a stance noun ("its
    insistence" -> that actor's demand), else the restatement's own issue terms."""
    body = story.body
    sentences = story.sentences
    if not sentences:
        return
    starts = [start for start, _end in sentences]
    for statement in [s for s in statements if s.stance != "neutral"]:
        at = bisect_right(starts, statement.end - 1)
        if at >= len(sentences):
            continue
        s_start, s_end = sentences[at]
        if statement.end > s_start or not _RESTATEMENT.match(body, s_start):
            continue
        if body[statement.end : s_start].count("\n") > 2:
            continue
        text = body[s_start:s_end]
        issue = None
        lo = bisect_left([h.start for h in holders], s_start)
        for holder in holders[lo:]:
            if holder.start >= s_end or issue:
                break
            if holder.country == statement.country:
                continue
            noun = _ITS_NOUN.search(body, holder.end, s_end)
            stance = cues().nouns.get(noun.group(1)) if noun else None
            earlier = [
                other
                for other in statements
                if other.country == holder.country
                and other.start < statement.start
                and (stance is None or other.stance == stance)
            ]
            if stance and earlier:
                issue = earlier[-1].issue
        issue = issue or classify_issue(text)
        statement.end = s_end
        statement.text = body[statement.start : s_end]
        if issue:
            statement.issue = issue


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
