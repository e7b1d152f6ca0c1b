"""An input that was partly readable: the good stories plus one problem line per bad item."""

from __future__ import annotations

from briefgen.errors import InputError
from briefgen.model import Story


class PartialRead(InputError):
    """Raised by a reader when some items of a file are bad: keep ``stories``, report ``problems``.

    Each problem is "what is wrong" without the file name ("item 3: missing body"); the loader
    prefixes the file name.
    """

    def __init__(self, stories: list[Story], problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.stories = stories
        self.problems = problems
