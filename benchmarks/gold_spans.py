"""Text-free gold spans: body offsets plus the sha1 of their text, found again when the body moved.

A committed gold set carries no article text, only each span's offsets in the body briefgen
extracted when it was written and the sha1 of the span's text. When the extraction later adds
or drops text before a span (a newer HTML extractor keeps a caption line), the offsets point
elsewhere; the span is then looked for at every shift of the same length, nearest first, and
found by its hash. Only a span whose text is gone or changed is lost.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def anchored_span(body: str, start: int, end: int, digest: str) -> tuple[int, int] | None:
    """Where the span stored as ``body[start:end]`` with text sha1 ``digest`` is now."""
    if sha1(body[start:end]) == digest:
        return start, end
    length = end - start
    for shift in range(1, len(body)):
        moved = False
        for at in (start - shift, start + shift):
            if at >= 0 and at + length <= len(body):
                moved = True
                if sha1(body[at : at + length]) == digest:
                    return at, at + length
        if not moved:
            return None
    return None


def corpus_name(page: Path, corpus: Path, given: str) -> str:
    """How a text-free gold file names ``page``: relative to ``corpus`` (as the scorers read
    it), else as the gold gave it (``given``)."""
    try:
        return page.resolve().relative_to(corpus.resolve()).as_posix()
    except ValueError:
        return given
