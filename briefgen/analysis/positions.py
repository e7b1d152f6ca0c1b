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
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable
from functools import cache, lru_cache
from itertools import accumulate

from briefgen.analysis.actors import SpanIndex
from briefgen.analysis.gazetteer import find_terms, is_body, person_info
from briefgen.analysis.holders import Holder, acted_on_before, find_holders
from briefgen.analysis.issues import (
    Issue,
    classify_issue,
    fallback_issue,
    issue_label,
    issue_lexicon,
    merge_issues,
    reset_issues,
)
from briefgen.analysis.mentions import SPEAKER_AFTER_QUOTE, speech_alternation
from briefgen.analysis.officials import (
    official_body,
    official_words,
    person_titles,
    story_officials,
)
from briefgen.analysis.parties import ANNOTATION as PARTY_ANNOTATION
from briefgen.analysis.parties import find_party_statements, mentions_party, parties, party_of
from briefgen.analysis.partners import (
    CandidateIndex,
    agent_stance,
    agreed_with,
    company,
    compared,
    coordinated,
    joined,
    listed_after,
    may_act,
)
from briefgen.analysis.stance_content import maxim
from briefgen.analysis.stances import (
    CLAUSE_WINDOW,
    FORECAST_BEFORE,
    MAIN_LEAD_WINDOW,
    MAIN_LEADS,
    SILENT,
    clause_stance,
    cues,
    future_act,
    reporting_stance,
    stance_after,
)
from briefgen.model import AGAINST, Actor, Quote, Statement, Story

ISSUE_WINDOW = 2000  # characters read to classify a statement's issue (a sentence rarely has more)
ISSUE_MEMO = 64  # issue texts remembered within one story
PRONOUNS = frozenset({"He", "She", "he", "she"})
# a short span that ends right after its reporting verb (and a time word): nothing said in it
_NOTHING_SAID = re.compile(
    r"\b(?:said|says)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday|earlier|later|late|early|in\s+a\s+statement))?[\s.,;:\"”’']*$"
)


_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|per\s?cent|bn\b|billion|m\b|million|trillion)|[$£€¥]\s?\d")
_FORWARD = re.compile(
    r"\b(?:will|would|could|should|must|may|might|plans?|aims?|targets?|wants?|needs?)\b"
)


_STATISTIC = re.compile(
    r"\b(?:growth|grew|expanded|contracted|economy|gdp|deficit|surplus|shortfall|sales|inflation|"
    r"unemployment|jobless|output|exports|imports|prices|index|figures|quarter|annual rate)\b",
    re.IGNORECASE,
)


def reports_data(text: str) -> bool:
    """Whether a neutral statement only reports economic figures ("the trade shortfall was
    $55.5bn, the Commerce Department said"): data, not a position. A figure with a plan, a
    modal or a negation ("would save £3bn a year", "is not up for renegotiation") still
    states something."""
    return (
        _FIGURE.search(text) is not None
        and _STATISTIC.search(text) is not None
        and _FORWARD.search(text) is None
        and " not " not in text
    )


# where a stated clause stops: "according to X", a dash, a semicolon, a relative clause, and
# a contrasting main clause (", while India has also rejected aid" is India's, not Thailand's)
# what happened, told by a state: casualties, strikes, damage, interceptions ("The death toll
# had risen to 21, Russian authorities said"; "its forces shot down 33 drones"): a reported
# fact, not a position (issue 15: "reported facts give no country a position")
_EVENT = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|died|dead|death\s+toll|"
    r"casualties|struck|strikes?\s+hit|hit\s+(?:an?|the)|damaged|damaging|destroyed|"
    r"shot\s+down|intercepted|jammed|broke\s+out|exploded|explosion|burning|bombed|"
    r"crashed|sank|fired\s+(?:an?|two|three|\d)|launched\s+(?:an?|two|three|\d))\b",
    re.IGNORECASE,
)
_PERSONAL = re.compile(r"\b(?:I|we|We|our|Our|us|you|You|my|My)\b|[\"“]")


# a figure projected ("was predicted to be about 14% above normal"): a forecast, no position
_PROJECTED = re.compile(
    r"\b(?:predicted|forecast|projected|estimated|expected)\s+to\s+(?:be|reach|rise|fall|grow|top)\b"
)
_MUTUAL_VERB = re.compile(r"(?:agreed|agrees|reached)$")
_OBJECT_RELATIVE = re.compile(r"\b(?:a|an|the)\s+[a-z]+\s+(?:that|which)\s+$")
_BACKGROUND_RELATIVE = re.compile(r",\s+(?:which|who)\s")
# a reduced relative of sponsorship ("the opposition, backed by Syria and Iran"): the reporter's
# description of who stands behind whom, not a position stated
_SPONSORED = re.compile(r"[,—–]\s*(?:backed|supported|funded|sponsored|armed)\s+by\b")


# a schedule told by a state ("the fuel will be loaded into the reactor on August 21, officials
# said"; "the minister is due to visit Seoul next week"): what will happen, no position ("will
# start accession talks", "will resume talks" are decisions, kept)
_SCHEDULE = re.compile(
    r"\b(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|is\s+scheduled\s+to|"
    r"are\s+scheduled\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+"
    r"(?:visit|meet|travel|attend|arrive|host|fly|be\s+loaded|be\s+held|take\s+place|"
    r"convene)\b"
)


# a said-clause that says nothing: "insisted that he had 'nothing' to say", "said he did not
# know the status of the funds" (refusals to comment are no position)
_SAID_NOTHING = re.compile(
    r"\b(?:had|has|have)\s+[\"“‘']?nothing[\"”’']?\s+to\s+(?:say|add)\b"
    r"|\b(?:did|does|do)\s+not\s+know\b|\b(?:didn|doesn|don)['’]t\s+know\b|\bno\s+comment\b"
)


# who speaks in a sentence's main clause when it is not a government: critics and analysts
# ("Critics say the powers - which President Chavez argues are needed - trample ..."), the
# media ("Russian media reported that ..."), an independent central bank ("BoE governor
# Mervyn King warned"); issue 15's review: these give no country a position
_NOT_GOVERNMENT_LEAD = re.compile(
    r"^[\s\"“‘']*(?:(?:But|And|However,|Yet)\s+)?"
    r"(?:(?:Critics|Opponents|Analysts|Observers|Experts|Economists|Commentators|Campaigners)\b"
    r"|[^.;:]{0,60}?\b(?:media|press|newspapers?)\s+(?:reported|reports|said|says)\b"
    r"|[^.;:\"“]{0,40}?\b(?:central\s+bank|Bank\s+of\s+[A-Z][a-z]+|BoE|Federal\s+Reserve|"
    r"Fed\s+(?:chairman|chief|governor|president))(?:['’]s)?\s+(?:governor|chairman|chief|"
    r"president|head|deputy\s+governor)\b)"
)
# "U.S. officials said Iran threatened to explode the vessels": one government's officials
# telling what another state did; the sentence states no position of the state told about
_OFFICIALS_SAID = re.compile(
    r"^[\s\"“‘']*(?:(?:But|And|However,)\s+)?([^,;:\"“]{0,60}?)\b(?:officials?|sources|"
    r"diplomats|spokesm[ae]n|spokeswom[ae]n)\s+(?:have\s+|had\s+)?(?:said|say|says|told\s+\w+|"
    r"claimed|alleged)\b"
)


def no_government_voice(text: str, country: str) -> bool:
    """Whether the sentence's main speaker is no voice of ``country``'s government: critics,
    analysts, the media, a central bank, or another government's officials telling what
    ``country`` did."""
    if _NOT_GOVERNMENT_LEAD.match(text):
        return True
    said = _OFFICIALS_SAID.match(text)
    if said is None:
        return False
    named = {code for m in find_terms(said.group(1)) for code in m.term.codes}
    return bool(named) and country not in named


# "we cannot look at GDP alone", "you can't judge the economy only by": how to read figures,
# an assessment rather than a demand on anyone
_ASSESSMENT = re.compile(
    r"\b(?:cannot|can\s+not|can['’]t)\s+(?:just\s+|only\s+|simply\s+)?(?:look\s+at|judge|only)\b"
)


# a title and a surname; the surname is the text before the NUL that ``_names_speaker``
# prepends (a back-reference: one pattern for every name, none compiled per story)
_TITLED_SURNAME = re.compile(
    r"\A(?P<who>[^\x00]*)\x00(?s:.*?)\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?P=who)\b"
)


def _names_speaker(quoted: str, name: str) -> bool:
    """Whether a direct quote names its own speaker in the third person by title ("Mr
    Yushchenko was careful"): the reporter's words, run on from an unclosed quotation."""
    surname = name.split()[-1] if " " in name else ""
    return (
        len(surname) > 2
        and surname in quoted  # (cheap: most quotes never hold the surname)
        and _TITLED_SURNAME.match(f"{surname}\x00{quoted}") is not None
    )


# a commercial transaction told of a country by name ("Ukraine has agreed to pay 30% more
# for natural gas") ...
_TRANSACTION = re.compile(
    r"\b(?:agreed\s+to\s+(?:pay|buy|sell|supply)|price\s+(?:of|for)\s+(?:gas|oil)|"
    # "are to work together in a series of energy deals", "could see India invest up to $20bn"
    r"(?:energy|oil|gas|power|coal|arms|supply|commercial|business)\s+(?:deals?|contracts?)|"
    r"invest\s+(?:up\s+to\s+|about\s+|some\s+)?[$£€])"
)
# ... in a story whose deal companies carry out ("to be led by Russian energy giant Gazprom",
# "the Ukrainian state-owned Naftohaz company"): a company, even state-owned, is no
# government voice
_COMPANY_DEAL = re.compile(
    r"\b(?:led|signed|sealed|struck|negotiated)\s+by\b[^.;]{0,60}?\b(?:giant|firms?|company|"
    r"companies|corporation)\b|\bstate-(?:owned|run)\s+(?:[A-Z][\w\-]*\s+)?(?:[a-z]+\s+)?"
    r"(?:company|firm|giant|corporation|monopoly)\b"
)


def company_deal(body: str, text: str) -> bool:
    """Whether ``text`` tells a commercial transaction that the story's companies carry out."""
    return _TRANSACTION.search(text) is not None and _COMPANY_DEAL.search(body) is not None


# a sentence that ends on who said it: ', since he was talking about skills, Mr Balls told
# the BBC.'
_TRAILING_SPEAKER = re.compile(
    r"[,\"”’']\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’\-]+)\s+(?:told|said|says|added|argued)"
    r"\b[^.,;\"“]*\.?\s*$"
)


def _said_by_other(tail: str, actor: str) -> bool:
    """Whether a sentence's ``tail`` names its speaker and that speaker is not ``actor`` (the
    sentence is about the actor: "Gordon Brown's decision ..., Mr Balls told the BBC")."""
    said = _TRAILING_SPEAKER.search(tail)
    return said is not None and said.group(1) not in actor.split()


_TITLED = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w'’\-]{2,})$")


# ``name`` introduced as a former holder of a role, matched on "<who>\0<body>": the text
# before the NUL is the name (or, for "Mr Balls", the surname after one or two capitalised
# words: the story introduced him by his full name), read by back-reference, so the two
# patterns serve every name and none is compiled per story
_FORMER_BODY = (
    r"\A(?P<who>[^\x00]*)\x00(?s:.*?)(?:"
    r"\b(?:[Ff]ormer(?:ly)?|[Ee]x-)\s*(?:(?!(?:and|or|but|with|to|from|by|said|says)\s)"
    r"[\w'’\-]+\s+){0,6}?[\w'’\-]+,?\s+WHO\b"
    # "Ed Balls, Brown's former aide", "Ed Balls, a former adviser now standing for"
    r"|\bWHO,\s+(?:a|the|his|her|[A-Z][\w\-]+['’]s)\s+(?:[\w\-]+\s+){0,2}?(?:former|ex-))"
)
_FORMER = re.compile(_FORMER_BODY.replace("WHO", "(?P=who)"))
_FORMER_TITLED = re.compile(_FORMER_BODY.replace("WHO", r"(?:[A-Z][\w'’\-]+\s+){1,2}(?P=who)"))


def _introduced_as(
    body: str, name: str, memo: dict[str, bool], patterns: tuple[re.Pattern[str], re.Pattern[str]]
) -> bool:
    """Whether ``patterns`` (for a full name, and for "Mr" + surname: the full name met before)
    find the role the story gives ``name`` where it introduces it, memoised per name."""
    if name not in memo:
        titled = _TITLED.match(name)
        if titled:
            found = patterns[1].match(f"{titled.group(1)}\x00{body}")
        else:
            found = patterns[0].match(f"{name}\x00{body}")
        memo[name] = found is not None
    return memo[name]


def former(body: str, name: str, memo: dict[str, bool]) -> bool:
    """Whether the story introduces ``name`` as a former holder of their role ("former Prime
    Minister John Major", "Formerly one of Mr Brown's closest Treasury aides, Ed Balls"):
    a former official speaks for no government."""
    if name not in memo and (" " not in name or ("ormer" not in body and "x-" not in body)):
        memo[name] = False  # no "former", "formerly" or "ex-" anywhere: nothing to match
    if name in memo:
        return memo[name]
    return _introduced_as(_former_from(body, name), name, memo, (_FORMER, _FORMER_TITLED))


def _former_from(body: str, name: str) -> str:
    """``body`` from one character before the first place a ``_FORMER`` (``_FORMER_TITLED``)
    match could start: the first "[Ff]ormer" or "[Ee]x-", or the first occurrence of the name
    (for "Mr Balls": two runs of non-blank characters before the surname). The patterns scan
    from the start with ``.*?``; no match starts earlier, and the kept character gives the
    first possible start the same ``\\b``. "" when the name never occurs."""
    titled = _TITLED.match(name)
    who = titled.group(1) if titled else name
    at = body.find(who)
    if at < 0:
        return ""  # both branches need the name (read by back-reference)
    if titled:
        for _ in range(2):  # "(?:[A-Z][\w'’\-]+\s+){1,2}" before the surname
            while at > 0 and body[at - 1].isspace():
                at -= 1
            while at > 0 and not body[at - 1].isspace():
                at -= 1
    for mark in ("ormer", "x-"):
        found = body.find(mark)
        if found >= 0:
            at = min(at, found - 1)
    return body[max(0, at - 1) :]


# ``name`` introduced as the head of a central bank ("Federal Reserve chairman Alan
# Greenspan", "Mervyn King, governor of the Bank of England"): an independent central bank
# speaks for no government, whatever pronoun later carries its chief's words
_BANK = (
    r"(?:[Cc]entral\s+[Bb]ank|Federal\s+Reserve|Fed|Bank\s+of\s+[A-Z][a-z]+|BoE|ECB|Bundesbank|"
    r"Reserve\s+Bank(?:\s+of\s+[A-Z][a-z]+)?)"
)
_BANK_HEAD = r"(?:governor|chairman|chairwoman|chief|president|head|boss)"
_CENTRAL_BANKER_BODY = (
    rf"\A(?P<who>[^\x00]*)\x00(?s:.*?)(?:\b{_BANK}(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}?"
    rf"{_BANK_HEAD}\s+WHO\b|\bWHO,\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?{_BANK_HEAD}\s+"
    rf"(?:of\s+(?:the\s+)?{_BANK}|at\s+the\s+{_BANK}))"
)
_CENTRAL_BANKER = re.compile(_CENTRAL_BANKER_BODY.replace("WHO", "(?P=who)"))
_CENTRAL_BANKER_TITLED = re.compile(
    _CENTRAL_BANKER_BODY.replace("WHO", r"(?:[A-Z][\w'’\-]+\s+){1,2}(?P=who)")
)
_BANK_WORDS = ("Reserve", "entral ", "Bank of", "BoE", "ECB", "Fed ", "Bundesbank")


def central_banker(body: str, name: str, memo: dict[str, bool]) -> bool:
    """Whether the story introduces ``name`` as the head of a central bank."""
    if name not in memo and (" " not in name or not any(word in body for word in _BANK_WORDS)):
        memo[name] = False
    return _introduced_as(body, name, memo, (_CENTRAL_BANKER, _CENTRAL_BANKER_TITLED))


# praise of a meeting, a visit or one's hosts is a courtesy, not a position on an issue
# ("Kim praised the summit as a very meaningful one-on-one exchange"); praise of a deal, a
# plan or a policy is support
_COURTESY = re.compile(
    r"\b(?:prais(?:ed|es|e|ing)|hail(?:ed|s)?|welcom(?:ed|es|e|ing)|thank(?:ed|s)?)\s+"
    r"(?:the|their|this|his|her|its|our)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|visit|"
    r"trip|exchange|discussions?|hospitality|reception|hosts?|welcome)\b(?!\s+(?:on|over|of)\b)"
)


@cache
def _party_attack() -> re.Pattern[str]:
    """A government figure attacking a party's plan ("Tony Blair attacked Tory plans to process
    asylum claims abroad"): party politics, no position of the government's."""
    names = "|".join(re.escape(word) for word in sorted(parties(), key=len, reverse=True))
    return re.compile(
        r"\b(?:attack|ridicul|criticis|criticiz|condemn|mock|deride|derid|lambast|savag|"
        r"dismiss)\w*\s+(?:the\s+)?(?:" + names + r")(?:['’]s?)?\s+(?:[a-z-]+\s+)?"
        r"(?:plans?|proposals?|polic(?:y|ies)|pledges?|manifesto|campaign|promises?|sums|figures)\b"
    )


def reports_schedule(text: str) -> bool:
    """Whether a neutral statement only tells a schedule: a meeting, a visit, a start date,
    with no first or second person and no quotation."""
    return _SCHEDULE.search(text) is not None and _PERSONAL.search(text) is None


_STATE_KINDS = frozenset(["name", "display", "alias", "demonym", "capital"])

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
_REPORTING_WORDS = r"said|says|saying|told|tells|according\s+to|announced|stated|statement"
_SPOKEN = re.compile(rf"\b(?:{_REPORTING_WORDS})\b|[\"“”]", re.IGNORECASE)
# ... or names a voice that could have said them
_CITED_VOICE = re.compile(
    rf"\b(?:{_REPORTING_WORDS}|spokes\w+|officials?|ministers?|ministry|president|"
    r"prime\s+minister)\b|[\"“”]",
    re.IGNORECASE,
)


# a commitment in the simple past tied to a past time ("promised to reduce unemployment when
# he was elected two years ago", "pledged in 2001 ... before he took office"): the story's
# background, not a position stated now ("has promised", "promised on Monday" stay)
_PAST_PROMISE = re.compile(
    r"(?<!\bhas )(?<!\bhave )(?<!\bhad )\b(?:promised|pledged|vowed)\b[^.;:\"“”]{0,160}?"
    r"(?:\b(?:when|after|before)\s+(?:he|she|it|they|the\s+[a-z]+)\s+(?:was|were|first\s+)?"
    r"(?:elected|came\s+to\s+power|took\s+(?:office|power))\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+"
    r"(?:years?|decades?)\s+ago\b)"
)

# a current commitment beside the past one ("promised five years ago ..., and has now pledged")
_PRESENT_COMMITMENT = re.compile(
    r"\b(?:has|have|is|are)\s+(?:now\s+|since\s+|also\s+|again\s+)?(?:promised|pledged|vowed|"
    r"promising|pledging|vowing)\b"
)


def past_promise(text: str) -> bool:
    """Whether ``text`` tells a commitment made at a past time the clause names (a year or
    more ago, when its maker was elected or took office): background, no current position."""
    return (
        ("promised" in text or "pledged" in text or "vowed" in text)
        and (" ago" in text or "when " in text or "after " in text or "before " in text)
        and _PAST_PROMISE.search(text) is not None
        and _PRESENT_COMMITMENT.search(text) is None
    )


# defending one's own past conduct ("Sarkozy defended on Tuesday his decisions to congratulate
# his Russian counterpart ... and invite Libya's Muammar Gaddafi", "has defended his record"):
# a justification of several acts, not a position on one issue
_OWN_CONDUCT = re.compile(
    r"(?:(?<=defended)|(?<=defending))(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+(?:his|her|its|their)\s+(?:own\s+)?"
    r"(?:decisions|record|actions|conduct|handling)\b"
)


def reporter_framed(body: str, holder_end: int, verb_end: int, sentence: str) -> bool:
    """Whether a country's stance verb (ending at ``verb_end``) is a state of mind or need
    the reporter describes ("hopes", "is searching for", "is keen to") in a
    ``sentence`` that cites no government voice."""
    verb = body[max(holder_end, verb_end - 24) : verb_end].rstrip()
    return _STATE_OF_MIND.search(verb) is not None and _CITED_VOICE.search(sentence) is None


def aim_described(body: str, holder_end: int, verb_end: int, sentence: str) -> bool:
    """Whether a stance verb (ending at ``verb_end``) is an aim or a record the reporter
    describes ("aims to boost", "has sought to extend") in a ``sentence`` that quotes or
    reports no words."""
    verb = body[max(holder_end, verb_end - 32) : verb_end].rstrip()
    return _DESCRIBED_AIM.search(verb) is not None and _SPOKEN.search(sentence) is None


def act_described(body: str, holder_end: int, verb_end: int, sentence: str) -> bool:
    """Whether the holder's verb (ending at ``verb_end``, or a light verb's object after it:
    "issued a decree banning") tells a legislative or administrative act ("adopted a draft
    bill", "pushed through a special law") in a ``sentence`` that quotes or reports no words:
    the reporter's account of what was done, not a stated position."""
    act = _LAW_ACT.search(body, holder_end, min(len(body), verb_end + 80))
    return (
        act is not None
        and act.start() - holder_end <= ACT_REACH
        and act.start() < verb_end
        and _SPOKEN.search(sentence) is None
    )


def event_agent(text: str, country: str) -> str | None:
    """The other state named before an event's verb ("Russia used ... an attack that
    killed", "A British airstrike hit"): the one a state blames for what happened; None when
    no other state stands there ("its forces shot down 33 Ukrainian drones": the drones are
    the object)."""
    event = _EVENT.search(text)
    if event is None:
        return None
    for found in find_terms(text[: event.start()]):
        codes = found.term.codes
        if found.term.kind in _STATE_KINDS and country not in codes and not is_body(codes[0]):
            if _PLACE_BEFORE.search(text, max(0, found.start - 30), found.start):
                continue  # "In northern Iraq, Turkish warplanes bombed": where, not who
            return codes[0]
    return None


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


# a claim the subject states in a relative clause after its act ("..., which it says are
# lying idle"; "which they claim")
_WHICH_IT_SAYS = re.compile(
    r",\s+(?:which|who|that)\s+(?:it|they)\s+(?:says|say|said|claims|claim|claimed|argues|"
    r"argue|argued|insists|insist|insisted)\b"
)


# the reporter's hedged reading of an act ("issued what appears to be a veiled threat",
# "in what was seen as a warning"): an inference, not a statement the text gives
_HEDGED = re.compile(
    r"\bwhat\s+(?:appears?|appeared|seems?|seemed|looks?|looked|amounts?|amounted|"
    r"(?:some|many|analysts|observers|critics)\s+(?:see|saw|called|call|described|describe|"
    r"read|interpreted))\b|\b(?:(?:widely|largely)\s+)?(?:seen|read|interpreted|viewed)\s+as\b"
)


# a preposition of place before a state's name: the state is where it happened
_PLACE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Ii]nto|[Oo]ver|[Aa]cross|[Nn]ear|[Ii]nside)\s+(?:(?:the\s+)?(?:northern|southern|"
    r"eastern|western|central|north|south|east|west)(?:-[a-z]+)?\s+)?$"
)


# another state's failure or refusal told by a state: "Israel did not lift or remove any of
# them", "Pyongyang has failed to meet its commitments"
_FAILED_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:did\s+not|didn['’]t|has\s+not|hasn['’]t|have\s+not|had\s+not|"
    r"failed\s+to|refused\s+to|never)\s+(?!(?:yet\s+)?(?:been|be)\b)[a-z]+"
)  # not a passive: "the money pledged by the US had not yet been dispensed"


def failing_state(text: str, country: str) -> str | None:
    """The other state a neutral statement says failed or refused to act, named as the subject
    right before the negated verb ("... and Israel did not lift any of them"); None otherwise."""
    if _FAILED_AFTER.search(text) is None:
        return None  # (cheap test first: most statements name no failure)
    for found in find_terms(text):
        codes = found.term.codes
        if (
            found.term.kind in _STATE_KINDS
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
        _EVENT.search(text) is not None
        and _PERSONAL.search(text) is None
        and _FORWARD.search(text) is None
    )


_CLAUSE_MARKERS = (
    ", according to",
    " according to ",
    "; ",
    " — ",
    " – ",
    ", a request",
    ", which",
    ", while ",
    ", whereas ",
)


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


_FRONTED_TAIL = re.compile(r"[\s\w.,]{0,40}$")  # "said on Sunday.", "told reporters."
# ('..., President Nicolas Sarkozy said'; '...," the Iranian president said': an article first)
_FRONTED_END = re.compile(r"[,\"”’']\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w.\-]*\s+){0,5}$")


def _fronted_stance(body: str, s_start: int, holder: int, verb_end: int, clause_end: int) -> str:
    """The stance of a clause reported before its speaker ("France will have no more contact
    with Syria until Damascus shows goodwill, President Nicolas Sarkozy said on Sunday."):
    when the reporting verb ends the sentence, what was said is the clause before the comma."""
    if holder - s_start < 12 or not _FRONTED_TAIL.match(body, verb_end, clause_end):
        return "neutral"
    if not _FRONTED_END.search(body, max(s_start, holder - 60), holder):
        return "neutral"
    return clause_stance("neutral", body[s_start : min(holder, s_start + CLAUSE_WINDOW)], False)


# a sentence whose subject is a person described, not named ("The speaker also repeats his
# claim"): a "he" after it is that person
_DESCRIBED_PERSON = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))(?:The|This|That)\s+(?:[a-z\-]+\s+)?"
    r"(?:speaker|man|woman|narrator|voice|author|writer|caller|cleric|militant|gunman|figure)\b",
    re.MULTILINE,
)
_PRONOUN_FRAME = re.compile(r"\b(?:he|she|He|She)\s+(?:says|said|adds|added|continues|continued)\b")
PRONOUN_REACH = 1500  # characters back to the speaker's last named mention


# a full name right before the reporting verb of an indirect quote ("..., Viktor Yanukovich,
# said the vote showed"): the one who said it
_NAME_BEFORE_VERB = re.compile(
    r"(?<![\w'’])([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]*)+),?\s+(?:has\s+|had\s+)?"
    r"(?:said|says|told\s+[\w\s]{0,30}?|added|argued|insisted|claimed)\s*(?:that\s*)?$"
)


def _named_other(body: str, name: str, s_start: int, quote_start: int) -> bool:
    """Whether another person's full name stands right before the reporting verb of a quote
    given to ``name`` (the speaker was read from a possessive or an earlier mention)."""
    frame = _NAME_BEFORE_VERB.search(body, max(s_start, quote_start - 120), quote_start)
    if frame is None:
        return False
    said_by = [w.strip(".,'’").lower() for w in frame.group(1).split()]
    speaker = [w.strip(".,'’").lower() for w in name.split()]
    # the same person when either's last name is in the other ("President Xi", "Xi Jinping");
    # a shared first name is not enough ("Viktor Yanukovich" is not "Viktor Yushchenko")
    return speaker[-1] not in said_by and said_by[-1] not in speaker


FRAME_REACH = 160  # characters of a direct quote's frame read for its reporting verb


def _direct_frame(story: Story, quote: Quote) -> tuple[str, bool] | None:
    """(stance, negated) of the reporting verb framing a direct quote, after it ('"...,"
    Putin complained.') or before it ('Wang Yi accused Washington: "..."'); None when that
    verb states no stance ("said")."""
    body = story.body
    after = story.sentence_at(max(quote.end - 1, quote.start)) or (quote.start, quote.end)
    tail = body[quote.end : min(after[1], quote.end + FRAME_REACH)]
    verb = reporting_stance(tail.lstrip(" \"”’',"), last=False) if tail.strip(" \"”’'.") else None
    if verb is None:
        before = story.sentence_at(quote.start) or (quote.start, quote.end)
        head = body[max(before[0], quote.start - FRAME_REACH) : quote.start]
        if head.rstrip(" \"“‘'").endswith((":", ",")):
            verb = reporting_stance(head.rstrip(" \"“‘':,"))
    if verb is None or verb[0] in ("neutral", SILENT):
        return None
    return verb


def _pronoun_framed(body: str, sentence: tuple[int, int], quote: Quote) -> bool:
    """Whether a quote's sentence frames it by "he says", "she added" and the like."""
    lo, hi = min(sentence[0], quote.start), max(sentence[1], quote.end)
    return _PRONOUN_FRAME.search(body, lo, min(hi + 40, len(body))) is not None


def _another_he(body: str, name: str, sentence: tuple[int, int], quote: Quote) -> bool:
    """Whether a quote given to ``name`` through "he says" follows a sentence about another,
    described person ("The speaker also repeats his claim. He says ..."): the "he" is that
    person, not the last one named (asked only of a quote framed by "he says")."""
    lo = min(sentence[0], quote.start)
    last = name.split()[-1]
    named = body.rfind(last, max(0, lo - PRONOUN_REACH), lo)
    if named < 0:
        return False
    return _DESCRIBED_PERSON.search(body, named, lo) is not None


_VENUE_BEFORE = re.compile(r"\b(?:[Aa]t|[Bb]efore|[Tt]o)\s+(?:a|an|the)\s+$")


def _state_subject(holders: list[Holder], s_start: int, before: int) -> Holder | None:
    """The state holder opening a sentence (within its first words), before ``before``."""
    at = bisect_left(holders, s_start, key=lambda h: h.start)
    if at < len(holders):
        holder = holders[at]
        if holder.start < min(before, s_start + SUBJECT_REACH) and holder.kind in _STATE_KINDS:
            return holder
    return None


def _acted_on(body: str, name: str, s_start: int, quote_start: int) -> bool:
    """Whether the speaker an indirect quote is given to is named in its sentence only as the
    object of a verb before the quote ("ousted long-serving leader Leonid Kuchma")."""
    at = body.find(name, s_start, quote_start)
    return at > 0 and acted_on_before(body, max(s_start, at - 60), at)


def _venue(body: str, name: str, s_start: int, quote_start: int) -> bool:
    """Whether an organisation a quote is given to is named in its sentence only as the venue
    ("At a U.N. Security Council emergency meeting", "told the UN General Assembly")."""
    at = body.find(name, s_start, quote_start)
    return at > 0 and _VENUE_BEFORE.search(body, max(0, at - 12), at) is not None


def _quoted_other(quotes: list[Quote], sentence: tuple[int, int], name: str) -> bool:
    """Whether the quote finder gave this "He said ..." sentence to a named speaker other than
    ``name``: the quote its pronoun frames opens the sentence ("Mr Balls had suggested that
    Mr Brown would ... He said he hoped": Mr Balls, not the last official named), or the
    sentence lies inside another speaker's direct quote ('"He accepted that ...," he said' of
    the prime minister about Mr Blunkett)."""
    at = bisect_left(quotes, sentence[0], key=lambda q: q.start)
    if at and quotes[at - 1].kind == "direct" and quotes[at - 1].end > sentence[0]:
        speaker = quotes[at - 1].speaker.name
        if speaker and speaker != name:
            return True
    while at < len(quotes) and quotes[at].start < sentence[0] + QUOTE_OPENING:
        speaker = quotes[at].speaker.name
        if quotes[at].kind != "fragment" and speaker and speaker != name:
            return True
        at += 1
    return False


def _inside_others_quote(quotes: list[Quote], holder: Holder) -> bool:
    """Whether a person holder lies inside a quote (direct or indirect) the quote finder gave
    to another named speaker ("Mr Blair has 'the same passion' ..., he said" of Alan
    Milburn)."""
    at = bisect_right(quotes, holder.start, key=lambda q: q.start)
    for quote in quotes[max(0, at - 8) : at]:  # (quotes open in text order; few overlap)
        name = quote.speaker.name
        if quote.kind != "fragment" and quote.end > holder.start and name and name != holder.name:
            return True
    return False


QUOTE_OPENING = 40  # characters from a sentence's start within which "He said (that)" ends


def _other_he(story: Story, name: str, sentence: tuple[int, int], quote: Quote) -> bool:
    """Whether the "he" of a quote given to ``name`` through "he said" is someone else: the
    sentence's own "He" cannot be ``name`` when it names ``name`` after it ("He rejected
    speculation that Mr Brown was ..."); and the last mention of ``name`` before is no subject
    when it is a possessor with another person named after it in its sentence ("Formerly one
    of Mr Brown's closest aides, Ed Balls hinted"); asked only of a quote framed by "he said"."""
    body = story.body
    lo = min(sentence[0], quote.start)
    last = name.split()[-1]
    opening = _PRONOUN_OPENING.match(body, sentence[0])
    if opening and body.find(last, opening.end(), sentence[1]) >= 0:
        return True
    named = body.rfind(last, max(0, lo - PRONOUN_REACH), lo)
    if named < 0 or body[named + len(last) : named + len(last) + 2] not in ("'s", "’s"):
        return False
    own = story.sentence_at(named)
    others = _mentions(story, ("person",), exclude=(name,))
    return own is not None and others.holds_between(named + len(last), min(own[1], lo))


_PRONOUN_OPENING = re.compile(r"[\s\"“‘']*(?:He|She)\s")


# a sentence whose subject is a described person or thing ("The speaker", "The man")
_DESCRIBED_SUBJECT = re.compile(r"[\"“]?(?:The|A|An)\s+(?:[a-z\-]+\s+)?[a-z\-]+\s+(?!of\b)")
REPORT_REACH = 300  # characters before a holder read for who reports it
_OWN_GOVERNMENT = re.compile(r"\s+(?:the\s+)?(?:government|ministers|executive)\b")
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|claimed|argued|argues|added|adds|alleged|alleges)\b"
)


def _reported_by_other(body: str, s_start: int, start: int, reporters: MentionIndex) -> bool:
    """Whether a holder stands in what a person or organisation who holds no position reports
    ("In a book, Philippe Sands QC says Lord Goldsmith warned", "Liberal Democrat leader
    Charles Kennedy said some concessions had been offered by the government"): such a
    reporter is named before a reporting verb that comes before the holder."""
    s_start = max(s_start, start - REPORT_REACH)  # bounded: a run-on "sentence" stays linear
    verb = _REPORTED_BEFORE.search(body, s_start, start)
    if verb is None or not reporters.holds_between(s_start, verb.start()):
        return False
    # "Argentine Economic Minister, Roberto Lavagna, told", "one of Mr Bakrie's deputies, ...
    # told": an official the people finder did not place still reports for the government
    return not official_words(body[s_start : verb.start()])


_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+")


def _addressed(text: str, name: str) -> bool:
    """Whether a reported clause opens with its own speaker's name: the speaker is the one
    addressed ("warned Mr Brown not to ..."), not the one speaking."""
    head = _HONORIFIC.sub("", text.lstrip(" \"'“‘"), count=1)
    parts = name.split()
    return bool(parts) and (head.startswith(name) or head.startswith(parts[-1] + " "))


def _according_to(sentence: str) -> bool:
    return "according to" in sentence.lower()


def _actor_name(story: Story, holder: Holder) -> str | None:
    if holder.kind in ("person", "institution", "state-outlet"):
        return holder.name
    return None


# a conjunction opening a sentence before its pronoun subject: "But he urged reconciliation and
# called for new elections." continues the person before as "He urged" does
_LEADING_CONJUNCTION = re.compile(r"(?:But|And|Yet|However,)\s+(?=(?:He|he|She|she|It)\s)")
_CONJUNCTION_INITIALS = frozenset("BAYH")


@lru_cache(maxsize=1024)
def _state_outlet(name: str) -> bool:
    """Whether a speaker's whole name is a state outlet of the gazetteer ("Rodong Sinmun")."""
    return any(
        m.term.kind == "state-outlet" and m.start == 0 and m.end == len(name)
        for m in find_terms(name)
    )


# a second predicate of the sentence's subject: "Israel did not appear at the hearings, but, in
# a written submission to the court, rejected the questions"; "Chavez read out the letter, and
# he accused Uribe of sabotaging his plan"
_COORDINATION = re.compile(
    r",?\s+(?:but|and|yet)\s*,?\s+"
    r"(?:(?:in|at|on|after|before|during|with|through)\s[^,.;:\"“”]{0,80},\s+)?"
    r"(?:(?:he|she|it)\s+)?(?:also\s+|later\s+|then\s+)?"
)
_HEARSAY_PREDICATE = re.compile(
    r"\b(?:is|are|was|were)\s+(?:reported|said|believed|thought|understood|rumoured|rumored)\s+to\b"
)
# the holder opens the sentence ("Israel did not appear ..."), not a noun phrase it qualifies
# ("The US network is not part of the claim, but has supported ...")
_SUBJECT_LEADS = frozenset({"", "But", "And", "Yet", "Meanwhile,", "However,", "So"})
_NEXT_WORD = re.compile(r"[a-z]+")
_VERB_ENDS = ("ed", "es", "ly", "ts", "ns")  # "rejected", "urges", "flatly", "rejects", "warns"
COORDINATION_REACH = 200  # characters after the subject read for its second predicate


def _coordinated_stance(
    body: str, start: int, limit: int, local: list[Holder]
) -> tuple[str, int, bool] | None:
    """The stance of the subject's second predicate after "but"/"and" (the first took none),
    when its verb follows the conjunction (and an adjunct in commas) at once and no other
    holder stands between: a stance verb only ("and said" stays unread)."""
    if body.startswith(("'", "’"), start):
        return None  # "Europe's main farm lobby called ... and promised": the lobby's
    end = min(limit, start + COORDINATION_REACH)
    # (the first conjunction found by plain string search, then the pattern read there)
    ats = [body.find(word, start, end) for word in (" and", " but", " yet")]
    at = min((i for i in ats if i >= 0), default=-1)
    if at < 0:
        return None
    found = _COORDINATION.match(body, at - 1 if body[at - 1] == "," else at, end)
    if found is None:
        return None
    word = _NEXT_WORD.match(body, found.end())
    if word is None or not (word.group(0) in _BEFORE_VERB or word.group(0).endswith(_VERB_ENDS)):
        return None  # (a cheap test first: "and the rebels", "and a new", "but not")
    if any(start <= h.start < found.start() for h in local):
        return None
    if _HEARSAY_PREDICATE.search(body, start, found.start()):
        return None  # "Ms Kelly ... is reported to be 'pro-life' and has opposed embryo
        # research": what others report of a person's views, not a stated position
    verb = stance_after(body, found.end(), limit)
    if verb is None or verb[0] in ("neutral", SILENT):
        return None
    between = body[found.end() : verb[1]].split()[:-1]  # the words before the verb's last
    if not all(word in _BEFORE_VERB or word.endswith("ly") for word in between[-4:]):
        return None  # the verb is another subject's ("and the rebels rejected")
    return verb if len(between) <= 4 else None


_BEFORE_VERB = frozenset(
    [
        "has",
        "had",
        "have",
        "was",
        "were",
        "is",
        "also",
        "then",
        "later",
        "not",
        "never",
        "publicly",
        "formally",
        "flatly",
        "swiftly",
        "strongly",
        "again",
    ]
)


_CLAUSE_FRAGMENT_WORDS = 4  # a shorter quoted phrase may be a term or a scare quote


@cache
def _attribution_tail() -> re.Pattern[str]:
    """What may follow a quote's closing mark up to its sentence's end when the sentence ends
    on who said it: '," she added in an interview.', '," Sarkozy said.', '," said Rice.'"""
    verbs = speech_alternation("attribution")
    who = SPEAKER_AFTER_QUOTE
    return re.compile(
        rf"[,.!?…]?[\"”’']\s*,?\s*(?:{who}\s+(?:{verbs})|(?:{verbs})\s+{who})\b[^\"“”]*$"
    )


def _attributed_fragment(body: str, quote: Quote, sentence: tuple[int, int]) -> bool:
    """Is a quoted fragment the content of its sentence, the sentence ending on who said it
    ('Iran is "the single greatest threat ...," she added.'), and long enough to be a claim?"""
    if len(quote.text.split()) < _CLAUSE_FRAGMENT_WORDS or quote.end > sentence[1]:
        return False
    return _attribution_tail().match(body, quote.end, sentence[1]) is not None


def find_statements(story: Story) -> list[Statement]:
    """Every stated position of a country or body in ``story``, in text order."""
    body = story.body
    sentences = story.sentences or [(0, len(body))]
    speakers = story_officials(story)
    candidates = find_holders(story, speakers)
    holders = [h for h in candidates if h.subject]
    partners = CandidateIndex(candidates)
    statements: list[Statement] = []
    seen: set[tuple[str, int, int]] = set()
    issue_memo: dict[str, str | None] = {}  # text -> its issue: the same windows recur
    former_memo: dict[str, bool] = {}  # actor -> whether the story calls them a former official
    banker_memo: dict[str, bool] = {}  # actor -> whether the story makes them a central banker

    def issue_of(text: str) -> str | None:
        if text not in issue_memo:
            if len(issue_memo) >= ISSUE_MEMO:
                issue_memo.clear()  # bounded: repeats come from the same or the next statement
            issue_memo[text] = classify_issue(text)
        return issue_memo[text]

    def add(
        country: str,
        start: int,
        end: int,
        stance: str,
        actor: str | None,
        issue_text: str,
        sentence: tuple[int, int],
        dedupe: bool = False,
        target: str | None = None,
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
        # bounded windows: a run-on "sentence" of a megabyte must stay linear
        if stance == "neutral":
            window = body[start : min(end, start + CLAUSE_WINDOW)]
            if reports_event(window):
                agent = event_agent(window, country)
                if agent is None:
                    return None  # what happened, no one blamed: a reported fact
                stance, target = "accuses", agent  # "Russia used the missile in an attack
                # that killed two, Zelenskyy said": a state blaming another for an attack
            elif reports_data(window) or reports_schedule(window) or _SAID_NOTHING.search(window):
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
        if actor is None and stance != "neutral" and company_deal(body, body[start:end]):
            return None  # "Ukraine has agreed to pay 30% more" when Naftohaz signed the deal
        if actor and _said_by_other(body[max(start, end - 120) : end], actor):
            return None  # '"Gordon Brown's decision ... was sensible", Mr Balls told the BBC'
        if actor and former(body, actor, former_memo):
            return None  # "Formerly one of Mr Brown's closest Treasury aides, Ed Balls"
        if stance in AGAINST and _party_attack().search(body, start, min(end, start + 160)):
            return None  # "Tony Blair attacked Tory plans ...": party politics
        if stance == "supports" and _COURTESY.search(body, start, min(end, start + 160)):
            return None  # "Kim praised the summit as a very meaningful exchange": a courtesy
        if actor and central_banker(body, actor, banker_memo):
            return None  # "He also urged Congress ..." of "Federal Reserve chairman Alan Greenspan"
        if no_government_voice(body[start : min(end, start + 200)], country):
            return None  # "Critics say ...", "BoE governor Mervyn King warned ..."
        opening = body[start : min(end, start + 300)]
        if _FIGURE.search(opening) and _PROJECTED.search(opening):
            return None  # "US demand for heating oil was predicted to be 14% above normal"
        # the issue is read from the statement's own clause (what was said or stated) only:
        # the words around it are another clause's ("Ahead of the presidential election, Bush
        # said he opposed stem-cell research"); a clause that names no issue has none
        issue = issue_of(issue_text[:ISSUE_WINDOW])
        if issue is None:
            issue = fallback_issue(issue_text, set()) or "other"
        seen.add((country, start, end))
        statement = Statement(country, issue, stance, body[start:end], start, end, actor)
        if target != country and stance in AGAINST:
            statement.target = target
        statements.append(statement)
        return statement

    # 1. quotes whose speaker has a country (and speaks for its government)
    officials = speakers.countries
    persons = {a.name for a in story.actors if a.kind == "person"}

    # mentions of people who do not speak for a government: "He" after one of them is theirs;
    # of any named person or organisation: "It" after one of them may be theirs (both built
    # on first use: most stories never continue a holder's stance by a pronoun)
    named: MentionIndex | None = None
    others: MentionIndex | None = None
    reporters: MentionIndex | None = None  # people and organisations that speak for no state

    def speaks_officially(name: str | None) -> bool:
        return bool(name) and (name in officials or (name not in persons and official_body(name)))

    # "'The French want the embargo lifted,' said the opposition's Michael Ancram": inside a
    # direct quote only an official's words report another country's stance
    # (only ever asked about candidates: without any, the speakers need not be read)
    hearsay = SpanIndex(
        (q.start, q.end)
        for q in (story.quotes if candidates else ())
        if q.kind == "direct" and not speaks_officially(q.speaker.name)
    )
    for quote in story.quotes:
        name = quote.speaker.name
        country = officials.get(name or "") or quote.speaker.country
        if not country or not name:
            continue
        outlet = name not in officials and _state_outlet(name)
        if name not in officials and not outlet and (name in persons or not official_body(name)):
            continue  # (a state outlet the people finder took for a person still speaks:
            # '"... a military provocation that cannot be tolerated," the Rodong Sinmun said')
        if quote.kind == "indirect" and _addressed(quote.text, name):
            continue  # "warned Mr Brown not to be tempted": Brown is told, he says nothing
        sentence = story.sentence_at(quote.start) or (quote.start, quote.end)
        if quote.kind == "fragment" and not _attributed_fragment(body, quote, sentence):
            continue  # a quoted phrase run into the reporter's own account
        if name not in officials and _venue(body, name, sentence[0], quote.start):
            continue  # "At a U.N. Security Council emergency meeting ..., Ukrainian Ambassador
            # Andrii Melnyk denied ...": the body is where he spoke, not who spoke
        speaker: str | None = name
        if quote.kind == "indirect" and _acted_on(body, name, sentence[0], quote.start):
            # "Ukraine recently ousted long-serving leader Leonid Kuchma and has said it wants
            # ...": the one named is the object; the sentence's subject state says it
            subject = _state_subject(holders, sentence[0], quote.start)
            if subject is None:
                continue
            country, speaker = subject.country, None
        if quote.kind == "indirect" and _named_other(body, name, sentence[0], quote.start):
            continue  # "the Regions Party of the president's archrival, Viktor Yanukovich, said"
        framed = _pronoun_framed(body, sentence, quote)
        if framed and _another_he(body, name, sentence, quote):
            continue  # "The speaker also repeats his claim. He says ...": not Sarkozy's words
        if framed and _other_he(story, name, sentence, quote):
            continue  # "Formerly one of Mr Brown's closest aides, Ed Balls hinted ... He said"
        if (
            quote.kind == "indirect"
            and quote.start - sentence[0] <= REPORT_REACH  # (bounded: run-ons stay linear)
            and _SUBORDINATE_OPENING.match(body, sentence[0])
            and body.find(",", sentence[0], quote.start) < 0
        ):
            continue  # "As Mr Brown announced the Budget date, ...": background, no position
        start, end = quote.start, quote.end
        quoted = quote.text
        if quote.kind == "direct":
            own = _own_part(body, (start, end), sentences, holders, country)
            if own is None:
                continue  # every sentence relays another country's position (read below)
            start, end = own
            quoted = body[start:end]
        if quoted.rstrip(" ,.\"'”’").endswith("?"):
            continue  # "Do you feel any ethical guilt?": a question states no position
        if quote.kind == "direct" and _names_speaker(quoted, name):
            continue  # '"... Mr Yushchenko was careful ...': an unclosed quote runs on into
            # the reporter's text; whose words it opened with is not known
        dash = quoted.find(" - ")  # "... missile base - a plan that Russia opposes": not his
        stance = clause_stance("neutral", quoted[:dash] if dash > 0 else quoted, False)
        if quote.kind == "direct" and stance == "neutral":
            # '"...," Putin complained.', 'Wang Yi accused Washington: "..."': the verb that
            # frames a direct quote says what kind of statement it is
            verb = _direct_frame(story, quote)
            if verb is not None:
                stance = clause_stance(verb[0], quoted, verb[1])
        if quote.kind != "direct" and sentence[0] <= start and end <= sentence[1]:
            # the whole sentence, with its "X said" (a fragment: the reporter's clause it
            # completes, 'Iran is "the single greatest threat ...," Rice said')
            start, end = sentence
            # "Barroso has suggested the cash could be shared": the reporting verb's stance
            verb = reporting_stance(body[sentence[0] : quote.start]) or reporting_stance(
                body[quote.end : sentence[1]], last=False
            )
            if verb is not None and verb[0] not in ("neutral", SILENT):
                stance = clause_stance(verb[0], quote.text, verb[1])
        if outlet and stance == "neutral":
            continue  # a state outlet's neutral report is news, not a position (as for holders)
        add(country, start, end, stance, speaker, quoted, sentence)

    # 2. reported stances: actor + stance verb, clause by clause
    index = 0
    last_person: Holder | None = None
    last_state: Holder | None = None  # the last country or institution that took a stance
    previous: tuple[Statement, tuple[int, int]] | None = None
    for sentence in sentences if holders else ():  # no holder: no sentence to read
        s_start, s_end = sentence
        while index < len(holders) and holders[index].start < s_start:
            index += 1
        local = []
        j = index
        while j < len(holders) and holders[j].start < s_end:
            local.append(holders[j])
            j += 1
        if not local and previous is None and last_person is None:
            continue  # no holder, no stance just before, no one "He" could be: nothing to read
        text = body[s_start:s_end]
        produced: Statement | None = None
        embedded_until = -1
        embedded_after = -1  # where that clause's verb ends: holders before it share the subject
        embedding: tuple[Statement, int] | None = None  # the stance whose clause holders are in
        said: dict[str, tuple[Statement, int]] = {}  # country -> its neutral "X said", X's end
        if text.rstrip().rstrip("\"'”’").endswith("?"):
            local = []  # a question states no position ("Should the United Kingdom approve ...?")
        first_holder = local[0].start if local else -1
        for holder in local:
            if hearsay.holds(holder.start):
                continue
            if holder.start == first_holder and _REPORTED_BEFORE.search(
                body, max(s_start, holder.start - REPORT_REACH), holder.start
            ):
                reporters = reporters or _reporters(story, officials)
                if _reported_by_other(body, s_start, holder.start, reporters):
                    continue  # "Philippe Sands says Lord Goldsmith warned": not his own word
            # holders before the verb share its subject: "Both sides agreed", "The Danish and
            # German governments are challenging"; after it they are inside its clause
            inside = embedded_after <= holder.start < embedded_until
            with_partners: list[Holder] = []
            # only a short lead can be one of MAIN_LEADS: never slice a long sentence per holder
            lead = (
                body[s_start : holder.start].strip(" \n\t\"'“‘")
                if holder.start - s_start <= MAIN_LEAD_WINDOW
                else "…"
            )
            if holder.verb_from is not None:
                found = stance_after(body, holder.verb_from, s_end, False)
            else:
                found = stance_after(body, holder.end, s_end, lead in MAIN_LEADS, holder.start)
            if found is None and holder.start == first_holder and lead in _SUBJECT_LEADS:
                found = _coordinated_stance(body, holder.end, s_end, local)
            if found is None:
                together = joined(body, holder, s_end, partners)
                if together is None:
                    says = _WHICH_IT_SAYS.search(body, holder.end, min(s_end, holder.end + 200))
                    if says is None or lead not in MAIN_LEADS or holder.kind == "person":
                        continue
                    # "The government is cracking down on latifundios, which it says are
                    # lying idle": the act is told, the claim in the relative is stated
                    found = ("neutral", says.end(), False)
                    together = ([], found)
                with_partners += together[0]
                found = together[1]
                with_partners += together[0]
                found = together[1]
            stance, verb_end, negated = found
            if stance == SILENT:
                continue  # "Liberia declined to comment": no position
            # "India is urgently searching for fresh energy supplies": the reporter's reading
            # of a country's need, no government voice states it; the country is in the story
            # but states no stance (neutral), and its clause still holds the holders inside it
            framed = (
                holder.kind in _STATE_KINDS and reporter_framed(body, holder.end, verb_end, text)
            ) or aim_described(body, holder.end, verb_end, text)
            framed = framed or act_described(body, holder.end, verb_end, text)
            if _HEDGED.search(body, holder.end, verb_end):
                continue  # "Beijing has issued what appears to be a veiled threat": the
                # reporter's inference from something not given, no statement in the text
            if future_act(body, verb_end) and FORECAST_BEFORE.search(
                body, max(s_start, holder.start - 80), holder.start
            ):
                continue  # "more likely that the Federal Reserve will raise rates": a forecast
            opening = _clause_opening(body, holder, partners) if inside else None
            if opening is not None and embedding is not None and embedding[0].end > opening:
                enclosing, enclosing_verb_end = embedding
                if not _REPORTED.search(body, enclosing_verb_end, opening):
                    inside = False  # "Germany proposed a freeze and Canada has begun its own"
                    embedded_until = opening
                    enclosing.end = len(body[:opening].rstrip(" ,"))
                    enclosing.text = body[enclosing.start : enclosing.end]
            if inside and verb_end <= embedded_until:
                continue  # part of another actor's stated clause
            if holder.kind == "state-outlet" and stance == "neutral":
                continue
            if (
                stance == "demands"
                and holder.country == speakers.home
                and _OWN_GOVERNMENT.match(body, verb_end)
            ):
                continue  # "He urged the government to scrap the tax": not the government's
                # own voice (a government does not urge itself; the "He" is someone else)
            clause_end = _clause_end(body, holder.start, s_end)
            if verb_end > clause_end:
                between = body[holder.end : verb_end]
                if any(m in between for m in ("according to", ";", " — ", " – ")):
                    continue  # the verb is someone else's
                clause_end = _clause_end(body, verb_end, s_end)  # past an appositive
            verb_stance = stance
            comma = body.find(",", verb_end, clause_end)
            clause_from = s_start if holder.start - s_start < ISSUE_WINDOW else holder.start
            # the holder's own clause: "... the presidential election, where Bush opposed
            # stem-cell research" is about the research, not the election (a relative clause)
            for relative in _RELATIVE_OPENING.finditer(body, clause_from, holder.start):
                clause_from = relative.start(1)
            clause = body[
                clause_from : min(comma if comma > 0 else clause_end, verb_end + CLAUSE_WINDOW)
            ]
            if lead not in MAIN_LEADS and _OBJECT_RELATIVE.search(
                body, max(s_start, holder.start - 30), holder.start
            ):
                continue  # "... missile base - a plan that Russia sharply opposes": the
                # reporter's note on a plan, no Russian voice in the sentence
            if (
                lead not in MAIN_LEADS
                and _BACKGROUND_RELATIVE.match(body, holder.end)
                and "," not in body[holder.end + 2 : verb_end]
            ):
                continue  # "relations with neighbor China, which ... has threatened war if
                # ...": the reporter's background about an actor named inside another
                # clause, not a stance it states (a subject's own "The US, which has been a
                # strong supporter of" still is)
            # the stance is read up to a spaced dash: after it comes another clause ("...
            # missile base - a plan that Russia sharply opposes" is Russia's, not Tusk's)
            dash = body.find(" - ", verb_end, clause_end)
            stance = clause_stance(
                stance,
                body[verb_end : min(dash if dash > 0 else clause_end, verb_end + CLAUSE_WINDOW)],
                negated,
            )
            if stance == "neutral" and verb_stance == "neutral" and not negated:
                stance = _fronted_stance(body, s_start, holder.start, verb_end, clause_end)
            if stance == "supports" and _OWN_CONDUCT.match(body, verb_end):
                continue  # "Sarkozy defended on Tuesday his decisions to congratulate ... and
                # invite ...": a justification of several acts, no position on one issue
            start = s_start if holder.start - s_start < 200 else holder.start
            if framed:
                stance = "neutral"  # (its clause still embeds: "... want the budget capped -
                # the Commission wants it to be 1.26%" gives the Commission no line of theirs)
                embedded_until, embedded_after = clause_end, verb_end
            elif stance != "neutral":
                embedded_until = clause_end  # "demanded that the US and UN agree": not theirs
                embedded_after = verb_end
            reported = said.get(holder.country)
            if reported is not None and reported[1] <= holder.start and stance != "neutral":
                reported[0].stance = stance  # "Officials in Tokyo said Japan would protest"
            made = add(
                holder.country,
                start,
                clause_end,
                stance,
                _actor_name(story, holder),
                clause,
                sentence,
                dedupe=True,
                target=_target(body, verb_end, clause_end, partners) if stance in AGAINST else None,
            )
            produced = made or produced
            if made is not None and verb_stance != "neutral" and stance != "neutral":
                embedding = (made, verb_end)
            if made is not None and made.stance == "neutral" and made.start <= holder.start:
                said.setdefault(holder.country, (made, holder.end))
            if made is not None:
                with_partners += coordinated(holder, body, partners)
                with_partners += company(body, holder, verb_end, partners)
                if _MUTUAL_VERB.search(body, max(0, verb_end - 8), verb_end):
                    # "Turkey has agreed a draft with the IMF": both agreed; "Mr Brown has
                    # signed a debt relief deal with Tanzania": the UK's act, no Tanzanian voice
                    with_partners += agreed_with(body, holder, verb_end, clause_end, partners)
            for partner in with_partners:
                add(
                    partner.country,
                    start,
                    clause_end,
                    stance,
                    _actor_name(story, partner),
                    clause,
                    sentence,
                    dedupe=True,
                )
            if holder.kind == "person":
                last_person = holder
            elif made is not None and holder.kind != "pair":
                last_state = holder
        # "He said ..." continues the last person holder of the previous sentence; "It said"
        # the country or institution whose stance the sentence just before stated, when
        # nothing else was named in between
        lead = text.lstrip(" \"“'‘")
        joined_on = False  # "But he urged reconciliation": still his, when it takes a stance
        if lead[:1] in _CONJUNCTION_INITIALS:
            conjunction = _LEADING_CONJUNCTION.match(lead)
            if conjunction is not None:
                lead, joined_on = lead[conjunction.end() :], True
        first_word = lead.split(" ", 1)[0] if lead else ""
        referent = None
        if first_word in PRONOUNS and last_person is not None:
            others = others or _mentions(story, ("person",), exclude=officials)
            surname = last_person.name.rsplit(" ", 1)[-1]
            if (
                not others.holds_between(last_person.end, s_start)
                and not _quoted_other(story.quotes, sentence, last_person.name)
                and not re.search(rf"\b{re.escape(surname)}\b", lead[len(first_word) :])
            ):
                # (a name in the pronoun's own sentence is someone else: "And he confirmed
                # Mr Blair's insistence" is not Mr Blair's)
                referent = last_person
        elif (
            first_word == "It"
            and last_state is not None
            and previous is not None
            and previous[0].country == last_state.country  # the sentence just before
        ):
            named = named or _mentions(story, ("person", "organisation"))
            if (
                not named.holds_between(last_state.end, s_start)
                and "\n" not in body[last_state.end : s_start]
            ):
                referent = last_state
        if produced is None and referent is not None:
            offset = s_start + len(text) - len(lead) + len(first_word)
            found = stance_after(body, offset, s_end)
            if (
                found
                and found[0] == "demands"
                and referent.country == speakers.home
                and _OWN_GOVERNMENT.match(body, found[1])
            ):
                found = None  # "He urged the government to scrap the tax": someone else
            if found and found[0] != SILENT and not any(h.kind == "person" for h in local):
                stance, verb_end, negated = found
                clause_end = _clause_end(body, s_start, s_end)
                stance = clause_stance(
                    stance, body[verb_end : min(clause_end, verb_end + CLAUSE_WINDOW)], negated
                )
                # "Yet he added that he didn't like to do 'futurology'": a neutral aside
                # after a conjunction adds no position
                produced = (
                    None
                    if joined_on and stance == "neutral"
                    else add(
                        referent.country,
                        s_start,
                        clause_end,
                        stance,
                        _actor_name(story, referent),
                        body[s_start:clause_end],
                        sentence,
                        dedupe=True,
                    )
                )
        # a holder-less sentence right after a stance, on the same issue, with a modal
        if produced is None and not local and previous is not None:
            prev_statement, prev_sentence = previous
            same_paragraph = "\n" not in body[prev_sentence[1] : s_start]
            modal = clause_stance("neutral", text, False) == "demands"
            same_issue = issue_of(text) == prev_statement.issue
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
            # the person a later "he" can be: not one named inside another speaker's words
            # ('Mr Bannatyne said: "Gordon Brown is a great chancellor ..." And he branded'),
            # nor one named after a described subject ("The strongman expressed hope that
            # Obama wins re-election. And he wrote"): then the "he" is no one known
            spoken = [
                h
                for h in local
                if h.kind == "person"
                and not hearsay.holds(h.start)
                and not _inside_others_quote(story.quotes, h)
            ]
            if not spoken or (
                _DESCRIBED_SUBJECT.match(body, s_start) and spoken[0].start > s_start + 1
            ):
                last_person = None
            else:
                last_person = spoken[-1]
        elif produced is None and _DESCRIBED_SUBJECT.match(body, s_start):
            # "The speaker also repeats his claim. He says ...": the "He" is the speaker's,
            # not the last official named
            last_person = None
        previous = (produced, sentence) if produced is not None else None
    # agents that are not clause subjects: "criticised by China's customs authority" (also
    # when a relative clause follows: "criticized by the White House, which called it ...")
    for holder in candidates:
        if (holder.subject and holder.verb_from is None) or hearsay.holds(holder.start):
            continue
        if not may_act(body, holder):
            continue  # (a cheap test first: finding the sentence is a scan of the story)
        sentence = story.sentence_at(holder.start) or (holder.start, holder.end)
        acting = agent_stance(body, holder, sentence[1], cues().verbs, partners, cues().nouns)
        if acting is None:
            continue
        if acting[0] == "supports" and _SPONSORED.search(body, acting[1], holder.start):
            continue  # "the opposition, backed by Syria and Iran": who sponsors whom, no stance
        window = max(sentence[0], holder.start - REPORT_REACH)
        if _REPORTED_BEFORE.search(body, window, holder.start):
            reporters = reporters or _reporters(story, officials)
            if _reported_by_other(body, sentence[0], holder.start, reporters):
                # "Kennedy said some concessions had already been offered by the government":
                # what someone else reports, not the government's own word
                continue
        clause = body[holder.end : min(sentence[1], holder.end + CLAUSE_WINDOW)]
        stance = clause_stance(acting[0], clause, False)
        for agent in [holder, *listed_after(holder, body, partners)]:
            add(
                agent.country,
                sentence[0],
                sentence[1],
                stance,
                _actor_name(story, agent),
                body[acting[1] : sentence[1]],
                sentence,
                dedupe=True,
            )
    # a speaker named after its statement: "The sanctions must be lifted, said a spokesman for
    # the Japanese embassy."
    for holder in candidates:
        if hearsay.holds(holder.start):
            continue
        lead = body[max(0, holder.start - 70) : holder.start]
        if "said" not in lead and "says" not in lead and "add" not in lead:
            continue  # (a cheap test first: most mentions follow no reporting verb)
        source = _TRAILING_SOURCE.search(body, max(0, holder.start - 70), holder.start)
        end = _SOURCE_END.match(body, holder.end) if source else None
        if end is None:
            continue
        sentence = story.sentence_at(holder.start) or (holder.start, holder.end)
        if end.end() < sentence[1] - 2:
            continue  # "..., said the U.S. move would only ...": the name goes on
        said = body[sentence[0] : source.start()]
        if len(said) < 20 or _according_to(said) or "\n" in said or _REPORTED_BEFORE.search(said):
            continue  # ("The barrister had said the rules were ..., said Mr Clarke": a relay)
        stance = clause_stance("neutral", said, False)
        add(
            holder.country,
            sentence[0],
            sentence[1],
            stance,
            _actor_name(story, holder),
            said,
            sentence,
            dedupe=True,
        )
    _restatements(story, statements, holders)
    _comparisons(story, statements, partners)
    relays = _Relays(story.quotes)
    statements[:] = [st for st in statements if not relays.relayed(st)]
    statements.sort(key=lambda s: (s.start, s.country))
    story.annotations[PARTY_ANNOTATION] = (
        find_party_statements(story, lambda name: _party_speaker(story, officials, name))
        if mentions_party(body)
        else []
    )
    return statements


class _Relays:
    """The quotes of named speakers with a country, sorted by start, with the furthest end of
    each prefix: a statement's overlapping quotes are found by bisection, not by reading every
    quote of the story for every statement (quadratic on a long story)."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(
            (q for q in quotes if q.speaker.country and q.speaker.name), key=lambda q: q.start
        )
        self.starts = [q.start for q in self.quotes]
        self.reach = list(accumulate((q.end for q in self.quotes), max))

    def relayed(self, statement: Statement) -> bool:
        """Is ``statement`` mostly words another country's speaker says (Putin: "The North
        Korean administration wants to denuclearize"; Putin "saying that it holds a similar
        stance with the U.S.")? A speaker's account of another government's stance is no
        statement of it."""
        length = statement.end - statement.start
        at = bisect_left(self.starts, statement.end) - 1  # quotes starting before its end
        while at >= 0 and self.reach[at] > statement.start:  # ...and ending after its start
            quote = self.quotes[at]
            if quote.speaker.country != statement.country:
                inside = min(quote.end, statement.end) - max(quote.start, statement.start)
                if inside > 0.5 * length:
                    return True
            at -= 1
        return False


def _relayed(statement: Statement, quotes: list[Quote]) -> bool:
    """Is ``statement`` relayed by one of ``quotes`` (see :meth:`_Relays.relayed`)?"""
    return _Relays(quotes).relayed(statement)


def _party_speaker(story: Story, officials: Container[str], name: str) -> tuple[str, str] | None:
    """(party, country) of a person who holds no government office and a party post ("Tory
    co-chairman Liam Fox", "Lib Dem leader Charles Kennedy"); None otherwise."""
    if name in officials:
        return None
    actor = next((a for a in story.actors if a.name == name and a.kind == "person"), None)
    if actor is None:
        return None
    titles = person_titles(actor, story)
    info = person_info(actor.name, story.published)
    if info is not None and info.office:  # "liberal democrat leader"
        *party, role = info.office.split(" ")
        titles.append(" ".join([*(w.capitalize() for w in party), role]))
    return party_of(" ; ".join(t for t in titles if t))


# between a verb and the actor it is aimed at: "warned Washington", "accused the US of",
# "hit out at China", "rejected the EU's demand"
_TARGET_GAP = re.compile(r"\s+(?:(?:at|against|on|to)\s+)?(?:the\s+)?")
TARGET_REACH = 20  # characters after the verb within which its object actor starts


def _target(body: str, verb_end: int, limit: int, partners: CandidateIndex) -> str | None:
    """The country or body a stance verb is aimed at: the actor right after the verb."""
    gap = _TARGET_GAP.match(body, verb_end, limit)
    if gap is None:
        return None
    holder = partners.at(gap.end())
    if holder is None or _NOUN_AFTER.match(body, holder.end, limit):
        return None  # "cracking down on Gaza militants": the militants, not Gaza's government
    return holder.country


# a place used as a modifier: "Gaza militants", "Iraqi insurgents", "Chinese fishermen"
_NOUN_AFTER = re.compile(
    r"\s+(?:militants?|insurgents?|rebels?|fighters?|gunmen|fishermen|fishers|companies|"
    r"company|firms?|groups?|protesters?|activists?|students?|workers?|civilians?|people|"
    r"residents?|citizens?|nationals?|media|press|opposition|separatists?|forces?\s+loyal)\b"
)


_RESTATEMENT = re.compile(r"[\"“‘']?(?:In other words|That is to say|Put simply|In short)\b")
_ITS_NOUN = re.compile(r"\b(?:its|their) ([a-z]+)")


def _restatements(story: Story, statements: list[Statement], holders: list[Holder]) -> None:
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
                if statement.stance in AGAINST:
                    statement.target = holder.country  # against that actor's stance
        issue = issue or classify_issue(text)
        statement.end = s_end
        statement.text = body[statement.start : s_end]
        if issue:
            statement.issue = issue


# a relative clause opening before a statement's holder: ", where Bush opposed ..."
_RELATIVE_OPENING = re.compile(r",\s+(where|when|which|who|whom|whose)\b")
# a reported clause: "said that ..., and Russia also supports" stays inside what was said
_REPORTED = re.compile(r"\bthat\b|[\"“”]")
# "..., and Canada has", "... but China said", "..., while Japan wants", "..., as Russia said"
# (not "said that while")
_CONJUNCTION_BEFORE = re.compile(
    r"(?:(?:,\s*|\s+)(?:and|but)|,\s*(?:while|whereas|as))\s+(?:the\s+)?$"
)


def _clause_opening(body: str, holder: Holder, partners: CandidateIndex) -> int | None:
    """Where a coordinated main clause opened by ``holder`` starts ("..., and Canada has
    begun"), or None; "the US and UN agree" is one subject, not a new clause."""
    conjunction = _CONJUNCTION_BEFORE.search(body, max(0, holder.start - 14), holder.start)
    if conjunction is None or conjunction.start() in partners.by_end:
        return None
    return conjunction.start()


SUBJECT_REACH = 40  # characters from a sentence's start within which its subject holder opens
_SUBORDINATE_OPENING = re.compile(
    r"[\"“‘']?(?:If|Unless|When|While|Although|Though|As|Whether|Because|Since|Once)\b"
)
_PRONOUN_SUBJECT = re.compile(r"(?:But |And |Yet |So )?(?:It|They|it|they)(?:['’](?:s|re)\b|\s)")


def _own_part(
    body: str,
    span: tuple[int, int],
    sentences: list[tuple[int, int]],
    holders: list[Holder],
    country: str,
) -> tuple[int, int] | None:
    """The span of a direct quote that states its speaker's own position: without its
    sentences whose subject is another country, nor the "it"/"they" sentences that continue
    one ("The North Korean administration wants to denuclearize as well. But it's asking for
    its safety to be guaranteed": Putin relays the North's position). The whole quote when
    no sentence relays; None when every sentence does."""
    start, end = span
    kept: list[tuple[int, int]] = []
    relayed = relaying = False
    lo = bisect_right(sentences, (start, len(body) + 1)) - 1  # the sentence holding start
    for s_start, s_end in sentences[max(lo, 0) :]:
        if s_start >= end:
            break
        piece = (max(s_start, start), min(s_end, end))
        if piece[0] >= piece[1]:
            continue
        head = piece[0] + len(body[piece[0] : piece[1]]) - len(body[piece[0] : piece[1]].lstrip())
        at = bisect_left(holders, head, key=lambda h: h.start)
        subject = holders[at] if at < len(holders) else None
        if subject is not None and subject.start < min(piece[1], head + SUBJECT_REACH):
            # "The North Korean administration wants": another country's stance verb; not
            # "Russia is Ukraine's partner" (the speaker's view of it) nor "If the US ..."
            relaying = (
                subject.country != country
                and not _SUBORDINATE_OPENING.match(body, head)
                and stance_after(body, subject.end, piece[1]) is not None
            )
        elif not (relaying and _PRONOUN_SUBJECT.match(body, head)):
            relaying = False
        if relaying:
            relayed = True
        else:
            kept.append(piece)
    if not relayed:
        return start, end
    if not kept:
        return None
    return kept[0][0], kept[-1][1]


def _reporters(story: Story, officials: Container[str]) -> MentionIndex:
    """Mentions of the people and organisations who speak for no government (not officials,
    ministries or state outlets)."""
    return MentionIndex(
        start
        for a in story.actors
        if (a.kind == "person" and a.name not in officials)
        or (a.kind == "organisation" and not official_body(a.name))
        for start, _end in a.mentions
    )


def _mentions(story: Story, kinds: tuple[str, ...], exclude: Container[str] = ()) -> MentionIndex:
    """The mentions of the story's actors of ``kinds``, but those named in ``exclude``."""
    return MentionIndex(
        start
        for a in story.actors
        if a.kind in kinds and a.name not in exclude
        for start, _end in a.mentions
    )


class MentionIndex:
    """Sorted mention offsets: is there one in a range?"""

    def __init__(self, starts: Iterable[int]) -> None:
        self.starts = sorted(starts)

    def holds_between(self, lo: int, hi: int) -> bool:
        """Whether a mention starts in ``[lo, hi)``."""
        at = bisect_left(self.starts, lo)
        return at < len(self.starts) and self.starts[at] < hi


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
                    _actor_name(story, partner),
                )
            )


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
