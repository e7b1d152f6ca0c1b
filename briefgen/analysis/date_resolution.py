"""Date expressions resolved against an anchor day: pure and cheap, no text is read.

``date_expressions.find_expressions`` reads a story body once and keeps, for every date
expression, what resolving it needs (``DateExpression``: its form, the day, month, year,
weekday, offset or unit it writes, the tense and the role cues of its clause). ``resolve``
turns one into a ``DateMention`` as of a publication day; the analysis resolves a story's
expressions against ``story.published``, and the sections that test other days (anchoring an
undated story, reading it as of the brief's date) resolve the stored expressions again.
``resolve_all(find_expressions(story), day)`` is ``dates.find_dates(story, published=day)``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple


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


class DateExpression(NamedTuple):
    """One date expression of a body (``text == body[start:end]``) and what resolving it needs.

    ``form`` says how it is resolved: written in full ("day", "month", "year": ``year``,
    ``month``, ``day``), a day and month without a year ("day_month"), a month alone
    ("month_name"; ``modifier`` is "past", "future" or "unknown" when the word before it says
    which, "" for the tense), a weekday ("weekday": ``weekday`` 0-6, ``modifier`` "", "last",
    "next", "this", "coming", "last week" or "next week"), "today"/"tomorrow" ("relative_day":
    ``count`` days from publication), "last week"/"this year" ("relative_unit": ``unit`` and
    ``count`` steps) or "two weeks ago" ("ago": ``count`` ``unit``s back). ``label`` shows a
    weekday, relative day or unit that is not resolved. ``tense`` is the clause's ("past",
    "future", "unknown"); ``cue`` a role the clause's words fix whatever the day ("background",
    "reference", "forecast", else None), and ``amount``, ``schedule``, ``statistic`` and
    ``names_noun`` the other evidence of its role (see ``_role``).
    """

    text: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    form: str
    precision: str  # as resolved: "day", "week", "month" or "year"
    kind: str  # "event", "deadline" or "since"
    tense: str
    qualifier: str | None = None
    year: int = 0
    month: int = 0
    day: int = 0
    weekday: int = 0
    count: int = 0
    unit: str = ""
    modifier: str = ""
    label: str = ""
    cue: str | None = None
    amount: bool = False  # an amount in the clause ("3.1%", "£31bn")
    schedule: bool = False  # a schedule word beside a bare year ("expected in 2006")
    statistic: bool = False  # the date of a figure, a record, a survey or a span
    names_noun: bool = False  # the date names a noun ("an attack Friday", "the May 22 operations")


Resolution = tuple[date | None, date | None, str, bool, str]


def resolve(expression: DateExpression, pub: date | None) -> DateMention | None:
    """``expression`` as of publication day ``pub`` (None: unknown, relative dates stay
    unresolved); None when it names no date from that day (29 February in a year without)."""
    e = expression
    res = _dates(e, pub)
    if res is None:
        return None
    d0, d1, precision, relative, label = res
    relation = _relation(d0, d1, pub, e.tense, e.kind)
    # an unresolved date places nothing yet (anchoring resolves it again, with its role)
    role = _role(e, relation, precision) if d0 else "unknown"
    return DateMention(
        text=e.text,
        start=e.start,
        end=e.end,
        sent_start=e.sent_start,
        sent_end=e.sent_end,
        start_date=d0,
        end_date=d1,
        precision=precision,
        relation=relation,
        kind=e.kind,
        qualifier=e.qualifier,
        relative=relative,
        label=_label(d0, d1, precision, e.qualifier, label),
        role=role,
    )


def resolve_all(expressions: Iterable[DateExpression], pub: date | None) -> list[DateMention]:
    """Every expression that names a date as of ``pub``, in text order."""
    found: list[DateMention] = []
    for expression in expressions:
        mention = resolve(expression, pub)
        if mention is not None:
            found.append(mention)
    return found


def _dates(e: DateExpression, pub: date | None) -> Resolution | None:
    """(start day, end day, precision, relative, label of an unresolved date)."""
    form = e.form
    if form == "day":
        d = date(e.year, e.month, e.day)
        return d, d, "day", False, ""
    if form == "month":
        return _month(e.year, e.month, e.qualifier, False)
    if form == "year":
        return _year(e.year, e.qualifier, False)
    if form == "day_month":
        if pub is None:
            return None, None, "day", True, f"{e.day} {MONTH_NAMES[e.month]}"
        month, dnum = e.month, e.day
        d = _nearest_year(pub, e.tense, lambda y: _mkdate(y, month, dnum))
        return (d, d, "day", True, "") if d else None
    if form == "month_name":
        if pub is None:
            return None, None, "month", True, MONTH_NAMES[e.month]
        y = _month_year(pub, e.month, e.modifier or e.tense)
        if e.modifier in ("future", "past") and e.month == pub.month:
            # "next November" said in November is a year ahead, "last November" a year back
            y += 1 if e.modifier == "future" else -1
        return _month(y, e.month, e.qualifier, True)
    if form == "weekday":
        return _weekday(e, pub)
    if form == "relative_day":
        if pub is None:
            return None, None, "day", True, e.label
        d = pub + timedelta(days=e.count)
        return d, d, "day", True, e.label
    if form == "relative_unit":
        return _relative_unit(e, pub)
    return _ago(e, pub)


def _weekday(e: DateExpression, pub: date | None) -> Resolution:
    if pub is None:
        return None, None, "day", True, e.label
    wd, mod = e.weekday, e.modifier
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
    elif e.tense == "future" or (mod == "this" and e.tense != "past"):
        d = pub + timedelta(days=(wd - pub.weekday()) % 7)
    else:
        d = pub - timedelta(days=(pub.weekday() - wd) % 7)
    return d, d, "day", True, e.label


def _relative_unit(e: DateExpression, pub: date | None) -> Resolution:
    unit, step = e.unit, e.count
    if pub is None:
        return None, None, "year" if unit == "year" else unit, True, e.label
    if unit == "year":
        return _year(pub.year + step, e.qualifier, True, pub)
    if unit == "month":
        y, mo = _add_months(pub.year, pub.month, step)
        return _month(y, mo, e.qualifier, True, pub)
    days = 14 if unit == "fortnight" else 7
    monday = pub - timedelta(days=pub.weekday()) + timedelta(days=7 * step)
    if unit == "fortnight":
        monday = pub + timedelta(days=14 * step) if step else pub
    return monday, monday + timedelta(days=days - 1), "week", True, ""


def _ago(e: DateExpression, pub: date | None) -> Resolution:
    n, unit = e.count, e.unit
    if pub is None:
        return None, None, unit, True, e.label
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


def _role(e: DateExpression, relation: str, precision: str) -> str:
    """What the date stands for, from the evidence ``date_expressions`` stored: "background"
    (since, born, founded, records, anniversaries), "reference" (a comparison, or a topic after
    "for" or "of"), "forecast" (a projection, estimate, hope or target, or an expectation of
    change: "sales are expected to rise in 2005"; an amount ahead or by a deadline: "3.1% in
    2006", "10% of the market by the end of 2005"), "scheduled" (a deadline, or a future date of
    anything else; a bare future year only beside a schedule word: "the referendum, expected in
    2006"), "statistic" (a figure, a record, a survey's field period or a span), "reference"
    for a date naming a noun, "unknown" for a bare year no tense places ("deserve better fortune
    in 2005"), else "event"."""
    if e.cue is not None:
        return e.cue
    vague = precision == "year" and e.qualifier is None
    ahead = relation == "future" or (relation in ("unknown", "ongoing") and e.tense == "future")
    if (ahead or e.kind == "deadline") and e.amount:
        return "forecast"
    if e.kind == "deadline" and relation != "past":
        return "scheduled"
    if ahead:
        return "forecast" if vague and not e.schedule else "scheduled"
    if e.statistic:
        return "statistic"
    if e.names_noun:
        return "reference"
    if vague and relation != "past" and e.tense != "past":
        return "unknown"  # "deserve better fortune in 2005": no tense says it happened
    return "event"


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


def _relation(d0: date | None, d1: date | None, pub: date | None, tense: str, kind: str) -> str:
    if kind == "since":
        return "ongoing"
    if d0 is None or d1 is None or pub is None:
        return tense if tense in ("past", "future") else "unknown"
    if d1 < pub:
        return "past"
    if d0 > pub:
        return "future"
    if kind == "deadline":
        return "future"
    return tense if tense in ("past", "future") else "ongoing"


# English month names for labels (``calendar.month_name`` formats a date for each lookup, in
# whatever locale the process set)
MONTH_NAMES = (
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
        return f"{d0.day} {MONTH_NAMES[d0.month]} {d0.year}"
    if precision == "week":
        return f"week of {d0.day} {MONTH_NAMES[d0.month]} {d0.year}"
    base = f"{MONTH_NAMES[d0.month]} {d0.year}" if precision == "month" else str(d0.year)
    if qualifier in ("end", "early", "mid", "late"):
        prefix = {"end": "end of ", "early": "early ", "mid": "mid-", "late": "late "}[qualifier]
        return prefix + base
    if qualifier == "earlier":
        return f"earlier in {base}"
    if qualifier == "later":
        return f"later in {base}"
    return base
