"""Tidy the metadata readers take from pages: headlines and bylines.

Metadata extractors read whatever a page labels as title or author: an account widget
("Washington Post (Username)"), the same name twice in two casings ("Jeffrey Gettleman; JEFFREY
GETTLEMAN"), a headline with a full stop after its question mark ("victory?."). The words of
widgets live in ``briefgen/data/boilerplate.toml`` under ``[byline]``.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

__all__ = ["clean_byline", "clean_title"]

_DOUBLED_STOP = re.compile(r"([?!])\.(?!\.)")
_BY = re.compile(r"^by\s+", re.IGNORECASE)
_BRACKET = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]")
_SEPARATORS = re.compile(r"\s*(?:;|,|\||\band\b|&)\s*")


@lru_cache(maxsize=1)
def _widget() -> re.Pattern[str]:
    text = resources.files("briefgen").joinpath("data/boilerplate.toml").read_text("utf-8")
    words = tomllib.loads(text).get("byline", {}).get("widget", [])
    return re.compile("|".join(f"(?:{w})" for w in words) or r"(?!)", re.IGNORECASE)


def clean_title(title: str) -> str:
    """The headline with "?." / "!." reduced to "?" / "!" (otherwise as written)."""
    return _DOUBLED_STOP.sub(r"\1", title)


def clean_byline(byline: str | None) -> str | None:
    """The byline without widget words, a leading "By" or a name repeated; None when empty.

    Names are kept in their first spelling that is not all capitals.
    """
    if not byline:
        return None
    text = " ".join(byline.split())
    widget = _widget()
    text = _BRACKET.sub(lambda m: "" if widget.fullmatch(m.group(1).strip()) else m.group(0), text)
    names: dict[str, str] = {}
    parts = _SEPARATORS.split(text)
    for part in parts:
        name = _BY.sub("", part).strip(" .,;:-–—")
        if not name or widget.fullmatch(name):
            continue
        key = " ".join(name.casefold().split())
        if key not in names or (names[key].isupper() and not name.isupper()):
            names[key] = name
    if not names:
        return None
    if len(names) == len(parts):  # nothing repeated or dropped: keep the byline as written
        return _BY.sub("", text).strip() or None
    separator = "; " if ";" in text else ", " if "," in text else " and "
    return separator.join(names.values())
