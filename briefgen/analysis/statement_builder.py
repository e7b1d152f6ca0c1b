"""The one place a story's ``Statement`` objects are made, and the state its steps share.

Every step of :func:`briefgen.analysis.positions.find_statements` (quotes, reported stances,
agents, speakers named after their words) proposes a span, a country, a stance and its
actor to :meth:`StoryStatements.add`, which trims the span, screens it (what its words state:
:mod:`briefgen.analysis.reported_facts`; who speaks: :mod:`briefgen.analysis.voices`),
gives it its issue (:mod:`briefgen.analysis.statement_issues`) and keeps it once.
"""

from __future__ import annotations

from briefgen.analysis.actors import SpanIndex
from briefgen.analysis.holders import Holder
from briefgen.analysis.officials import StoryOfficials
from briefgen.analysis.partners import CandidateIndex
from briefgen.analysis.reported_facts import stated_content
from briefgen.analysis.statement_issues import IssueMemo
from briefgen.analysis.voices import (
    MentionIndex,
    government_voice,
    mentions_of,
    reporters_of,
    told_by_person,
)
from briefgen.model import AGAINST, Statement, Story


class StoryStatements:
    """The statements of one story as they are found, with what every step reads: the
    story's officials (``speakers``), its position holders (``candidates``; ``holders``:
    those in a subject position, in text order; ``partners``: all, by position), the
    spans of direct quotes in which only an official's words count (``hearsay``)."""

    def __init__(
        self,
        story: Story,
        speakers: StoryOfficials,
        candidates: list[Holder],
        hearsay: SpanIndex,
    ) -> None:
        self.story = story
        self.body = story.body
        self.sentences = story.sentences or [(0, len(story.body))]
        self.speakers = speakers
        self.candidates = candidates
        self.holders = [h for h in candidates if h.subject]
        self.partners = CandidateIndex(candidates)
        self.hearsay = hearsay
        self.statements: list[Statement] = []
        self.seen: set[tuple[str, int, int]] = set()
        self.issues = IssueMemo()
        # actor -> whether the story calls them a former official; -> a central banker
        self.memos: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
        self._reporters: MentionIndex | None = None
        self._private: MentionIndex | None = None
        self._people: MentionIndex | None = None
        self._told: dict[tuple[int, int], bool] = {}  # span -> told by a private person
        # the last span a government voice was read over whose words state no position (a
        # count, a forecast, figures): kept out of the statements, but what an "It" of the
        # next sentence continues ("The ILO said one million people have lost their
        # livelihoods. It called for action to create jobs.")
        self.fact: Statement | None = None

    def reporters(self) -> MentionIndex:
        """Mentions of the people and organisations who speak for no government (built on
        first use: most stories never ask)."""
        if self._reporters is None:
            self._reporters = reporters_of(self.story, self.speakers.countries)
        return self._reporters

    def people(self) -> MentionIndex:
        """Mentions of every person of the story (built on first use)."""
        if self._people is None:
            self._people = mentions_of(self.story, ("person",))
        return self._people

    def private_people(self) -> MentionIndex:
        """Mentions of the persons who speak for no government (built on first use)."""
        if self._private is None:
            self._private = mentions_of(self.story, ("person",), self.speakers.countries)
        return self._private

    def add(
        self,
        country: str,
        start: int,
        end: int,
        stance: str,
        actor: str | None,
        issue_text: str,
        dedupe: bool = False,
        target: str | None = None,
    ) -> Statement | None:
        """The statement of ``country`` over ``body[start:end]`` (blank ends trimmed), stating
        ``stance`` (against ``target``) as held by ``actor``, its issue read from
        ``issue_text``; None when its words or its speaker state no position, or when it was
        made before. With ``dedupe``, a statement of ``country`` overlapping it is returned
        instead (the first reading of a span wins)."""
        body = self.body
        while start < end and body[start] in " \n\t":
            start += 1
        while end > start and body[end - 1] in " \n\t":
            end -= 1
        if end <= start:
            return None
        if dedupe:
            for other in self.statements:
                if other.country == country and other.start < end and start < other.end:
                    return other
        if (country, start, end) in self.seen:
            return None
        if self._told_by_person(start, end):
            return None  # "..., says NDP Leader Jack Layton": his account, not the state's
        content = stated_content(body, country, start, end, stance, target)
        if content is None:
            if government_voice(body, country, start, end, stance, actor, self.memos):
                self.fact = Statement(country, None, "neutral", body[start:end], start, end, actor)
            return None
        stance, target = content
        if not government_voice(body, country, start, end, stance, actor, self.memos):
            return None
        # the issue is read from the statement's own clause (what was said or stated) only:
        # the words around it are another clause's ("Ahead of the presidential election, Bush
        # said he opposed stem-cell research"); a clause that names no issue has none
        issue = self.issues.issue(issue_text, body)
        self.seen.add((country, start, end))
        statement = Statement(country, issue, stance, body[start:end], start, end, actor)
        if target != country and stance in AGAINST:
            statement.target = target
        self.statements.append(statement)
        return statement

    def _told_by_person(self, start: int, end: int) -> bool:
        """Whether the sentence of ``body[start:end]`` ends by naming a person who speaks for
        no government after a speech verb (:func:`briefgen.analysis.voices.told_by_person`);
        a cheap test first: most sentences hold no ", says" or ", said" near their end."""
        body = self.body
        near = body[max(start, end - 160) : end + 160]
        if ", sa" not in near and ", ad" not in near:
            return False
        key = (start, end)
        told = self._told.get(key)
        if told is None:
            sentence = self.story.sentence_at(end - 1)
            told = sentence is not None and told_by_person(
                body, start, sentence[1], self.private_people()
            )
            self._told[key] = told
        return told


def actor_name(holder: Holder) -> str | None:
    """The actor a statement names for ``holder``: a person, an institution or a state outlet
    by name; a country or a body none."""
    if holder.kind in ("person", "institution", "state-outlet"):
        return holder.name
    return None
