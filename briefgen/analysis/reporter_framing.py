"""Whether a stance the text gives an actor is the reporter's description, not its voice.

A verb after a country's name may tell what the reporter reads into it rather than what the
country said: a state of mind or need ("India is urgently searching for fresh energy
supplies"), an aim or a record ("Bush aims to boost the peace process", "Chavez has sought
to extend"), a legislative act ("The Iraqi government has adopted a draft bill"), a hedged
inference ("issued what appears to be a veiled threat"), the defence of one's own conduct,
or background in a relative clause ("a plan that Russia sharply opposes", "the opposition,
backed by Syria and Iran"). Such a statement stays neutral or is dropped
(:mod:`briefgen.analysis.reported_stances` reads these patterns).
"""

from __future__ import annotations

import re

from briefgen.analysis.mentions import speech_alternation

# background the reporter gives about an actor named inside another clause: "a plan that
# Russia sharply opposes", "neighbor China, which ... has threatened"
# ("other truths that North Korea doesn't want people to see": a determiner before the noun)
OBJECT_RELATIVE = re.compile(
    r"\b(?:a|an|the|other|some|many|these|those|such|certain)\s+[a-z]+\s+(?:that|which)\s+$"
)
BACKGROUND_RELATIVE = re.compile(r",\s+(?:which|who)\s")
# a reduced relative of sponsorship ("the opposition, backed by Syria and Iran"): the reporter's
# description of who stands behind whom, not a position stated
SPONSORED = re.compile(r"[,—–]\s*(?:backed|supported|funded|sponsored|armed)\s+by\b")

# a state of mind or need the reporter gives a country as the subject ("India is urgently
# searching for fresh energy supplies", "Russia ... hopes to finally become a member", "The US
# is keen to hear"): issue 15's rule, a statement is a government's only when a government
# voice states it; a verb of speaking or acting officially ("Russia said", "Washington
# rejected") is one, a described hope, search or keenness is not, unless the sentence cites a
# voice. ("Norway wants tougher rules for ships", "Luanda wants the mediators on the ground"
# stay: "wants" is how news reports a government's stated demand, and every gold set's
# annotators list it as one; twelve such positions over six sets.)
_STATE_OF_MIND = re.compile(
    r"\b(?:hopes?|hoped|hoping|(?:search|look|wait)(?:s|ed|ing)?\s+for|"
    r"(?:keen|eager|anxious)\s+to)$"
)
# an aim or a record the reporter gives anyone ("Bush aims to boost the peace process" on a
# trip, "Chavez has sought to extend the state's role in all sectors"): the reporter's summary
# (marked wrong by two reviewers each; the gold sets list the two, so the statement stays,
# neutral: the brief does not show it)
_DESCRIBED_AIM = re.compile(
    r"\b(?:(?:aims?|aimed|aiming|seeks)\s+to(?:\s+[a-z]+)?"
    r"|(?:has|have)\s+(?:long\s+)?sought(?:\s+to(?:\s+[a-z]+)?)?)$"
)
# a legislative or administrative act the reporter tells ("The Iraqi government has adopted a
# draft bill", "The Japanese government pushed through a special law", "signed the bill into
# law", "issued a decree"): what a government did, told without its voice (review 8; issue 15:
# "reported facts give no country a position"); the statement stays, neutral
_LAW_ACT = re.compile(
    r"\b(?:adopted|adopts|approved|approves|passed|passes|enacted|enacts|signed|signs|issued|"
    r"issues|pushed\s+through|pushes\s+through|rammed\s+through|rushed\s+through)"
    r"\s+(?:(?:a|an|the|its|their|his|her|two|three|new|several)\s+)?(?:[\w\-]+\s+){0,3}?"
    r"(?:bills?|laws?|legislation|decrees?|ordinances?|regulations?|amendments?|statutes?)\b"
)
ACT_REACH = 48  # characters between a holder and its act's verb ("on Friday", "has also")
# a sentence that reports words: a reporting word or a quotation mark
_REPORTING_WORDS = rf"{speech_alternation('reported_words')}|according\s+to|statement"
_SPOKEN = re.compile(rf"\b(?:{_REPORTING_WORDS})\b|[\"“”]", re.IGNORECASE)
# ... or names a voice that could have said them
_CITED_VOICE = re.compile(
    rf"\b(?:{_REPORTING_WORDS}|spokes\w+|officials?|ministers?|ministry|president|"
    r"prime\s+minister)\b|[\"“”]",
    re.IGNORECASE,
)


# defending one's own past conduct ("Sarkozy defended on Tuesday his decisions to congratulate
# his Russian counterpart ... and invite Libya's Muammar Gaddafi", "has defended his record"):
# a justification of several acts, not a position on one issue
OWN_CONDUCT = re.compile(
    r"(?:(?<=defended)|(?<=defending))(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:his|her|its|their)\s+(?:own\s+)?"
    r"(?:decisions|record|actions|conduct|handling)\b"
)


# the reporter's hedged reading of an act ("issued what appears to be a veiled threat",
# "in what was seen as a warning"): an inference, not a statement the text gives
HEDGED = re.compile(
    r"\bwhat\s+(?:appears?|appeared|seems?|seemed|looks?|looked|amounts?|amounted|"
    r"(?:some|many|analysts|observers|critics)\s+(?:see|saw|called|call|described|describe|"
    r"read|interpreted))\b|\b(?:(?:widely|largely)\s+)?(?:seen|read|interpreted|viewed)\s+as\b"
)


def reporter_described(
    body: str, state: bool, holder_end: int, verb_end: int, sentence: str
) -> bool:
    """Whether the holder's stance verb (ending at ``verb_end``) is the reporter's description
    in a ``sentence`` that gives no voice's words: a state of mind or need given a state
    (``state``: "hopes", "is searching for", "is keen to") where no government voice is
    cited; an aim or a record ("aims to boost", "has sought to extend"), or a legislative or
    administrative act (the verb, or a light verb's object after it: "adopted a draft bill",
    "issued a decree banning"), where no words are quoted or reported.

    One question, three patterns: a state of mind and an aim end the words before the verb's
    end (read back 24 and 32 characters), an act is searched forward from the holder (its
    noun may follow the verb); the stricter test of a voice (any official named) holds for
    the state of mind only."""
    if state:
        verb = body[max(holder_end, verb_end - 24) : verb_end].rstrip()
        if _STATE_OF_MIND.search(verb) is not None and _CITED_VOICE.search(sentence) is None:
            return True
    verb = body[max(holder_end, verb_end - 32) : verb_end].rstrip()
    if _DESCRIBED_AIM.search(verb) is not None and _SPOKEN.search(sentence) is None:
        return True
    act = _LAW_ACT.search(body, holder_end, min(len(body), verb_end + 80))
    return (
        act is not None
        and act.start() - holder_end <= ACT_REACH
        and act.start() < verb_end
        and _SPOKEN.search(sentence) is None
    )
