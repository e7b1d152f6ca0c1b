"""A quoted person's name as a brief shows it: without the descriptor a name run kept in
front of it ("Swede Joachim Johansson", "Fellow Lib Dem Norman Baker", "DJ Mike Read",
"Broadcaster Chris Evans" are Joachim Johansson, Norman Baker, Mike Read and Chris Evans).

Display only: the analysis's name (which mentions are one person) is unchanged.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefgen.analysis.gazetteer import find_terms
from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.namewords import title_words

# words that describe a person before the name without being a title: "Fellow", "Veteran"
_DESCRIPTORS = frozenset({"fellow", "veteran", "former", "controversial", "celebrities"})
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


def shown_name(name: str, body: str, need_given: bool = False) -> str:
    """``name`` without the descriptor words in front of the first name: a demonym noun
    ("Swede"), an acronym ("DJ", "EADS"), a title or role word ("Exchequer", "Backbencher" written
    in lower case in the story), or a word the story writes in lower case elsewhere
    ("Broadcaster" when it says "broadcaster"). Two words at least stay; a known given name
    is never cut. ``need_given``: cut only when a known given name opens what is left (the
    analysis did not call the name a person's: "Chief Executive Martin Sorrell")."""
    words = name.split()
    if len(words) < 3:
        return name
    lex = lexicon()
    cut = 0
    if len(words) > 3 and _ACRONYM.fullmatch(words[-3]) and words[-2][:1].isupper():
        cut = len(words) - 2  # "Verizon CIO Shaygan Kheradpir": an office's acronym before it
    while len(words) - cut > 2:
        if _descriptor(words[cut], body, lex) or _role_noun_before_given(words, cut, lex):
            cut += 1
            continue
        party = _party_words(words[cut:])
        if not party or len(words) - cut - party < 2:
            break
        cut += party  # "Fellow Lib Dem Norman Baker": a party's label before the name
    if not cut or not words[cut][:1].isupper() or (need_given and words[cut] not in lex.given):
        return name
    return " ".join(words[cut:])


# a capitalised noun of a person's role or origin ("Farmer", "Goalscorer", "Airman", "Californian")
_ROLE_NOUN = re.compile(r"[A-Z][a-z]+(?:er|or|ist|man|ian|ant)")


def _role_noun_before_given(words: list[str], at: int, lex: Any) -> bool:
    """Whether ``words[at]`` reads as a role noun before a known given name ("Farmer Geoff
    Brooks"): a word of a role noun's shape that is itself no given name."""
    word = words[at]
    return (
        word not in lex.given
        and _ROLE_NOUN.fullmatch(word) is not None
        and words[at + 1] in lex.given
    )


@cache
def _title_ends() -> frozenset[str]:
    """The last words of the lexicon's titles of several words ("Staff" of "Chief of Staff")."""
    return frozenset(k[-1].lower() for k in lexicon().titles if len(k) > 1)


def _party_words(words: list[str]) -> int:
    """How many of the first ``words`` a party's label spans ("Lib Dem"), 0 when none."""
    text = " ".join(words)
    for m in find_terms(text):
        if m.start == 0 and m.term.kind == "party" and text[m.end : m.end + 1] == " ":
            return len(text[: m.end].split())
    return 0


def _descriptor(word: str, body: str, lex: Any) -> bool:
    """Whether ``word`` opening a name describes the person rather than names them."""
    if word in lex.given or not word[:1].isupper():
        return False
    if _ACRONYM.fullmatch(word):
        return True
    bare = word.lower()
    if bare in _DESCRIPTORS or bare in title_words() or bare in lex.role_words:
        return True
    if word in lex.not_names or bare in _title_ends():
        return True  # "Exchequer", "Staff": no name's word
    terms = find_terms(word)
    return any(m.term.kind == "demonym" and m.start == 0 and m.end == len(word) for m in terms) or (
        re.search(rf"\b{re.escape(bare)}\b", body) is not None  # "the broadcaster"
    )
