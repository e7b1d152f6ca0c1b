"""The ``briefgen analyze`` document (schema ``briefgen/analysis@1``)."""

from __future__ import annotations

from typing import Any

from briefgen.model import Actor, Quote, Story

SCHEMA = "briefgen/analysis@1"


def quote_record(quote: Quote) -> dict[str, Any]:
    """A quote as the analysis contract spells it."""
    return {
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "kind": quote.kind,
        "speaker": {
            "name": quote.speaker.name,
            "title": quote.speaker.title,
            "country": quote.speaker.country,
        },
        "cue": quote.cue,
    }


def actor_record(actor: Actor) -> dict[str, Any]:
    """An actor as the analysis contract spells it."""
    return {
        "name": actor.name,
        "kind": actor.kind,
        "country": actor.country,
        "mentions": [[start, end] for start, end in actor.mentions],
    }


def story_record(story: Story) -> dict[str, Any]:
    """One analysed story with its body, quotes and actors."""
    return {
        "id": story.id,
        "path": story.path,
        "title": story.title,
        "source": story.source,
        "published": story.published.isoformat() if story.published else None,
        "url": story.url,
        "body": story.body,
        "quotes": [quote_record(q) for q in story.quotes],
        "actors": [actor_record(a) for a in story.actors],
    }


def analysis_document(stories: list[Story]) -> dict[str, Any]:
    """The whole analysis document for ``stories``."""
    return {"schema": SCHEMA, "stories": [story_record(s) for s in stories]}
