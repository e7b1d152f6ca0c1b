"""Stated positions of countries and bodies: who stands where on which issue, with evidence.

:func:`find_statements` runs the steps in order; each module decides one thing:

* which quotes are a country's statements and which stance each states
  (:mod:`briefgen.analysis.quote_statements`);
* which actors the reporter says take a stance, clause by clause
  (:mod:`briefgen.analysis.reported_stances`: "Washington has insisted", "Kim had reportedly
  proposed", "the South does not want"), and agents and speakers named after their words
  (:mod:`briefgen.analysis.agent_statements`);
* where a stated clause starts and stops (:mod:`briefgen.analysis.stated_clauses`);
* whether the words state a position at all (:mod:`briefgen.analysis.reported_facts`),
  whether the speaker is a government voice (:mod:`briefgen.analysis.voices`), whether a
  stance is the reporter's description (:mod:`briefgen.analysis.reporter_framing`);
* which issue a statement is about (:mod:`briefgen.analysis.statement_issues`, with
  ``briefgen/data/issues.toml``; stances from ``briefgen/data/stance_cues.toml``);
* whether a statement only relays another country's speaker (:mod:`briefgen.analysis.relays`).

Statements are made in one place (:class:`briefgen.analysis.statement_builder.StoryStatements`).
Precision first: a country is only given a statement when one of its own actors holds it.
"""

from __future__ import annotations

import re

from briefgen.analysis.actors import SpanIndex
from briefgen.analysis.agent_statements import (
    agent_statements,
    owned_stance_statements,
    trailing_speaker_statements,
)
from briefgen.analysis.holders import find_holders
from briefgen.analysis.officials import official_body, story_officials
from briefgen.analysis.own_words import TOLD_AGAIN, lend_stances
from briefgen.analysis.parties import ANNOTATION as PARTY_ANNOTATION
from briefgen.analysis.parties import find_party_statements, mentions_party
from briefgen.analysis.partners import CandidateIndex, compared
from briefgen.analysis.quote_statements import quote_statements
from briefgen.analysis.relays import Relays
from briefgen.analysis.reported_stances import reported_statements
from briefgen.analysis.stance_model import learned_stances
from briefgen.analysis.statement_builder import StoryStatements, actor_name
from briefgen.analysis.statement_issues import restatements
from briefgen.analysis.voices import party_speaker
from briefgen.analysis.withdrawn import without_withdrawn
from briefgen.model import Statement, Story


def find_statements(story: Story) -> list[Statement]:
    """Every stated position of a country or body in ``story``, in text order (party
    positions go to ``story.annotations["positions.parties"]``)."""
    speakers = story_officials(story)
    candidates = find_holders(story, speakers)
    officials = speakers.countries
    persons = {a.name for a in story.actors if a.kind == "person"}

    def speaks_officially(name: str | None) -> bool:
        """Whether ``name`` is an official of the story or a government body."""
        return bool(name) and (name in officials or (name not in persons and official_body(name)))

    # "'The French want the embargo lifted,' said the opposition's Michael Ancram": inside a
    # direct quote only an official's words report another country's stance
    # (only ever asked about candidates: without any, the speakers need not be read)
    hearsay = SpanIndex(
        (q.start, q.end)
        for q in (story.quotes if candidates else ())
        if q.kind == "direct" and not speaks_officially(q.speaker.name)
    )
    reading = StoryStatements(story, speakers, candidates, hearsay)
    quote_statements(reading, persons)
    reported_statements(reading)
    agent_statements(reading)
    owned_stance_statements(reading)
    trailing_speaker_statements(reading)
    statements = reading.statements
    restatements(story, statements, reading.holders)
    _comparisons(story, statements, reading.partners)
    statements[:] = without_withdrawn(story.body, statements, reading.holders)
    relays = Relays(story.quotes)
    statements[:] = [st for st in statements if not relays.relayed(st)]
    statements.sort(key=lambda s: (s.start, s.country))
    if len(statements) > 1:
        statements[:] = _without_attribution_tails(story.body, statements)
    story.annotations[TOLD_AGAIN] = lend_stances(story.body, statements)
    learned_stances(story, statements)
    story.annotations[PARTY_ANNOTATION] = (
        find_party_statements(story, lambda name: party_speaker(story, officials, name))
        if mentions_party(story.body)
        else []
    )
    return statements


# a quotation just closed: its last mark, then the closing quotation mark
_CLOSED_QUOTE = re.compile(r"[,.!?][\"”’']\s*$")


# the speaker, a speech verb, then at most who was told, where or when ("Earnest told reporters
# at the time.", "Gates said."; not "He added the situation would be monitored")
_ATTRIBUTION = re.compile(
    r"[^,;:\"“”]{0,80}?\b(?:said|says|told|tells|added|adds)\b((?:\s+[\w’'\-]+){0,8}"
    # where or whom, described ("Carter told the Shangri-La Dialogue, a regional security
    # forum in Singapore.")
    r"(?:,\s+(?:a|an|the)(?:\s+[\w’'\-]+){1,8})?)[.]?$"
)
_CLAUSE_WORDS = frozenset(
    [
        "would",
        "will",
        "could",
        "should",
        "must",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "that",
        "it",
        "they",
        "he",
        "she",
        "we",
        "not",
        "no",
        "there",
        "can",
        "may",
    ]
)


def _attribution_only(text: str) -> bool:
    """Whether ``text`` names only who said it, and to whom, where or when."""
    found = _ATTRIBUTION.fullmatch(text)
    return found is not None and not _CLAUSE_WORDS.intersection(found.group(1).lower().split())


def _without_attribution_tails(body: str, statements: list[Statement]) -> list[Statement]:
    """``statements`` (in text order) less those that are only the attribution after the
    speaker's own quote ('"..., we take the threat very seriously," Earnest told reporters.'):
    the quote's statement holds the words; the attribution alone states nothing."""
    kept: list[Statement] = []
    for st in statements:
        if (
            kept
            and _CLOSED_QUOTE.search(body, max(0, st.start - 4), st.start) is not None
            and any(
                other.country == st.country
                and other.actor == st.actor
                and st.start - 4 <= other.end <= st.start
                for other in kept[-3:]
            )
            and _attribution_only(st.text)
        ):
            continue
        kept.append(st)
    return kept


def _comparisons(story: Story, statements: list[Statement], partners: CandidateIndex) -> None:
    """Give a statement's stance to the actors it says share it ("a similar stance with the
    U.S.", "Like Washington, Seoul wants")."""
    taken = {(s.country, s.start, s.end) for s in statements}
    for statement in list(statements):
        for partner in compared(
            story.body, statement.start, statement.end, statement.country, partners
        ):
            key = (partner.country, statement.start, statement.end)
            if key in taken:
                continue
            taken.add(key)
            statements.append(
                Statement(
                    partner.country,
                    statement.issue,
                    statement.stance,
                    statement.text,
                    statement.start,
                    statement.end,
                    actor_name(partner),
                )
            )


__all__ = ["find_statements"]
