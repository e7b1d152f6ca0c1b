"""Country names that are also a US state's or a person's: "Georgia" in a story of American
states and voters, "Jordan" after "Michael Jordan", "Chad" after "Chad Johnson".

"More than nine of 10 Republicans in Tennessee and Georgia were worried" names the state, not
the Caucasus country. A story reads "Georgia" as the state when it names another US state,
Atlanta, a "(R-Ga.)" tag, primaries or counties, and gives none of the country's own signs
(Tbilisi, Georgian, South Ossetia, its leaders). A country name the story also uses as a
person's surname ("Michael Jordan ... Jordan said") or first name ("Chad Johnson ... Chad
said") names that person when it stands alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analysis.namewords import name_part_after, name_part_before

# country names (as written) that are also the name of a US state
_STATE_NAMES = frozenset(["Georgia"])

# the other 49 states (any one beside "Georgia" makes it a US story), Atlanta, the "Ga." tag
# of a member of Congress, and the vocabulary of US elections and local government
_US_SIGNS = re.compile(
    r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
    r"Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
    r"New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|"
    r"Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
    r"Virginia|Wisconsin|Wyoming|Atlanta|Savannah|Ga\.|primaries|counties)(?![\w])"
)
# the country's own signs: its capital, demonym, regions and leaders
_COUNTRY_SIGNS = re.compile(
    r"\b(?:Tbilisi|Georgians?\b(?!\s+(?:Tech|Power|Pacific|Southern|State|Senate|House))|"
    r"Ossetia|Abkhaz|Saakashvili|Shevardnadze|Ivanishvili|Caucasus|Batumi|Zourabichvili|"
    r"Garibashvili|Kobakhidze|Margvelashvili)"
)


def state_not_country(body: str, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` names a US state or a person that shares its name with a
    country."""
    word = body[start:end]
    if word in _STATE_NAMES and _american(body):
        return True
    return word in _PERSON_NAMES and _person_named(body, word)


# country names that are also a surname ("Michael Jordan") or a first name ("Chad Johnson")
_PERSON_NAMES = {"Jordan": "surname", "Chad": "first"}


@lru_cache(maxsize=8)
def _person_named(body: str, word: str) -> bool:
    """Whether ``body`` uses ``word`` as a person's surname after a first name, or as a first
    name before a surname, somewhere."""
    surname = _PERSON_NAMES[word] == "surname"
    for found in re.finditer(rf"\b{word}\b", body):
        if surname and name_part_before(body, found.start()):
            return True
        if not surname and name_part_after(body, found.end()):
            return True
    return False


@lru_cache(maxsize=8)
def _american(body: str) -> bool:
    """Whether ``body`` reads as a story of the United States' states and not of Georgia."""
    return _US_SIGNS.search(body) is not None and _COUNTRY_SIGNS.search(body) is None


__all__ = ["state_not_country"]
