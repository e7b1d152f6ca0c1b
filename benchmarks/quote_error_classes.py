"""Classes of the quote-speaker errors of a gold set, as counts only (issue 16).

Used by ``quotes_benchmark.py --classes``: every gold direct quote the engine gets wrong is put
in classes read off the text around it, and only the counts are printed, so the classes of a
BLIND set can be read without its texts. The classes:

* ``outcome``: ``wrong`` (another speaker), ``unresolved`` (found, no speaker), ``as-fragment``
  (found as a fragment), ``missed`` (not found as a quote at all);
* ``speaker``: ``person``, ``organisation`` (no first-name shape: an outlet, a ministry, a
  company) or ``none`` (the gold says no one);
* ``cue``: where the gold speaker's name (its last word) stands nearest the quote: ``after``
  (in the quote's paragraph, within 120 characters after it), ``before`` (in the quote's
  paragraph before it), ``pronoun-after`` (a he/she/they + speech verb right after it, the name
  further back), ``earlier`` (an earlier paragraph within 1,500 characters), ``absent``;
* ``marks``: the opening mark (``curly``, ``straight``, ``single``) and ``unclosed`` when the
  quote runs to its paragraph's end with no closing mark.
"""

from __future__ import annotations

import re
from collections import Counter

ORG_WORD = re.compile(
    r"\b(?:Ministry|Department|Office|Agency|Committee|Council|Commission|Party|Army|Police|"
    r"Court|Times|Post|News|Press|Journal|Star|Daily|Inc|Corp|Company|Group|Association|Union|"
    r"Institute|Foundation|University|Bank|Government|House|Campaign|campaign|team|Service)\b"
)
PRONOUN_CUE = re.compile(
    r"^[\s,.;:!?\"'\u201d\u2019)]*(?:he|she|they|it)\s+(?:\w+\s+)?(?:said|says|told|tells|"
    r"added|adds|asked|wrote|explained|noted|continued|insisted|argued)\b",
    re.IGNORECASE,
)
OPENING = {"\u201c": "curly", '"': "straight", "\u2018": "single", "'": "single"}
CLOSING = "\u201d\"\u2019'"


def speaker_kind(name: str | None) -> str:
    if not name:
        return "none"
    words = name.split()
    if len(words) == 1 or ORG_WORD.search(name) or name.isupper():
        return "organisation"
    return "person"


def cue_place(body: str, start: int, end: int, name: str | None) -> str:
    """Where the speaker's name (its last word) stands nearest the quote ``body[start:end]``."""
    if not name:
        return "absent"
    word = re.escape(name.split()[-1])
    para_start = body.rfind("\n", 0, start) + 1
    para_end = body.find("\n", end)
    para_end = len(body) if para_end < 0 else para_end
    pattern = re.compile(rf"\b{word}\b")
    if pattern.search(body, end, min(para_end, end + 120)):
        return "after"
    if pattern.search(body, para_start, start):
        return "before"
    if pattern.search(body, max(0, para_start - 1500), para_start):
        return "pronoun-after" if PRONOUN_CUE.match(body[end : end + 40]) else "earlier"
    return "absent"


def marks(body: str, start: int, end: int) -> str:
    opening = OPENING.get(body[start - 1 : start], "none") if start else "none"
    rest = body[end : end + 2]
    closed = any(ch in CLOSING for ch in rest)
    at_break = not rest.strip(" ,.") or rest.startswith("\n")
    return f"{opening}{'' if closed or not at_break else '+unclosed'}"


def classify(body: str, text: str, name: str | None, outcome: str) -> tuple[str, ...]:
    start = body.find(text)
    if start < 0:
        return (outcome, speaker_kind(name), "?", "?")
    end = start + len(text)
    return (outcome, speaker_kind(name), cue_place(body, start, end, name), marks(body, start, end))


def report(classes: Counter[tuple[str, ...]]) -> str:
    """The class table: each dimension's counts, then the joint classes."""
    lines = [f"error classes ({sum(classes.values())} gold direct quotes not right):"]
    for i, label in enumerate(("outcome", "speaker", "cue", "marks")):
        counts: Counter[str] = Counter()
        for key, n in classes.items():
            counts[key[i]] += n
        lines.append(f"  {label}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    lines.append("  joint (outcome, speaker, cue, marks):")
    lines += [f"    {n:3d}  {' / '.join(key)}" for key, n in classes.most_common()]
    return "\n".join(lines)
