"""The data briefgen passes around: stories, their annotations, sections and the brief."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path, PurePath
from typing import Any, Literal

QuoteKind = Literal["direct", "fragment", "indirect"]
QuoteCue = Literal[
    "explicit", "colon", "pronoun", "role", "continuation", "according-to", "model", "other"
]
ActorKind = Literal["person", "organisation", "country", "body"]
Stance = Literal[
    "demands",
    "proposes",
    "supports",
    "opposes",
    "rejects",
    "denies",
    "accuses",
    "warns",
    "conditions",
    "neutral",
]
# the stances that stand against something: one family for readers that only need the side
# ("rejects", "denies", "accuses", "warns" are kinds of "opposes")
AGAINST: frozenset[str] = frozenset(["opposes", "rejects", "denies", "accuses", "warns"])


@dataclass
class Speaker:
    """Who said a quotation; ``name`` is None when the speaker could not be resolved."""

    name: str | None
    title: str | None = None
    country: str | None = None


@dataclass(frozen=True)
class SpeakerCandidate:
    """Someone who may have said a direct quote the attribution rules left open: a person or
    organisation named near it, with the built-in speaker model's probability. Stored per open
    quote under ``story.annotations["speaker_candidates"]`` for the ``choose_speaker`` hook."""

    name: str
    kind: str  # "person" or "organisation"
    probability: float


@dataclass
class Quote:
    """A quotation: ``text == story.body[start:end]`` always holds."""

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Speaker
    cue: QuoteCue = "other"


@dataclass
class Actor:
    """A person, organisation, country or international body named in a story."""

    name: str
    kind: ActorKind
    country: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None


@dataclass
class Statement:
    """One stated position of a country on an issue, with the evidence span in the story body."""

    country: str
    issue: str
    stance: Stance
    text: str
    start: int
    end: int
    actor: str | None = None
    # the country or body whose position or conduct the stance is aimed at ("China warns the
    # US", "Britain rejects the EU's demand"); None when the text names no such actor
    target: str | None = None
    # who voices it: "government" (an official, a ministry, a state outlet, the country or its
    # capital standing for its government) or a party's name for a party's position
    voice: str = "government"


@dataclass
class Story:
    """One article, parsed once: metadata, clean body and (after analysis) its annotations."""

    title: str
    body: str
    source: str | None = None
    byline: str | None = None
    url: str | None = None
    published: datetime | None = None
    path: str | None = None
    guid: str | None = None
    sha256: str = ""
    id: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    annotations: dict[str, Any] = field(default_factory=dict)
    copies: list[Copy] = field(default_factory=list)
    file: str | None = None  # the input's name as the brief shows it: never an absolute path

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256()
            digest.update(self.title.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
            digest.update(self.body.encode("utf-8", "surrogatepass"))
            self.sha256 = digest.hexdigest()
        if not self.id:
            self.id = self.sha256[:12]

    @property
    def file_name(self) -> str | None:
        """The input's name as a brief shows it: :attr:`file`, else the base name of
        :attr:`path` (with its ``#n`` entry number), or the address it was fetched from;
        never an absolute local path."""
        if self.file:
            return self.file
        if not self.path:
            return None
        if self.path.startswith(("http://", "https://")):
            return self.path  # a fetched feed's address is a link, not a local path
        base, hash_, entry = self.path.rpartition("#")
        if not (hash_ and entry.isdigit()):
            base, hash_, entry = self.path, "", ""
        return (PurePath(base).name or base) + hash_ + entry

    @property
    def outlets(self) -> list[str]:
        """Distinct known outlets carrying the story (its own and its copies'), first spelling."""
        names: dict[str, str] = {}
        for source in [self.source, *(c.source for c in self.copies)]:
            if source and source.strip():
                names.setdefault(" ".join(source.casefold().split()), source.strip())
        return list(names.values())

    def sentence_at(self, offset: int) -> tuple[int, int] | None:
        """The (start, end) of the sentence holding ``offset``, if sentences were split.

        Sentences are disjoint and, as the splitter gives them, in order: found by bisection
        (a long story asks once per quote and holder); a list out of order is read through.
        """
        sentences = self.sentences
        at = bisect_right(sentences, offset, key=itemgetter(0)) - 1
        if at >= 0 and sentences[at][0] <= offset < sentences[at][1]:
            return sentences[at][0], sentences[at][1]
        for start, end in sentences:
            if start <= offset < end:
                return start, end
        return None


@dataclass
class Copy:
    """Another copy of a story (same body, or the same wire text in another outlet)."""

    title: str
    source: str | None = None
    url: str | None = None
    published: datetime | None = None
    file: str | None = None
    id: str = ""

    @classmethod
    def of(cls, story: Story) -> Copy:
        """The copy record of ``story`` (its metadata, not its body)."""
        return cls(story.title, story.source, story.url, story.published, story.file_name, story.id)


def outlet_count(stories: list[Story]) -> int:
    """How many distinct outlets report ``stories``: corroboration counts outlets, not copies.

    Known outlets count once each however many copies carry them; stories whose outlet is not
    known add one outlet in all (they may well be the same one), never one per story.
    """
    known: set[str] = set()
    unknown = False
    for story in stories:
        outlets = story.outlets
        known.update(" ".join(name.casefold().split()) for name in outlets)
        unknown = unknown or not outlets
    return len(known) + (1 if unknown else 0)


@dataclass
class SectionResult:
    """What one section produced for a brief: its items, or the error that stopped it."""

    id: str
    title: str
    plugin: str
    items: list[Any] = field(default_factory=list)
    error: str | None = None
    order: int = 100


DateBasis = Literal["given", "stories", "prepared"]
"""Where the as-of date came from: ``--date``, the latest story date, or the day of preparation
because no story is dated."""


@dataclass
class PluginFailure:
    """A plugin hook that raised or returned unusable data, as the brief reports it.

    ``plugin`` is the entry-point name, ``hook`` one of ``import``, ``register_sections``,
    ``read_stories``, ``annotate_story``, ``choose_speaker``, ``build``, ``items`` (items that
    cannot be written as JSON) or ``template``; ``count`` says how many stories or files met the
    same failure, the first of them being ``where``.
    """

    plugin: str
    hook: str
    message: str
    section: str | None = None
    where: str | None = None
    count: int = 1
    detail: str = ""  # the traceback, for --traceback and test reports; never published

    @property
    def section_id(self) -> str | None:
        """The failed section's id (the name this record had when only sections were recorded)."""
        return self.section

    @property
    def text(self) -> str:
        """The message with where it happened and how often."""
        if self.where is None:
            return self.message
        if self.count == 1:
            return f"{self.message} ({self.where})"
        return f"{self.message} ({self.count} times; first: {self.where})"

    def describe(self) -> str:
        """One line for stderr: who failed, in which hook, and why."""
        if self.section:
            owner = f"section {self.section!r} (plugin {self.plugin})"
            return f"{owner} failed in {self.hook}: {self.text}"
        if self.hook == "import":
            return f"plugin {self.plugin} failed to load: {self.text}"
        return f"plugin {self.plugin} failed in {self.hook}: {self.text}"

    def to_json(self) -> dict[str, str | int | None]:
        """The entry of the brief JSON's ``errors`` list."""
        return {
            "plugin": self.plugin,
            "hook": self.hook,
            "section": self.section,
            "message": self.text,
        }


@dataclass
class Brief:
    """A finished brief, ready to render: metadata, the stories in source order, the sections."""

    title: str
    date: date
    stories: list[Story]
    sections: list[SectionResult]
    classification: str = "UNCLASSIFIED"
    distribution: str | None = None
    generated_by: str = "briefgen"
    template_dirs: list[Path] = field(default_factory=list)  # plugins' partials, for rendering
    cited: list[str] | None = None  # ids the sections cite, in Sources order (None: every story)
    date_basis: DateBasis = "given"
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file name, why), no paths
    failures: list[PluginFailure] = field(default_factory=list)  # every plugin failure, in order
    # section partials render.py has rendered, by (format, section id, template folders)
    partials: dict[tuple[Any, ...], str] = field(default_factory=dict, repr=False, compare=False)

    def source_number(self, story_id: str) -> int:
        """The 1-based number of a story in the Sources list."""
        ids = self.cited if self.cited is not None else [story.id for story in self.stories]
        try:
            return ids.index(story_id) + 1
        except ValueError:
            raise KeyError(story_id) from None
