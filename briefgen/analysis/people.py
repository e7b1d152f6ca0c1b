"""People (and speaking organisations) named in a story, canonicalised within the story: which
mentions are one :class:`Person`.

``Russian President Vladimir Putin``, ``President Putin``, ``Putin`` and ``Mr Putin`` are one
:class:`Person` named "Vladimir Putin" with title "President" and modifier "Russian". Hyphenated
Korean given names are normalised (``Kim Jong-un`` -> "Kim Jong Un") so a name is the same
string across stories. Role nouns (``the prime minister``) are linked to their holder by
``role_nouns``.

Surname-only people (BBC's ``Mr Blair`` with no first name anywhere in the story) get the full
name from the gazetteer when it knows exactly one holder of an office the story mentions by
that surname (on the story's date when known); otherwise the canonical name is the bare surname
("Blair"), never a guess.

The name mentions come from ``name_runs`` (which capitalised runs are names), the evidence of
what a name is from ``name_kinds`` (a person, an organisation, an outlet, a law or a place).
All passes are linear in the body: one tokenising regex without nested quantifiers, then
dictionary look-ups.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any, Literal

from briefgen.analysis.credits import credit_spans, in_credit
from briefgen.analysis.document import sentence_start, story_datelines
from briefgen.analysis.mentions import _Tok, place_or_body, speech_position
from briefgen.analysis.name_kinds import (
    AGE_APPOSITION_RE,
    DESCRIBED_RE,
    ORG_EVIDENCE,
    _acts,
    _common_noun,
    _company_not_person,
    _followed_by_speech,
    _name_word,
    _opens_with_surname,
    _outlet_reports,
    _person_shaped,
    _role_apposition,
    _speaks_past_apposition,
    organisation_evidence,
)
from briefgen.analysis.name_lexicon import (
    SURNAME_PARTICLES,
    _gaz_info,
    _gazetteer,
    _Lexicon,
    _story_date,
    lexicon,
)
from briefgen.analysis.name_runs import _Cand, _candidates, _tokens, capitalised_cues
from briefgen.analysis.namesakes import (
    introduced_as_kin,
    kin_apposition,
    same_given_name,
    short_name_holder,
)
from briefgen.analysis.namewords import function_words
from briefgen.analysis.role_nouns import _link_roles
from briefgen.analysis.sentences import plain_spaces
from briefgen.analysis.whole_words import has_word
from briefgen.model import Story

# the step's names; the word lists, name kinds and role nouns are imported from their homes
# (name_lexicon, name_kinds, role_nouns)
__all__ = ["Person", "PersonKind", "find_people", "normalise_name"]


PersonKind = Literal["person", "organisation"]


@dataclass
class Person:
    """A person or speaking organisation named in one story."""

    name: str
    kind: PersonKind = "person"
    title: str | None = None
    modifier: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    gender: str | None = None  # "m", "f" or None when not knowable
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    # a single name known only from speaking ("Nintendo said", "Teske said"): no he/she refers
    # to it until the story gives it a gender
    weak: bool = False
    # a speaker's title with the qualifier the story writes before it ("Labour campaign
    # spokesman"): set by ``role_labels.speaker_roles`` for the people quoted
    role: str | None = None

    @property
    def display_title(self) -> str | None:
        """The title as shown next to the name ("President", "Tory leader")."""
        if self.title and self.modifier and self.title[:1].islower():
            return f"{self.modifier} {self.title}"
        return self.title


# an initial followed by another initial: "P. J." (the space goes, "P.J.")
SPACED_INITIALS_RE = re.compile(r"\b([A-Z])\. (?=[A-Z]\.(?:\s|$))")


@lru_cache(maxsize=16384)
def normalise_name(name: str) -> str:
    """Canonical spelling: Korean hyphenated given names split ("Kim Jong-un" -> "Kim Jong Un");
    initials written together, with or without spaces ("P. J. Crowley" -> "P.J. Crowley")."""
    if ". " in name:
        name = SPACED_INITIALS_RE.sub(r"\1.", name)
    parts = name.split()
    lex = lexicon()
    if len(parts) >= 2 and parts[0] in lex.east_asian and "-" in parts[1]:
        given = [p[:1].upper() + p[1:].lower() for p in parts[1].split("-") if p]
        parts = [parts[0], *given, *parts[2:]]
    return " ".join(parts)


# a Korean given name written with a hyphen and its second syllable in lower case ("Ki-moon",
# "Jae-in", "Geun-hye"): the name before it is the family name, whatever list knows it
# (hyphenated Western surnames capitalise both parts: "Zuma-Sambudla")
KOREAN_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,5}")

ACRONYM_RE = re.compile(r" \(([A-Z][A-Za-z&]{1,9})\)")
ACRONYM_SKIP = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "des", "du", "la"})


def _acronyms(body: str, toks: list[_Tok]) -> dict[str, str]:
    """``Full Name (FN)`` definitions: acronym -> the full name whose capitalised words'
    initials spell it (function words may or may not contribute a letter)."""
    out: dict[str, str] = {}
    starts: list[int] | None = None
    for m in ACRONYM_RE.finditer(body):
        acr = m.group(1)
        letters = [c for c in acr if c.isupper()]
        if len(letters) < 2 or acr in out:
            continue
        if starts is None:
            starts = [t[0] for t in toks]
        ti = bisect.bisect_left(starts, m.start()) - 1
        pos = len(letters) - 1
        first = -1
        steps = 0
        while ti >= 0 and pos >= 0 and steps < 12:
            t = toks[ti]
            steps += 1
            gap = body[t[1] : toks[ti + 1][0]] if ti + 1 < len(toks) else ""
            if t[1] > m.start() or (ti + 1 < len(toks) and len(gap) > 3):
                break
            w = t[2]
            if w[0].upper() == letters[pos] and (w[0].isupper() or w in ACRONYM_SKIP):
                pos -= 1
                first = ti
            elif w not in ACRONYM_SKIP:
                break
            ti -= 1
        if pos < 0 and first >= 0 and toks[first][4]:
            full = body[toks[first][0] : m.start()].strip()
            if "\n" not in full and full.upper() != acr:
                out[acr] = full
    return out


# an acronym: capitals, perhaps a lower-case function word's letter inside ("HPA", "MoD")
ACRONYM_WORD_RE = re.compile(r"[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,6}")


def _initials(name: str) -> str:
    """The acronym a name's words spell: a capitalised word's initial, a function word's in
    lower case ("Ministry of Defence" -> "MoD", "Health Protection Agency" -> "HPA")."""
    return "".join(w[0] if w[0].isupper() else w[0].lower() for w in name.split() if w)


def _spelled_by(acr: str, people: list[Person]) -> str | None:
    """The one organisation named so far whose words spell acronym ``acr`` (its function words
    giving a letter or not: "HPA" after "the Health Protection Agency", "MoD" after "the
    Ministry of Defence"), though the story never wrote "(HPA)"; else None."""
    found = []
    for p in people:
        if p.kind != "organisation" or " " not in p.name:
            continue
        if acr in _spellings(p.name):
            found.append(p.name)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _spellings(name: str) -> tuple[str, str]:
    """The acronyms ``name`` spells: with its function words' letters and without."""
    spelled = _initials(name)
    return spelled, "".join(ch for ch in spelled if ch.isupper())


def _particle_tail(parts: list[str]) -> str | None:
    """The surname with its particle at the end of a full name ("Jamal Sanad Al Suwaidi" ->
    "Al Suwaidi", "Dominique de Villepin" -> "de Villepin"), else None."""
    for k in range(1, len(parts) - 1):
        if parts[k].lower() in SURNAME_PARTICLES:
            return " ".join(parts[k:])
    return None


def _full_name_met(
    c: _Cand,
    name: str,
    alias: dict[str, list[Person]],
    pending: list[tuple[_Cand, str, Person | None]],
) -> Person | int | None:
    """The one person met earlier whose full name ends with the particle surname ``name``
    ("Jamal Sanad Al Suwaidi" for "Al Suwaidi"), else the index in ``pending`` of the latest
    earlier mention of such a full name that is no person yet, else None."""
    met = [q for q in alias.get(name, ()) if q.kind == "person" and q.name != name]
    if len(met) == 1:
        return met[0]
    if met:
        return None
    tail = c.name_tokens
    for k in range(len(pending) - 1, -1, -1):
        d, _, q = pending[k]
        if q is None and len(d.name_tokens) > len(tail) and d.name_tokens[-len(tail) :] == tail:
            return k
    return None


def _gender(cand: _Cand, lex: _Lexicon) -> str | None:
    """The gender a mention shows: its honorific's or peer title's, else its given name's."""
    if cand.honorific:
        g = lex.honorifics.get(cand.honorific, "")
        return g if g in ("m", "f") else None
    if cand.name_tokens and cand.name_tokens[0] in lex.peerage:
        g = lex.honorifics.get(cand.name_tokens[0], "")
        return g if g in ("m", "f") else None
    if len(cand.name_tokens) >= 2 and cand.name_tokens[0] not in lex.east_asian:
        first = cand.name_tokens[0]
        g = lex.given.get(first, "") if first in lex.given else lex.gender_hints.get(first, "")
        return g or None
    return None


def _affiliation(body: str, c: _Cand, pending: list[tuple[_Cand, str, Person | None]]) -> bool:
    """Is ``c`` the body a person just named is "of" ("Katya Malofeeva of Renaissance
    Capital, an investment bank, said")? The apposition and the verb after it are that
    person's: they make ``c`` no speaker."""
    if not pending or pending[-1][2] is None:
        return False
    return body[pending[-1][0].end : c.start] in (" of ", " of the ")


def find_people(story: Story) -> list[Person]:
    """People and speaking organisations of ``story`` with their mentions, by first mention."""
    lex = lexicon()
    body = plain_spaces(story.body)
    toks = _tokens(body)
    cands = _candidates(body, toks, story_datelines(story))
    if "&" in body:  # "B&B", "AT&T": a piece of an initialism joined by "&" names no one
        cands = [
            c
            for c in cands
            if "&" not in (body[c.name_start - 1 : c.name_start], body[c.end : c.end + 1])
        ]
    credits = credit_spans(body)
    if credits:  # "Jessica Kourkounis for The New York Times": a photographer, no one quoted
        cands = [c for c in cands if not in_credit(credits, c.start)]
    gaz = _gazetteer()
    on = _story_date(story)
    low_body = body.lower()

    people: list[Person] = []
    by_name: dict[str, Person] = {}
    # a person's full name without its first word, when that is no given name ("Kevin
    # Swanson" for "Pastor Kevin Swanson"): ``_with_a_word_before``
    tails: dict[str, list[Person]] = {}
    alias: dict[str, list[Person]] = {}

    def add_alias(key: str, p: Person) -> None:
        """Let ``key`` name ``p`` from here on."""
        lst = alias.setdefault(key, [])
        if p not in lst:
            lst.append(p)
        if key not in p.aliases:
            p.aliases.append(key)

    def register(name: str, kind: PersonKind) -> Person:
        """The one entity named ``name``, made on first use with the aliases a person's name
        gives: its surname, particle surname, East Asian family name, name without a peer
        title."""
        p = by_name.get(name)
        if p is None and kind == "person" and " " in name:
            p = _with_a_word_before(by_name, tails, name, lex)
            if p is not None:
                # "Pastor Kevin Swanson" and "Kevin Swanson": one person, named without the
                # word before when the story writes it as a word ("the pastor"), or it opens
                # no name ("Neither Donald J. Trump"); "Mario Vargas Llosa" stays whole
                extra = p.name.split(" ", 1)[0]
                if p.name.endswith(" " + name) and (
                    extra in function_words()
                    or extra.lower() in lex.role_words
                    or _written_lower(extra, body)
                ):
                    p.name = name
                by_name[name] = p
                add_alias(name, p)
        if p is None:
            p = Person(name=name, kind=kind)
            by_name[name] = p
            people.append(p)
            parts = name.split()
            add_alias(name, p)
            if kind == "person":
                if len(parts) >= 3 and parts[0] not in lex.given:
                    tails.setdefault(" ".join(parts[1:]), []).append(p)
                add_alias(parts[-1], p)
                tail = _particle_tail(parts)
                if tail is not None:  # "Al Suwaidi", "de Villepin": as written, and opening
                    add_alias(tail, p)  # a sentence
                    add_alias(tail[:1].upper() + tail[1:], p)
                if len(parts) >= 2 and (
                    parts[0] in lex.east_asian
                    or ("-" in parts[-1] and KOREAN_GIVEN_RE.fullmatch(parts[-1]))
                ):
                    # "Kim Jong Un", "Ban Ki-moon": the family name first is the short form
                    add_alias(parts[0], p)
                if parts[0] in lex.peerage and len(parts) >= 2:
                    add_alias(" ".join(parts[1:]), p)
        return p

    # pass 1: organisations and multi-word strong person names
    acronyms = _acronyms(body, toks) if " (" in body else {}
    pending: list[tuple[_Cand, str, Person | None]] = []  # candidate, its name, its person
    for at, c in enumerate(cands):
        if c.surname_only:
            # "Black said", '"…," said Guardian': the person named in full with that surname
            q = _named_in_full(alias, c.name_tokens[0])
            if q is not None:
                _note(q, c, lex)
                continue
            if not c.org:
                continue
        if c.org:
            nm = " ".join(c.name_tokens)
            nm = lex.bodies.get(nm, nm)
            full = acronyms.get(nm)
            if full is None and nm not in by_name and ACRONYM_WORD_RE.fullmatch(nm):
                full = _spelled_by(nm, people)
            if full is not None:
                p = register(full, "organisation")
                add_alias(nm, p)
            else:
                p = register(nm, "organisation")
            p.mentions.append((c.start, c.end))
            continue
        name = normalise_name(" ".join(c.name_tokens))
        # (a place read as a name, "San Francisco", is only ever linked: pass 2)
        multi = len(c.name_tokens) >= 2 and c.name_tokens[0] not in lex.peerage and not c.alias_only
        if multi and c.name_tokens[0].lower() in SURNAME_PARTICLES:
            # "Al Suwaidi" after "Jamal Sanad Al Suwaidi": his surname, not another person
            met = _full_name_met(c, name, alias, pending)
            if met is not None:
                if isinstance(met, int):  # a full name read so far as too weak to register
                    d, d_name, _ = pending[met]
                    full = register(d_name, "person")
                    _note(full, d, lex)
                    pending[met] = (d, d_name, full)
                    met = full
                _note(met, c, lex)
                pending.append((c, name, met))
                continue
        if (
            multi
            and c.honorific
            and not (c.name_tokens[0] in lex.given or c.name_tokens[0].endswith("."))
        ):
            multi = False  # "Mrs Parker Bowles": a surname; link it to the full name first
        known = False
        if multi and not c.strong and gaz is not None:
            known = _gaz_info(gaz, name, on) is not None
        if multi and (
            c.strong
            or known
            or (
                (_followed_by_speech(body, c.end) or speech_position(body, c.start, c.end))
                and not _affiliation(body, c, pending)
            )
            or _organisations_person_speaking(body, cands, at, lex)
        ):
            p = register(name, "person")
            _note(p, c, lex)
            pending.append((c, name, p))
        else:
            pending.append((c, name, None))
    # pass 2: single names / peers / surnames -> existing people, else new (if evidence)
    honorific_surnames: set[str] | None = None  # built once, on first need
    # single names that speak ("Teske said"): evidence for a fuller name met earlier
    singles: dict[str, list[_Cand]] | None = None  # single-name mentions by name, on need
    speaks: dict[str, bool] = {}  # name -> one of its single mentions is in speech position
    # single names met alone inside a sentence ("... , Sanders compared"): a two-word run whose
    # last word is one of them is a person's full name and surname ("Bernie Sanders")
    lone: set[str] | None = None
    for c, name, p in pending:
        if p is not None:
            continue
        target = _resolve_alias(alias, name, c, lex, body)
        if (
            target is None
            and len(c.name_tokens) == 2
            and any(" " in q.name for q in alias.get(c.name_tokens[1], ()) if q.kind == "person")
            and _given_shaped(c, lex, body) == "maybe"
            and not _shows_a_person(body, c, lex)
        ):
            continue  # "Chelsea Clinton" beside Bill Clinton: no mention of his, nor sure a name
        if c.alias_only:
            if target is not None and target.kind == "person":
                _note(target, c, lex)
            continue
        if target is None and len(c.name_tokens) >= 2 and c.name_tokens[0] not in lex.peerage:
            # weak multi-word run: a person only when its surname is used with an honorific
            # or a speech verb elsewhere.
            last = c.name_tokens[-1]
            if honorific_surnames is None:
                honorific_surnames = {d.name_tokens[-1] for d, _, _ in pending if d.honorific}
            if singles is None:
                singles = {}
                for d, _, q in pending:
                    if q is None and len(d.name_tokens) == 1:
                        singles.setdefault(d.name_tokens[0], []).append(d)
            if last not in speaks:
                speaks[last] = any(
                    speech_position(body, d.start, d.end) for d in singles.get(last, ())
                )
            if lone is None:
                lone = {
                    d.name_tokens[0]
                    for d, _, q in pending
                    if len(d.name_tokens) == 1
                    and not d.honorific
                    and not d.title
                    and _acts(body, d.end)
                    and (
                        not sentence_start(body, d.start)
                        or (
                            _opens_with_surname(d.name_tokens[0], body)
                            and not DESCRIBED_RE.match(body, d.end)
                        )
                    )
                }
            if last in honorific_surnames or speaks[last] or _followed_by_speech(body, c.end):
                target = register(name, "person")
            elif _person_shaped(c, lex) and any(
                _speaks_past_apposition(body, d.end) for d in singles.get(last, ())
            ):
                target = register(name, "person")  # "Eva Miller" ... "Miller, a retired …, said"
            elif last in lone and _person_shaped(c, lex):
                target = register(name, "person")  # "Bernie Sanders" ... "Sanders compared"
            elif (
                _role_apposition(body, c.end, lex)
                or (body.startswith(", ", c.end) and AGE_APPOSITION_RE.match(body, c.end))
                or kin_apposition(body, c.end)
            ) and _person_shaped(c, lex):
                # "Huma Abedin, vice chairwoman for Clinton's campaign, emailed"; "Tracy
                # Martin, Trayvon's father, issued"
                target = register(name, "person")
        if target is None and (c.honorific or c.title or c.name_tokens[0] in lex.peerage):
            full = _gaz_full_name(gaz, c.name_tokens[-1], on, low_body) if gaz else None
            if full and c.name_tokens[0] not in lex.peerage:
                target = by_name.get(full) or register(full, "person")
                add_alias(c.name_tokens[-1], target)
            else:
                target = register(name, "person")
        if target is None and len(c.name_tokens) == 1 and gaz is not None:
            full = _gaz_full_name(gaz, name, on, low_body)
            if full and _followed_by_speech(body, c.end):
                target = by_name.get(full) or register(full, "person")
                add_alias(name, target)
        if target is None and len(c.name_tokens) == 1 and _after_inverted_cue(body, c):
            # "..., says Yao." after "Yao Zhe", "..., says Rashmi." after "Rashmi Singh": the
            # one person named in full before with that first word (a family name written
            # first, or a given name as features use it)
            target = _named_first(people, name, c.start)
        if (
            target is None
            and len(c.name_tokens) == 1
            and c.modifier is None  # "minister German Gref": is German a name or a country?
            and (
                (speaking := speech_position(body, c.start, c.end))
                or _outlet_reports(name, body, c.end)
            )
            and not _common_noun(name, body, c.start, toks)
            and (gaz is None or _gaz_info(gaz, name, on) is None)
        ):
            # a name no list knows, speaking: "said O'Neill.", "Teske said."; an outlet
            # reporting: '," Politico reported.' (an organisation, then)
            kind: PersonKind = "organisation" if place_or_body(name) or not speaking else "person"
            target = register(name, kind)
            target.weak = True
        if target is None:
            continue
        _note(target, c, lex)
    honorifics = {c.name_tokens[-1] for c, _, _ in pending if c.honorific or c.title}
    for p in people:
        if p.kind == "person" and (
            _company_not_person(body, p, honorifics, lex, gaz, on)
            or (
                " " not in p.name
                and _one_bare_word(p, honorifics, lex)
                and _acts_as_organisation(body, p, gaz, on)
            )
        ):
            p.kind = "organisation"
            p.gender = None
    _merge_given_names(body, people, alias)
    _link_roles(story, people, lex, gaz, on)
    for p in people:
        p.mentions.sort()
        if p.kind == "person" and p.title is None and gaz is not None:
            info = _gaz_info(gaz, p.name, on)
            if info is not None and getattr(info, "office", None):
                p.country = p.country or getattr(info, "country", None)
        if p.kind == "person" and p.country is None and p.modifier:
            p.country = lex.demonyms.get(p.modifier) or None
    return people


_INVERTED_CUES = (", says ", ", said ")


def _after_inverted_cue(body: str, c: _Cand) -> bool:
    """Does mention ``c`` close a clause after an inverted cue ("..., says Yao.")?"""
    return body[c.start - 7 : c.start] in _INVERTED_CUES and body[c.end : c.end + 1] in ".,;"


def _named_first(people: list[Person], word: str, before: int) -> Person | None:
    """The one person named in full before offset ``before`` whose name opens with ``word``
    (not one of the East Asian family names the register already reads), else None."""
    found = [
        p
        for p in people
        if p.kind == "person"
        and p.name.split(" ", 1)[0] == word
        and " " in p.name
        and p.mentions
        and min(s for s, _ in p.mentions) < before
    ]
    return found[0] if len(found) == 1 else None


def _merge_given_names(body: str, people: list[Person], alias: dict[str, list[Person]]) -> None:
    """'"…," says Aisha' after "Aisha Mohamed": features and many outlets call people by
    their given name after the first mention. A one-word person the finder met only speaking
    (weak) is merged into the one person named in full before it with that given name (none
    when no one, or more than one, was; a name the text treats as an organisation's, "Apple
    said its …", is no given name)."""
    singles = [p for p in people if p.weak and p.kind == "person" and " " not in p.name]
    if not singles:
        return  # (most stories: no one-word person met only speaking)
    by_given: dict[str, list[Person]] = {}
    for p in people:
        if p.kind == "person" and " " in p.name and p.mentions:
            by_given.setdefault(p.name.split(" ", 1)[0], []).append(p)
    for single in singles:
        full = by_given.get(single.name, [])
        first = min(s for s, _ in single.mentions) if single.mentions else -1
        if len(full) != 1 or min(s for s, _ in full[0].mentions) > first:
            continue
        rest = full[0].name.split()[1:]
        if (
            len(rest) != 1
            or organisation_evidence(body, single.mentions, lexicon())
            or any(_written_lower(word, body) for word in rest)
        ):
            continue  # "Fiat" and "Fiat Auto", "Apple" and "Apple Developer Connection": firms
        into = full[0]
        into.mentions.extend(single.mentions)
        into.gender = into.gender or single.gender
        alias[single.name] = [into]
        if single.name not in into.aliases:
            into.aliases.append(single.name)
        people.remove(single)


def _written_lower(word: str, body: str) -> bool:
    """Does the story also write ``word`` in lower case (a common word: "games", "auto",
    "connection"), so that a name ending in it is no given name and surname?"""
    return has_word(body, word.lower())


def _organisations_person_speaking(body: str, cands: list[_Cand], at: int, lex: _Lexicon) -> bool:
    """Is ``cands[at]`` a person-shaped name after an organisation's possessive, the two the
    subject of a speech verb ('," added Ernst and Young's Sanjay Mehta.'): the organisation's
    person speaking? (A product after a possessive, "Microsoft's Internet Explorer", is the
    subject of no speech verb.) The index is passed, not found: ``cands.index`` compared the
    dataclass field by field with every earlier candidate."""
    c = cands[at]
    if body[c.start - 2 : c.start] not in ("s ", "' ", "’ "):
        return False
    org = cands[at - 1] if at else None
    if org is None or not org.org or body[org.end : c.start] not in ("'s ", "’s ", "' ", "’ "):
        return False
    return _person_shaped(c, lex) and speech_position(body, org.start, c.end)


def _one_bare_word(p: Person, honorifics: set[str], lex: _Lexicon) -> bool:
    """Is ``p`` named by one word only, never with a given name, honorific or title ("Shell",
    "Sophos", "Bono")?"""
    return (
        " " not in p.name
        and p.title is None
        and p.gender is None
        and p.name not in honorifics
        and p.name not in lex.given
    )


def _acts_as_organisation(body: str, p: Person, gaz: Any, on: date | None) -> bool:
    """Does the story treat the one-word name ``p`` as an organisation ("Shell told
    investors that its reserves ...", "anti-virus firm Sophos said"), and does the gazetteer
    know no person of that name?"""
    if organisation_evidence(body, p.mentions, lexicon()) < ORG_EVIDENCE:
        return False
    return gaz is None or _gaz_info(gaz, p.name, on) is None


def _note(p: Person, c: _Cand, lex: _Lexicon) -> None:
    """Add mention ``c`` to ``p``, with the title, modifier and gender it shows."""
    p.mentions.append((c.start, c.end))
    if c.title and (p.title is None or p.title in ("MP", "MSP", "MEP")):
        p.title = c.title
        if c.modifier:
            p.modifier = c.modifier
    elif c.modifier and p.modifier is None:
        p.modifier = c.modifier
    g = _gender(c, lex)
    if g and p.gender is None:
        p.gender = g


def _resolve_alias(
    alias: dict[str, list[Person]], name: str, c: _Cand, lex: _Lexicon, body: str
) -> Person | None:
    """The person met so far that mention ``c`` (read as ``name``) refers to: by its name,
    its name without a peer title, or its surname (a surname after another given name names
    no one: ``namesakes.same_given_name``); of several, the one of the same gender, the one
    holding its title, the one the story already called by the bare surname
    (``namesakes.short_name_holder``), else the one mentioned last before it."""
    keys = [name]
    if c.name_tokens[0] in lex.peerage and len(c.name_tokens) >= 2:
        keys.append(" ".join(c.name_tokens[1:]))
    surname = c.name_tokens[-1]
    keys.append(surname)
    g: str | None = ""  # the mention's gender, worked out once a key is known
    for key in keys:
        known = alias.get(key)
        if not known:
            continue
        cands = [p for p in known if p.kind == "person"]
        if key == surname and key != name and _given_shaped(c, lex, body):
            # "Chelsea Clinton" is not Bill Clinton: a given name must agree
            cands = [p for p in cands if same_given_name(c.name_tokens[0], p.name)]
        if g == "":
            g = _gender(c, lex)
        if g:
            cands = [p for p in cands if p.gender in (None, g)] or cands
        if len(cands) == 1:
            return cands[0]
        if len(cands) > 1 and c.title:
            # "Defence Secretary Rajapakse" after "Defence Secretary Gotabhaya Rajapakse, …
            # President Mahinda Rajapakse's brother": the one who holds that title
            same = [p for p in cands if p.title and p.title.lower() == c.title.lower()]
            if len(same) == 1:
                return same[0]
        if len(cands) > 1 and key == surname and len(c.name_tokens) == 1:
            holder = short_name_holder(body, cands, surname, c.start)
            if holder is not None:
                return holder  # "Kadyrov" after "His father, Ahmed Kadyrov": still the son
        if len(cands) > 1 and not c.title and not c.honorific:
            kinless = [p for p in cands if not introduced_as_kin(body, p)]
            if len(kinless) == 1:
                return kinless[0]  # the relative introduced as someone's kin is not meant
        if len(cands) > 1:
            # nearest preceding full mention wins
            best = None
            best_pos = -1
            for p in cands:
                for s, _ in p.mentions:
                    if best_pos < s < c.start:
                        best, best_pos = p, s
            return best
    return None


def _shows_a_person(body: str, c: _Cand, lex: _Lexicon) -> bool:
    """Does the text right after mention ``c`` show a person: a speech verb, or an apposition
    of a role or an age ("Tracy Martin, Trayvon's father, issued")?"""
    return (
        _followed_by_speech(body, c.end)
        or speech_position(body, c.start, c.end)
        or _role_apposition(body, c.end, lex)
        or kin_apposition(body, c.end)
        or (body.startswith(", ", c.end) and AGE_APPOSITION_RE.match(body, c.end) is not None)
    )


def _given_shaped(c: _Cand, lex: _Lexicon, body: str) -> str:
    """How mention ``c`` of two words opens: "given" with a given name the given names or
    gender hints list, or an initial ("Phyllis Schlafly", "J. Smith"); "maybe" with a word
    shaped as one that the story never writes in lower case ("Chelsea Clinton"); else ""
    ("Team Clinton", "Lord Kinnock", "Celebrating Clinton"; "Mr. Vander Plaats", a surname)."""
    if len(c.name_tokens) != 2 or c.honorific or c.title:
        return ""  # "Mr. Vander Plaats", "Ms. Wasserman Schultz": a surname of two words
    first = c.name_tokens[0]
    if first in lex.given or first in lex.gender_hints:
        return "given"
    if len(first) == 2 and first.endswith(".") and first[0].isupper():
        return "given"
    if (
        first.isalpha()
        and _name_word(first)
        and first not in lex.peerage
        and first not in lex.honorifics
        and first not in function_words()
        and first not in capitalised_cues()  # 'Said Comey, "…"': a verb opening the sentence
        and not first.endswith(("ing", "ed"))
        and not _written_lower(first, body)
    ):
        return "maybe"
    return ""


def _with_a_word_before(
    by_name: dict[str, Person], tails: dict[str, list[Person]], name: str, lex: _Lexicon
) -> Person | None:
    """The person registered as ``name`` with one capitalised word before it that is no given
    name ("Pastor Kevin Swanson" for "Kevin Swanson": ``tails``), or as ``name`` without such
    a first word ("Kevin Swanson" for "Pastor Kevin Swanson"); else None."""
    first, _, rest = name.partition(" ")
    if " " in rest and first not in lex.given and first[:1].isupper():
        q = by_name.get(rest)
        if q is not None and q.kind == "person":
            return q
    found = [q for q in tails.get(name, ()) if q.kind == "person"]
    return found[0] if len(found) == 1 else None


def _named_in_full(alias: dict[str, list[Person]], surname: str) -> Person | None:
    """The one person named so far with a given name and ``surname`` ("Charlie Black" for
    "Black"), else None."""
    met = [
        p
        for p in alias.get(surname, ())
        if p.kind == "person" and " " in p.name and p.name.rsplit(" ", 1)[1] == surname
    ]
    return met[0] if len(met) == 1 else None


def _gaz_full_name(gaz: Any, surname: str, on: date | None, low_body: str) -> str | None:
    """The full name the gazetteer gives for a bare surname, when unambiguous in context."""
    info = _gaz_info(gaz, surname, on)
    if info is None:
        return None
    full = getattr(info, "name", None)
    if not full or " " not in full:
        return None
    if on is None:
        office = (getattr(info, "office", None) or "").lower()
        if not office or office not in low_body:
            return None
    return normalise_name(full)
