"""Officials: who in a story speaks for a government, and which government that is.

A person needs an official capacity (a government title in the text, a government institution
in the title, or an office in the dated gazetteer); opposition, former and party figures,
coaches, executives and heads of organisations do not qualify. A story about one country has a
home country: its officials whose country the text omits, and "the government", speak for it.
Sports and arts stories (a vocabulary test) give country names no voice at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from operator import itemgetter

from briefgen.analysis.actors import title_before
from briefgen.analysis.document import story_datelines
from briefgen.analysis.gazetteer import (
    Tenure,
    TermMatch,
    find_terms,
    is_body,
    known_offices,
    office_holder,
    person_info,
    tenures,
)
from briefgen.analysis.mentions import word_spans
from briefgen.analysis.namewords import is_title_word, name_part_before
from briefgen.analysis.stance_lexicon import stance_cues_file
from briefgen.model import Actor, Story

# Central banks, the one list: independent of their government, so neither the bank ("The Fed
# warned", "the Bank of England said") nor its office ("Fed Vice Chair Lael Brainard",
# "Federal Reserve chairman Alan Greenspan") speaks for a state. Read by ``NON_GOVERNMENT``
# (a title), ``holders`` (an institution the gazetteer names) and ``voices`` (a speaker, and a
# sentence led by the bank's head). ``CENTRAL_BANK_MARKS``: the words one of which opens every
# match, each with the number of characters the match may open before it ("[Cc]entral"): a
# cheap test before the pattern, and where a scan for it may start.
CENTRAL_BANK = (
    r"(?:[Cc]entral\s+[Bb]ank|Federal\s+Reserve|Fed|Bank\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
    r"BoE|ECB|Bundesbank|Reserve\s+Bank(?:\s+of\s+[A-Z][a-z]+)?)"
)
CENTRAL_BANK_MARKS = (
    ("entral", 1),
    ("Fed", 0),
    ("Bank", 0),
    ("BoE", 0),
    ("ECB", 0),
    ("Bundesbank", 0),
    ("Reserve", 0),
)
CENTRAL_BANK_WORDS = tuple(word for word, _back in CENTRAL_BANK_MARKS)

NON_GOVERNMENT = re.compile(
    r"\b(?:former|ex|shadow|opposition|leader of the opposition|conservative leader|tory leader|"
    r"liberal democrats?|lib dems?|tory|tories|veritas|ukip|candidate|challenger|rebel|"
    # running for an office, not holding it ("Republican front-runner Donald Trump", "Mrs.
    # Clinton, the Democratic presidential nominee")
    r"front-?runner|nominee|hopeful|contender|"
    r"party chairman|first minister|scottish national party|snp|plaid cymru|plaid|green party|"
    r"backbench|backbencher|mp|mps|mep|"
    r"co-chairman|campaigner|activist|academic|analyst|economist|professor|"
    # out of office, and the press ("Ousted Defense Minister Fedorov"; "Stefania Maurizi, an
    # Italian journalist who visited Assange regularly at the embassy")
    r"ousted|sacked|deposed|exiled|journalist|reporter|correspondent|columnist|"
    # a province's or a city's office ("the home minister for southern Sindh province")
    r"province|provincial|municipal|mayor|"
    # a central bank's office: independent of the government ("Federal Reserve Bank of Kansas
    # City President Thomas Hoenig", "Fed Vice Chair Lael Brainard"; in lower case, so that the
    # pattern keeps its lower-case twin)
    rf"{CENTRAL_BANK.lower()})\b",
    re.IGNORECASE,
)


def _lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The IGNORECASE ``pattern`` without the flag, for an ASCII text put in lower case: the
    same matches when the pattern holds no upper-case letter (None otherwise)."""
    source = pattern.pattern
    return re.compile(source) if source == source.lower() else None


_NON_GOVERNMENT_LOWER = _lower_twin(NON_GOVERNMENT)


def _folded_search(pattern: re.Pattern[str], lower: re.Pattern[str] | None, text: str) -> bool:
    """Whether the IGNORECASE ``pattern`` matches in ``text``. An ASCII text is read in lower
    case by its twin ``lower`` (``_lower_twin``): the same answer, without a case fold per
    character and alternative (an IGNORECASE alternation folds for each branch at every
    position)."""
    if lower is not None and text.isascii():
        return lower.search(text.lower()) is not None
    return pattern.search(text) is not None


def non_government(text: str) -> bool:
    """Whether ``text`` (a title, an office) holds a ``NON_GOVERNMENT`` word."""
    return _folded_search(NON_GOVERNMENT, _NON_GOVERNMENT_LOWER, text)


# an appositive role after a name: ", an adviser on climate change to ...", ", shadow secretary
# for the family," (a lower-case role without its article too)
_NOW = re.compile(r"\bnow\b")
# (a relative clause is a title only when it says what the person is: "who is the foreign
# minister", not "who took to the talk shows to defend his praise of the Russian president")
_APPOSITION_AFTER = re.compile(
    r",\s+((?:(?:the|an?|his|her|its)\s|(?=[a-z])(?!(?:who|whose|whom|which|that)\s"
    r"(?!(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as|became|replaced|succeeded)\s)))"
    r"[^,;:.!?\n]{2,80}),"
)
# a role that ends the sentence: '..." said Tom Casey, a state department spokesman.'
_APPOSITION_ENDING = re.compile(r",\s+((?:the|an?)\s[^,;:.!?\n\"“”]{2,80})\.(?=\s|$)")
# a status or a party right before a name, then only title words ("ex-Foreign Secretary Robin
# Cook", "Tory co-chairman Liam Fox", "Scottish National Party Justice Minister"; not "the
# shadow chancellor said Mr Brown", nor "a Tory attack on Tony Blair")
_STATUS_BEFORE = re.compile(
    r"\b(?:[Ee]x-|[Ff]ormer\s+|[Oo]usted\s+|[Ss]acked\s+|[Dd]eposed\s+|[Ss]hadow\s+|"
    r"[Oo]pposition\s+|"
    r"(?:Tory|Tories|Conservative|Lib\s?Dem|Liberal\s+Democrat|SNP|Scottish\s+National\s+Party|"
    r"Plaid(?:\s+Cymru)?|UKIP|Ukip|Green\s+Party|Labour\s+(?:MP|backbencher|rebel))\s+"
    r"|(?:[Ff]ront-?runner|[Cc]andidate|[Hh]opeful|[Nn]ominee|[Cc]ontender)\s+)"
)
_STATUS_HINT = re.compile(
    r"x-|ormer|usted|acked|eposed|hadow|pposition|Tor|Conserv|Lib|SNP|Nation|Plaid|UKIP|Ukip|"
    # a candidacy ("front-runner", "candidate", "hopeful", "nominee", "contender"): first
    # letters the hint already tries
    r"Green|Labour|unner|andidate|opeful|ominee|ontender"
)
_STATUS_ROLES = frozenset(["co-chairman", "deputy", "party", "spokesman", "spokeswoman", "mp"])


def _status_before(window: str) -> str | None:
    """The status or party phrase that ends ``window`` (the text right before a name)."""
    if not _STATUS_HINT.search(window):
        return None  # (one cheap scan first: most names have no status before them)
    found = None
    for match in _STATUS_BEFORE.finditer(window):
        found = match  # the last one: nearest the name
    if found is None:
        return None
    rest = window[found.end() :].split()
    if len(rest) > 4 or not all(
        w[:1].isupper() or is_title_word(w) or w.lower() in _STATUS_ROLES for w in rest
    ):
        return None
    return " ".join([found.group(0).strip(), *rest])


STATUS_WINDOW = 60  # characters before a mention read for its status
# a sentence's end inside that window: a word of five letters or more, then a full stop
# ("... Liberal Democrat leader Charles Kennedy. Australia's Prime Minister John Howard"); a
# title's abbreviation ("former Sen. John Kerry", "ex-U.S. President") ends no sentence
_SENTENCE_END = re.compile(r"[A-Za-z][a-z]{4,}[.!?][\"”’']?\s+(?=[A-Z])")


@cache
def _official_title() -> re.Pattern[str]:
    titles = stance_cues_file()["speakers"]["official_titles"]
    words = sorted((re.escape(t) for t in titles), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


@cache
def _official_title_lower() -> re.Pattern[str] | None:
    """:func:`_official_title` without the flag, for a text in lower case (``_folded_search``)."""
    return _lower_twin(_official_title())


def _names_official_title(text: str) -> bool:
    """Whether ``text`` holds an official title (``_official_title``)."""
    return _folded_search(_official_title(), _official_title_lower(), text)


_DEPUTY = re.compile(r"\bdeput(?:y|ies)\b", re.IGNORECASE)
_DEPUTY_LOWER = _lower_twin(_DEPUTY)


def official_words(text: str) -> bool:
    """Whether ``text`` holds a government title ("Economic Minister", "officials", "one of
    the minister's deputies")."""
    return _names_official_title(text) or _folded_search(_DEPUTY, _DEPUTY_LOWER, text)


_GOVERNMENT_BODY = re.compile(
    r"\b(?:embassy|ministry|government|department of|foreign office|state department|"
    # a state's agency ("head of Indonesia's search and rescue agency"), not a firm's or a
    # charity's ("a news agency", "an aid agency", "the advertising agency")
    # (the word before is read once "agency" matched: a look-behind first is tried everywhere)
    r"agency(?<!news agency)(?<!aid agency)(?<!advertising agency)(?<!travel agency)"
    r"(?<!talent agency)(?<!ratings agency)(?<!rating agency)(?<!credit agency)"
    r"(?<!relief agency)(?<!employment agency)(?<!recruitment agency)(?<!modelling agency)"
    r"(?<!modeling agency)(?<!press agency))\b",
    re.IGNORECASE,
)
_GOVERNMENT_BODY_LOWER = _lower_twin(_GOVERNMENT_BODY)


def official_body(name: str) -> bool:
    """Whether an organisation speaker speaks for a state: an institution, a state outlet, a
    government body, or the country itself; a broadcaster, company or charity does not."""
    if _folded_search(_GOVERNMENT_BODY, _GOVERNMENT_BODY_LOWER, name) or _names_official_title(
        name
    ):
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
    return _speaks_with(actor, story, person_titles(actor, story))


def _speaks_with(actor: Actor, story: Story, titles: list[str]) -> bool:
    """:func:`speaks_for_country`, given the person's title phrases."""
    # "former Labour minister and now a European Commissioner": what the person is now
    titles = [_NOW.split(title)[-1] for title in titles]
    if any(title and _not_governments(title) for title in titles):
        return False  # "Tory leader Michael Howard", "the PPP's secretary general"
    info = person_info(actor.name, story.published)
    if info is not None and info.name:  # a known office holder (office unknown when undated)
        if info.office:
            return not non_government(info.office)
        if story.published is None and not any(
            non_government(office) for office in known_offices(info.name)
        ):
            return True
        # dated, and in no listed term on that date (a candidate before taking office, a
        # president after leaving it): only a government title in the text makes a voice
        # undated, and the person has also held a party or opposition post ("Tory co-chairman"
        # before "defence secretary"): only a government title in the text says which
    return any(title and _governments(title) for title in titles)


# an office held under a leader ("the foreign minister of Ecuador under Correa", "a national
# security official under Presidents Reagan and George W. Bush", "the Republican attorney
# general under former President George W. Bush"): news names an office so when it is past
# (a current one is "Obama's defense secretary"); seen in set C (The Grayzone) and in PolNeAR
# train (Politico, USA Today, the NYT)
UNDER_LEADER = re.compile(
    r"\bunder\s+(?:(?:former\s+)?(?:Presidents?|Prime\s+Ministers?|Premier|Chancellor|King|"
    r"Queen|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’\-]*"
)


@lru_cache(maxsize=4096)
def _not_governments(title: str) -> bool:
    """Whether a title is an opposition, former, party or other non-government one, or an
    office of an organisation named by an acronym, or an office held under a leader (titles
    recur: read once each)."""
    return (
        non_government(title)
        or _organisation_office(title)
        or ("under " in title and UNDER_LEADER.search(title) is not None)
    )


@lru_cache(maxsize=4096)
def _governments(title: str) -> bool:
    """Whether a title is a government one: an official title, a government institution's,
    a country's own leader or a state's spokesperson (read once each)."""
    return (
        _names_official_title(title)
        or _institution_in(title)
        or _country_leader(title)
        or _state_spokesperson(title)
    )


_SPOKESPERSON = re.compile(r"\bspokes(?:man|woman|person)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _state_spokesperson(title: str) -> bool:
    """Whether a title is the spokesperson of a state named in it ("Pakistan's military
    spokesperson", "Indian army spokesman"; not a company's). An international body's
    spokesperson is left to the gazetteer's titles (a WTO or World Bank spokesman mostly gives
    assessments and forecasts, which the BBC gold does not count as positions), except a
    political body's ("NATO spokesman Mark van Uhm")."""
    found = _SPOKESPERSON.search(title)
    if found is None:
        return False
    head = title[: found.start()]
    return any(
        (
            match.term.kind in _COUNTRY_KINDS
            or (match.term.kind == "body" and match.term.codes[0] in _POLITICAL_BODIES)
        )
        and _SPOKESPERSON_OF.fullmatch(head, match.end) is not None
        for match in find_terms(head)
    )


# the bodies of states whose spokesperson states the body's policy ("NATO spokesman", "a UN
# spokeswoman"); an economic body's mostly gives assessments and forecasts (WTO, IMF, OECD)
_POLITICAL_BODIES = frozenset(
    ["NATO", "UN", "EU", "AFRICANUNION", "ARABLEAGUE", "ASEAN", "GCC", "OSCE"]
)


# between the state and its spokesperson: a possessive and two lower-case words at most
# ("Pakistan's military spokesperson"; not "Swiss Re's", "Egypt FA spokesman")
_SPOKESPERSON_OF = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+){0,2}")


_ACRONYM_OWNER = re.compile(r"^(?:[Tt]he\s+)?([A-Z]{2,6})['’]s\s+[a-z]")


def _organisation_office(title: str) -> bool:
    """Whether a title is an office of an organisation named by an acronym no gazetteer entry
    knows as a state, body or institution ("the PPP's secretary general", "the ANC's
    spokesman"; not "the UN's secretary-general")."""
    found = _ACRONYM_OWNER.match(title)
    if found is None:
        return False
    acronym = found.group(1)
    return not any(match.start == 0 and match.end == len(acronym) for match in find_terms(acronym))


_LEADER = re.compile(r"^(?:[Tt]he\s+)?(.+?)(?:['’]s)?\s+leader$")


@lru_cache(maxsize=4096)
def _country_leader(title: str) -> bool:
    """Whether a title is a country's own "leader" and nothing more ("Libyan leader Moammar
    Gadhafi", "North Korea's leader"): its head of state or government. A party's, a
    group's or the opposition's leader names more than the country ("Labour leader",
    "Libyan opposition leader") and is not."""
    found = _LEADER.match(title)
    if found is None:
        return False
    prefix = found.group(1)
    return any(
        match.start == 0
        and match.end == len(prefix)
        and match.term.kind in _COUNTRY_KINDS
        and len(match.term.codes) == 1
        and not is_body(match.term.codes[0])
        for match in find_terms(prefix)
    )


# Offices that give an official whose country the text omits the story's home country. A
# ministerial office may follow portfolio words ("Agriculture Minister", "Deputy Foreign
# Minister"); the others must stand alone ("President Castro", "the country's vice president"),
# not after or before an organisation ("Real Madrid president", "the president of the Family
# Justice Division"). Commissioners, attorneys general and officials are left out: too many
# are not national.
# ("Secretary-General Ban Ki-moon" heads an organisation, no ministry)
_MINISTERIAL = re.compile(
    r"\b(?:minister|secretary(?![- ]general)|ambassador|envoy)\b", re.IGNORECASE
)
_MINISTERIAL_LOWER = _lower_twin(_MINISTERIAL)
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
    titles = person_titles(actor, story)
    # the offices first: most people hold none, and then need no further reading
    return _names_national_office(titles) and _speaks_with(actor, story, titles)


def _names_national_office(titles: list[str]) -> bool:
    """Whether title phrases name a national office (and no organisation's office)."""
    found = False
    for title in titles:
        if _folded_search(_MINISTERIAL, _MINISTERIAL_LOWER, title):
            found = True
            continue
        office = _HEAD_OFFICE.search(title)
        if office is None:
            continue
        if not (office.group(0)[:1].isupper() or _POLITY_BEFORE.search(title, 0, office.start())):
            continue  # "company president Lee Scott": lower case, no country's
        head = _CAPITALISED.findall(title[: office.start()])
        if _OF_ORGANISATION.match(title, office.end()) or not all(
            is_title_word(word) or word in ("The", "Vice", "Deputy") for word in head
        ):
            return False
        found = True
    return found


def _opens_with_name(body: str, start: int, name_words: set[str]) -> bool:
    """Whether the mention at ``start`` opens with a word of the person's name (no title in it)."""
    space = body.find(" ", start, start + 40)
    return body[start : space if space > 0 else start + 40] in name_words


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
        if story.body.startswith(",", end) and (after := _APPOSITION_AFTER.match(story.body, end)):
            titles.append(after.group(1))
    for start, end in actor.mentions[:8]:
        window = story.body[max(0, start - STATUS_WINDOW) : start]
        window = window[window.rfind("\n") + 1 :]
        mention = story.body[start:end]
        if " " in mention and _STATUS_HINT.search(mention):
            # the mention's own title words ("Ousted Defense Minister Fedorov")
            own = [w for w in mention.split() if w not in name_words]
            window = f"{window}{' '.join(own)} "
        status = _status_before(window)
        if status and (". " in window or "? " in window or "! " in window):
            cut = 0  # (only a status found is checked: most windows hold none)
            for stop in _SENTENCE_END.finditer(window):
                cut = stop.end()  # the last sentence end: the mention's own sentence
            if cut:
                status = _status_before(window[cut:])
        if status:
            titles.append(status)
    if actor.title:
        titles.append(actor.title)
    return titles


@lru_cache(maxsize=4096)
def _institution_in(title: str) -> bool:
    """Whether a title names a government institution ("Kremlin spokesman")."""
    return any(match.term.kind == "institution" for match in find_terms(title))


@cache
def _domain_lexicon() -> tuple[frozenset[str], frozenset[str], int, int]:
    raw = stance_cues_file()["domains"]
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
    toks = word_spans(body)[0]
    # the story's distinct tokens, each lower-cased (as alone as in the text: spaces or marks
    # part a token from its neighbours): the only words looked up below
    words = _domain_words().intersection(map(str.lower, set(map(itemgetter(2), toks))))
    joined: list[str] = []  # built only when a two-word cue's first word occurs

    def adjacent(pair: str) -> bool:
        # tokens have no spaces, so " a b " occurs in the space-joined tokens exactly when a
        # and b are adjacent tokens
        if not joined:
            joined.append(f" {' '.join(map(itemgetter(2), toks)).lower()} ")
        return f" {pair} " in joined[0]

    def hits(lexicon: frozenset[str]) -> int:
        singles = len(words & lexicon)
        pairs = (w for w in _pairs(lexicon) if w.split(" ", 1)[0] in words)
        return singles + sum(1 for w in pairs if adjacent(w))

    return hits(non_political) >= min_hits and hits(political) < max_political


@cache
def _domain_words() -> frozenset[str]:
    """Every word :func:`is_non_political` looks up: the one-word cues of both lexicons and
    the first words of their two-word cues."""
    non_political, political, _min_hits, _max_political = _domain_lexicon()
    firsts = {pair.split(" ", 1)[0] for pair in _pairs(non_political) + _pairs(political)}
    return non_political | political | firsts


@lru_cache(maxsize=8)
def _pairs(lexicon: frozenset[str]) -> tuple[str, ...]:
    """The two-word entries of ``lexicon`` (one space between two ``_LOWER_WORD`` tokens)."""
    out = []
    for w in sorted(lexicon):
        parts = w.split(" ")
        if len(parts) == 2 and all(_LOWER_WORD.fullmatch(x) for x in parts):
            out.append(w)
    return tuple(out)


_HOME_KINDS = frozenset(["name", "display", "capital", "demonym", "institution"])
HOME_SHARE = 0.6  # the dominant country's share of the story's country mentions


@dataclass(frozen=True)
class StoryOfficials:
    """Who speaks for a government in one story, worked out once per story."""

    home: str | None  # the country "the government" means, if one dominates the story
    countries: dict[str, str]  # person name -> the country they speak for
    places_only: bool  # a sports or arts story: country names are teams, not governments


def _known_country(actor: Actor, story: Story) -> str:
    """The country an official speaks for: the gazetteer's for a known office holder (Gordon
    Brown on a tour of Tanzania still speaks for Britain), else the one the text gave."""
    info = person_info(actor.name, story.published)
    if info is not None and info.name and info.country:
        return info.country
    return actor.country or ""


def story_officials(story: Story) -> StoryOfficials:
    """The story's officials: people with a country and an official capacity, and officials
    whose country the text omits ("Planning Minister Julio De Vido" in an Argentine story),
    given the story's home country."""
    places_only = is_non_political(story.body)
    titles_of = {
        a.name: person_titles(a, story) for a in story.actors if a.kind == "person" and a.country
    }
    speaking = {
        a.name: _known_country(a, story)
        for a in story.actors
        if a.name in titles_of and a.kind == "person" and _speaks_with(a, story, titles_of[a.name])
    }
    _office_titled_to_other(story, speaking, titles_of)
    # the headline counts with the body: a story headlined "Sri Lanka defence secretary calls
    # for formal end to truce" is about Sri Lanka even when its body names the country once
    home = None if places_only else story_government(story, _home_terms(story), speaking)
    countries = dict(speaking)
    datelined = _dateline_country(story) if home is None else None
    # a British story about a devolved government: its ministers whose country the text omits
    # ("Finance Minister Sue Essex" beside the Welsh Assembly) are the devolved government's
    devolved = (
        home == "GB"
        and any(word in story.body for word in _DEVOLVED_WORDS)  # (cheap tests first)
        and _DEVOLVED_GOVERNMENT.search(story.body) is not None
    )
    possessives = "’s " in story.body or "'s " in story.body  # (once: "Obama's adviser")
    for actor in story.actors:
        if actor.kind != "person" or actor.country:
            continue
        # the government the title itself names ("Joshua Simmons, a lawyer for the US State
        # Department"; "South Africa's Department of ... director-general, Zane Dangor,")
        # comes before the story's home country
        code = _titled_country(actor, story)
        if code is None:
            code = _office_named_near(actor, story)
        if code is None and possessives:
            code = _principal_country(actor, story, countries)
        if code is None:
            code = _later_titled_country(actor, story)
        if code is None:
            code = _title_given_before(actor, story)
        if code is None and "nother " in story.body:  # (cheap test first)
            code = _another_like(actor, story, countries)
        if code is not None:
            countries[actor.name] = code
        elif (
            home is not None
            and not devolved
            and government_title(actor, story)
            and not _office_held_by_other(actor, story, home)
        ):
            countries[actor.name] = home
        elif home is None and datelined and government_title(actor, story):
            # "WASHINGTON (Aug. 13) -- ... Defense Secretary Robert Gates has ordered": the
            # wire story's capital gives the country a national title omits
            countries[actor.name] = datelined
    _name_parts(story, countries)
    return StoryOfficials(home, countries, places_only)


# the office holder a person serves, named in their appositive: "Ben Rhodes, Obama's deputy
# national security adviser"; "Nokukhanya Jele, President Cyril Ramaphosa's special adviser,"
_PRINCIPAL_AFTER = re.compile(
    r",\s+((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)['’]s\s+(?:[a-z\-]+\s+){0,4}"
    r"(?:adviser|advisor|spokesman|spokeswoman|spokesperson|envoy|aide|press\s+secretary|"
    r"chief\s+of\s+staff)\b"
)


def _principal_country(actor: Actor, story: Story, countries: dict[str, str]) -> str | None:
    """The country of the official whose adviser, spokesperson, envoy or aide a person's
    appositive says they are ("Ben Rhodes, Obama's deputy national security adviser"): the
    official named by full name or surname among the story's officials; None otherwise."""
    body = story.body
    for _start, end in actor.mentions[:3]:
        found = _PRINCIPAL_AFTER.match(body, end)
        if found is None:
            continue
        principal = found.group(1).split()[-1]
        codes = {
            code
            for name, code in countries.items()
            if name != actor.name and name.split()[-1] == principal
        }
        if len(codes) == 1:
            return next(iter(codes))
    return None


OFFICE_NEAR = 90  # characters after a person's mention read for the office the text gives
_NOT_IN_OFFICE = re.compile(r"\b(?:former|ex|then|retired|late|onetime|one time)\s")


def _office_named_near(actor: Actor, story: Story) -> str | None:
    """The country of the one gazetteer office of a person who served several states or bodies
    that the text names right after a mention ("Ban Ki-moon, the globe-trotting secretary
    general of the United Nations," in an undated story: not South Korea's foreign minister);
    None when the gazetteer gives one country or none, or the text names no office or several."""
    terms = tenures(actor.name)
    if len({t.country for t in terms}) < 2:
        return None  # (most people: one country, or unknown)
    body = story.body
    near = " ".join(
        body[end : end + OFFICE_NEAR].lower().replace("-", " ")
        for _start, end in actor.mentions[:3]
    )
    if _NOT_IN_OFFICE.search(near):
        return None  # "the former secretary general": out of office
    codes = {t.country for t in terms if t.office and t.office.replace("-", " ") in near}
    return next(iter(codes)) if len(codes) == 1 else None


# "Another officer, Wing Commander Vyomika Singh, said": one more of the officials just named
_ANOTHER_BEFORE = re.compile(
    r"\b[Aa]nother\s+(officer|official|minister|diplomat|spokes(?:man|woman|person)|commander),"
    r"\s+$"
)
ANOTHER_REACH = 1000  # characters back to the official the "another" is one more of


def _another_like(actor: Actor, story: Story, countries: dict[str, str]) -> str | None:
    """The country of the official "Another officer, X," adds to: the nearest official named
    before (within ANOTHER_REACH) whose own appositive holds the same noun ("Col. Sofiya
    Qureshi, an Indian army officer,"); None when there is none, or it had no country."""
    if not actor.mentions:
        return None
    body = story.body
    start = actor.mentions[0][0]
    another = _ANOTHER_BEFORE.search(body, max(0, start - 40), start)
    if another is None:
        return None
    noun = another.group(1)
    best: tuple[int, str] | None = None
    for other in story.actors:
        code = countries.get(other.name)
        if code is None or other.name == actor.name:
            continue
        for o_start, o_end in other.mentions:
            if (
                start - ANOTHER_REACH <= o_start < start
                and noun in body[o_end : o_end + 60]
                and (best is None or o_start > best[0])
            ):
                best = (o_start, code)
    return best[1] if best else None


_DATELINE_CAPITAL = re.compile(r"[A-Z][A-Z.\-]+(?: [A-Z][A-Z.\-]+)?")


def _dateline_country(story: Story) -> str | None:
    """The country whose capital the dateline opening the story names ("WASHINGTON (AP) --",
    "KABUL, Afghanistan --"), or None (no dateline, or another city)."""
    spans = story_datelines(story)
    if not spans:
        return None
    body = story.body
    first = len(body) - len(body.lstrip())
    if spans[0][0] != first:
        return None
    city = _DATELINE_CAPITAL.match(body, first)
    if city is None:
        return None
    for match in find_terms(city.group(0).title()):
        if match.term.kind == "capital" and len(match.term.codes) == 1:
            return match.term.codes[0]
    return None


def _home_terms(story: Story) -> list[TermMatch]:
    """The gazetteer terms of the body and the headline that may make a story a country's;
    "the explosion in New Jersey" names no country (as for holders: ``namewords``; only a
    body holding "New " is read term by term)."""
    body = story.body
    matches = find_terms(body)
    if "New " in body:
        matches = [
            m
            for m in matches
            if body[m.start - 4 : m.start] != "New "
            or m.term.kind not in ("name", "display", "capital")
            or not name_part_before(body, m.start)
        ]
    return matches + find_terms(story.title or "")


def _office_titled_to_other(
    story: Story, speaking: dict[str, str], titles_of: dict[str, list[str]]
) -> None:
    """Drop from ``speaking`` a person the gazetteer alone makes an official (the text titles
    them with no office of theirs) when the text shows they are out of office in the story:
    it titles another person with their one office ("President Obama" and a bare "Donald
    Trump" in an undated 2016 story; "Prime Minister Tony Blair" and a bare "John Major"),
    or, in an undated story, the time where the terms of the offices the text titles its
    officials with overlap falls in none of their terms ("President Obama" and a bare "Marco
    Rubio", secretary of state from 2025)."""
    people = []
    era: tuple[date, date] | None = None
    anchors = []
    for actor in story.actors:
        if actor.kind != "person" or actor.name not in speaking:
            continue
        info = person_info(actor.name, story.published)
        if info is None or not info.name or not info.office:
            continue
        office = info.office
        titles = [t for t in titles_of[actor.name] if t]
        titled = any(
            t.lower().endswith(office) and not t.lower().endswith("vice " + office) for t in titles
        )
        if titled:
            anchors += [t for t in tenures(actor.name) if t.office == office]
        people.append((actor.name, speaking[actor.name], office, titled, titles))
    held = {(country, office): name for name, country, office, titled, _t in people if titled}
    if story.published is None and anchors:
        # an undated story's time: where the terms of the offices the text titles its officials
        # with overlap (a page's date may be its first version's: "2022-10-10" on a 2024 page
        # that names Rachel Reeves chancellor; dated stories are left alone)
        starts = [t.start for t in anchors if t.start is not None]
        ends = [t.end for t in anchors if t.end is not None]
        era = (max(starts, default=date.min), min(ends, default=date.max))
    on = story.published.date() if story.published is not None else None
    for name, country, office, titled, titles in people:
        if titled:
            continue
        if (
            on is not None
            and tenures(name)  # (a bare surname has no terms listed: left alone)
            and not any(_governments(t) for t in titles)
            and not any(t.active(on) for t in tenures(name))
            and not _acts_as_official(story, name)
        ):
            # a dated story, and none of the person's terms holds its date: the gazetteer
            # gives no office ("Hillary Clinton", secretary of state to 2013, and "Donald
            # Trump", president from 2017, in a July 2016 story); only a title in the text
            # would
            del speaking[name]
            continue
        if _described_as_candidate(story, name):
            del speaking[name]
            continue
        other = held.get((country, office))
        if other is not None and other.split()[-1] not in name and name.split()[-1] not in other:
            del speaking[name]
            continue
        if (
            era is not None
            and era[0] < era[1]
            and not any(_governments(t) for t in titles)
            and tenures(name)  # (a bare surname has none listed: left alone)
            and not any(_overlaps(t, era) for t in tenures(name))
        ):
            del speaking[name]


# "Rachel Reeves' first major speech as chancellor": the person's own act in an office (a
# page's date may be its first version's, earlier than the office)
_ACT_AS = re.compile(r"['’]s?\s+(?:[a-z]+\s+){1,3}as\s+((?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2})")


def _acts_as_official(story: Story, name: str) -> bool:
    """Whether a mention of ``name`` is followed by a possessive act "as" an official title."""
    body = story.body
    for actor in story.actors:
        if actor.name != name:
            continue
        for _start, end in actor.mentions:
            found = _ACT_AS.match(body, end)
            if found is not None and _names_official_title(found.group(1)):
                return True
    return False


# a candidacy told as a definite description ("when the Republican presidential front-runner
# arrives", "The candidate has repeatedly referenced"): one person running, not holding, office
_CANDIDACY = re.compile(
    r"\b[Tt]he\s+(?:[A-Za-z\-]+\s+){0,3}?(?:front-?runner|candidate|nominee|hopeful|contender)"
    r"(?![\w\-])"
)
_ANOTHER_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+|\b(?:Mr|Mrs|Ms|Dr)\b\.?\s+[A-Z]")
_CANDIDACY_REACH = 450  # characters from the person's mention to the description (a long lead)


def _described_as_candidate(story: Story, name: str) -> bool:
    """Whether a candidacy description ("the Republican presidential front-runner") follows a
    mention of ``name`` closely with no other person named in between: the text tells that
    person runs for an office (the gazetteer's later term of it is not theirs yet)."""
    body = story.body
    if not any(word in body for word in ("unner", "andidate", "ominee", "opeful", "ontender")):
        return False  # (one cheap scan first: most stories describe no candidate)
    spans = sorted(
        (start, end, actor.name)
        for actor in story.actors
        if actor.kind == "person"
        for start, end in actor.mentions
    )
    for found in _CANDIDACY.finditer(body):
        before = [span for span in spans if span[0] < found.start()][-1:]
        if (
            before
            and before[0][2] == name
            and found.start() - before[0][0] < _CANDIDACY_REACH
            # no other name in between, one the people finder left out ("She met Jeb Bush,
            # and the candidate later thanked her")
            and _ANOTHER_NAME.search(body, before[0][1], found.start()) is None
            # in the mention's sentence or the next
            and len(_SENTENCE_END.findall(body, before[0][1], found.start())) < 2
        ):
            return True
    return False


def _overlaps(tenure: Tenure, era: tuple[date, date]) -> bool:
    """Whether a term of office overlaps ``era`` by more than a day."""
    start = tenure.start or date.min
    end = tenure.end or date.max
    return start < era[1] and era[0] < end


def _office_held_by_other(actor: Actor, story: Story, home: str) -> bool:
    """Whether the office a person's title names is, in the dated gazetteer, someone else's
    in the home country on the story's date ("President Nangolo Mbumba" in a story that names
    the US more than Namibia is not the US president, Joe Biden): then it is not the home's."""
    if story.published is None:
        return False
    surname = actor.name.split()[-1]
    for title in person_titles(actor, story):
        office = title.lower().removeprefix("the ").strip()
        holder = office_holder(office, home, story.published) if office else None
        if holder is not None and surname not in holder:
            return True
    return False


def _name_parts(story: Story, countries: dict[str, str]) -> None:
    """A one-word person the people finder kept apart from an official whose full name holds
    that word ("Lula" beside "Luiz Inácio Lula da Silva") speaks for the official's country;
    left out when two officials' names hold it."""
    singles = [
        a for a in story.actors if a.kind == "person" and " " not in a.name and not a.country
    ]
    if not singles:
        return
    owners: dict[str, set[str]] = {}
    for name, code in countries.items():
        for part in name.split()[1:]:  # (a first name alone is rarely the official)
            if part[:1].isupper() and len(part) > 2:
                owners.setdefault(part, set()).add(code)
    for actor in singles:
        codes = owners.get(actor.name)
        if codes is not None and len(codes) == 1 and actor.name not in countries:
            countries[actor.name] = next(iter(codes))
        elif actor.name not in countries and actor.mentions:
            code = _titled_full_name(story.body, actor.name, actor.mentions[0][0])
            if code is not None:
                countries[actor.name] = code


_FIRST_NAME = re.compile(r"([A-Z][a-z]+)\s$")


def _titled_full_name(body: str, name: str, first: int) -> str | None:
    """The country of an official title before the full name of a one-word person, at its
    first occurrence before the first mention the people finder kept ("Pakistan's Chief of
    Army Staff General Asim Munir has ..." then "Munir said"): None when there is none."""
    at = body.find(" " + name, 0, first)
    if at < 0:
        return None
    given = _FIRST_NAME.search(body, max(0, at - 20), at + 1)
    if given is None:
        return None
    title = title_before(body, given.start(1))
    if not official_words(title) or non_government(title) or DEVOLVED.search(title):
        return None
    codes = _title_codes(title)
    return next(iter(codes)) if len(codes) == 1 else None


_COUNTRY_KINDS = frozenset(["name", "display", "demonym", "institution", "capital"])
# a country after these is the place or the partner, not the government the title serves
# ("Palestinian Ambassador to the Netherlands", "head of the Red Cross in Colombia")
_PLACE_BEFORE = re.compile(r"\b(?:to|in|at|on|with|from|for\s+(?:relations|talks)\s+with)\s+$")


@lru_cache(maxsize=4096)
def _title_codes(title: str) -> frozenset[str]:
    """The countries a title phrase serves: its country terms, not a place after "to"/"in"."""
    codes = set()
    for match in find_terms(title):
        term = match.term
        if term.kind not in _COUNTRY_KINDS or len(term.codes) != 1 or is_body(term.codes[0]):
            continue
        before = title[: match.start]
        if before.endswith(("the ", "The ")):
            before = before[:-4]
        if _PLACE_BEFORE.search(before):
            continue
        codes.add(term.codes[0])
    return frozenset(codes)


def _titled_country(actor: Actor, story: Story) -> str | None:
    """The one country a person's role appositives name: with a government body after the
    name ("Joshua Simmons, a lawyer for the US State Department,", "an official at the Indian
    embassy") or, in a role phrase before the name in commas, with an official title
    ("Palestinian Ambassador to the Netherlands, Ammar Hijazi,"); None when they name none or
    several, or the person carries an opposition, former or party title. A country with an
    office but no government body ("president of the Indian Merchants Chamber", "Real Madrid
    president") names no government: the people finder's reading of such titles stands."""
    body = story.body
    after = []
    for _start, end in actor.mentions[:3]:
        if body.startswith(",", end):  # (cheap test first: most names have no appositive)
            found = (
                _APPOSITION_AFTER.match(body, end)
                or _POSSESSIVE_AFTER.match(body, end)
                or _APPOSITION_ENDING.match(body, end)
            )
            if found is not None and (
                _folded_search(_GOVERNMENT_BODY, _GOVERNMENT_BODY_LOWER, found.group(1))
                or _FORCES_ROLE.search(found.group(1))
            ):
                after.append(found.group(1))
    roles = [
        r
        for r in _appositive_titles(actor, story)
        if _folded_search(_GOVERNMENT_BODY, _GOVERNMENT_BODY_LOWER, r) or official_words(r)
    ]
    if not after and not roles:
        return None
    phrases = [t for t in (*person_titles(actor, story), *roles) if t]
    if any(non_government(t) or DEVOLVED.search(t) for t in phrases):
        return None
    codes: set[str] = set()
    for phrase in (*after, *roles):
        codes |= _title_codes(phrase)
    if not codes and after:
        # a house style writing the seat of government in lower case ("Tom Casey, a state
        # department spokesman"): the institution's own name
        for phrase in after:
            codes |= _title_codes(_LOWER_SEAT.sub(lambda m: m.group(0).title(), phrase))
    return next(iter(codes)) if len(codes) == 1 else None


_LOWER_SEAT = re.compile(r"\b(?:state department|foreign office|home office|white house|kremlin)\b")


# a state's armed forces speak for it (issue 15 gold): "Col. Sofiya Qureshi, an Indian army
# officer,"; "Lt. Gen. Ahmed Sharif, Pakistan's military spokesperson,"
_FORCES_ROLE = re.compile(
    r"\b(?:army|military|navy|naval|air\s+force|armed\s+forces)\s+"
    r"(?:officer|spokes(?:man|woman|person)|commander|chief)\b"
)
# a country's role after a name: ", Pakistan's military spokesperson,"
_POSSESSIVE_AFTER = re.compile(r",\s+([A-Z][\w\-]*['’]s\s+[a-z][^,;:.!?\n\"“”]{2,60}),")
LATER_MENTIONS = 12  # mentions read for a country before a title ("Pakistan's Prime Minister X")


def _later_titled_country(actor: Actor, story: Story) -> str | None:
    """The one country named right before an official title in front of the person's later
    mentions ("Prime Minister Shehbaz Sharif ..." first, "Pakistan's Prime Minister Shehbaz
    Sharif" further down: the people finder reads the first three mentions only); None when
    none or several are named, or a title is an opposition, former or party one."""
    if len(actor.mentions) <= 3:
        return None  # (most people: no later mention to read)
    codes: set[str] = set()
    name_words = set(actor.name.split())
    for start, end in actor.mentions[3:LATER_MENTIONS]:
        if _opens_with_name(story.body, start, name_words):
            continue  # no title inside the mention (most are a name alone)
        # a mention may carry its title ("Prime Minister Shehbaz Sharif"), the country before
        own = [w for w in story.body[start:end].split() if w not in name_words]
        title = " ".join([title_before(story.body, start), *own]).strip()
        if not title:
            continue
        if non_government(title) or DEVOLVED.search(title):
            return None
        if official_words(title):
            codes |= _title_codes(title)
    if len(codes) != 1 or not government_title(actor, story):
        return None
    return next(iter(codes))


TITLE_WINDOW = 400  # characters before a person's first mention read for their title's country
# the country right before a title phrase: "Pakistan's", "Pakistani", "the Indian"
_COUNTRY_BEFORE_TITLE = re.compile(r"(?:^|[\s(])([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(?:['’]s)?\s+$")

_NAME_AFTER = re.compile(r"\s+[A-Z]")
_OPENS_BEFORE = frozenset(["", "\n", ".", "!", "?", '"', "“", "”"])


def _title_given_before(actor: Actor, story: Story) -> str | None:
    """The country given to the national title a person's first mention carries, just before
    it ("Pakistan's defense minister condemns ..." then "Defense Minister Khawaja Mohammad Asif
    has ..."): the nearest earlier use of the same title, within TITLE_WINDOW characters, with
    one country right before it, opening a sentence or a heading, and no name after it (a role
    noun standing for the person); None when there is none, or the title is no national
    office."""
    if not actor.mentions:
        return None
    body = story.body
    start = actor.mentions[0][0]
    if start < 10:
        return None
    mention = body[start : actor.mentions[0][1]]
    if mention == actor.name:
        return None  # (most people: a first mention with no title of its own)
    name_words = set(actor.name.split())
    title = " ".join(w for w in mention.split() if w not in name_words)
    if (
        not title
        or len(title.split()) > 4
        or not _names_national_office([title])
        or _title_codes(title)
        or non_government(title)
        or DEVOLVED.search(title)
    ):
        return None
    low = max(0, start - TITLE_WINDOW)
    # the nearest use, a whole phrase (no pattern compiled per title)
    at = body[low:start].lower().rfind(" " + title.lower() + " ")
    if at < 0:
        return None
    at += low + 1
    if _NAME_AFTER.match(body, at + len(title)):
        return None  # "Indian Defense Minister Rajnath Singh": another person's title
    country = _COUNTRY_BEFORE_TITLE.search(body, max(0, at - 40), at)
    if (
        country is None
        or body[max(0, country.start(1) - 8) : country.start(1)].rstrip()[-1:] not in _OPENS_BEFORE
    ):
        return None  # (only a sentence's or a heading's subject: "met France's foreign
        # minister" may name another minister than the one named next)
    codes = _title_codes(country.group(1))
    return next(iter(codes)) if len(codes) == 1 else None


# The UK's devolved governments, the one list: each nation's adjective with its governments'
# nouns, and the seats named alone. The adjective marks a devolved office or government, not
# the state's ("Scottish Finance Minister", "the Scottish government": ``DEVOLVED``, with a
# regional one's words); a government's name marks a British story about one
# (``_DEVOLVED_GOVERNMENT``; ``_DEVOLVED_WORDS``, a word of each, is the cheap test first).
_DEVOLVED_NATIONS = {
    "Scottish": ("Executive", "Government", "Parliament"),
    "Welsh": ("Assembly", "Government", "Executive"),
    "Northern Ireland": ("Executive", "Assembly"),
}
_DEVOLVED_SEATS = ("Holyrood", "Assembly Government", "Senedd", "Stormont")
_DEVOLVED_GOVERNMENT = re.compile(
    r"\b(?:"
    + "|".join(
        [rf"{nation}\s+(?:{'|'.join(nouns)})" for nation, nouns in _DEVOLVED_NATIONS.items()]
        + list(_DEVOLVED_SEATS)
    ).replace(" ", r"\s+")
    + r")\b"
)
_DEVOLVED_WORDS = tuple(name.split()[0] for name in [*_DEVOLVED_NATIONS, *_DEVOLVED_SEATS])
DEVOLVED = re.compile(rf"\b(?:{'|'.join(_DEVOLVED_NATIONS)}|state|provincial|regional)\b")


# a role phrase opening a clause, then the name in commas: "On Tuesday, South Africa's
# Department of International Relations and Cooperation (Dirco) director-general, Zane Dangor,
# told the court"; "Palestinian Ambassador to the Netherlands, Ammar Hijazi, told"
_APPOSITIVE_ROLE = re.compile(r"(?:^|[,\n]\s*|[.!?]\s+)([A-Z][^,;:.!?\n\"“”]{3,110}),\s+$")
_ROLE_END = re.compile(
    r"(?:director-general|director general|ambassador(?:\s+to\s+(?:the\s+)?[A-Z][\w ]+)?|"
    r"minister|secretary|spokes(?:man|woman|person)|envoy|adviser|advisor|counsel|"
    r"commander|chief|official|"
    # a portfolio after the office: "South Africa's minister of electricity"
    r"(?:minister|secretary)\s+(?:of|for)\s+(?:[a-z]+\s+){0,3}[a-z]+)$",
    re.IGNORECASE,
)


def _appositive_titles(actor: Actor, story: Story) -> list[str]:
    """The role phrase that opens a clause before a person's name set off by commas, when it
    ends with a role noun and opens with a country ("South Africa's ... director-general")."""
    body = story.body
    out = []
    for start, end in actor.mentions[:3]:
        if body[end : end + 1] != "," or body[max(0, start - 2) : start] != ", ":
            continue
        found = _APPOSITIVE_ROLE.search(body, max(0, start - 130), start)
        if found is None or not _ROLE_END.search(found.group(1)):
            continue
        role = found.group(1)
        first = find_terms(role)
        if first and first[0].start == 0 and first[0].term.kind in _COUNTRY_KINDS:
            out.append(role)
    return out


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
