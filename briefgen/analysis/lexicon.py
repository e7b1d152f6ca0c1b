"""Word lists shared by the analysis and the sections, loaded once from briefgen/data."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def stopwords() -> frozenset[str]:
    """Function words ignored when comparing and scoring text (briefgen/data/stopwords.txt)."""
    text = resources.files("briefgen.data").joinpath("stopwords.txt").read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(line.lower().split())
    return frozenset(words)
