"""Date mentions in a story body, resolved against the story's publication date.

``find_dates(story)`` finds absolute dates ("25 April 2019", "April 25, 2019", "2005-03-01",
"since 2009", "end of 2019") and relative ones ("on Thursday", "tomorrow", "last week", "in
February", "by the end of the year"). Relative dates resolve only when ``story.published`` is
known; otherwise they are kept with ``start_date=None`` (never guessed). The lexicon lives in
``briefgen/data/dates.toml``. Every regex is compiled once and runs in linear time.
"""

from __future__ import annotations

import bisect
import calendar
import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from briefgen.analysis.document import SPACES, WHITESPACE, sentence_start, word_after, word_before
from briefgen.model import Story

DATA_FILE = "dates.toml"


@dataclass
class DateMention:
    """One date expression: ``text == story.body[start:end]``, its sentence and its resolution.

    ``start_date``/``end_date`` bound the period meant (equal for a day); both None when the
    expression could not be resolved (a relative date in a story without a publication date).
    ``precision`` is "day", "week", "month" or "year"; ``qualifier`` narrows a period ("end",
    "early", "mid", "late", "earlier", "later"); ``relation`` is "past", "future", "ongoing" or
    "unknown" relative to publication; ``kind`` is "event", "deadline" or "since". ``role`` says
    what the date stands for in its clause: an "event" that happened, a "scheduled" one still
    ahead, a "forecast" (projection, estimate, hope, target), "background" history (a birth,
    a founding, a record, "since 1917") or a "reference" (a comparison: "than in 2004"; a
    topic: "the budget for 2005") or a "statistic" (a figure, a record, a survey's field period,
    a figure for the period ending at the date, either end of a "from ... to" span).
    """

    text: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    start_date: date | None
    end_date: date | None
    precision: str
    relation: str
    kind: str
    qualifier: str | None = None
    relative: bool = False  # resolved against the publication date (not written in full)
    label: str = ""  # how to show the date: "25 April 2019", "end of 2019", "Thursday"
    inferred: bool = False  # resolved against an inferred publication window (anchoring)
    basis: str = ""  # why an inferred date is believed, e.g. "date inferred from ... in [1]"
    # "event", "scheduled", "forecast", "background", "reference", "statistic" (_role);
    # "unknown" unresolved
    role: str = "event"

    @property
    def resolved(self) -> bool:
        """True when the date is known."""
        return self.start_date is not None

    @property
    def sort_date(self) -> date | None:
        """The point a timeline sorts this mention by (end of the period for "end of")."""
        if self.start_date is None or self.end_date is None:
            return None
        if self.qualifier in ("end", "late", "later"):
            return self.end_date
        if self.qualifier == "mid":
            return self.start_date + (self.end_date - self.start_date) / 2
        return self.start_date


@dataclass(frozen=True)
class _Lexicon:
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
    starts: re.Pattern[str] | None = None  # where ``pattern`` may match (see _match_starts)
    cue_words: dict[str, str] = field(default_factory=dict)  # tense cue of a word (see _cue)
    roles: _Roles | None = None  # the cues of ``_role``


@dataclass(frozen=True)
class _Cues:
    """Whole-word cues of one kind: single words in a set, phrases by their first word."""

    words: frozenset[str]
    phrases: dict[str, tuple[str, ...]]  # first word -> " a b " strings
    lower_only: frozenset[str] = frozenset()  # words that count only in lower case ("may")

    @classmethod
    def of(cls, cues: list[str], lower_only: frozenset[str] = frozenset()) -> _Cues:
        words = frozenset(c.lower() for c in cues if " " not in c and c not in lower_only)
        phrases: dict[str, tuple[str, ...]] = {}
        for cue in cues:
            if " " in cue:
                first = cue.lower().split()[0]
                phrases[first] = (*phrases.get(first, ()), f" {cue.lower()} ")
        return cls(words, phrases, frozenset(c for c in cues if c in lower_only))

    def found(self, window: _Window) -> bool:
        """Does a cue occur in the window's words?"""
        if not self.words.isdisjoint(window.lower):
            return True
        if self.lower_only and not self.lower_only.isdisjoint(window.words):
            return True
        for first in self.phrases.keys() & window.lower:
            if any(p in window.joined for p in self.phrases[first]):
                return True
        return False


@dataclass(frozen=True)
class _Window:
    words: frozenset[str]
    lower: frozenset[str]
    joined: str  # " the text " in lower case, for phrase cues


@dataclass(frozen=True)
class _Roles:
    """Cues of ``_role`` (``[roles]`` of dates.toml)."""

    background: _Cues
    forecast: _Cues
    expectation: _Cues
    change: _Cues
    schedule: _Cues
    comparison: tuple[str, ...]  # " than ", " compared with "
    comparison_words: frozenset[str]  # their first words
    scheduled_for: frozenset[str]
    parts_of_year: frozenset[str]
    measured: _Cues
    record: _Cues
    survey: _Cues
    period_to: frozenset[str]


def _roles(raw: dict[str, list[str]]) -> _Roles:
    return _Roles(
        background=_Cues.of(raw["background"]),
        forecast=_Cues.of(raw["forecast"], frozenset({"may"})),
        expectation=_Cues.of(raw["expectation"]),
        change=_Cues.of(raw["change"]),
        schedule=_Cues.of(raw["schedule"]),
        comparison=tuple(f" {c.lower()} " for c in raw["comparison"]),
        comparison_words=frozenset(c.lower().split()[0] for c in raw["comparison"]),
        scheduled_for=frozenset(raw["scheduled_for"]),
        parts_of_year=frozenset(raw["parts_of_year"]),
        measured=_Cues.of(raw["measured"]),
        record=_Cues.of(raw["record"]),
        survey=_Cues.of(raw["survey"]),
        period_to=frozenset(raw["period_to"]),
    )


_WORD = re.compile(r"[A-Za-z'’]+")
_SENT = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")
_NOT_PAST_ED = frozenset(
    {
        "expected",
        "scheduled",
        "planned",
        "need",
        "needed",
        "proposed",
        "intended",
        "indeed",
        "based",
        "used",
        "red",
        "bed",
        "shed",
        "speed",
        "feed",
        "seed",
        "breed",
        "proceed",
    }
)


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def lexicon() -> _Lexicon:
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
    future = frozenset(c for c in raw["cues"]["future_cues"] if " " not in c)
    past = frozenset(raw["cues"]["past_cues"])
    reporting = frozenset(raw["cues"]["reporting_verbs"])
    return _Lexicon(
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
        starts=_starts_pattern(
            [*months, *weekdays, *qualifiers, *raw["relative_days"], *_MODIFIER_WORDS],
            {
                # frequent words that open a date only before certain words: "the end of",
                # "the year", "a week ago", "two months ago"
                "the": [q.split()[0] for q in qualifiers if q.endswith(" of")] + _UNITS,
                **{n: _UNITS for n in numbers},
            },
        ),
        cue_words=_cue_words(future, reporting, past),
        roles=_roles(raw["roles"]),
    )


def _cue_words(
    future: frozenset[str], reporting: frozenset[str], past: frozenset[str]
) -> dict[str, str]:
    """The tense cue of every lexicon word in one table: "future", "report", "past", or "to"
    (future only in some contexts). Later entries win, in ``_cue``'s order of precedence."""
    table = dict.fromkeys(past, "past")
    table.update(dict.fromkeys(reporting, "report"))
    table["to"] = "to"
    table.update(dict.fromkeys(future, "future"))
    table.update({w: "future" for w in table if w.endswith(_WILL)})
    return table


_WILL = ("'ll", "’ll")  # "we'll", "she’ll": a future cue
_SUFFIX_CUES = (*_WILL, "ed")  # the endings ``_cue`` looks at in words of no cue table


_UNITS = ["day", "week", "fortnight", "month", "year"]
_MODIFIER_WORDS = ["last", "previous", "next", "coming", "this", "current"]


# the dates that open with a digit: a year ("2005", "2005-03-01") or a day or count before a
# space ("25 April", "3rd of May", "two"/"3 weeks ago"); other numbers ("£5m", "1,500") do not
_DIGIT_START = r"(?:1[89]|20)\d\d|\d{1,3}(?:st|nd|rd|th)?\s"


def _starts_pattern(words: list[str], before: dict[str, list[str]]) -> re.Pattern[str]:
    """A case-sensitive scan of the lower-cased body, with one space put before it, for the
    places a date can start: a digit, a word that can open a date expression (a month, a
    weekday, "last", ...), or a word of ``before`` followed by one of its next words.

    It finds a superset of the master pattern's starts; the master pattern then runs only there,
    instead of at every word. The scan matches the character before a start (not a letter,
    digit or underscore), where the engine skips ahead to quickly, and captures the start's
    words in a lookahead (group 1), so successive starts may overlap: ``_matches`` drops those
    inside the previous one. All words are folded into one character trie, so each position
    tries one branch per character.
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
    return re.compile(rf"[^a-z0-9_](?=({_DIGIT_START}|(?=[{firsts}]){_trie_regex(trie)}))")


def _trie_regex(node: dict[str, Any]) -> str:
    alts = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alts.append(node[""])
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def split_simple(body: str) -> list[tuple[int, int]]:
    """A plain sentence split, used when the story has not been through the sentence splitter."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT.finditer(body):
        end = m.start() + 1 if body[m.start()] in ".!?" else m.start()
        while end < m.end() and body[end] in "\"'”’)":
            end += 1
        if body[pos:end].strip():
            spans.append((pos, end))
        pos = m.end()
    if body[pos:].strip():
        spans.append((pos, len(body.rstrip())))
    return spans


def story_sentences(story: Story) -> list[tuple[int, int]]:
    """The story's sentences, from the analysis when present, else a plain split."""
    return story.sentences or split_simple(story.body)


def find_dates(story: Story, published: date | None = None) -> list[DateMention]:
    """Every date expression in ``story.body``, resolved where the text allows it.

    ``published`` resolves relative dates against that day instead of ``story.published``
    (used to test candidate publication dates of an undated story; the story is not changed).
    """
    lex = lexicon()
    body = story.body
    sentences = story_sentences(story)
    starts = [s for s, _ in sentences]
    pub = published
    if pub is None and story.published is not None:
        pub = story.published.date()
    found: list[DateMention] = []
    for m in _matches(body, lex):
        idx = bisect.bisect_right(starts, m.start()) - 1
        sent = (
            sentences[idx] if idx >= 0 and m.start() < sentences[idx][1] else (m.start(), m.end())
        )
        mention = _build(m, body, sent, pub, lex)
        if mention is not None:
            found.append(mention)
    return found


# characters that IGNORECASE matching folds onto ASCII letters but str.lower() does not
_FOLDS_TO_ASCII = ("\u017f", "\u212a", "\u0131", "\u0130")


def _matches(body: str, lex: _Lexicon) -> Iterator[re.Match[str]]:
    """``lex.pattern.finditer(body)``, trying the pattern only where a date can start."""
    low = body.lower()
    if (
        lex.starts is None
        or len(low) != len(body)
        or (not body.isascii() and any(ch in body for ch in _FOLDS_TO_ASCII))
    ):
        yield from lex.pattern.finditer(body)
        return
    pattern = lex.pattern
    done = 0  # finditer resumes after the previous match: starts inside it are skipped
    scanned = 0  # the end of the previous start's words: starts inside them are skipped too
    for cand in lex.starts.finditer(f" {low}"):
        pos = cand.start(1) - 1
        if pos < scanned:
            continue
        scanned = cand.end(1) - 1
        if pos < done:
            continue
        m = pattern.match(body, pos)
        if m is not None:
            done = m.end()
            yield m


def _prev_word(body: str, pos: int) -> str:
    """The word right before ``pos`` (spaces between, no punctuation), lower-cased."""
    found = word_before(body, pos, SPACES)
    return found[2].lower() if found else ""


def _preceding(body: str, pos: int, width: int = 24) -> str:
    return " ".join(body[max(0, pos - width) : pos].lower().split())


def _build(
    m: re.Match[str], body: str, sent: tuple[int, int], pub: date | None, lex: _Lexicon
) -> DateMention | None:
    g = m.groupdict()
    qual_text = (g["q"] or "").strip().lower()
    qualifier = None
    if qual_text:
        key = qual_text.removeprefix("the ").rstrip("-").strip()
        qualifier = lex.qualifiers.get(key)
    start, end = m.start(), m.end()
    if qualifier is not None and (
        g["iso"] or g["dmy"] or g["mdy"] or g["wd"] or g["rd"] or g["ago"]
    ):
        # "early Monday", "late 25 April": the qualifier does not narrow a day; drop it.
        start = m.start("iso") if g["iso"] else start
        for name in ("dmy", "mdy", "wd", "rd", "ago"):
            if g[name]:
                start = m.start(name)
        qualifier = None
    tense = _LazyTense(body, sent, start, end, lex)
    res = _resolve(m, g, body, start, pub, tense, qualifier, lex)
    if res is None:
        return None
    d0, d1, precision, relative, label = res
    before = _preceding(body, start)
    kind = "event"
    if _ends_with_cue(before, lex.since_cues):
        kind = "since"
    elif _ends_with_cue(before, lex.deadline_cues):
        kind = "deadline"
    relation = _relation(d0, d1, pub, tense, kind)
    # an unresolved date places nothing yet (anchoring resolves it again, with its role)
    role = (
        _role(body, sent, start, end, kind, relation, precision, qualifier, tense, lex)
        if d0
        else "unknown"
    )
    return DateMention(
        text=body[start:end],
        start=start,
        end=end,
        sent_start=sent[0],
        sent_end=sent[1],
        start_date=d0,
        end_date=d1,
        precision=precision,
        relation=relation,
        kind=kind,
        qualifier=qualifier,
        relative=relative,
        label=_label(d0, d1, precision, qualifier, label),
        role=role,
    )


_CLAUSE_CUT = re.compile(r";|\s[-–—]\s")
_CUT_CHARS = (";", "-", "–", "—")
_SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|because|although|though|while|whereas|if|unless)\b|,\s+but\b"
)
# an amount: "3.1%", "£31bn", "$10m", "2.5 per cent", "2.5 million"
_AMOUNT = re.compile(r"[£$€]\s?\d|\d\s?(?:%|per\s?cent\b)|\d\s?(?:million|billion|trillion|bn)\b")
# a figure: an amount, a count in thousands ("23,600") or percentage points
_FIGURE = re.compile(_AMOUNT.pattern + r"|\b\d{1,3}(?:,\d{3})+\b|\bpercentage points?\b")
# "a 16-year high", "a three-month low"
_N_HIGH = re.compile(r"\b(?:\d+|[a-z]+)[- ](?:year|month|week|day)[- ](?:high|low)s?\b")
# the other end of a range: "from <date> to", "between <date> and"
_RANGE_NEXT = re.compile(r"\s*(?:to|and|until|till|through|[-–])\s")
_RANGE_OPEN = re.compile(r"\b(?:from|between)\b")


def _clause_window(body: str, sent: tuple[int, int], start: int, end: int) -> str:
    """The words around a date that belong to its clause: at most 100 characters before and 60
    after, inside the sentence, cut at a semicolon or a dash, and after the date at the start
    of a subordinate clause ("warned Blair on 7 March 2003 that force could be illegal": the
    "could" is not the warning's)."""
    left = body[max(sent[0], start - 100) : start]
    right = body[end : min(sent[1], end + 60)]
    if any(c in left for c in _CUT_CHARS):
        cuts = list(_CLAUSE_CUT.finditer(left))
        if cuts:
            left = left[cuts[-1].end() :]
    if any(c in right for c in _CUT_CHARS):
        cut = _CLAUSE_CUT.search(right)
        if cut is not None:
            right = right[: cut.start()]
    sub = _SUBORDINATE.search(right)
    if sub is not None:
        right = right[: sub.start()]
    return f"{left} {right}"


def _window(text: str) -> _Window:
    words = frozenset(_WORD.findall(text))
    return _Window(words, frozenset(map(str.lower, words)), f" {text.lower()} ")


def _role(
    body: str,
    sent: tuple[int, int],
    start: int,
    end: int,
    kind: str,
    relation: str,
    precision: str,
    qualifier: str | None,
    tense: Callable[[], str],
    lex: _Lexicon,
) -> str:
    """What the date stands for: "background" (since, born, founded, records, anniversaries),
    "reference" (a comparison, or a topic after "for" or "of", see ``_topic_for``),
    "forecast" (a projection, estimate, hope or target, or an expectation of change: "sales are
    expected to rise in 2005"; an amount ahead or by a deadline: "3.1% in 2006", "10% of the
    market by the end of 2005"), "scheduled" (a deadline, or a future date of anything else;
    a bare future year only beside a schedule word: "the referendum, expected in 2006"),
    "statistic" (a figure, a record, a survey's field period or a span, see ``_statistic``),
    "unknown" for a bare year no tense places ("deserve better fortune in 2005"), else
    "event"."""
    if kind == "since":
        return "background"
    roles = lex.roles
    assert roles is not None
    text = _clause_window(body, sent, start, end)
    window = _window(text)
    if roles.background.found(window):
        return "background"
    vague = precision == "year" and qualifier is None
    if _compared(body, sent, start, roles, window) or _topic_for(body, start, roles, vague):
        return "reference"
    ahead = relation == "future" or (relation in ("unknown", "ongoing") and tense() == "future")
    if (
        roles.forecast.found(window)
        or (roles.expectation.found(window) and roles.change.found(window))
        or ((ahead or kind == "deadline") and _AMOUNT.search(text))
    ):
        return "forecast"
    if kind == "deadline" and relation != "past":
        return "scheduled"
    if ahead:
        return "forecast" if vague and not roles.schedule.found(window) else "scheduled"
    if _statistic(body, sent, start, end, roles, window, text):
        return "statistic"
    if _dates_a_noun(body, sent, start, end, lex) or _attributive(body, start, end):
        return "reference"
    if vague and relation != "past" and tense() != "past":
        return "unknown"  # "deserve better fortune in 2005": no tense says it happened
    return "event"


def _statistic(
    body: str,
    sent: tuple[int, int],
    start: int,
    end: int,
    roles: _Roles,
    window: _Window,
    text: str,
) -> bool:
    """Is the date that of a figure rather than an event: a measured quantity or change
    ("salaries grew 1.9% in December 2004", "rose by 17% ... up 23,600"), a record ("a record
    deficit", "copper at a 16-year high"), a survey's field period, a figure for the period
    ending at the date ("the three months to 31 December 2004") or an end of a range ("from
    November 2003 to August 2004", "between January 2005 and ...": a span, not a point)?"""
    if (roles.measured.found(window) and _FIGURE.search(text)) or roles.record.found(window):
        return True
    if roles.survey.found(window) or _N_HIGH.search(text):
        return True
    prev = _prev_word(body, start)
    if prev == "to":
        at = body.rfind("to", max(0, start - 6), start)
        if _prev_word(body, at) in roles.period_to:
            return True
    if prev in ("from", "between") and _RANGE_NEXT.match(body, end, sent[1]):
        return True
    if prev in ("to", "and", "until", "till", "through"):
        return _RANGE_OPEN.search(body, max(sent[0], start - 50), start) is not None
    return False


# the words that may stand between a preposition and the noun a bare weekday dates
_DETERMINERS = frozenset({"a", "an", "the", "that", "this", "its", "their", "his", "her"})
_NOUN_PREPOSITIONS = frozenset(
    {"for", "of", "after", "before", "following", "over", "against", "about", "to", "from"}
)
_DAY_MODIFIERS = frozenset({"last", "this", "next", "late", "early"})
_DAY_PREPOSITIONS = frozenset(
    {"on", "at", "by", "in", "since", "until", "till", "from", "of", "to"}
)


def _dates_a_noun(body: str, sent: tuple[int, int], start: int, end: int, lex: _Lexicon) -> bool:
    """Does a weekday without "on" date the noun of a prepositional phrase before it, not the
    clause's verb ("Russia had vowed to strike back for an attack Friday", "a reference to the
    opening of the bilateral talks last Wednesday": the vow and the reference were not then)?"""
    if not any(w in lex.weekdays for w in _WORD.findall(body[start:end])):
        return False
    words = [w.lower() for w in _WORD.findall(body[max(sent[0], start - 60) : start])]
    while words and words[-1] in _DAY_MODIFIERS:
        words.pop()
    if words and words[-1] in _DAY_PREPOSITIONS:
        return False  # "met for the debate on Saturday": "on" dates the clause
    # "<preposition> <determiner> [<word>] <noun> <weekday>"
    for n in (2, 3):
        if len(words) > n and words[-n] in _DETERMINERS and words[-n - 1] in _NOUN_PREPOSITIONS:
            return words[-1] not in _DETERMINERS and not words[-1].endswith("ed")
    return False


_NOT_A_NOUN = frozenset(
    {
        "and",
        "or",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "that",
        "when",
        "as",
        "was",
        "is",
        "were",
        "are",
        "with",
        "from",
        "after",
        "before",
        "until",
        "the",
        "a",
        "an",
    }
)


_PLACING = frozenset(
    {
        "in",
        "on",
        "at",
        "since",
        "during",
        "after",
        "before",
        "following",
        "until",
        "by",
        "from",
        "of",
        "for",
        "to",
        "over",
        "through",
        "throughout",
        "amid",
        "ahead",
        "within",
    }
)


def _attributive(body: str, start: int, end: int) -> bool:
    """Does the date stand between a determiner and its noun in a subject or object, naming a
    thing rather than dating the clause ("asserting that the May 22 operations targeted")? After
    a preposition it places the clause ("resigned in the March 2005 reshuffle", "since the
    11 September 2001 attacks")."""
    prev = _prev_word(body, start)
    if prev not in _DETERMINERS:
        return False
    at = body.rfind(prev, max(0, start - 8), start)
    if _prev_word(body, at) in _PLACING:
        return False
    nxt = _next_word(body, end)
    return bool(nxt) and nxt not in _NOT_A_NOUN


def _compared(body: str, sent: tuple[int, int], start: int, roles: _Roles, window: _Window) -> bool:
    """Does a comparison word ("than", "compared with") stand shortly before the date, with no
    punctuation between ("rose faster than in 2004")?"""
    if roles.comparison_words.isdisjoint(window.lower):
        return False
    before = body[max(sent[0], start - 40) : start]
    before = before[max(map(before.rfind, ".,;:!?")) + 1 :]
    low = f" {before.lower()} "
    return any(p in low for p in roles.comparison)


def _topic_for(body: str, start: int, roles: _Roles, bare_year: bool) -> bool:
    """ "the budget for 2005", "available for 2005": the date is what "for" is about, unless
    a scheduling word stands before "for" ("scheduled for 5 May", "the election for May").
    A bare year after "of" names a noun's year, not an event's time ("the first grand slam of
    2005"), unless a part of the year stands before "of" ("the first half of 2006")."""
    prev = _prev_word(body, start)
    if prev not in ("for", "of") or (prev == "of" and not bare_year):
        return False
    at = body.rfind(prev, max(0, start - 8), start)
    before = _prev_word(body, at)
    return before not in (roles.scheduled_for if prev == "for" else roles.parts_of_year)


def _ends_with_cue(before: str, cues: tuple[str, ...]) -> bool:
    """Is ``before`` one of ``cues``, or does it end with one as a whole word?"""
    return before in cues or before.endswith(_spaced(cues))


@lru_cache(maxsize=8)
def _spaced(cues: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" " + c for c in cues)


Resolution = tuple[date | None, date | None, str, bool, str]


class _LazyTense:
    """The tense around a date (``_tense``), worked out on the first call: most dates are
    resolved and placed before or after publication without it."""

    __slots__ = ("_args", "_value")

    def __init__(
        self, body: str, sent: tuple[int, int], start: int, end: int, lex: _Lexicon
    ) -> None:
        self._args = (body, sent, start, end, lex)
        self._value: str | None = None

    def __call__(self) -> str:
        if self._value is None:
            self._value = _tense(*self._args)
        return self._value


def _resolve(
    m: re.Match[str],
    g: dict[str, str | None],
    body: str,
    start: int,
    pub: date | None,
    tense: Callable[[], str],
    qualifier: str | None,
    lex: _Lexicon,
) -> Resolution | None:
    if g["iso"]:
        d = _mkdate(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        return (d, d, "day", False, "") if d else None
    if g["dmy"] or g["mdy"]:
        p = "dmy" if g["dmy"] else "mdy"
        month = lex.months[g[f"{p}_m"]]
        dnum = int(g[f"{p}_d"])
        if not 1 <= dnum <= 31:
            return None
        if g[f"{p}_y"]:
            d = _mkdate(int(g[f"{p}_y"]), month, dnum)
            return (d, d, "day", False, "") if d else None
        if pub is None:
            return None, None, "day", True, f"{dnum} {_MONTH_NAMES[month]}"
        d = _nearest_year(pub, tense(), lambda y: _mkdate(y, month, dnum))
        return (d, d, "day", True, "") if d else None
    if g["my"]:
        y, mo = int(g["my_y"]), lex.months[g["my_m"]]
        return _month(y, mo, qualifier, False)
    if g["mo"]:
        name = g["mo_m"]
        prev = _prev_word(body, start)
        possessive = bool(g["mo_poss"])
        if not (possessive or qualifier or prev in lex.prepositions):
            return None
        if name in lex.ambiguous_months and not (qualifier or prev in lex.prepositions):
            return None
        if name.endswith(".") or (
            len(name) <= 4 and not qualifier and prev not in lex.prepositions
        ):
            return None
        mo = lex.months[name]
        if pub is None:
            return None, None, "month", True, _MONTH_NAMES[mo]
        direction = {"last": "past", "next": "future"}.get(prev) or tense()
        if prev == "this":
            direction = "unknown"
        y = _month_year(pub, mo, direction)
        return _month(y, mo, qualifier, True)
    if g["yr"]:
        y = int(g["yr_y"])
        prev = _prev_word(body, start)
        if not (qualifier or prev in lex.prepositions):
            return None
        if prev in ("to", "and", "than", "over", "at", "on", "about", "around") and not qualifier:
            return None  # "rose to 2005", "about 2000 people": numbers, not years
        if y < 1800 or y > 2100:
            return None
        return _year(y, qualifier, False)
    if g["wd"]:
        if _weekday_in_name(body, m.start("wd_d"), m.end("wd_d"), lex):
            return None
        wd = lex.weekdays[g["wd_d"]]
        mod = (g["wd_mod"] or "").strip().lower()
        label = (f"{mod} " if mod else "") + g["wd_d"]
        after = _WEEK_AFTER.match(body, m.end())
        if after is not None and not mod:
            # "Wednesday next week", "on Friday last week": that week's day
            mod = after.group(1).lower() + " week"
        if pub is None:
            return None, None, "day", True, label
        if mod in ("next week", "last week"):
            monday = pub - timedelta(days=pub.weekday())
            d = monday + timedelta(days=wd + (7 if mod == "next week" else -7))
        elif mod == "last":
            # "last Monday" said on a Tuesday is the week before's: yesterday is "on Monday"
            delta = (pub.weekday() - wd) % 7
            delta += 7 if delta <= 1 else 0
            d = pub - timedelta(days=delta)
        elif mod in ("next", "coming"):
            d = pub + timedelta(days=(wd - pub.weekday()) % 7 or 7)
        elif tense() == "future" or (mod == "this" and tense() != "past"):
            d = pub + timedelta(days=(wd - pub.weekday()) % 7)
        else:
            d = pub - timedelta(days=(pub.weekday() - wd) % 7)
        return d, d, "day", True, label
    if g["rd"]:
        word = g["rd"].lower()
        if g["rd"][0].isupper() and not sentence_start(body, start):
            return None  # "the Today programme"
        if pub is None:
            return None, None, "day", True, word
        d = pub + timedelta(days=lex.relative_days[word])
        return d, d, "day", True, word
    if g["ru"]:
        mod = g["ru_mod"].lower()
        unit = g["ru_u"].lower()
        if mod == "the" and qualifier is None:
            return None
        if (
            unit == "year"
            and mod in ("this", "current", "the")
            and _next_word(body, m.end()) == "to"
        ):
            return None  # "the year to March": a financial period, not this year
        label = " ".join(body[start : m.end()].split()).removeprefix("the ")
        if pub is None:
            return None, None, "year" if unit == "year" else unit, True, label
        step = lex.modifiers.get(mod, 0)
        if unit == "year":
            return _year(pub.year + step, qualifier, True, pub)
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, step)
            return _month(y, mo, qualifier, True, pub)
        days = 14 if unit == "fortnight" else 7
        monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * step)
        if unit == "fortnight":
            monday = pub + timedelta(days=14 * step) if step else pub
        return monday, monday + timedelta(days=days - 1), "week", True, ""
    if g["ago"]:
        n_text = g["ago_n"].lower()
        n = int(n_text) if n_text.isdigit() else lex.numbers.get(n_text, 0)
        unit = g["ago_u"].lower()
        if n <= 0:
            return None
        if pub is None:
            return None, None, unit if unit != "day" else "day", True, g["ago"]
        if unit == "day":
            d = pub - timedelta(days=n)
            return d, d, "day", True, ""
        if unit == "week":
            d = pub - timedelta(days=7 * n)
            monday = d - timedelta(days=d.weekday())
            return monday, monday + timedelta(days=6), "week", True, ""
        if unit == "month":
            y, mo = _add_months(pub.year, pub.month, -n)
            return _month(y, mo, None, True)
        return _year(pub.year - n, None, True)
    return None


_WEEK_AFTER = re.compile(r"\s+(next|last)\s+week\b", re.IGNORECASE)


def _weekday_in_name(body: str, start: int, end: int, lex: _Lexicon) -> bool:
    """ "the Sunday Telegraph", "the Mail on Sunday", "Black Monday": a name, not a date."""
    after = _WORD.match(body, end + 1) if body[end : end + 1] == " " else None
    if after is not None and after.group() in lex.weekday_name_after:
        return True
    before = " ".join(body[max(0, start - 20) : start].split())
    return any(before == b or before.endswith(" " + b) for b in lex.weekday_name_before)


def _next_word(body: str, pos: int) -> str:
    """The word right after ``pos`` (blank space between, no punctuation), lower-cased."""
    found = word_after(body, pos, WHITESPACE)
    return found[2].lower() if found else ""


def _mkdate(y: int, mo: int, d: int) -> date | None:
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def _nearest_year(pub: date, tense: str, make: Any) -> date | None:
    cands = [d for d in (make(pub.year - 1), make(pub.year), make(pub.year + 1)) if d]
    if tense == "past":
        past = [d for d in cands if d <= pub]
        return max(past) if past else None
    if tense == "future":
        fut = [d for d in cands if d >= pub]
        return min(fut) if fut else None
    return min(cands, key=lambda d: abs((d - pub).days)) if cands else None


def _month_year(pub: date, mo: int, direction: str) -> int:
    if direction == "past":
        return pub.year if mo <= pub.month else pub.year - 1
    if direction == "future":
        return pub.year if mo >= pub.month else pub.year + 1
    # unknown tense: the occurrence nearest the publication month
    diff = mo - pub.month
    if diff > 6:
        return pub.year - 1
    if diff < -6:
        return pub.year + 1
    return pub.year


def _add_months(y: int, mo: int, step: int) -> tuple[int, int]:
    total = y * 12 + (mo - 1) + step
    return total // 12, total % 12 + 1


def _month(
    y: int, mo: int, qualifier: str | None, relative: bool, pub: date | None = None
) -> Resolution:
    first = date(y, mo, 1)
    last = date(y, mo, calendar.monthrange(y, mo)[1])
    first, last = _narrow_to_pub(first, last, qualifier, pub)
    return first, last, "month", relative, ""


def _year(y: int, qualifier: str | None, relative: bool, pub: date | None = None) -> Resolution:
    first, last = _narrow_to_pub(date(y, 1, 1), date(y, 12, 31), qualifier, pub)
    return first, last, "year", relative, ""


def _narrow_to_pub(
    first: date, last: date, qualifier: str | None, pub: date | None
) -> tuple[date, date]:
    if pub is not None and first <= pub <= last:
        if qualifier == "earlier":
            return first, pub
        if qualifier == "later":
            return pub, last
    return first, last


def _relation(
    d0: date | None, d1: date | None, pub: date | None, tense: Callable[[], str], kind: str
) -> str:
    if kind == "since":
        return "ongoing"
    if d0 is None or d1 is None or pub is None:
        return tense() if tense() in ("past", "future") else "unknown"
    if d1 < pub:
        return "past"
    if d0 > pub:
        return "future"
    if kind == "deadline":
        return "future"
    return tense() if tense() in ("past", "future") else "ongoing"


def _tense(body: str, sent: tuple[int, int], start: int, end: int, lex: _Lexicon) -> str:
    """ "past", "future" or "unknown": the nearest tense cue in the sentence around a date."""
    s0, s1 = sent
    left = body[max(s0, start - 90) : start]
    right = body[end : min(s1, end + 60)]
    best: tuple[int, str] | None = None
    reporting: int | None = None
    cues = lex.cue_words
    lwords = list(_WORD.finditer(left))
    for dist, w in enumerate(reversed(lwords)):
        word = w[0].lower()
        if word not in cues and not word.endswith(_SUFFIX_CUES):
            continue  # no cue (the quick test for most words)
        kind = _cue(word, left, w, lex)
        if kind == "report":
            reporting = dist if reporting is None else reporting
        elif kind and (best is None or dist < best[0]):
            best = (dist, kind)
            break
    for dist, w in enumerate(_WORD.finditer(right)):
        if best is not None and dist >= best[0]:
            break  # no nearer cue to find (and ``reporting`` only counts without one)
        word = w[0].lower()
        if word not in cues and not word.endswith(_SUFFIX_CUES):
            continue
        kind = _cue(word, right, w, lex)
        if kind and kind != "report" and (best is None or dist < best[0]):
            best = (dist, kind)
            break
        if kind == "report" and reporting is None:
            reporting = dist
    if best is not None:
        return best[1]
    if reporting is not None:
        return "past"
    return "unknown"


def _cue(word: str, text: str, m: re.Match[str], lex: _Lexicon) -> str | None:
    """The tense cue of ``word`` (lower-cased ``m`` in ``text``): "future" (a future cue or
    "'ll"), "report" (a reporting verb), "past" (a past cue or a verb in -ed), else None."""
    kind = lex.cue_words.get(word)
    if kind == "to":
        # "is to", "are to", "due to", "plans to travel": future when before a verb-like word
        before = text[max(0, m.start() - 12) : m.start()].lower()
        if before.rstrip().endswith(("is", "are", "set", "due", "plans", "going", "expected")):
            return "future"
        return None
    if kind is not None:
        return kind
    if word.endswith(_WILL):
        return "future"
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED:
        return "past"
    return None


# English month names for labels (``calendar.month_name`` formats a date for each lookup, in
# whatever locale the process set)
_MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _label(
    d0: date | None, d1: date | None, precision: str, qualifier: str | None, raw: str
) -> str:
    if d0 is None or d1 is None:
        return raw
    if precision == "day":
        return f"{d0.day} {_MONTH_NAMES[d0.month]} {d0.year}"
    if precision == "week":
        return f"week of {d0.day} {_MONTH_NAMES[d0.month]} {d0.year}"
    base = f"{_MONTH_NAMES[d0.month]} {d0.year}" if precision == "month" else str(d0.year)
    if qualifier in ("end", "early", "mid", "late"):
        prefix = {"end": "end of ", "early": "early ", "mid": "mid-", "late": "late "}[qualifier]
        return prefix + base
    if qualifier == "earlier":
        return f"earlier in {base}"
    if qualifier == "later":
        return f"later in {base}"
    return base


def is_relative_day(mention: DateMention) -> bool:
    """True for "Friday", "next Monday", "tomorrow": a day named relative to publication."""
    if mention.precision != "day" or not mention.relative:
        return False
    words = mention.text.lower().replace("’", "'").removesuffix("'s").split()
    if not words:
        return False
    lex = lexicon()
    return words[-1] in lex.relative_days or words[-1].capitalize() in lex.weekdays


__all__ = [
    "DateMention",
    "find_dates",
    "is_relative_day",
    "lexicon",
    "split_simple",
    "story_sentences",
]
