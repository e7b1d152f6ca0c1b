"""Whole-word look-ups without compiling a pattern per word.

``re.search(r"\\b" + re.escape(word) + r"\\b", text)`` compiles a new pattern for every new
word (tens of thousands of instructions in ``re``'s Python compiler, and most names are seen
once); :func:`has_word` gives the same answer with ``str.find``.
"""

from __future__ import annotations

import re


def is_word_char(ch: str) -> bool:
    """Is ``ch`` a character ``\\w`` matches in a str pattern (alphanumeric or "_")?"""
    return ch.isalnum() or ch == "_"


def has_word(text: str, word: str) -> bool:
    """``re.search(r"\\b" + re.escape(word) + r"\\b", text) is not None``: does ``word``
    occur in ``text`` with no word character right before or after it? (A word that does not
    open and end with a word character takes the pattern: ``\\b`` means something else there.)"""
    if word not in text:
        return False  # (most calls: a substring test decides)
    if not (word and is_word_char(word[0]) and is_word_char(word[-1])):
        return re.search(r"\b" + re.escape(word) + r"\b", text) is not None
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not is_word_char(text[at - 1])) and (
            end == len(text) or not is_word_char(text[end])
        ):
            return True
        at = text.find(word, at + 1)
    return False
