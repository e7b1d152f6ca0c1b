"""briefgen: turn news stories into a policy brief."""

from __future__ import annotations

from briefgen.hookspecs import hookimpl
from briefgen.model import Actor, Brief, Quote, SectionResult, Speaker, Statement, Story
from briefgen.section import BuildContext, Section

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Brief",
    "BuildContext",
    "Quote",
    "Section",
    "SectionResult",
    "Speaker",
    "Statement",
    "Story",
    "__version__",
    "hookimpl",
]
