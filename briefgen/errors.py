"""Errors a user can cause; the CLI shows them as one line, without a traceback."""

from __future__ import annotations


class BriefgenError(Exception):
    """Base of every error briefgen reports to users."""


class InputError(BriefgenError):
    """A story file that cannot be read: missing, binary, empty, malformed."""


class ConfigError(BriefgenError):
    """A bad briefgen.toml, section config or option."""


class SectionError(BriefgenError):
    """A section's build or render step failed."""


class OutputError(BriefgenError):
    """A brief could not be written."""
