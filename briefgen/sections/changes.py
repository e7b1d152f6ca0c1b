"""What changed: new quotes, new or changed country positions, open questions added or resolved.

Compares the current brief with the previous brief of the same job (``context.previous``, the
``briefgen/brief@1`` JSON the job runner kept). Not in ad-hoc briefs by default (``default =
False``); ``briefgen run`` adds it to a job's brief whenever a previous brief exists.

Only positive evidence is reported: a change needs at least one story that the previous brief
did not cite. A question counts as resolved only when the current stories still discuss its issue
but no longer raise the question; silence about an issue is not a resolution.

Every item cites its evidence as the other sections do, ``{"story", "start", "end"}`` spans of
the current stories (``body[start:end]`` is the quote, statement or question it rests on), taken
only from stories the previous brief did not cite. A resolved question cites the new statements
that still discuss its issue.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from briefgen.hookspecs import hookimpl
from briefgen.section import BuildContext, Section

SCHEMA = "briefgen/brief@1"
KEY_QUOTES = "key-quotes"
POSITIONS = "positions-by-country"
QUESTIONS = "open-questions"
WATCHED = {
    KEY_QUOTES: "briefgen.sections.key_quotes",
    POSITIONS: "briefgen.sections.positions",
    QUESTIONS: "briefgen.sections.open_questions",
}
KIND_ORDER = (
    "changed-position",
    "new-position",
    "question-added",
    "question-resolved",
    "new-quote",
)
_WORDS = re.compile(r"\w+")
MAX_EVIDENCE = 3  # spans cited per change


@dataclass
class ChangesConfig:
    """``[sections.changes]``."""

    max_items: int = 20
    max_per_kind: int = 5
    include_neutral: bool = False  # new positions whose only stance is "neutral"
    quotes: bool = True
    positions: bool = True
    questions: bool = True
    quote_length: int = 240


@dataclass
class Span:
    """A cited span of a current story: ``body[start:end]``."""

    story: str
    start: int
    end: int


@dataclass
class ChangeItem:
    """One change since the previous brief, with the new stories' spans it rests on."""

    kind: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)
    evidence: list[Span] = field(default_factory=list)


class ChangesSection(Section):
    """What is new since the previous brief of the same job."""

    id = "changes"
    title = "What changed"
    order = 5
    default = False
    description = (
        "What is new since the previous brief of the same job: quotes, country positions, "
        "open questions (scheduled briefs)."
    )
    config_class = ChangesConfig

    def build(self, context: BuildContext) -> list[ChangeItem]:
        if not context.previous:
            return []
        current = {section_id: build_other(section_id, context) for section_id in WATCHED}
        return compute_changes(context.previous, current, context.config)


def build_other(section_id: str, context: BuildContext) -> list[Any] | None:
    """The JSON items of another built-in section with its default config; None if unavailable."""
    from briefgen.render import to_jsonable

    try:
        module = importlib.import_module(WATCHED[section_id])
    except ImportError:
        return None
    found = [
        obj
        for obj in vars(module).values()
        if isinstance(obj, type)
        and issubclass(obj, Section)
        and getattr(obj, "id", None) == section_id
    ]
    if not found:
        return None
    section = found[0]()
    try:
        sub = BuildContext(
            stories=context.stories,
            as_of=context.as_of,
            config=section.parse_config({}),
            title=context.title,
        )
        return to_jsonable(list(section.build(sub)))
    except Exception:  # that section's own failure is reported by that section
        return None


def refresh_changes(brief: Any, previous: dict[str, Any], raw_config: dict[str, Any]) -> None:
    """Recompute the ``changes`` items of a built brief from the items the brief really shows."""
    from briefgen.render import to_jsonable

    result = next((s for s in brief.sections if s.id == ChangesSection.id), None)
    if result is None or result.error:
        return
    section = ChangesSection()
    config = section.parse_config(raw_config)
    context = BuildContext(stories=brief.stories, as_of=brief.date, config=None, title=brief.title)
    by_id = {s.id: s for s in brief.sections}
    current: dict[str, list[Any] | None] = {}
    for section_id in WATCHED:
        built = by_id.get(section_id)
        if built is not None and built.error is None:
            current[section_id] = to_jsonable(built.items)
        else:
            current[section_id] = build_other(section_id, context)
    try:
        result.items = compute_changes(previous, current, config)
    except Exception as exc:  # keep the brief; say the section failed
        result.error = f"{type(exc).__name__}: {exc}"


def compute_changes(
    previous: dict[str, Any], current: dict[str, list[Any] | None], config: ChangesConfig
) -> list[ChangeItem]:
    """Diff the current items of the watched sections against the previous brief's JSON."""
    if not isinstance(previous, dict) or previous.get("schema") != SCHEMA:
        return []
    old_stories = {
        s.get("id") for s in _list(previous.get("stories")) if isinstance(s, dict) and s.get("id")
    }
    changes: list[ChangeItem] = []
    cur_positions = current.get(POSITIONS)
    if config.positions and cur_positions is not None:
        old = _previous_items(previous, POSITIONS)
        if old is not None:
            changes += _position_changes(old, cur_positions, old_stories, config)
    if config.questions and current.get(QUESTIONS) is not None:
        old = _previous_items(previous, QUESTIONS)
        if old is not None:
            discussed = _issues(cur_positions) if cur_positions is not None else None
            changes += _question_changes(old, current[QUESTIONS] or [], old_stories, discussed)
    if config.quotes and current.get(KEY_QUOTES) is not None:
        old = _previous_items(previous, KEY_QUOTES)
        if old is not None:
            changes += _quote_changes(old, current[KEY_QUOTES] or [], old_stories, config)
    changes.sort(key=lambda item: KIND_ORDER.index(item.kind))
    kept: list[ChangeItem] = []
    per_kind: dict[str, int] = {}
    for item in changes:
        per_kind[item.kind] = per_kind.get(item.kind, 0) + 1
        if per_kind[item.kind] <= config.max_per_kind:
            kept.append(item)
    return kept[: max(config.max_items, 0)]


# positions


def _position_changes(
    old: list[Any], new: list[Any], old_stories: set[Any], config: ChangesConfig
) -> list[ChangeItem]:
    before = _stances(old)
    after = _stances(new)
    changes = []
    for key, entry in after.items():
        if not entry["sources"] - old_stories:
            continue  # no new evidence: not a change, whatever the wording
        country, issue = key
        details = {
            "country": country,
            "name": entry["name"],
            "issue": issue,
            "stances": sorted(entry["stances"]),
            "statements": entry["statements"][:3],
        }
        cited = _spans(entry["evidence"], old_stories)
        label = entry["name"] or country
        stances = ", ".join(sorted(entry["stances"]))
        if key not in before:
            if entry["stances"] <= {"neutral"} and not config.include_neutral:
                continue  # a neutral remark is not a position worth flagging
            summary = f"{label}: new position on {_label(issue)} ({stances})"
            if entry["statements"]:
                summary += f": {_clip(entry['statements'][0], 200)}"
            changes.append(ChangeItem("new-position", summary, details, cited))
        elif (entry["stances"] - before[key]["stances"]) - {"neutral"}:
            # a new stance, not merely a neutral mention: "said it would talk" changes nothing
            was = ", ".join(sorted(before[key]["stances"])) or "no stance"
            details["previous_stances"] = sorted(before[key]["stances"])
            summary = f"{label} on {_label(issue)}: now {stances} (previously {was})"
            changes.append(ChangeItem("changed-position", summary, details, cited))
    return changes


def _stances(rows: list[Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("country"), str):
            continue
        for position in _list(row.get("positions")):
            if not isinstance(position, dict) or not isinstance(position.get("issue"), str):
                continue
            key = (row["country"], position["issue"])
            entry = found.setdefault(
                key,
                {
                    "name": row.get("name"),
                    "stances": set(),
                    "statements": [],
                    "sources": set(),
                    "evidence": [],
                },
            )
            if isinstance(position.get("stance"), str):
                entry["stances"].add(position["stance"])
            if isinstance(position.get("statement"), str):
                entry["statements"].append(position["statement"])
            entry["sources"] |= _evidence_stories(position)
            entry["evidence"] += _list(position.get("evidence"))
    return found


def _issues(rows: list[Any] | None) -> dict[str, list[Any]]:
    """Issue -> the evidence of every current position on it."""
    found: dict[str, list[Any]] = {}
    for (_, issue), entry in _stances(rows or []).items():
        found.setdefault(issue, []).extend(entry["evidence"])
    return found


# questions


def _question_changes(
    old: list[Any], new: list[Any], old_stories: set[Any], discussed: dict[str, list[Any]] | None
) -> list[ChangeItem]:
    old_texts = {_norm(q.get("question")) for q in old if isinstance(q, dict)}
    old_kinds = {(q.get("issue"), q.get("kind")) for q in old if isinstance(q, dict)}
    new_texts = {_norm(q.get("question")) for q in new if isinstance(q, dict)}
    new_kinds = {(q.get("issue"), q.get("kind")) for q in new if isinstance(q, dict)}
    changes = []
    for question in new:
        if not isinstance(question, dict) or not isinstance(question.get("question"), str):
            continue
        if _norm(question["question"]) in old_texts:
            continue
        if (question.get("issue"), question.get("kind")) in old_kinds:
            continue  # the same open question, worded differently
        stories = _evidence_stories(question)
        if stories and not stories - old_stories:
            continue
        details = {
            "question": question["question"],
            "issue": question.get("issue"),
            "question_kind": question.get("kind"),
        }
        cited = _spans(_list(question.get("evidence")), old_stories)
        summary = f"New open question: {question['question']}"
        changes.append(ChangeItem("question-added", summary, details, cited))
    if discussed is None:
        return changes
    for question in old:
        if not isinstance(question, dict) or not isinstance(question.get("question"), str):
            continue
        issue = question.get("issue")
        if _norm(question["question"]) in new_texts or (issue, question.get("kind")) in new_kinds:
            continue
        if not isinstance(issue, str) or issue not in discussed:
            continue  # the stories are silent on it: still open, as far as we know
        details = {
            "question": question["question"],
            "issue": issue,
            "question_kind": question.get("kind"),
        }
        summary = (
            f"No longer raised: {question['question']} (the latest stories still cover "
            f"{_label(issue)} without leaving this open)"
        )
        cited = _spans(discussed[issue], old_stories)
        changes.append(ChangeItem("question-resolved", summary, details, cited))
    return changes


# quotes


def _quote_changes(
    old: list[Any], new: list[Any], old_stories: set[Any], config: ChangesConfig
) -> list[ChangeItem]:
    old_texts = [_norm(q.get("text")) for q in old if isinstance(q, dict)]
    old_texts = [t for t in old_texts if t]
    changes = []
    for quote in new:
        if not isinstance(quote, dict) or not isinstance(quote.get("text"), str):
            continue
        text = _norm(quote["text"])
        if not text or any(text == t or text in t or t in text for t in old_texts):
            continue
        stories = {s.get("story") for s in _list(quote.get("sources")) if isinstance(s, dict)} - {
            None
        }
        if stories and not stories - old_stories:
            continue
        speaker = quote.get("speaker") if isinstance(quote.get("speaker"), dict) else {}
        name = speaker.get("name") if isinstance(speaker.get("name"), str) else None
        who = f"New quote from {name}" if name else "New quote (speaker not identified)"
        details = {"text": quote["text"], "speaker": speaker}
        summary = f"{who}: “{_clip(quote['text'], config.quote_length)}”"
        cited = _spans(_list(quote.get("sources")), old_stories)
        changes.append(ChangeItem("new-quote", summary, details, cited))
    return changes


# helpers


def _previous_items(previous: dict[str, Any], section_id: str) -> list[Any] | None:
    """The items of a section in the previous brief; None when it was absent or failed."""
    for section in _list(previous.get("sections")):
        if isinstance(section, dict) and section.get("id") == section_id:
            if section.get("error"):
                return None
            return _list(section.get("items"))
    return None


def _spans(evidence: list[Any], old_stories: set[Any]) -> list[Span]:
    """The first ``MAX_EVIDENCE`` well-formed spans of stories the previous brief did not cite."""
    found: list[Span] = []
    for entry in evidence:
        if not isinstance(entry, dict):
            continue
        story, start, end = entry.get("story"), entry.get("start"), entry.get("end")
        if not isinstance(story, str) or story in old_stories:
            continue
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            continue
        span = Span(story, start, end)
        if span not in found:
            found.append(span)
        if len(found) == MAX_EVIDENCE:
            break
    return found


def _evidence_stories(entry: dict[str, Any]) -> set[Any]:
    return {e.get("story") for e in _list(entry.get("evidence")) if isinstance(e, dict)} - {None}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _norm(value: Any) -> str:
    if not isinstance(value, str):
        return ""
    text = unicodedata.normalize("NFKC", value).casefold()
    return " ".join(_WORDS.findall(text))


def _label(issue: str) -> str:
    """An issue id like ``security-guarantees`` as words; a label with spaces as it is."""
    if " " in issue or issue != issue.lower():
        return issue
    return issue.replace("_", " ").replace("-", " ")


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 1)].rstrip() + "…"


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the What changed section."""
    register(ChangesSection())
