"""How current a story is at the brief's date: one notion shared by the sections.

A story dated more than ``RECENT_DAYS`` before the brief has another "this week"; one dated
more than ``ONGOING_DAYS`` before it tells what was going on then, not now. A corpus "runs
for months" when it holds stories of both kinds of age: then what its current window (its last
``ONGOING_DAYS``) tells overrides what its older stories told.
"""

from __future__ import annotations

from datetime import date

from briefgen.model import Story

RECENT_DAYS = 7  # a weekday or "yesterday" of a story older than this needs its date
ONGOING_DAYS = 90  # a story older than this tells what was going on then, not now


def stale(story: Story, as_of: date | None, days: int = RECENT_DAYS) -> bool:
    """Is the story dated more than ``days`` before the brief (its "recent" is not the
    brief's)? An undated story's age is unknown: its "recent" is left as written."""
    if as_of is None or story.published is None:
        return False
    return (as_of - story.published.date()).days > days


def current_stories(stories: list[Story], as_of: date | None) -> list[Story]:
    """The dated stories of the corpus's current window (at most ``ONGOING_DAYS`` old)."""
    return [s for s in stories if s.published is not None and not stale(s, as_of, ONGOING_DAYS)]
