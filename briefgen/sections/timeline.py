"""Timeline: dated events of the period the stories cover, merged across stories and sorted.

A date enters the timeline when the dates analysis says it stands for an event that happened
(``DateMention.role`` "event": not a forecast, a plan or a deadline still ahead, nor background
history), when it falls in the period the stories cover (``period``: from a season before the
first story, or eight months before the brief's date when no story is dated, to the brief's
date; what is scheduled after it belongs to What to watch) and when it is told by the story,
not inside a direct quotation.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from briefgen.analysis.dates import DateMention
from briefgen.analysis.document import dateline_end
from briefgen.analysis.genre import is_opinion
from briefgen.analysis.mentions import speech_alternation
from briefgen.hookspecs import hookimpl
from briefgen.model import Story
from briefgen.section import BuildContext, Section
from briefgen.sections.anchoring import anchored_dates, event_region
from briefgen.sections.evidence import clause_span, content_tokens, readable_event, ref
from briefgen.sections.line_subjects import name_the_pronoun
from briefgen.sections.not_an_act import not_an_act
from briefgen.sections.referents import (
    anaphoric_phrase,
    continues_before,
    dangling_subject,
    demonstrative_before_verb,
    possessive_before_verb,
)
from briefgen.sections.timeline_confidence import fitted_threshold, line_confidences
from briefgen.sections.undated_days import BASIS, day_months_as_of


@dataclass
class TimelineConfig:
    """``[sections.timeline]``: how many entries, and whether undated events are shown."""

    max_items: int = 20
    show_undated: bool = False
    merge_threshold: float = 0.25  # token overlap (of the smaller event) to merge two events
    min_words: int = 4
    max_words: int = 50  # a longer line is two sentences run together, not a short clause
    lookback_days: int = 90  # the period starts this long before the first story's date
    story_lookback_days: int = 30  # and an event this long at most before its own story's
    undated_lookback_days: int = 240  # or before the as-of date when no story is dated
    # the bar on a line's confidence (its estimated chance of being right); None: the fitted
    # model's threshold, 0: every line that clears the rules
    min_confidence: float | None = None


@dataclass
class TimelineItem:
    """One dated event; ``sources`` are the evidence spans (story id, start, end).

    ``event`` is the clause made readable (a leading pronoun named, a fragment given its
    sentence); the ``sources`` offsets are the verbatim clause. ``inferred`` is true when the
    date comes only from an undated story's inferred publication window (``basis`` says how).
    """

    event: str
    date: date | None
    end_date: date | None
    label: str
    precision: str
    kind: str
    relation: str
    sources: list[dict[str, Any]] = field(default_factory=list)
    inferred: bool = False
    basis: str | None = None


@dataclass
class _Entry:
    """A candidate line: the item, its words for merging, its sort key, and the story and date
    mention it was first read from (what its confidence is judged on)."""

    item: TimelineItem
    tokens: set[str]
    sort: tuple[Any, ...]
    story: Story
    mention: DateMention
    confidence: float = 1.0


class TimelineSection(Section):
    """Dated events, oldest first, each with the stories that mention it."""

    id = "timeline"
    title = "Timeline"
    order = 60
    description = "Dated events from the stories, merged across stories and sorted by date."
    config_class = TimelineConfig

    def build(self, context: BuildContext) -> list[TimelineItem]:
        config = context.config if isinstance(context.config, TimelineConfig) else TimelineConfig()
        return build_timeline(context.stories, config, context.as_of)


def period(
    stories: list[Story], as_of: date | None, config: TimelineConfig
) -> tuple[date, date] | None:
    """The days the timeline covers: from the start of the month ``lookback_days`` before the
    first story's date (``undated_lookback_days`` before the brief's date when no story is
    dated) to the brief's date (the last story's date without one). None when neither is
    known. Earlier dates are background; later ones are not yet events."""
    dated = [s.published.date() for s in stories if s.published is not None]
    ends = dated + ([as_of] if as_of is not None else [])
    if not ends:
        return None
    if dated:
        start = min(dated) - timedelta(days=config.lookback_days)
    else:
        # an undated story may be months older than the brief: look back further
        start = min(ends) - timedelta(days=config.undated_lookback_days)
    end = as_of if as_of is not None else max(ends)
    return date(start.year, start.month, 1), end


_TIMELINE_ROLES = ("event",)
AS_OF_BASIS = BASIS.split("{", 1)[0]  # how a year inferred from the brief's date is explained


def build_timeline(
    stories: list[Story], config: TimelineConfig, as_of: date | None = None
) -> list[TimelineItem]:
    """Timeline items from the stories' date mentions, merged by date and event words; only
    lines whose confidence clears ``config.min_confidence`` are shown, at most ``max_items``."""
    entries = timeline_candidates(stories, config, as_of)
    for entry, confidence in zip(entries, line_confidences(entries, stories), strict=True):
        entry.confidence = confidence
    bar = fitted_threshold() if config.min_confidence is None else config.min_confidence
    entries = [e for e in entries if e.confidence >= bar]
    dated = _select([e for e in entries if e.item.date is not None], as_of, config.max_items)
    dated.sort(key=lambda e: e.sort)
    undated = [e for e in entries if e.item.date is None] if config.show_undated else []
    undated.sort(key=lambda e: e.sort)
    return [e.item for e in dated + undated][: config.max_items]


def timeline_candidates(
    stories: list[Story], config: TimelineConfig, as_of: date | None = None
) -> list[_Entry]:
    """Every candidate line that clears the timeline's rules, merged across stories."""
    buckets: dict[tuple[Any, ...], list[_Entry]] = defaultdict(list)
    dates = anchored_dates(stories)
    span = period(stories, as_of, config)
    shown: set[tuple[str, str]] = set()
    for order, story in enumerate(stories):
        mentions = dates[story.id]
        if story.published is None and as_of is not None and span is not None:
            # an undated story's "on 16 March" read as of the brief's date (inferred year)
            dated = day_months_as_of(story, mentions, as_of, span[0], _past_verb)
            if dated:
                mentions = [dated.get((m.start, m.end), m) for m in mentions]
        by_sentence: dict[int, list[DateMention]] = defaultdict(list)
        for mention in mentions:
            by_sentence[mention.sent_start].append(mention)
        for mention in mentions:
            if not _in_period(mention, span) or _quoted(story, mention.start):
                continue
            if _before_its_story(mention, story, config.story_lookback_days):
                continue  # "tension that erupted in November" in a January story: background
            if background_clause(story.body, mention):
                continue
            if weekday_ahead(story.body, mention):
                continue  # "ahead of voting Tuesday": that Tuesday is after the story
            same = by_sentence[mention.sent_start]
            if _after_an_unlisted_date(story, mention, same, span, config):
                continue
            entry = _entry(story, mention, order, config, mentions)
            if entry is None or (story.id, mention.sent_start) in shown:
                continue  # a sentence of two dates is listed once, at its first
            if is_opinion(story):
                break  # a column's events are told in its writer's voice (asked once an event is)
            shown.add((story.id, mention.sent_start))
            key = (mention.start_date, mention.end_date, mention.qualifier)
            if mention.start_date is None:
                key = ("undated", story.id, mention.label)
            _merge(buckets[key], entry, config.merge_threshold)
    return [e for bucket in buckets.values() for e in bucket]


_PRECISION_SCORE = {"day": 2, "week": 2, "month": 1}

_WEEKDAY = re.compile(r"^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$", re.IGNORECASE)
# what goes before a day still ahead: "ahead of voting Tuesday", "urged them to vote Tuesday",
# "before Friday", "until Monday", "due Thursday"
_AHEAD_OF_DAY = re.compile(
    r"\b(?:ahead\s+of(?:\s+[\w'’-]+){0,3}|before|until|till|due|by|to\s+(?:vote|decide|meet|"
    r"rule|announce|return|resume|report|sign|go\s+to\s+the\s+polls))\s+(?:on\s+)?$"
)


_PREPARING = re.compile(
    r"\b(?:prepar(?:e|es|ed|ing)|gear(?:s|ed|ing)?\s+up|brac(?:e|es|ed|ing)|readied|readying)"
    r"\s+for\b"
)


# a quotation's tail before its tag: "Let's move on,'' said Curt Smith, ..." (no opening mark)
_QUOTE_TAIL = re.compile(
    rf"^[^\"“”‘]*?[,.!?](?:''|”|\"|’)\s+(?:{speech_alternation('attribution')})\b"
)
# a line that opens inside a quotation: its closing mark comes before any opening one ("In the
# face of terror America doesn't panic,” Clinton told a crowd", "Sometimes I'm not," X said)
_OPENS_QUOTED = re.compile(r"^[^\"“‘]*?(?:[\w,.!?]”|[a-z0-9][,.!?]['’\"])(?=\s|$)")
# a view told with a verb of opinion: "From agreed that inequality was not the flashpoint"
_VIEW = re.compile(
    rf"^\W*(?:[A-Z][\w.'’-]*\s+){{1,4}}(?:also\s+)?(?:{speech_alternation('held_view')})\s+that\b"
)
# a stance named by its owner alone: "told the group that her position remains firm" (which?)
_BARE_STANCE = re.compile(
    r"\b(?:his|her|their|its)\s+(?:position|stance|view|views|opposition|support)"
    r"(?!\s+(?:on|of|to|for|against|over|in)\b)"
)
# the date before "'s" modifies a noun ("last week's filibuster", "Friday's agreement"): it
# dates that noun, not the clause; and a subject dated by a reduced relative whose clause is a
# state ("The plan rejected on Monday was similar to ..."): a comparison, not the act
_POSSESSIVE_DATE = re.compile(r"^['’]s?\b")
# ... unless the dated noun is the act's setting: "said at yesterday's opening ceremony"
_SETTING = re.compile(r"\b(?:at|during|in|on|after|before|since|following)\s+$")
_DATED_SUBJECT = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){1,4}[a-z]+ed\s+"
    r"(?:by\s+(?:[\w'’.-]+\s+){1,4}?)?(?:on\s+|late\s+|early\s+)?$"
)
_STATE_AFTER = re.compile(r"^\W*(?:was|were|is|are)\s+(?!\w+ed\b)")


_BARE_REPLY = re.compile(rf"\b(?:{speech_alternation('replying')})\W*$")


def told_whole(text: str, when: str, after_date: str, before_date: str) -> bool:
    """Is the line a dated act told whole: not a quotation's tail, not a view ("X agreed
    that ..."), not a stance left unnamed ("her position remains firm"), not a date that only
    modifies a noun ("last week's filibuster") or a subject whose clause is a state?"""
    if _QUOTE_TAIL.search(text) or _VIEW.search(text) or _BARE_STANCE.search(text):
        return False
    if _OPENS_QUOTED.search(text):
        return False  # the line starts inside a quotation whose opening words were cut
    possessive = _POSSESSIVE_DATE.search(after_date) or when.rstrip().endswith(("'s", "’s"))
    if possessive and not _SETTING.search(before_date):
        return False
    if _DATED_SUBJECT.search(before_date) and _STATE_AFTER.search(after_date):
        return False
    # a reply that says nothing of what: "The Sanders campaign responded Friday"
    rest = text.replace(when, " ")
    return not (len(rest.split()) <= 6 and _BARE_REPLY.search(rest))


# the clause's verb is a present progressive, before any past: "Cruz is highlighting ..."
_GOING_ON = re.compile(r"^[^,;]*?\b(?:is|are)\s+(?:now\s+|still\s+|also\s+)?[a-z]+ing\b")


def going_on_before(before: str, m: DateMention, story: Story) -> bool:
    """Is the clause before the date (``before``) told in the present progressive while the
    date lies days before its story ("Ted Cruz is highlighting his Iowa win over Donald Trump
    on Feb. 1" in a story of 20 February)? The act goes on as the story is written; the date
    belongs to the noun it follows."""
    if story.published is None or m.end_date is None:
        return False
    if m.end_date >= story.published.date() - timedelta(days=1):
        return False
    found = _GOING_ON.search(before)
    return found is not None and not _past_verb(before[: found.start()])


def weekday_ahead(body: str, m: DateMention) -> bool:
    """Is the weekday ``m`` one the sentence puts ahead of its story ("continued a fierce
    contest ahead of voting Tuesday", "urged them to vote Tuesday")? Read back as the past
    week's, it would date the line to a day before anything it tells happened."""
    if _WEEKDAY.match(m.text.strip()) is None:
        return False
    before = body[max(m.sent_start, m.start - 40) : m.start]
    if _AHEAD_OF_DAY.search(before) is not None:
        return True
    # "prepared for the final days of the campaign, including a debate Thursday": one
    # prepares for what is coming
    return _PREPARING.search(body, m.sent_start, m.start) is not None


def _select(entries: list[_Entry], as_of: date | None, limit: int) -> list[_Entry]:
    """The ``limit`` entries most worth a line: those more stories report, then those whose
    date the story writes (not a year inferred from the brief's date), then those dated more
    precisely, then those nearest the brief's date (the latest story's without one)."""
    if len(entries) <= limit:
        return entries
    days = [e.item.date for e in entries if e.item.date is not None]
    ref_day = as_of or max(days)

    def rank(e: _Entry) -> tuple[int, bool, int, int, tuple[Any, ...]]:
        stories = len({s["story"] for s in e.item.sources})
        near = abs(((e.sort[0] if e.sort[0] != date.max else ref_day) - ref_day).days)
        # a date the story writes before one whose year is inferred from the brief's date
        guessed = e.item.basis is not None and e.item.basis.startswith(AS_OF_BASIS)
        return (-stories, guessed, -_PRECISION_SCORE.get(e.item.precision, 0), near, e.sort)

    return sorted(entries, key=rank)[:limit]


def _in_period(m: DateMention, span: tuple[date, date] | None) -> bool:
    """An event (the dates analysis's role) that lies within the period (an unresolved one,
    which has no role yet, is left to ``show_undated``). A date the analysis reads as ahead
    ("BAA launched consultations in September 2004, which will close next week": a process
    still going on) is no event of the period."""
    if m.start_date is None or m.end_date is None:
        return True
    if m.role not in _TIMELINE_ROLES:
        return False
    if span is None:
        return True
    return m.start_date >= span[0] and m.end_date <= span[1]


def _before_its_story(m: DateMention, story: Story, lookback: int) -> bool:
    """Did the event end more than ``lookback`` days before its own story's date? A story
    tells the news of its days; what it dates weeks before is the background it recalls ("a
    conference in November" in a story of 29 December). An undated story's own days are not
    known: only the corpus's period bounds it."""
    if story.published is None or m.end_date is None:
        return False
    return m.end_date < story.published.date() - timedelta(days=lookback)


def _after_an_unlisted_date(
    story: Story,
    m: DateMention,
    mentions: list[DateMention],
    span: tuple[date, date] | None,
    config: TimelineConfig,
) -> bool:
    """Does an earlier date of the sentence (``mentions``: the sentence's dates), one that is
    no event of the period, date its main clause ("Infections surged across Europe in 2022,
    the agency said as it released its data on Thursday"; "today's meeting ... ahead of a
    summit later this week")? The later date then dates a clause that hangs on it. An earlier
    date in a background clause of its own ("Fishing talks, which began in 2003, collapsed on
    Monday") does not count."""
    for o in mentions:
        if o.start >= m.start or o.sent_start != m.sent_start or o.start_date is None:
            continue
        listed = _in_period(o, span) and not _before_its_story(o, story, config.story_lookback_days)
        if not listed and not background_clause(story.body, o):
            return True
    return False


# the sentence opens with a phrase of time whose event is not the main clause's: "After a
# U.S.-sponsored Mideast conference in November, the Israelis and Palestinians relaunched ..."
_FRONTED = re.compile(
    r"^\W*(?:(?:Hours|Days|Weeks|Months|Years|Minutes|Moments|Shortly|Soon|Just|Only|Even|Long|Ever"
    r"|(?:A|One|Two|Three|Four|Five|Six|Several|\d+)\s+[a-z]+)\s+)?"
    r"(?:[Aa]fter|[Bb]efore|Following|Ahead\s+of|Prior\s+to|Since|(?<=Ever\s)since|Until|Till"
    r"|Despite)\b[^,;:]*$"
)
# a relative clause, its verb right after the relative word (no subject: "tension that
# erupted in November"), as opposed to a reported clause ("said that talks collapsed ...")
_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:first\s+|already\s+)?"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^,;:()\"“”]*)$"
)


def background_clause(body: str, m: DateMention) -> bool:
    """Is the date in a clause that recalls background to the sentence's event rather than
    the event: a fronted "After/Before/Since ... <date>," phrase, or a relative clause ("to
    defuse tension that erupted in November")? The sentence's main clause is what happened."""
    before = body[m.sent_start : m.start]
    if _FRONTED.match(before):
        return True
    found = _RELATIVE.search(before)
    if found is None:
        return False
    verb = found.group("verb")
    past = verb.endswith("ed") or (verb in _VERBS and verb not in _PRESENT_OR_MODAL)
    if _finite(found.group("rest")):
        return False  # the relative clause closed: "Talks that began in 2003 collapsed on ..."
    return past and bool(before[: found.start()].strip())  # a noun it hangs on


_FUTURE = re.compile(
    r"\b(?:will|would|shall|could|may|might|must|should|plans?|planned|due|expected|set to"
    r"|going to|aims?|hopes?|intends?)\b",
    re.IGNORECASE,
)


def _quoted(story: Story, offset: int) -> bool:
    """Is ``offset`` inside a direct quotation (a speaker's words, not the story's report)?"""
    return any(q.start <= offset < q.end and q.kind == "direct" for q in story.quotes)


# a clause opening with a pronoun the reader cannot resolve (a resolved "he" is already named):
# "That happened in 1801", "It will be the first time", "He had then changed his mind"
_BARE_SUBJECT = re.compile(
    r"(?:It|They|We|I|You|He|She|(?:That|This|These|Those)(?=\s+(?:is|was|are|were|will|would|"
    r"has|had|have|could|can|may|might|should|happened|came|meant|means|made|led|[a-z]+ed)\b))\b"
)


def reads_alone(text: str) -> bool:
    """Can ``text`` stand as an item on its own: it opens a sentence (a capital, a digit or a
    quotation mark, not "£39.1bn) in 2004"), opens and closes its brackets, its subject is
    not a bare pronoun, it is not cut from a longer sentence and it has a verb."""
    if not text or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
        return False
    if ":" in text.split(maxsplit=1)[0]:
        return False  # "2:17:18 she set in Chicago": a time or score cut from its sentence
    close = text.find(")")
    if close >= 0 and not 0 <= text.find("(") < close:
        return False
    if text.rfind("(") > text.rfind(")"):
        return False  # "... the 4bn euros ($5.2bn": cut inside a bracket
    if _BARE_SUBJECT.match(text) is not None or _GARBLED.search(text) is not None:
        return False
    if _FRONTED_PRONOUN.match(text) or _ENDS_OPEN.search(text):
        return False  # "In July she published ...": who? "... with the contributors to": cut
    if demonstrative_before_verb(text) or continues_before(text):
        return False  # "The death toll from that strike had risen": which strike?
    if _ROLE_SUBJECT.match(text):
        return False  # "The singer was arrested ...", "The Glasgow forward's ban": who?
    return _has_verb(text)


# a bare pronoun subject after a fronted phrase of time ("In July she published her first
# book", "Last week, we launched")
_FRONTED_PRONOUN = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?i:in|on|last|this|earlier|later|by|early|late)\s+"
    r"[\w\s.-]{1,24}?,?\s+"
    r"(?:he|she|they|it|we|I)\s+[a-z]+"
)
# a line that stops on a word that needs what follows ("... with the contributors to") or on
# a pronoun that points back ("Online auction site, eBay, stopped supporting it")
_ENDS_OPEN = re.compile(
    r"\s(?:to|of|the|a|an|and|or|with|for|from|by|at|that|whether|as|than|its|their|his|her"
    r"|it|them)"
    r"\s*$"
)


# a person named only by a role the story gave them earlier: "The singer", "The Glasgow
# forward's ban", "The 28-year-old"
_ROLE_SUBJECT = re.compile(
    r"^\W*The\s+(?:[A-Z][\w-]*\s+|[\w-]+-year-old\s+|former\s+|veteran\s+){0,2}"
    r"(?:singer|star|actor|actress|player|striker|forward|winger|midfielder|defender|"
    r"goalkeeper|keeper|captain|skipper|coach|manager|band|rapper|musician|presenter|host|"
    r"comedian|champion|batsman|bowler|athlete|boxer|jockey|driver|director|author|writer|"
    r"artist|veteran|[\w-]+-year-old)(?:['’]s)?\b(?!\s+of\b)"
)
# a person, a lawsuit or a place named by a description the story gave earlier, as the
# subject, after a fronted phrase too: "The GOP presidential candidate sent ...", "In a
# statement, the Kentucky Republican on Tuesday dismissed ...", "The suit was filed ...",
# "Trump visited the state Aug. 19", "descended on this struggling seaside town"
_DESCRIBED = (
    r"candidate|nominee|contender|hopeful|front-?runner|senator|governor|congressman"
    r"|congresswoman|lawmaker|Republican|Democrat|mogul|billionaire|businessman|businesswoman"
    r"|prince|princess|suit|lawsuit|complaint|island\s+chain|chain"
)
_DESCRIBED_SUBJECT = re.compile(
    r"^\W*(?:(?:But|And|Yet)\s+)?(?:[^,]{1,60},\s+|While\s+)?(?:[Tt]he|[Tt]his|[Tt]hat)\s+"
    r"(?:(?:[A-Z][\w-]*|[a-z][\w-]*)\s+){0,3}?"
    rf"(?:{_DESCRIBED})(?!['’\w-])(?!\s+(?:of|for|from|who|in\s+[A-Z])\b)(?!\s+[A-Z])"
)


def described_only(text: str) -> bool:
    """Is the line's subject (or the place it visits) named only by a description the story
    gave earlier: "The GOP presidential candidate sent ...", "In a statement, the Kentucky
    Republican on Tuesday dismissed ...", "The suit was filed ...", "visited the state"?"""
    return bool(_DESCRIBED_SUBJECT.match(text) or _DESCRIBED_PLACE.search(text))


_DESCRIBED_PLACE = re.compile(
    r"\b(?:visited|descended\s+on|toured|arrived\s+in|returned\s+to|campaigned\s+in|won)\s+"
    r"(?:the|this|that)\s+(?:[a-z][\w-]*\s+){0,3}?(?:state|city|town|country|island)\b"
    r"(?!\s+of\b)"
)


# a line that adds to what its story told before: "the same argument" (not "the same day"),
# a subject then "also" ("the prime minister also used")
_TOLD_BEFORE = re.compile(
    r"\b[Tt]he\s+same\s+(?!(?:day|time|week|month|year|period|night|morning|evening)\b)"
    r"[a-z]+\b(?!\s+as\b)|^[^,;]*?\b[a-z]+\s+also\s+(?!known\b)[a-z]+(?:ed|s)?\b"
    # what the story said before, pointed at: "acknowledged as much", "spoke about the
    # subject", "pushed back on those claims"
    r"|\b(?:[a-z]+ed|did|said)\s+as\s+much\b"
    rf"|\b(?:{speech_alternation('attribution')}|spoke|talked)\b[^,;]{{0,30}}?\b(?:about|on)\s+the\s+"
    r"(?:subject|matter|topic)\b(?!\s+of\b)"
    r"|\b(?:those|these)\s+(?:claims|allegations|accusations|charges|attacks|criticisms?)\b"
    r"(?=\s*(?:[.;]|$)|\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|\s+(?:last|this|earlier|late)\b)"
)


_RUN_ON = re.compile(r"(?<=[A-Za-z][.])\s+(?=(?:He|She|They|It|We)\s+[a-z]+)")
_REPORTED_BY = re.compile(
    rf"^\s*,?\s*(?:[^,.;]{{0,80}}?\s)?(?:{speech_alternation('news_attribution')})\b"
)
_ATTRIBUTION = re.compile(rf",\s+(?:[^,.;]{{0,80}}?\s)?(?:{speech_alternation('attribution')})\b")
_IS = re.compile(r"\b(?:is|are)\b")
_ONLY_SAID = re.compile(rf"\b(?:{speech_alternation('news_attribution')})\s*$")


def _an_event(text: str, date_text: str, after: str, at: int = -1) -> bool:
    """Does ``text`` tell an event of its own: not a quotation with its speaker ("'We maintain
    our view ...,' the bank said on Monday"), not a bare attribution ("Economy Minister
    Marcelo Ebrard said Tuesday."), not a speaker's judgement cut from its attribution ("The
    tariffs announced on Monday are illogical", followed by ", Ebrard said"), not "another"
    of something the story told before, its subject not a pronoun or a noun pointing back
    ("The firm returned to profit"), and a finite verb in it ("Contrasting sharply with
    February's summit in Hanoi" has none)."""
    if text[:1] in "\"“‘'" or dangling_subject(text) or re.search(r"\banother\b", text):
        return False
    if possessive_before_verb(text):
        return False
    rest = text.replace(date_text, " ").rstrip(" .")
    for word in ("on", "late", "early", "last", "this"):
        rest = re.sub(rf"\s+{word}$", "", rest)
    if _ONLY_SAID.search(rest) and "," not in rest:
        return False
    if _REPORTED_BY.match(after) and re.search(r"\b(?:is|are)\b", text):
        return False
    said = _ATTRIBUTION.search(text)
    if said is not None and 0 <= at < said.start() and _IS.search(text, 0, said.start()):
        return False  # dated by the attribution's date ("..., Mr Ebrard said on Tuesday")
    return _finite(text)


# words that may stand between an auxiliary and its verb ("is once again dominated")
_BETWEEN_WORDS = "not once again also still now already just only never ever first then being"
_BETWEEN = frozenset(_BETWEEN_WORDS.split())
# past participles without a regular ending, for "has become", "was shown"
_PARTICIPLE_WORDS = (
    "become been begun born brought built chosen come done drawn driven eaten fallen found "
    "forgotten given gone grown held hidden hit hurt kept known laid led left lost made met "
    "paid put risen run seen sent set shown shot shut sold spent stolen struck sworn taken "
    "taught thrown understood withdrawn won written broken"
)
_PARTICIPLES = frozenset(_PARTICIPLE_WORDS.split())
_SAID = re.compile(rf",\s+(?:[^,.;]{{0,80}}?\s)?(?P<verb>{speech_alternation('attribution')})\b")
_ONCE = re.compile(r"\bonce\s+(?P<verb>[a-z]+)\b")
_FIRST_PERSON = re.compile(r"(?<![\"“‘'])\bI\s+(?:[a-z]+|['’]m)\b")
_AUTHOR_SUBJECT = re.compile(r"(?:^|[,;]\s+|\b[Tt]oday\s+)(?:I|we|you)\s+(?P<verb>[a-z]+)\b")


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _PARTICIPLES or word in _VERBS


def told_as_an_act(text: str, day: bool = False, at: int = -1) -> bool:
    """Is the clause's first finite verb one that tells something done: a past ("rose",
    "was shot", "voted"), a perfect ("has launched") or an act going on ("is calling on")? Not
    a state or a generic present ("The geopolitical calculus is very different", "The economic
    debate is once again dominated by free traders", "Today we see a reheated version"), a
    past copula with no other verb ("its market value was $349 billion"), nor a clause ahead
    ("A decision will be made Thursday"), nor a past perfect (a time before the news) unless
    the date is a ``day``. A word in -ed after a determiner ("a reheated version") is no
    verb; a line where no verb tells an act ("Friday marks day two of ...") tells none. A
    date at ``at``, inside a closing attribution, dates the statement ("Britain has no plans
    ..., the spokesperson said on Monday")."""
    if _FIRST_PERSON.search(text):
        return False  # "I followed two materials scientists": the writer's day, no news
    once = _ONCE.search(text)
    if once is not None and _past_verb(once.group("verb")):
        return False  # "Alito ... once stood at the lectern": some time long before
    said = _SAID.search(text)
    if said is not None and not said.group("verb").endswith("s") and at >= said.start():
        return True  # "..., the prime minister's spokesperson said on Monday": a statement
    author = _AUTHOR_SUBJECT.search(text)
    found = list(_LOWER_WORD.finditer(text))
    words = [w.group() for w in found]
    for i, word in enumerate(words):
        if author is not None and word == author.group("verb") and word not in _VERBS:
            return word.endswith("ed")  # "Today we see ...", "you only need": a generic present
        nxt = next((w for w in words[i + 1 :] if w not in _BETWEEN and not w.endswith("ly")), "")
        if word in ("is", "are", "am"):
            # "is calling on the Fed": an act going on; a copula or a present passive: a state
            going_on = nxt.endswith("ing") and nxt not in _STATE_ING
            return going_on or words[i + 1 : i + 2] == ["being"]
        if word in ("was", "were"):
            if _participle(nxt) or nxt.endswith("ing"):
                return True
            continue  # "was on 5 February when he conducted": a later verb may tell it
        if word in ("will", "shall"):
            return False
        if word in ("has", "have"):
            if nxt == "been":
                after = words[words.index("been", i) + 1 :] if "been" in words[i:] else []
                return bool(after) and (_participle(after[0]) or after[0].endswith("ing"))
            return _participle(nxt)  # not "you have 20 users": a possession, now
        if word == "had" and (_participle(nxt) or nxt == "been"):
            # "In March, Schmidt had become the chairman": a time before the news; a day the
            # story dates it to makes it an act of its own ("had warned Blair on 7 March 2003")
            return day
        if (word in _VERBS and word not in _PRESENT_OR_MODAL) or word in _MORE_PASTS:
            return True
        if (
            word in _EITHER_TENSE
            and (i == 0 or words[i - 1] not in _NOT_FINITE_BEFORE)
            and nxt != "to"
        ):
            return True  # "The bank cut rates on Thursday"; not "set to threaten"
        at_word = found[i].start()
        if (
            word.endswith("ed")
            and not _DETERMINER_BEFORE.search(text, 0, at_word)
            and not _APPOSITIVE_PARTICIPLE.match(text, at_word - 2)
        ):
            return True  # not "Local 90, based in Des Moines, has ...": an apposition
    return False  # no verb tells an act: "Friday marks day two of a barrage of storms"


# "are proving exceptionally popular", "are facing a laundry list": a state, not an act
_STATE_ING = frozenset(
    [
        "proving",
        "becoming",
        "getting",
        "growing",
        "remaining",
        "looking",
        "seeming",
        "feeling",
        "facing",
    ]
)
# irregular pasts that are not finite verbs of ``_VERBS``
_MORE_PASTS = frozenset(
    [
        "heard",
        "sought",
        "fled",
        "sat",
        "flew",
        "swept",
        "shook",
        "laid",
        "dealt",
        "fed",
        "bore",
        "rang",
        "sang",
        "wound",
        "woke",
    ]
)
# a past and a present alike ("cut", "hit", "set"), and what makes them no finite past
_EITHER_TENSE = frozenset(
    ["cut", "hit", "set", "put", "let", "quit", "shut", "split", "spread", "bid", "beat"]
)
_NOT_FINITE_BEFORE = frozenset(
    [
        "to",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "do",
        "does",
        "did",
        "the",
        "a",
        "an",
    ]
)


# a participle that opens an apposition closed by a later comma: "The ceremony, hosted by
# newcomer Chris Rock, takes place"
_APPOSITIVE_PARTICIPLE = re.compile(r",\s[a-z]+ed\b[^,;]*,")
# "a reheated version": the word in -ed right after a determiner is no verb
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their|this|these|those|our|my|your)\s+$"
)
# a reported clause that opens on a subordinate one ("noted that while ... have fed into
# higher prices"): its main clause comes later in the sentence
_THAT_SUBORDINATE = re.compile(
    r"\bthat\s+(?:while|although|though|if|when|because|whereas|since|as|despite)\b"
)
_WHETHER = re.compile(r"\b(?:whether|if)\s+(?P<rest>[^,;:]*)$")
# the line's last reported clause: "reported that ...", "said ... and that ..."
_THAT_TAIL = re.compile(
    rf"\b(?:{speech_alternation('indirect')}|reported|and|but)\s+that\s+(?P<rest>[^;:]*)$"
)
# what follows the line in its sentence: an aside, then the verb the line's last subject
# needs ("as Patti Davis" + ", Ronald Reagan's daughter, attacked ...", "data that suggest
# moderate Republicans" + " — nearly a third of the base — are being ignored")
_VERB_AFTER_ASIDE = re.compile(
    r"^\s*(?:,|[—–]|--?)\s+[^,—–;:]{1,80}?(?:,|\s[—–]|\s--?)\s+"
    r"(?:are|is|was|were|has|have|had|will|would|could|can|[a-z]{3,}ed)\b"
)
# a speech tag whose words are told elsewhere: "X said of the encounter he had last week"
_SAID_OF = re.compile(rf"\b(?:{speech_alternation('attribution')})\s+of\b(?![^“”\"]*[“”\"])")
# a subject and only its relative clause: "Ted Cruz and Marco Rubio, who many feel need ..."
_RELATIVE_ONLY = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:\s+(?:and|or)\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"[A-Z][\w.'’-]*)?,\s+(?:who|which)\s+"
)
_OPENING_MARKS = re.compile(r"“|(?<![\w.,!?])\"|(?<![\w.,!?'])''(?=\w)")
_CLOSING_MARKS = re.compile(r"”|(?<=[\w.,!?])\"|(?<=[\w.,!?])''")


def open_quotation(text: str) -> bool:
    """Does the line end inside a quotation: its last opening mark is closed by none after it
    ('Cruz pledged to oppose legal status "today')?"""
    opening = [m.start() for m in _OPENING_MARKS.finditer(text)]
    closing = [m.start() for m in _CLOSING_MARKS.finditer(text)]
    return bool(opening) and (not closing or closing[-1] < opening[-1])


def cut_mid_clause(text: str, after: str) -> bool:
    """Is the line cut from its sentence (``after``, what follows it there, goes on) inside a
    clause it needs, or before the colon that brings what it announces: a reported clause
    that opened on a subordinate one and stops before its main clause ("Macklem noted on Oct.
    6 that while global events ... have fed into higher prices"), or a "whether" with no verb
    yet ("Gates did not say Thursday whether the force structure review")?"""
    if _SAID_OF.search(text):
        return True  # "X said of the encounter he had last week": what was said is elsewhere
    relative = _RELATIVE_ONLY.match(text)
    if relative is not None and "," not in text[relative.end() :]:
        return True  # "Ted Cruz and Marco Rubio, who many feel need a strong showing": no verb
    if not after.strip(" .\"”’'"):
        return False
    if after.lstrip().startswith(":"):
        return True  # "Al Gore used the occasion ... to tell the world in stark language:"
    if _THAT_SUBORDINATE.search(text) or open_quotation(text):
        return True  # '... that "agents are looking at U.S. Code 18': cut inside the quotation
    reported = _THAT_TAIL.search(text)
    if reported is not None and not _finite(reported.group("rest")):
        return True  # "reported that during Obama's visit this week", "and that Trump's success"
    if _VERB_AFTER_ASIDE.match(after):
        return True  # "grew louder as Patti Davis" (", Reagan's daughter, attacked ...")
    found = _WHETHER.search(text)
    return found is not None and not _finite(found.group("rest"))


def _past_verb(text: str) -> bool:
    """A verb in the past: an irregular past or a word in -ed not after "the" or "a"."""
    words = _LOWER_WORD.findall(text)
    return any(
        (w in _VERBS and w not in _PRESENT_OR_MODAL) or w.endswith("ed") for w in words
    ) and not re.search(r"\b(?:the|a|an)\s+\w+ed\s*$", text)


_PRESENT_OR_MODAL = frozenset(
    {
        *("is", "are", "be", "been", "am", "will", "would", "can", "could", "may", "might"),
        *("must", "shall", "should", "has", "have", "do", "does", "set", "cut", "put", "let"),
        *("hit", "quit", "shut", "split", "spread", "bid", "beat"),
    }
)


def _finite(text: str) -> bool:
    """A finite verb: an auxiliary or modal, an irregular past, a word in -ed."""
    return any(word in _VERBS or word.endswith("ed") for word in _LOWER_WORD.findall(text))


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
# finite verbs without a regular ending (irregular pasts, auxiliaries, modals)
_VERB_WORDS = (
    "is are was were be been am will would can could may might must shall should has have had "
    "do does did became began bought brought built came caught chose cut drew drove fell felt "
    "fought found gave got grew held hit hurt kept knew led left lent let lost made meant met "
    "paid put quit ran rose said saw sent set shot shut sold spent split spoke stood stole "
    "struck swore took taught told thought threw understood went won wrote beat bid broke hid "
    "slid sank spread stuck wore overtook withdrew forgot"
)
_VERBS = frozenset(_VERB_WORDS.split())


def _has_verb(text: str) -> bool:
    """Does the text hold a word that can be its verb (a modal, an irregular past, a word in
    -ed, -s or -ing)? "The United Nations' (UN) top court on Friday" does not."""
    for word in _LOWER_WORD.findall(text):
        if word in _VERBS or word.endswith(("ed", "s", "ing")):
            return True
    return False


# the rest of a sentence cut after its subject: "Scottish Parliament on Wednesday that a ban
# would be introduced" (of "X told the Scottish Parliament"), "Chelsea gave Umbro the right,
# would end in 2006" (a verb after the first comma, its subject left out; after an apposition's
# second comma it is fine: "An inquiry, the Lyons review, is due to report"), "The US -
# accounted for 46% of profit" (a verb after a dash), "RISK REMAINS: An official said" (a
# page's subheading run into the text)
_GARBLED = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+)+(?:on\s+[A-Z]\w+\s+)?that\s"
    r"|^[^,]*,\s+(?:would|will|could|should|has|had|is|was|are|were)\s"
    r"|^(?:\S+\s+){1,4}[-–—]\s+[a-z]+ed\s"
    r"|^[A-Z]{2,}(?:\s+[A-Z]{2,})*:"
)


def _entry(
    story: Story, m: DateMention, order: int, config: TimelineConfig, mentions: list[DateMention]
) -> _Entry | None:
    if m.start_date is None and not config.show_undated:
        return None
    c0, c1 = clause_span(story.body, (m.sent_start, m.sent_end), m.start, m.end, max_words=60)
    dateline = dateline_end(story, m.sent_start, m.sent_end)  # found by the analysis
    if dateline is not None and m.start < dateline:
        return None  # the wire's dateline dates the story, it tells no event
    if dateline is not None and c0 < dateline:
        c0 = dateline  # "SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper ..."
    shown = readable_event(story, (m.sent_start, m.sent_end), c0, c1, at=m.start)
    if shown.verbatim:
        c0, c1 = shown.start, shown.end  # the evidence is exactly the text shown
    text = shown.text
    cut = _RUN_ON.search(text)
    # two sentences the splitter kept as one ("... exports to the U.S. He rejected ..."): the
    # one that holds the date is the event
    if cut is not None and shown.verbatim and c0 + cut.start() > m.start:
        text, c1 = text[: cut.start()], c0 + cut.start()
    if shown.verbatim:
        named = name_the_pronoun(story, (m.sent_start, m.sent_end), c0, c1)
        if named is None:
            return None  # "When she appeared ... she declined": who, the analysis cannot tell
        if named != text:
            text, shown.verbatim = named, False  # "When Clinton appeared ..., she declined"
    # the date's own words ("end", "year") say nothing about which event it is
    date_words = set(content_tokens(m.text))
    n_words = len(text.split())
    if not config.min_words <= n_words <= config.max_words:
        return None
    if len(set(content_tokens(text)) - date_words) < 2:
        return None
    told_past = m.role != "event" or m.basis.startswith(AS_OF_BASIS)
    if told_past and (_FUTURE.search(text) or not _past_verb(text)):
        return None  # only a clause told in the past is an event (a year inferred: too)
    at = m.start - c0 if shown.verbatim else -1
    if at > 0 and going_on_before(text[:at], m, story):
        return None  # "X is highlighting his Iowa win on Feb. 1": the act is now, not then
    text = without_now_word(text, m.text)
    if not reads_alone(text) or not _an_event(text, m.text, story.body[c1 : m.sent_end], at):
        return None
    if not told_as_an_act(text, m.precision == "day", text.find(m.text)) or cut_mid_clause(
        text, story.body[c1 : m.sent_end]
    ):
        return None  # a state, a generic present or a clause ahead; a clause cut short
    if described_only(text):
        return None  # "The GOP presidential candidate sent ...", "visited the state": which?
    if anaphoric_phrase(text) is not None or _TOLD_BEFORE.search(text) is not None:
        return None  # "to revise the pact", "also used the same argument": which one?
    if not_an_act(text):
        return None  # a condition, a habit, a cut speech, rally rhetoric, the reporter's reading
    if not told_whole(text, m.text, story.body[m.end : m.end + 12], story.body[c0 : m.start]):
        return None  # a quotation's tail, a view, a bare "her position", a dated modifier
    if shown.verbatim and text == story.body[c0:c1] and not m.relative:
        c0, c1 = without_date_edge(story.body, c0, c1, m)
        text = story.body[c0:c1]
        if _ENDS_OPEN.search(text):
            return None  # "eBay stopped supporting it in January 2005" without its date
    # merge on the words of the event's region, which may reach beyond the text shown
    r0, r1 = event_region(story, m, mentions)
    tokens = set(content_tokens(story.body[r0:r1]) + content_tokens(text)) - date_words
    item = TimelineItem(
        event=text,
        date=m.start_date,
        end_date=m.end_date,
        label=m.label,
        precision=m.precision,
        kind=m.kind,
        relation=m.relation if m.role == "event" else "past",  # a clause told in the past
        sources=[ref(story, c0, c1)],
        inferred=m.inferred,
        basis=m.basis or None,
    )
    point = m.sort_date or date.max
    # coarser dates first on the same day ("2019" before "1 January 2019"), then by source order
    rank = {"year": 0, "month": 1, "week": 2, "day": 3}.get(m.precision, 4)
    return _Entry(item, tokens, (point, rank, order, m.start), story, m)


# a day named from the story's own day ("yesterday", "today"): next to the item's date it reads
# as the brief's day, so the line drops it ("troops yesterday launched" -> "troops launched")
_NOW_WORD = re.compile(
    r"(?:^|\s)(?P<word>(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\s+night)(?P<pos>['’]s)?)"
    r"(?=[\s,.;:]|$)"
)


def without_now_word(text: str, date_text: str) -> str:
    """``text`` without the day word that dates it (``date_text``), when that word is one
    that reads as "now"; "yesterday's opening ceremony" becomes "the opening ceremony"."""
    dated_by = date_text.lower().removesuffix("'s").removesuffix("’s")
    for m in _NOW_WORD.finditer(text):
        word = m.group("word")
        if word.lower().removesuffix("'s").removesuffix("’s") != dated_by:
            continue
        if m.start("word") == 0:
            return text  # the line opens on it: leave the sentence as written
        if m.group("pos"):
            return text[: m.start("word")] + "the" + text[m.end("word") :]
        return (text[: m.start()] + text[m.end("word") :]).strip()
    return text


_LEAD_DATE = re.compile(r"(?:In|On)\s+")
_LEAD_COMMA = re.compile(r",\s+(?=[A-Z])")
_TAIL_DATE = re.compile(r"(?:\s*[-–—,])?\s+(?:in|on)\s+$")


def without_date_edge(body: str, c0: int, c1: int, m: DateMention) -> tuple[int, int]:
    """The clause ``body[c0:c1]`` without the date written in full that opens or closes it
    ("In October 2004, Manchester United said ...", "... in September 2004."): the item's
    label gives the date, the line need not say it again. A date inside the clause stays."""
    if _LEAD_DATE.fullmatch(body, c0, m.start):
        comma = _LEAD_COMMA.match(body, m.end, c1)
        if comma is not None:
            return comma.end(), c1
    if body[m.end : c1].strip() in ("", "."):
        tail = _TAIL_DATE.search(body, c0, m.start)
        if tail is not None and tail.start() > c0:
            return c0, tail.start()
    return c0, c1


def _merge(bucket: list[_Entry], entry: _Entry, threshold: float) -> None:
    """Add ``entry`` to the entries of one date, merging it into a similar event.

    Entries of a date are indexed by their words, so only events sharing a word are compared.
    """
    best: _Entry | None = None
    best_score = 0.0
    for other in bucket:
        shared = len(entry.tokens & other.tokens)
        if not shared:
            continue
        score = shared / min(len(entry.tokens), len(other.tokens))
        if score > best_score:
            best, best_score = other, score
    if best is None or best_score < threshold:
        bucket.append(entry)
        return
    for source in entry.item.sources:
        if source not in best.item.sources:
            best.item.sources.append(source)
    best.tokens |= entry.tokens
    if best.item.inferred and not entry.item.inferred:
        # a dated story reports the event: the date is no longer only inferred
        best.item.inferred, best.item.basis = False, None


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Timeline section."""
    register(TimelineSection())
