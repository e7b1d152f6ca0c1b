"""Conflict questions: two countries aim opposed positions at each other on one matter.

Read from ``story.statements``: each side's demand or opposition names the other side (its
``target`` when the analysis gives one), and both name the matter with the same words, so a G8
aid package and an arms embargo, or climate talks and aircraft-subsidy talks, never make one
conflict. The question is phrased from the issue's own wording (questions.toml) and kept only
when well formed and grounded in the statements it cites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from briefgen.analysis.document import dateline_end as opening_dateline
from briefgen.analysis.lexicon import stopwords
from briefgen.model import Statement, Story
from briefgen.sections.evidence import country_name
from briefgen.sections.question_grammar import (
    evidence_span,
    grounded,
    issue_label,
    join_names,
    phrase,
    quote_snippet,
    well_formed,
    with_article,
)
from briefgen.sections.questions_lexicon import QuestionsLexicon

# Stances that oppose another side's position (the later ones come from richer stance analyses
# and are read when present), and the positions they can oppose.
_OPPOSING = {"opposes", "rejects", "denies", "warns", "accuses"}


_ACTIVE = {"demands", "conditions", "proposes", "supports"}


@dataclass(frozen=True)
class _Stmt:
    story: Story
    st: Statement
    addressee: str | None  # the country (or body) the statement's demand or opposition is aimed at
    matter: frozenset[str]  # words of issue terms the statement uses ("sanction", "relief")


@dataclass
class Conflict:
    """A conflict question with its issue, reason, countries, evidence and template rank."""

    question: str
    issue: str
    why: str
    countries: list[str]
    evidence: list[dict[str, Any]]
    rank: int


def conflict_questions(
    stories: list[Story], lex: QuestionsLexicon, wording: dict[str, Any]
) -> list[Conflict]:
    """One question per issue on which two countries make demands of each other, or one opposes
    what the other wants: each aims its statement at the other, and both name the matter with
    the same words (a G8 aid package and an arms embargo are not one matter)."""
    aimed: list[tuple[Story, Statement, str]] = []
    for story in stories:
        for st in story.statements:
            if st.stance == "neutral" or len(st.country) != 2:
                continue
            addressee = _addressee(story, st)
            if addressee is not None and not joint(story, st, addressee):
                aimed.append((story, st, addressee))
    # only two sides that aim statements at each other can clash
    pairs = {(st.country, addressee) for _story, st, addressee in aimed}
    by_issue: dict[str, list[_Stmt]] = {}
    for story, st, addressee in aimed:
        if (addressee, st.country) not in pairs or not lex.names_issue(st.text):
            continue  # a statement without an issue's words shares no matter with another
        issues = [st.issue]  # a list: the order questions are built in stays the same
        matter: set[str] = set()
        for issue in lex.issues.values():
            if issue.pattern is None:
                continue
            hits = [m.group().lower() for m in issue.pattern.finditer(st.text)]
            if hits:
                if issue.id not in issues:
                    issues.append(issue.id)
                if issue.id not in lex.meta_issues:
                    matter |= {stem(w) for h in hits for w in h.split() if w not in stopwords()}
        item = _Stmt(story, st, addressee, frozenset(matter))
        for issue_id in issues:
            by_issue.setdefault(issue_id, []).append(item)
    out: list[Conflict] = []
    for issue_id, items in by_issue.items():
        if issue_id.startswith("other:"):
            continue  # an issue without a name cannot be asked about in plain words
        chosen = _conflicting(items)
        if not chosen:
            continue
        countries: list[str] = []
        for it in chosen:
            if it.st.country not in countries:
                countries.append(it.st.country)
        label = issue_label(issue_id, lex)
        texts = " ".join(it.st.text for it in chosen)
        counter = next(
            (
                lex.issue_nouns.get(other.id, issue_label(other.id, lex))
                for other in lex.issues.values()
                if other.id != issue_id
                and other.id in lex.issue_nouns
                and other.pattern is not None
                and other.pattern.search(texts)
            ),
            None,
        )
        names = [with_article(country_name(c)) for c in countries]
        values = {
            "issue": label,
            "matter": label,
            "countries": join_names(names),
            "counter_issue": counter,
            "actors": join_names([it.st.actor for it in chosen if it.st.actor]),
        }
        phrased = phrase("conflict", issue_id, values, lex, wording)
        if phrased is None:
            continue
        question, rank, scaffold = phrased
        shown = _one_per_country(chosen)  # the evidence cited is the evidence quoted
        extra = [*names, label, counter or ""]
        if not well_formed(question) or not grounded(question, scaffold, texts, extra):
            continue
        why = (
            f"Conflicting positions on {label}: "
            + "; ".join(
                f"{country_name(it.st.country)} {it.st.stance} ({quote_snippet(it.st.text, 90)})"
                for it in shown
            )
            + "."
        )
        evidence = [evidence_span(it.story, it.st.start, it.st.end) for it in shown]
        out.append(Conflict(question, issue_id, why, countries, evidence, rank))
    return out


def stem(word: str) -> str:
    word = word.strip("'’*")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _addressee(story: Story, st: Statement) -> str | None:
    """Whom a statement is aimed at: its ``target`` when the analysis gives one, else the first
    country or international body other than the speaker's named in it, after the speaker's
    own side ("Washington has insisted that the North must ..." is aimed at North Korea)."""
    target = getattr(st, "target", None)
    if isinstance(target, str) and target:
        return target
    first: tuple[int, str] | None = None
    own: int | None = None
    dateline_end = opening_dateline(story, st.start, st.end) or st.start  # found by the analysis
    for actor in story.actors:
        if not actor.country:
            continue
        for s, e in actor.mentions:
            if not (st.start <= s and e <= st.end):
                continue
            if s < dateline_end:
                continue  # a dateline ("SEOUL, Aug. 20 (Yonhap) --") names no speaker
            if actor.country == st.country:
                own = s if own is None else min(own, s)
            elif actor.kind in ("country", "body") and (first is None or s < first[0]):
                first = (s, actor.country)
    if first is None or own is None or own > first[0]:
        return None  # the other side is named before the speaker's: it may be the one speaking
    return first[1]


_AND = re.compile(r"\s*(?:,|and|&)\s+(?:the\s+)?")


def joint(story: Story, st: Statement, other: str) -> bool:
    """Do both sides hold the statement together: the speaker's side and ``other`` are named
    side by side ("the EU and US hoped to avoid having to resolve the dispute at the WTO")?
    A shared aim sets no side against the other."""
    spans: dict[str, list[tuple[int, int]]] = {st.country: [], other: []}
    for actor in story.actors:
        if actor.country in spans:
            spans[actor.country].extend(
                (a, b) for a, b in actor.mentions if st.start <= a and b <= st.end
            )
    body = story.body
    for a0, a1 in spans[st.country]:
        for b0, b1 in spans[other]:
            if a1 <= b0:
                gap = (a1, b0)
            elif b1 <= a0:
                gap = (b1, a0)
            else:
                continue
            if _AND.fullmatch(body, *gap):
                return True
    return False


def _conflicting(items: list[_Stmt]) -> list[_Stmt]:
    """Statements of two countries aimed at each other on one matter: both demand or set
    conditions, or one opposes what the other demands, proposes or supports. Statements in one
    sentence are one speaker's report and never clash with each other."""
    clash: list[tuple[int, _Stmt, _Stmt]] = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if a.st.country == b.st.country:
                continue
            if a.story is b.story and a.st.start < b.st.end and b.st.start < a.st.end:
                continue
            if a.addressee != b.st.country or b.addressee != a.st.country:
                continue
            if not a.matter & b.matter:
                continue
            sa, sb = a.st.stance, b.st.stance
            rival = sa in ("demands", "conditions") and sb in ("demands", "conditions")
            opposed = (sa in _OPPOSING and sb in _ACTIVE) or (sb in _OPPOSING and sa in _ACTIVE)
            if rival or opposed:
                clash.append((0 if rival else 1, a, b))
    clash.sort(key=lambda c: c[0])  # two demands on each other first: the clearest deadlock
    chosen: list[_Stmt] = []
    for _rank, a, b in clash:
        for it in (a, b):
            if it not in chosen:
                chosen.append(it)
    return chosen


def _one_per_country(chosen: list[_Stmt]) -> list[_Stmt]:
    seen: set[str] = set()
    out = []
    for it in chosen:
        if it.st.country not in seen:
            seen.add(it.st.country)
            out.append(it)
    return out
