"""Picture credits: a line of a web page that only says who took the photograph beside it.

Pages keep their captions' credit lines in the body ("Jessica Kourkounis for The New York Times",
"Carlos Barria / Reuters", "(AP Photo/Evan Vucci)", "Photograph: Jane Doe/Getty Images",
"Credit: Jane Doe"). The person such a line names took a picture; they are not who speaks in the
quote after it (``continuation`` reads a short paragraph before a quote as naming its speaker).
"""

from __future__ import annotations

import re

# a person's name: two to four capitalised words (initials, particles, apostrophes, hyphens)
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|bin|al-\w+)){1,3}"
# an agency or outlet after a slash or "for": capitalised words, "The" allowed first
_OUTLET = r"(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}"

_CREDIT_RE = re.compile(
    rf"""\(?\s*(?:
        (?i:photo(?:graph)?s?|pictures?|images?|credit|illustration)\s*(?:by\b|:)\s*\S.*
      | (?:AP|AFP|Reuters|EPA|Getty)\s+(?:Photo|Images)\b.*
      | {_NAME}\s*(?:/|\bfor\b|\bvia\b)\s*{_OUTLET}(?:\s*(?:/|\bvia\b)\s*{_OUTLET})*
      | [A-Z]+\s*/\s*{_NAME}
    )\s*\)?\.?""",
    re.VERBOSE,
)
CREDIT_CHARS = 90  # a credit line is short


def credit_line(text: str) -> bool:
    """Is ``text`` (one paragraph) a picture credit and nothing else?"""
    text = text.strip()
    if not text or len(text) > CREDIT_CHARS or text[-1:] in "?!:" or '"' in text or "“" in text:
        return False
    return _CREDIT_RE.fullmatch(text) is not None
