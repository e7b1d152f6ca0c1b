"""Every hook briefgen calls, with the markers plugins use. Nothing else lives here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from briefgen.model import Quote, SpeakerCandidate, Story
    from briefgen.section import Section

PROJECT = "briefgen"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_sections(register: Callable[[Section], None]) -> None:
    """Contribute brief sections.

    Runs once when the plugin manager is first asked for sections.

    :param register: call it with one :class:`briefgen.Section` instance per section. The core
        owns section ids: registering an id twice is reported as a plugin error.
    """


@hookspec(firstresult=True)
def read_stories(path: Path, data: bytes) -> list[Story] | None:
    """Turn one input file into stories, or return None when the format is not yours.

    Runs for every input file, plugins before the built-in readers (which are ``trylast``); the
    first reader that returns a list wins.

    :param path: the file's path as the user gave it (``Path("-")`` for standard input).
    :param data: the file's raw bytes.
    :returns: the stories in the file (possibly empty), or None to let the next reader try.
    :raises briefgen.errors.InputError: when the file is yours but cannot be read; the message
        should say what is wrong, the core adds the file name.
    """


@hookspec
def story_suffixes() -> list[str]:
    """Name the file suffixes your ``read_stories`` reads, so folders and globs include them.

    Runs once per ``load_stories`` call. Files named one by one reach every reader whatever
    their suffix; this hook only widens what a folder or glob picks up.

    :returns: lower-case suffixes with the dot, e.g. ``[".eml", ".mbox"]``.
    """


@hookspec
def annotate_story(story: Story) -> None:
    """Add or adjust annotations of one story after the built-in analysis has run.

    Runs once per story, in the main briefgen process, one plugin at a time, after the built-in
    analysis (which ``--jobs`` or a Dask cluster may run in other processes).
    Mutate ``story`` in place: append to ``story.quotes``, ``story.actors``,
    ``story.statements`` or put your own data under ``story.annotations["<your plugin>"]``.
    This is where a plugin brings a statistical model.

    :param story: the story, with its sentences, quotes, actors and statements filled in.
    """


@hookspec(firstresult=True)
def choose_speaker(
    quote: Quote, candidates: list[SpeakerCandidate], story: Story
) -> SpeakerCandidate | None:
    """Pick the speaker of a direct quote the attribution rules left open.

    Runs in the main briefgen process, after the built-in analysis and before
    ``annotate_story``, once per direct quote the rules left without a speaker and with
    someone named near it; plugins are asked in call order and the first that returns a
    candidate wins. The built-in speaker model (weights fitted on PolNeAR, see
    docs/analysis.md) has already given the quote its best candidate when it was sure enough:
    that is the default this hook overrides. Only the quote's speaker changes: statements and
    sections built from it by the built-in analysis are not redone.

    :param quote: the quote, with the built-in model's speaker or ``Speaker(name=None)``.
    :param candidates: the people and organisations named around it, most probable first,
        each with the built-in model's probability.
    :param story: the analysed story (its body, sentences and other quotes).
    :returns: one of ``candidates`` to make it the speaker, or None to leave the choice to
        the next plugin and finally to the built-in model.
    """
