"""The date lexicon (``briefgen/data/dates.toml``): the master pattern of a date expression,
the scan for where one may start, and the cue words the dates analysis weighs around it.

Loaded once per process (``lexicon()``); read by ``date_expressions`` (finding the dates in a
body) and ``dates.is_relative_day``. Every regex is compiled once and runs in linear time.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

DATA_FILE = "dates.toml"


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    modifiers: dict[str, int]
    numbers: dict[str, int]
    prepositions: frozenset[str]
    deadline_cues: tuple[str, ...]
    since_cues: tuple[str, ...]
    future: frozenset[str]
    future_phrases: tuple[str, ...]
    past: frozenset[str]
    reporting: frozenset[str]
    qualifiers: dict[str, str]
    pattern: re.Pattern[str]
    weekday_name_after: frozenset[str] = frozenset()
    weekday_name_before: tuple[str, ...] = ()
    # where ``pattern`` may match (``date_starts``): in the lower-cased text, and in its
    # Latin-1 bytes with every character but [a-z0-9_] made a space
    starts: re.Pattern[str] | None = None
    starts_bytes: re.Pattern[bytes] | None = None
    cue_words: dict[str, str] = field(default_factory=dict)  # the tense cue of a word
    roles: Roles | None = None  # the role cues (``Roles``)


@dataclass(frozen=True)
class Cues:
    """Whole-word cues of one kind: single words in a set, phrases by their first word."""

    words: frozenset[str]
    phrases: dict[str, tuple[str, ...]]  # first word -> " a b " strings
    lower_only: frozenset[str] = frozenset()  # words that count only in lower case ("may")
    firsts: frozenset[str] = frozenset()  # the first words of ``phrases``

    def __post_init__(self) -> None:
        object.__setattr__(self, "firsts", frozenset(self.phrases))

    @classmethod
    def of(cls, cues: list[str], lower_only: frozenset[str] = frozenset()) -> Cues:
        words = frozenset(c.lower() for c in cues if " " not in c and c not in lower_only)
        phrases: dict[str, tuple[str, ...]] = {}
        for cue in cues:
            if " " in cue:
                first = cue.lower().split()[0]
                phrases[first] = (*phrases.get(first, ()), f" {cue.lower()} ")
        return cls(words, phrases, frozenset(c for c in cues if c in lower_only))

    def found(self, window: Window) -> bool:
        """Does a cue occur in the window's words?"""
        if not self.words.isdisjoint(window.lower):
            return True
        if (
            self.lower_only
            and not self.lower_only.isdisjoint(window.lower)
            and not self.lower_only.isdisjoint(window.words)
        ):
            return True
        if self.firsts.isdisjoint(window.lower):
            return False
        for first in self.phrases.keys() & window.lower:
            if any(p in window.joined for p in self.phrases[first]):
                return True
        return False


class Window:
    """The words of a clause around a date, as the cues read them: ``lower`` (its words in
    lower case), ``joined`` (" the text " in lower case, for phrase cues) and ``words`` (as
    written, for the cues that count only in lower case; made on first use)."""

    __slots__ = ("_words", "joined", "lower", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        self.joined = f" {low} "
        # lower-casing an ASCII text keeps its words where they are: one scan, not two
        self.lower = frozenset(
            WORD.findall(low) if text.isascii() else map(str.lower, WORD.findall(text))
        )
        self._words: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        """The words as written."""
        if self._words is None:
            self._words = frozenset(WORD.findall(self.text))
        return self._words


@dataclass(frozen=True)
class Roles:
    """The cues of a date's role (``[roles]`` of dates.toml), read by ``date_expressions``."""

    background: Cues
    forecast: Cues
    expectation: Cues
    change: Cues
    schedule: Cues
    comparison: tuple[str, ...]  # " than ", " compared with "
    comparison_words: frozenset[str]  # their first words
    scheduled_for: frozenset[str]
    parts_of_year: frozenset[str]
    measured: Cues
    record: Cues
    survey: Cues
    period_to: frozenset[str]


def roles_of(raw: dict[str, list[str]]) -> Roles:
    return Roles(
        background=Cues.of(raw["background"]),
        forecast=Cues.of(raw["forecast"], frozenset({"may"})),
        expectation=Cues.of(raw["expectation"]),
        change=Cues.of(raw["change"]),
        schedule=Cues.of(raw["schedule"]),
        comparison=tuple(f" {c.lower()} " for c in raw["comparison"]),
        comparison_words=frozenset(c.lower().split()[0] for c in raw["comparison"]),
        scheduled_for=frozenset(raw["scheduled_for"]),
        parts_of_year=frozenset(raw["parts_of_year"]),
        measured=Cues.of(raw["measured"]),
        record=Cues.of(raw["record"]),
        survey=Cues.of(raw["survey"]),
        period_to=frozenset(raw["period_to"]),
    )


WORD = re.compile(r"[A-Za-z'’]+")


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def lexicon() -> Lexicon:
    """The date lexicon and the master pattern, loaded once per process."""
    raw = tomllib.loads(resources.files("briefgen.data").joinpath(DATA_FILE).read_text("utf-8"))
    months: dict[str, int] = dict(raw["months"])
    weekdays: dict[str, int] = dict(raw["weekdays"])
    qualifiers: dict[str, str] = {k.lower(): v for k, v in raw["qualifiers"].items()}
    numbers: dict[str, int] = dict(raw["numbers"])
    mon = _alt(months)
    wd = _alt(weekdays)
    num = _alt(k for k in numbers if numbers[k] > 0)
    qual_of = _alt(k for k in qualifiers if k.endswith(" of"))
    qual_adj = _alt(k for k in qualifiers if not k.endswith(" of"))
    year = r"(?:1[89]|20)\d\d"
    day = r"[0-3]?\d"
    ordinal = r"(?:st|nd|rd|th)?"
    end_mon = r"(?![A-Za-z])"
    # every date starts a word: checking that first keeps the scan fast
    pattern = (
        r"(?<![\w])(?=\w)"
        rf"(?P<q>(?i:(?:the\s+)?(?:{qual_of})\s+|(?:{qual_adj})(?:\s+|-)))?"
        r"(?:"
        rf"(?P<iso>(?<![\d-])(?P<iso_y>{year})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>[0-3]\d)(?!\d))"
        rf"|(?P<dmy>(?<![\d.,])(?P<dmy_d>{day}){ordinal}\s+(?:of\s+)?(?P<dmy_m>{mon}){end_mon}"
        rf"(?:,?\s+(?P<dmy_y>{year})(?!\d))?)"
        rf"|(?P<mdy>(?P<mdy_m>{mon})\s+(?P<mdy_d>{day}){ordinal}(?![\d%])(?!\s*(?:[:.]\d))"
        rf"(?:,\s*(?P<mdy_y>{year})(?!\d))?)"
        rf"|(?P<my>(?P<my_m>{mon}){end_mon}(?:\s+of)?,?\s+(?P<my_y>{year})(?![\d%]))"
        rf"|(?P<mo>(?P<mo_m>{mon}){end_mon}(?P<mo_poss>['’]s)?)"
        rf"|(?P<wd>(?P<wd_mod>(?i:last|next|this|coming)\s+)?(?P<wd_d>{wd})(?![A-Za-z])"
        r"(?P<wd_poss>['’]s)?)"
        r"|(?P<rd>\b(?i:today|tonight|yesterday|tomorrow)\b)"
        r"|(?P<ru>\b(?P<ru_mod>(?i:last|previous|next|coming|this|current|the))\s+"
        r"(?P<ru_u>(?i:week|fortnight|month|year))\b(?!-))"
        rf"|(?P<ago>\b(?P<ago_n>\d{{1,3}}|(?i:{num}))\s+(?P<ago_u>(?i:day|week|month|year))s?\s+"
        r"(?i:ago)\b)"
        rf"|(?P<yr>(?<![\d£$€.,/-])(?P<yr_y>{year})(?![\d%]|[.,]\d|s\b|\s*(?:bn|m|km|kg)\b"
        r"|\s*(?:GMT|BST|UTC|EST|EDT|CET|CEST|PST|hrs|hours|local\s+time)\b))"
        r")"
    )
    opening = _opening(
        [*months, *weekdays, *qualifiers, *raw["relative_days"], *_MODIFIER_WORDS],
        {
            # frequent words that open a date only before certain words: "the end of",
            # "the year", "a week ago", "two months ago"
            "the": [q.split()[0] for q in qualifiers if q.endswith(" of")] + _UNITS,
            **{n: _UNITS for n in numbers},
        },
    )
    future = frozenset(c for c in raw["cues"]["future_cues"] if " " not in c)
    past = frozenset(raw["cues"]["past_cues"])
    reporting = frozenset(raw["cues"]["reporting_verbs"])
    return Lexicon(
        months=months,
        ambiguous_months=frozenset(raw["month_words"]["ambiguous"]),
        weekdays=weekdays,
        relative_days={k.lower(): v for k, v in raw["relative_days"].items()},
        modifiers={k.lower(): v for k, v in raw["relative_modifiers"].items()},
        numbers=numbers,
        prepositions=frozenset(raw["cues"]["date_prepositions"]),
        deadline_cues=tuple(raw["cues"]["deadline_cues"]),
        since_cues=tuple(raw["cues"]["since_cues"]),
        future=future,
        future_phrases=tuple(c for c in raw["cues"]["future_cues"] if " " in c),
        past=past,
        reporting=reporting,
        qualifiers=qualifiers,
        pattern=re.compile(pattern),
        weekday_name_after=frozenset(raw.get("weekday_names", {}).get("after", [])),
        weekday_name_before=tuple(raw.get("weekday_names", {}).get("before", [])),
        starts=re.compile(rf"[^a-z0-9_](?={opening})"),
        starts_bytes=re.compile(rf" (?={opening})".encode("ascii")),
        cue_words=_cue_words(future, reporting, past),
        roles=roles_of(raw["roles"]),
    )


def _cue_words(
    future: frozenset[str], reporting: frozenset[str], past: frozenset[str]
) -> dict[str, str]:
    """The tense cue of every lexicon word in one table: "future", "report", "past", or "to"
    (future only in some contexts). Later entries win, in the order of precedence of
    ``date_expressions._cue``."""
    table = dict.fromkeys(past, "past")
    table.update(dict.fromkeys(reporting, "report"))
    table["to"] = "to"
    table.update(dict.fromkeys(future, "future"))
    table.update({w: "future" for w in table if w.endswith(WILL)})
    return table


WILL = ("'ll", "’ll")  # "we'll", "she’ll": a future cue
# the endings the tense reader (``date_expressions._cue``) looks at in words of no cue table
SUFFIX_CUES = (*WILL, "ed")


_UNITS = ["day", "week", "fortnight", "month", "year"]
_MODIFIER_WORDS = ["last", "previous", "next", "coming", "this", "current"]


# the dates that open with a digit: a year ("2005", "2005-03-01") or a day or count before a
# space ("25 April", "3rd of May", "two"/"3 weeks ago"); other numbers ("£5m", "1,500") do not
_DIGIT_START = r"(?:1[89]|20)\d\d|\d{1,3}(?:st|nd|rd|th)?\s"


def _opening(words: list[str], before: dict[str, list[str]]) -> str:
    """The pattern of what may follow the character before a date's start, in lower case: a
    digit, a word that can open a date expression (a month, a weekday, "last", ...), or a word
    of ``before`` followed by one of its next words.

    ``starts`` looks for it after every character that is no letter, digit or underscore, where
    the engine skips ahead to quickly: a superset of the master pattern's starts, which then
    runs only there instead of at every word. All words are folded into one character trie,
    so each position tries one branch per character.
    """
    trie: dict[str, Any] = {}

    def insert(word: str, tail: str) -> None:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = tail

    for phrase in words:
        word = re.match(r"[a-z]+", phrase.lower())
        if word is not None and word.group() not in before:
            insert(word.group(), "(?![a-z])")
    for word, nexts in sorted(before.items()):
        # no word above is a ``before`` word and a word ends at a non-letter while these go on
        # with a space, so the two kinds never match at one place
        insert(word, rf"\s+(?:{_alt(n.lower() for n in set(nexts))})")
    firsts = "".join(sorted(trie))
    return rf"{_DIGIT_START}|(?=[{firsts}]){_trie_regex(trie)}"


def _trie_regex(node: dict[str, Any]) -> str:
    alts = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alts.append(node[""])
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
