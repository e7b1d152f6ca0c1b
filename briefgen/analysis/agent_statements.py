"""The stances of actors that are not a clause's subject: agents and trailing speakers.

An agent after a passive or a noun ("criticised by China's customs authority", "criticized
by the White House, which called it ...") takes the stance of its verb; a speaker named after
the words of a sentence ("The sanctions must be lifted, said a spokesman for the Japanese
embassy.") states them. The subjects' stances are :mod:`briefgen.analysis.reported_stances`.
"""

from __future__ import annotations

import re

from briefgen.analysis.clause_stance import CLAUSE_WINDOW, clause_stance
from briefgen.analysis.partners import agent_stance, listed_after, may_act
from briefgen.analysis.reporter_framing import SPONSORED
from briefgen.analysis.stance_lexicon import cues
from briefgen.analysis.statement_builder import StoryStatements, actor_name
from briefgen.analysis.voices import (
    REPORT_REACH,
    REPORTED_BEFORE,
    reported_by_other,
    told_by_private_pronoun,
)

# who is named as the speaker after a statement: "..., said a spokesman for the Japanese
# embassy", "..., said the Kremlin" ("according to X" mostly sources a fact or a forecast:
# "The US looks set for higher rates, according to the Federal Reserve", not read)
_TRAILING_SOURCE = re.compile(
    r",\s*(?:said|says|added|adds)\s+(?:(?:a|an|the)\s+)?(?:(?:[a-z]+\s+)?"
    r"(?:statement|spokes(?:man|woman|person)|officials?|sources?)\s+(?:from|for|of|at|in)\s+"
    r"(?:the\s+)?)?$"
)
# what may follow that source up to the sentence's end: a time, a place, "on Monday."
_SOURCE_END = re.compile(r"(?:\s+(?:on|in|late|early|this)\s+[A-Za-z]+){0,2}[\"”’']?[.!]")


def agent_statements(reading: StoryStatements) -> None:
    """Add the stances of agents that are not clause subjects (and of the actors listed
    after them): "criticised by China's customs authority"."""
    story, body, partners = reading.story, reading.body, reading.partners
    hearsay = reading.hearsay
    for holder in reading.candidates:
        if (holder.subject and holder.verb_from is None) or hearsay.holds(holder.start):
            continue
        if not may_act(body, holder):
            continue  # (a cheap test first: finding the sentence is a scan of the story)
        sentence = story.sentence_at(holder.start) or (holder.start, holder.end)
        acting = agent_stance(body, holder, sentence[1], cues().verbs, partners, cues().nouns)
        if acting is None:
            continue
        if acting[0] == "supports" and SPONSORED.search(body, acting[1], holder.start):
            continue  # "the opposition, backed by Syria and Iran": who sponsors whom, no stance
        window = max(sentence[0], holder.start - REPORT_REACH)
        if REPORTED_BEFORE.search(body, window, holder.start) and reported_by_other(
            body, sentence[0], holder.start, reading.reporters()
        ):
            # "Kennedy said some concessions had already been offered by the government":
            # what someone else reports, not the government's own word
            continue
        if body.startswith(("He", "She"), sentence[0]) and told_by_private_pronoun(
            body, sentence[0], holder.start, reading.people(), reading.private_people()
        ):
            continue  # "He suggested ... with the government also planning": Mr Cable's
        clause = body[holder.end : min(sentence[1], holder.end + CLAUSE_WINDOW)]
        stance = clause_stance(acting[0], clause, False)
        for agent in [holder, *listed_after(holder, body, partners)]:
            reading.add(
                agent.country,
                sentence[0],
                sentence[1],
                stance,
                actor_name(agent),
                body[acting[1] : sentence[1]],
                True,
            )


# the stance nouns a possessive states as its owner's even where the owner is no subject
# ("defended Israel's decision to ban UNRWA", "in exchange for Moscow's support for the
# penalties"); not an attack, an offensive, a plan or a demand ("Israel's offensive in Gaza",
# "China's demand for oil", "Iran's five-year plan"): deeds, trade or programmes
_OWNED = frozenset(
    [
        "decision",
        "refusal",
        "rejection",
        "denial",
        "accusation",
        "accusations",
        "warning",
        "warnings",
        "proposal",
        "offer",
        "request",
        "support",
        "backing",
        "approval",
        "endorsement",
        "pledge",
        "opposition",
        "condemnation",
        "objection",
        "objections",
        "criticism",
    ]
)
# the noun heads its phrase: "Europe's decision makers" are people
_OWNED_NOUN = re.compile(
    r"(?:'s|’s|'|’)\s+([a-z]+)(?=\s+(?:to|for|of|on|that|against|in|not|over)\b|\s*[,.;:)])"
)


# another's view of the owned noun, or its feeling about it: "Russia takes an extremely
# negative view of Britain's decision to supply Ukraine", "criticism of Israel's decision":
# the sentence states the viewer's stance, not the owner's
_VIEWED = re.compile(
    r"\b(?:view|views|opinion|assessment|criticism|condemnation|opposition|objections?|"
    r"anger|concerns?|dismay|outrage|fury|protests?)(?:\s+(?:in|from|among)\s+[A-Z][a-z]+)?"
    r"\s+(?:of|to|at|over|"
    r"about|against)\s+(?:the\s+)?$"
)


def owned_stance_statements(reading: StoryStatements) -> None:
    """Add the stance nouns of possessive mentions that are not a clause's subject: "the US
    defended Israel's decision to ban UNRWA" is Israel's decision too."""
    story, body, hearsay = reading.story, reading.body, reading.hearsay
    nouns = cues().nouns
    for holder in reading.candidates:
        if holder.subject and holder.verb_from is None:
            continue  # (a subject's noun is its clause's stance)
        if body[holder.end : holder.end + 1] not in ("'", "’"):
            continue  # (a cheap test first: most mentions are no possessive)
        found = _OWNED_NOUN.match(body, holder.end)
        if found is None or found.group(1) not in _OWNED or hearsay.holds(holder.start):
            continue
        if _VIEWED.search(body, max(0, holder.start - 40), holder.start):
            continue  # "a negative view of Britain's decision": the viewer's stance
        sentence = story.sentence_at(holder.start) or (holder.start, holder.end)
        window = max(sentence[0], holder.start - REPORT_REACH)
        if REPORTED_BEFORE.search(body, window, holder.start) and reported_by_other(
            body, sentence[0], holder.start, reading.reporters()
        ):
            continue  # another's report or belief about it, not the owner's word
        clause = body[found.end() : min(sentence[1], found.end() + CLAUSE_WINDOW)]
        stance = clause_stance(nouns[found.group(1)], clause, False)
        reading.add(
            holder.country,
            sentence[0],
            sentence[1],
            stance,
            actor_name(holder),
            body[holder.start : sentence[1]],
            True,
        )


def trailing_speaker_statements(reading: StoryStatements) -> None:
    """Add the statements of speakers named after their words: "The sanctions must be
    lifted, said a spokesman for the Japanese embassy."."""
    story, body, hearsay = reading.story, reading.body, reading.hearsay
    for holder in reading.candidates:
        lead = body[max(0, holder.start - 70) : holder.start]
        if "said" not in lead and "says" not in lead and "add" not in lead:
            continue  # (a cheap test first: most mentions follow no reporting verb)
        if hearsay.holds(holder.start):
            continue
        source = _TRAILING_SOURCE.search(body, max(0, holder.start - 70), holder.start)
        end = _SOURCE_END.match(body, holder.end) if source else None
        if end is None:
            continue
        sentence = story.sentence_at(holder.start) or (holder.start, holder.end)
        if end.end() < sentence[1] - 2:
            continue  # "..., said the U.S. move would only ...": the name goes on
        said = body[sentence[0] : source.start()]
        if (
            len(said) < 20
            or "according to" in said.lower()
            or "\n" in said
            or REPORTED_BEFORE.search(said)
        ):
            continue  # ("The barrister had said the rules were ..., said Mr Clarke": a relay)
        stance = clause_stance("neutral", said, False)
        reading.add(
            holder.country, sentence[0], sentence[1], stance, actor_name(holder), said, True
        )
