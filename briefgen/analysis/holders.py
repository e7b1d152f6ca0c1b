"""Holders: the mentions in a story that can hold a country's position.

A holder is a person speaking in an official capacity, a country (or its capital, or "the
North") standing for its government, a government institution, a state outlet or an
international body, in a clause-subject position.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from briefgen.analysis.actors import TITLE_WORDS, SpanIndex, governs, story_context, title_before
from briefgen.analysis.gazetteer import TermMatch, find_terms, is_body, person_info
from briefgen.analysis.stances import cues
from briefgen.model import Actor, Story

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

HOLDER_TERM_KINDS = frozenset(
    {"name", "display", "alias", "capital", "context", "institution", "state-outlet", "body"}
)


@dataclass(frozen=True)
class Holder:
    start: int
    end: int
    country: str
    name: str
    kind: str
    verb_from: int | None = None  # where its verb is looked for, when not right after it
    subject: bool = True  # False: an object or complement, only ever a partner of a subject


NON_GOVERNMENT = re.compile(
    r"\b(?:former|ex|shadow|opposition|leader of the opposition|conservative leader|tory leader|"
    r"liberal democrats?|lib dems?|tory|tories|veritas|ukip|candidate|challenger|rebel|"
    r"party chairman|first minister|"
    r"co-chairman|campaigner|activist|academic|analyst|economist|professor)\b",
    re.IGNORECASE,
)


_APPOSITION_AFTER = re.compile(r",\s+((?:the|an?|his|her|its)\s[^,;:.!?\n]{2,80}),")


@cache
def _official_title() -> re.Pattern[str]:
    with (DATA_DIR / "stance_cues.toml").open("rb") as fh:
        titles = tomllib.load(fh)["speakers"]["official_titles"]
    words = sorted((re.escape(t) for t in titles), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


_GOVERNMENT_BODY = re.compile(
    r"\b(?:embassy|ministry|government|department of|foreign office|state department)\b",
    re.IGNORECASE,
)


def official_body(name: str) -> bool:
    """Whether an organisation speaker speaks for a state: an institution, a state outlet, a
    government body, or the country itself; a broadcaster, company or charity does not."""
    if _GOVERNMENT_BODY.search(name) or _official_title().search(name):
        return True
    return any(
        match.term.kind in ("institution", "state-outlet", "body", "name", "display", "capital")
        and match.start == 0
        and match.end == len(name)
        for match in find_terms(name)
    )


def speaks_for_country(actor: Actor, story: Story) -> bool:
    """Whether a person speaks for a government: an official, not a national or an opponent.

    Needs positive evidence (a government title in the text or an office in the gazetteer), so
    a coach, player or chief executive never gives their country a position.
    """
    titles = person_titles(actor, story)
    if any(NON_GOVERNMENT.search(title) for title in titles):  # "Tory leader Michael Howard"
        return False
    info = person_info(actor.name, story.published)
    if info is not None and info.name:  # a known office holder (office unknown when undated)
        return not (info.office and NON_GOVERNMENT.search(info.office))
    official = _official_title()
    return any(official.search(title) or _institution_in(title) for title in titles)


# Offices that give an official whose country the text omits the story's home country. A
# ministerial office may follow portfolio words ("Agriculture Minister", "Deputy Foreign
# Minister"); the others must stand alone ("President Castro", "the country's vice president"),
# not after or before an organisation ("Real Madrid president", "the president of the Family
# Justice Division"). Commissioners, attorneys general and officials are left out: too many
# are not national.
_MINISTERIAL = re.compile(r"\b(?:minister|secretary|ambassador|envoy)\b", re.IGNORECASE)
_HEAD_OFFICE = re.compile(
    r"\b(?:vice[ -])?(?:president|premier|chancellor|king|queen|supreme leader|head of state)\b",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’\-]*")
_POLITY_BEFORE = re.compile(r"\b(?:country|nation|state)['’]s\s+$")
_OF_ORGANISATION = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def government_title(actor: Actor, story: Story) -> bool:
    """Whether a person's title phrases name a national government office outright: the
    evidence needed to give an official whose country the text omits the story's home
    country. One organisational title ("Ifo president") is enough to refuse."""
    if not speaks_for_country(actor, story):
        return False
    found = False
    for title in person_titles(actor, story):
        if _MINISTERIAL.search(title):
            found = True
            continue
        office = _HEAD_OFFICE.search(title)
        if office is None:
            continue
        if not (office.group(0)[:1].isupper() or _POLITY_BEFORE.search(title, 0, office.start())):
            continue  # "company president Lee Scott": lower case, no country's
        head = _CAPITALISED.findall(title[: office.start()])
        if _OF_ORGANISATION.match(title, office.end()) or not all(
            word.lower() in TITLE_WORDS or word in ("The", "Vice", "Deputy") for word in head
        ):
            return False
        found = True
    return found


def person_titles(actor: Actor, story: Story) -> list[str]:
    """The title phrases a person carries in the text: before a mention, inside it, in an
    appositive after it, and the actor's recorded title."""
    titles = [title_before(story.body, start) for start, _end in actor.mentions[:3]]
    # a mention may carry its own title: "US Treasury Under-Secretary John Taylor" (the
    # name's own words are no title: "Ms King" is not a king)
    name_words = set(actor.name.split())
    for start, end in actor.mentions[:3]:
        words = [w for w in story.body[start:end].split() if w not in name_words]
        titles.append(" ".join(words))
    for _start, end in actor.mentions[:3]:  # "Myron Ebell, an adviser on climate change to ..."
        after = _APPOSITION_AFTER.match(story.body, end)
        if after:
            titles.append(after.group(1))
    if actor.title:
        titles.append(actor.title)
    return titles


@lru_cache(maxsize=4096)
def _institution_in(title: str) -> bool:
    """Whether a title names a government institution ("Kremlin spokesman")."""
    return any(match.term.kind == "institution" for match in find_terms(title))


@cache
def _domain_lexicon() -> tuple[frozenset[str], frozenset[str], int, int]:
    with (DATA_DIR / "stance_cues.toml").open("rb") as fh:
        raw = tomllib.load(fh)["domains"]
    return (
        frozenset(w.lower() for w in raw["non_political"]),
        frozenset(w.lower() for w in raw["political"]),
        int(raw["min_hits"]),
        int(raw["max_political"]),
    )


_LOWER_WORD = re.compile(r"[a-z][a-z\-]*")


def is_non_political(body: str) -> bool:
    """True for a sports or arts story, where country names mostly stand for teams or contenders."""
    non_political, political, min_hits, max_political = _domain_lexicon()
    tokens = _LOWER_WORD.findall(body.lower())
    words = set(tokens)
    joined: list[str] = []  # built only when a two-word cue's first word occurs

    def adjacent(pair: str) -> bool:
        # tokens have no spaces, so " a b " occurs in the space-joined tokens exactly when a
        # and b are adjacent tokens
        if not joined:
            joined.append(f" {' '.join(tokens)} ")
        return f" {pair} " in joined[0]

    def hits(lexicon: frozenset[str]) -> int:
        singles = len(words & lexicon)
        pairs = (w for w in _pairs(lexicon) if w.split(" ", 1)[0] in words)
        return singles + sum(1 for w in pairs if adjacent(w))

    return hits(non_political) >= min_hits and hits(political) < max_political


@lru_cache(maxsize=8)
def _pairs(lexicon: frozenset[str]) -> tuple[str, ...]:
    """The two-word entries of ``lexicon`` (one space between two ``_LOWER_WORD`` tokens)."""
    out = []
    for w in sorted(lexicon):
        parts = w.split(" ")
        if len(parts) == 2 and all(_LOWER_WORD.fullmatch(x) for x in parts):
            out.append(w)
    return tuple(out)


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
                out.append(Holder(start, end, country, actor.name, "person"))
    person_spans = SpanIndex((h.start, h.end) for h in out)
    context = story_context(matches)
    for match in matches:
        term = match.term
        if term.kind not in HOLDER_TERM_KINDS or len(term.codes) != 1:
            continue
        if term.context and not set(term.context) & context:
            continue
        if person_spans.holds(match.start):
            continue
        if term.kind in ("capital", "name", "display", "context") and (
            places_only
            or not (
                governs(body, match)
                or _officials_in(body, match.start)
                or _stance_source(body, match.start)
            )
        ):
            continue
        if term.kind == "institution" and " " not in term.text and _name_part(body, match.start):
            continue  # "the Trade Unions Congress": part of another name
        code = term.codes[0]
        if term.kind == "institution":
            # "The Foreign Office in Berlin said": that capital's government, not London's
            code = _capital_after(body, match.end) or code
        name = term.text if term.kind in ("institution", "state-outlet") else code
        out.append(Holder(match.start, match.end, code, name, term.kind))
    if not places_only:
        out += _demonym_holders(body, matches, context, person_spans)
        out += pair_holders(body, out)
        out += generic_holders(body, home)
    kept = []
    for holder in out:
        relative = _RELATIVE.match(body, holder.end)
        if relative and (relative.group("pronoun") == "who") != (holder.kind == "person"):
            relative = None  # "people from outside the European Union who want": not the EU
        if relative and holder.verb_from is None:
            # "Indonesia, which originally accepted the offer, ...", "the UNSC resolution
            # 2397, which orders": the subject of "which"/"who" (read after its main verb)
            kept.append(replace(holder, verb_from=relative.end()))
        if (
            subject_position(body, holder.start)
            or (holder.kind in ("capital", "name", "display") and _officials_in(body, holder.start))
            or (
                holder.kind
                in ("capital", "name", "display", "alias", "body", "institution", "demonym")
                and _SPOKESMAN_FOR.search(body, max(0, holder.start - 40), holder.start)
            )
        ):
            kept.append(holder)
        elif not relative:  # an object ("joined the US in condemning"): a partner, never a subject
            kept.append(replace(holder, subject=False))
    kept.sort(key=lambda h: (h.start, -h.end))
    return kept


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
_GENERIC = re.compile(
    r"\b(?:(?P<body>government|administration|authorities|ministry|cabinet)|[Mm]inisters|[Oo]fficials)"
    r"\b(?!\s+(?:of|from|at|in|for|with|secretary|minister|office|member|members)\b)"
)
_THE_BEFORE = re.compile(r"\b[Tt]he (?!former |ex-|shadow |previous |opposition )(?:[a-z]+ )?$")
_HOME_KINDS = frozenset(["name", "display", "capital", "demonym", "institution"])
HOME_SHARE = 0.6  # the dominant country's share of the story's country mentions


@dataclass(frozen=True)
class StoryOfficials:
    """Who speaks for a government in one story, worked out once per story."""

    home: str | None  # the country "the government" means, if one dominates the story
    countries: dict[str, str]  # person name -> the country they speak for
    places_only: bool  # a sports or arts story: country names are teams, not governments


def story_officials(story: Story) -> StoryOfficials:
    """The story's officials: people with a country and an official capacity, and officials
    whose country the text omits ("Planning Minister Julio De Vido" in an Argentine story),
    given the story's home country."""
    places_only = is_non_political(story.body)
    speaking = {
        a.name: a.country
        for a in story.actors
        if a.kind == "person" and a.country and speaks_for_country(a, story)
    }
    home = None if places_only else story_government(story, find_terms(story.body), speaking)
    countries = dict(speaking)
    if home is not None:
        for actor in story.actors:
            if actor.kind == "person" and not actor.country and government_title(actor, story):
                countries[actor.name] = home
    return StoryOfficials(home, countries, places_only)


def story_government(
    story: Story, matches: list[TermMatch], speaking: dict[str, str]
) -> str | None:
    """The country whose government "the government" means: the one that dominates the
    story's mentions of countries and their officials (at least HOME_SHARE of them, twice or
    more), else None."""
    counts: dict[str, int] = {}
    for match in matches:
        term = match.term
        if term.kind not in _HOME_KINDS or len(term.codes) != 1 or is_body(term.codes[0]):
            continue
        counts[term.codes[0]] = counts.get(term.codes[0], 0) + 1
    for actor in story.actors:
        if actor.name in speaking and actor.kind == "person":
            counts[speaking[actor.name]] = counts.get(speaking[actor.name], 0) + len(actor.mentions)
    if not counts:
        return None
    best = max(sorted(counts), key=lambda code: counts[code])
    total = sum(counts.values())
    if counts[best] < 2 or counts[best] < HOME_SHARE * total:
        return None
    return best


# "In Kyiv, the foreign ministry regretted": the capital names whose government it is
_IN_CAPITAL = re.compile(r"\bIn\s+([A-Z][\w\-]+),\s+$")


_IN_PLACE = re.compile(r"\s+in\s+([A-Z][\w\-]+)")


def _capital_after(body: str, end: int) -> str | None:
    """The country of a capital named right after ``end`` ("Foreign Office in Berlin")."""
    found = _IN_PLACE.match(body, end)
    if not found:
        return None
    for match in find_terms(found.group(1)):
        if match.term.kind == "capital" and len(match.term.codes) == 1:
            return match.term.codes[0]
    return None


def _capital_country(body: str, start: int) -> str | None:
    found = _IN_CAPITAL.search(body, max(0, start - 30), start)
    if not found:
        return None
    for match in find_terms(found.group(1)):
        if match.term.kind == "capital" and len(match.term.codes) == 1:
            return match.term.codes[0]
    return None


def generic_holders(body: str, country: str | None) -> list[Holder]:
    """Mentions of a government without its country ("the government has said"): the story's
    home country, or the capital the sentence opens with ("In Kyiv, the foreign ministry")."""
    out = []
    if country is None and "In " not in body:
        return out  # no home country and no "In Kyiv, the ..."
    for match in _GENERIC.finditer(body):
        start = match.start()
        if match.group("body"):
            the = _THE_BEFORE.search(body, max(0, start - 24), start)
            if the is None:
                continue  # "a government", "Labour government": not the government itself
            start = the.start()
        before = body[max(0, match.start() - 2) : match.start()]
        if match.group("body") is None and re.search(r"[A-Za-z]\s$", before):
            # "Chinese officials", "senior officials": a qualifier the other rules read
            word = _WORD_BEFORE.search(body[max(0, match.start() - 30) : match.start()].rstrip())
            if word and (word.group(1)[:1].isupper() or word.group(1).lower() not in SUBJECT_LEFT):
                continue
        code = _capital_country(body, start) or country
        if code is not None:
            out.append(Holder(start, match.end(), code, code, "generic"))
    return out


# "both sides agreed", "the two countries signed" (not "both sides of the House")
_PAIR = re.compile(
    r"\b(?:[Bb]oth|[Tt]he two)\s+(?:sides|countries|nations|governments|neighbours|neighbors)\b"
    r"(?!\s+of\b)"
)
PAIR_WINDOW = 800  # characters back to look for the pair's two members


def pair_holders(body: str, holders: list[Holder]) -> list[Holder]:
    """The last two distinct countries named before "both sides" / "the two countries".

    Nothing when fewer than two countries or bodies were named in the window before.
    """
    if "oth " not in body and "two " not in body:
        return []  # most stories: no "both"/"the two" at all, skip the scan
    ordered = sorted(holders, key=lambda h: h.start)
    starts = [h.start for h in ordered]
    out = []
    for match in _PAIR.finditer(body):
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
    r"(?:^|[.!?;:\n\"“]\s*|\b(?:[Tt]he|[Aa]nd|[Bb]ut|that|while|as)\s+|\b[Aa]n?\s+)"
    r"(?:spokes(?:man|woman|person)|representative|envoy|ambassador)\s+(?:for|of)\s+(?:the\s+)?$"
)


_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\"“]\s)\b(?!The\b)[A-Z][\w'’\-]*\s$")


def _name_part(body: str, start: int) -> bool:
    """Whether a one-word name at ``start`` follows a capitalised word of the same name
    ("Trade Unions Congress"), not a sentence start or "The"."""
    return _CAPITALISED_BEFORE.search(body, max(0, start - 30), start) is not None


_FROM_BEFORE = re.compile(r"\b([a-z]+)\s+from\s+(?:the\s+)?(?:[A-Z][\w.]*,?\s+(?:and\s+)?){0,3}$")


def _stance_source(body: str, start: int) -> bool:
    """Whether a place name at ``start`` is where a stance came from ("condemnation from
    Seoul, Washington and Tokyo"), not a place ("flights from Seoul")."""
    found = _FROM_BEFORE.search(body, max(0, start - 60), start)
    return found is not None and found.group(1) in cues().nouns


def _officials_in(body: str, start: int) -> bool:
    """Whether a place name at ``start`` follows "officials in" (its officials speak)."""
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
        if match.start not in noun_end or NON_GOVERNMENT.search(_phrase_before(body, match.start)):
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
    r"delegation|negotiators?|diplomats|envoys?|ambassadors?|president|premier|chancellor|"
    r"spokes(?:man|woman|person)|embassy|(?:[a-z]+ )?(?:ministry|ministers?|secretary))\b"
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


def subject_position(body: str, start: int) -> bool:
    """Whether an actor mention at ``start`` can be a clause subject, not an object.

    "help Taiwan defend itself" and "talks with Iran" are not Taiwan's or Iran's positions:
    the word before a subject is punctuation, a capitalised word (a title or name), a title
    word, or a conjunction/determiner such as "and", "that", "the".
    """
    head = body[max(0, start - 40) : start].rstrip(" \t\"'“‘")
    if not head or head[-1] in ".!?;:,()\n—–-[":
        return True
    found = _WORD_BEFORE.search(head)
    if not found:
        return True
    word = found.group(1)
    if word.lower() in DETERMINERS:  # "chiefs in the US have vowed": look past "the"
        before = head[: found.start()].rstrip()
        prior = _WORD_BEFORE.search(before)
        return not (prior and prior.group(1).lower() in PREPOSITIONS)
    low = word.lower()
    return (
        word[:1].isupper()
        or low in SUBJECT_LEFT
        or (low in TITLE_WORDS and low not in PREPOSITIONS)
    )


DETERMINERS = frozenset(["the", "a", "an"])
PREPOSITIONS = frozenset(
    ["in", "of", "with", "to", "from", "for", "on", "at", "by", "against", "into", "between"]
)


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’\-]*)$")
