"""What to watch: scheduled events, promised briefings and deadlines after the brief's date.

A dated item is a date the dates analysis calls "scheduled" (``DateMention.role``: not a
forecast, a hope or a target), strictly after the brief's date and within the horizon, told by
the story rather than inside a direct quotation. Undated commitments come from recent stories.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from briefgen.analysis.dates import DateMention, story_sentences
from briefgen.analysis.genre import is_opinion
from briefgen.analysis.mentions import speech_alternation
from briefgen.hookspecs import hookimpl
from briefgen.model import Story
from briefgen.section import BuildContext, Section
from briefgen.sections.anchoring import AnchorWindow, anchored, event_region
from briefgen.sections.evidence import (
    EventText,
    actors_in,
    clause_span,
    content_tokens,
    participants,
    person_before,
    readable_event,
    ref,
    upper_first,
)
from briefgen.sections.home_country import country_name, home_countries, story_country
from briefgen.sections.questions_lexicon import lowered, prefiltered_search, questions_lexicon
from briefgen.sections.referents import (
    continues_before,
    dangling_subject,
    points_back,
    possessive_before_verb,
)
from briefgen.sections.timeline import reads_alone
from briefgen.sections.watch_events import bare_event_subject, event_phrase


@dataclass
class WatchConfig:
    """``[sections.watch]``: horizon and which undated commitments to keep."""

    max_items: int = 10
    include_as_of: bool = False  # events on the brief's own date count as ahead
    horizon_days: int = 540  # how far after the brief's date an event is still worth watching
    undated_commitments: bool = True  # "Putin will brief Xi" with no date given
    max_story_age_days: int = 14  # undated commitments only from stories this recent
    undated_lookback_days: int = 240  # an undated story is taken to be at most this old


@dataclass
class WatchItem:
    """One thing to watch: what, who, when (``date`` None when the text gives no date).

    ``who`` lists the event's participants (its subject and the parties it names), not every
    actor of the sentence. ``inferred``/``basis`` as in the timeline.
    """

    what: str
    who: list[str]
    when: str
    date: date | None
    end_date: date | None
    precision: str | None
    kind: str  # "deadline", "election", "meeting", "briefing", "event"
    sources: list[dict[str, Any]] = field(default_factory=list)
    inferred: bool = False
    basis: str | None = None


class WatchSection(Section):
    """Upcoming events and deadlines after the brief's as-of date."""

    id = "watch"
    title = "What to watch"
    order = 70
    description = "Scheduled meetings, promised briefings and deadlines after the brief's date."
    config_class = WatchConfig

    def build(self, context: BuildContext) -> list[WatchItem]:
        config = context.config if isinstance(context.config, WatchConfig) else WatchConfig()
        return build_watch(context.stories, context.as_of, config)


def build_watch(stories: list[Story], as_of: date, config: WatchConfig) -> list[WatchItem]:
    """Watch items: dated future mentions on/after ``as_of``, then undated commitments."""
    lex = questions_lexicon()
    kinds = lex.watch_kinds
    items: list[WatchItem] = []
    seen: dict[tuple[Any, ...], WatchItem] = {}
    covered: set[tuple[str, int]] = set()
    listed: set[tuple[str, str]] = set()
    dates, windows = anchored(stories)
    homes = home_countries(stories)
    horizon = as_of + timedelta(days=config.horizon_days)
    phrases: list[tuple[WatchItem, tuple[Any, ...]]] = []  # events named by a noun phrase
    for story in stories:
        for m in dates[story.id]:
            # a sentence that dates its event is no undated commitment, even when the date is
            # left out here (behind the as-of date, beyond the horizon, unresolved)
            covered.add((story.id, m.sent_start))
            if m.start_date is None and story.published is None:
                sent_text = story.body[m.sent_start : m.sent_end]
                if _SET_FOR.search(sent_text) and not _HEDGED.search(sent_text):
                    m = _year_of_undated(m, as_of, config.undated_lookback_days)
            if m.start_date is None or m.end_date is None or m.role != "scheduled":
                continue
            if m.precision == "year" and m.qualifier is None and m.start_date <= as_of:
                continue  # "in 2005", "by 2005" as of April 2005: maybe already behind
            point = m.end_date if m.kind == "deadline" else m.sort_date
            if point is None or point > horizon:
                continue
            if point < as_of or (point == as_of and not config.include_as_of):
                continue
            if _quoted(story, m.start) or _FROM_NOW.search(story.body, m.sent_start, m.start):
                continue  # a speaker's words; "every day between now and November": a span
            sent = (m.sent_start, m.sent_end)
            c0, c1 = clause_span(story.body, sent, m.start, m.end, max_words=60)
            shown = _named_before(story, sent, c0, c1) or readable_event(
                story, sent, c0, c1, at=m.start
            )
            if shown.verbatim:
                c0, c1 = shown.start, shown.end
            text = _ALSO.sub(r"\1", shown.text)
            if (story.id, text) in listed:
                continue  # a sentence of two dates is listed once, at its first
            if (
                is_opinion(story)  # a column's clauses are its writer's, not scheduled events
                or _would_clause(story.body, m)
                or not reads_alone(text)
                or not _scheduled(text, m.precision, story.body[c1 : m.sent_end], m.text)
                or _past_act_of_event(story.body, m, text)
            ):
                # the clause is no item, but an event it names with the date may be: "how
                # ties would fare if he won the U.S. presidential election on Nov. 8"
                phrase = event_phrase(story.body, m)
                if phrase is None:
                    continue
                c0, c1 = phrase
                text = upper_first(" ".join(story.body[c0:c1].split()))
                shown = EventText(text, c0, None, c1, True)
                if (story.id, text) in listed:
                    continue
                named = True
            else:
                named = False
            who = _who(story, shown, c1)
            if named and not who:
                who = _home_vote(story, text, homes.get(story.id), stories)
                if not who:
                    continue  # "November's general election": whose? a line to watch says who
            listed.add((story.id, text))
            kind = "deadline" if m.kind == "deadline" else _kind(text, kinds)
            when_date = point  # "end of 2005" is watched for on 31 December, not 1 January
            item = WatchItem(
                what=text,
                who=who,
                when=m.label,
                date=when_date,
                end_date=m.end_date,
                precision=m.precision,
                kind=kind,
                sources=[ref(story, c0, c1)],
                inferred=m.inferred,
                basis=m.basis or None,
            )
            key = (m.start_date, m.end_date, m.qualifier)
            if named:  # added after the clauses: a clause telling the event is the better line
                phrases.append((item, key))
                continue
            r0, r1 = event_region(story, m, dates[story.id])
            words = frozenset(content_tokens(story.body[r0:r1])) - set(content_tokens(m.text))
            _add(items, seen, item, key, words)
    for item, key in sorted(phrases, key=lambda p: p[0].precision != "day"):
        if not _day_of_month_listed(item, items):
            _add(items, seen, item, key)
    if config.undated_commitments:
        for story in stories:
            if not _recent(story, windows.get(story.id), as_of, config.max_story_age_days):
                continue
            found = _commitments(story, lex)
            if found and is_opinion(story):
                continue  # the writer's exhortations are no one's promise
            for item, sent_start in found:
                if (story.id, sent_start) not in covered:
                    _add(items, seen, item, ("undated",))
    items.sort(key=lambda i: (i.date or date.max, i.date is None))
    return items[: config.max_items]


# a vote of the whole country a noun phrase names without saying whose ("the Nov. 8 election",
# "November's general election"); a primary, a caucus or a runoff is a state's or a party's
_COUNTRY_VOTE = re.compile(r"\b(?:elections?|referendum|plebiscite)\b", re.IGNORECASE)
_PART_VOTE = re.compile(r"\b(?:primar(?:y|ies)|caucus(?:es)?|runoffs?)\b", re.IGNORECASE)


def _home_vote(story: Story, text: str, home: str | None, stories: list[Story]) -> list[str]:
    """Whose is the election a phrase names with no party: the country its story is mostly
    about, else the brief's home country (``home``), else no one."""
    if not _COUNTRY_VOTE.search(text) or _PART_VOTE.search(text):
        return []
    home = story_country(story) or home
    if home is None:
        return []
    name = country_name(stories, home)
    return [name] if name else []


def _day_of_month_listed(item: WatchItem, items: list[WatchItem]) -> bool:
    """Is ``item`` an event phrase dated by its month ("November's general election") whose
    kind a listed item of a day in that month with a shared party already is ("The Nov. 8
    election")?"""
    if item.precision != "month" or item.date is None:
        return False
    return any(
        other.precision == "day"
        and other.date is not None
        and (other.date.year, other.date.month) == (item.date.year, item.date.month)
        and other.kind == item.kind
        and set(other.who) & set(item.who)
        for other in items
    )


# the end of a span from the present ("every single day between now and November"): a period
# up to the date, no event on it
_FROM_NOW = re.compile(
    r"\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+(?:the\s+)?"
    r"(?:(?:end|start|beginning)\s+of\s+)?$",
    re.IGNORECASE,
)


# a clause that reports what someone said or was, with the date only inside a noun phrase
# naming the event ("The Republican nominee for the Nov. 8 election later said he was being
# sarcastic"): a past act about the event's people, not the event; a marker of the future
# ("will face Clinton in the Nov. 8 election", "is set to", "is due") keeps the clause
_REPORTED = re.compile(rf"\b(?:{speech_alternation('indirect')}|was|were)\b")
_AHEAD = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:to|set|due|scheduled|slated|expected)"
    r"|going\s+to|plans?\s+to|upcoming|coming|next)\b|['’]ll\b",
    re.IGNORECASE,
)


def _past_act_of_event(body: str, m: DateMention, text: str) -> bool:
    """Is ``text`` a reported or past act whose date sits only in a noun phrase naming a
    scheduled event ("The nominee for the Nov. 8 election later said ...")? The event phrase
    may still be listed on its own."""
    if event_phrase(body, m) is None or _AHEAD.search(text):
        return False
    return _REPORTED.search(text) is not None


_PERSON_PRONOUN = re.compile(r"(?:He|She)\s+(?=\w)")


def _named_before(story: Story, sent: tuple[int, int], c0: int, c1: int) -> EventText | None:
    """A clause opening its sentence with "He"/"She", the pronoun named from the sentence
    before when that sentence opens on a person and names no one else ("Liz Cheney, 50,
    received about 40 percent of the vote. She will now face Democrat Ryan Greene in
    November" -> "Liz Cheney will now face ..."). None when another reading is possible."""
    body = story.body
    lead = _PERSON_PRONOUN.match(body, c0)
    if lead is None or body[sent[0] : c0].strip():
        return None
    before = [s for s in story_sentences(story) if s[1] <= sent[0]]
    if not before:
        return None
    p0, p1 = before[-1]
    if "\n\n" in body[p1 : sent[0]]:
        return None  # a paragraph break between: the story may have moved on
    while p0 < p1 and not body[p0].isalnum():
        p0 += 1
    people: dict[str, int] = {}
    for actor in story.actors:
        if actor.kind == "person":
            for a, _b in actor.mentions:
                if p0 <= a < p1:
                    people[actor.name] = min(a, people.get(actor.name, a))
    if len(people) != 1:
        return None
    name, first = next(iter(people.items()))
    if first != p0:
        return None  # the person is not the sentence's opening subject
    return EventText(name + " " + body[lead.end() : c1], c0, name, c1)


# "also" after the line's first auxiliary adds to what its story told before: out of the story
# it dangles ("There will also be elections ..." -> "There will be elections ...")
_ALSO = re.compile(
    r"^((?:\S+\s+){0,6}?(?:will|would|is|are|was|were|has|have|had|can|could|must|should))"
    r"\s+also\b"
)
_WOULD = re.compile(r"\bwould\b")


def _would_clause(body: str, m: DateMention) -> bool:
    """Is the date's own clause (between commas) told with "would": a plan reported or a
    condition ("From 2006 upfront tuition fees in England would be removed"), not an event
    set for the date? A "would" in another clause of the sentence does not count."""
    start = max(body.rfind(c, m.sent_start, m.start) for c in ",;:")
    ends = [e for e in (body.find(c, m.end, m.sent_end) for c in ",;:") if e >= 0]
    clause = body[max(start + 1, m.sent_start) : min(ends, default=m.sent_end)]
    return _WOULD.search(clause) is not None


# a condition on the event ("will be incorporated into UK law if there is a yes vote")
# (and "Whether Trump wins or loses in November, the party will confront ...": either way)
_CONDITION = re.compile(
    r"\b(?:[Ii]f|[Uu]nless|[Pp]rovided|[Ww]hether|should\s+\w+\s+(?:agree|approve|vote))\b"
)
# (and a chance or a look: "a real shot at succeeding Obama next January", "looking like he'll
# be very competitive in November")
_EXPECTED = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|hope[sd]?|hoping|aims?|aiming|likely|prospects?|chances?"
    r"|shot\s+at|odds|look(?:s|ing)?\s+like|should)\b"
)
# a negated clause tells no event set for its date ("don't mean a rift will put California up
# for grabs in November", "the vote will not be held on 5 May")
_NEGATED = re.compile(r"\b(?:not|never)\b|n['’]t\b")
# a phrase with no clause after it: "During his immigration speech on Wednesday in Arizona"
_PHRASE_ONLY = re.compile(r"^(?:During|In|On|At|After|Before|Following|Amid|Ahead\s+of)\s[^,;:]*$")
# a view, not an event: a line that opens with a quotation its speaker is then said to have
# given ("'It's got to be bipartisan,' Tester said of prospects for 2017"), or a task judged
# ahead ("it will be Clinton's challenge to devise an agenda ... in November")
_VIEW = re.compile(
    r"^\W*[\"“‘']"
    r"|\b[Ii]t\s+(?:will|would)\s+be\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:challenge|task|job|test|responsibility)\s+to\b"
)
# a projection named as such: "of prospects for gun measures in 2017"
_EXPECTED_VIEW = re.compile(r"\bprospects?\s+(?:for|of)\b")
# an intention told with a verb ("plans to bring out its first model only in 2006"), not the
# noun ("must have a plan to relieve sanctions", "the plans to merge")
_INTENDS = re.compile(
    r"(?P<before>[\w'’]+\s+)?\b(?:plans|planned|planning|intends|intended|intending|wants|wanted)"
    r"\s+to\b",
    re.IGNORECASE,
)
_DETERMINER = frozenset(["a", "an", "the", "its", "their", "his", "her", "our", "these", "those"])


# a plan told with the progressive and its object: "BSkyB is planning HDTV services in 2006"
_PLANNING = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?planning\b")


def _intends(text: str) -> bool:
    """Does ``text`` tell an intention with a verb ("Nissan ... plans to bring out", "BSkyB is
    planning HDTV services")?"""
    if _PLANNING.search(text):
        return True
    for found in _INTENDS.finditer(text):
        before = (found.group("before") or "").strip().lower()
        if before not in _DETERMINER and not before.endswith(("'s", "’s", "'", "’")):
            return True  # "Nissan plans to", not "the plans to", "Labour's plans to"
    return False


_BUT = re.compile(r"^\s*[,;]?\s*(?:but|yet)\b")
# a concession after the date plays it down only when it hedges or denies ("although it may
# be delayed", "though no date has been confirmed"); "although she is the favorite" leaves the
# event as set
_CONCEDED = re.compile(r"^\s*[,;]?\s*(?:although|though)\b")
_PLAYS_DOWN = re.compile(
    r"\b(?:may|might|could|would|not|never|no|unlikely|uncertain|unclear|doubts?|doubtful"
    r"|delay\w*|postpon\w*|cancel\w*|moved?|tentative\w*|unconfirmed)\b|n['’]t\b",
    re.IGNORECASE,
)


def _played_down(rest: str) -> bool:
    """Does the rest of the sentence after the clause play its date down: "but governments have
    favoured four-year terms", "although it may be delayed"?"""
    if _BUT.match(rest):
        return True
    return _CONCEDED.match(rest) is not None and _PLAYS_DOWN.search(rest) is not None


# a fronted non-finite phrase that holds the date ("Due to enter service in 2006,", "Expected
# to open by 2007,") before a main clause told as a forecast ("the A380 will replace ...")
_FRONTED = re.compile(
    r"^(?:Due|Expected|Set|Scheduled|Slated|Poised|Likely|Planned)\s+to\s+(?P<phrase>[^,;:]+),"
    r"\s*(?P<main>[^,;:]+?\b(?:will|would|could|may|might|should|(?:is|are)\s+"
    r"(?:expected|likely|set)\s+to)\b.*)$",
    re.DOTALL,
)


# a season or recurring period told as the subject of its clause ("peak mosquito season is
# between June and early October", "the flu season runs from October to May", "hurricane
# season ends Nov. 30"): a fact of the calendar, no event anyone set; an act set in it ("the
# vote will be held during hurricane season") has another subject
_SEASON = re.compile(
    r"\bseason\s+(?:(?:usually|typically|normally|generally|often)\s+)?(?:is|are|was|runs?|"
    r"lasts?|peaks?|begins?|starts?|ends?|stretches|extends|will\s+(?:be|run|last|peak|begin|"
    r"start|end))\b",
    re.IGNORECASE,
)


def fronted_forecast(text: str, when: str) -> bool:
    """Is ``text`` a forecast told after a fronted phrase that holds the date ``when`` ("Due
    to enter service in 2006, the A380 will replace the Boeing 747 ...")? The main clause
    says what will follow, not an event set for the date."""
    found = _FRONTED.match(text)
    return found is not None and bool(when) and when in found.group("phrase")


def _scheduled(text: str, precision: str | None, rest: str, when: str = "") -> bool:
    """Is ``text`` an event set for its date, not one that depends on a condition ("... if
    there is a yes vote"), not an expectation for a year or a half ("expected to complete the
    agreement during the first half of 2006"; a day expected is a date set: "the election,
    expected on 5 May"), not an intention for a year ("plans to bring out its first model
    only in 2006") and not a date the rest of its sentence plays down ("officially has until
    June 2006 to hold an election, but governments have favoured four-year terms")?"""
    if _CONDITION.search(text) or _played_down(rest) or dangling_subject(text):
        return False
    if continues_before(text):  # "But without Scalia ...": it answers the sentence before
        return False
    if _SEASON.search(text):
        return False  # "peak mosquito season is between June and early October": no one's act
    if _NEGATED.search(text) or _PHRASE_ONLY.match(text) or bare_event_subject(text):
        return False  # "The trial is set for November": which trial?
    if possessive_before_verb(text) or points_back(text):
        return False  # "An independent inquiry into its findings ...", "the rules": which?
    if _VIEW.search(text) or _EXPECTED_VIEW.search(text):
        return False  # a quoted view or a task judged ahead is commentary, not an event
    if precision in ("day", "week"):
        return True
    if fronted_forecast(text, when):
        return False  # a bare year or a half in a fronted phrase before a forecast
    return _EXPECTED.search(text) is None and not _intends(text)


# when an undated promise is due: "within days", "in the coming weeks", "shortly"
_SOON = re.compile(
    r"\b(?:within\s+(?:(?:a|the)\s+)?(?:few\s+|next\s+|coming\s+)?(?:hours|days|weeks)"
    r"|in\s+the\s+(?:coming|next)\s+(?:few\s+)?(?:hours|days|weeks)|shortly)\b",
    re.IGNORECASE,
)


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_DAY_MONTH = re.compile(
    r"^(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]+)|(?P<m2>[A-Z][a-z]+)\s+"
    r"(?P<d2>\d{1,2})(?:st|nd|rd|th)?)$"
)


# an undated day and month is given a year only in a sentence that sets an event for it, with
# no hedge: "There will also be elections for local councils on 5 May", "are to be married
# on 8 April"; not "widely expected on 5 May", "speculation about 5 May", "since 13 July"
_SET_FOR = re.compile(
    r"\b(?:will(?:\s+also)?\s+be\s+held|[Tt]here\s+will\s+(?:also\s+)?be|(?:is|are)\s+to\s+be"
    r"|(?:is|are)\s+due\s+to|(?:is|are)\s+scheduled|(?:is|are)\s+set\s+for|will\s+(?:meet|vote|"
    r"visit|release|publish|announce|hold|open|close|end)|ends\s+on)\b"
)
_HEDGED = re.compile(
    r"\b(?:expect\w*|tipped|likely|speculation|betting|belief|believed|rumou?r\w*|may|might|"
    r"seems?|appears?|probably|"
    r"could|[Ii]f|[Ss]ince|[Ff]rom|[Uu]ntil|ahead\s+of)\b"  # "may", not the month "May"
)


def _year_of_undated(m: DateMention, as_of: date, lookback: int) -> DateMention:
    """A day and month with no year ("on 5 May") in an undated story, given the year that
    puts it first after the earliest day the story can be from (``lookback`` days before the
    brief's date): from the story's day on, the next 5 May. Only a date that falls after the
    brief's date is given a year and the role "scheduled" (it is still ahead of the story
    too); the item says the year is inferred."""
    found = _DAY_MONTH.match(m.text.strip())
    if found is None:
        return m
    month = _MONTHS.get((found["m1"] or found["m2"] or "").lower())
    day = int(found["d1"] or found["d2"] or 0)
    if month is None:
        return m
    earliest = as_of - timedelta(days=lookback)
    for year in (earliest.year, earliest.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:
            return m
        if when >= earliest:
            break
    if when <= as_of:
        return m
    return dataclasses.replace(
        m,
        start_date=when,
        end_date=when,
        label=f"{day} {when:%B %Y}",
        role="scheduled",
        inferred=True,
        basis="year inferred: the story is undated, and the next "
        f"{day} {when:%B} after the earliest day it can be from is in {when.year}",
    )


def _recent(story: Story, window: AnchorWindow | None, as_of: date, max_age: int) -> bool:
    """Was the story published within ``max_age`` days before ``as_of`` (an undated story: is
    its inferred publication window)? An undated story without a window is of unknown age."""
    if story.published is not None:
        days = [story.published.date()]
    elif window is not None:
        days = [window.earliest, window.latest]
    else:
        return False
    return all(-1 <= (as_of - day).days <= max_age for day in days)


def _quoted(story: Story, offset: int) -> bool:
    """Is ``offset`` inside a direct quotation (a speaker's words, not the story's report)?"""
    return any(q.start <= offset < q.end and q.kind == "direct" for q in story.quotes)


def _add(
    items: list[WatchItem],
    seen: dict[tuple[Any, ...], WatchItem],
    item: WatchItem,
    key: tuple[Any, ...],
    words: frozenset[str] | None = None,
) -> None:
    """Add ``item``, or merge it into an item of the same date about the same event (words of
    the event's region, which may reach beyond the text shown)."""
    if words is None:
        words = frozenset(content_tokens(item.what))
    for (k, other_words), other in seen.items():
        if k == key and words and _same_event(item, words, other, other_words):
            for s in item.sources:
                if s not in other.sources:
                    other.sources.append(s)
            for w in item.who:
                if w not in other.who:
                    other.who.append(w)
            if other.inferred and not item.inferred:
                other.inferred, other.basis = False, None
            return
    seen[(key, words)] = item
    items.append(item)


# nouns that name one scheduled event: two items of one date naming the same one (and no
# different parties) are the same event ("the referendum, expected in 2006")
_EVENT_NOUNS = frozenset(
    {"referendum", "election", "summit", "vote", "meeting", "talk", "visit", "trial", "hearing"}
)


def _same_event(
    item: WatchItem, words: frozenset[str], other: WatchItem, other_words: frozenset[str]
) -> bool:
    """Do two items of one date tell one event: their words overlap, or they name the same
    kind of event and share a party or name none."""
    if len(words & other_words) / min(len(words), len(other_words) or 1) >= 0.4:
        return True
    shared_party = not item.who or not other.who or bool(set(item.who) & set(other.who))
    return shared_party and bool(words & other_words & _EVENT_NOUNS)


def _who(story: Story, shown: EventText, end: int, limit: int = 5) -> list[str]:
    """The participants of the event: its subject and the parties the event text names."""
    names = participants(story, shown.start, end, shown.subject, limit)
    if not names:
        names = actors_in(story, shown.start, end)[:limit]
    known = {a.name for a in story.actors}
    # a nationality before a noun names a party only when the noun is people ("North Korean
    # workers", "member states"), not a thing ("UK law", "Thai beach")
    return [n for n in names if n in known or n == shown.subject or n.endswith("s")]


def _kind(text: str, kinds: dict[str, re.Pattern[str]]) -> str:
    for name, pattern in kinds.items():
        if pattern.search(text):
            return name
    return "event"


_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\s+(?=would\b|will\b)", re.IGNORECASE)


def _commitments(story: Story, lex: Any) -> list[tuple[WatchItem, int]]:
    """Undated explicit promises of a next step: "said he would convey ... to the US", "will
    meet ...". Shown as "<who> would convey ...", with the pronoun named."""
    out: list[tuple[WatchItem, int]] = []
    body = story.body
    low = lowered(body)
    for s0, s1 in story_sentences(story):
        m = prefiltered_search(lex.commitment, lex.commitment_lower, body, low, s0, s1)
        if m is None:
            continue
        c0, c1 = clause_span(body, (s0, s1), m.start(), m.end(), max_words=60)
        cut = re.search(r"[,;]\s", body[m.end() : c1])
        if cut is not None:
            c1 = m.end() + cut.start()
        c1 = max(c1, m.end())
        shown = _commitment_text(story, (s0, s1), m, c0, c1)
        who = _who(story, shown, c1)
        soon = _SOON.search(body, s0, s1)
        if not who or soon is None:
            continue  # a watch item says who and when: a promise with no time is no date
        out.append(
            (
                WatchItem(
                    what=shown.text,
                    who=who,
                    when=soon.group().lower(),
                    date=None,
                    end_date=None,
                    precision=None,
                    kind=_kind(shown.text, lex.watch_kinds),
                    sources=[ref(story, c0, c1)],
                ),
                s0,
            )
        )
    return out


def _commitment_text(
    story: Story, sent: tuple[int, int], m: re.Match[str], c0: int, c1: int
) -> EventText:
    """The promise from its subject on: "Putin would convey ...", "Putin will travel ..."."""
    body = story.body
    pron = _SUBJECT_PRONOUN.search(body, max(c0, m.start() - 4), m.end())
    if pron is not None:
        who = person_before(story, sent[0], pron.start())
        if who is not None:
            return EventText(who[0] + " " + body[pron.end() : c1], pron.start(), who[1], c1)
    named = person_before(story, max(c0, m.start() - 40), m.start())
    if named is not None:
        start = body.rfind(named[0], c0, m.start())
        gap = body[start + len(named[0]) : m.start()]
        if start >= 0 and len(gap.split()) <= 1:
            return EventText(body[start:c1], start, named[1], c1, True)
    return readable_event(story, sent, c0, c1)


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the What to watch section."""
    register(WatchSection())
