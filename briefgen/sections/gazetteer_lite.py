"""Country names in a piece of text, from the country vocabulary (briefgen/data/countries.tsv).

A light lookup for the sections (the full actor analysis lives in briefgen.analysis.actors): it
finds display names, names, demonyms and capitals, and context terms ("the North") only when
the text or its story also names one of the context countries.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

_KINDS = {"display", "name", "demonym", "capital"}


@cache
def _vocabulary() -> tuple[re.Pattern[str] | None, dict[str, tuple[list[str], list[str]]]]:
    try:
        text = resources.files("briefgen.data").joinpath("countries.tsv").read_text("utf-8")
    except (FileNotFoundError, OSError):
        return None, {}
    terms: dict[str, tuple[list[str], list[str]]] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3 or (cols[2] not in _KINDS and cols[2] != "context"):
            continue
        context = cols[3].split("|") if len(cols) > 3 and cols[3] and cols[2] == "context" else []
        terms.setdefault(cols[0], (cols[1].split("|"), context))
    if not terms:
        return None, {}
    alt = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alt})(?![\w])"), terms


def countries_named(text: str, context_text: str | None = None) -> list[str]:
    """Country codes named in ``text``, in order of first mention."""
    pattern, terms = _vocabulary()
    if pattern is None:
        return []
    codes: list[str] = []
    pending: list[tuple[list[str], list[str]]] = []
    for m in pattern.finditer(text):
        found, context = terms[m.group()]
        if context:
            pending.append((found, context))
            continue
        for code in found:
            if code not in codes:
                codes.append(code)
    if pending:
        around = set(codes) | set(countries_named(context_text) if context_text else [])
        for found, context in pending:
            if around & set(context):
                for code in found:
                    if code not in codes:
                        codes.append(code)
    return codes
