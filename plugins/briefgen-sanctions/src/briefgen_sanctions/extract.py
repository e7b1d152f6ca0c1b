"""Find sanctions measures in a story and the actors linked to them by the text itself.

Rules are deliberately narrow: an actor is named as imposing, threatening or lifting a measure
only when it stands next to the action with nothing but auxiliaries and a few words between
("the US must have a plan to relieve some sanctions", "sanctions imposed by the EU", "the EU's
arms embargo"). Anything looser would give countries positions they never took; the honest
answer is then no actor.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from briefgen import Story
from briefgen.sections.questions_lexicon import lowered

_WORD = re.compile(r"[\w’'.-]+|[,;:()\"“”—–]")
_BOUNDARY = set(',;:()"“”—–')
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
AFTER_GAP_WORDS = {
    "are", "is", "was", "were", "be", "been", "being", "to", "would", "will", "could", "should",
    "must", "may", "might", "have", "has", "had", "soon", "immediately", "fully", "partially",
    "partly", "eventually", "already", "now", "finally", "also", "still", "gradually", "quickly",
}  # fmt: skip
# resolution_re's own words, for lower-cased text and without its word boundaries
_RESOLUTION_ANYWHERE = re.compile(r"resolutions?\s+(?:no\.?\s*)?\d{3,4}")
MAX_BEFORE_GAP = 4
MAX_AFTER_GAP = 3


@dataclass(frozen=True)
class MeasureDef:
    """One lexicon entry."""

    label: str
    kind: str
    generic: bool
    terms: tuple[str, ...]


@dataclass
class Lexicon:
    """The parsed lexicon.toml, with its compiled patterns."""

    measures: dict[str, MeasureDef]
    by_term: dict[str, MeasureDef]
    measure_re: re.Pattern[str]
    resolution_re: re.Pattern[str]
    body_re: re.Pattern[str]
    resolution_label: str
    resolution_imposer: dict[str, str]
    action_of: dict[str, str]
    action_re: re.Pattern[str]
    max_gap: int
    blocking: frozenset[str]
    cue_blocking: frozenset[str]
    negation: frozenset[str]
    passive: frozenset[str]
    passive_finite: frozenset[str]
    target_re: re.Pattern[str]
    measure_anywhere: tuple[tuple[str, ...], re.Pattern[str]] | None = None


def _alternation(terms: list[str]) -> str:
    ordered = sorted(set(terms), key=len, reverse=True)
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Read the shipped lexicon once."""
    raw = tomllib.loads(
        (resources.files("briefgen_sanctions") / "lexicon.toml").read_text(encoding="utf-8")
    )
    measures: dict[str, MeasureDef] = {}
    by_term: dict[str, MeasureDef] = {}
    for entry in raw["measure"]:
        definition = MeasureDef(
            entry["label"], entry["kind"], bool(entry.get("generic")), tuple(entry["terms"])
        )
        measures[definition.label] = definition
        for term in definition.terms:
            by_term[term.lower()] = definition
    actions = {term.lower(): name for name, terms in raw["actions"].items() for term in terms}
    resolution = raw["resolution"]
    bodies = _alternation(resolution["bodies"])
    links = raw["links"]
    return Lexicon(
        measures=measures,
        by_term=by_term,
        measure_re=re.compile(rf"\b(?:{_alternation(list(by_term))})\b", re.IGNORECASE),
        resolution_re=re.compile(
            rf"\b(?:(?P<body>{bodies})\s+)?resolutions?\s+(?:no\.?\s*)?(?P<number>\d{{3,4}})\b",
            re.IGNORECASE,
        ),
        body_re=re.compile(rf"\b(?:{bodies})(?!\w)"),
        resolution_label=resolution["label"],
        resolution_imposer=dict(resolution["imposer"]),
        action_of=actions,
        action_re=re.compile(rf"\b(?:{_alternation(list(actions))})\b", re.IGNORECASE),
        max_gap=int(links["max_gap_words"]),
        blocking=frozenset(links["blocking"]),
        cue_blocking=frozenset(links["blocking"]) - frozenset(links["cue_allowed"]),
        negation=frozenset(links["negation"]),
        passive=frozenset(links["passive"]),
        passive_finite=frozenset(links["passive_finite"]),
        target_re=re.compile(
            rf"\s*(?:{_alternation(links['target_prepositions'])})\s+(?:the\s+)?", re.IGNORECASE
        ),
        measure_anywhere=_lower_anywhere(list(by_term)),
    )


def _lower_anywhere(terms: list[str]) -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    """For lower-cased text: the terms without IGNORECASE or word boundaries, folded into a
    character trie, and the longest word of each term (a match of the pattern holds one of
    them). A match of ``measure_re`` in any part of a text is a match of this in the
    lower-cased whole. None when a term is not lower-case ASCII."""
    if not terms or any(not t.isascii() or t != t.lower() for t in terms):
        return None
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for ch in " ".join(term.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def regex(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # the shorter term alone is a match: enough for a yes/no test
        alts = [
            (r"\s+" if ch == " " else re.escape(ch)) + regex(n) for ch, n in sorted(node.items())
        ]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    words = tuple(sorted({max(t.split(), key=len) for t in terms}))
    return words, re.compile(regex(trie))


def _may_mention(lex: Lexicon, body: str) -> bool:
    """False only when no sentence of ``body`` can hold a measure or a resolution: most
    stories hold neither, and one case-sensitive scan of the lower-cased body is far cheaper
    than the IGNORECASE patterns run sentence by sentence."""
    if lex.measure_anywhere is None:
        return True
    low = lowered(body)
    if low is None:
        return True
    if "resolution" in low and _RESOLUTION_ANYWHERE.search(low):
        return True
    words, pattern = lex.measure_anywhere
    return any(w in low for w in words) and pattern.search(low) is not None


@dataclass
class Party:
    """A country or body (or, for targets, any named actor) linked to a measure."""

    name: str
    country: str | None


@dataclass
class Mention:
    """One mention of a measure in one story, with what the text says about it."""

    story: str
    label: str
    kind: str
    generic: bool
    start: int
    end: int
    sentence: tuple[int, int]
    resolution: str | None = None
    actions: list[str] = field(default_factory=list)
    imposed_by: list[Party] = field(default_factory=list)
    threatened_by: list[Party] = field(default_factory=list)
    lifted_by: list[Party] = field(default_factory=list)
    targets: list[Party] = field(default_factory=list)
    positions: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Span:
    start: int
    end: int
    name: str
    kind: str
    country: str | None


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _sentences(story: Story) -> list[tuple[int, int]]:
    if story.sentences:
        return list(story.sentences)
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(story.body) if m.group().strip()]


def _actor_spans(story: Story) -> list[_Span]:
    spans = [
        _Span(start, end, actor.name, actor.kind, actor.country)
        for actor in story.actors
        for start, end in actor.mentions
    ]
    # Longest first at a position, so "UN Security Council" wins over "UN".
    spans.sort(key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[_Span] = []
    for span in spans:
        if kept and span.start < kept[-1].end:
            continue
        kept.append(span)
    return kept


def _display_name(story: Story, code: str) -> str:
    for actor in story.actors:
        if actor.country == code and actor.kind in ("country", "body"):
            return actor.name
    try:
        import pycountry

        country = pycountry.countries.get(alpha_2=code)
    except (ImportError, KeyError, LookupError):
        country = None
    if country is not None:
        return getattr(country, "common_name", None) or country.name
    return code


def _as_state(story: Story, span: _Span) -> Party | None:
    """The country or body an agent span stands for (a person counts as their country)."""
    if span.kind in ("country", "body"):
        return Party(span.name, span.country)
    if span.country:
        return Party(_display_name(story, span.country), span.country)
    return None


def _before(spans: list[_Span], offset: int, floor: int) -> _Span | None:
    best = None
    for span in spans:
        if span.end <= offset and span.start >= floor:
            best = span
        elif span.start >= offset:
            break
    return best


def _conjoined_before(spans: list[_Span], first: _Span, body: str, floor: int) -> list[_Span]:
    """``first`` and the actors joined to it by "and"/"or"/commas just before it."""
    found = [first]
    current = first
    while True:
        previous = _before(spans, current.start, floor)
        if previous is None:
            return found
        gap = body[previous.end : current.start]
        if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or|as well as)\s*(?:the\s+)?", gap):
            return found
        found.insert(0, previous)
        current = previous


def _conjoined_after(spans: list[_Span], first: _Span, body: str, ceiling: int) -> list[_Span]:
    found = [first]
    current = first
    for span in spans:
        if span.start < current.end or span.end > ceiling:
            continue
        gap = body[current.end : span.start]
        if not re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?", gap):
            break
        found.append(span)
        current = span
    return found


@dataclass
class _Cue:
    action: str
    start: int
    end: int
    negated: bool


def _find_cues(lex: Lexicon, body: str, start: int, end: int, sentence) -> list[_Cue]:
    """The nearest action cue before the measure and the nearest after it (each optional)."""
    before: _Cue | None = None
    after: _Cue | None = None
    for match in lex.action_re.finditer(body, sentence[0], sentence[1]):
        action = lex.action_of[re.sub(r"\s+", " ", match.group().lower())]
        if match.group().lower() == "end" and re.match(r"\s+of\b", body[match.end() :]):
            continue  # "by the end of the year"
        if match.end() <= start:
            gap = _words(body[match.end() : start])
            if len(gap) > MAX_BEFORE_GAP or any(w in _BOUNDARY for w in gap):
                continue
            if any(w in lex.cue_blocking for w in gap):
                continue
            if lex.measure_re.search(body, match.end(), start):
                continue
            lead_in = _words(body[max(sentence[0], match.start() - 40) : match.start()])[-3:]
            negated = any(w in lex.negation for w in [*lead_in, *gap])
            before = _Cue(action, match.start(), match.end(), negated)
        elif match.start() >= end and after is None:
            gap = _words(body[end : match.start()])
            if len(gap) > MAX_AFTER_GAP:
                break
            if any(w not in AFTER_GAP_WORDS and w not in lex.negation for w in gap):
                break
            after = _Cue(action, match.start(), match.end(), any(w in lex.negation for w in gap))
    return [c for c in (before, after) if c is not None]


def _agent(lex: Lexicon, story: Story, spans: list[_Span], span_start: int, sentence, cue: str):
    """(role, parties) for the actor just before the action, or None when the link is loose."""
    body = story.body
    actor = _before(spans, span_start, sentence[0])
    if actor is None:
        return None
    gap = _words(body[actor.end : span_start])
    if len(gap) > lex.max_gap or any(w in _BOUNDARY for w in gap):
        return None
    if any(w in lex.blocking for w in gap) or any(w in lex.negation for w in gap):
        return None
    if gap and gap[0] in ("'s", "’s"):
        return None  # a possessive is the measure's holder, handled separately
    passive = any(w in lex.passive for w in gap) or (
        any(w in lex.passive_finite for w in gap) and re.search(r"(?:ed|en)$", cue.lower())
    )
    group = _conjoined_before(spans, actor, body, sentence[0])
    if passive:
        return "targets", [Party(s.name, s.country) for s in group]
    parties = [p for p in (_as_state(story, s) for s in group) if p is not None]
    return ("agent", parties) if parties else None


def _targets(lex: Lexicon, story: Story, spans: list[_Span], offset: int, sentence) -> list[Party]:
    match = lex.target_re.match(story.body, offset, sentence[1])
    if match is None:
        return []
    for span in spans:
        if span.start == match.end():
            group = _conjoined_after(spans, span, story.body, sentence[1])
            return [Party(s.name, s.country) for s in group]
        if span.start > match.end():
            break
    return []


def _holder(story: Story, spans: list[_Span], start: int, sentence) -> list[Party]:
    """ "The EU's arms embargo", "UN sanctions": the body or country that holds the measure."""
    actor = _before(spans, start, sentence[0])
    if actor is None:
        return []
    gap = story.body[actor.end : start]
    if re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,2}", gap):
        party = _as_state(story, actor)
        return [party] if party else []
    if actor.kind == "body" and re.fullmatch(r"[\s-]*(?:imposed\s+)?", gap):
        return [Party(actor.name, actor.country)]
    return []


def _by_agent(story: Story, spans: list[_Span], offset: int, sentence) -> list[Party]:
    """ "Sanctions imposed by the EU and the US": the agents of a passive action."""
    match = re.compile(r"\s+by\s+(?:the\s+)?").match(story.body, offset, sentence[1])
    if match is None:
        return []
    for span in spans:
        if span.start == match.end():
            group = _conjoined_after(spans, span, story.body, sentence[1])
            return [p for p in (_as_state(story, s) for s in group) if p is not None]
        if span.start > match.end():
            break
    return []


def _positions(story: Story, start: int, end: int) -> list[dict[str, Any]]:
    """Stances on sanctions that the analysis found in a statement holding the mention."""
    found = []
    for statement in story.statements:
        if "sanction" not in statement.issue.lower():
            continue
        if statement.start <= start and end <= statement.end:
            found.append(
                {"country": statement.country, "stance": statement.stance, "actor": statement.actor}
            )
    return found


def _add(parties: list[Party], new: list[Party]) -> None:
    for party in new:
        if not any((p.country or p.name) == (party.country or party.name) for p in parties):
            parties.append(party)


def find_mentions(story: Story) -> list[Mention]:
    """Every measure and UN resolution named in ``story``, with the actors the text links."""
    lex = load_lexicon()
    body = story.body
    if not _may_mention(lex, body):
        return []
    spans = _actor_spans(story)
    mentions: list[Mention] = []
    for sentence in _sentences(story):
        hits: list[tuple[int, int, MeasureDef | None, str | None]] = []
        for match in lex.resolution_re.finditer(body, *sentence):
            if match.group("body") or lex.body_re.search(body, *sentence):
                hits.append((match.start(), match.end(), None, match.group("number")))
        for match in lex.measure_re.finditer(body, *sentence):
            if not any(s <= match.start() < e for s, e, _, _ in hits):
                term = re.sub(r"\s+", " ", match.group().lower())
                definition = lex.by_term.get(term)
                if definition is None:  # IGNORECASE read "ſanctions" as "sanctions"
                    continue
                hits.append((match.start(), match.end(), definition, None))
        for start, end, definition, number in sorted(hits, key=lambda h: h[0]):
            if definition is None:
                mention = Mention(
                    story.id,
                    lex.resolution_label.format(number=number),
                    "resolution",
                    False,
                    start,
                    end,
                    sentence,
                    resolution=number,
                )
                imposer = lex.resolution_imposer
                _add(mention.imposed_by, [Party(imposer["name"], imposer["country"])])
            else:
                mention = Mention(
                    story.id, definition.label, definition.kind, definition.generic,
                    start, end, sentence,
                )  # fmt: skip
            _add(mention.imposed_by, _holder(story, spans, start, sentence))
            after = end
            for cue in _find_cues(lex, body, start, end, sentence):
                after = max(after, cue.end)
                if cue.negated:
                    continue
                if cue.action not in mention.actions:
                    mention.actions.append(cue.action)
                if cue.action == "compliance":
                    continue
                roles = {"impose": mention.imposed_by, "threaten": mention.threatened_by}
                role = roles.get(cue.action, mention.lifted_by)
                compound = cue.start >= end and not body[end : cue.start].strip()
                if compound and not body[cue.start : cue.end].lower().endswith("ed"):
                    # "the US and UN agree to a schedule of sanctions relief"
                    link = _agent(lex, story, spans, start, sentence, body[cue.start : cue.end])
                    if link is not None:
                        kind, parties = link
                        _add(mention.targets if kind == "targets" else role, parties)
                elif cue.end <= start:  # "the US ending all sanctions"
                    link = _agent(lex, story, spans, cue.start, sentence, body[cue.start : cue.end])
                    if link is not None:
                        kind, parties = link
                        _add(mention.targets if kind == "targets" else role, parties)
                else:  # "sanctions imposed by the EU"
                    _add(role, _by_agent(story, spans, cue.end, sentence))
            _add(mention.targets, _targets(lex, story, spans, after, sentence))
            if after != end and not mention.targets:
                _add(mention.targets, _targets(lex, story, spans, end, sentence))
            mention.positions = _positions(story, start, end)
            mentions.append(mention)
    return mentions
