"""Open questions: what the stories leave open, each phrased from the analysis and backed by
the sentences it comes from.

Kinds, each from one open matter in the text:

- ``conflict``: two countries take opposed positions on one matter (``story.statements``): each
  side's demand or opposition is addressed to the other, and both use the same words for it.
- ``requirement``: an obligation laid on a named actor or institution ("MPs urged the
  government to redraft clauses ...") asked as "Will the government redraft clauses ...?"; and a
  missing mechanism an issue has its own wording for (security guarantees).
- ``deadline``: such an obligation with a date still ahead of the brief's as-of date.
- ``decision``: a "whether" clause the story says is open ("it is unclear whether ministers
  would issue a declaration ...") asked as "Will ministers issue a declaration ...?".
- ``stalled``: a named process the story calls stalled, suspended or collapsed.

Questions are built from structured parts (subject, verb phrase, date label), never by pasting a
template around a clause fragment, and each passes two checks before it is asked: it is well
formed (a question word, a subject that is no pronoun, balanced quotation marks, no internal
label) and grounded (its words come from its evidence, its countries' names and its date). An
empty section beats a wrong question. A question another story answers (its lead reports the
institution's outcome on the matter, ``question_outcomes.py``) is not open, nor is one the
corpus has moved on from by the brief's date or one bound to an event already held
(``question_currency.py``). Dates come from the
dates annotation and countries from the story's actors: this section detects neither. The
subject/verb-phrase grammar and the checks are in ``question_grammar.py``, conflicts in
``question_conflicts.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from briefgen.analysis.dates import DateMention, story_sentences
from briefgen.analysis.genre import is_opinion
from briefgen.analysis.lexicon import stopwords
from briefgen.analysis.mentions import speech_alternation
from briefgen.hookspecs import hookimpl
from briefgen.model import Story
from briefgen.section import BuildContext, Section
from briefgen.sections.anchoring import anchored_dates
from briefgen.sections.evidence import country_name
from briefgen.sections.home_country import home_countries
from briefgen.sections.question_conflicts import conflict_questions, stem
from briefgen.sections.question_currency import LaterCoverage, moved_on, settled_event
from briefgen.sections.question_grammar import (
    BOUNDARY,
    PRONOUNS,
    agrees,
    antecedent_offset,
    balanced,
    evidence_span,
    framed,
    grounded,
    issue_label,
    phrase,
    quote_snippet,
    subject_phrase,
    third_person_before,
    trim_span,
    verb_phrase,
    verb_phrase_end,
    well_formed,
    with_article,
)
from briefgen.sections.question_outcomes import Reports, answered_by, reports
from briefgen.sections.question_voice import (
    no_party_asks,
    past_request,
    private_opinion,
    reporter_voice,
)
from briefgen.sections.questions_lexicon import (
    QuestionsLexicon,
    lowered,
    prefiltered_search,
    questions_lexicon,
)

KIND_ORDER = ("conflict", "requirement", "deadline", "decision", "stalled")
# In a demand made of someone, "his country" is mostly the speaker's, not the addressee's.
_SPEAKERS_OWN = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:country|nation|people|government|regime|homeland|land)\b"
)
_TO_VERB = re.compile(r"((?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s+to\s+(?=[a-z])")
_WHETHER_AUX = re.compile(
    r"^(?P<subj>(?:[\w'’.&-]+\s+){0,7}?[\w'’.&-]+)\s+"
    r"(?P<aux>will|would|can|could|should|is|are|has|have)\s+(?P<rest>\S.*)$",
    re.DOTALL,
)
_AUX_ONLY = re.compile(
    r"^\s*(?:(?:has|have|had|is|are|was|were|remain|remains|remained|been|being|now|still|also"
    r"|appear|appears|appeared|seem|seems|to|be|effectively|largely)\s+)*$",
    re.IGNORECASE,
)
_STATE = (
    (re.compile(r"collapse|broke|broken|fell apart", re.IGNORECASE), "collapsed"),
    (re.compile(r"suspend", re.IGNORECASE), "suspended"),
    (re.compile(r"frozen", re.IGNORECASE), "frozen"),
)


@dataclass
class OpenQuestionsConfig:
    """``[sections.open-questions]``: limits and wording overrides.

    ``wording`` maps an issue id to {kind: template or [templates]}, overriding questions.toml.
    """

    max_items: int = 6
    max_per_kind: int = 3
    kinds: list[str] = field(default_factory=lambda: list(KIND_ORDER))
    wording: dict[str, Any] = field(default_factory=dict)


@dataclass
class OpenQuestion:
    """One open question with its issue, kind, reason, countries and evidence spans."""

    question: str
    issue: str | None
    kind: str
    why: str
    countries: list[str]
    evidence: list[dict[str, Any]] = field(default_factory=list)


class OpenQuestionsSection(Section):
    """Questions the stories raise but do not answer."""

    id = "open-questions"
    title = "Open questions"
    order = 40
    description = (
        "Opposed positions, unmet demands, pending deadlines and decisions, stalled talks."
    )
    config_class = OpenQuestionsConfig

    def build(self, context: BuildContext) -> list[OpenQuestion]:
        config = context.config
        if not isinstance(config, OpenQuestionsConfig):
            config = OpenQuestionsConfig()
        return build_questions(context.stories, config, getattr(context, "as_of", None))


@dataclass
class _Candidate:
    q: OpenQuestion
    merge_key: tuple[str, str]
    rank: int = 0  # template rank: lower is more specific (kept when merging)
    weight: int = 0  # 1 for a demand someone makes of an addressee ("urged X to"), not an opinion
    subject: str | None = None  # who is asked to act or decide ("the Houston court")


def build_questions(
    stories: list[Story], config: OpenQuestionsConfig, as_of: date | None = None
) -> list[OpenQuestion]:
    """The supported open questions, by kind, best corroborated first, at most ``max_items``.

    ``as_of`` is the brief's date: a deadline or decision dated before it is no longer open.
    Each kind gets at most ``max_per_kind`` places, more when the other kinds leave room.
    """
    lex = questions_lexicon()
    found: list[_Candidate] = []
    if "conflict" in config.kinds:
        for con in conflict_questions(stories, lex, config.wording):
            q = OpenQuestion(con.question, con.issue, "conflict", con.why, con.countries)
            q.evidence = con.evidence
            found.append(_Candidate(q, ("conflict", con.question.lower()), con.rank))
    dates = anchored_dates(stories)
    homes = home_countries(stories)
    for story in stories:
        asked = _sentence_questions(
            story, lex, config, dates.get(story.id, []), as_of, homes.get(story.id)
        )
        if asked and is_opinion(story):
            continue  # a column's "has to remind voters why ...": its writer's guesses
        found.extend(asked)
    conflict_spans = {
        (e["story"], e["start"]) for c in found if c.q.kind == "conflict" for e in c.q.evidence
    }
    merged: dict[tuple[str, str], _Candidate] = {}
    for c in found:
        q = c.q
        if q.kind not in config.kinds or asks_a_quoted_word(q):
            continue
        if q.kind != "conflict" and any(
            (e["story"], e["start"]) in conflict_spans for e in q.evidence
        ):
            continue  # the conflict question already asks about this sentence
        other = merged.get(c.merge_key)
        if other is None:
            merged[c.merge_key] = c
            continue
        if c.rank < other.rank:  # keep the more specific wording
            other.q.question, other.q.why, other.rank = q.question, q.why, c.rank
        for ev in q.evidence:
            if ev not in other.q.evidence:
                other.q.evidence.append(ev)
        for code in q.countries:
            if code not in other.q.countries:
                other.q.countries.append(code)
    known = reports(stories)
    by_id = {s.id: s for s in stories}
    merged = {k: c for k, c in merged.items() if not _answered(c, by_id, known)}
    # open as of the brief's date: not a matter later stories carried on without it
    later = LaterCoverage(stories, as_of)
    merged = {
        k: c
        for k, c in merged.items()
        if not moved_on(
            c.q.question,
            c.subject,
            [by_id[e["story"]] for e in c.q.evidence if e["story"] in by_id],
            as_of,
            later,
        )
    }
    published = {s.id: s.published.timestamp() if s.published else 0.0 for s in stories}
    by_kind: dict[str, list[_Candidate]] = {}
    for c in merged.values():
        by_kind.setdefault(c.q.kind, []).append(c)
    ranked: dict[str, list[_Candidate]] = {}
    for kind in KIND_ORDER:
        cands = by_kind.get(kind, [])
        # corroboration (distinct stories) first, then a demand made of someone over an
        # opinion, a question on a named issue, and the most recent evidence
        cands.sort(
            key=lambda c: (
                -_corroboration(c.q),
                -c.weight,
                c.q.issue is None,
                -max(published.get(e["story"], 0.0) for e in c.q.evidence),
            )
        )
        ranked[kind] = _one_per_passage(cands)
    # at most ``max_per_kind`` of a kind, unless the other kinds leave room
    taken = {kind: min(len(cands), config.max_per_kind) for kind, cands in ranked.items()}
    room = config.max_items - sum(taken.values())
    for kind, cands in ranked.items():
        extra = max(0, min(room, len(cands) - taken[kind]))
        taken[kind] += extra
        room -= extra
    out = [c.q for kind, cands in ranked.items() for c in cands[: taken[kind]]]
    return out[: config.max_items]


def _answered(c: _Candidate, by_id: dict[str, Story], known: Reports) -> bool:
    """Does another story report the outcome of the demand or decision ``c`` asks about?"""
    if c.subject is None or c.q.kind not in ("requirement", "deadline", "decision"):
        return False
    for e in c.q.evidence:
        story = by_id.get(e["story"])
        if story is not None and answered_by(story, e["start"], e["end"], c.subject, known):
            return True
    return False


PASSAGE = 1000  # characters: evidence this close in one story tells one matter


def _one_per_passage(cands: list[_Candidate]) -> list[_Candidate]:
    """Drop a question backed by one story only whose evidence lies within ``PASSAGE`` of a
    better-ranked question's evidence in that story, on the same issue and to a party both
    name: two asks of one passage ("asked the WTO to investigate EU customs tariffs", then
    "asked the WTO to set up a dispute panel on customs barriers") are one open matter."""
    kept: list[_Candidate] = []
    for c in cands:
        stories = {e["story"] for e in c.q.evidence}
        if len(stories) == 1 and any(_same_passage(c.q, k.q) for k in kept):
            continue
        kept.append(c)
    return kept


def _same_passage(q: OpenQuestion, other: OpenQuestion) -> bool:
    """Do ``q`` and ``other`` ask about one issue of one party from one passage of a story?"""
    if q.issue != other.issue or not set(q.countries) & set(other.countries):
        return False
    return any(
        e["story"] == o["story"] and abs(e["start"] - o["start"]) < PASSAGE
        for e in q.evidence
        for o in other.evidence
    )


def _corroboration(q: OpenQuestion) -> int:
    """Distinct stories backing a question, a copy of a story (the same evidence word for word
    under another headline) counted once."""
    texts: set[str] = set()
    backing: set[str] = set()
    for e in q.evidence:
        text = " ".join(e["text"].split())
        if text in texts and e["story"] not in backing:
            continue  # a copy of evidence another story already gives
        texts.add(text)
        backing.add(e["story"])
    return len(backing)


# --- conflicts ------------------------------------------------------------------------------


# --- sentence questions ---------------------------------------------------------------------


_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s*$")


def _sentence_questions(
    story: Story,
    lex: QuestionsLexicon,
    config: OpenQuestionsConfig,
    dates: list[DateMention],
    as_of: date | None,
    home: str | None = None,
) -> list[_Candidate]:
    """Obligations, pending decisions, stalled processes and issue-worded requirements, one
    sentence at a time."""
    body = story.body
    sentences = story_sentences(story)
    starts = [s for s, _e in sentences]
    low = lowered(body)
    # one scan of the body for every cue: most sentences hold none, and are not looked at
    cued: set[int] | None = None
    if low is not None and lex.question_cue_lower is not None:
        cued = _cue_sentences(body, low, starts, (lex.question_cue_lower, lex.question_cue_lower))
    obliged = _cue_sentences(body, low, starts, (lex.addressed, lex.addressed_lower), cued)
    obliged |= _cue_sentences(body, low, starts, (lex.modal, lex.modal_lower), cued)
    pending = _cue_sentences(body, low, starts, (lex.whether, lex.whether_lower), cued)
    stalled = _cue_sentences(
        body, low, starts, (lex.cues.get("stalled"), lex.cues_lower.get("stalled")), cued
    )
    required = _cue_sentences(
        body,
        low,
        starts,
        (lex.cues.get("requirement"), lex.cues_lower.get("requirement")),
        cued,
    )
    required |= _cue_sentences(
        body, low, starts, (lex.cues.get("missing"), lex.cues_lower.get("missing")), cued
    )
    dated = _word_sentences(low or body.lower(), starts, ("deadline", "ultimatum"))
    out: list[_Candidate] = []
    for idx in sorted(obliged | pending | stalled | required | dated):
        s0, s1 = balanced(body, *sentences[idx])
        text = body[s0:s1]
        if len(text) < 20 or not _SENTENCE_END.search(text):
            continue  # (a headline, or a sentence a line break cut: "North Korea must include
            # the number of nuclear warheads" does not say in what)
        p0 = sentences[max(0, idx - 2)][0] if idx else s0
        sent_dates = [m for m in dates if s0 <= m.start < s1]
        if settled_event(story, s0, s1, sent_dates, as_of):
            continue  # bound to a debate, a vote, a meeting already held at the brief's date
        asked: list[_Candidate] = []
        if idx in obliged and ("requirement" in config.kinds or "deadline" in config.kinds):
            asked.extend(_obligation_questions(story, s0, s1, sent_dates, lex, as_of, home))
        # a decision due at a time already past at the brief's date is no longer open, and
        # one due at a time the analysis could not date may be
        if (
            idx in pending
            and "decision" in config.kinds
            and not (_passed(sent_dates, as_of) and not _future(sent_dates, as_of))
            and all(m.resolved for m in sent_dates)
        ):
            asked.extend(_decision_questions(story, s0, s1, lex, home))
        if idx in stalled and "stalled" in config.kinds:
            asked.extend(_stalled_questions(story, s0, s1, p0, lex))
        if idx in dated and "deadline" in config.kinds and not asked:
            asked.extend(_deadline_questions(story, s0, s1, sent_dates, as_of))
        if idx in required and "requirement" in config.kinds and not asked:
            asked.extend(_issue_requirements(story, s0, s1, p0, lex, config))
        out.extend(asked)
    return out


def _cue_sentences(
    body: str,
    low: str | None,
    starts: list[int],
    patterns: tuple[re.Pattern[str] | None, re.Pattern[str] | None],
    among: set[int] | None = None,
) -> set[int]:
    """Indexes of the sentences (by their ``starts``) where a cue pattern matches; the
    case-sensitive twin scans the lower-cased body when there is one. ``among``: only these
    sentences can match (a scan for every cue at once found the others hold none)."""
    pattern, twin = patterns
    if pattern is None:
        return set()
    if twin is None or low is None:
        matches = pattern.finditer(body)
        return {bisect_right(starts, m.start()) - 1 for m in matches} - {-1}
    if among is None:
        return {bisect_right(starts, m.start()) - 1 for m in twin.finditer(low)} - {-1}
    out: set[int] = set()
    for idx in among:
        end = starts[idx + 1] if idx + 1 < len(starts) else len(low)
        if twin.search(low, starts[idx], end):
            out.add(idx)
    return out


def _word_sentences(low: str, starts: list[int], words: tuple[str, ...]) -> set[int]:
    """Indexes of the sentences holding one of ``words`` (plain substring search)."""
    out: set[int] = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            out.add(bisect_right(starts, at) - 1)
            at = low.find(word, at + len(word))
    return out - {-1}


_DEADLINE_NOUN = re.compile(
    r"\b(?:the|a|its|their|this|that)\s+(?:new\s+|extended\s+|final\s+)?(?:deadline|ultimatum)"
    r"\s+(?P<what>(?:to|for)\s+[^,;:()]{3,90})"
)
_WHAT_END = re.compile(r"\s+(?:until|by|before|expires?|passes|runs out|which|that|when)\b")


def _deadline_questions(
    story: Story, s0: int, s1: int, sent_dates: list[DateMention], as_of: date | None
) -> list[_Candidate]:
    """ "What happens when the 15 July 2006 deadline to get in line with the rules passes?"
    from a deadline the sentence names with what it is for and a date still ahead. A date
    without the word "deadline" (a projection, a target) asks nothing."""
    due = _future(sent_dates, as_of)
    if due is None or not due.label:
        return []
    body = story.body
    text = body[s0:s1]
    m = _DEADLINE_NOUN.search(text)
    if m is None:
        return []
    w0, w1 = s0 + m.start("what"), s0 + m.end("what")
    if w0 <= due.start < w1:
        w1 = due.start  # "the deadline to file on 1 March": the date is said by the question
    end = _WHAT_END.search(body, w0, w1)
    if end is not None:
        w1 = end.start()
    what = body[w0:w1].replace("“", "").replace("”", "").replace('"', "")
    what = " ".join(what.split()).rstrip(".!? ")
    template = "What happens when the {label} deadline {what} passes?"
    question = template.format(label=due.label, what=what)
    if not well_formed(question) or not grounded(question, template, text, [due.label]):
        return []
    why = f"Deadline {due.label}: " + quote_snippet(text, focus=due.start - s0)
    q = OpenQuestion(question, _statement_issue(story, s0 + m.start()), "deadline", why, [])
    q.countries = _countries_at(story, s0, s1)
    q.evidence.append(evidence_span(story, s0, s1))
    return [_Candidate(q, ("deadline", question.lower()))]


def _passed(mentions: list[DateMention], as_of: date | None) -> bool:
    return as_of is not None and any(
        m.end_date is not None and m.end_date < as_of for m in mentions
    )


def _future(mentions: list[DateMention], as_of: date | None) -> DateMention | None:
    """A date still ahead: after the as-of date when there is one, else future in the story."""
    for m in mentions:
        if m.end_date is None or m.relation != "future":
            continue
        if as_of is None or m.end_date >= as_of:
            return m
    return None


def _obligation_questions(
    story: Story,
    s0: int,
    s1: int,
    sent_dates: list[DateMention],
    lex: QuestionsLexicon,
    as_of: date | None,
    home: str | None = None,
) -> list[_Candidate]:
    """ "Will X V ...?" from "urged X to V ..." or "X must V ...", when X is a named actor or an
    institution; a deadline question when the verb phrase holds a date still ahead."""
    body = story.body
    text = body[s0:s1]
    if re.match(r"\W*(?:To|If|Unless|Should)\b", text):
        return []  # a rule's purpose or a condition, not a demand on someone
    if is_opinion(story):
        return []  # an op-ed's demands are its writer's own
    # subject start, subject end, verb phrase start, addressed ("urged X to"), cue start
    found: list[tuple[int, int, int, int, int]] = []
    if lex.addressed is not None:
        for m in lex.addressed.finditer(text):
            t = _TO_VERB.match(text, m.end())
            if (
                t
                and not commentator_demands(story, s0, s0 + m.start())
                and not no_party_asks(story, s0, s0 + m.start())
            ):
                found.append((s0 + t.start(1), s0 + t.end(1), s0 + t.end(), 1, s0 + m.start()))
    if lex.modal is not None:
        for m in lex.modal.finditer(text):
            left = text[: m.start()]
            bound = max((b.end() for b in BOUNDARY.finditer(left)), default=0)
            a, b = trim_span(left, bound, len(left))
            if a < b and not commentator_demands(story, s0, s0 + a):
                found.append((s0 + a, s0 + b, s0 + m.end(), 0, s0 + m.start()))
    out: list[_Candidate] = []
    for a, b, v, addressed, cue in found:
        if framed(body, s0, a):
            continue  # a condition, a rule or a negation frames it; or a list's tail
        if _POSTED.search(body, s0, a):
            continue  # "Coulter tweeted that Trump should deport Haley": a post, a jibe
        if private_opinion(story, s0, s1, a):
            continue  # "I think the government should ...", "most voters said ...": opinions
        subject = subject_phrase(story, a, b, lex, definite_ok=False, home=home)
        if subject is None:
            continue
        v1 = verb_phrase_end(body, v, s1)
        if v1 < 0:
            continue
        if not addressed and reporter_voice(story, s0, s1, a, v, v1):
            continue  # "Clinton has to remind ...": the writer's analysis, no one's demand
        if past_request(story, s0, cue, v, v1, sent_dates, as_of):
            continue  # "had asked Sullivan to send ...", "In 2010, X urged Y to ...": history
        pred = verb_phrase(body[v:v1], antecedent_offset(story, v, v1))
        if pred is None or not agrees(subject, pred):
            continue
        if _RELAYED.match(pred):
            continue  # "urged Sessions to tell Mr. Trump to drop ...", "should ask why ...": a
            # message to pass on or a challenge to answer, not an act anyone is bound to
        if addressed and _SPEAKERS_OWN.search(pred):
            continue  # "urged Obama to end the bombing of his country": the speaker's country
        if re.search(r"\b(?:his|her)\b", pred) and third_person_before(story, s0, a, b):
            continue  # "his release" may be a third person's, named before the subject
        due = _future([m for m in sent_dates if v <= m.start < v1], as_of)
        if any(v <= m.start < v1 for m in sent_dates) and due is None:
            continue  # the date in the verb phrase is past or unknown: nothing is pending
        extra = [subject]
        if due is not None and due.resolved and due.text in pred and due.label:
            when = ("the " if due.qualifier else "") + due.label
            pred = pred.replace(due.text, when, 1)
            extra.append(when)
        question = f"Will {subject} {pred}?"
        if not well_formed(question) or not grounded(question, "Will", body[a:v1], extra):
            continue
        kind = "deadline" if due is not None else "requirement"
        snippet = quote_snippet(text, focus=(due.start if due else a) - s0)
        why = f"Deadline {due.label}: {snippet}" if due else f"Called for in the story: {snippet}"
        codes = _countries_at(story, a, v1)
        q = OpenQuestion(question, _statement_issue(story, a), kind, why, codes)
        q.evidence.append(evidence_span(story, s0, s1))
        out.append(_Candidate(q, (kind, question.lower()), weight=addressed, subject=subject))
    return out


# a demand that someone pass a demand on ("tell Mr. Trump to drop ...") or put or answer a
# question ("ask why the pols made all the wrong moves", "explain why ..."): the matter, if
# any, is another's, and the question would ask about the messenger
_RELAYED = re.compile(
    r"(?:tell|ask|explain|say)\s+(?:(?:why|whether|how|what|who|where|when)\b"
    r"|(?:[\w.'’-]+\s+){1,4}?to\s)",
    re.IGNORECASE,
)


# a demand told as a post or a jibe ("tweeted that X should ...", "joked that X must ..."): a
# remark on social media or a joke lays no obligation anyone has to meet
_POSTED = re.compile(rf"\b(?:{speech_alternation('posted')})\b")


# a voice that comments on a matter but has no part in it: an analyst, an academic, a think
# tank or a research centre ("Director-General of the ... Centre for Strategic Studies")
_COMMENTATOR = re.compile(
    r"\b(?:analysts?|academics?|professors?|experts?|commentators?|columnists?|researchers?"
    r"|pundits?|newspapers?|editorials?|editorial\s+boards?|op-eds?"
    r"|scholars?|think[- ]tanks?|(?:Centre|Center|Institute|Council|School)\s+(?:for|of)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:Studies|Research|Policy|Affairs|Relations))\b",
    re.IGNORECASE,
)


# a person introduced by an office they no longer hold, right before the name ("former Foreign
# Minister Ruth Adler") or in the name's apposition ("Arturo Sarukhan, Mexico's ambassador to the
# United States from 2007 to 2013,"): they speak for no one now, as a commentator
_FORMER_BEFORE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-)\s*(?:[\w.'’-]+\s+){0,4}[\w.'’-]+$")
_FORMER_AFTER = re.compile(
    r",\s+[^,;]{0,100}?\b(?:former\b|(?:from|between)\s+(?:19|20)\d\d\s+(?:to|and|until)\s+"
    r"(?:19|20)\d\d\b)[^,;]{0,40},"
)


def _former_office(body: str, start: int, end: int) -> bool:
    """Is the person named at ``body[start:end]`` (a mention may hold its title) introduced by
    an office no longer held, at most four words before the name's last word?"""
    return bool(
        _FORMER_BEFORE.search(body, max(0, start - 60), end) or _FORMER_AFTER.match(body, end)
    )


def commentator_demands(story: Story, s0: int, cue: int) -> bool:
    """Is the demand before ``cue`` ("X called on Israel to ...") made by a commentator: the
    words before the cue, or how the story first introduces a person named there, say so? A
    commentator's wish is an opinion, not an open matter between the parties."""
    body = story.body
    if _COMMENTATOR.search(body, s0, cue):
        return True
    for actor in story.actors:
        if actor.kind != "person" or not any(s0 <= a < cue for a, _ in actor.mentions):
            continue
        first_start, first_end = min(actor.mentions)
        end = body.find(".", first_end, first_end + 200)
        intro = body[max(0, first_start - 60) : end if end > 0 else first_end + 200]
        if _COMMENTATOR.search(intro) or _former_office(body, first_start, first_end):
            return True
    return False


def _decision_questions(
    story: Story, s0: int, s1: int, lex: QuestionsLexicon, home: str | None = None
) -> list[_Candidate]:
    """ "Will ministers issue a declaration ...?" from "it is unclear whether ministers would
    issue a declaration ...", and "Will the EU start entry talks?" from "the EU will decide
    whether to start entry talks"."""
    if lex.whether is None:
        return []
    body = story.body
    text = body[s0:s1]
    out: list[_Candidate] = []
    for m in lex.whether.finditer(text):
        c0 = s0 + m.end()
        c1 = verb_phrase_end(body, c0, s1, conditions=False)
        clause = body[c0:c1]
        question = None
        subject = None
        if clause.startswith("to "):  # the decider is the subject before the cue
            left = text[: m.start()]
            bound = max((b.end() for b in BOUNDARY.finditer(left)), default=0)
            a, b = trim_span(left, bound, len(left))
            subject = None
            if a < b and not framed(body, s0, s0 + a):
                subject = subject_phrase(story, s0 + a, s0 + b, lex, definite_ok=False, home=home)
            pred = verb_phrase(clause[3:])
            if subject and pred:
                question = f"Will {subject} {pred}?"
        elif not _in_quotation(story, s0 + m.start()):
            # a speaker's doubt in quotation marks ("It remains to be seen whether continental
            # Europe will play a strong role", a report warned) is an outlook, not a matter
            # the story reports as pending
            w = _WHETHER_AUX.match(clause)
            if w:
                a, b = c0 + w.start("subj"), c0 + w.end("subj")
                subject = subject_phrase(story, a, b, lex, definite_ok=True, home=home)
                rest = verb_phrase(w.group("rest"))
                aux = w.group("aux").lower()
                aux = {"would": "will"}.get(aux, aux)
                if subject and rest:
                    question = f"{aux.capitalize()} {subject} {rest}?"
        if question is None or subject is None:
            continue
        if not well_formed(question) or not grounded(question, "will", text, [subject]):
            continue
        why = "Left open in the story: " + quote_snippet(text, focus=m.start())
        q = OpenQuestion(question, _statement_issue(story, c0), "decision", why, [])
        q.countries = _countries_at(story, s0, s1)
        q.evidence.append(evidence_span(story, s0, s1))
        out.append(_Candidate(q, ("decision", question.lower()), subject=subject))
    return out


# a word the story holds at a distance in quote marks ("India will 'conceive'
# several reforms"): the reporter's scare quotes or a speaker's own word, not the act asked
_SCARE_QUOTED = re.compile(r"(?<!\w)[‘'\"“](?P<words>[a-z][\w-]*)[’'\"”](?!\w)")


def asks_a_quoted_word(q: OpenQuestion) -> bool:
    """Is the question built on a word its evidence puts in quote marks ("Will India conceive
    several reforms in the banking sector?" from "India will 'conceive' several reforms")? Put
    into a question the marks are lost and the word reads as the fact."""
    asked = set(re.findall(r"[a-z][\w-]*", q.question.lower()))
    for ev in q.evidence:
        for found in _SCARE_QUOTED.finditer(str(ev.get("text", ""))):
            if set(found.group("words").lower().split()) & asked:
                return True
    return False


def _in_quotation(story: Story, offset: int) -> bool:
    """Is ``offset`` inside a direct quotation?"""
    return any(q.kind == "direct" and q.start <= offset < q.end for q in story.quotes)


def _stalled_questions(
    story: Story, s0: int, s1: int, p0: int, lex: QuestionsLexicon
) -> list[_Candidate]:
    """ "Can the stalled six-party talks be revived?" when a named process is what the sentence
    says is stalled: its subject ("the gas pipeline project is hard to make progress"), or the
    noun right after the cue ("deadlocked trade talks")."""
    pattern = lex.cues.get("stalled")
    if pattern is None:
        return []
    body = story.body
    text = body[s0:s1]
    m = prefiltered_search(pattern, lex.cues_lower.get("stalled"), text, lowered(text))
    if m is None:
        return []
    nps = [(n.start(), n.end(), n.group(1)) for n in lex.process.finditer(text)]
    process = None
    for a, b, np in reversed(nps):
        if b > m.start():
            continue
        between = text[b : m.start()]
        starts = not text[:a].strip() or text[:a].strip().lower() in ("the",)
        if _AUX_ONLY.match(between) or (starts and _AUX_ONLY.match(between.rsplit(",", 1)[-1])):
            process = np
            break
    if process is None:
        for a, _b, np in nps:
            if 0 <= a - m.end() <= 1:
                process = np
                break
    if process is None:
        return []
    process = _process_np(process)
    if process is None:
        return []
    if len(process.split()) < 2:  # "the talk ...": the name of the talks stands earlier
        head = stem(process.split()[-1].lower())
        before = [_process_np(n.group(1)) for n in lex.process.finditer(body[p0:s0])]
        named = [
            np for np in before if np and len(np.split()) >= 2 and stem(np.split()[-1]) == head
        ]
        if not named:
            return []
        process = named[-1]
    state = next((word for rx, word in _STATE if rx.search(m.group())), "stalled")
    template = "Can the {state} {process} be revived, and on what terms?"
    question = template.format(state=state, process=process)
    if not well_formed(question) or not grounded(
        question, template, body[p0:s1], [state, "stalled"]
    ):
        return []
    why = f"A {state} process: " + quote_snippet(text, focus=m.start())
    q = OpenQuestion(question, _statement_issue(story, s0), "stalled", why, [])
    q.countries = _countries_at(story, s0, s1)
    q.evidence.append(evidence_span(story, s0, s1))
    return [_Candidate(q, ("stalled", question.lower()))]


_NP_SKIP = {"the", "a", "an", "stalled", "collapsed", "frozen", "never-ending", "deadlocked"}


def _process_np(np: str) -> str | None:
    """A process name as a question can use it: modifiers that are nouns or adjectives
    ("six-party talks", "gas pipeline project"); None when a modifier is a verb, a pronoun or a
    function word ("suspended its plan", "government to deal")."""
    words = np.split()
    for i, w in enumerate(words):
        if w.lower() in ("the", "a", "an"):
            words = words[i + 1 :]  # "put the plan": the noun phrase starts after "the"
    words = [w for w in words if w.lower() not in _NP_SKIP]
    if not words:
        return None
    stop = stopwords()
    for w in words[:-1]:
        low = w.lower()
        if low in stop or low in PRONOUNS or low.endswith(("ed", "ing", "'s", "’s")):
            return None
        if not re.fullmatch(r"[\w-]+", w):
            return None
    if not words[-1].islower():
        return None  # "attorney general Bill": a name, not a bill
    return " ".join(words)


def _issue_requirements(
    story: Story,
    s0: int,
    s1: int,
    p0: int,
    lex: QuestionsLexicon,
    config: OpenQuestionsConfig,
) -> list[_Candidate]:
    """A missing mechanism that an issue has its own requirement wording for ("this needs to be
    assured by international law" after "asking for its safety to be guaranteed")."""
    body = story.body
    text = body[s0:s1]
    low = lowered(text)
    match = None
    for ck in ("requirement", "missing"):
        pattern = lex.cues.get(ck)
        if pattern is not None:
            match = prefiltered_search(pattern, lex.cues_lower.get(ck), text, low)
        if match:
            break
    if match is None:
        return []
    context = body[p0:s1]
    issue = _worded_issue(context, lex, config)
    if issue is None:
        return []
    beneficiary = _beneficiary(story, p0, s1)
    guarantees = re.search(r"\bsecurity guarantees?\b", context, re.IGNORECASE)
    values = {
        "issue": issue_label(issue, lex),
        "beneficiary": with_article(country_name(beneficiary)) if beneficiary else None,
        "guarantees": guarantees.group().lower() if guarantees else None,
    }
    phrased = phrase("requirement", issue, values, lex, config.wording, issue_only=True)
    if phrased is None:
        return []
    question, rank, scaffold = phrased
    extra = [values["beneficiary"] or "", values["guarantees"] or ""]
    if not well_formed(question) or not grounded(question, scaffold, context, extra):
        return []
    why = "A stated requirement or missing mechanism: " + quote_snippet(text, focus=match.start())
    codes = _countries_at(story, s0, s1)
    if beneficiary and beneficiary not in codes:
        codes.append(beneficiary)
    q = OpenQuestion(question, issue, "requirement", why, codes)
    q.evidence.append(evidence_span(story, s0, s1))
    return [_Candidate(q, ("requirement", "issue:" + issue), rank)]


def _worded_issue(context: str, lex: QuestionsLexicon, config: OpenQuestionsConfig) -> str | None:
    """An issue with its own requirement wording whose terms the context uses at least twice
    (or once as several words): one "guarantee" alone does not make a security question."""
    for issue_id, kinds in lex.issue_templates.items():
        if "requirement" not in kinds and "requirement" not in config.wording.get(issue_id, {}):
            continue
        issue = lex.issues.get(issue_id)
        if issue is None or issue.pattern is None:
            continue
        hits = issue.pattern.findall(context)
        if len(hits) >= 2 or any(" " in h.strip() for h in hits):
            return issue_id
    return None


_BENEFIT = re.compile(
    r"(?:guarantee|guarantees|guaranteed|assure|assured|promise|promised)\s+(?:the\s+)?"
    r"(?P<a>(?:[A-Z][\w.]*\s?){1,3})|(?P<b>(?:the\s+)?(?:[A-Z][\w.]*\s?){1,3})['’]s\s+"
    r"(?:regime\s+)?(?:security|safety|survival)"
    r"|(?P<c>(?:the\s+)?(?:[A-Z][\w.]*\s){1,3})(?:will\s+|would\s+)?"
    r"(?:requires?|required|wants?|demands?|demanded|needs?|seeks?)\s+"
    r"(?:[\w-]+\s+){0,2}?security\s+guarantees"
)
_ITS = re.compile(r"\b(?:its|their)\s+(?:regime\s+)?(?:security|safety|survival)\b")


def _beneficiary(story: Story, p0: int, s1: int) -> str | None:
    """The country whose security a requirement is about, from the actors the analysis found:
    "guarantee the North's security", or the last country named before "its safety". None
    rather than a guess."""
    body = story.body
    for m in _BENEFIT.finditer(body, p0, s1):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        codes = _countries_at(story, m.start(group), m.end(group))
        if codes:
            return codes[0]
    for m in _ITS.finditer(body, p0, s1):
        codes = _countries_at(story, max(p0, m.start() - 200), m.start())
        if codes:
            return codes[-1]
    return None


def _countries_at(story: Story, start: int, end: int) -> list[str]:
    """Countries of the actors mentioned in ``body[start:end]``, in text order."""
    hits = sorted(
        (s, actor.country)
        for actor in story.actors
        if actor.country
        for s, e in actor.mentions
        if start <= s and e <= end
    )
    out: list[str] = []
    for _s, code in hits:
        if code not in out:
            out.append(code)
    return out


def _statement_issue(story: Story, offset: int) -> str | None:
    """The named issue of the statement holding ``offset``, if any."""
    for st in story.statements:
        if st.start <= offset < st.end and not st.issue.startswith("other:"):
            return st.issue
    return None


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Open questions section."""
    register(OpenQuestionsSection())
