"""Per-story analysis: the built-in steps in order, then plugins' ``annotate_story`` hooks.

``analyze_builtin`` is a pure, picklable function of a story, so it can be mapped over
processes (``--jobs``) or a Dask cluster; plugin hooks run afterwards in the calling process.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import inspect
import os
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any

from briefgen.errors import BriefgenError
from briefgen.model import Story

if TYPE_CHECKING:
    from briefgen.plugins import Plugins

CHUNK_SIZE = 64
# ``jobs=None`` ("auto") analyses in one process below this many stories per extra process: a
# worker costs ~0.2 s to start and feed, about what 100 stories take to analyse.
STORIES_PER_WORKER = 250


@dataclass(frozen=True)
class AnalysisSettings:
    """User config the analysis needs: ``[actors]`` aliases and ``[issues.<id>]`` entries."""

    aliases: dict[str, str] = field(default_factory=dict)
    issues: dict[str, dict[str, Any]] = field(default_factory=dict)


def configure(settings: AnalysisSettings | None) -> None:
    """Apply settings in this process (run in every worker too, as the pool initializer)."""
    from briefgen.analysis.gazetteer import extend_aliases, reset_aliases
    from briefgen.analysis.issues import merge_issues, reset_issues

    reset_aliases()
    reset_issues()
    _preloaded.clear()  # the resets dropped cached lexicons: load them again before a story
    if settings is not None:
        extend_aliases(settings.aliases)
        merge_issues(settings.issues)


def preload() -> None:
    """Build every lexicon and pattern the analysis modules load lazily: each module's
    argument-free ``functools.cache`` loader is called once.

    One-time work is then done before the first story, not inside whichever later story first
    needs a rarer pattern (which made a sample's per-story cost depend on its first story).
    """
    import briefgen.analysis as package

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in list(vars(module).values()):
            if _is_loader(value, module.__name__):
                value()


def _is_loader(value: Any, module: str) -> bool:
    """Whether ``value`` is an argument-free ``functools.cache`` function of ``module``."""
    info = getattr(value, "cache_info", None)
    return (
        callable(info)
        and getattr(value, "__module__", None) == module
        and info().maxsize is None
        and not inspect.signature(value).parameters
    )


# the collector's first threshold while a story is analysed: a story allocates tens of thousands
# of short-lived objects, and the default (700) runs a young collection every few hundred of
# them, each re-scanning the survivors; the old threshold is back when the story is done
# (benchmarks/README.md, round 9: 16.88 -> 16.56 M instructions/story, output identical)
ANALYSIS_GC_THRESHOLD = 20_000
_preloaded: list[bool] = []  # set once preload() ran in this process


@functools.cache
def _step_modules() -> tuple[ModuleType, ...]:
    """The modules of the analysis steps, imported once: a ``from ... import`` in a function
    costs microseconds on every story, and importing them at the top would slow ``briefgen
    --help``. Their functions are still looked up at each call."""
    from briefgen.analysis import (
        actors,
        dates,
        document,
        people,
        positions,
        quotes,
        role_labels,
        sentences,
    )

    return actors, dates, document, people, positions, quotes, role_labels, sentences


def analyze_builtin(story: Story) -> Story:
    """Fill sentences, quotes, actors, statements and dates (the mentions and the expressions
    they resolve) of ``story`` and return it."""
    if not _preloaded:
        preload()
        _preloaded.append(True)
        if gc.isenabled() and not gc.get_freeze_count():
            # the lexicons live as long as the process: out of the collector's reach, no
            # full collection re-traverses them (``--jobs`` workers never settle their heap;
            # ``analyze_stories`` unfreezes at its end, so this is undone with its block)
            gc.freeze()
    actors, dates, document, people, positions, quotes, role_labels, sentences = _step_modules()
    threshold = gc.get_threshold()
    gc.set_threshold(max(threshold[0], ANALYSIS_GC_THRESHOLD), *threshold[1:])
    try:
        story.sentences = sentences.split_sentences(story.body)
        story.annotations["datelines"] = document.datelines(story.body)
        found = people.find_people(story)
        story.quotes = quotes.find_quotes(story, found)
        story.annotations["roles"] = role_labels.speaker_roles(
            sentences.plain_spaces(story.body), found, story.quotes
        )
        story.actors = actors.find_actors(story, found)
        actors.assign_countries(story)
        story.statements = positions.find_statements(story)
        dates.annotate(story)
    finally:
        gc.set_threshold(*threshold)
    return story


def analyze_story(story: Story, plugins: Plugins | None = None) -> Story:
    """Analyse one story: built-in steps, then the plugins' annotations."""
    analyze_builtin(story)
    if plugins is not None:
        plugins.annotate_story(story)
    return story


def available_cores() -> int:
    """CPU cores this process may run on (its affinity mask, not the whole machine's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def auto_jobs(story_count: int) -> int:
    """Processes worth starting for ``story_count`` stories: one per available core, but no
    more than one per ``STORIES_PER_WORKER`` stories (a small batch runs in this process)."""
    return max(1, min(available_cores(), story_count // STORIES_PER_WORKER))


def analyze_stories(
    stories: Iterable[Story],
    plugins: Plugins | None = None,
    jobs: int | None = 1,
    progress: Callable[[int], None] | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    settings: AnalysisSettings | None = None,
) -> list[Story]:
    """Analyse every story, in input order whatever ``jobs`` or ``executor`` is.

    ``jobs=None`` picks the number of processes from the cores and the batch (``auto_jobs``).
    ``executor="dask"`` maps the built-in analysis over a Dask cluster: the one at
    ``scheduler`` (an address such as ``tcp://10.0.0.5:8786``), else a LocalCluster with
    ``jobs`` workers. Needs the ``briefgen[dask]`` extra.
    """
    configure(settings)
    if jobs is None:
        stories = list(stories)
        jobs = auto_jobs(len(stories))
    if executor == "dask":
        mapped: Iterable[Story] = _map_dask(stories, jobs, scheduler, settings)
    elif executor == "local":
        mapped = _map_builtin(stories, jobs, settings)
    else:
        raise BriefgenError(f"unknown executor {executor!r} (use local or dask)")
    analysed: list[Story] = []
    with _settled_heap() as settle:
        for story in mapped:
            if plugins is not None:
                plugins.annotate_story(story)
            analysed.append(story)
            if progress is not None:
                progress(1)
            if len(analysed) % CHUNK_SIZE == 0:
                settle()
    return analysed


@contextlib.contextmanager
def _settled_heap() -> Iterator[Callable[[], None]]:
    """Yields ``settle()``, which moves every object alive so far out of the cyclic GC's reach
    (``gc.freeze``) until the block ends.

    The analysed stories only accumulate; without this each older-generation collection
    traverses all of them again (~6% of the analysis time at 2,055 stories). Objects are
    still freed by reference counting; the block's end hands them back to the collector.
    Does nothing when the caller disabled the collector or froze objects of its own.
    """
    if not gc.isenabled() or gc.get_freeze_count():
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def _map_dask(
    stories: Iterable[Story], jobs: int, scheduler: str | None, settings: AnalysisSettings | None
) -> Iterator[Story]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BriefgenError(
            "--executor dask needs the dask extra: pip install 'briefgen[dask]'"
        ) from None
    batch = list(stories)
    environment = dict(os.environ)  # LocalCluster sets MALLOC_TRIM_THRESHOLD_ and others here
    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        chunks = [batch[i : i + CHUNK_SIZE] for i in range(0, len(batch), CHUNK_SIZE)]
        futures = client.map(_analyze_chunk, chunks, settings=settings, pure=False)
        for future in futures:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        # leave no trace: later subprocesses (the PDF renderer, plugins) would inherit them, and
        # MALLOC_TRIM_THRESHOLD_=65536 makes large allocations several times slower
        os.environ.clear()
        os.environ.update(environment)


def _analyze_chunk(stories: list[Story], settings: AnalysisSettings | None) -> list[Story]:
    configure(settings)
    return [analyze_builtin(story) for story in stories]


def _map_builtin(
    stories: Iterable[Story], jobs: int, settings: AnalysisSettings | None
) -> Iterator[Story]:
    if jobs <= 1:
        for story in stories:
            yield analyze_builtin(story)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=configure, initargs=(settings,)) as pool:
        yield from pool.map(analyze_builtin, stories, chunksize=CHUNK_SIZE)
