"""Bottom line up front: three to five sentences that sum up the situation across the stories.

Extractive: every sentence is scored by how central its words are across the stories (words
that several stories use weigh most), the actors and issue terms it names, and a weak prior for
early sentences; quotation-only sentences, questions, fragments and boilerplate are penalised.
Near-duplicates (hashed word shingles) are dropped and the pick is spread across stories.

In a corpus with dominant subjects (``bluf_support``: the actors most stories share), lines on
them rank first and a line must be one the corpus backs: a story's lead (on them, or naming
who acted) or a detail that ties two of them together; the number of lines follows (fewer when
few are backed, never none when a story's lead tells an event).
"""

from __future__ import annotations

import bisect
import heapq
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from briefgen.analysis.dates import story_sentences
from briefgen.analysis.document import dateline_end
from briefgen.analysis.genre import is_opinion
from briefgen.analysis.mentions import speech_alternation, speech_forms
from briefgen.hookspecs import hookimpl
from briefgen.model import Story
from briefgen.section import BuildContext, Section
from briefgen.sections.bluf_support import Subjects, corpus_subjects
from briefgen.sections.currency import ONGOING_DAYS, RECENT_DAYS
from briefgen.sections.currency import stale as _stale
from briefgen.sections.evidence import content_tokens, jaccard, shingles, story_dates
from briefgen.sections.not_an_act import quantity_without_figure
from briefgen.sections.questions_lexicon import QuestionsLexicon, questions_lexicon
from briefgen.sections.referents import leans_on_story

_OPEN_QUOTE = re.compile(r"^\s*[\"“‘']")
_PRONOUN_START = re.compile(r"^\s*(?:He|She|They|It|This|These|Those|That|We|I)\b")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|our|us)\b")
_LOWER_START = re.compile(r"^\s*[a-z]")
_LOWER = re.compile("[a-z]")
_BULLET = re.compile(r"[-–—•*]\s+(?=[A-Z\"“‘'])")


@dataclass
class BlufConfig:
    """``[sections.bluf]``: how many sentences and how strongly to spread across stories."""

    max_sentences: int = 4
    min_sentences: int = 3
    min_words: int = 8
    max_words: int = 50
    duplicate_threshold: float = 0.5  # shingle overlap above which two sentences are one
    same_story_penalty: float = 0.7  # score factor per sentence already taken from a story
    # a story's first sentence when the corpus has a story for every line: a news story's
    # lead is its own summary (the inverted pyramid); one of few stories is read for detail
    lead_weight: float = 1.5


@dataclass
class BlufItem:
    """One summary sentence: its text and where it stands in its story."""

    text: str
    story: str
    start: int
    end: int


@dataclass(slots=True)
class _Candidate:
    story: Story
    start: int
    end: int
    score: float  # until ``exact``: a bound no lower than the score (see ``_candidates``)
    stale: bool = False  # the story is more than a week older than the brief
    months_old: bool = False  # ... more than ONGOING_DAYS older
    base: float = 0.0  # the score before the name, issue, lead, style and recency factors
    lead: float = 1.0
    recency: float = 1.0
    exact: bool = True
    support: float = -1.0  # the share of the corpus's subjects the line names (-1: not yet read)
    backers: int = 0  # how many of the corpus's dominant subjects it names
    opening: bool = False  # the story's lead or the sentence after it
    lead_proper: bool = False  # the story's lead itself

    def shingles(self) -> set[int]:
        """Word-pair hashes of the sentence (made when needed: most are never compared)."""
        return shingles(content_tokens(self.story.body[self.start : self.end]), 2)


class BlufSection(Section):
    """Three to five sentences at the top of the brief."""

    id = "bluf"
    title = "Bottom line up front"
    order = 10
    description = "An extractive summary across the stories, each sentence with its source."
    config_class = BlufConfig

    def build(self, context: BuildContext) -> list[BlufItem]:
        config = context.config if isinstance(context.config, BlufConfig) else BlufConfig()
        return build_bluf(context.stories, config, getattr(context, "as_of", None))


def build_bluf(
    stories: list[Story], config: BlufConfig, as_of: date | None = None
) -> list[BlufItem]:
    """Pick the summary sentences, most central first. ``as_of`` (the brief's date, else the
    latest story's) tells the situation from background: a sentence dated only years before
    it tells history, not the situation."""
    if as_of is None:
        dated = [s.published.date() for s in stories if s.published is not None]
        as_of = max(dated) if dated else None
    candidates, fits, doc_freq = _candidates(stories, config, as_of)
    subjects = corpus_subjects(stories)

    def shared(c: _Candidate) -> bool:
        return subjects.shares_words(c.story.body[c.start : c.end], doc_freq, len(stories))

    fallback: _Candidate | None = None  # a story's lead, when the corpus backs no line
    lex = questions_lexicon()
    taken: list[_Candidate] = []
    taken_shingles: list[set[int]] = []
    per_story: Counter[str] = Counter()
    want = max(config.min_sentences, min(config.max_sentences, len(stories) + 2))
    penalty = config.same_story_penalty
    # lines per story: the pick is spread, one line a story when there are enough stories (on
    # a corpus of many threads, four lines tell four of them, not two details of one)
    cap = max(1, -(-want // max(1, len(stories))))

    def adjusted(c: _Candidate) -> float:
        return c.score * penalty ** per_story[c.story.id]

    # the best adjusted score first, the earliest candidate among equals (as max() over the
    # list would); an entry whose story was picked since it was pushed is re-scored and pushed
    # back, so nothing is rescanned: linear in the candidates, not candidates x picks
    heap = [(-c.score, i, 0) for i, c in enumerate(candidates)]
    heapq.heapify(heap)
    while heap and len(taken) < want:
        _, i, picked = heapq.heappop(heap)
        best = candidates[i]
        if per_story[best.story.id] >= cap:
            continue
        if not best.exact:  # its bound came first: put the score itself in its place
            best.score, best.exact = _exact_score(best, lex, subjects), True
            if best.score > 0:
                heapq.heappush(heap, (-best.score, i, 0))
            continue
        if per_story[best.story.id] != picked and penalty != 1.0:
            heapq.heappush(heap, (-adjusted(best), i, per_story[best.story.id]))
            continue
        if not fits(best):
            continue  # checked only here: the pick reaches a few hundred of the candidates
        lead = best.opening
        if not _corpus_backs(best, lead, subjects, shared):
            # one story's subject or one story's words: no line of the corpus's bottom line,
            # though a story's lead may stand alone when nothing else does
            if fallback is None and lead:
                fallback = best
            continue
        grams = best.shingles()
        if any(jaccard(grams, t) >= config.duplicate_threshold for t in taken_shingles):
            continue
        taken.append(best)
        taken_shingles.append(grams)
        per_story[best.story.id] += 1
    if not taken and fallback is not None:
        taken.append(fallback)  # never nothing when a story's lead tells a main event
    # read as a summary: by story, in the order the sentences stand in their story
    order = {s.id: i for i, s in enumerate(stories)}
    first_pick = {}
    for rank, c in enumerate(taken):
        first_pick.setdefault(c.story.id, rank)
    taken.sort(key=lambda c: (first_pick[c.story.id], order[c.story.id], c.start))
    return [_item(c) for c in taken]


DETAIL_QUOTED = 0.2  # the part of a detail line in someone's quoted words that makes it a voice


def _corpus_backs(
    candidate: _Candidate, lead: bool, subjects: Subjects, shared: Callable[[_Candidate], bool]
) -> bool:
    """Does the corpus back the line (always, when it has no dominant subject)? A story's
    opening (``lead``) that names a dominant subject tells a main event of what the corpus
    follows; one that does not is shown only when it is the lead itself and names who acted
    (another story's main event: "a group led by Senator Bob Corker is introducing a new bill
    to impose sanctions on Iran"). A line from inside a story is a detail: it must name a
    dominant subject, open on one and tie two together, in the reporter's words (a detail in
    someone's quoted words, "called the idea ... a “ridiculous proposition”, adding that the
    person who “needs to turn ...”", is a voice) and in words other stories use (a scene is
    told in one story's own)."""
    if not subjects.dominant:
        return True
    if lead:
        if subjects.backs(candidate.support):
            return True  # a story's main event, told in its own news words
        return candidate.lead_proper and _names_someone(candidate)
    if not subjects.backs(candidate.support):
        return False
    if not shared(candidate):
        return False  # a scene or an aside: one story's words
    story, s0, s1 = candidate.story, candidate.start, candidate.end
    quoted = sum(
        min(q.end, s1) - max(q.start, s0)
        for q in story.quotes
        if q.kind in ("direct", "fragment") and q.start < s1 and q.end > s0
    )
    if quoted >= DETAIL_QUOTED * (s1 - s0):
        return False
    return subjects.backs_detail(story, s0, s1, candidate.backers)


def _names_someone(candidate: _Candidate) -> bool:
    """Does the line name a person, an organisation or a body (the analysis's mentions): who
    acted, not only what happened ("Heavy storms flooded three coastal towns")?"""
    story, s0, s1 = candidate.story, candidate.start, candidate.end
    return any(
        s0 <= m0 and m1 <= s1
        for a in story.actors
        if a.kind in ("person", "organisation", "body")
        for m0, m1 in a.mentions
    )


def _item(candidate: _Candidate) -> BlufItem:
    """The summary line of ``candidate``, without the wire dateline that may open it."""
    body, start = candidate.story.body, candidate.start
    dateline = dateline_end(candidate.story, start, candidate.end)  # found by the analysis
    if dateline is not None:
        start = dateline
    start += garbled_opener(body[start : candidate.end])
    bullet = _BULLET.match(body, start, candidate.end)
    if bullet is not None:
        start = bullet.end()  # "- The International Court of Justice ...": a list's dash
    end = candidate.end
    credit = _CREDIT.search(body, start, end)
    if credit is not None:
        end = credit.start()  # "... worried investors. — WSJ's Chelsea Dulaney": a byline
    return BlufItem(body[start:end], candidate.story.id, start, end)


# a newsletter item's credit after its sentence: "— WSJ’s Chelsea Dulaney, Paul Hannon and
# Julie Steinberg"
_CREDIT = re.compile(
    r"(?<=[.!?])\s+[—–-]\s+[A-Z][\w.&]*['’]s\s+[A-Z][\w.'’-]+(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]+)*\s*$"
)


def _candidates(
    stories: list[Story], config: BlufConfig, as_of: date | None = None
) -> tuple[list[_Candidate], Callable[[_Candidate], bool], Counter[str]]:
    """Every sentence that may open the brief, scored, the test a line must pass to be
    shown (run on the lines the pick reaches, best first, not on every sentence) and how many
    stories use each word."""
    doc_freq: Counter[str] = Counter()
    term_freq: Counter[str] = Counter()
    split: list[tuple[Story, list[tuple[int, int, list[str]]]]] = []
    for story in stories:
        sents = []
        for s0, s1 in story_sentences(story):
            toks = content_tokens(story.body[s0:s1])
            sents.append((s0, s1, toks))
        words = {t for _, _, toks in sents for t in toks}
        words.update(content_tokens(story.title))
        doc_freq.update(words)
        term_freq.update(itertools.chain.from_iterable(toks for _, _, toks in sents))
        split.append((story, sents))
    n_stories = max(1, len(stories))
    many = n_stories >= config.max_sentences
    recencies = _recencies(stories, as_of)
    # a corpus that runs for months and has enough stories of its last three months: the
    # situation is what those tell; an older story's line is what was so then, and a later
    # story may have overtaken it (a race "going badly" in April, the nomination won in July)
    current = sum(
        1 for s in stories if s.published is not None and not _stale(s, as_of, ONGOING_DAYS)
    )
    only_current = current >= config.max_sentences
    # words shared by several stories (and by titles) carry the situation
    token_weight = {
        t: (1.0 + 2.0 * doc_freq[t] / n_stories) * math.log1p(term_freq[t]) for t in term_freq
    }
    out: list[_Candidate] = []
    for story, sents in split:
        title_words = set(content_tokens(story.title))
        mention_starts = sorted(s for a in story.actors for s, _ in a.mentions)
        old = _background_sentences(story, story.published.date() if story.published else as_of)
        old |= _unanchored_days(story, as_of)
        old |= _fronted_past(story, story.published.date() if story.published else as_of)
        stale = _stale(story, as_of)
        months_old = _stale(story, as_of, ONGOING_DAYS)
        if months_old and only_current:
            continue
        recency = recencies[story.id]
        # the lead after a deck ("Suspected terror on Bastille Day.", "Says Clinton would
        # stack the court."): a story's first sentence of lead length sums it up too
        first_long = next(
            (i for i, (a, b, _) in enumerate(sents) if _lead_length(story.body[a:b])),
            -1,
        )
        for pos, (s0, s1, toks) in enumerate(sents):
            text = story.body[s0:s1]
            n_words = len(text.split())
            if n_words < config.min_words or n_words > config.max_words or not toks:
                continue
            if text.rstrip().endswith("?") or not _LOWER.search(text):
                continue
            if s0 in old:
                continue
            unique = set(toks)
            weight = sum(map(token_weight.__getitem__, unique)) + len(unique & title_words)
            score = weight / math.sqrt(len(toks) + 4)
            names = bisect.bisect_left(mention_starts, s1) - bisect.bisect_left(mention_starts, s0)
            score *= 1.0 + 0.08 * min(names, 4)
            lead = 1.0 + 0.3 / (1 + pos)  # weak lead prior
            if many and (pos == 0 or pos == first_long):
                lead *= config.lead_weight
            # the name, issue and style factors (1.05, 1.1 and 1.0 at most) are costly and
            # most candidates are never reached: the pick starts from this bound, computed as
            # the score is (by the same steps, so rounding keeps it no lower) with the three at
            # their most, and puts the score itself in place when it reaches the bound
            bound = score * 1.05 * 1.1 * lead * (1.0 * recency)
            if bound <= 0:
                continue
            cand = _Candidate(story, s0, s1, bound, stale, months_old, score, lead, recency, False)
            # the lead and the sentence after it tell the story's main event
            cand.opening = pos <= max(first_long, 0) + 1
            cand.lead_proper = pos == first_long
            out.append(cand)

    def fits(candidate: _Candidate) -> bool:
        return _reads_as_situation(candidate, doc_freq, n_stories)

    return out, fits, doc_freq


def _exact_score(candidate: _Candidate, lex: QuestionsLexicon, subjects: Subjects) -> float:
    """The candidate's score: its base times the name, issue, lead, style, recency and subject
    factors (the last at most 1: the bound leaves it out)."""
    story, s0, s1 = candidate.story, candidate.start, candidate.end
    candidate.support, candidate.backers = subjects.support(story, s0, s1)
    text = story.body[s0:s1]
    score = candidate.base
    if any(a.name in text for a in story.actors if a.kind in ("person", "country", "body")):
        score *= 1.05
    if lex.names_issue(text):
        score *= 1.1
    score *= candidate.lead
    score *= _style_factor(story, s0, s1, text) * candidate.recency
    return score * subjects.rank_factor(candidate.support)


def _reads_as_situation(candidate: _Candidate, doc_freq: Counter[str], n_stories: int) -> bool:
    """Can the line be shown: it reads without its story and tells the situation, not a
    market move, a guess, an event told before, a statistic or a stale "recent"?"""
    story, s0, s1 = candidate.story, candidate.start, candidate.end
    if is_opinion(story):
        return False  # a column's or an editorial's own claims are not the situation
    dateline = dateline_end(story, s0, s1)  # found by the analysis
    shown = story.body[s0 if dateline is None else dateline : s1]
    if not reads_alone(shown[garbled_opener(shown) :]):
        return False
    if bare_surname_only(story, s1 - len(shown), s1) or _SURNAME_KIN.search(shown):
        return False  # "Opposition party chiefs questioned Ishiba, ...": who, and where?
    if _own_voice(story, shown, s1 - len(shown)):
        return False  # "In addition to myself, ...", "If you are operating a local business"
    if _unnamed_person(story, shown, s1 - len(shown)):
        return False  # "With his campaign buffeted ..., 721 delegates ...": whose?
    if _outside_quotes(story, _HERE, shown, s1 - len(shown)):
        return False  # "the Republican National Convention here": where the dateline was
    if _CONTINUES.match(shown) or _ANSWERS_BEFORE.search(shown):
        return False  # "But Hillary Clinton's paid speeches ...", "... did the same"
    if _OPEN_QUOTE.match(shown):
        return False  # a quotation for an opening: a voice, not the situation
    if _NO_NEWS.search(shown):
        return False  # "X did not respond to requests for comment", "was expected to win"
    if _DEFINITION.match(shown):
        return False  # "The Office for Budget Responsibility (OBR) monitors ...": a definition
    if verdict(shown):
        return False  # "The most telling promise X has made is that ...": the writer's reading
    if _set_up(story, s1):
        return False  # "... Gary Johnson told a joke. He was the punch line.": a set-up
    if _MARKET_MOVE.match(shown):
        return False  # a day's share price move is a market reading, not the situation
    if speculation(shown) or _undefined_event(shown, doc_freq, n_stories):
        return False
    if _FROM_DATA.search(shown):
        return False  # a figure read from data or a poll is a statistic, not the situation
    if quantity_without_figure(shown):
        return False  # "The number of people The Washington Post reported ...": figure cut
    if soundbite(shown) or claimed_existence(shown) or _SCARE_QUOTE.search(shown):
        return False  # a quotation for a line, "There is concern ..., X said", "what X calls"
    if _TOLD_AFTER.search(shown):
        return False  # "Minutes later, ...", "at the time", "close to that": told after a line
    if _open_quotation(shown):
        return False  # 'writing: "Another horrific attack, ...': the quotation runs on
    if _ASKED.search(shown):
        return False  # "a student asked Obama what he thought of ...": a question, an anecdote
    if alleged(shown) or _PAST_FRAME.match(shown):
        return False  # a claim heard in court told as fact; a remark of a period gone by
    if candidate.stale and _RECENT.search(shown):
        return False  # "during a recent debate", "the latest proceedings" of an old story
    # "The court is deliberating ..." months ago: it may be over by now
    return not (candidate.months_old and _GOING_ON.search(shown))


# an opening phrase asking "how"/"what"/"why" with no verb in it before the comma: the
# sentence is garbled ("Offering a glimpse at how China and Russia's position on the talks, ...")
_WH_OPENER = re.compile(r"^[A-Z][a-z]+ing\b[^,]*?\b(?:how|what|why|whether)\b(?P<clause>[^,]*),")
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|do|did"
    r"|stands?|stood|[a-z]{3,}ed)\b"
)


# a subject that brings in its own abbreviation, then a present: the line says what a body
# is or does in general ("The Office for Budget Responsibility (OBR) monitors the UK
# government's spending plans"), not what is happening
_DEFINITION = re.compile(
    r"^\W*(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on|de)\s+)?){1,8}"
    r"\([A-Z][A-Za-z]{1,9}\)\s+(?:[a-z]+ly\s+)?(?:is|are|(?!has\b|was\b)[a-z]{2,}[^s\W]?s)\b"
)


# a pseudo-cleft that ranks or singles out ("The most telling promise Mrs. Clinton has made in
# clinching the nomination is that she will not overpromise", "The real question is whether
# ...", "The biggest risk for the party was how ..."): the writer's reading of the news, not
# the news; a speaker's ("..., the minister said") is a view the positions may show
_VERDICT = re.compile(
    r"^\W*The\s+(?:single\s+)?(?:most|least|real|only|main|chief|key|central|true|bigger"
    r"|biggest|greatest|largest|best|worst|hardest|toughest|clearest|strongest|simplest"
    r"|surest|starkest|sharpest|likeliest|safest|easiest|deepest)"
    r"\s+(?:[\w'’.,-]+\s+){1,14}?(?:is|was)\s+(?:that|whether|how|why|what)\b"
)
_ATTRIBUTED_LINE = re.compile(rf"\b(?:{speech_alternation('indirect')}|according\s+to)\b")


def verdict(text: str) -> bool:
    """Is ``text`` the writer's verdict told as a pseudo-cleft ("The most telling promise ... is
    that she will not overpromise"), with no speaker it is attributed to?"""
    return _VERDICT.match(text) is not None and _ATTRIBUTED_LINE.search(text) is None


# a short sentence right after the line, in its paragraph, that says who the person was in
# it ("He was the punch line.", "She was the target."): the line was the set-up of an
# anecdote, and alone it misleads; a fact ("He denies the charges.") is no such turn
_TURN = re.compile(r"\s*(?:He|She)\s+(?:was|is)\s+(?:the|a|an)\s+(?:\S+\s+){0,2}\S+[.!]\s*$")


def _set_up(story: Story, end: int) -> bool:
    """Is the sentence ending at ``end`` followed, in its paragraph, by a short turn that says
    who its person was in it ("He was the punch line.")?"""
    body = story.body
    for s0, s1 in story_sentences(story):
        if s0 >= end:
            gap = body[end:s0]
            return "\n" not in gap and _TURN.fullmatch(body, s0, s1) is not None
    return False


# a line that answers the sentence before it: an opening connective of contrast or addition
# ("But ...", "And if ...", "Still, ...", "However, the prime minister also said"), or a
# quantifier standing for people named before ("Both have now changed", "Many of them say")
_CONTINUES = re.compile(
    r"^\W*(?:(?:But|And|Yet|Still|However|Also|Meanwhile|Moreover|Furthermore|Besides"
    r"|Otherwise|Then|So(?!\s+far\b))\b(?![’'-])"
    r"|(?:Both|Neither|Either|Each|All|Many|Some|Most|Few|Several|Others)\s+(?:of\s+"
    r"(?:them|these|those|us)\b|have|has|had|are|were|is|was|will|would|say|said|can|could)\b)"
)


# a reply told in the past ("responded", "replied", "retorted": speech.toml's replying verbs)
_REPLIED = "|".join(form for form in speech_forms("replying") if form.endswith("ed"))
# words that stand for what the story told before: "some politicians did the same", "Clinton's
# spokesman responded on Twitter" (to what?), "The two candidates are tied in Georgia" (which?),
# "those rules seemingly did not apply to her" (which rules?)
_ANSWERS_BEFORE = re.compile(
    r"\b(?:did|do|does|done|doing)\s+(?:the\s+same|likewise|so\s+too)\b|\bfollowed\s+suit\b"
    rf"|\b(?:{_REPLIED}|fired\s+back|hit\s+back|shot\s+back)\b(?!\s+(?:to|by)\b)"
    r"|^\W*(?:The|These|Those)\s+(?:two|three|four|five|both)\s+[a-z]+s\b"
    r"|\b(?:these|those)\s+[a-z]{3,}s\b(?!\s+(?:who|which|that|of|in|for|on|with|from|by|at)\b)"
)
# a line that tells no development: a silence ("did not respond to requests for comment",
# "could not be reached") or what was expected then ("Clinton was expected to capture ...": what
# happened since, the line does not say; "is expected to inject $200 million": a forecast)
_NO_NEWS = re.compile(
    r"\b(?:(?:did|does|do)\s+not|didn['’]t)\s+(?:immediately\s+)?(?:respond|reply)\s+to\s+"
    r"(?:[\w'’-]+\s+){0,3}?requests?\s+for\s+comment|\bcould\s+not\s+be\s+reached\b"
    r"|\b(?:is|are|was|were)\s+(?:widely\s+|largely\s+)?(?:expected|projected|forecast|predicted)"
    r"\s+to\b"
)


# the writer's own "I" or the reader addressed, outside any quotation: a column's or a blog's
# voice, not the situation ("In addition to myself, the meeting was attended by ...")
_WRITER_OR_READER = re.compile(r"\b(?:I|me|my|myself|[Yy]ou|[Yy]our|[Yy]ourself)\b")


def _own_voice(story: Story, text: str, offset: int) -> bool:
    """Does ``text`` (at ``offset`` in the body) say "I" or "you" outside any quotation?"""
    return _outside_quotes(story, _WRITER_OR_READER, text, offset)


def _outside_quotes(story: Story, pattern: re.Pattern[str], text: str, offset: int) -> bool:
    """Does ``pattern`` match ``text`` (at ``offset`` in the body) outside any quotation?"""
    for found in pattern.finditer(text):
        at = offset + found.start()
        if not any(q.start <= at < q.end for q in story.quotes):
            return True
    return False


# "here" in a story's own words is the place of its dateline, which the line does not show
_HERE = re.compile(r"\bhere\b")
# a person told by pronoun only: "he", "his", "her" (the line names no one it could stand for)
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er|[Hh]imself|[Hh]erself)\b")


def _unnamed_person(story: Story, text: str, offset: int) -> bool:
    """Does ``text`` (at ``offset`` in the body) speak of "he"/"his"/"her" outside quotations
    while naming no person (the analysis's mentions): "With his campaign buffeted by criticism,
    721 delegates cast their votes ...", "While the president has said he opposes ..., his
    administration carves out exceptions" (which president, whose administration)?"""
    end = offset + len(text)
    if any(
        offset <= m0 and m1 <= end
        for actor in story.actors
        if actor.kind == "person"
        for m0, m1 in actor.mentions
    ):
        return False
    return _outside_quotes(story, _PERSON_PRONOUN, text, offset)


def reads_alone(text: str) -> bool:
    """Can a summary line be read without its story: no subject that points back to it (a
    pronoun, "The firm", "Mr Kennedy's tour comes as he ...") and no garbled opening phrase."""
    return not leans_on_story(text) and garbled_opener(text) == 0


def bare_surname_only(story: Story, s0: int, s1: int) -> bool:
    """Does the line ``story.body[s0:s1]`` name its people by bare surname only ("Opposition
    party chiefs questioned Ishiba, who is also the president of the LDP, ..."), with no given
    name, no title and no country to say who they are? The story's actors tell (the analysis
    found them; a titled mention, "Prime Minister Shigeru Ishiba", "Mr Ishiba", spans its
    title): out of its story such a line does not say who is meant, nor where."""
    bare = False
    for actor in story.actors:
        if actor.kind not in ("person", "country"):
            continue
        for m0, m1 in actor.mentions:
            if m0 < s0 or m1 > s1:
                continue
            if actor.kind == "country":
                return False  # "Japan's Ishiba", "the Japanese leader Ishiba": where it is
            if " " in story.body[m0:m1].strip():
                return False  # a full name or a title names the person
            bare = True
    if not bare:
        return False
    # another person the analysis did not list, named in full ("Yoshihiko Noda of the CDPJ
    # said Ishiba ..."): a name made of capitalised words outside any organisation named
    bodies = [
        (m0, m1)
        for actor in story.actors
        if actor.kind not in ("person", "country")
        for m0, m1 in actor.mentions
        if s0 <= m0 < s1
    ]
    for name in _FULL_NAME.finditer(story.body, s0, s1):
        if _THING_NAME.search(name.group()) or _NUMBERED.match(story.body, name.end()):
            continue  # "House Bill 1523", "the Supreme Court": a thing's name, not a person's
        if not any(m0 <= name.start() < m1 for m0, m1 in bodies):
            return False
    return True


# a relative named through a bare surname: "including Sanders' son" (which Sanders?)
_SURNAME_KIN = re.compile(
    r"(?<![A-Z][\w.]\s)(?<![A-Z][\w.]{2}\s)(?<![A-Z][\w.]{3}\s)(?<![A-Z][\w.]{4}\s)"
    r"(?<![A-Z][\w.]{5}\s)(?<![A-Z][\w.]{6}\s)(?<![A-Z][\w.]{7}\s)(?<![A-Z][\w.]{8}\s)(?<!the\s)"
    r"\b[A-Z][a-z]+['’]s?\s+(?:son|daughter|wife|husband|mother|father|brother|sister|widow"
    r"|parents|children|family)\b"
)
_FULL_NAME = re.compile(r"\b[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\b")
# the head noun of an institution's, a law's or a place's name
_THING_NAME = re.compile(
    r"\s(?:Court|Bill|Act|Law|House|Senate|Congress|Party|Committee|Department|Ministry"
    r"|Council|Commission|Agency|Office|Board|Union|Amendment|Street|Square|Hall|Center"
    r"|Centre|University|College|Church|Hospital|Airport|Club|Group|Bank|Fund)(?:['’]s)?$"
)
_NUMBERED = re.compile(r"\s+\d")


def garbled_opener(text: str) -> int:
    """Where the line's main clause starts when an opening phrase asks "how"/"what" with no
    verb ("Offering a glimpse at how China and Russia's position on the talks, Putin has
    said ..."): the line is shown from its subject. 0 when the opening is sound."""
    wh = _WH_OPENER.match(text)
    if wh is None or _FINITE.search(wh.group("clause")) is not None:
        return 0
    rest = wh.end()
    while rest < len(text) and text[rest] == " ":
        rest += 1
    return rest if text[rest : rest + 1].isupper() else 0


def _background_sentences(story: Story, as_of: date | None) -> set[int]:
    """Starts of the sentences whose every date up to ``as_of`` (the story's date, or the
    brief's for an undated story) lies more than two years before it: they tell history ("the
    targets set out at the Lisbon summit in 2000 were meant to ... by 2010")."""
    if as_of is None:
        return set()
    limit = as_of - timedelta(days=730)
    old: dict[int, bool] = {}
    for m in story_dates(story):
        if m.end_date is None or m.start_date is None or m.start_date > as_of:
            continue  # a target ahead ("by 2010") does not make history current
        before = m.end_date < limit
        old[m.sent_start] = old.get(m.sent_start, True) and before
    return {s for s, is_old in old.items() if is_old}


# a claim told as fact with its source at the end: the line reads "Yukos lied to a US court
# ..., the court has heard" (a hearing's testimony, an allegation); a named speaker's "has
# claimed" stays (a stance with its holder)
_HEARING = r"court|jury|tribunal|inquiry|inquest|trial|hearing|judge|magistrates?"
_ACCUSER = (
    r"prosecutors?|(?:the\s+)?prosecution|(?:the\s+)?indictment|(?:the\s+)?charge\s+sheet|"
    r"(?:the\s+)?(?:law)?suit|(?:the\s+)?complaint|(?:court|legal)\s+(?:papers|documents|"
    r"filings)|plaintiffs?|claimants?"
)
_ALLEGED = re.compile(
    rf",\s+(?:[^,]{{0,60}}?\b)?(?:{_HEARING})\s+(?:has\s+|had\s+|was\s+|were\s+|have\s+)?"
    r"(?:heard|been\s+told|told)\W*$"
    rf"|,\s+(?:the\s+|US\s+|federal\s+|state\s+)?(?:{_ACCUSER})\s+(?:[a-z]+\s+)?"
    rf"(?:{speech_alternation('attributed_view')}|alleged?s?|charged?s?)\W*$"
    rf"|\baccording\s+to\s+(?:the\s+|US\s+|federal\s+|state\s+)?(?:{_ACCUSER})\b"
    r"|\b(?:[Ii]t\s+(?:is|was|has\s+been)\s+alleged|allegedly)\b"
    rf"|^\W*(?:The\s+|A\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{_HEARING})\s+(?:has\s+|had\s+)?"
    r"(?:heard|was\s+told|has\s+been\s+told|were\s+told)\b"
)


def alleged(text: str) -> bool:
    """Is the line a claim a hearing or an accuser makes, told as fact: "Yukos lied to a US
    court ..., the court has heard", "..., prosecutors say", "according to the indictment",
    "allegedly"? A bottom line states what is so; an allegation's line is not one."""
    return _ALLEGED.search(text) is not None


# a line framed in a period before its story's days: "During the LDP presidential campaign,
# Ishiba said ..." (a remark of a finished campaign), "When he was foreign minister, ...",
# "Years ago, ...": background, not the bottom line
_PAST_FRAME = re.compile(
    r"^\W*(?:(?:During|Throughout|Over)\s+(?:the|his|her|their|its|[A-Z][\w.'’-]*(?:['’]s)?)\s+"
    r"(?:[\w.'’-]+\s+){0,4}?(?:campaign|race|contest|tenure|presidency|premiership|term|"
    r"administration|years|era|time\s+as)\b[^,]*,"
    r"|When\s+(?:he|she|they|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:was|were)\s+(?:still\s+)?"
    r"(?:an?\s+|the\s+|[A-Z][\w'’-]*\s+)*(?:[\w'’-]+\s+){0,2}?(?:minister|president|governor|"
    r"senator|mayor|leader|candidate|chancellor|secretary|ambassador|chief|head|premier)s?\b[^,]*,"
    r"|(?:Years|Decades|Months)\s+(?:ago|earlier|before)\b"
    r"|Back\s+in\b|In\s+the\s+past\b|Previously\b|Formerly\b)"
)


# what may stand before a date that opens its sentence: "In 2019, ...", "Back in March, ..."
_DATE_OPENS = re.compile(r"\W*(?:(?:Back\s+|Earlier\s+|Early\s+|Late\s+)?(?:[Ii]n|[Oo]n)\s+)?")
FRONTED_PAST_DAYS = 30  # a period opening the line that ended this long before its story


def _fronted_past(story: Story, day: date | None) -> set[int]:
    """Starts of the sentences that open on a date (the analysis's) ending more than
    FRONTED_PAST_DAYS before ``day`` (the story's date, else the brief's): "Last year, ...",
    "In 2019, the minister said ..." frame the line in a period gone by (background)."""
    if day is None:
        return set()
    limit = day - timedelta(days=FRONTED_PAST_DAYS)
    return {
        m.sent_start
        for m in story_dates(story)
        if m.end_date is not None
        and m.end_date < limit
        and _DATE_OPENS.fullmatch(story.body, m.sent_start, m.start) is not None
    }


# a line that wonders rather than tells: "Whether American oil companies will agree ...
# remains unclear", "It is not clear if ...", "... remains to be seen"
_WONDERS = re.compile(
    r"^\W*Whether\b|\b(?:remains?|remained|is|was|are|were)\s+(?:still\s+|far\s+from\s+)?"
    r"(?:unclear|uncertain|not\s+(?:yet\s+)?clear|to\s+be\s+seen|an\s+open\s+question)\b"
)
# a line told under a condition: "Even if the party wins a wave election, there won't be
# enough votes ...": what would follow, not what is so
_CONDITIONAL = re.compile(r"\W*(?:Even\s+if|If|Unless|Should\s+(?:the|a|an|[A-Z]))\b")
# a modal of possibility ("may" in lower case: "May" is a month), and the verbs that put it in
# someone's mouth ("could" said by a minister is a stance; the reporter's "could" is a guess)
_MODAL = re.compile(r"\b(?:may|might|could)\b")
_ATTRIBUTED = re.compile(rf"\b(?:{speech_alternation('attributed_view')})\b")


def speculation(text: str) -> bool:
    """Does the line wonder or guess rather than tell what happened or who stands where: an
    open "whether", "remains unclear", or a "may"/"might"/"could" nobody is reported to say
    ("the costs ... may not represent an attractive business case")?"""
    if _WONDERS.search(text) or _CONDITIONAL.match(text):
        return True
    return _MODAL.search(text) is not None and _ATTRIBUTED.search(text) is None


# events and measures a definite noun phrase may point back to: "a meeting on the strike",
# "the operation", "the move"; a complement ("the strike on Kyiv", "the attack that killed")
# or an earlier "a strike" in the line tells which one
_EVENT_HEADS = (
    "strike|strikes|attack|attacks|operation|operations|raid|raids|incident|incidents|offensive|"
    "assault|bombing|blast|explosion|crash|shooting|killing|killings|clash|clashes|incursion|"
    "invasion|move|deal|crisis|dispute|row|scandal|affair|proceedings|gathering|comments|"
    "remarks|parade|parades|rally|rallies|ceremony|celebration|vigil"
)
_DEFINITE_EVENT = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|that|[Tt]hese|[Tt]hose)\s+(?:[\w’'-]+\s+){{0,2}}?(?P<head>{_EVENT_HEADS})"
    r"(?![\w’'-])(?!\s+(?:of|on|in|against|by|at|near|over|between|with|that|which|who|to|"
    r"into|from|for|where|when|[a-z]+ed\s+by)\b)"
)


# an act or document given by its owner alone: "Trump said in his proclamation that ...",
# "in its statement": which one, the line does not say
_POSSESSED_ACT = re.compile(
    r"\b(?:his|her|their|its)\s+(?:[\w’'-]+\s+)?(?P<head>proclamation|decree|order|"
    r"statement|announcement|remarks|speech|letter|decision|ruling)"
    r"(?![\w’'-])(?!\s+(?:of|on|to|for|against|over|about|in|at)\b)"
)


def _undefined_event(text: str, doc_freq: Counter[str], n_stories: int) -> bool:
    """Does the line name an event as one told before ("At a U.N. Security Council emergency
    meeting on the strike, ..."): a definite noun phrase with no complement, whose noun the
    line does not bring in before and that most stories do not share (in a corpus about one
    summit, "the summit" is known)?"""
    for found in _DEFINITE_EVENT.finditer(text):
        head = found.group("head")
        if re.search(
            rf"\b(?:a|an|another)\s+(?:[\w’'-]+\s+){{0,3}}?{head}\b", text[: found.start()]
        ):
            continue  # "a strike on Kyiv ... the strike"
        if _corpus_knows(head, doc_freq, n_stories):
            continue  # the corpus is about it
        return True
    if _USED_REMARKS.search(text):
        return True  # "used the comments to urge ...": whose comments, on what?
    return any(
        not _corpus_knows(found.group("head"), doc_freq, n_stories)
        for found in _POSSESSED_ACT.finditer(text)
    )


# remarks put to a purpose ("used the comments to urge people to vote"), not remarks made to
# someone ("the remarks to reporters"): remarks the story told before
_USED_REMARKS = re.compile(
    r"\b(?:the|these|those)\s+(?:comments|remarks|words)\s+to\s+"
    r"(?!(?:the|a|an|reporters|journalists|supporters|members|delegates)\b)[a-z]+\b"
)


def _corpus_knows(head: str, doc_freq: Counter[str], n_stories: int) -> bool:
    """Whether most stories share the event noun ``head`` (a corpus about one summit knows
    "the summit")."""
    key = content_tokens(head)
    return bool(key) and doc_freq[key[0]] * 2 > n_stories


# a figure sourced to data: "... had a surplus of US $6.9 billion in 2024, according to U.S.
# Census Bureau data", "official figures showed"
_FROM_DATA = re.compile(
    r"\baccording\s+to\s+(?:[\w.&’'-]+\s+){0,6}?(?:data|figures|statistics|estimates|polls?"
    r"|surveys?)\b"
    r"|\b(?:data|figures|statistics)\s+(?:show|showed|shows|released|published|suggest"
    r"|suggested)\b"
    # a poll's reading: "a new national poll shows X with his largest lead" (a snapshot a later
    # poll overtakes)
    r"|\b(?:polls?|surveys?)\s+(?:(?:released|published|conducted)\s+[^,.;]{0,40}?\s+)?"
    r"(?:show|shows|showed|shown|find|finds|found|suggest|suggests|suggested|puts?|gives?|gave)\b"
)


# a line that ends on a quotation making up much of it ("..., X told Y, “Hillary's slogan might
# as well be ...”"): the speaker's words are a key quote, not the situation
_ENDS_ON_QUOTE = re.compile(r"[,:]\s*[“\"](?P<words>[^“”\"]{20,})[”\"]\W*$")
QUOTE_SHARE = 0.25  # the share of the line the closing quotation reaches for it to be a quote


def soundbite(text: str) -> bool:
    """Does the line end on a quotation introduced by its speaker ("told the host, “...”") that
    makes up much of the line?"""
    found = _ENDS_ON_QUOTE.search(text)
    return found is not None and len(found.group("words")) >= QUOTE_SHARE * len(text)


# "There is serious concern about voter fraud ..., X stated": a speaker's claim that something
# exists, told in the reporter's words as if it did
_CLAIMED_EXISTENCE = re.compile(
    r"^\W*There\s+(?:is|are|was|were|has\s+been|have\s+been)\b[^\"“”]*,\s+"
    r"(?:[^,]{0,80}?\s)?(?:"
    + speech_alternation("in_line", hearer=r"\s+[^,]{1,60}")
    + "|"
    + speech_alternation("reported_words")
    + r")\W*$"
)


def claimed_existence(text: str) -> bool:
    """Is the line a claim that something exists ("There is serious concern ...") with its
    speaker only at its end?"""
    return _CLAIMED_EXISTENCE.search(text) is not None


# the reporter's distance from a name someone gives ("abortion - what her abortion business
# calls “comprehensive reproductive healthcare” -"): the line takes a side
_SCARE_QUOTE = re.compile(
    r"\bwhat\s+(?:[\w’'-]+\s+){1,4}?(?:"
    + speech_alternation("fragment_verbs")
    + r"|call|calls|term|terms|termed)\s+(?:an?\s+|the\s+)?[“\"‘]"
)


# a line that points back to what its story told before it: a time counted from an earlier
# event ("Minutes later, the campaign issued ...", "With Clinton serving as secretary of State
# at the time, ..."), or a demonstrative for an earlier act ("has done anything close to that,")
_TOLD_AFTER = re.compile(
    r"^\W*(?:(?:Minutes|Hours|Moments|Days|Weeks|Months|Shortly|Soon)\s+(?:later|after(?:wards?)?)"
    r"|Later|Afterwards?)\b"
    r"|\bat\s+the\s+time\b"
    r"|\b(?:to|like|than|about|with|from)\s+(?:that|this)\s*[,.;:]"
)


def _open_quotation(text: str) -> bool:
    """Does ``text`` open a quotation it does not close (the sentence ends inside it, and the
    line would show a quotation cut short)?"""
    if text.count("“") > text.count("”"):
        return True
    return text.count('"') % 2 == 1


# a question put to someone, told as the line's event ("a voter asked the senator what he
# thought of ...", "reporters asked her whether"): an exchange, not the situation
_ASKED = re.compile(r"\basked\s+(?:[\w.'’-]+\s+){1,3}?(?:what|whether|if|how|why|who|when)\b")


# a line whose subject is a share price or an index moving ("Shares in UK banking group
# Barclays have risen on Monday following a weekend press report ...", "Tokyo stocks fell")
_MARKET_MOVE = re.compile(
    r"^\W*(?:(?:The\s+)?(?:[Ss]hares?|[Ss]tocks?|[Ss]hare\s+prices?)\s+(?:in|of)\b"
    r"|(?:[A-Z][\w&.'’-]*\s+){1,4}(?:shares|stocks|share\s+prices?)\s+"
    r"(?:have\s+|has\s+|had\s+)?(?:rose|risen|rise|fell|fallen|jumped|slumped|climbed|dropped"
    r"|gained|slid|surged|soared|tumbled|plunged|edged)\b)"
)


def _unanchored_days(story: Story, as_of: date | None) -> set[int]:
    """Starts of the sentences that name a day or week relative to their story ("won a vote
    in the Senate on Tuesday", "last week") when the story is undated or more than a week
    older than the brief: the line would read as news of the brief's own week."""
    if as_of is None:
        return set()  # no date to tell this week from another: every line is alike
    published = story.published.date() if story.published is not None else None
    if published is not None and (as_of - published).days <= RECENT_DAYS:
        return set()
    return {
        m.sent_start
        for m in story_dates(story)
        if m.relative and m.precision in ("day", "week") and not m.inferred
    }


# words that date a line from its story's day: out of an old story they read as this week's
_RECENT = re.compile(r"\b(?:[Rr]ecent(?:ly)?|[Ll]atest)\b")


# something told as going on at the story's time: "is deliberating", "are still negotiating"
_GOING_ON = re.compile(
    r"\b(?:is|are|remains?|continues?\s+to\s+be)\s+(?:still\s+|now\s+|currently\s+)?"
    r"(?!being\b|going\s+to\b)[a-z]{2,}ing\b"
)
LEAD_WORDS = 15  # a deck or a standfirst is shorter; a news lead is longer
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s*$")


def _lead_length(text: str) -> bool:
    """Is ``text`` a lead: a sentence of a lead's length that ends as a sentence does (a
    standfirst often has no full stop: "A UK agency has advised schools to avoid ...")?"""
    return len(text.split()) >= LEAD_WORDS and _ENDS_SENTENCE.search(text) is not None


def _recencies(stories: list[Story], as_of: date | None) -> dict[str, float]:
    """Weight of each story by its age at the brief's date: the situation is what the recent
    stories tell (a month old weighs fully, two years old a fifth). An undated story, of
    unknown age, weighs as the median dated one (fully when none is dated)."""
    out: dict[str, float] = {}
    for story in stories:
        if story.published is not None and as_of is not None:
            age = (as_of - story.published.date()).days
            out[story.id] = 1.0 / (1.0 + max(0, age - 30) / 180)
    known = sorted(out.values())
    typical = known[len(known) // 2] if known else 1.0
    for story in stories:
        out.setdefault(story.id, typical)
    return out


def _style_factor(story: Story, s0: int, s1: int, text: str) -> float:
    """Penalties for sentences that do not read well on their own."""
    factor = 1.0
    inside = sum(
        min(q.end, s1) - max(q.start, s0)
        for q in story.quotes
        if q.kind in ("direct", "fragment") and q.start < s1 and q.end > s0
    )
    if inside > 0.6 * (s1 - s0) or _OPEN_QUOTE.match(text):
        factor *= 0.35  # quotation only: a voice, not the situation
    elif _FIRST_PERSON.search(text) and not any(q.start < s1 and q.end > s0 for q in story.quotes):
        factor *= 0.6
    if _PRONOUN_START.match(text) or _LOWER_START.match(text):
        factor *= 0.6  # depends on the sentence before it
    if text.count("“") + text.count('"') >= 4:
        factor *= 0.8
    return factor


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Bottom line up front section."""
    register(BlufSection())
