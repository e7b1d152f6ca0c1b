"""Holders: the mentions in a story that can hold a country's position.

A holder is a person speaking in an official capacity (see ``officials``), a country (or its
capital, or "the North") standing for its government, a government institution, a state outlet,
an international body, a demonym with a government noun ("Chinese officials"), "the government"
of the story's home country, or "both sides" (the last two countries named). Holders in a
clause-subject position can state a position; the others (objects, complements) are kept as
candidates for ``partners`` ("joined the United States in condemning").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from briefgen.analysis.actors import SpanIndex, governs, story_context
from briefgen.analysis.ambiguous_places import state_not_country
from briefgen.analysis.document import WHITESPACE, word_before
from briefgen.analysis.gazetteer import TermMatch, find_terms, is_body
from briefgen.analysis.namewords import is_title_word, name_part_before
from briefgen.analysis.officials import (
    DEVOLVED,
    UNDER_LEADER,
    StoryOfficials,
    non_government,
    official_body,
    story_officials,
)
from briefgen.analysis.stance_lexicon import cues, stance_cues_file
from briefgen.analysis.unnamed_voices import antecedent_offices, unnamed_voices
from briefgen.model import Story

HOLDER_TERM_KINDS = frozenset(
    {"name", "display", "alias", "capital", "context", "institution", "state-outlet", "body"}
)


# a nickname in quotation marks and the surname after the name the people finder ended
# early: "Indonesian President Joko “Jokowi” Widodo ordered"
_NICKNAME_TAIL = re.compile(r"\s[“\"][A-Z][\w\-]*[”\"]\s+[A-Z][\w\-]+(?=[\s,])")


@dataclass(frozen=True)
class Holder:
    """One mention that can hold a position, with the country it speaks for."""

    start: int
    end: int
    country: str
    name: str
    kind: str
    verb_from: int | None = None  # where its verb is looked for, when not right after it
    subject: bool = True  # False: an object or complement, only ever a partner of a subject

    # plain constructor calls: dataclasses.replace costs several times more, once per mention
    def with_verb_from(self, verb_from: int) -> Holder:
        """This holder with its verb looked for from ``verb_from``."""
        return Holder(
            self.start, self.end, self.country, self.name, self.kind, verb_from, self.subject
        )

    def as_partner(self) -> Holder:
        """This holder as an object or complement: only ever a partner of a subject."""
        return Holder(
            self.start, self.end, self.country, self.name, self.kind, self.verb_from, False
        )


def find_holders(story: Story, officials: StoryOfficials | None = None) -> list[Holder]:
    """Mentions of actors that can hold a position, sorted by offset."""
    body = story.body
    officials = officials or story_officials(story)
    places_only = officials.places_only  # "England were criticised": a team, not a government
    home = officials.home
    matches = find_terms(body)
    out: list[Holder] = []
    for actor in story.actors:
        country = officials.countries.get(actor.name) if actor.kind == "person" else None
        if country is not None:
            for start, end in actor.mentions:
                # "Joko “Jokowi” Widodo ordered": the verb after the nickname and surname
                quoted = body[end + 1 : end + 2] in ("“", '"')
                nickname = _NICKNAME_TAIL.match(body, end) if quoted else None
                verb_from = nickname.end() if nickname else None
                out.append(Holder(start, end, country, actor.name, "person", verb_from))
    person_spans = SpanIndex((h.start, h.end) for h in out)
    context = story_context(matches)
    for match in matches:
        term = match.term
        if term.kind not in HOLDER_TERM_KINDS or len(term.codes) != 1:
            continue
        seat = _capital_after(body, match.end) if term.kind == "institution" else None
        if term.context and not set(term.context) & context and seat is None:
            continue  # ("the Foreign Office in Berlin" names its country whatever the story)
        if person_spans.holds(match.start):
            continue
        if term.kind in ("capital", "name", "display", "context") and (
            places_only
            or state_not_country(body, match.start, match.end)
            or not (
                governs(body, match)
                or _officials_in(body, match.start)
                or _stance_source(body, match.start)
            )
        ):
            continue
        if (
            term.kind == "institution"
            and " " not in term.text
            and name_part_before(body, match.start)  # one test with actors.governs
        ):
            continue  # "the Trade Unions Congress": part of another name
        if term.kind == "institution" and _NO_GOVERNMENT_VOICE.search(term.text):
            continue  # "The Commons has approved the measures": a vote, not a government voice;
            # "The Fed warned": a central bank, independent of the government
        code = term.codes[0]
        if term.kind == "institution":
            # "The Foreign Office in Berlin said": that capital's government, not London's
            code = seat or code
        name = term.text if term.kind in ("institution", "state-outlet") else code
        out.append(Holder(match.start, match.end, code, name, term.kind))
    if not places_only:
        out += _demonym_holders(body, matches, context, person_spans)
        out += pair_holders(body, out)
        out += generic_holders(body, home)
        out += [
            Holder(start, end, code, code, "generic")
            for start, end, code, _phrase in unnamed_voices(body, home, officials.countries)
        ]
        if any(needle in body for needle in _LED_BY):
            out += _chaired_bodies(story, officials.countries)
        if ("inistry" in body and ("he ministry" in body or "he Ministry" in body)) or (
            "mbassy" in body and ("he embassy" in body or "he Embassy" in body)
        ):
            # (one scan for each word first: most stories name neither)
            out = _named_office_referents(body, out)
        if "Commission spokes" in body and any(m.term.codes == ("EU",) for m in matches):
            # "A Commission spokesperson told reporters" in a story about the EU: its
            # executive's voice (a bare "Commission" is another body in other stories)
            out += [
                Holder(m.start(), m.end(), "EU", "European Commission", "institution")
                for m in _COMMISSION_SPOKESPERSON.finditer(body)
            ]
    kept = []
    for holder in out:
        if holder.kind != "person" and _former_official(body, holder):
            continue  # "a former senior EU trade official": no longer speaks for it
        if holder.kind == "person" and acted_on_before(
            body, max(0, holder.start - 60), holder.start
        ):
            # "Ukraine recently ousted long-serving leader Leonid Kuchma and has said it
            # wants ...": the person is the object of the verb before, not the one who says
            kept.append(holder.as_partner())
            continue
        if _open_clause_before(body, max(0, holder.start - 40), holder.start):
            # "declined to say whether the prime minister backed the plans", "if the US lifts
            # sanctions": a question or a supposition, not the holder's stance
            kept.append(holder.as_partner())
            continue
        relative = _RELATIVE.match(body, holder.end)
        if relative and (relative.group("pronoun") == "who") != (holder.kind == "person"):
            relative = None  # "people from outside the European Union who want": not the EU
        if relative and holder.verb_from is None:
            # "Indonesia, which originally accepted the offer, ...", "the UNSC resolution
            # 2397, which orders": the subject of "which"/"who" (read after its main verb)
            kept.append(holder.with_verb_from(relative.end()))
        if (
            subject_position(body, holder.start)
            or _says_after(body, holder)
            or (holder.kind in ("capital", "name", "display") and _officials_in(body, holder.start))
            or (
                holder.kind
                in ("capital", "name", "display", "alias", "body", "institution", "demonym")
                and _spokesman_for(body, holder.start)
            )
        ):
            kept.append(holder)
        elif not relative:  # an object ("joined the US in condemning"): a partner, never a subject
            kept.append(holder.as_partner())
    kept += _its_offices(story, kept, home)
    kept.sort(key=lambda h: (h.start, -h.end))
    return kept


def _its_offices(story: Story, kept: list[Holder], home: str | None) -> list[Holder]:
    """The "its" offices of the story ("Germany voted against. Its economy ministry said"),
    "The country" and, in a story of no ``home`` country, "the government": the country of
    the state or body opening their sentence or the one before."""
    body = story.body
    if (
        "its " not in body
        and "Its " not in body
        and "he countr" not in body
        and (home is not None or "he government" not in body)
    ):
        return []  # (a cheap test first: most stories have none)
    taken = {h.start for h in kept}
    openers = sorted((h.start, h.end, h.country, h.kind) for h in kept if h.subject)

    def organisations() -> list[int]:
        """Where the story names an organisation that speaks for no government."""
        return [
            start
            for actor in story.actors
            if actor.kind == "organisation" and not official_body(actor.name)
            for start, _end in actor.mentions
        ]

    out = []
    for start, end, code in antecedent_offices(
        body, story.sentences or [(0, len(body))], openers, organisations, home
    ):
        if start in taken:
            continue
        holder = Holder(start, end, code, code, "generic")
        out.append(holder if subject_position(body, start) else holder.as_partner())
    return out


# a reporting verb right after a mention: "a program Iran says it needs" (a contact relative:
# Iran is the one who says it, whatever noun stands before)
_SAYS_AFTER = re.compile(r"\s+(?:says|said|insists|insisted|claims|claimed)\s+(?:it|they)\s")


def _says_after(body: str, holder: Holder) -> bool:
    """Whether ``holder`` is the subject of a reporting verb right after it ("a program Iran
    says it needs"), not the object of a preposition ("a letter to Iran said it ...")."""
    if holder.kind not in ("capital", "name", "display") or not _SAYS_AFTER.match(body, holder.end):
        return False
    found = word_before(body, holder.start, _SUBJECT_GAP)
    return not (found and found[2].lower() in PREPOSITIONS)


# "the ministry", "the foreign ministry", "The Embassy says" (a capital for the bare office:
# "The Foreign Ministry" may be a named institution of its own)
_OFFICE_ANAPHOR = re.compile(
    r"\b[Tt]he\s+(?:(?:(?:foreign|defen[cs]e|interior|trade|finance|economy|health)\s+)?"
    r"(?:ministry|embassy)|Ministry|Embassy)\b(?!\s+(?:of|in|for)\b)"
)
_NAMED_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:[A-Za-z]+\s+){0,2}(?:[Mm]inistry|[Ee]mbassy)\b")
ANAPHOR_REACH = 1500  # characters back to the ministry or embassy "the ministry" points to


def _names_office(body: str, holder: Holder) -> bool:
    """Whether a holder names a ministry or an embassy ("Russia's Defense Ministry", "the
    Russian foreign ministry", "the State Department" is not one)."""
    if holder.kind in ("name", "display"):
        return _NAMED_OFFICE_AFTER.match(body, holder.end) is not None
    if holder.kind in ("demonym", "institution"):
        return _OFFICE_WORD.search(body, holder.start, holder.end) is not None
    return False


_OFFICE_WORD = re.compile(r"[Mm]inistry|[Ee]mbassy")
# "…, chaired by", "…, headed by", "…, led by": a body and the country at its head
_LED_BY = (", chaired by ", ", headed by ", ", led by ")


def _named_office_referents(body: str, holders: list[Holder]) -> list[Holder]:
    """ "The ministry added ...", "the embassy said": the country of the ministry or embassy
    last named before ("Russia's Defense Ministry on Sunday confirmed ... The ministry
    added"), in place of the story's home country; as before when none was named."""
    repeated = _repeated_ministries(body, holders) if "he Ministry of " in body else []
    named = sorted(
        [(h.start, h.country) for h in holders if _names_office(body, h)]
        + [(h.start, h.country) for h in repeated]
    )
    if not named:
        return holders
    starts = [start for start, _code in named]
    out = []
    again = {h.start for h in repeated}
    for holder in holders:
        if holder.kind == "generic" and (
            holder.start in again or _OFFICE_ANAPHOR.match(body, holder.start)
        ):
            continue  # re-read below
        out.append(holder)
    for match in _OFFICE_ANAPHOR.finditer(body):
        at = bisect_left(starts, match.start()) - 1
        if at >= 0 and match.start() - starts[at] <= ANAPHOR_REACH:
            code = named[at][1]
            out.append(Holder(match.start(), match.end(), code, code, "generic"))
        else:
            out += [h for h in holders if h.kind == "generic" and h.start == match.start()]
    return out + repeated


# a ministry named again without its country: "The Ministry of Foreign Affairs has condemned"
_REPEATED_MINISTRY = re.compile(
    r"\b[Tt]he\s+(Ministry\s+of\s+[A-Z][\w'’\-]*(?:\s+(?:and\s+)?[A-Z][\w'’\-]*){0,3})"
)


def _repeated_ministries(body: str, holders: list[Holder]) -> list[Holder]:
    """ "The Ministry of Foreign Affairs has condemned ...": the country of the same ministry
    named last before with its country ("Pakistan's Ministry of Foreign Affairs says ..."),
    however far back (the full name is no vague "the ministry"); none when it was never
    named with one."""
    owners = {h.end: h.country for h in holders if h.kind in ("name", "display", "demonym")}
    out = []
    for match in _REPEATED_MINISTRY.finditer(body):
        name = match.group(1)
        code = None
        at = body.rfind(name, 0, match.start())
        while at > 0 and code is None:
            before = body[max(0, at - 3) : at]
            for gap in ("'s ", "’s ", " "):
                if before.endswith(gap) and at - len(gap) in owners:
                    code = owners[at - len(gap)]
                    break
            at = body.rfind(name, 0, at)
        if code is not None:
            out.append(Holder(match.start(), match.end(), code, code, "generic"))
    return out


# a council or committee and its chair in commas: "The National Security Committee, chaired
# by Prime Minister Shehbaz Sharif, said"
_COUNCIL_HEAD = re.compile(r"\b(?:Committee|Council|Cabinet|Commission|Task Force)$")
_CHAIRED_BY = re.compile(
    r",\s+(?:chaired|headed|led)\s+by\s+(?:the\s+)?"
    r"([A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,6}),"
)
# the chair's office: a head of state or government, or a minister
_CHAIR_OFFICE = re.compile(
    r"(?:(?:Vice|Deputy)\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|"
    r"(?:[A-Z][a-z]+\s+){0,2}Minister)\s+"
)


def _chaired_bodies(story: Story, countries: dict[str, str]) -> list[Holder]:
    """A council or committee chaired by a head of government or minister who speaks for a
    country ("The National Security Committee, chaired by Prime Minister Shehbaz Sharif,
    said"): that country's body, at each mention the chair is named after; none for a chair
    with no country, another office, or a name the story's officials do not hold."""
    body = story.body
    out = []
    for actor in story.actors:
        if actor.kind != "organisation" or not _COUNCIL_HEAD.search(actor.name):
            continue
        for start, end in actor.mentions:
            chaired = _CHAIRED_BY.match(body, end)
            office = _CHAIR_OFFICE.match(chaired.group(1)) if chaired else None
            if office is None:
                continue
            name = chaired.group(1)[office.end() :].strip()  # the chair's name after the office
            code = countries.get(name)
            if code is not None:
                out.append(Holder(start, end, code, actor.name, "institution"))
    return out


_COMMISSION_SPOKESPERSON = re.compile(
    r"\b(?:[Aa]|[Tt]he)\s+Commission\s+spokes(?:man|woman|person)\b"
)


# legislatures vote; they are not the government's voice (issue 15: only heads of state or
# government, ministers, ministries, spokespeople, embassies and state media are)
_NO_GOVERNMENT_VOICE = re.compile(
    r"\b(?:Congress|Commons|Lords|Duma|Bundestag|Knesset|Parliament|Senate|Diet|Assembly|"
    r"Majlis|Rada|Sejm|Storting|Riksdag|Folketing|Oireachtas|Dail|Lok Sabha|Rajya Sabha|"
    r"Federal Reserve|Fed)\b"
)
# "whether the prime minister", "if Britain's government", "when Xi Jinping seeks a new
# term" (mid-sentence), "As Mr Brown announced the Budget date, ...", "unless the South
# offers": an open or a time clause, no stance
_OPEN_CLAUSE_BEFORE = re.compile(
    r"(?:\b(?:[Ww]hether|[Ii]f|when|As|After|Before|[Uu]nless|until)"
    # the content of a rumour or claim: "rejected speculation that Mr Brown was considering",
    # "denied reports that the government had agreed": no one's statement
    r"|\b(?:speculation|rumou?rs?|reports|suggestions?|allegations?|claims)\s+that)"
    r"\s+(?:(?:the|a|an)\s+)?(?:[A-Za-z]+\.?\s+)?$"
)
# the words ``_OPEN_CLAUSE_BEFORE`` opens with, or ends its opening with ("reports that")
_OPEN_CLAUSE_ENDS = (
    "whether", "Whether", "if", "If", "when", "As", "After", "Before", "unless", "Unless",
    "until", "that",
)  # fmt: skip


def _open_clause_before(body: str, lo: int, hi: int) -> bool:
    """``_OPEN_CLAUSE_BEFORE.search(body, lo, hi)``: an open or time clause ends right before
    ``hi``. After its opening word come at most two words, so that word ends one of the last
    three blank-separated words before ``hi``: tested first (most holders follow none)."""
    if not any(word.endswith(_OPEN_CLAUSE_ENDS) for word in body[lo:hi].rsplit(None, 3)[-3:]):
        return False
    return _OPEN_CLAUSE_BEFORE.search(body, lo, hi) is not None


# "a former senior EU trade official", "ex-US envoy": a past office, no voice of the state
# a verb acting on a person, then at most a determiner and title or adjective words before the
# name ("ousted long-serving leader", "met Chinese President", "replaced Prime Minister")
ACTED_ON_BEFORE = re.compile(
    r"\b(?:ousted|toppled|replaced|defeated|sacked|fired|dismissed|appointed|elected|succeeded|"
    r"met|meets|meeting|visited|thanked|praised|welcomed|criticised|criticized|accused|urged|"
    r"invited|phoned|telephoned|congratulated|received|hosted)\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:(?:[A-Z][a-z]+|[a-z]+-[a-z]+|[a-z]+)\s+){0,3}$"
)
_ACTING_VERBS = frozenset(
    [
        "ousted",
        "toppled",
        "replaced",
        "defeated",
        "sacked",
        "fired",
        "dismissed",
        "appointed",
        "elected",
        "succeeded",
        "met",
        "meets",
        "meeting",
        "visited",
        "thanked",
        "praised",
        "welcomed",
        "criticised",
        "criticized",
        "accused",
        "urged",
        "invited",
        "phoned",
        "telephoned",
        "congratulated",
        "received",
        "hosted",
    ]
)


def acted_on_before(body: str, lo: int, hi: int) -> bool:
    """Whether ``body[lo:hi]`` ends on a verb acting on a person and at most a determiner and
    three title or adjective words ("ousted long-serving leader "): the name after is its
    object (a set lookup of the last words first: most mentions follow no such verb)."""
    if not _ACTING_VERBS.intersection(body[lo:hi].split()[-5:]):
        return False
    return ACTED_ON_BEFORE.search(body, lo, hi) is not None


_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Rr]etired)\s*(?:[a-z]+\s+){0,2}$")
# offices beside the official titles of stance_cues.toml [speakers] (plurals, advisers)
_MORE_OFFICES = [
    "officials?",
    "ministers?",
    "ambassadors?",
    "diplomats?",
    "envoys?",
    "negotiators?",
    "spokes(?:man|woman|person)",
    "advis[eo]rs?",
    "commissioners?",
]


@cache
def _office_after() -> re.Pattern[str]:
    """An office right after a mention, at most two words on ("EU trade official", "US
    president"): the official titles the speakers test uses, and the forms above."""
    titles = stance_cues_file()["speakers"]["official_titles"]
    offices = [re.escape(t) for t in sorted(titles, key=len, reverse=True)] + _MORE_OFFICES
    return re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:" + "|".join(offices) + r")\b", re.IGNORECASE)


def _former_official(body: str, holder: Holder) -> bool:
    """Whether the mention names the office of a former official ("a former EU official", "a
    former US president")."""
    before = body[max(0, holder.start - 30) : holder.start]
    if "ormer" not in before and "x-" not in before and "etired" not in before:
        # "the US national security adviser under President Reagan": an office held under a
        # leader is a past one (officials.UNDER_LEADER)
        if "under " not in body[holder.end : holder.end + 60]:
            return False  # (substring tests first: the patterns need one of them)
        office = _office_after().match(body, holder.end)
        return office is not None and UNDER_LEADER.match(body, office.end() + 1) is not None
    return bool(_FORMER_BEFORE.search(before)) and bool(_office_after().match(body, holder.end))


# "Officials in Tokyo said", "the foreign ministry in Beijing said": the host government
# (not "US officials in Baghdad", never "the US embassy in Beijing")
_OFFICIALS_IN = re.compile(
    r"(?:^|[.!?;:\n\"“]\s*|\b(?:[Tt]he|[Aa]nd|[Bb]ut|that|while|as)\s+)"
    r"(?:(?:[Ss]enior\s+|[Gg]overnment\s+|[Mm]ilitary\s+)?[Oo]fficials|[Pp]olicy\s?makers|"
    r"(?:[Ff]oreign\s+)?[Mm]inistry|[Gg]overnment)\s+in\s+(?:the\s+)?$"
)


# "the government", "the new government", "the authorities", "ministers", "officials": the
# story's own government, when one country dominates it
# the noun first (one cheap scan), then "the" and at most one adjective before it
_GOVERNMENT_BODIES = (
    "government",
    "administration",
    "authorities",
    "ministry",
    "cabinet",
    # named without their country: the home country's ("the Department of Foreign Affairs
    # raised concern" in a Canadian story)
    "Foreign Ministry",
    "Ministry of Foreign Affairs",
    "Department of Foreign Affairs",
    "Foreign Affairs Ministry",
)
_GENERIC_NOUNS = (*_GOVERNMENT_BODIES, "Ministers", "ministers", "Officials", "officials")
# what may follow the noun (not "the government of", "officials from")
_GENERIC_AFTER = re.compile(
    r"\b(?!\s+(?:of|from|at|in|for|with|secretary|minister|office|member|members)\b)"
)
_WORD_CHAR = re.compile(r"\w")


def _generic_nouns(body: str) -> list[tuple[int, int, str]]:
    """(start, end, noun) of each government noun of ``body`` standing as a word, in text
    order. A ``str.find`` scan per noun: a regex alternation of the nouns tries every "a",
    "c", "g", "m" and "o" of the text and costs several times more."""
    found = []
    for noun in _GENERIC_NOUNS:
        at = body.find(noun)
        while at >= 0:
            end = at + len(noun)
            if _word_start(body, at) and _GENERIC_AFTER.match(body, end):
                found.append((at, end, noun))
            at = body.find(noun, at + 1)
    found.sort()
    return found


def _word_start(body: str, at: int) -> bool:
    """Whether a word starts at ``at``: what a leading ``\\b`` tests before a letter."""
    return at == 0 or _WORD_CHAR.match(body, at - 1) is None


# (a devolved, regional or local government is not the state's: "says the assembly government")
_THE_BEFORE = re.compile(
    r"\b[Tt]he (?!former |ex-|shadow |previous |opposition |assembly |state |provincial |"
    r"regional |local |city |county |municipal |devolved |student )(?:[a-z]+ )?$"
)
# "In Kyiv, the foreign ministry regretted": the capital names whose government it is
_IN_CAPITAL = re.compile(r"\bIn\s+([A-Z][\w\-]+),\s+$")


_IN_PLACE = re.compile(r"\s+in\s+([A-Z][\w\-]+)")


def _capital_after(body: str, end: int) -> str | None:
    """The country of a capital named right after ``end`` ("Foreign Office in Berlin")."""
    found = _IN_PLACE.match(body, end)
    return capital_code(found.group(1)) if found else None


def _capital_country(body: str, start: int) -> str | None:
    """The country of the capital a sentence opens with ("In Kyiv, the foreign ministry")."""
    found = _IN_CAPITAL.search(body, max(0, start - 30), start)
    return capital_code(found.group(1)) if found else None


def capital_code(word: str) -> str | None:
    """The country whose capital ``word`` is, or None."""
    for match in find_terms(word):
        if match.term.kind == "capital" and len(match.term.codes) == 1:
            return match.term.codes[0]
    return None


def generic_holders(body: str, country: str | None) -> list[Holder]:
    """Mentions of a government without its country ("the government has said"): the story's
    home country, or the capital the sentence opens with ("In Kyiv, the foreign ministry")."""
    out = []
    if country is None and "In " not in body:
        return out  # no home country and no "In Kyiv, the ..."
    for noun_start, end, noun in _generic_nouns(body):
        start = noun_start
        government_body = noun in _GOVERNMENT_BODIES
        if government_body:
            the = _THE_BEFORE.search(body, max(0, start - 24), start)
            if the is None:
                continue  # "a government", "Labour government": not the government itself
            start = the.start()
        before = body[max(0, noun_start - 2) : noun_start]
        if not government_body and re.search(r"[A-Za-z]\s$", before):
            # "Chinese officials", "senior officials": a qualifier the other rules read
            found = word_before(body, noun_start, WHITESPACE)
            word = found[2] if found else ""
            if word and (word[:1].isupper() or word.lower() not in SUBJECT_LEFT):
                continue
        code = _capital_country(body, start) or country
        if code is not None:
            out.append(Holder(start, end, code, code, "generic"))
    return out


# "both sides agreed", "the two countries signed" (not "both sides of the House")
# plain alternatives without a leading \b let the regex engine skip to their first letters
# (several times faster), so the word boundary before is checked by _word_start
_PAIR = re.compile(
    r"(?:Both|both|The two|the two)\s+"
    r"(?:sides|countries|nations|governments|neighbours|neighbors)\b(?!\s+of\b)"
)
PAIR_WINDOW = 800  # characters back to look for the pair's two members


def pair_holders(body: str, holders: list[Holder]) -> list[Holder]:
    """The last two distinct countries named before "both sides" / "the two countries".

    Nothing when fewer than two countries or bodies were named in the window before.
    """
    if "oth " not in body and "two " not in body:
        return []  # most stories: no "both"/"the two" at all, skip the scan
    if len({h.country for h in holders}) < 2:
        return []  # a pair needs two holders of different countries
    ordered = sorted(holders, key=lambda h: h.start)
    starts = [h.start for h in ordered]
    out = []
    for match in _PAIR.finditer(body):
        if not _word_start(body, match.start()):
            continue
        at = bisect_left(starts, match.start())
        recent: list[Holder] = []
        while at > 0 and len(recent) < 2:
            at -= 1
            holder = ordered[at]
            if holder.start < match.start() - PAIR_WINDOW:
                break
            if holder.kind == "pair" or any(h.country == holder.country for h in recent):
                continue
            if is_body(holder.country) and not match.group(0).endswith("sides"):
                continue  # "both countries": OPEC is no country; "both sides" may be the EU
            recent.append(holder)
        if len(recent) == 2:
            for member in reversed(recent):
                out.append(
                    Holder(match.start(), match.end(), member.country, member.country, "pair")
                )
    return out


# "A spokesman for the U.N. secretary-general said", "a representative of Japan said"
_SPOKESMAN_FOR = re.compile(
    r"(?:^|[.!?;:,\n\"“]\s*|\b(?:[Tt]he|[Aa]nd|[Bb]ut|that|while|as)\s+|\b[Aa]n?\s+)"
    r"(?:[Ss]pokes(?:man|woman|person|men|women|people)|[Rr]epresentatives?|[Ee]nvoys?|"
    r"[Aa]mbassadors?)\s+"
    r"(?:for|of|from)\s+(?:the\s+)?$"
)


def _spokesman_for(body: str, start: int) -> bool:
    """Whether a mention at ``start`` follows "a spokesman for (the)" and the like."""
    if not _ends_with(body, start, 40, ("for", "of", "from", "the")):
        return False  # (a cheap test of the pattern's last word before the regex)
    return _SPOKESMAN_FOR.search(body, max(0, start - 40), start) is not None


def _ends_with(body: str, start: int, window: int, words: tuple[str, ...]) -> bool:
    """Whether the ``window`` characters before ``start``, trailing whitespace aside, end
    with one of ``words``: needed for a pattern ending ``(?:words)\\s+$`` to match there."""
    return body[max(0, start - window) : start].rstrip().endswith(words)


_FROM_BEFORE = re.compile(r"\b([a-z]+)\s+from\s+(?:the\s+)?(?:[A-Z][\w.]*,?\s+(?:and\s+)?){0,3}$")


def _stance_source(body: str, start: int) -> bool:
    """Whether a place name at ``start`` is where a stance came from ("condemnation from
    Seoul, Washington and Tokyo"), not a place ("flights from Seoul")."""
    if "from" not in body[max(0, start - 60) : start]:
        return False  # (a cheap test before the regex)
    found = _FROM_BEFORE.search(body, max(0, start - 60), start)
    return found is not None and found.group(1) in cues().nouns


def _officials_in(body: str, start: int) -> bool:
    """Whether a place name at ``start`` follows "officials in" (its officials speak)."""
    if not _ends_with(body, start, 40, ("in", "the")):
        return False  # (a cheap test of the pattern's last word before the regex)
    return _OFFICIALS_IN.search(body, max(0, start - 40), start) is not None


_DEMONYM_GAP = re.compile(r"\s*,\s*|\s*,?\s+and\s+")


def _demonym_holders(
    body: str, matches: list[TermMatch], context: frozenset[str], person_spans: SpanIndex
) -> list[Holder]:
    """Demonym holders: "The North Korean administration wants", "Chinese officials said",
    and coordinated ones: "The Danish and German governments are challenging" (both)."""
    demonyms = [
        m
        for m in matches
        if m.term.kind == "demonym"
        and len(m.term.codes) == 1
        and not person_spans.holds(m.start)
        and not (m.term.context and not set(m.term.context) & context)
        # a devolved nation's government is not the state's ("the Scottish government")
        and not DEVOLVED.fullmatch(body, m.start, m.end)
    ]
    demonyms.sort(key=lambda m: m.start)
    noun_end: dict[int, int] = {}  # demonym start -> end of the government noun it heads
    out = []
    for index in range(len(demonyms) - 1, -1, -1):
        match = demonyms[index]
        noun = _DEMONYM_HOLDER.match(body, match.end)
        verb_from = None
        if noun:
            noun_end[match.start] = noun.end()
        elif index + 1 < len(demonyms):
            following = demonyms[index + 1]
            if following.start in noun_end and _DEMONYM_GAP.fullmatch(
                body, match.end, following.start
            ):
                noun_end[match.start] = verb_from = noun_end[following.start]
        if match.start not in noun_end or non_government(_phrase_before(body, match.start)):
            continue
        code = match.term.codes[0]
        end = match.end if verb_from is not None else noun_end[match.start]
        out.append(Holder(match.start, end, code, code, "demonym", verb_from))
    return out


def _phrase_before(body: str, start: int) -> str:
    """The words before ``start`` back to the last punctuation: "The former ... and Irish"."""
    window = body[max(0, start - 80) : start]
    cut = max(window.rfind(mark) for mark in ',.;:!?\n"“”()')
    return window[cut + 1 :]


_DEMONYM_HOLDER = re.compile(
    r" (?:governments?|administration|authorities|officials?|leadership|leaders?|regime|"
    # "Israeli diplomatic officials said" (not "Israeli hospital officials")
    r"(?:diplomatic|government|foreign|defen[cs]e|military|security|senior|top|ministry|"
    r"embassy|intelligence|trade|finance) officials?|"
    r"delegation|negotiators?|diplomats|envoys?|ambassadors?|president|premier|chancellor|"
    r"spokes(?:man|woman|person)|embassy|mission|military|army|navy|"
    # "The Turkish Foreign Ministry", "The Indian external affairs ministry"
    r"(?:[A-Za-z]+ ){0,2}(?:[Mm]inistry|ministers?|[Ss]ecretary))\b"
)
SUBJECT_LEFT = frozenset(
    [
        "the",
        "and",
        "but",
        "that",
        "while",
        "as",
        "when",
        "because",
        "although",
        "though",
        "since",
        "after",
        "before",
        "if",
        "then",
        "meanwhile",
        "however",
        "whereas",
        "so",
        "also",
        "now",
        "yet",
        "whether",
        "where",
        "both",
        "said",
        "says",
        "added",
        "adding",
        "until",
        "once",
        "or",
        "nor",
        "which",
        "who",
        "whom",
        "whose",
        "thus",
        "instead",
        "indeed",
        "only",
        "even",
        "either",
        "neither",
    ]
)


_RELATIVE = re.compile(r"(?:\s+resolutions?\s+(?:No\.?\s*)?\d+)?,?\s+(?P<pronoun>which|who)(?=\s)")


# what may stand between a subject and the word before it: spaces and opening quote marks
_SUBJECT_GAP = WHITESPACE + "\"'“‘"


def subject_position(body: str, start: int) -> bool:
    """Whether an actor mention at ``start`` can be a clause subject, not an object.

    "help Taiwan defend itself" and "talks with Iran" are not Taiwan's or Iran's positions:
    the word before a subject is punctuation, a capitalised word (a title or name), a title
    word, or a conjunction/determiner such as "and", "that", "the".
    """
    head = body[max(0, start - 40) : start].rstrip(" \t\"'“‘")
    if not head or head[-1] in ".!?;:,()\n—–-[":
        return True
    found = word_before(body, start, _SUBJECT_GAP)
    if not found:
        return True
    at, _, word = found
    if word in _INDEFINITE and _NOUN_AFTER.match(body, _mention_end(body, start)):
        return False  # "despite an EU demand for Turkey": a noun's modifier, no subject
    if word.lower() in DETERMINERS:  # "chiefs in the US have vowed": look past "the"
        prior = word_before(body, at, WHITESPACE)
        return not (prior and prior[2].lower() in PREPOSITIONS)
    low = word.lower()
    if low in _ROLE_BEFORE_STATE:
        # "Summit host Qatar welcomed": a role noun before the state's name, after a name or
        # at the sentence's start, is the state's description, not a verb's object
        prior = word_before(body, at, _SUBJECT_GAP)
        return prior is None or prior[2][:1].isupper()
    return (
        word[:1].isupper()
        or low in SUBJECT_LEFT
        or (is_title_word(low) and low not in PREPOSITIONS)
    )


_ROLE_BEFORE_STATE = frozenset(["host", "co-host", "neighbour", "neighbor", "ally", "rival"])
# "an EU demand for Turkey to recognise Cyprus", "a US push for sanctions", "a UK plan to":
# after an indefinite article a country names whose stance noun follows, the reporter's noun
# phrase, not a subject and its verb (reviewers, rounds 21 and 22)
_INDEFINITE = frozenset(["a", "an", "A", "An"])
_NOUN_AFTER = re.compile(
    r"\s+(?:demand|call|plan|proposal|offer|request|bid|push|threat|warning|decision|move|"
    r"pledge|promise|appeal|ban|veto|refusal|effort|attempt|initiative)s?\b"
)
_MENTION_WORD = re.compile(r"[\w.\-’']*")


def _mention_end(body: str, start: int) -> int:
    """Where the one- or two-word country name at ``start`` ends, roughly ("EU", "UK")."""
    return _MENTION_WORD.match(body, start).end()


DETERMINERS = frozenset(["the", "a", "an"])
PREPOSITIONS = frozenset(
    ["in", "of", "with", "to", "from", "for", "on", "at", "by", "against", "into", "between"]
)
