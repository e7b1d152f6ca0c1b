"""Sources: the numbered list of the stories the brief cites, and optionally of all it read.

Only cited stories are numbered and listed: the brief stays a memo whatever the corpus size.
``appendix = true`` under ``[sections.sources]`` (or ``briefgen make --appendix``) adds every
other story read, unnumbered. A story is shown by title, outlet, date and link, else by its file
name relative to the folder given (never an absolute local path); a story merged from several
copies lists every copy's outlet and link.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from briefgen.hookspecs import hookimpl
from briefgen.model import Brief, Copy, SectionResult, Story
from briefgen.section import BuildContext, Section


@dataclass
class SourcesConfig:
    """``[sections.sources]`` options."""

    appendix: bool = False  # also list every story read and not cited, unnumbered


@dataclass
class SourceCopy:
    """Another outlet or file carrying the same story."""

    title: str
    source: str | None
    published: str | None
    url: str | None
    path: str | None


@dataclass
class SourceItem:
    """One story of the Sources list: numbered when the brief cites it, else in the appendix."""

    number: int | None
    story: str
    title: str
    source: str | None
    byline: str | None
    published: str | None
    url: str | None
    path: str | None  # file name as the brief shows it (relative), never an absolute path
    cited: bool = True
    outlets: list[str] = field(default_factory=list)
    copies: list[SourceCopy] = field(default_factory=list)


def _http(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def _copy(copy: Copy) -> SourceCopy:
    return SourceCopy(
        title=copy.title,
        source=copy.source,
        published=copy.published.isoformat() if copy.published else None,
        url=_http(copy.url),
        path=None if _http(copy.url) else copy.file,
    )


# a title that is only a byline or a credit ("BYLINE: Jane Roe.", "By Jane Roe"): no title
_CREDIT_TITLE = re.compile(
    r"^\W*(?:(?i:byline)\s*:?\s+\S.*|By\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){1,2}\.?)$"
)
MAX_HEAD_WORDS = 15  # a body's first line longer than this is a paragraph, not a headline


def shown_title(story: Story) -> str:
    """The story's title as Sources shows it: a title that is only a byline names no story,
    so the body's first line stands in when it is a short heading, else the file name."""
    if not _CREDIT_TITLE.match(story.title):
        return story.title
    first = story.body.strip().split("\n", 1)[0].strip()
    if first and len(first.split()) <= MAX_HEAD_WORDS and not _CREDIT_TITLE.match(first):
        return first
    return story.file_name or story.title


def source_item(story: Story, number: int | None) -> SourceItem:
    """The Sources entry of one story."""
    return SourceItem(
        number=number,
        story=story.id,
        title=shown_title(story),
        source=story.source,
        byline=story.byline,
        published=story.published.isoformat() if story.published else None,
        url=_http(story.url),
        path=story.file_name,
        cited=number is not None,
        outlets=story.outlets,
        copies=[_copy(c) for c in story.copies],
    )


class SourcesSection(Section):
    """Numbered list of the stories the brief cites."""

    id = "sources"
    title = "Sources"
    order = 1000
    description = "Numbered list of the stories the brief cites, with outlet, date and link."
    config_class = SourcesConfig

    def build(self, context: BuildContext) -> list[SourceItem]:
        """Every story, numbered in order; :meth:`finish` keeps the cited ones."""
        return [source_item(s, n) for n, s in enumerate(context.stories, start=1)]

    def finish(
        self, context: BuildContext, sections: list[SectionResult], cited: list[str]
    ) -> list[SourceItem]:
        """The cited stories numbered in story order; the others too with ``appendix``."""
        config = context.config if isinstance(context.config, SourcesConfig) else SourcesConfig()
        return listed(context.stories, cited, config.appendix)


def listed(stories: list[Story], cited: list[str], appendix: bool) -> list[SourceItem]:
    """Sources items: the ``cited`` stories numbered 1… in story order, then (``appendix``)
    every other story, unnumbered."""
    numbers = {story_id: n for n, story_id in enumerate(cited, start=1)}
    items = [
        source_item(story, numbers.get(story.id))
        for story in stories
        if story.id in numbers or appendix
    ]
    return sorted(items, key=lambda item: (not item.cited, item.number or 0))


def relist(brief: Brief) -> None:
    """Number and list the sources again after a section's items changed after the build (the
    scheduled run's ``changes``): the citations and the Sources section follow."""
    from briefgen.render import cited_story_ids

    sections = [s for s in brief.sections if s.id != SourcesSection.id]
    brief.cited = cited_story_ids(sections, brief.stories)
    for section in brief.sections:
        if section.id == SourcesSection.id and not section.error:
            appendix = any(not getattr(item, "cited", True) for item in section.items)
            section.items = listed(brief.stories, brief.cited, appendix)


@hookimpl
def register_sections(register: Callable[[Section], None]) -> None:
    """Register the Sources section."""
    register(SourcesSection())
