"""Whether a statement's words tell a fact rather than a position.

A state's words may only report: figures ("the trade shortfall was $55.5bn"), what happened
(an attack, its casualties), a schedule ("is due to visit Seoul"), a forecast, a promise made
long ago, a courtesy ("praised the summit"), an attack on a party's plans, or nothing at all
("Iranian officials said Friday."). :func:`stated_content` reads a candidate statement's
words and says which stance (and target) they state, or None when they state no position;
who speaks is :mod:`briefgen.analysis.voices`' question.
"""

from __future__ import annotations

import re
from functools import cache

from briefgen.analysis.clause_stance import CLAUSE_WINDOW
from briefgen.analysis.gazetteer import find_terms, is_body
from briefgen.analysis.parties import parties
from briefgen.analysis.stance_content import maxim
from briefgen.analysis.stance_lexicon import SILENT, cues
from briefgen.model import AGAINST

# the gazetteer's kinds of a term that names a state (not a body, an outlet or a person)
STATE_KINDS = frozenset(["name", "display", "alias", "demonym", "capital"])


# a short span that ends right after its reporting verb (and a time word): nothing said in it
_NOTHING_SAID = re.compile(
    r"\b(?:said|says)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday|earlier|later|late|early|in\s+a\s+statement))?[\s.,;:\"”’']*$"
)


# a digit or a currency sign first, then the branch that character opens: the same matches as
# "\d[\d,.]*\s*(?:...)|[$£€¥]\s?\d", in a pattern that opens with a character set (the regex
# engine skips to the next digit or sign instead of trying both branches at every position)
_FIGURE = re.compile(
    r"[\d$£€¥](?:(?<=\d)[\d,.]*\s*(?:%|per\s?cent|bn\b|billion|m\b|million|trillion)"
    r"|(?<=[$£€¥])\s?\d)"
)
_FORWARD = re.compile(
    r"\b(?:will|would|could|should|must|may|might|plans?|aims?|targets?|wants?|needs?)\b"
)


_STATISTIC = re.compile(
    r"\b(?:growth|grew|expanded|contracted|economy|gdp|deficit|surplus|shortfall|sales|inflation|"
    r"unemployment|jobless|output|exports|imports|prices|index|figures|quarter|annual rate)\b",
    re.IGNORECASE,
)


# ``_STATISTIC`` without the flag, for an ASCII text in lower case (its words are lower case)
_STATISTIC_LOWER = re.compile(_STATISTIC.pattern)


def _statistic_word(text: str) -> bool:
    """Whether ``_STATISTIC`` matches in ``text`` (an ASCII text read in lower case: the same
    answer, no case fold per character and branch)."""
    if text.isascii():
        return _STATISTIC_LOWER.search(text.lower()) is not None
    return _STATISTIC.search(text) is not None


# a count of people or things told as what happened ("About 270 people have now been
# resettled ..., officials said"; "it had identified more than 500 idle farms"; "at least one
# million people have lost their livelihoods"): a reported fact, no position (seen in sets J,
# heldout3, heldout6: NYT, BBC politics and business)
_COUNT_NOUNS = (
    "people", "persons", "civilians", "refugees", "migrants", "children", "families", "homes",
    "houses", "buildings", "farms", "residents", "households",
)  # fmt: skip
# the count is the subject of what happened ("270 people have now been resettled", "700,000
# people in poor countries were on drugs") or what a verb of finding or moving counted
# ("identified more than 500 idle farms"); not a count a phrase qualifies ("laws affecting
# 750,000 people needed updating")
_COUNTED = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|"
    r"thousands)\s+(?:million\s+|billion\s+|thousand\s+)?(?:[a-z]+\s+)?(?:"
    + "|".join(_COUNT_NOUNS)
    + r")\b"
)
_COUNT = re.compile(
    r"\b" + _COUNTED + r"(?:\s+(?:in|of|from|on|at)(?:\s+[\w'’\-]+){1,3}?)?\s+(?:had\s+|have\s+|"
    r"has\s+)?(?:now\s+|already\s+|so\s+far\s+)?(?:have|has|had|were|was|are|is|been|died|"
    r"fled|lost|left)\b"
    r"|\b(?:identified|counted|registered|recorded|found|evacuated|displaced|resettled|"
    r"rescued|relocated|rehoused)\s+(?:(?:more|fewer)\s+than\s+|at\s+least\s+|about\s+|"
    r"some\s+|nearly\s+|almost\s+|over\s+)?" + _COUNTED
)


def reports_count(text: str) -> bool:
    """Whether a neutral statement only tells a count of people or things (resettled,
    displaced, identified): no first or second person, no quotation, no modal or plan, no
    negation."""
    if not any(noun in text for noun in _COUNT_NOUNS):
        return False  # (a cheap test first: most statements count nothing)
    return (
        _COUNT.search(text) is not None
        and _PERSONAL.search(text) is None
        and _FORWARD.search(text) is None
        and " not " not in text
        and "needed" not in text  # "laws ... needed updating": a demand beside the count
    )


# an economic forecast told by a state or a body ("In 2004, growth will be between 4.7% and
# 4.8%, the ministry said"; "damage from the tsunami would cut one percentage point from Sri
# Lanka's economic growth"): a projected figure, no position (sets heldout5, heldout6)
_FORECAST = re.compile(
    r"\b(?:growth|economy|gdp|inflation|unemployment|deficit|output|exports|prices)\s+"
    r"(?:[\w']+\s+){0,3}?(?:will|would|could)\s+(?:be|grow|rise|fall|reach|expand|slow|"
    r"shrink|contract)\b[^.;]{0,40}?\d"
    r"|\b(?:will|would|could)\s+(?:cut|reduce|shave|knock|add)\s+[^.;]{0,40}?"
    r"\b(?:from|to|off)\s+[^.;]{0,60}?\b(?:growth|economy|gdp|output)\b",
    re.IGNORECASE,
)


def reports_forecast(text: str) -> bool:
    """Whether a neutral statement only forecasts an economic figure (no first or second
    person, no quotation)."""
    if " will " not in text and " would " not in text and " could " not in text:
        return False  # (a cheap test first: every match holds one of these modals)
    return (
        _FORECAST.search(text) is not None
        and _PERSONAL.search(text) is None
        and "target" not in text  # "the target for the deficit will be 4.3%": a plan
    )


# how an operation went, told by the state's forces: when it started and how long it lasted,
# what its troops fired at, which weapons carried it out, who is being deployed ("the strikes
# started at 1:05 a.m. and lasted for about 25 minutes"; "saying troops fired at militants";
# "US snipers were being deployed in the area"): a reported fact, no position (sets C and web
# dev; the web gold: "bare confirmations of an operation")
_OPERATION = re.compile(
    r"\b(?:fired\s+(?:at|on|upon)|opened\s+fire|carr(?:y|ied)\s+out\s+(?:the\s+)?(?:air\s*)?"
    r"(?:strikes?|raids?|attacks?|operations?)|(?:were|was|are|is)\s+being\s+deployed|"
    r"lasted\s+(?:for\s+)?(?:about\s+|nearly\s+|some\s+)?\d|started\s+at\s+\d)"
)
_OPERATION_WORDS = ("fire", "carr", "deployed", "lasted", "started")


def reports_operation(text: str) -> bool:
    """Whether a neutral statement only tells how an operation went (no first or second
    person, no quotation, no modal or plan)."""
    if not any(word in text for word in _OPERATION_WORDS):
        return False  # (a cheap test first: every match holds one of these)
    return (
        _OPERATION.search(text) is not None
        and _PERSONAL.search(text) is None
        and _FORWARD.search(text) is None
    )


def reports_data(text: str) -> bool:
    """Whether a neutral statement only reports economic figures ("the trade shortfall was
    $55.5bn, the Commerce Department said"): data, not a position. A figure with a plan, a
    modal or a negation ("would save £3bn a year", "is not up for renegotiation") still
    states something."""
    return (
        _FIGURE.search(text) is not None
        and _statistic_word(text)
        and _FORWARD.search(text) is None
        and " not " not in text
    )


# what happened, told by a state: casualties, strikes, damage, interceptions ("The death toll
# had risen to 21, Russian authorities said"; "its forces shot down 33 drones"): a reported
# fact, not a position (issue 15: "reported facts give no country a position")
_EVENT_BODY = (
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|injuries|died|dead|deaths|"
    r"death\s+toll|"
    r"casualties|struck|strikes?\s+hit|hit\s+(?:an?|the)|damaged|damaging|destroyed|"
    r"shot\s+down|downed|intercepted|jammed|broke\s+out|exploded|explosion|burning|bombed|"
    r"crashed|sank|fired\s+(?:an?|two|three|\d|artillery|mortars?|rockets?|missiles?|shells?)|"
    r"shelled|launched\s+(?:an?|two|three|\d))\b"
)
_EVENT = re.compile(_EVENT_BODY, re.IGNORECASE)
# the same for an ASCII text put in lower case (its words in lower case, its length and word
# boundaries unchanged): the same matches, without a case fold per character
_EVENT_LOWER = re.compile(_EVENT_BODY)


def _event(text: str) -> re.Match[str] | None:
    """``_EVENT``'s first match in ``text`` (its span; an ASCII text read in lower case)."""
    if text.isascii():
        return _EVENT_LOWER.search(text.lower())
    return _EVENT.search(text)


# a state's own strike on the militants it blames: "it struck infrastructure used by
# militants", "its forces hit terrorist camps", "the strikes targeted the headquarters of
# militant groups" (not "militants struck a convoy": no own act)
_OWN_STRIKE_ON_MILITANTS = re.compile(
    r"\b(?:it|its\s+(?:[a-z]+\s+)?(?:forces|military|army|jets|troops|aircraft|missiles)|"
    r"the\s+(?:strikes?|raids?|operations?))\s+"
    r"(?:had\s+|has\s+)?(?:struck|hit|targeted|bombed|destroyed)\b[^.;:]{0,120}?"
    r"\b(?:militants?|militant\s+groups?|terrorists?|terrorist|terror)\b"
)
_PERSONAL = re.compile(r"\b(?:I|we|We|our|Our|us|you|You|my|My)\b|[\"“]")


# a figure projected ("was predicted to be about 14% above normal"): a forecast, no position
_PROJECTED = re.compile(
    r"\b(?:predicted|forecast|projected|estimated|expected)\s+to\s+(?:be|reach|rise|fall|grow|top)\b"
)
# a schedule told by a state ("the fuel will be loaded into the reactor on August 21, officials
# said"; "the minister is due to visit Seoul next week"): what will happen, no position ("will
# start accession talks", "will resume talks" are decisions, kept)
_SCHEDULE = re.compile(
    r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+scheduled\s+to|"
    r"are\s+scheduled\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+"
    r"(?:visit|meet|travel|attend|arrive|host|fly|be\s+loaded|be\s+held|take\s+place|"
    r"convene)\b"
)

# the words every ``_SCHEDULE`` match holds (its verbs, as written there)
_SCHEDULE_WORDS = (
    "visit", "meet", "travel", "attend", "arrive", "host", "fly", "loaded", "held", "place",
    "convene",
)  # fmt: skip
# ... and every ``_SAID_NOTHING`` match
_SAID_NOTHING_WORDS = ("nothing", "know", "comment")


# a said-clause that says nothing: "insisted that he had 'nothing' to say", "said he did not
# know the status of the funds" (refusals to comment are no position)
_SAID_NOTHING = re.compile(
    r"\b(?:had|has|have)\s+[\"“‘']?nothing[\"”’']?\s+to\s+(?:say|add)\b"
    r"|\b(?:did|does|do)\s+not\s+know\b|\b(?:didn|doesn|don)['’]t\s+know\b|\bno\s+comment\b"
)


# "we cannot look at GDP alone", "you can't judge the economy only by": how to read figures,
# an assessment rather than a demand on anyone
_ASSESSMENT = re.compile(
    r"\b(?:cannot|can\s+not|can['’]t)\s+(?:just\s+|only\s+|simply\s+)?(?:look\s+at|judge|only)\b"
)

# praise of a meeting, a visit or one's hosts is a courtesy, not a position on an issue
# ("Kim praised the summit as a very meaningful one-on-one exchange"); praise of a deal, a
# plan or a policy is support
_COURTESY = re.compile(
    r"\b(?:prais(?:ed|es|e|ing)|hail(?:ed|s)?|welcom(?:ed|es|e|ing)|thank(?:ed|s)?)\s+"
    r"(?:the|their|this|his|her|its|our)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|visit|"
    r"trip|exchange|discussions?|hospitality|reception|hosts?|welcome)\b(?!\s+(?:on|over|of)\b)"
)


@cache
def party_attack() -> re.Pattern[str]:
    """A government figure attacking a party's plan ("Tony Blair attacked Tory plans to process
    asylum claims abroad"): party politics, no position of the government's."""
    names = "|".join(re.escape(word) for word in sorted(parties(), key=len, reverse=True))
    return re.compile(
        r"\b(?:attack|ridicul|criticis|criticiz|condemn|mock|deride|derid|lambast|savag|"
        r"dismiss)\w*\s+(?:the\s+)?(?:" + names + r")(?:['’]s?)?\s+(?:[a-z-]+\s+)?"
        r"(?:plans?|proposals?|polic(?:y|ies)|pledges?|manifesto|campaign|promises?|sums|figures)\b"
    )


# a contact told by a state: who spoke to, met or called whom, who watched an operation
# ("India says official spoke with U.S. Secretary of State Marco Rubio", "Modi monitored the
# operation through the night"): what was done, no position on anything
_CONTACT = re.compile(
    r"\b(?:spoke|spoken|speaks|talked|phoned|telephoned|called)\s+(?:with|to)\b"
    r"|\b(?:has|have|had)\s+spoken\b|\bmet\s+(?:with\s+)?(?:[A-Z]|his|her|their|the)"
    r"|\bheld\s+(?:phone\s+|telephone\s+)?(?:talks|a\s+call|a\s+phone\s+call)\s+with\b"
    r"|\bmonitored\s+the\b"
)


_WORDS = re.compile(r"[a-z]+")
_CONTACT_WORDS = ("spok", "speaks", "talked", "phoned", "called", "met ", "held ", "monitored")


def reports_contact(text: str) -> bool:
    """Whether a neutral statement only tells a contact or a watch kept: a call, a meeting,
    a conversation, an operation monitored; no first or second person, no quotation, no
    modal or plan."""
    if not any(word in text for word in _CONTACT_WORDS):
        return False  # (a cheap test first: most statements tell no contact)
    if _CONTACT.search(text) is None or _PERSONAL.search(text) or _FORWARD.search(text):
        return False
    verbs = cues().verbs
    # "spoke with Marco Rubio and urged restraint": a stance told beside the contact
    return not any(
        verbs.get((word,), "neutral") not in ("neutral", SILENT)
        for word in _WORDS.findall(text.lower())
    )


# a person fired, dismissed or replaced by name ("Zelensky is considering firing 'the
# Butcher' Oleksandr Syrsky", "replacing Syrsky"): a personnel move, no position on an issue
_PERSONNEL = re.compile(
    r"\b(?:fir(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|replac(?:e|es|ed|ing)|sack(?:s|ed|ing)?)\s+"
    r"(?:[‘'\"“][^’'\"”]{1,30}[’'\"”]\s+)?(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+\b(?!['’])"
)


def reports_personnel(text: str) -> bool:
    """Whether a neutral statement tells a named person fired, dismissed or replaced, with no
    modal or plan: a personnel move, no position."""
    if "fir" not in text and "dismiss" not in text and "replac" not in text and "sack" not in text:
        return False  # (a cheap test first: most statements name no dismissal)
    return _PERSONNEL.search(text) is not None and _FORWARD.search(text) is None


def reports_schedule(text: str) -> bool:
    """Whether a neutral statement only tells a schedule: a meeting, a visit, a start date,
    with no first or second person and no quotation."""
    if not any(word in text for word in _SCHEDULE_WORDS):
        return False  # (substring tests first: every _SCHEDULE match holds one of these)
    return _SCHEDULE.search(text) is not None and _PERSONAL.search(text) is None


# a commitment in the simple past tied to a past time ("promised to reduce unemployment when
# he was elected two years ago", "pledged in 2001 ... before he took office"): the story's
# background, not a position stated now ("has promised", "promised on Monday" stay)
_PAST_PROMISE = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )\b(?:promised|pledged|vowed|committed)\b"
    r"[^.;:\"“”]{0,160}?"
    r"(?:\b(?:when|after|before)\s+(?:he|she|it|they|the\s+[a-z]+)\s+(?:was|were|first\s+)?"
    # "committed to opening up its banking sector when it joined the World Trade Organisation"
    r"(?:elected|came\s+to\s+power|took\s+(?:office|power)|joined)\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+"
    r"(?:years?|decades?)\s+ago\b)"
)

# a current commitment beside the past one ("promised five years ago ..., and has now pledged")
_PRESENT_COMMITMENT = re.compile(
    r"\b(?:has|have|is|are)\s+(?:now\s+|since\s+|also\s+|again\s+)?(?:promised|pledged|vowed|committed|"
    r"promising|pledging|vowing)\b"
)


def past_promise(text: str) -> bool:
    """Whether ``text`` tells a commitment made at a past time the clause names (a year or
    more ago, when its maker was elected or took office): background, no current position."""
    return (
        ("promised" in text or "pledged" in text or "vowed" in text or "committed" in text)
        and (" ago" in text or "when " in text or "after " in text or "before " in text)
        and _PAST_PROMISE.search(text) is not None
        and _PRESENT_COMMITMENT.search(text) is None
    )


def event_agent(text: str, country: str) -> str | None:
    """The other state named before an event's verb ("Russia used ... an attack that
    killed", "A British airstrike hit"): the one a state blames for what happened; None when
    no other state stands there ("its forces shot down 33 Ukrainian drones": the drones are
    the object)."""
    event = _event(text)
    if event is None:
        return None
    for found in find_terms(text[: event.start()]):
        codes = found.term.codes
        if found.term.kind in STATE_KINDS and country not in codes and not is_body(codes[0]):
            if _PLACE_BEFORE.search(text, max(0, found.start - 30), found.start):
                continue  # "In northern Iraq, Turkish warplanes bombed": where, not who
            if _PLACE_LIST.search(text, max(0, found.start - 80), found.start):
                continue  # "infected by Ebola in Liberia, Sierra Leone and Guinea": where
            return codes[0]
    return None


# a later state of a list of places: "in Liberia, Sierra Leone and Guinea"
_PLACE_LIST = re.compile(
    r"\b[Ii]n\s+(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*"
    r"(?:,\s+(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)*(?:,\s+|,?\s+and\s+)$"
)
# a preposition of place before a state's name: the state is where it happened
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Ii]nto|[Oo]ver|[Aa]cross|[Nn]ear|[Ii]nside)\s+(?:(?:the\s+)?(?:northern|southern|"
    r"eastern|western|central|north|south|east|west)(?:-[a-z]+)?\s+)?$"
)


# another state's failure or refusal told by a state: "Israel did not lift or remove any of
# them", "Pyongyang has failed to meet its commitments"
# what every ``_FAILED_AFTER`` match holds
_FAILED_WORDS = ("not", "n't", "n’t", "failed", "refused", "never")
_FAILED_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|had\s+not|"
    r"failed\s+to|refused\s+to|never)\s+(?!(?:yet\s+)?(?:been|be)\b)[a-z]+"
)  # not a passive: "the money pledged by the US had not yet been dispensed"


def failing_state(text: str, country: str) -> str | None:
    """The other state a neutral statement says failed or refused to act, named as the subject
    right before the negated verb ("... and Israel did not lift any of them"); None otherwise."""
    if not any(word in text for word in _FAILED_WORDS) or _FAILED_AFTER.search(text) is None:
        return None  # (cheap tests first: most statements name no failure)
    for found in find_terms(text):
        codes = found.term.codes
        if (
            found.term.kind in STATE_KINDS
            and country not in codes
            and not is_body(codes[0])
            and _FAILED_AFTER.match(text, found.end)
        ):
            return codes[0]
    return None


def reports_event(text: str) -> bool:
    """Whether a neutral statement only tells what happened (an attack, its casualties, its
    damage): no first or second person, no quotation, no modal or plan."""
    return (
        _event(text) is not None
        and _PERSONAL.search(text) is None
        and _FORWARD.search(text) is None
    )


# a poll's result: an approval rating, an exit poll, a poll or survey that found or showed,
# or a figure "according to" a poll or a polling firm (a government's own survey is its
# argument: "rejected the cut, insisting that its own surveys show a healthier stock")
_POLL = re.compile(
    r"\b(?:approval (?:rating|ratings|numbers)\b|exit polls?\b|"
    r"(?<!its )(?<!its own )(?<!their )(?<!their own )(?<!our )(?<!our own )"
    r"(?:poll|polls|survey|surveys|Gallup|Pew|Ipsos|YouGov|Rasmussen|Quinnipiac)\b"
    r"(?:\s+\w+){0,6}?\s+(?:found|find|finds|showed|shows|show|suggests?|suggested)\b|"
    r"according to (?:an?|the)?\s*(?:\w+\s+){0,3}?(?:poll|polls|survey|Gallup|Pew|Ipsos|"
    r"YouGov|Rasmussen|Quinnipiac)\b)",
    re.IGNORECASE,
)
_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_POLL_WORDS = ("poll", "Poll", "survey", "Survey", "approval", "Gallup", "Pew", "Ipsos", "YouGov")


def _polled(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` (with the rest of its sentence) gives a poll's result: a
    reported fact, no position (cheap test first: most statements name no poll)."""
    stop = end
    if body[end - 1 : end] not in (".", "!", "?", ":"):  # the sentence runs on after it
        tail = _SENTENCE_REST.match(body, end, end + 120)
        stop = tail.end() if tail else end
    window = body[start : min(stop, start + CLAUSE_WINDOW + 120)]
    return any(word in window for word in _POLL_WORDS) and _POLL.search(window) is not None


# a quote its speaker told as a joke or a memory ('"... the most difficult moments for me,
# personally," Ban recalled.'; '"As you can see unfortunately I am still looking the same as
# I always did," he joked.'): a personal remark, no position (sets K, The Washington Post,
# and heldout4, BBC politics)
_REMARK_VERBS = r"(?:joked|jokes|quipped|quips|laughed|laughs|recalled|recalls|reminisced)"
# (the quote closes right before the speaker: the statement's last character or the next ones)
_REMARK_AFTER = re.compile(
    r"[,.!?]?[\"”’']?\s*,?\s*(?:he|she|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’\-]+|[A-Z][\w'’\-]+"
    r"(?:\s+[A-Z][\w'’\-]+)?)\s+" + _REMARK_VERBS + r"\b"
)
_REMARK_BEFORE = re.compile(r"\b" + _REMARK_VERBS + r"(?:\s*[:,]\s*[\"“‘']?|\s*[\"“‘'])\s*$")
_CLOSING = ('"', "”", "’", "'")
_REMARK_MARKS = ("joke", "quip", "laugh", "recall", "remini")


def personal_remark(body: str, start: int, end: int) -> bool:
    """Whether the quote ``body[start:end]`` is told with a verb of joking or recalling, right
    after it or right before it."""
    after = body[end : end + 50]
    before = body[max(0, start - 30) : start]
    if not any(mark in after or mark in before for mark in _REMARK_MARKS):
        return False  # (a cheap test first: most quotes are said)
    closed = body[end - 1 : end] in _CLOSING or after.lstrip(",.!?")[:1] in _CLOSING
    return (closed and _REMARK_AFTER.match(after) is not None) or (
        _REMARK_BEFORE.search(before) is not None
    )


def stated_content(
    body: str, country: str, start: int, end: int, stance: str, target: str | None
) -> tuple[str, str | None] | None:
    """The (stance, target) the words ``body[start:end]`` of ``country`` state, or None when
    they state no position: a reported fact (an event no one is blamed for, figures, a
    schedule, a projected figure), a maxim, a past promise, a courtesy, an attack on a party's
    plans, or a fragment that says nothing. A neutral report of an attack another state made, or of
    another state's failure, accuses that state; a demand that is only an assessment ("we
    cannot look at GDP alone") is neutral. Windows are bounded: a run-on "sentence" of a
    megabyte stays linear."""
    if stance == "neutral":
        window = body[start : min(end, start + CLAUSE_WINDOW)]
        if (
            ("milit" in window or "terror" in window)  # (cheap test first)
            and _OWN_STRIKE_ON_MILITANTS.search(window)
            and event_agent(window, country) is None
        ):
            return "accuses", None  # "India said it struck infrastructure used by militants
            # linked to last month's massacre": the state blames whom it struck
        if reports_event(window):
            agent = event_agent(window, country)
            if agent is None:
                return None  # what happened, no one blamed: a reported fact
            stance, target = "accuses", agent  # "Russia used the missile in an attack
            # that killed two, Zelenskyy said": a state blaming another for an attack
        elif (
            reports_data(window)
            or reports_schedule(window)
            or reports_contact(window)
            or reports_personnel(window)
            or reports_count(window)
            or reports_forecast(window)
            or reports_operation(window)
            or (
                any(word in window for word in _SAID_NOTHING_WORDS)
                and _SAID_NOTHING.search(window) is not None
            )
        ):
            return None  # figures, a schedule, or "he had 'nothing' to say": no position
        else:
            failed = failing_state(window, country)
            if failed is not None:
                stance, target = "accuses", failed  # "Israel did not lift any of them"
    if stance in ("demands", "proposes") and maxim(body[start:end][:CLAUSE_WINDOW]):
        return None  # "We have to fight terrorism with all our means", "Tough choices are
        # needed in public spending": a maxim asks nothing named of anyone
    if stance in ("supports", "proposes") and past_promise(body[start:end][:CLAUSE_WINDOW]):
        return None  # "Lula promised to reduce unemployment when he was elected two years
        # ago": background, not a position stated now
    if stance == "demands" and _ASSESSMENT.search(body, start, min(end, start + CLAUSE_WINDOW)):
        stance = "neutral"  # "we cannot look at GDP alone": an assessment, no demand
    if stance == "neutral" and end - start <= 60 and _NOTHING_SAID.search(body, start, end):
        return None  # "Iranian officials said Friday.": a fragment states nothing
    if stance in AGAINST and party_attack().search(body, start, min(end, start + 160)):
        return None  # "Tony Blair attacked Tory plans ...": party politics
    if stance == "supports" and _COURTESY.search(body, start, min(end, start + 160)):
        return None  # "Kim praised the summit as a very meaningful exchange": a courtesy
    if body[end - 1 : end] == ":":
        return None  # "As Breitbart News reported, ... the White House was refusing to call
        # the slaughter terrorism:": a lead-in to what follows, a fragment that states nothing
    if personal_remark(body, start, end):
        return None  # '"... for me, personally," Ban recalled.': a memory or a joke
    if _polled(body, start, end):
        return None  # "Bush's approval rating dipped into the mid-20s, according to Gallup":
        # a poll's figure is a reported fact, not the government's position
    opening = body[start : min(end, start + 300)]
    if _FIGURE.search(opening) and _PROJECTED.search(opening):
        return None  # "US demand for heating oil was predicted to be 14% above normal"
    return stance, target
