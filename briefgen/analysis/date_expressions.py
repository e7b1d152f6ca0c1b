"""Finding the date expressions of a story body: the one text scan of the dates analysis.

``find_expressions(story)`` finds absolute dates ("25 April 2019", "April 25, 2019",
"2005-03-01", "since 2009", "end of 2019") and relative ones ("on Thursday", "tomorrow", "last
week", "in February", "by the end of the year") and keeps, for each, everything resolving it
needs (``date_resolution.DateExpression``): what it writes, its kind (an event, a deadline,
"since"), the tense of its clause and the cues of its role. Resolving against a publication
day (``date_resolution.resolve``) then reads no text. The analysis stores the expressions on
the story (``story.annotations["date_expressions"]``). The lexicon is ``date_lexicon``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date
from functools import lru_cache

from briefgen.analysis.date_lexicon import (
    SUFFIX_CUES,
    WILL,
    WORD,
    Lexicon,
    Roles,
    Window,
    lexicon,
)
from briefgen.analysis.date_resolution import DateExpression
from briefgen.analysis.document import SPACES, WHITESPACE, sentence_start, word_after, word_before
from briefgen.model import Story

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
        "succeed",
        "exceed",
    }
)


def find_expressions(story: Story) -> list[DateExpression]:
    """Every date expression of ``story.body`` that can name a date, in text order."""
    lex = lexicon()
    body = story.body
    sentences = story.sentences or split_simple(body)
    starts = [s for s, _ in sentences]
    found: list[DateExpression] = []
    for m in _matches(body, lex):
        idx = bisect.bisect_right(starts, m.start()) - 1
        sent = (
            sentences[idx] if idx >= 0 and m.start() < sentences[idx][1] else (m.start(), m.end())
        )
        expression = _expression(m, body, sent, lex)
        if expression is not None:
            found.append(expression)
    return found


_SENT = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n+")


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


# characters that IGNORECASE matching folds onto ASCII letters but str.lower() does not
_FOLDS_TO_ASCII = ("\u017f", "\u212a", "\u0131", "\u0130")


def _matches(body: str, lex: Lexicon) -> Iterator[re.Match[str]]:
    """``lex.pattern.finditer(body)``, trying the pattern only where a date can start."""
    starts = _starts(body, lex)
    if starts is None:
        yield from lex.pattern.finditer(body)
        return
    pattern = lex.pattern
    done = 0  # finditer resumes after the previous match: starts inside it are skipped
    for cand in starts:
        pos = cand.start()  # the scan's text has one character put before the body's
        if pos < done:
            continue
        m = pattern.match(body, pos)
        if m is not None:
            done = m.end()
            yield m


# a Latin-1 byte as ``_starts`` reads it: a letter in lower case, a digit or "_", else a space
_STARTS_TABLE = bytes(
    c | 0x20 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 or c == 95 else 32
    for c in range(256)
)


def _starts(body: str, lex: Lexicon) -> Iterator[re.Match[str]] | Iterator[re.Match[bytes]] | None:
    """The scan for where a date may start in ``body`` (``Lexicon.starts``), or None where it
    cannot be trusted (characters that IGNORECASE folds onto ASCII letters). A Latin-1 body
    (most) is scanned as bytes, each character but [a-z0-9_] a space, where the scan's literal
    first character lets the engine skip ahead fastest; any other body in lower case."""
    if lex.starts is None or lex.starts_bytes is None:
        return None
    try:
        raw = body.encode("latin-1")
    except UnicodeEncodeError:
        pass
    else:
        return lex.starts_bytes.finditer(b" " + raw.translate(_STARTS_TABLE))
    low = body.lower()
    if len(low) != len(body) or any(ch in body for ch in _FOLDS_TO_ASCII):
        return None
    return lex.starts.finditer(f" {low}")


def _prev_word(body: str, pos: int) -> str:
    """The word right before ``pos`` (spaces between, no punctuation), lower-cased."""
    found = word_before(body, pos, SPACES)
    return found[2].lower() if found else ""


def _preceding(body: str, pos: int, width: int = 24) -> str:
    return " ".join(body[max(0, pos - width) : pos].lower().split())


def _expression(
    m: re.Match[str], body: str, sent: tuple[int, int], lex: Lexicon
) -> DateExpression | None:
    # the alternative that matched ("iso", "dmy", ... "yr"): it closes the last group
    alt = m.lastgroup
    qual_text = (m["q"] or "").strip().lower()
    qualifier = None
    if qual_text:
        key = qual_text.removeprefix("the ").rstrip("-").strip()
        qualifier = lex.qualifiers.get(key)
    start, end = m.start(), m.end()
    if qualifier is not None and alt in _DAYS:
        # "early Monday", "late 25 April": the qualifier does not narrow a day; drop it.
        start = m.start(alt)
        qualifier = None
    prev = _prev_word(body, start)  # read by several tests below: once
    written = _written(m, alt, body, start, prev, qualifier, lex)
    if written is None:
        return None
    form, precision, fields = written
    before = _preceding(body, start)
    kind = "event"
    if _ends_with_cue(before, lex.since_cues):
        kind = "since"
    elif _ends_with_cue(before, lex.deadline_cues):
        kind = "deadline"
    cue, amount, schedule, statistic, names_noun = _role_evidence(
        body, sent, start, end, prev, kind, precision, qualifier, lex
    )
    # "since Oct. 13", "since their Oct. 13 debate": a time before now, whatever the clause's
    # tense ("will take the stage after a run of gains since their Oct. 13 debate")
    since = kind == "since" or _SINCE_NOUN.search(before) is not None
    return DateExpression(
        body[start:end],
        start,
        end,
        sent[0],
        sent[1],
        form,
        precision,
        kind,
        "past" if since else _tense(body, sent, start, end, lex),
        qualifier,
        *fields,
        cue=cue,
        amount=amount,
        schedule=schedule,
        statistic=statistic,
        names_noun=names_noun,
    )


# "since the", "since their": a date in a noun phrase after "since"
_SINCE_NOUN = re.compile(r"\bsince (?:the|their|his|her|its|our|your|my|that|this)$")


# what a date writes, after its form and precision: (year, month, day, weekday, count, unit,
# modifier, label), as ``DateExpression`` orders them
_Written = tuple[str, str, tuple[int, int, int, int, int, str, str, str]]


def _written(
    m: re.Match[str],
    alt: str | None,
    body: str,
    start: int,
    prev: str,
    qualifier: str | None,
    lex: Lexicon,
) -> _Written | None:
    """What the date writes (``DateExpression``'s form, precision and values), or None when it
    names no date from any day (a day 32, "May" without a preposition, "the Today programme")."""
    if alt == "iso":
        y, mo, d = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])  # type: ignore[arg-type]
        return ("day", "day", (y, mo, d, 0, 0, "", "", "")) if _valid(y, mo, d) else None
    if alt in ("dmy", "mdy"):
        p = alt
        month = lex.months[m[f"{p}_m"]]  # type: ignore[index]
        dnum = int(m[f"{p}_d"])  # type: ignore[arg-type]
        if not 1 <= dnum <= 31:
            return None
        if m[f"{p}_y"]:
            y = int(m[f"{p}_y"])  # type: ignore[arg-type]
            return (
                ("day", "day", (y, month, dnum, 0, 0, "", "", ""))
                if _valid(y, month, dnum)
                else None
            )
        return "day_month", "day", (0, month, dnum, 0, 0, "", "", "")
    if alt == "my":
        y, mo = int(m["my_y"]), lex.months[m["my_m"]]  # type: ignore[arg-type, index]
        return "month", "month", (y, mo, 0, 0, 0, "", "", "")
    if alt == "mo":
        name = m["mo_m"]
        assert name is not None
        possessive = bool(m["mo_poss"])
        if not (possessive or qualifier or prev in lex.prepositions):
            return None
        if name in lex.ambiguous_months and not (qualifier or prev in lex.prepositions):
            return None
        if name.endswith(".") or (
            len(name) <= 4 and not qualifier and prev not in lex.prepositions
        ):
            return None
        direction = _DIRECTION.get(prev, "")
        return "month_name", "month", (0, lex.months[name], 0, 0, 0, "", direction, "")
    if alt == "yr":
        y = int(m["yr_y"])  # type: ignore[arg-type]
        if not (qualifier or prev in lex.prepositions):
            return None
        if prev in ("to", "and", "than", "over", "at", "on", "about", "around") and not qualifier:
            return None  # "rose to 2005", "about 2000 people": numbers, not years
        if y < 1800 or y > 2100:
            return None
        return "year", "year", (y, 0, 0, 0, 0, "", "", "")
    if alt == "wd":
        if _weekday_in_name(body, m.start("wd_d"), m.end("wd_d"), lex):
            return None
        if not m["wd_mod"] and _weekday_of_another_time(body, start, m.end(), lex):
            return None
        wd = lex.weekdays[m["wd_d"]]  # type: ignore[index]
        mod = (m["wd_mod"] or "").strip().lower()
        label = (f"{mod} " if mod else "") + m["wd_d"]  # type: ignore[operator]
        after = _WEEK_AFTER.match(body, m.end())
        if after is not None and not mod:
            # "Wednesday next week", "on Friday last week": that week's day
            mod = after.group(1).lower() + " week"
        return "weekday", "day", (0, 0, 0, wd, 0, "", mod, label)
    if alt == "rd":
        word = m["rd"].lower()
        if m["rd"][0].isupper() and not sentence_start(body, start):
            return None  # "the Today programme"
        return "relative_day", "day", (0, 0, 0, 0, lex.relative_days[word], "", "", word)
    if alt == "ru":
        mod = m["ru_mod"].lower()  # type: ignore[union-attr]
        unit = m["ru_u"].lower()  # type: ignore[union-attr]
        if mod == "the" and qualifier is None:
            return None
        if (
            unit == "year"
            and mod in ("this", "current", "the")
            and _next_word(body, m.end()) == "to"
        ):
            return None  # "the year to March": a financial period, not this year
        label = " ".join(body[start : m.end()].split()).removeprefix("the ")
        precision = unit if unit in ("year", "month") else "week"
        step = lex.modifiers.get(mod, 0)
        return "relative_unit", precision, (0, 0, 0, 0, step, unit, "", label)
    if alt == "ago":
        n_text = m["ago_n"].lower()  # type: ignore[union-attr]
        n = int(n_text) if n_text.isdigit() else lex.numbers.get(n_text, 0)
        unit = m["ago_u"].lower()  # type: ignore[union-attr]
        if n <= 0:
            return None
        return "ago", unit, (0, 0, 0, 0, n, unit, "", m["ago"])  # type: ignore[return-value]
    return None


# the alternatives that name a day, which a qualifier does not narrow
_DAYS = frozenset({"iso", "dmy", "mdy", "wd", "rd", "ago"})

# the word before a month alone that says which one it is: "last May", "next June", "this May"
_DIRECTION = {"last": "past", "next": "future", "this": "unknown"}


def _valid(y: int, mo: int, d: int) -> bool:
    """Is (y, mo, d) a day of the calendar?"""
    try:
        date(y, mo, d)
    except ValueError:
        return False
    return True


_CLAUSE_CUT = re.compile(r";|\s[-–—]\s")
_SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|because|although|though|while|whereas|if|unless)\b|,\s+but\b"
)
# every match of _SUBORDINATE holds one of these ("who" in "whom", "though" in "although")
_SUBORDINATE_WORDS = (
    "that",
    "which",
    "who",
    "because",
    "though",
    "while",
    "whereas",
    "if",
    "unless",
    "but",
)
# an amount: "3.1%", "£31bn", "$10m", "2.5 per cent", "2.5 million"
_AMOUNT = re.compile(r"[£$€]\s?\d|\d\s?(?:%|per\s?cent\b)|\d\s?(?:million|billion|trillion|bn)\b")
# a figure: an amount, a count in thousands ("23,600") or percentage points
_FIGURE = re.compile(_AMOUNT.pattern + r"|\b\d{1,3}(?:,\d{3})+\b|\bpercentage points?\b")
# "a 16-year high", "a three-month low"
_DIGIT = re.compile(r"\d")
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
    if ";" in left or "-" in left or "–" in left or "—" in left:  # where _CLAUSE_CUT may match
        cuts = list(_CLAUSE_CUT.finditer(left))
        if cuts:
            left = left[cuts[-1].end() :]
    if ";" in right or "-" in right or "–" in right or "—" in right:
        cut = _CLAUSE_CUT.search(right)
        if cut is not None:
            right = right[: cut.start()]
    # the pattern tries every position: look for it only where one of its words is written
    if any(word in right for word in _SUBORDINATE_WORDS):
        sub = _SUBORDINATE.search(right)
        if sub is not None:
            right = right[: sub.start()]
    return f"{left} {right}"


def _window(text: str) -> Window:
    return Window(text)


def _role_evidence(
    body: str,
    sent: tuple[int, int],
    start: int,
    end: int,
    prev: str,
    kind: str,
    precision: str,
    qualifier: str | None,
    lex: Lexicon,
) -> tuple[str | None, bool, bool, bool, bool]:
    """What the clause says of the date's role whatever the day it is read from
    (``date_resolution._role`` weighs it with the date's relation to that day): a role its
    words fix (``cue``: "background" for "since" and background cues, "reference" for a
    comparison or a topic after "for" or "of", see ``_topic_for``, "forecast" for a
    projection, estimate, hope or target, or an expectation of change: "sales are expected to
    rise in 2005"), else None with whether the clause holds an amount, a schedule word beside a
    bare year, the figure of a statistic (``_statistic``) and whether the date names a noun."""
    if kind == "since":
        return "background", False, False, False, False
    roles = lex.roles
    assert roles is not None
    text = _clause_window(body, sent, start, end)
    window = _window(text)
    if roles.background.found(window):
        return "background", False, False, False, False
    vague = precision == "year" and qualifier is None
    if _compared(body, sent, start, roles, window) or _topic_for(body, start, prev, roles, vague):
        return "reference", False, False, False, False
    if roles.forecast.found(window) or (
        roles.expectation.found(window) and roles.change.found(window)
    ):
        return "forecast", False, False, False, False
    digits = _DIGIT.search(text) is not None  # an amount and most figures need one
    return (
        None,
        digits and _AMOUNT.search(text) is not None,
        vague and roles.schedule.found(window),
        _statistic(body, sent, start, end, prev, roles, window, text, digits),
        _dates_a_noun(body, sent, start, end, lex) or _attributive(body, start, end, prev),
    )


def _statistic(
    body: str,
    sent: tuple[int, int],
    start: int,
    end: int,
    prev: str,
    roles: Roles,
    window: Window,
    text: str,
    digits: bool,
) -> bool:
    """Is the date that of a figure rather than an event: a measured quantity or change
    ("salaries grew 1.9% in December 2004", "rose by 17% ... up 23,600"), a record ("a record
    deficit", "copper at a 16-year high"), a survey's field period, a figure for the period
    ending at the date ("the three months to 31 December 2004") or an end of a range ("from
    November 2003 to August 2004", "between January 2005 and ...": a span, not a point)?"""
    if (
        roles.measured.found(window)
        and (digits or "percentage point" in text)
        and _FIGURE.search(text)
    ) or roles.record.found(window):
        return True
    # "a 16-year high": the pattern holds "high" or "low"
    if roles.survey.found(window) or (("high" in text or "low" in text) and _N_HIGH.search(text)):
        return True
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


def _dates_a_noun(body: str, sent: tuple[int, int], start: int, end: int, lex: Lexicon) -> bool:
    """Does a weekday without "on" date the noun of a prepositional phrase before it, not the
    clause's verb ("Russia had vowed to strike back for an attack Friday", "a reference to the
    opening of the bilateral talks last Wednesday": the vow and the reference were not then)?"""
    if not any(w in lex.weekdays for w in WORD.findall(body[start:end])):
        return False
    words = [w.lower() for w in WORD.findall(body[max(sent[0], start - 60) : start])]
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


def _attributive(body: str, start: int, end: int, prev: str) -> bool:
    """Does the date stand between a determiner and its noun in a subject or object, naming a
    thing rather than dating the clause ("asserting that the May 22 operations targeted")? After
    a preposition it places the clause ("resigned in the March 2005 reshuffle", "since the
    11 September 2001 attacks")."""
    if prev not in _DETERMINERS:
        return False
    at = body.rfind(prev, max(0, start - 8), start)
    if _prev_word(body, at) in _PLACING:
        return False
    nxt = _next_word(body, end)
    return bool(nxt) and nxt not in _NOT_A_NOUN


def _compared(body: str, sent: tuple[int, int], start: int, roles: Roles, window: Window) -> bool:
    """Does a comparison word ("than", "compared with") stand shortly before the date, with no
    punctuation between ("rose faster than in 2004")?"""
    if roles.comparison_words.isdisjoint(window.lower):
        return False
    before = body[max(sent[0], start - 40) : start]
    before = before[max(map(before.rfind, ".,;:!?")) + 1 :]
    low = f" {before.lower()} "
    return any(p in low for p in roles.comparison)


def _topic_for(body: str, start: int, prev: str, roles: Roles, bare_year: bool) -> bool:
    """ "the budget for 2005", "available for 2005": the date is what "for" is about, unless
    a scheduling word stands before "for" ("scheduled for 5 May", "the election for May").
    A bare year after "of" names a noun's year, not an event's time ("the first grand slam of
    2005"), unless a part of the year stands before "of" ("the first half of 2006")."""
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


_WEEK_AFTER = re.compile(r"\s+(next|last)\s+week\b", re.IGNORECASE)


# "on a chilly Tuesday", "one Sunday", "every Friday": a weekday no one week's ("issued a
# statement Friday" is that Friday: the article is the noun's; so is "number one on Sunday")
_INDEFINITE_BEFORE = re.compile(
    r"\b[Oo]n\s+an?\s+(?:[a-z]+\s+)?$|\b(?:[Oo]ne|[Ee]very|[Ee]ach)\s+$"
)
# "Tuesday in December 1999", "a Sunday of 1941": the weekday of the month or year it names
_PERIOD_AFTER = re.compile(r",?\s+(?:in|of)\s+(?:(?:early|late|mid-?)\s*)?(?P<w>[A-Z][a-z]+|\d{4})")


def _weekday_of_another_time(body: str, start: int, end: int, lex: Lexicon) -> bool:
    """Is a bare weekday not the story's week's: an indefinite one ("On a chilly Tuesday",
    "one Sunday") or one of a month or year written after it ("Tuesday in December 1999")?
    Read against the story's date it would date history to the story's week."""
    if _INDEFINITE_BEFORE.search(body, max(0, start - 24), start):
        return True
    after = _PERIOD_AFTER.match(body, end)
    return after is not None and (after["w"].isdigit() or after["w"] in lex.months)


def _weekday_in_name(body: str, start: int, end: int, lex: Lexicon) -> bool:
    """ "the Sunday Telegraph", "the Mail on Sunday", "Black Monday", a quoted title that ends
    on it ('an interview with "Fox News Sunday."'): a name, not a date."""
    after = WORD.match(body, end + 1) if body[end : end + 1] == " " else None
    if after is not None and after.group() in lex.weekday_name_after:
        return True
    if _TITLE_CLOSES.match(body, end) and _TITLE_OPENS.search(body, max(0, start - 60), start):
        return True
    before = " ".join(body[max(0, start - 20) : start].split())
    return any(before == b or before.endswith(" " + b) for b in lex.weekday_name_before)


# a quoted title of capitalised words that ends on the weekday: “Fox News Sunday.”
_TITLE_OPENS = re.compile(r"(?:“|(?<![\w.,!?])\"|(?<![\w.,!?'])'')(?:[A-Z][\w.'’&-]*\s+){1,4}$")
_TITLE_CLOSES = re.compile(r"[.,!?]?(?:”|\"|'')")


def _next_word(body: str, pos: int) -> str:
    """The word right after ``pos`` (blank space between, no punctuation), lower-cased."""
    found = word_after(body, pos, WHITESPACE)
    return found[2].lower() if found else ""


def _tense(body: str, sent: tuple[int, int], start: int, end: int, lex: Lexicon) -> str:
    """ "past", "future" or "unknown": the nearest tense cue in the sentence around a date."""
    s0, s1 = sent
    left = body[max(s0, start - 90) : start]
    right = body[end : min(s1, end + 60)]
    best: tuple[int, str] | None = None
    reporting: int | None = None
    cues = lex.cue_words
    lwords = _lower_words(left)
    last = len(lwords) - 1
    for dist in range(last + 1):
        word = lwords[last - dist]
        if word not in cues and not word.endswith(SUFFIX_CUES):
            continue  # no cue (the quick test for most words)
        kind = _cue(word, left, last - dist, lex)
        if kind == "report":
            reporting = dist if reporting is None else reporting
        elif kind and (best is None or dist < best[0]):
            if kind == "past" and _hypothetical(lwords, last - dist, right):
                kind = "unknown"  # "would fare if he won the election on Nov. 8": no past
            best = (dist, kind)
            break
    # the word right before the date is a cue: none after it is nearer
    rwords = _lower_words(right) if best is None or best[0] > 0 else []
    for dist, word in enumerate(rwords):
        if best is not None and dist >= best[0]:
            break  # no nearer cue to find (and ``reporting`` only counts without one)
        if word not in cues and not word.endswith(SUFFIX_CUES):
            continue
        kind = _cue(word, right, dist, lex)
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


_CONDITIONS = frozenset({"if", "unless"})
_UNREAL = frozenset({"would", "could", "might", "wouldn't", "couldn't"})


def _hypothetical(words: list[str], index: int, right: str) -> bool:
    """Is ``words[index]``, a past form, the verb of an unreal "if" clause, one with "would"
    around it ("how ties would fare if he won the election on Nov. 8", "if she won the Nov. 8
    election, she would ...")? Its past form tells no time past. "If the Saudis did not
    take part in the Sept. 11 attacks, they have nothing to fear" is a real past."""
    if not any(w in _CONDITIONS for w in words[max(0, index - 3) : index]):
        return False
    return any(w in _UNREAL for w in words[:index]) or any(
        w in _UNREAL for w in _lower_words(right)
    )


def _lower_words(text: str) -> list[str]:
    """The ``WORD``s of ``text`` in lower case (an ASCII text is lower-cased first: the same
    words, without a string per word to lower-case)."""
    if text.isascii():
        return WORD.findall(text.lower())
    return [w.lower() for w in WORD.findall(text)]


def _cue(word: str, text: str, index: int, lex: Lexicon) -> str | None:
    """The tense cue of ``word`` (the lower-cased ``index``-th ``WORD`` of ``text``): "future"
    (a future cue or "'ll"), "report" (a reporting verb), "past" (a past cue or a verb in -ed),
    else None."""
    kind = lex.cue_words.get(word)
    if kind == "to":
        # "is to", "are to", "due to", "plans to travel": future when before a verb-like word
        at = _nth_word_start(text, index)
        before = text[max(0, at - 12) : at].lower()
        if before.rstrip().endswith(("is", "are", "set", "due", "plans", "going", "expected")):
            return "future"
        return None
    if kind is not None:
        return kind
    if word.endswith(WILL):
        return "future"
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED:
        return "past"
    return None


def _nth_word_start(text: str, index: int) -> int:
    """Where the ``index``-th ``WORD`` of ``text`` starts."""
    for n, m in enumerate(WORD.finditer(text)):
        if n == index:
            return m.start()
    raise IndexError(index)
