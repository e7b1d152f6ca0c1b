"""Checking a story after a plugin's ``annotate_story``: what sections read must still hold.

An annotator that leaves an offset outside the body or a quote whose text is not the body's
text would make the sections reading it fail (or worse, cite the wrong words), and the failure
would be blamed on them. So each annotator's work is checked on its own: broken entries are
dropped and reported against the annotator.
"""

from __future__ import annotations

from typing import Any, get_args

from briefgen.model import Actor, ActorKind, Quote, Speaker, Stance, Statement, Story

_FIXED = ("title", "body", "id", "sha256")
_LISTS = ("sentences", "quotes", "actors", "statements")
_ACTOR_KINDS = frozenset(get_args(ActorKind))
_STANCES = frozenset(get_args(Stance))


def snapshot(story: Story) -> dict[str, Any]:
    """What :func:`restore` needs: the fixed fields and shallow copies of the annotations."""
    saved: dict[str, Any] = {name: getattr(story, name) for name in _FIXED}
    for name in _LISTS:
        value = getattr(story, name)
        saved[name] = list(value) if isinstance(value, list) else value
    annotations = story.annotations
    saved["annotations"] = dict(annotations) if isinstance(annotations, dict) else annotations
    return saved


def restore(story: Story, saved: dict[str, Any]) -> None:
    """Put back what the story held before the annotator ran (its half-done additions go)."""
    for name, value in saved.items():
        setattr(story, name, value)


def check_story(story: Story, saved: dict[str, Any]) -> list[str]:
    """Repair ``story`` after an annotator; returns what was wrong (empty: all good)."""
    problems: list[str] = []
    for name in _FIXED:
        if getattr(story, name) != saved[name]:
            setattr(story, name, saved[name])
            problems.append(f"changed story.{name} (restored)")
    if not isinstance(story.annotations, dict):
        problems.append("story.annotations is not a dict (restored)")
        story.annotations = saved["annotations"]
    size = len(story.body)
    checks = {
        "sentences": lambda value: _span_problem(value, size),
        "quotes": lambda value: _quote_problem(value, story.body),
        "actors": lambda value: _actor_problem(value, size),
        "statements": lambda value: _statement_problem(value, size),
    }
    for name, check in checks.items():
        value = getattr(story, name)
        if not isinstance(value, list):
            problems.append(f"story.{name} is a {type(value).__name__}, not a list (restored)")
            setattr(story, name, saved[name])
            value = getattr(story, name)
        kept = []
        for number, entry in enumerate(value):
            problem = check(entry)
            if problem is None:
                kept.append(entry)
            else:
                problems.append(f"story.{name}[{number}] {problem} (dropped)")
        if len(kept) != len(value):
            setattr(story, name, kept)
    return problems


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _offsets_problem(start: Any, end: Any, size: int) -> str | None:
    if not (_is_int(start) and _is_int(end)):
        return f"has offsets {start!r}, {end!r}, not whole numbers"
    if not 0 <= start <= end <= size:
        return f"has offsets {start}-{end} outside the body (0-{size})"
    return None


def _span_problem(value: Any, size: int) -> str | None:
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return f"is {value!r}, not a (start, end) pair"
    return _offsets_problem(value[0], value[1], size)


def _quote_problem(quote: Any, body: str) -> str | None:
    if not isinstance(quote, Quote):
        return f"is a {type(quote).__name__}, not a Quote"
    problem = _offsets_problem(quote.start, quote.end, len(body))
    if problem:
        return problem
    if quote.text != body[quote.start : quote.end]:
        return "has text that is not body[start:end]"
    if not isinstance(quote.speaker, Speaker):
        return f"has a speaker of type {type(quote.speaker).__name__}, not Speaker"
    return None


def _actor_problem(actor: Any, size: int) -> str | None:
    if not isinstance(actor, Actor):
        return f"is a {type(actor).__name__}, not an Actor"
    if not isinstance(actor.name, str) or not actor.name:
        return f"has name {actor.name!r}"
    if actor.kind not in _ACTOR_KINDS:
        return f"has kind {actor.kind!r} (one of {', '.join(sorted(_ACTOR_KINDS))})"
    if not isinstance(actor.mentions, list):
        return "has mentions that are not a list"
    for mention in actor.mentions:
        problem = _span_problem(mention, size)
        if problem:
            return f"has a mention that {problem}"
    return None


def _statement_problem(statement: Any, size: int) -> str | None:
    if not isinstance(statement, Statement):
        return f"is a {type(statement).__name__}, not a Statement"
    if statement.stance not in _STANCES:
        return f"has stance {statement.stance!r} (one of {', '.join(sorted(_STANCES))})"
    if not (isinstance(statement.country, str) and isinstance(statement.issue, str)):
        return "has a country or issue that is not a string"
    return _offsets_problem(statement.start, statement.end, size)
