"""Which words end a name and which continue it: one answer for people, actors, holders and
officials.

A capitalised word next to a name is read here, from the data files, whichever step asks:

- ``title_words`` (``titles.toml [title_words]``): the words a title phrase before a name is
  made of ("Russian President", "Global Times editor", "shadow home secretary"). A title word
  before a capitalised word ends the name before it ("President Putin" is no name "President
  Putin"); after one it does not continue it ("Iran President", but "Iran Air").
- ``function_words`` (``names.toml [function_words]``): capitalised words that open a
  sentence or a clause ("The", "But", "Meanwhile", "According"): people strips them from the
  front of a capitalised run. Inside a sentence one may be a name's own word ("Our Ukraine
  party", "The Plot Against America"), so ``name_part_before`` sets apart only "The", "And"
  and "But".
- ``not_first_names``: the function words (but "A" and "I", initials too) and the month and
  weekday names (``dates.toml``): capitalised words that may stand right before a name
  without being part of it ("On Monday Putin said", "In May Blair").
- ``name_part_before`` / ``name_part_after``: does the word at an offset continue a name
  begun by the capitalised word before it ("George Washington", "Trade Unions Congress") or
  carry on into the one after it ("Washington Post")?

``people`` reads whole capitalised runs with the same lists (it also splits the titles of
``titles.toml [titles]`` and the honorifics off a run); ``actors``, ``holders`` and
``officials`` ask about one neighbouring word. The lists are loaded once per process.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from briefgen.analysis.document import next_word, prev_word, sentence_start

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# what may stand between a name and the capitalised word after it: spaces and commas
_SPACE_COMMA = " \t\n\r\f\v,"
# capitalised inside a sentence, yet no part of the name after them ("in The Hague"): see
# name_part_before
_OUTSIDE_NAMES = frozenset(["The", "And", "But"])


@cache
def data_file(name: str) -> dict[str, Any]:
    """A TOML file of ``briefgen/data``, parsed once (titles, names, dates)."""
    with (DATA_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


@cache
def title_words() -> frozenset[str]:
    """Lower-case words a title phrase before a name is made of (``titles.toml
    [title_words]``): "president", "foreign", "minister", "mr", "the", "of"."""
    return frozenset(data_file("titles.toml")["title_words"]["words"].split())


@cache
def function_words() -> frozenset[str]:
    """Capitalised function words that open no name (``names.toml [function_words]``):
    "The", "But", "Meanwhile", "According"."""
    return frozenset(data_file("names.toml")["function_words"]["words"].split())


@cache
def not_first_names() -> frozenset[str]:
    """Capitalised words that may stand right before a surname without being a first name:
    the function words of two letters or more (a single letter may be an initial: "A Brown"),
    and the months and weekdays written out (``dates.toml``)."""
    dates = data_file("dates.toml")
    longest: dict[int, str] = {}  # each month's full name: the longest of its spellings
    for spelling, number in dates["months"].items():
        if spelling.isalpha() and len(spelling) > len(longest.get(number, "")):
            longest[number] = spelling
    words = [w for w in function_words() if len(w) > 1]
    return frozenset([*words, *longest.values(), *dates["weekdays"]])


def is_title_word(word: str) -> bool:
    """Whether ``word`` (any case) may stand in a title phrase before a name."""
    return word.lower() in title_words()


def joined_before(body: str, start: int, prev: str) -> bool:
    """Whether the word ``prev`` is capitalised and written right before ``start``, one space
    apart and in the same sentence (so the two may be one name)."""
    gap_before = body[start - 1 : start] if start else ""
    return (
        gap_before == " "
        and prev[:1].isupper()
        and not (prev.endswith(".") and len(prev) > 3 and "." not in prev[:-1])  # "Taiwan. Beijing"
        and body[max(0, start - len(prev) - 1) : start] == prev + " "
        and not sentence_start(body, start - len(prev) - 1)
    )


def name_part_before(body: str, start: int) -> bool:
    """Whether the word at ``start`` continues a name begun by the capitalised word right
    before it ("George Washington", "Trade Unions Congress"), not a sentence's first word,
    "The", "And", "But" or a title ("President Putin").

    Only those three function words: inside a sentence any other capitalised one is a name's
    own word ("Our Ukraine party", "The Plot Against America", "An All England club"). A
    capitalised "New" is a place's own word ("New Jersey", "New Mexico", "New South Wales"),
    though "new" may stand before a title ("new Prime Minister")."""
    prev = prev_word(body, start)
    return (
        joined_before(body, start, prev)
        and prev not in _OUTSIDE_NAMES
        and (prev == "New" or prev.lower() not in title_words())
    )


def name_part_after(body: str, end: int) -> bool:
    """Whether the word ending at ``end`` runs on into a capitalised word one space after it
    that is no title word ("Washington Post", "Iran Air"; not "Iran President")."""
    if body[end : end + 1] != " ":
        return False
    nxt = next_word(body, end, _SPACE_COMMA)
    return nxt[:1].isupper() and nxt.lower() not in title_words()
