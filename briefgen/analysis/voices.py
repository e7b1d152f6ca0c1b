"""Whether a statement's speaker is a voice of its country's government.

Critics, analysts, the media and an independent central bank speak for no government
("Critics say ...", "BoE governor Mervyn King warned"); nor do a former official ("former
Prime Minister John Major"), a company carrying out a deal ("led by Russian energy giant
Gazprom"), a person the sentence names as the one who said it when that is someone else, or
a person or organisation who reports what a government did ("In a book, Philippe Sands QC
says Lord Goldsmith warned"). :func:`government_voice` asks these of a candidate statement;
what its words state is :mod:`briefgen.analysis.reported_facts`' question.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterable
from functools import lru_cache

from briefgen.analysis.gazetteer import find_terms, person_info
from briefgen.analysis.no_voice import adviser_without_office, bloc_summary, unnamed_advisers
from briefgen.analysis.officials import (
    CENTRAL_BANK,
    CENTRAL_BANK_MARKS,
    CENTRAL_BANK_WORDS,
    official_body,
    official_words,
    person_titles,
)
from briefgen.analysis.parties import party_of
from briefgen.model import Story

# who speaks in a sentence's main clause when it is not a government: critics and analysts
# ("Critics say the powers - which President Chavez argues are needed - trample ..."), the
# media ("Russian media reported that ..."), an independent central bank ("BoE governor
# Mervyn King warned"); issue 15's review: these give no country a position
_NOT_GOVERNMENT_LEAD = re.compile(
    r"^[\s\"“‘']*(?:(?:But|And|However,|Yet)\s+)?"
    r"(?:(?:Critics|Opponents|Analysts|Observers|Experts|Economists|Commentators|Campaigners)\b"
    # the same, qualified: "Chinese military commentators have said China plans to ..."
    r"|(?:[A-Z][a-z]+\s+)(?:[a-z]+\s+)?(?:critics|opponents|analysts|observers|experts|"
    r"economists|commentators|campaigners)\s+(?:have\s+|had\s+)?(?:said|say|says|told|"
    r"argued|argue|believe|warned|warn)\b"
    # witnesses of an event telling it ("Residents said the aircraft fell shortly after India
    # launched missile strikes"): what they saw, no state's word
    r"|(?:Residents|Witnesses|Eyewitnesses|Villagers|Locals|Survivors|Relatives|Rescuers|"
    r"Medics|Doctors|Protesters|Activists)(?:\s+[a-z]+){0,3}?\s+(?:said|say|told|reported|"
    r"described)\b"
    r"|[^.;:]{0,60}?\b(?:media|press|newspapers?)\s+(?:reported|reports|said|says)\b"
    rf"|[^.;:\"“]{{0,40}}?\b{CENTRAL_BANK}(?:['’]s)?\s+(?:governor|chairman|chief|"
    r"president|head|deputy\s+governor)\b)"
)
# "U.S. officials said Iran threatened to explode the vessels", "Pakistan's military said
# Wednesday its air force shot down five Indian fighter jets": one government's officials or
# organs telling what another state did; the sentence states no position of the state told
# about
_OFFICIALS_SAID = re.compile(
    r"^[\s\"“‘']*(?:(?:But|And|However,)\s+)?"
    # a speaker named before the title, set off by commas: "Lt. Gen. Ahmed Sharif, Pakistan's
    # military spokesperson, says India attacked six locations"
    r"(?:[A-Z][^,;:\"“]{0,40},\s+(?=[^,;:\"“]{0,60},\s+(?:said|says)\b))?"
    r"([^,;:\"“]{0,60}?)\b(?:officials?|sources|diplomats|spokesm[ae]n|spokeswom[ae]n|"
    r"spokesperson|military|army|navy|government|ministry|embassy|authorities|minister|"
    r"president|secretary|ambassador|envoy),?\s+(?:have\s+|had\s+)?(?:said|say|says|"
    r"told\s+\w+|claimed|alleged)\b"
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


def said_by_other(tail: str, actor: str) -> bool:
    """Whether a sentence's ``tail`` names its speaker and that speaker is not ``actor`` (the
    sentence is about the actor: "Gordon Brown's decision ..., Mr Balls told the BBC")."""
    said = _TRAILING_SPEAKER.search(tail)
    return said is not None and said.group(1) not in actor.split()


# a sentence that ends on a speaker named after a speech verb: ", says NDP Leader Jack
# Layton.", ", said the opposition leader, Jack Layton."
_SAID_BY_AT_END = re.compile(
    r",\s+(?:says|said|adds|added)\s+([^.,;:!?\"“”]{2,80}?(?:,\s+[^.,;:!?\"“”]{2,40}?)?)"
    r"[.!]?[\"”’']?\s*$"
)


def told_by_person(body: str, start: int, s_end: int, people: MentionIndex) -> bool:
    """Whether the sentence ending at ``s_end`` ends by naming, after a speech verb, one of
    ``people`` (persons who speak for no government), so that the words from ``start`` up
    to it are that person's account: "A top American official's criticism of NATO allies
    ... may drive Canada out of the war, says NDP Leader Jack Layton." states no US
    position."""
    tail_start = max(start, s_end - 160)
    if tail_start >= s_end or "s" not in body[tail_start:s_end]:
        return False
    said = _SAID_BY_AT_END.search(body, tail_start, s_end)
    if said is None or not people.holds_between(said.start(1), said.end(1)):
        return False
    # "said Defence Secretary Robert Gates": an official the people finder did not place
    return not official_words(said.group(1))


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
    body: str,
    name: str,
    memo: dict[str, bool],
    patterns: tuple[re.Pattern[str], re.Pattern[str]],
    second_ends: tuple[str, ...] | None,
) -> bool:
    """Whether ``patterns`` (for a full name, and for "Mr" + surname: the full name met before)
    find the role the story gives ``name`` where it introduces it, memoised per name. Each
    pattern's first branch ends with the name, its second follows "<name>," and ends with one
    of ``second_ends`` (None: a word of any length); only the text up to where a match can end
    is read."""
    if name not in memo:
        titled = _TITLED.match(name)
        who = titled.group(1) if titled else name
        text = body[: _match_end_limit(body, who, second_ends)]
        found = (patterns[1] if titled else patterns[0]).match(f"{who}\x00{text}")
        memo[name] = found is not None
    return memo[name]


def _match_end_limit(body: str, who: str, second_ends: tuple[str, ...] | None) -> int:
    """How much of ``body`` a ``_FORMER`` or ``_CENTRAL_BANKER`` match can read: one character
    past the last place one can end (the ``\\b`` after the name reads it). The ``.*?`` of the
    patterns otherwise tries every position to the end of the body; a body that names the
    person once, early, is read no further than that."""
    last = body.rfind(who)
    if last < 0:
        return 0  # both branches hold the name
    end = last + len(who)
    if f"{who}," in body:  # the second branch may match
        if second_ends is None:
            return len(body)
        end = max(end, *(body.rfind(word) + len(word) for word in second_ends))
    return end + 1


def former(body: str, name: str, memo: dict[str, bool]) -> bool:
    """Whether the story introduces ``name`` as a former holder of their role ("former Prime
    Minister John Major", "Formerly one of Mr Brown's closest Treasury aides, Ed Balls"):
    a former official speaks for no government."""
    if name not in memo and (" " not in name or ("ormer" not in body and "x-" not in body)):
        memo[name] = False  # no "former", "formerly" or "ex-" anywhere: nothing to match
    if name in memo:
        return memo[name]
    text = _former_from(body, name)
    return _introduced_as(text, name, memo, (_FORMER, _FORMER_TITLED), ("former", "ex-"))


# where a ``_FORMER`` match may open ("[Ff]ormer", "[Ee]x-") and where a ``_CENTRAL_BANKER``
# one may (``officials.CENTRAL_BANK_MARKS``): each mark with the number of characters a match
# may open before it
_FORMER_MARKS = (("ormer", 1), ("x-", 1))
_BANK_MARKS = CENTRAL_BANK_MARKS


def _former_from(body: str, name: str, marks: tuple[tuple[str, int], ...] = _FORMER_MARKS) -> str:
    """``body`` from one character before the first place a ``_FORMER`` (``_FORMER_TITLED``)
    match could start: the first "[Ff]ormer" or "[Ee]x-", or the first occurrence of the name
    (for "Mr Balls": two runs of non-blank characters before the surname); with
    ``_BANK_MARKS``, the same for ``_CENTRAL_BANKER``. The patterns scan from the start with
    ``.*?``; no match starts earlier, and the kept character gives the first possible start
    the same ``\\b``. "" when the name never occurs."""
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
    for mark, back in marks:
        found = body.find(mark)
        if found >= 0:
            at = min(at, found - back)
    return body[max(0, at - 1) :]


# ``name`` introduced as the head of a central bank ("Federal Reserve chairman Alan
# Greenspan", "Mervyn King, governor of the Bank of England"): an independent central bank
# speaks for no government, whatever pronoun later carries its chief's words (the banks:
# ``officials.CENTRAL_BANK``; a bank's place may take two words: "Federal Reserve Bank of Kansas
# City President Thomas M. Hoenig"); its head's title may take a capital
_BANK_HEAD = r"(?:[Gg]overnor|[Cc]hairman|[Cc]hairwoman|[Cc]hief|[Pp]resident|[Hh]ead|[Bb]oss)"
_CENTRAL_BANKER_BODY = (
    rf"\A(?P<who>[^\x00]*)\x00(?s:.*?)(?:\b{CENTRAL_BANK}(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}?"
    rf"{_BANK_HEAD}\s+WHO\b|\bWHO,\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?{_BANK_HEAD}\s+"
    rf"(?:of\s+(?:the\s+)?{CENTRAL_BANK}|at\s+the\s+{CENTRAL_BANK}))"
)
_CENTRAL_BANKER = re.compile(_CENTRAL_BANKER_BODY.replace("WHO", "(?P=who)"))
_CENTRAL_BANKER_TITLED = re.compile(
    _CENTRAL_BANKER_BODY.replace("WHO", r"(?:[A-Z][\w'’\-]+\s+){1,2}(?P=who)")
)
# the bank itself named as the actor ("the Federal Reserve has pushed through three rate
# rises", "the Bank of England said"): an independent central bank is no government
_CENTRAL_BANK_NAME = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+)?{CENTRAL_BANK}")


def central_banker(body: str, name: str, memo: dict[str, bool]) -> bool:
    """Whether the story introduces ``name`` as the head of a central bank."""
    if name not in memo and (
        " " not in name or not any(word in body for word in CENTRAL_BANK_WORDS)
    ):
        memo[name] = False
    if name in memo:
        return memo[name]
    text = _former_from(body, name, _BANK_MARKS)  # (from where a match may start)
    return _introduced_as(text, name, memo, (_CENTRAL_BANKER, _CENTRAL_BANKER_TITLED), None)


@lru_cache(maxsize=1024)
def state_outlet(name: str) -> bool:
    """Whether a speaker's whole name is a state outlet of the gazetteer ("Rodong Sinmun")."""
    return any(
        m.term.kind == "state-outlet" and m.start == 0 and m.end == len(name)
        for m in find_terms(name)
    )


def party_speaker(story: Story, officials: Container[str], name: str) -> tuple[str, str] | None:
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


REPORT_REACH = 300  # characters before a holder read for who reports it
REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told|tells|claimed|argued|argues|added|adds|alleged|alleges)\b"
)


# "According to Mr Sands, ...": the one named after it tells what follows
ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\s+")


def reported_by_other(body: str, s_start: int, start: int, reporters: MentionIndex) -> bool:
    """Whether a holder stands in what a person or organisation who holds no position reports
    ("In a book, Philippe Sands QC says Lord Goldsmith warned", "Liberal Democrat leader
    Charles Kennedy said some concessions had been offered by the government"): such a
    reporter is named before a reporting verb that comes before the holder."""
    s_start = max(s_start, start - REPORT_REACH)  # bounded: a run-on "sentence" stays linear
    according = ACCORDING_TO.search(body, s_start, start)
    if according is not None and reporters.holds_between(according.end(), according.end() + 8):
        # "According to Mr Sands, Lord Goldsmith had warned Tony Blair": his account
        return not official_words(body[according.end() : start])
    verb = REPORTED_BEFORE.search(body, s_start, start)
    if verb is None or not reporters.holds_between(s_start, verb.start()):
        return False
    # "Argentine Economic Minister, Roberto Lavagna, told", "one of Mr Bakrie's deputies, ...
    # told": an official the people finder did not place still reports for the government
    return not official_words(body[s_start : verb.start()])


# a sentence opening on "He" / "She" and a verb of saying ("He suggested keeping British
# troops in Iraq could cost another £1bn with the government also planning to spend ...")
PRONOUN_REPORTS = re.compile(
    r"[\s\"“‘']*(?:(?:But|And|Yet)\s+)?(?:He|She)\s+(?:(?:also|later|then|further|again)\s+)?"
    r"(?:said|says|told|suggested|suggests|argued|argues|claimed|claims|added|adds|alleged|"
    r"alleges|insisted|insists|warned|warns|pointed\s+out|predicted|complained|noted)\b"
)


def told_by_private_pronoun(
    body: str, s_start: int, start: int, people: MentionIndex, private: MentionIndex
) -> bool:
    """Whether the holder at ``start`` stands in what a "He" / "She" opening the sentence
    reports, when the last person named before the sentence speaks for no government (Lib Dem
    spokesman Vince Cable, then "He suggested ... with the government also planning to
    spend"): his account of the government, not the government's word."""
    said = PRONOUN_REPORTS.match(body, s_start)
    if said is None or said.end() > start:
        return False
    last = people.last_before(s_start)
    return last is not None and private.holds_between(last, last + 1)


def reporters_of(story: Story, officials: Container[str]) -> MentionIndex:
    """Mentions of the people and organisations who speak for no government (not officials,
    ministries or state outlets)."""
    return MentionIndex(
        start
        for a in story.actors
        if (a.kind == "person" and a.name not in officials)
        or (a.kind == "organisation" and not official_body(a.name))
        for start, _end in a.mentions
    )


def mentions_of(story: Story, kinds: tuple[str, ...], exclude: Container[str] = ()) -> MentionIndex:
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

    def last_before(self, hi: int) -> int | None:
        """The last mention that starts before ``hi``, or None."""
        at = bisect_left(self.starts, hi)
        return self.starts[at - 1] if at else None

    def holds_between(self, lo: int, hi: int) -> bool:
        """Whether a mention starts in ``[lo, hi)``."""
        at = bisect_left(self.starts, lo)
        return at < len(self.starts) and self.starts[at] < hi


def government_voice(
    body: str,
    country: str,
    start: int,
    end: int,
    stance: str,
    actor: str | None,
    memos: tuple[dict[str, bool], dict[str, bool]],
) -> bool:
    """Whether the statement ``body[start:end]`` of ``country`` (stating ``stance``, held by
    the person or institution ``actor`` when one is named) is a voice of its government:
    not a company's deal, not another person's words, not a former official's, an adviser's
    without office (:mod:`briefgen.analysis.no_voice`) or a central banker's, not a bloc the
    reporter lists, not a critic's, the media's or another government's officials' account.
    ``memos`` remember, per story, who is a former official and who a central banker."""
    if actor is None and stance != "neutral" and company_deal(body, body[start:end]):
        return False  # "Ukraine has agreed to pay 30% more" when Naftohaz signed the deal
    if actor and said_by_other(body[max(start, end - 120) : end], actor):
        return False  # '"Gordon Brown's decision ... was sensible", Mr Balls told the BBC'
    if actor and former(body, actor, memos[0]):
        return False  # "Formerly one of Mr Brown's closest Treasury aides, Ed Balls"
    if actor and adviser_without_office(body, actor):
        return False  # "Myron Ebell, an adviser on climate change to President Bush"
    text = body[start : min(end, start + 400)]
    if unnamed_advisers(text):
        return False  # "President Bush's advisers have repeatedly denied"
    if actor is None and '"' not in text and "“" not in text and bloc_summary(text, country):
        return False  # "The UK, France, Germany, Austria, the Netherlands and Sweden want"
    if (
        actor
        and ("Ban" in actor or "Fed" in actor or "Reserve" in actor or "ECB" in actor)
        and _CENTRAL_BANK_NAME.fullmatch(actor)
    ):
        return False  # "the Federal Reserve has pushed through three rate rises"
    if actor and central_banker(body, actor, memos[1]):
        return False  # "He also urged Congress ..." of "Federal Reserve chairman Alan Greenspan"
    # "Critics say ...", "BoE governor Mervyn King warned ..."
    return not no_government_voice(body[start : min(end, start + 200)], country)
