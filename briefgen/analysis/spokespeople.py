"""Which organisation speaks through a spokesperson, and who holds a role noun.

"a Cosla spokesman" gives Cosla (:func:`spokes_modifier`); "a spokesman for Michael Howard"
his office's body (:func:`spokes_for`); "the prime minister's official spokesman" Downing
Street, the seat of the holder's office in ``briefgen/data/offices.toml`` (:func:`office_data`,
:func:`office_body`); "the executive" the body the story's context fits; a bare "a spokesman"
the organisation the previous sentence is about (:func:`recent_org`). :func:`role_person` is
the person holding a role noun ("the prime minister", via ``role_nouns.role_holder``);
:func:`org_named` the story's organisation of a name.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefgen.analysis.gazetteer import country_of_word
from briefgen.analysis.name_kinds import OUTLETS
from briefgen.analysis.name_lexicon import _gaz_info, _gazetteer, _story_date, lexicon
from briefgen.analysis.people import Person
from briefgen.analysis.quote_context import DATA_DIR, QuoteContext, mention_covering, sentence_of
from briefgen.analysis.role_nouns import role_holder

SPOKES_GENDER = {"spokesman": "m", "spokeswoman": "f", "spokesperson": None}


@dataclass(frozen=True)
class _Offices:
    """``offices.toml``: seats by (office, country), and (head, body, context words) triples."""

    seats: dict[tuple[str, str], str]
    definite: tuple[tuple[str, str, frozenset[str]], ...]
    # each party's name, alias ("Tories") and adjective ("Tory") -> (the name it speaks as,
    # whether the word may stand alone as a subject: not an adjective)
    parties: dict[str, tuple[str, bool]]


@cache
def office_data() -> _Offices:
    """Seats of offices and definite body descriptions from ``briefgen/data/offices.toml``."""
    with (DATA_DIR / "offices.toml").open("rb") as fh:
        doc = tomllib.load(fh)
    seats = {}
    for key, seat in doc["seats"].items():
        office, _, country = key.partition("|")
        seats[(office, country)] = seat
    definite = tuple(
        (d["head"], d["body"], frozenset(d["context"])) for d in doc.get("definite", [])
    )
    parties: dict[str, tuple[str, bool]] = {}
    for key, entry in doc.get("parties", {}).items():
        aliases = entry.get("aliases", [])
        # the name the quotes gold gives a party: its "... Party" alias, else its key
        # ("Conservative Party", "Labour Party", "Liberal Democrats", "UK Independence Party")
        speaks_as = next((a for a in aliases if a.endswith(" Party")), None)
        if speaks_as is None:
            speaks_as = next((a for a in aliases if len(a) > len(key) and " " in a), key)
        for word in [key, *aliases]:
            parties[word] = (speaks_as, True)
        for word in entry.get("adjectives", []):
            parties.setdefault(word, (speaks_as, False))
    return _Offices(seats, definite, parties)


def party_name(words: str) -> str:
    """The name a party speaks as when ``words`` name it ("Tories" -> "Conservative
    Party"), else ""."""
    found = office_data().parties.get(words)
    return found[0] if found is not None else ""


def party_body(ctx: QuoteContext, words: str, alone: bool = True) -> Person | None:
    """The party ``words`` name ("Labour", "the Tories", "UKIP"; with ``alone`` False also an
    adjective before a role: "Tory" in "a Tory spokesman"), as the organisation it speaks as
    ("Conservative Party"); None when the words are no party's."""
    words = words.strip()
    if words[:4] in ("the ", "The "):
        words = words[4:]
    found = office_data().parties.get(words)
    if found is None or (alone and not found[1]):
        return None
    return org_named(ctx, found[0])


def org_named(ctx: QuoteContext, name: str) -> Person:
    """The story's organisation called ``name`` (by name or alias), else a new one."""
    for p in ctx.people:
        if p.kind == "organisation" and (p.name == name or name in p.aliases):
            return p
    return Person(name=name, kind="organisation")


# a country's ministry named by the country and the ministry's field: "the Russian Foreign
# Ministry", "Russia's foreign ministry", "Seoul's foreign ministry", "the Chinese Ministry of
# Defence" (group "who": a demonym, or a country or capital before "'s")
STATE_MINISTRY_RE = re.compile(
    r"(?:[Tt]he |[Aa]n? )?(?:(?P<who>[A-Z][a-z]+(?: [A-Z][a-z]+)?)|(?P<owner>[A-Z][\w.]+(?: [A-Z]"
    r"[\w.]+)?)['’]s) (?:(?P<field>(?:[A-Za-z]+ ){1,2}?)[Mm]inistry|[Mm]inistry (?P<of>of (?:[A-Z]"
    r"[a-z]+ ?(?:and )?){1,4}))"
)


def state_ministry(phrase: str) -> Person | None:
    """The ministry a phrase names by its country and field, called as the demonym and the
    field ("Russia's foreign ministry" -> "Russian Foreign Ministry", "Seoul's foreign
    ministry" -> "South Korean Foreign Ministry"); None when the phrase is not so shaped or its
    country is not one the lexicons know. Not a ministry of a person ("Putin's ministry")."""
    m = STATE_MINISTRY_RE.fullmatch(phrase.strip())
    if m is None:
        return None
    word = m.group("who") or m.group("owner")
    code = country_of_word(word)
    demonym = _demonym(code) if code else None
    if demonym is None or (m.group("who") and m.group("who") not in lexicon().demonyms):
        return None
    if m.group("of"):
        return Person(name=f"{demonym} Ministry {m.group('of').strip()}", kind="organisation")
    field = " ".join(w[:1].upper() + w[1:] for w in m.group("field").split())
    return Person(name=f"{demonym} {field} Ministry", kind="organisation")


@cache
def _demonyms_by_country() -> dict[str, str]:
    """Each country's demonym: the longest the lexicon lists ("South Korean", not "Korean")."""
    out: dict[str, str] = {}
    for dem, code in lexicon().demonyms.items():
        if code not in out or len(dem) > len(out[code]):
            out[code] = dem
    return out


def _demonym(code: str) -> str | None:
    return _demonyms_by_country().get(code)


def office_body(ctx: QuoteContext, person: Person) -> Person | None:
    """The body an office holder's unnamed spokesperson speaks for ("Downing Street" for the
    UK prime minister), from the gazetteer office and ``offices.toml``; None when unknown."""
    gaz = _gazetteer()
    info = _gaz_info(gaz, person.name, _story_date(ctx.story)) if gaz is not None else None
    office = (getattr(info, "office", None) or "").lower()
    country = getattr(info, "country", None) or person.country or ""
    seat = office_data().seats.get((office, country)) if office else None
    return org_named(ctx, seat) if seat else None


def spokes_modifier(ctx: QuoteContext, mod: str) -> Person | None:
    """The body named by the words before "spokesman": "a Cosla spokesman", "the prime
    minister's official spokesman", "an executive spokeswoman"."""
    words = mod.split()
    for i, w in enumerate(words):
        if w.endswith(("'s", "’s")):
            # "the prime minister's (official) spokesman": the office of the role holder
            role = " ".join([*words[:i], w[:-2]]).lower()
            holder = role_person(ctx, role, None, lexicon()) if role in lexicon().roles else None
            return office_body(ctx, holder) if holder is not None else None
    org = _spokes_body(ctx, mod)
    if org is not None:
        return org
    return _definite_body(ctx, " ".join(w.lower() for w in words))


def _definite_body(ctx: QuoteContext, head: str) -> Person | None:
    """A body named by a lower-case head ("the executive") when the story's context fits."""
    for h, body_name, context in office_data().definite:
        if head == h or head.endswith(" " + h):
            for p in ctx.people:
                if p.kind == "organisation" and p.name.lower().endswith(" " + h):
                    return p
            if any(w in context for w in _story_words(ctx)):
                return org_named(ctx, body_name)
    return None


def _story_words(ctx: QuoteContext) -> frozenset[str]:
    """The story's words, as a set (memoised on the context)."""
    if ctx.words is None:
        ctx.words = frozenset(t[2] for t in ctx.toks)
    return ctx.words


def _spokes_body(ctx: QuoteContext, phrase: str) -> Person | None:
    """The organisation a spokesperson speaks for: "a Cosla spokesman", "a Labour spokesperson"."""
    words = phrase.split()
    caps = [w for w in words if w[:1].isupper() and w.lower() not in ("a", "an", "the", "our")]
    if caps:
        name = " ".join(caps)
        party = party_body(ctx, name, alone=False)
        if party is not None:
            return party  # "a Tory spokesman": the Conservative Party
        lex = lexicon()
        name = lex.bodies.get(name, name)
        for p in ctx.people:
            if p.name == name or name in p.aliases:
                return p
        return Person(name=name, kind="organisation")
    return None


def spokes_for(ctx: QuoteContext, for_ti: int) -> Person | None:
    """ "a spokesman for X": X's body (an organisation, or the office of a person)."""
    k = for_ti + 1
    if k < len(ctx.toks) and ctx.toks[k][2].lower() == "the":
        k += 1
    if k >= len(ctx.toks):
        return None
    cov = mention_covering(ctx, ctx.toks[k][0])
    if cov is None:
        return None
    p = cov[2]
    return p if p.kind == "organisation" else office_body(ctx, p)


def role_person(ctx: QuoteContext, role: str, modifier: str | None, lex: Any) -> Person | None:
    """The person holding ``role`` ("the prime minister", "the correspondent") in this story,
    by ``role_nouns.role_holder``; a lone correspondent of the story for "the correspondent"."""
    holder = role_holder(
        role, modifier, ctx.persons, lex, _gazetteer(), _story_date(ctx.story), ctx.body
    )
    if holder is None and role == "correspondent":
        cands = [p for p in ctx.persons if (p.title or "").lower() == "correspondent"]
        if len(cands) == 1:
            return cands[0]
    return holder


def recent_org(ctx: QuoteContext, before: int) -> Person | None:
    """A bare "a spokesman": the organisation that is the subject of the previous sentence."""
    sent = sentence_of(ctx, before)
    prev = sentence_of(ctx, sent[0] - 1) if sent[0] > 0 else None
    for span in (sent, prev):
        if span is None:
            continue
        i = bisect.bisect_left(ctx.ment_starts, span[0])
        if i < len(ctx.ments):
            s, _e, p = ctx.ments[i]
            lead = ctx.body[span[0] : s].strip().lower()
            if (
                s < span[1]
                and p.kind == "organisation"
                and lead in ("", "the")
                and (p.name not in OUTLETS)
            ):
                return p
    return None
