"""Days of undated stories, read relative to the brief's as-of date (issue 15, point 4).

A story without a publication date cannot put a year to "on 16 March": the analysis leaves the
date unresolved. In a brief as of a given day, a day and month the story tells in the past is
taken as its last occurrence on or before that day, when that lies within the period the
timeline covers; the date expression the analysis stored is then resolved again as of that day
(its role: event, background, statistic, forecast ...), so the section runs no date detection
of its own.
The year is marked inferred, with the reason.

Only a day and month the text writes ("on 16 March", "on 17 November"), in a clause the
analysis tells in the past, after "on" or "in" (not "the 11 September attacks", "after 11
September", "by 4 November"), with no year written next to it: weekdays, "yesterday", "last
month" count from the story's own day, which is unknown.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date

from briefgen.analysis.date_resolution import MONTH_NAMES
from briefgen.analysis.dates import DateMention, resolve, stored_expressions
from briefgen.model import Story

# the label the analysis gives an unresolved day and month: "16 March" (its month names)
_DAY_MONTH_LABEL = re.compile(rf"(?:\d{{1,2}} )?(?:{'|'.join(MONTH_NAMES[1:])})")
_ON_OR_IN = re.compile(r"(?<![\w'’-])(?:on|in|On|In)\s+$")
# a year written after it ("March 17 2003"), or a number read as the day ("In January 25
# people were jailed"): the day and month are not the event's
_YEAR_AFTER = re.compile(
    r"\s*,?\s*(?:\d{4}\b|(?:of\s+)?(?:last|this|next|that|the\s+previous|the\s+following)\s+year\b)"
)
# a month's figure ("the index fell to 95.5 in February", "5.2 million were out of work in
# February"): a statistic of the month, not an event; a day keeps its figures ("bought an
# 18.8% stake on 13 January")
_FIGURE = re.compile(
    r"\d|\b(?:fell|rose|dipped|climbed|edged|slipped|jumped|grew|shrank|increased|decreased"
    r"|declined|dropped|slowed|picked\s+up|eased|surged|slumped|rise|fall|inflation|prices?"
    r"|index|output|sales|figures|unemployment|jobless|GDP|growth|levels?|below|above|than"
    r"|compared|record|highest|lowest)\b"
)
# the date's clause is an apposition of a participle (", elected in December, is planning
# ..."): it dates the background of a line whose own verb is another's
_COUNT_AFTER = re.compile(r"\s+[a-z]")
# the date is an infinitive's ("voted to strike ... on 5 November", "plans to raise ... in
# February"): what was planned, not what happened
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?:be\s+)?[a-z]{3,}\b[^,;.]*$")

# told as ahead or as a condition: "the report will be released on 11 March", "If the
# agreement Lenovo signed on 8 December goes through"
_NOT_TOLD_AS_DONE = re.compile(
    r"\b(?:will|would|shall|due|expected|set\s+to|plans?|planned|scheduled)\b|^\W*(?:If|Unless)\b"
)
# the date hangs on a clause of time, a relative clause or a noun, not the line's verb:
# "shredded ahead of the Act's implementation on 1 January", "had risen since the tsunami hit
# on 26 December", "The blog, which she started in January, ...",
# "hinted at a Budget giveaway on 16 March"
_HANGS_ON_CLAUSE = re.compile(
    r"\b(?:ahead\s+of|before|after|since|until|following|when|while|which|who|whom|whose)\b"
    r"[^,;.]*$"
)
_HANGS_ON_NOUN = re.compile(
    r"(?:\b(?:a|an|the|its|his|her|their|this|that)|[A-Z][\w-]*['’]s)\s+"
    r"(?P<np>(?:[\w'’-]+\s+){0,6}?[\w'’-]+)\s+"
    r"(?:on|in)\s+$"
)
# a verb in the words before the date (the noun phrase test above must not hold one)
_VERBISH = re.compile(
    r"\b(?:[a-z]+ed|was|were|had|has|have|is|are|met|won|lost|quit|left|made|held|took|gave"
    r"|said|told|struck|began|hit|set|put|cut|sent|came|went|saw|got|ran|rose|fell)\b"
)
_PRESENT = re.compile(r"\b(?:is|are|am)\b")
_PAST_AUX = re.compile(r"\b(?:was|were|had)\b")
# the past perfect: "had" and a past participle (regular, or a common irregular one)
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:(?:already|just|long|previously|earlier|also|been)\s+)*"
    r"(?:[a-z]+(?:ed|en)|set|put|made|won|lost|held|taken|given|done|begun|sent|spent|left"
    r"|met|paid|cut|hit|run|come|gone|seen|known|shown|built|sold|bought|brought|kept|led"
    r"|read|written|chosen|fallen|risen|grown|drawn)\b"
)
_PARTICIPLE = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|born|sold|held|made|won|led)\b")
# a role of the past in the sentence ("then Home Office Minister Lord Falconer"): history
_THEN_ROLE = re.compile(r"\bthen[- ][A-Z]")
# the last clause before the date must hold the verb the date tells: "was arrested ... on 8
# December", not "... responses and closes on 7 February"
_CLAUSE_BREAK = re.compile(r",|;|\s[-–—]\s|\band\b|\bbut\b")

BASIS = (
    "year inferred: the story is undated, and the last {day} on or before the brief's date "
    "is in {year}"
)


def day_months_as_of(
    story: Story,
    mentions: list[DateMention],
    as_of: date,
    earliest: date,
    past_verb: Callable[[str], bool],
) -> dict[tuple[int, int], DateMention]:
    """The undated ``story``'s day-and-month mentions (of ``mentions``, the analysis's) that
    can be dated as of ``as_of``: by (start, end), each read again by the analysis as of that
    day, its year marked inferred. Only those that fall between ``earliest`` and ``as_of``,
    whose clause before the date holds a verb in the past (``past_verb``: the timeline's)."""
    if story.published is not None:
        return {}
    body = story.body
    todo = [
        m
        for m in mentions
        if m.start_date is None
        and m.precision in ("day", "month")
        and m.qualifier is None
        and m.relation == "past"
        and _DAY_MONTH_LABEL.fullmatch(m.label) is not None
        and _ON_OR_IN.search(body, max(m.sent_start, m.start - 4), m.start) is not None
        and _YEAR_AFTER.match(body, m.end, m.sent_end) is None
        and not (m.text[-1:].isdigit() and _COUNT_AFTER.match(body, m.end, m.sent_end))
        and _INFINITIVE_BEFORE.search(body, m.sent_start, m.start) is None
    ]
    todo = [
        m
        for m in todo
        if _tells_its_day(body, m, past_verb)
        and not (m.precision == "month" and _FIGURE.search(body, m.sent_start, m.sent_end))
    ]
    if not todo:
        return {}
    # the years the story writes: a month it writes with its year ("7 March 2003") is that
    # year's in the story, a year in the sentence dates it ("held in February in 1974"), and
    # a story whose latest written year is 2004 is not read as telling of 2005
    written = [x for x in mentions if x.start_date is not None and not x.relative]
    months_written = {
        (x.start_date.month, x.start_date.year)
        for x in written
        if x.start_date is not None and x.precision in ("day", "month")
    }
    latest_year = max((x.start_date.year for x in written if x.start_date), default=None)
    # the analysis's expressions, read again as of that day
    expressions = {(e.start, e.end): e for e in stored_expressions(story)}
    out: dict[tuple[int, int], DateMention] = {}
    for m in todo:
        expression = expressions.get((m.start, m.end))
        x = resolve(expression, as_of) if expression is not None else None
        if x is None or x.start_date is None or x.end_date is None:
            continue
        if x.role != "event" or x.end_date > as_of or x.start_date < earliest:
            continue
        month, year = x.start_date.month, x.start_date.year
        if any(mo == month and y != year for mo, y in months_written):
            continue
        if m.precision == "month" and (latest_year is None or year > latest_year):
            continue  # a month alone needs a year the story writes as late as the one given
        if any(
            o.sent_start == m.sent_start and o.start_date is not None and o.start_date.year != year
            for o in written
        ):
            continue
        out[(m.start, m.end)] = dataclasses.replace(
            x,
            relation="past",
            inferred=True,
            basis=BASIS.format(day=m.label, year=x.start_date.year),
        )
    return out


def _tells_its_day(body: str, m: DateMention, past_verb: Callable[[str], bool]) -> bool:
    """Does the date tell when the sentence's own verb happened: the clause before it holds a
    verb in the past, the date hangs on no clause of time or noun, no role of the past?"""
    before = body[m.sent_start : m.start]
    if _THEN_ROLE.search(body, m.sent_start, m.sent_end) or _NOT_TOLD_AS_DONE.search(before):
        return False
    if _HANGS_ON_CLAUSE.search(before):
        return False
    hangs = _HANGS_ON_NOUN.search(before)
    if hangs is not None and not _VERBISH.search(hangs["np"]):
        return False
    clause = before
    for cut in _CLAUSE_BREAK.finditer(before):
        clause = before[cut.end() :]
    if _PARTICIPLE.match(clause) and before.rstrip() != clause.rstrip():
        return False
    if _PRESENT.search(clause) and not _PAST_AUX.search(clause):
        return False  # "The awards are held on 26 February": a present, not a past
    if _PLUPERFECT.search(clause):
        return False  # "said his party had set out its stance in September": a time before
        # the story's, told as background to what is reported now
    return past_verb(clause)


__all__ = ["BASIS", "day_months_as_of"]
