"""Is a question still open at the brief's date?

A question is open as of the brief's date, not as of the story that raised it. Two rules, for
corpora that run for months (``currency.py``):

- moved on: every story backing the question is older than the corpus's current window
  (``ONGOING_DAYS``), and a story of that window covers the same matter (its subject and most
  of what is asked: "Will Sanders accept that Clinton will be the nominee?" from June, when an
  August story tells of Sanders and the nominee) without asking it again: the matter went on
  and the old question is the old story's, not the brief's.
- settled: the question is bound to an event held before the brief: an occasion (a debate, a
  primary, a meeting) its story, a week or more older than the brief, previews ("tonight's
  debate" in the title of a story of February), or an event (also a vote) its sentence dates
  ahead of the story and before the brief (the vote "on 3 March" when the brief is of August).
  A vote its story only previews is left: a failed vote leaves its matter open.
"""

from __future__ import annotations

import re
from datetime import date

from briefgen.analysis.date_resolution import DateMention
from briefgen.model import Story
from briefgen.sections.currency import ONGOING_DAYS, RECENT_DAYS, current_stories, stale
from briefgen.sections.evidence import content_tokens

# an occasion a story can preview: once held, what it asked of its people is moot ("has to
# remind voters" in a debate preview); a vote is left out, as a failed vote leaves its matter open
_OCCASION = (
    r"(?:debates?|town\s+halls?|primary|primaries|caucus(?:es)?|convention|summit|meetings?"
    r"|hearings?|showdown)"
)
# an event a sentence can date: a question it bounds is settled once the date has passed
_EVENT = rf"(?:{_OCCASION}|votes?|referendum|elections?|ballot)"
# "tonight's debate", "tomorrow's meeting", "the debate tonight": an occasion still ahead on
# the story's day ("during the Saturday debate" tells where something was said, not what waits)
_AHEAD = (
    r"(?:tonight|today|tomorrow|this\s+(?:morning|afternoon|evening|week|weekend)"
    r"|next\s+week|upcoming|coming)"
)
_STORY_EVENT = re.compile(
    rf"\b{_AHEAD}(?:['’]s)?\s+(?:[\w.-]+\s+){{0,2}}?{_OCCASION}\b|\b{_OCCASION}\s+{_AHEAD}\b",
    re.IGNORECASE,
)
_EVENT_WORD = re.compile(rf"\b{_EVENT}\b", re.IGNORECASE)
# words of the question's frame, not of its matter
_FRAME = frozenset(["will", "would", "can", "could", "revived", "terms", "stalled"])
COVERED = 0.6  # share of the matter's words a later story must hold with the subject


class LaterCoverage:
    """The words of the corpus's current window, per story, read once and only when asked."""

    def __init__(self, stories: list[Story], as_of: date | None) -> None:
        self._stories = current_stories(stories, as_of)
        self._words: dict[str, frozenset[str]] | None = None
        self.spans_months = bool(self._stories) and any(
            stale(s, as_of, ONGOING_DAYS) for s in stories
        )

    def covers(self, subject: list[str], matter: list[str], skip: set[str]) -> bool:
        """Does one current story (not in ``skip``) hold every subject word and at least
        ``COVERED`` of the matter's words?"""
        if self._words is None:
            self._words = {
                s.id: frozenset(content_tokens(s.title + " " + s.body)) for s in self._stories
            }
        need = max(1, round(COVERED * len(matter)))
        for sid, words in self._words.items():
            if sid in skip or not all(w in words for w in subject):
                continue
            if sum(w in words for w in matter) >= need:
                return True
        return False


def moved_on(
    question: str,
    subject: str | None,
    backing: list[Story],
    as_of: date | None,
    later: LaterCoverage,
) -> bool:
    """Is every backing story older than the current window while a current story covers the
    question's subject and matter (see the module docstring)?"""
    if as_of is None or not later.spans_months or not backing:
        return False
    if any(s.published is None or not stale(s, as_of, ONGOING_DAYS) for s in backing):
        return False
    subject_words = content_tokens(subject or "")
    if not subject_words:
        return False  # no one named to follow into later stories
    asked = [w for w in content_tokens(question) if w not in _FRAME]
    matter = [w for w in dict.fromkeys(asked) if w not in subject_words]
    if len(matter) < 2:
        return False
    return later.covers(subject_words, matter, {s.id for s in backing})


def settled_event(
    story: Story, s0: int, s1: int, dates: list[DateMention], as_of: date | None
) -> bool:
    """Is the question from ``story.body[s0:s1]`` bound to an event that took place before the
    brief: its story, older than ``RECENT_DAYS``, previews an event then ahead ("5 things to
    watch in tonight's debate"), or the sentence names an event on a date then ahead and past
    at the brief's date?"""
    if as_of is None or story.published is None or not stale(story, as_of, RECENT_DAYS):
        return False
    if _STORY_EVENT.search(story.title) or _STORY_EVENT.search(story.body, s0, s1):
        return True
    if not _EVENT_WORD.search(story.body, s0, s1):
        return False
    return any(
        s0 <= m.start < s1
        and m.relation == "future"
        and m.end_date is not None
        and m.end_date < as_of
        for m in dates
    )
