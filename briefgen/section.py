"""The Section base class every built-in and third-party section derives from."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from briefgen.errors import ConfigError
from briefgen.model import Story


@dataclass
class BuildContext:
    """What a section's build step receives: the analysed stories, the brief's date and config."""

    stories: list[Story]
    as_of: date
    config: Any
    title: str = ""
    previous: dict[str, Any] | None = None  # the previous brief's JSON, for scheduled runs

    def source_number(self, story_id: str) -> int:
        """1-based number of a story in the brief's Sources list."""
        for number, story in enumerate(self.stories, start=1):
            if story.id == story_id:
                return number
        raise KeyError(story_id)


@dataclass
class NoConfig:
    """Config of a section that takes none."""


class Section:
    """A brief section: metadata, an optional config dataclass, a build step and templates.

    Subclasses set ``id`` (a short slug, also the template name and JSON key), ``title``,
    ``order`` (lower comes first) and ``description``; ``config_class`` is a dataclass whose
    fields all have defaults. ``template_package`` names the package holding
    ``templates/sections/<id>.md.j2`` and ``<id>.html.j2`` (None: briefgen's own templates).
    A section may also define ``finish(context, sections, cited)``: it runs after every section
    is built, with their results and the ids of the stories they cite, and returns the items
    again (Sources lists only what the others cite); such a section's own items cite nothing.
    """

    id: ClassVar[str]
    title: ClassVar[str]
    order: ClassVar[int] = 100
    description: ClassVar[str] = ""
    config_class: ClassVar[type] = NoConfig
    template_package: ClassVar[str | None] = None

    def build(self, context: BuildContext) -> list[Any]:
        """Return the section's items (dataclasses or JSON-ready dicts) from analysed stories."""
        raise NotImplementedError

    def parse_config(self, raw: dict[str, Any], plugin: str = "") -> Any:
        """Validate ``[sections.<id>]`` into ``config_class``; errors name plugin and key."""
        return parse_dataclass(self.config_class, raw, f"[sections.{self.id}]", plugin)


def parse_dataclass(cls: type, raw: dict[str, Any], where: str, plugin: str = "") -> Any:
    """Build dataclass ``cls`` from ``raw``, refusing unknown keys and values of the wrong type."""
    owner = f" (plugin {plugin})" if plugin else ""
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}{owner}: expected a table, got {type(raw).__name__}")
    fields = {f.name: f for f in dataclasses.fields(cls)}
    try:
        hints = typing.get_type_hints(cls)
    except Exception:  # an annotation that cannot be resolved: check against defaults only
        hints = {}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in fields:
            known = ", ".join(sorted(fields)) or "none"
            raise ConfigError(f"{where}{owner}: unknown key {key!r} (known keys: {known})")
        default = _default_of(fields[key])
        if default is not dataclasses.MISSING and default is not None:
            expected = float if isinstance(default, float) else type(default)
            ok = isinstance(value, expected) and not (
                isinstance(value, bool) and expected is not bool
            )
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                ok = True
            if not ok:
                raise ConfigError(
                    f"{where}{owner}: key {key!r} must be {expected.__name__}, "
                    f"got {type(value).__name__} {value!r}"
                )
        element = _element_problem(value, hints.get(key))
        if element:
            raise ConfigError(f"{where}{owner}: key {key!r} {element}")
        values[key] = value
    try:
        return cls(**values)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}{owner}: {exc}") from None


_SCALARS = {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}


def _element_problem(value: Any, hint: Any) -> str | None:
    """What is wrong with the elements of a list (or a table's values) against ``list[str]``
    and the like; None when they fit or the annotation says nothing checkable."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        for option in args:
            if option is not type(None) and typing.get_origin(option) is not None:
                return _element_problem(value, option)
        return None
    if origin in (list, set, frozenset, tuple) and isinstance(value, list) and args:
        expected = args[0]
        elements = list(enumerate(value))
    elif origin is dict and isinstance(value, dict) and len(args) == 2:
        expected = args[1]
        elements = list(value.items())
    else:
        return None
    if expected not in _SCALARS:
        return None
    for position, element in elements:
        ok = isinstance(element, expected) and not (
            isinstance(element, bool) and expected is not bool
        )
        if expected is float and isinstance(element, int) and not isinstance(element, bool):
            ok = True
        if not ok:
            return (
                f"must hold {_SCALARS[expected]} at [{position!r}], "
                f"got {type(element).__name__} {element!r}"
            )
    return None


def _default_of(f: dataclasses.Field[Any]) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


__all__ = ["BuildContext", "NoConfig", "Section", "field", "parse_dataclass"]
