"""Partners: actors that share a stated position with its holder.

News text often gives one stance to several actors at once, and a statement then belongs to
each of them:

* coordinated subjects: "Britain, France and Germany urged Iran to ...";
* company: "France, along with Germany, urged ...", "Japan joined the United States in
  condemning ...";
* comparisons: "Seoul holds a similar stance with the U.S. in hoping for ...", "Like
  Washington, Seoul wants ...";
* agents that are not clause subjects: "was criticised by China's customs authority",
  "condemnation from Seoul, Washington and Tokyo", "with Hungary and Poland rejecting",
  and the other party of "agreed a draft with the IMF".

A comparison under a negation ("does not share the same view as Washington") or a contrast
("Unlike Washington") gives the other actor nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analysis.actor_verbs import stance_after
from briefgen.analysis.holders import Holder
from briefgen.analysis.stance_lexicon import HOLDER_NOUNS, SILENT

_MAX_GAP = 40  # the longest gap between two members of a list (", and his Spanish counterpart ")
_LIST_GAP = re.compile(r"\s*,\s*(?:the\s+)?")
# "Mr Straw and his Spanish counterpart Miguel Moratinos agreed"
_LAST_GAP = re.compile(
    r"\s*,?\s+and\s+(?:the\s+|(?:his|her|their)\s+(?:[A-Z][a-z]+\s+)?counterparts?,?\s+)?"
)
# "France, along with Germany, urged": the company between the holder and its verb
_COMPANY = re.compile(r",?\s+(?:along with|together with|as well as|alongside)\s+(?:the\s+)?")
# "Japan joined the United States in condemning", "Argentina followed the U.S. in announcing"
_JOINED = re.compile(
    r"\s+(?:(?:has|have|had|also|quickly|swiftly|later)\s+){0,2}(?:joined|followed)\s+(?:the\s+)?"
)
_JOINED_IN = re.compile(r"\.?\s+in\s+")  # "the U.S. in announcing"
# "a similar stance with the U.S.", "the same position as Washington", "shares the view of"
_SAME_AS = re.compile(
    r"\b(?:similar|same|shared|common|identical)\s+(?:stance|position|view|views|line|approach|"
    r"goal|aim|concern|concerns|positions|stances)\s+(?:with|to|as|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _may_compare(body: str, start: int, end: int) -> bool:
    """Whether ``_SAME_AS`` may match in ``body[start:end]``: False for an ASCII text with none
    of its first words in any case (a few substring tests, not a case fold per character)."""
    text = body[start:end]
    if not text.isascii():
        return True
    low = text.lower()
    return (
        "same" in low
        or "similar" in low
        or "shared" in low
        or "common" in low
        or "identical" in low
    )


_LIKE = re.compile(r"[\"“‘']?(?:(?:But|And|So),?\s+)?(?:Like|Just like)\s+(?:the\s+)?")
_NEGATION = re.compile(r"\b(?:not|never|no longer|differ|differs|differed|unlike)\b|n['’]t\b")


class CandidateIndex:
    """Every holder-like mention (subject or not) by start offset: the longest at each."""

    def __init__(self, holders: Sequence[Holder]) -> None:
        self.by_start: dict[int, Holder] = {}
        self.by_end: dict[int, Holder] = {}
        for holder in holders:
            known = self.by_start.get(holder.start)
            if known is None or holder.end > known.end:
                self.by_start[holder.start] = holder
            known = self.by_end.get(holder.end)
            if known is None or holder.start < known.start:
                self.by_end[holder.end] = holder

    def at(self, offset: int) -> Holder | None:
        """The mention starting at ``offset``."""
        return self.by_start.get(offset)

    def starting_after(self, offset: int) -> Holder | None:
        """The mention that starts closest after ``offset`` (within a short gap)."""
        for start in range(offset, offset + _MAX_GAP + 1):
            holder = self.by_start.get(start)
            if holder is not None:
                return holder
        return None

    def ending_before(self, offset: int) -> Holder | None:
        """The mention that ends closest before ``offset`` (within a short gap)."""
        for end in range(offset, max(-1, offset - _MAX_GAP - 1), -1):
            holder = self.by_end.get(end)
            if holder is not None:
                return holder
        return None


def coordinated(holder: Holder, body: str, candidates: CandidateIndex) -> list[Holder]:
    """The holders listed with ``holder`` as one subject: "A, B and C urged".

    The last link must be "and" ("A, B and C"); earlier links are commas. The list's first
    member must stand where a subject can ("talks between A, B and C" is no subject).
    """
    chain: list[Holder] = []
    gap = _LAST_GAP
    at = holder.start
    while True:
        before = candidates.ending_before(at)
        if before is None or not gap.fullmatch(body, before.end, at):
            break
        chain.append(before)
        at = before.start
        gap = _LIST_GAP
    if not chain or not (chain[-1].subject or _offices_of(body, chain[-1].start)):
        return []  # "talks between Russia, China and Japan": the list is an object
    return [h for h in reversed(chain) if h.country != holder.country]


# the offices of the states listed after them: "The Prime Ministers of Australia, Canada and
# New Zealand declared", "the foreign ministers of France and Germany condemned"
_OFFICES_OF = re.compile(
    r"(?:^|[.!?\n]\s*|,\s+)[Tt]he\s+(?:(?:[a-z]+\s+)?(?:[Mm]inisters|[Ss]ecretaries)|[Pp]rime\s+"
    r"[Mm]inisters|[Pp]residents|[Ll]eaders|[Gg]overnments|[Hh]eads\s+of\s+(?:[Ss]tate|"
    r"[Gg]overnment))\s+of\s+$"
)


def _offices_of(body: str, start: int) -> bool:
    """Whether a list's first state follows the offices it is the first of, opening a
    sentence or a clause ("The foreign ministers of France and Germany condemned")."""
    return _OFFICES_OF.search(body, max(0, start - 60), start) is not None


def listed_after(holder: Holder, body: str, candidates: CandidateIndex) -> list[Holder]:
    """The holders listed after ``holder``: "tabled by France and Germany" -> [Germany]."""
    out: list[Holder] = []
    current = holder
    while True:
        following = candidates.starting_after(current.end)
        if following is None or following.start <= current.end:
            break
        gap_is_last = _LAST_GAP.fullmatch(body, current.end, following.start)
        if not gap_is_last and not _LIST_GAP.fullmatch(body, current.end, following.start):
            break
        out.append(following)
        current = following
        if gap_is_last:
            break
    return [h for h in out if h.country != holder.country]


_PASSIVE_BY = re.compile(
    r"(?:\b(?:is|are|was|were|been|being)\s+|[,—–]\s*|\s-\s+)(?:[a-z]+ly\s+)?(?P<verb>[a-z]+(?:\s+[a-z]+)?)"
    r"\s+by\s+(?:the\s+)?$"
)
# a lower-case noun right after the mention makes it a modifier ("US lawmakers", "UK firms"),
# unless it is a government noun ("G7 finance ministers") or a following word of the clause
_MODIFIER = re.compile(
    r"\s+(?!(?:" + "|".join(sorted(HOLDER_NOUNS)) + r"|on|in|at|to|for|over|after|before|as|"
    r"and|or|but|with|from|last|this|earlier|during|which|who|that|of)\b)[a-z]+\b"
)
# "drawing swift condemnation from Seoul, Washington and Tokyo", "under pressure from the IMF"
# "demand from China's economy" is trade, not a demand; a plan or offer "from" is a source
# "the nuclear threat from China" is what China could do, not a warning it gave
_NOT_FROM = frozenset(
    ["demand", "demands", "plan", "plans", "offer", "bid", "call", "calls", "threat", "threats"]
)
_NOUN_FROM = re.compile(r"\b([a-z]+)\s+from\s+(?:the\s+)?$")
# a stance noun with its agent: "the offer by the British government to assist", "the refusal
# by Iran to suspend"; an attack "by" a country is a deed, not a stance, and "the rejection by
# France of the constitution" is its voters' (or a regulator's: "the rejection by the US of a pill")
_NOUN_BY = re.compile(r"\b(?:the|a|an|this|that|its|their)\s+([a-z]+)\s+by\s+(?:the\s+)?$")
_NOT_BY = frozenset(
    ["attack", "attacks", "offensive", "protest", "protests", "pressure", "rejection", "veto"]
)
_WITH_SUBJECT = re.compile(r"\bwith\s+(?:the\s+)?$")
_ING_VERB = re.compile(r"\s+(?:(?:again|still|also|now|already|firmly|openly)\s+)?([a-z]+ing)\b")


def may_act(body: str, holder: Holder) -> bool:
    """Whether a non-subject mention has one of the cues of :func:`agent_stance` right before
    it ("by", "from", "with"): most mentions have none, and cannot act."""
    window = body[max(0, holder.start - 14) : holder.start]
    return "by " in window or "from " in window or "with " in window


def agent_stance(
    body: str,
    holder: Holder,
    limit: int,
    verbs: dict[tuple[str, ...], str],
    candidates: CandidateIndex,
    nouns: dict[str, str] | None = None,
) -> tuple[str, int] | None:
    """(stance, where its clause starts) when a non-subject mention acts after all: the agent
    of a passive ("Japan was criticised by China's customs authority", "tabled by France")
    or the subject of "with" and an -ing verb ("with Hungary and Poland again rejecting")."""
    if not may_act(body, holder):
        return None
    passive = _PASSIVE_BY.search(body, max(0, holder.start - 60), holder.start)
    if passive and _MODIFIER.match(body, holder.end):
        return None  # "blamed by US lawmakers": the agent is the lawmakers, not the US
    if passive:
        words = tuple(passive.group("verb").split())
        stance = verbs.get(words) or verbs.get(words[-1:])
        if stance and stance not in ("neutral", SILENT):
            return stance, passive.start()
        return None
    nouns = nouns or {}
    source = _NOUN_FROM.search(body, max(0, holder.start - 40), holder.start)
    if (
        source
        and source.group(1) in nouns
        and source.group(1) not in _NOT_FROM
        and not _MODIFIER.match(body, holder.end)
        and body[holder.end : holder.end + 2] not in ("'s", "’s")
    ):
        return nouns[source.group(1)], source.start()  # "condemnation from Seoul"
    agent = _NOUN_BY.search(body, max(0, holder.start - 40), holder.start)
    if (
        agent
        and agent.group(1) in nouns
        and agent.group(1) not in _NOT_BY
        and not _MODIFIER.match(body, holder.end)
        and body[holder.end : holder.end + 2] not in ("'s", "’s")
    ):
        return nouns[agent.group(1)], agent.start()  # "the offer by the British government"
    if _WITH_SUBJECT.search(body, max(0, holder.start - 12), holder.start):
        end = holder.end
        for partner in listed_after(holder, body, candidates):
            end = max(end, partner.end)
        verb = _ING_VERB.match(body, end, limit)
        stance = verbs.get((verb.group(1),)) if verb else None
        if stance and stance not in ("neutral", SILENT):
            return stance, holder.start
    return None


def company(body: str, holder: Holder, verb_end: int, candidates: CandidateIndex) -> list[Holder]:
    """Partners named between a holder and its verb: "France, along with Germany, urged"."""
    match = _COMPANY.match(body, holder.end, verb_end)
    if not match:
        return []
    partner = candidates.at(match.end())
    return [partner] if partner is not None and partner.country != holder.country else []


def joined(
    body: str, holder: Holder, limit: int, candidates: CandidateIndex
) -> tuple[list[Holder], tuple[str, int, bool]] | None:
    """The partners and the stance of "Japan joined the United States in condemning the
    launch"; the partners may be a list ("joined Egypt and Qatar in calling for")."""
    match = _JOINED.match(body, holder.end, limit)
    if not match:
        return None
    partner = candidates.at(match.end())
    if partner is None:
        return None
    partners = [partner, *listed_after(partner, body, candidates)]
    into = _JOINED_IN.match(body, partners[-1].end, limit)
    if not into:
        return None
    found = stance_after(body, into.start(), limit, False)
    if found is None or found[0] == SILENT:
        return None  # ("followed the U.S. in announcing its withdrawal": both announced it)
    return [p for p in partners if p.country != holder.country], found


# "Turkey has agreed a draft proposal with the IMF", "signed a trade protocol with the US"
_AGREEMENT_VERB = re.compile(r"(?:agreed|agrees|signed|signs|reached|concluded|struck)$")
_WITH_PARTY = re.compile(r"[^,;:.!?\"“]{0,60}?\bwith\s+(?:the\s+)?")


def agreed_with(
    body: str, holder: Holder, verb_end: int, limit: int, candidates: CandidateIndex
) -> list[Holder]:
    """The other party of an agreement: "Turkey has agreed a draft with the IMF" -> [IMF]."""
    if not _AGREEMENT_VERB.search(body, max(0, verb_end - 12), verb_end):
        return []
    party = _WITH_PARTY.match(body, verb_end, limit)
    if not party:
        return []
    other = candidates.at(party.end())
    if other is None or other.country == holder.country or _MODIFIER.match(body, other.end):
        return []
    return [other, *listed_after(other, body, candidates)]


def compared(
    body: str, start: int, end: int, country: str, candidates: CandidateIndex
) -> list[Holder]:
    """Actors a statement says hold the same stance ("a similar stance with the U.S.")."""
    out = []
    for match in _SAME_AS.finditer(body, start, end) if _may_compare(body, start, end) else ():
        if _NEGATION.search(body, max(start, match.start() - 60), match.start()):
            break  # "does not share the same view as Washington"
        partner = candidates.at(match.end())
        if partner is not None and partner.country != country:
            out.append(partner)
    lead = _LIKE.match(body, start, end)
    if lead:
        partner = candidates.at(lead.end())
        if (
            partner is not None
            and partner.country != country
            and body[partner.end : partner.end + 1] == ","
        ):
            out.append(partner)
    return out
