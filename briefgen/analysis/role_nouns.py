"""Which person a role noun names: "the prime minister", "the Russian leader" are linked to
the story's person holding that title (:func:`role_holder`), else to the one whose dated
gazetteer office it is, never to a guess among several.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from briefgen.analysis.name_lexicon import _gaz_info, _Lexicon
from briefgen.model import Story

if TYPE_CHECKING:
    from briefgen.analysis.people import Person


# words that make a title a different office: "the chancellor" is not the shadow chancellor,
# "the prime minister" not the deputy prime minister
ROLE_QUALIFIERS = frozenset(
    [
        "shadow",
        "former",
        "deputy",
        "vice",
        "assistant",
        "junior",
        "acting",
        "interim",
        "ex",
        "late",
        "outgoing",
        "under",
        "parliamentary",
        "opposition",
    ]
)

# "the"/"our" at a word boundary; the boundary is tested behind the word (``(?<=\b\w{3})``)
# rather than before it, so the pattern opens with plain letters and the regex engine can skip
# quickly to the next T, t, O or o instead of trying every position.
MENTIONED_ROLES = (
    "prime minister", "deputy prime minister", "president", "chancellor", "foreign secretary",
    "home secretary", "foreign minister", "finance minister", "defence secretary",
    "attorney general", "leader", "chairman", "correspondent", "editor", "first minister",
    "secretary of state", "premier",
)  # fmt: skip
ROLE_MENTION_RE = re.compile(
    r"(?:The|the|Our|our)(?<=\b\w{3})\s+((?:[A-Z][\w'’-]*\s+){0,3}?)"
    r"(" + "|".join(MENTIONED_ROLES) + r")\b"
)


def _link_roles(
    story: Story, people: list[Person], lex: _Lexicon, gaz: Any, on: date | None
) -> None:
    """Add role-noun mentions ("the prime minister", "the Russian leader") to their holder."""
    body = story.body
    if not any(role in body for role in MENTIONED_ROLES):
        return  # (str.find is much cheaper than the pattern, which tries every "the")
    persons = [p for p in people if p.kind == "person"]
    holders: dict[tuple[str, str], Person | None] = {}
    for m in ROLE_MENTION_RE.finditer(body):
        mod = m.group(1).strip()
        role = m.group(2)
        if role[0].isupper():
            continue
        key = (role, mod)
        if key not in holders:  # a story names its "prime minister" many times
            holders[key] = role_holder(role, mod or None, persons, lex, gaz, on, body)
        holder = holders[key]
        if holder is not None:
            holder.mentions.append(m.span())


def role_holder(
    role: str,
    modifier: str | None,
    persons: list[Person],
    lex: _Lexicon,
    gaz: Any,
    on: date | None,
    body: str,
) -> Person | None:
    """The person holding ``role`` (with optional demonym/party modifier) in this story."""
    role_l = role.lower()
    country = lex.demonyms.get(modifier) if modifier else None
    matches = []
    for p in persons:
        t = (p.title or "").lower()
        if not t:
            continue
        ok = (
            t == role_l
            or (
                t.endswith(" " + role_l)
                and not ROLE_QUALIFIERS.intersection(t[: -len(role_l)].replace("-", " ").split())
            )
            or (role_l == "leader" and t in ("supreme leader", "chairman", "leader"))
        )
        if not ok or ROLE_QUALIFIERS.intersection((p.modifier or "").lower().split()):
            continue  # "Shadow home secretary David Davis": "Shadow" was read as a modifier
        if modifier:
            pm = p.modifier or ""
            same = pm == modifier or (country and lex.demonyms.get(pm) == country)
            if not same and (p.country != country or country is None):
                continue
        matches.append(p)
    if len(matches) == 1:
        return matches[0]
    if matches:
        return None
    if gaz is None:
        return None
    office = lex.roles.get(role_l, "")
    if not office:
        return None
    # story people whose gazetteer office matches
    found = []
    for p in persons:
        info = _gaz_info(gaz, p.name, on)
        if info is None:
            continue
        if (getattr(info, "office", "") or "").lower() != office:
            continue
        if country and getattr(info, "country", None) != country:
            continue
        if modifier and not country and modifier not in lex.parties:
            continue
        found.append(p)
    if len(found) == 1:
        return found[0]
    return None


def title_holder(persons: list[Person], noun: str) -> Person | None:
    """The one person whose title ends in ``noun`` ("Economist Jeremiah Mbelu" for "the
    economist", "Councillor Afrasiab Anwar" for "the councillor"); None when no one, or more
    than one, holds such a title; a qualified title ("Deputy Mayor") is another office."""
    found = None
    for p in persons:
        words = (p.title or "").lower().split()
        if not words or words[-1] != noun:
            continue
        qualified = ROLE_QUALIFIERS.intersection(words + (p.modifier or "").lower().split())
        if qualified:
            continue  # "Deputy Mayor Nicky Gavron" is not "the mayor"
        if found is not None:
            return None
        found = p
    return found
