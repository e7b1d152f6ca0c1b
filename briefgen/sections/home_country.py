"""The country a story leaves unnamed: whose "government", whose "Nov. 8 election".

Read from the countries the analysis found in each story (``Actor.kind == "country"``): the
brief's country when one country holds at least half of all country mentions, for each story
not mostly about another country.
"""

from __future__ import annotations

from briefgen.model import Story

MIN_MENTIONS = 2  # a story's own country is named at least this often


def _country_counts(story: Story) -> dict[str, int]:
    counts: dict[str, int] = {}
    for actor in story.actors:
        if actor.kind == "country" and actor.country and actor.country not in ("EU", "UN"):
            counts[actor.country] = counts.get(actor.country, 0) + len(actor.mentions)
    return counts


def story_country(story: Story) -> str | None:
    """The country the story is mostly about: at least two thirds of its country mentions and
    ``MIN_MENTIONS`` of them, else None."""
    counts = _country_counts(story)
    best = max(sorted(counts), key=lambda c: counts[c], default=None)
    if best is None or counts[best] < MIN_MENTIONS:
        return None
    return best if counts[best] * 3 >= 2 * sum(counts.values()) else None


def home_countries(stories: list[Story]) -> dict[str, str | None]:
    """Per story id, the country code whose institutions and events it leaves unnamed ("the
    government", "the Nov. 8 election"): the brief's country, when one country has at least
    half of all country mentions, unless the story is mostly about another country (then
    None: whose is unclear)."""
    per_story: dict[str, str | None] = {}
    total: dict[str, int] = {}
    for story in stories:
        counts = _country_counts(story)
        for code, n in counts.items():
            total[code] = total.get(code, 0) + n
        best = max(sorted(counts), key=lambda c: counts[c], default=None)
        dominant = best is not None and counts[best] * 3 >= 2 * sum(counts.values())
        per_story[story.id] = best if dominant else None
    brief = max(sorted(total), key=lambda c: total[c], default=None)
    if brief is None or total[brief] * 2 < sum(total.values()):
        return dict.fromkeys(per_story)
    return {sid: (brief if code in (None, brief) else None) for sid, code in per_story.items()}


def country_name(stories: list[Story], code: str) -> str | None:
    """The name the analysis gave the country ``code`` in the stories ("United States")."""
    for story in stories:
        for actor in story.actors:
            if actor.kind == "country" and actor.country == code:
                return actor.name
    return None
