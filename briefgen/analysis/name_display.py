"""A quoted person's name as a brief shows it: without the descriptor a name run kept in
front of it ("Swede Joachim Johansson", "Fellow Lib Dem Norman Baker", "DJ Mike Read",
"Broadcaster Chris Evans" are Joachim Johansson, Norman Baker, Mike Read and Chris Evans).

Display only: the analysis's name (which mentions are one person) is unchanged.
"""

from __future__ import annotations

import re

from briefgen.analysis.gazetteer import find_terms
from briefgen.analysis.name_lexicon import lexicon
from briefgen.analysis.namewords import title_words

# words that describe a person before the name without being a title: "Fellow", "Veteran"
_DESCRIPTORS = frozenset({"fellow", "veteran", "former", "controversial", "celebrities"})
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


def shown_name(name: str, body: str) -> str:
    """``name`` without the descriptor words in front of the first name: a demonym noun
    ("Swede"), an acronym ("DJ", "EADS"), a title or role word ("Exchequer", "Backbencher" written
    in lower case in the story), or a word the story writes in lower case elsewhere
    ("Broadcaster" when it says "broadcaster"). Two words at least stay; a known given name
    is never cut."""
    words = name.split()
    if len(words) < 3:
        return name
    lex = lexicon()
    cut = 0
    while len(words) - cut > 2:
        if _descriptor(words[cut], body, lex):
            cut += 1
            continue
        party = _party_words(words[cut:])
        if not party or len(words) - cut - party < 2:
            break
        cut += party  # "Fellow Lib Dem Norman Baker": a party's label before the name
    if cut and not words[cut][:1].isupper():
        return name
    return " ".join(words[cut:]) if cut else name


def _party_words(words: list[str]) -> int:
    """How many of the first ``words`` a party's label spans ("Lib Dem"), 0 when none."""
    text = " ".join(words)
    for m in find_terms(text):
        if m.start == 0 and m.term.kind == "party" and text[m.end : m.end + 1] == " ":
            return len(text[: m.end].split())
    return 0


def _descriptor(word: str, body: str, lex: object) -> bool:
    """Whether ``word`` opening a name describes the person rather than names them."""
    if word in getattr(lex, "given", {}) or not word[:1].isupper():
        return False
    if _ACRONYM.fullmatch(word):
        return True
    bare = word.lower()
    if bare in _DESCRIPTORS or bare in title_words() or bare in getattr(lex, "role_words", ()):
        return True
    terms = find_terms(word)
    return any(m.term.kind == "demonym" and m.start == 0 and m.end == len(word) for m in terms) or (
        re.search(rf"\b{re.escape(bare)}\b", body) is not None  # "the broadcaster"
    )
