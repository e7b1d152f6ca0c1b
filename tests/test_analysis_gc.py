"""The analysis raises the collector's first threshold only while a story is analysed (a speed
measure, benchmarks/README.md round 9): the process's own setting is back afterwards, also when
the analysis fails."""

from __future__ import annotations

import gc

import pytest

from briefgen.analysis import pipeline
from briefgen.model import Story


def test_the_threshold_is_raised_during_and_restored_after() -> None:
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    original = pipeline._step_modules

    def spying():
        modules = original()
        real_split = modules[-1].split_sentences

        class Sentences:
            def __getattr__(self, name):
                return getattr(modules[-1], name)

            def split_sentences(self, body):
                seen.append(gc.get_threshold())
                return real_split(body)

        return (*modules[:-1], Sentences())

    pipeline._step_modules = spying
    try:
        pipeline.analyze_builtin(Story(title="t", body="Mr Smith said the talks had failed."))
    finally:
        pipeline._step_modules = original
    assert seen and seen[0][0] >= pipeline.ANALYSIS_GC_THRESHOLD
    assert gc.get_threshold() == before


def test_the_threshold_is_restored_when_the_analysis_fails(monkeypatch) -> None:
    before = gc.get_threshold()

    def broken(story):
        raise RuntimeError("boom")

    modules = pipeline._step_modules()
    monkeypatch.setattr(modules[3], "find_people", broken)
    with pytest.raises(RuntimeError, match="boom"):
        pipeline.analyze_builtin(Story(title="t", body="Mr Smith said the talks had failed."))
    assert gc.get_threshold() == before
