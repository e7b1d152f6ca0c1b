"""Questions the corpus answers: a pending demand or decision whose outcome another story reports.

"Will the Houston court order Russia to arbitration?" is no open question when another story
says "A judge has dismissed an attempt by Russian oil giant Yukos to gain bankruptcy protection
in the US". A story reports the outcome when a sentence of its lead (its news, not background),
told by the reporter (not in a direct quotation, not a condition), has the question's
institution as the subject of an outcome verb in the past ("has dismissed", "ruled", "threw
out", "approved") and names a party of the question's evidence sentence that is no country,
and the lead shares ``MATTER`` matter words with the question's story (its evidence sentence,
headline and lead). A story that mentions the matter again without an outcome ("Yukos asked
the court ...", "the court will rule on Thursday") answers nothing. The reporting story must be
later than the question's when both are dated.
Actors and sentences come from the analysis: this module detects neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.analysis.dates import story_sentences
from briefgen.model import Story
from briefgen.sections.evidence import content_tokens
from briefgen.sections.questions_lexicon import questions_lexicon

_CONDITION = re.compile(r"\W*(?:If|Unless|Whether|Should|Once)\b")
# words between the institution and the verb that leave the outcome open or deny it
_OPEN = frozenset(
    [
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "shall",
        "should",
        "must",
        "to",
        "not",
        "never",
        "yet",
        "if",
        "unless",
        "whether",
        "expected",
        "likely",
        "set",
        "due",
        "asked",
        "urged",
        "wants",
        "want",
        "hopes",
        "hope",
    ]
)
_BETWEEN = re.compile(r"^[\s\w'’-]{0,60}$")
# the institution a question is asked of, and the words the stories use for it
_FAMILIES = {
    "court": ("court", "courts", "judge", "judges", "tribunal"),
    "judge": ("court", "judge", "tribunal"),
    "tribunal": ("court", "judge", "tribunal"),
    "parliament": ("parliament", "mps", "lawmakers", "assembly"),
    "regulator": ("regulator", "regulators", "watchdog"),
}
_GENERIC = frozenset(
    [
        "year",
        "month",
        "week",
        "day",
        "time",
        "people",
        "firm",
        "company",
        "group",
        "official",
        "government",
        "country",
        "state",
        "deal",
        "move",
        "plan",
        "report",
        "case",
    ]
)


@dataclass(frozen=True)
class _Institution:
    """Who must act: the words that name it in a sentence, the qualifiers a report must name."""

    names: tuple[str, ...]
    qualifiers: tuple[str, ...]


def _institution(subject: str) -> _Institution | None:
    """ "the Houston court" -> court/judge/tribunal, qualified by Houston; "Congress" -> itself."""
    words = subject.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    head = words[-1]
    if head.islower():  # a common noun: its family, and the names that qualify it
        names = _FAMILIES.get(head, (head,))
        qualifiers = tuple(w for w in words[:-1] if w[:1].isupper())
        return _Institution(names, qualifiers)
    return _Institution((" ".join(words),), ())


LEAD = 2  # sentences: a story reports an outcome as news in its lead, not as background
MATTER = 2  # matter words the lead shares with the question's story: one ("oil") is a topic


@dataclass(frozen=True)
class Reports:
    """What every question looks at, found once per brief: the outcome verbs the stories' leads
    tell (the only places that can answer: sentence span and verb start, the reporter's own
    words, no condition) and the names of the actors the analysis found in any story that are
    no country (one story may miss a party another names)."""

    leads: list[tuple[Story, list[tuple[int, int, int]]]]
    names: frozenset[str]


def reports(stories: list[Story]) -> Reports:
    """The ``Reports`` of the brief's ``stories``."""
    leads = []
    outcome = questions_lexicon().outcome
    if outcome is None:
        return Reports([], frozenset())
    for story in stories:
        body = story.body
        verbs = [
            (s0, s1, m.start())
            for s0, s1 in story_sentences(story)[:LEAD]
            if not _CONDITION.match(body, s0)
            for m in outcome.finditer(body, s0, s1)
            if not any(q.kind == "direct" and q.start <= m.start() < q.end for q in story.quotes)
        ]
        if verbs:
            leads.append((story, verbs))
    names = frozenset(
        a.name
        for story in stories
        for a in story.actors
        if a.kind != "country" and len(a.name) > 2 and a.name[:1].isupper()
    )
    return Reports(leads, names)


def answered_by(story: Story, start: int, end: int, subject: str, known: Reports) -> Story | None:
    """The first other story that reports the outcome of the matter asked of ``subject`` in
    ``story.body[start:end]``; None when none does."""
    inst = _institution(subject)
    if inst is None:
        return None
    pattern = re.compile(
        r"\b(?:" + "|".join(re.escape(n) for n in inst.names) + r")\b",
        0 if any(n[:1].isupper() for n in inst.names) else re.IGNORECASE,
    )
    # the institution's outcomes first: most questions have none, and need no more work
    told = [
        (other, found)
        for other, verbs in known.leads
        if other.id != story.id and _later(other, story)
        for found in [_outcomes(other.body, verbs, pattern)]
        if found
    ]
    if not told:
        return None
    parties = _parties(story, start, end, subject, known.names)
    if not parties:
        return None
    sentences = story_sentences(story)
    lead = " ".join(_unnamed(story, a, b) for a, b in sentences[:1])
    matter = set(content_tokens(" ".join((story.title, lead, _unnamed(story, start, end)))))
    named = {w for a in story.actors for w in content_tokens(a.name)}
    own = {w.lower() for n in inst.names + inst.qualifiers for w in n.split()}
    matter -= named | own | _GENERIC
    if len(matter) < MATTER:
        return None
    for other, found in told:
        if not _on_the_matter(other, found, parties, matter):
            continue
        if all(re.search(rf"\b{re.escape(q)}\b", other.body) for q in inst.qualifiers):
            return other
    return None


def _later(other: Story, story: Story) -> bool:
    """May ``other`` report what came of ``story``'s matter: later, or either undated?"""
    if other.published is None or story.published is None:
        return True
    return other.published > story.published


def _unnamed(story: Story, start: int, end: int) -> str:
    """``body[start:end]`` with the actors the analysis found there blanked out."""
    text = list(story.body[start:end])
    for actor in story.actors:
        for a, b in actor.mentions:
            if start <= a and b <= end:
                text[a - start : b - start] = " " * (b - a)
    return "".join(text)


def _parties(story: Story, start: int, end: int, subject: str, names: frozenset[str]) -> set[str]:
    """How ``body[start:end]`` names its parties: the surface forms of its actors, and the
    names of actors other stories found that it holds, that are no country (a country is a
    party to too much) and not the institution asked to act."""
    low_subject = subject.lower()
    text = story.body[start:end]
    out: set[str] = set()
    for actor in story.actors:
        if actor.kind == "country" or not any(start <= a and b <= end for a, b in actor.mentions):
            continue
        out |= {story.body[a:b] for a, b in actor.mentions} | {actor.name}
    out |= {n for n in names if n in text and re.search(rf"\b{re.escape(n)}\b", text)}
    return {
        p
        for p in out
        if len(p) > 2
        and p[:1].isupper()
        and p.lower() not in low_subject
        and not any(a.kind == "country" and a.name == p for a in story.actors)
    }


def _outcomes(
    body: str, verbs: list[tuple[int, int, int]], pattern: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The sentences of ``verbs`` where the institution is the subject of the outcome verb,
    with no modal or negation between ("A judge has dismissed", not "will rule")."""
    out: list[tuple[int, int]] = []
    for s0, s1, at in verbs:
        inst = None
        for found in pattern.finditer(body, max(s0, at - 60), at):
            inst = found
        if inst is None or not _BETWEEN.match(body[inst.end() : at]):
            continue
        between = {w.lower() for w in re.findall(r"[\w'’]+", body[inst.end() : at])}
        if not between & _OPEN and (s0, s1) not in out:
            out.append((s0, s1))
    return out


def _on_the_matter(
    other: Story, sentences: list[tuple[int, int]], parties: set[str], matter: set[str]
) -> bool:
    """Does one of the outcome ``sentences`` name a party, and the lead of ``other`` share
    ``MATTER`` matter words with the question's story?"""
    body = other.body
    if not any(
        re.search(rf"\b{re.escape(p)}\b", body[s0:s1]) for s0, s1 in sentences for p in parties
    ):
        return False
    told = " ".join(_unnamed(other, a, b) for a, b in story_sentences(other)[:LEAD])
    return len(matter & set(content_tokens(told))) >= MATTER
