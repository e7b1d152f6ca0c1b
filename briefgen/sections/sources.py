"""Sources: the numbered list every other section cites."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from briefgen.hookspecs import hookimpl
from briefgen.section import BuildContext, Section


@dataclass
class SourceItem:
    """One numbered source of the brief."""

    number: int
    story: str
    title: str
    source: str | None
    byline: str | None
    published: str | None
    url: str | None
    path: str | None


class SourcesSection(Section):
    """Numbered list of the stories the brief was built from."""

    id = "sources"
    title = "Sources"
    order = 1000
    description = "Numbered list of the stories the brief cites, with outlet, date and location."

    def build(self, context: BuildContext) -> list[SourceItem]:
        return [
            SourceItem(
                number=number,
                story=story.id,
                title=story.title,
                source=story.source,
                byline=story.byline,
                published=story.published.isoformat() if story.published else None,
                url=story.url,
                path=story.path,
            )
            for number, story in enumerate(context.stories, start=1)
        ]


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Sources section."""
    register(SourcesSection())
