"""Which issue a statement is about.

A statement's issue is read from its own clause (what was said or stated) only, with the
terms of ``briefgen/data/issues.toml`` (:mod:`briefgen.analysis.issues`), else the fallback
issue its words name, else "other"; the same windows recur within a story, so one
:class:`IssueMemo` per story remembers them. A restatement ("In other words, Washington
better rethink its insistence ...") extends the stance before it and takes the issue of the
stance it refers to (:func:`restatements`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from briefgen.analysis.holders import Holder
from briefgen.analysis.issues import classify_issue, definite_war_issue, fallback_issue
from briefgen.analysis.stance_lexicon import cues
from briefgen.model import AGAINST, Statement, Story

ISSUE_WINDOW = 2000  # characters read to classify a statement's issue (a sentence rarely has more)
ISSUE_MEMO = 64  # issue texts remembered within one story


class IssueMemo:
    """The issues of the texts met in one story (bounded: repeats come from the same or the
    next statement)."""

    def __init__(self) -> None:
        self.known: dict[str, str | None] = {}

    def classify(self, text: str) -> str | None:
        """The issue ``text`` names (:func:`briefgen.analysis.issues.classify_issue`), or None."""
        known = self.known
        if text not in known:
            if len(known) >= ISSUE_MEMO:
                known.clear()
            known[text] = classify_issue(text)
        return known[text]

    def issue(self, text: str, body: str = "") -> str:
        """The issue of a statement whose own clause is ``text``: the issue its first
        ``ISSUE_WINDOW`` characters name (a definite "the war" being the war the story
        ``body`` names), else its fallback issue, else "other"."""
        window = text[:ISSUE_WINDOW]
        known = self.known  # (as classify: the memo read here without a second call)
        if window not in known:
            if len(known) >= ISSUE_MEMO:
                known.clear()
            known[window] = classify_issue(window)
        issue = definite_war_issue(window, body, known[window])
        if issue is None:
            issue = fallback_issue(text, set()) or "other"
        return issue


_RESTATEMENT = re.compile(r"[\"“‘']?(?:In other words|That is to say|Put simply|In short)\b")
_ITS_NOUN = re.compile(r"\b(?:its|their) ([a-z]+)")


def restatements(story: Story, statements: list[Statement], holders: list[Holder]) -> None:
    """Extend a stance by the next sentence when that sentence restates it ("In other words,
    Washington better rethink its insistence ... or else"), and take the issue from what the
    restatement refers to: another actor's earlier stance named by a stance noun ("its
    insistence" -> that actor's demand), else the restatement's own issue terms."""
    body = story.body
    sentences = story.sentences
    stated = [s for s in statements if s.stance != "neutral"]
    if not sentences or not stated:
        return  # (no stance to restate: the sentences' starts need not be listed)
    starts = [start for start, _end in sentences]
    for statement in stated:
        at = bisect_right(starts, statement.end - 1)
        if at >= len(sentences):
            continue
        s_start, s_end = sentences[at]
        if statement.end > s_start or not _RESTATEMENT.match(body, s_start):
            continue
        if body[statement.end : s_start].count("\n") > 2:
            continue
        text = body[s_start:s_end]
        issue = None
        lo = bisect_left([h.start for h in holders], s_start)
        for holder in holders[lo:]:
            if holder.start >= s_end or issue:
                break
            if holder.country == statement.country:
                continue
            noun = _ITS_NOUN.search(body, holder.end, s_end)
            stance = cues().nouns.get(noun.group(1)) if noun else None
            earlier = [
                other
                for other in statements
                if other.country == holder.country
                and other.start < statement.start
                and (stance is None or other.stance == stance)
            ]
            if stance and earlier:
                issue = earlier[-1].issue
                if statement.stance in AGAINST:
                    statement.target = holder.country  # against that actor's stance
        issue = issue or classify_issue(text)
        statement.end = s_end
        statement.text = body[statement.start : s_end]
        if issue:
            statement.issue = issue
