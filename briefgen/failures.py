"""Collecting plugin failures: one record per plugin, hook and section, however often it failed."""

from __future__ import annotations

import traceback

from briefgen.model import PluginFailure


def exception_message(exc: BaseException) -> str:
    """``RuntimeError: the model file is missing`` (the type alone when the message is empty)."""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class FailureLog:
    """Plugin failures in the order met; a repeat of the same plugin, hook and section is counted
    on the first record instead of listed again (an annotator failing on 2,000 stories is one
    line)."""

    def __init__(self) -> None:
        self.failures: list[PluginFailure] = []
        self._index: dict[tuple[str, str, str | None], PluginFailure] = {}

    def add(
        self,
        plugin: str,
        hook: str,
        message: str | BaseException,
        *,
        section: str | None = None,
        where: str | None = None,
    ) -> PluginFailure:
        """Record one failure; ``message`` may be the exception (its traceback is kept)."""
        detail = ""
        if isinstance(message, BaseException):
            detail = "".join(traceback.format_exception(message))
            message = exception_message(message)
        key = (plugin, hook, section)
        known = self._index.get(key)
        if known is not None:
            known.count += 1
            return known
        failure = PluginFailure(plugin, hook, message, section, where, 1, detail)
        self._index[key] = failure
        self.failures.append(failure)
        return failure

    def clear(self) -> None:
        """Forget everything (a new brief starts)."""
        self.failures.clear()
        self._index.clear()

    def __bool__(self) -> bool:
        return bool(self.failures)
