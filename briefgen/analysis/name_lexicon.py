"""The word lists names are read with, loaded once: titles, honorifics, peerage, given names,
role nouns, bodies, demonyms, parties, countries and the organisation cues of
``titles.toml``, ``names.toml`` and ``demonyms.toml`` (:func:`lexicon`), the surname
particles, the titles and honorifics written with a point (:func:`dotted_titles`), the
look-ups of a title or a modifier opening at a word, and the gazetteer's entry for a name.

It decides nothing: ``name_runs``, ``name_kinds``, ``people`` and ``role_nouns`` read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

from briefgen.analysis.namewords import DATA_DIR, data_file
from briefgen.model import Story

# the lower-case words that join the parts of a name ("Charles de Gaulle", "Osama bin Laden")
CONNECTORS = frozenset({"de", "van", "von", "der", "den", "bin", "ibn", "da", "di", "du", "del"})
# the particles a surname may open with ("Al Suwaidi", "de Villepin", "bin Salman", "Van Gogh")
SURNAME_PARTICLES = CONNECTORS | {"al", "el", "abu", "ben", "le", "la", "dos", "das", "ter"}
# the particles that may follow a connector inside a name ("Jeroen van der Veer", "Ursula von
# der Leyen", "Fernando de la Rua"): a name's two lower-case words, where one alone joins too
SECOND_PARTICLES = frozenset({"der", "den", "de", "la", "le", "los", "las", "des", "du"})
# the Arabic articles joined to a name by a hyphen ("al-Mansouri", "el-Sisi", "ash-Shara"): a
# surname written with one in lower case opens no capitalised run of its own ("al-Maliki said")
_ARTICLES = ("al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "ul")
ARTICLE_PARTICLES = frozenset(_ARTICLES)
ARTICLE_PARTICLE_RE = re.compile("(?:" + "|".join(_ARTICLES) + ")-[A-Z]")


@dataclass(frozen=True)
class _OrgCues:
    """Cues that a capitalised name is a company, not a person (``names.toml [organisations]``)."""

    heads: frozenset[str] = frozenset()
    nouns_before: frozenset[str] = frozenset()
    phrases_before: frozenset[str] = frozenset()
    possessions: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()


@dataclass
class _Lexicon:
    """The people lexicons of ``briefgen/data``, as sets and maps (see :func:`lexicon`)."""

    honorifics: dict[str, str]
    peerage: frozenset[str]
    titles: dict[tuple[str, ...], str]
    title_max: int
    postnominals: frozenset[str]
    roles: dict[str, str]
    role_words: frozenset[str]
    role_heads: frozenset[str]
    # the role nouns that end a role phrase of their own ("leader", "secretary"), not only
    # one's object ("state" of "secretary of state": "US state Texas" names no one)
    role_heads_alone: frozenset[str]
    bodies: dict[str, str]
    given: dict[str, str]
    gender_hints: dict[str, str]  # gender_hints.txt: given names that tell a gender only
    east_asian: frozenset[str]
    not_names: frozenset[str]
    demonyms: dict[str, str]
    parties: frozenset[str]
    countries: frozenset[str]
    org_cues: _OrgCues = field(default_factory=lambda: _OrgCues())
    # first words of the multi-word keys above: most words open none, which skips the joins
    title_first: frozenset[str] = frozenset()
    modifier_first: frozenset[str] = frozenset()


@cache
def lexicon() -> _Lexicon:
    """The people lexicons, loaded once from ``briefgen/data``."""
    titles_doc = data_file("titles.toml")
    names_doc = data_file("names.toml")
    dem_doc = data_file("demonyms.toml")
    titles = {tuple(k.split()): v for k, v in titles_doc["titles"].items()}
    roles = {k.lower(): v for k, v in titles_doc["roles"].items()}
    role_words = frozenset(w for k in roles for w in k.split()) | {
        "former",
        "shadow",
        "deputy",
        "acting",
        "senior",
        "junior",
        "party",
        "foreign",
        "home",
        "finance",
        "health",
        "education",
        "defence",
        "trade",
        "work",
        "pensions",
        "chief",
        "executive",
        "general",
        "vice",
        "press",
        "political",
        "economics",
        "affairs",
        "legal",
        "environment",
        "transport",
        "culture",
        "employment",
        "europe",
        "treasury",
    }
    role_heads = frozenset(k.split()[-1] for k in roles)
    role_heads_alone = frozenset(
        k.split()[-1] for k in roles if " " not in k or k.split()[-2] not in ("of", "for", "and")
    )
    bodies: dict[str, str] = {}
    for b in titles_doc["bodies"]["names"]:
        canon = b[4:] if b.startswith("the ") else b
        bodies[canon] = {"Number 10": "Downing Street", "No 10": "Downing Street"}.get(canon, canon)
    given: dict[str, str] = {}
    for gender in ("m", "f"):
        for w in names_doc["given_names"][gender].split():
            given[w] = "" if w in given else gender
    hints: dict[str, str] = {}
    for line in (DATA_DIR / "gender_hints.txt").read_text("utf-8").splitlines():
        gender, _, words = line.partition(" ")
        if gender in ("m", "f"):
            hints.update((w, gender) for w in words.split() if w not in given)
    countries = set()
    try:
        import pycountry

        for c in pycountry.countries:
            countries.add(c.name)
            if getattr(c, "common_name", None):
                countries.add(c.common_name)
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    countries |= {
        "Britain",
        "UK",
        "US",
        "USA",
        "America",
        "North Korea",
        "South Korea",
        "Russia",
        "Iran",
        "Syria",
        "Korea",
        "Taiwan",
        "Vietnam",
        "Europe",
        "Africa",
        "Asia",
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "Ulster",
    }
    demonyms = dict(dem_doc["demonyms"])
    parties = frozenset(dem_doc["parties"]["words"])
    country_names = frozenset(countries)
    return _Lexicon(
        honorifics=dict(titles_doc["honorifics"]),
        peerage=frozenset(titles_doc["peerage"]["words"]),
        titles=titles,
        title_max=max(len(k) for k in titles),
        postnominals=frozenset(titles_doc["postnominals"]["words"]),
        roles=roles,
        role_words=role_words,
        role_heads=role_heads,
        role_heads_alone=role_heads_alone,
        bodies=bodies,
        given=given,
        gender_hints=hints,
        east_asian=frozenset(names_doc["east_asian"]["family_names"].split()),
        not_names=frozenset(names_doc["not_names"]["words"].split()),
        org_cues=_org_cues(names_doc.get("organisations", {})),
        demonyms=demonyms,
        parties=parties,
        countries=country_names,
        title_first=frozenset(k[0] for k in titles if k),
        modifier_first=frozenset(
            phrase.split(" ")[0] for group in (demonyms, parties, country_names) for phrase in group
        ),
    )


def _org_cues(doc: dict[str, Any]) -> _OrgCues:
    """The ``[organisations]`` table of ``names.toml`` as sets."""
    return _OrgCues(
        heads=frozenset(doc.get("heads", "").split()),
        nouns_before=frozenset(doc.get("nouns_before", "").split()),
        phrases_before=frozenset(doc.get("phrases_before", [])),
        possessions=frozenset(doc.get("possessions", [])),
        after=frozenset(doc.get("after", "").split()),
    )


def _gazetteer() -> Any:
    """H2's gazetteer module, or None while it is not there."""
    try:
        from briefgen.analysis import gazetteer  # type: ignore[attr-defined]
    except Exception:
        return None
    return gazetteer


def _story_date(story: Story) -> date | None:
    """The story's publication day, or None when it has none."""
    return story.published.date() if story.published else None


def _gaz_info(gaz: Any, name: str, on: date | None) -> Any:
    """The gazetteer's entry for the person ``name`` on day ``on``, or None."""
    try:
        return gaz.person_info(name, on)
    except Exception:
        return None


def _match_title(words: list[str], i: int, lex: _Lexicon) -> tuple[str, int] | None:
    """The longest title of ``titles.toml`` opening at ``words[i]``: (its canonical form, its
    length in words), else None."""
    if i >= len(words) or words[i] not in lex.title_first:
        return None
    for n in range(min(lex.title_max, len(words) - i), 0, -1):
        key = tuple(words[i : i + n])
        if key in lex.titles:
            return lex.titles[key], n
    return None


def _modifier_len(words: list[str], i: int, lex: _Lexicon) -> int:
    """The length in words of a demonym, party or country opening at ``words[i]`` (at most
    three), else 0."""
    if i >= len(words) or words[i] not in lex.modifier_first:
        return 0
    for n in (3, 2, 1):
        if i + n <= len(words):
            phrase = " ".join(words[i : i + n])
            if phrase in lex.demonyms or phrase in lex.parties or phrase in lex.countries:
                return n
    return 0


@cache
def dotted_titles() -> frozenset[str]:
    """Honorifics and one-word titles written with an abbreviation point ("Mr.", "Sen.",
    "Gov.", "Lt."): the words of both lexicons that ``abbreviations.txt`` also lists."""
    from briefgen.analysis.sentences import abbreviations

    lex = lexicon()
    words = set(lex.honorifics) | {k[0] for k in lex.titles if len(k) == 1}
    abbrevs = abbreviations()
    return frozenset(w for w in words if w.lower() in abbrevs)
