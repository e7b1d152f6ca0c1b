"""--jobs and --executor dask give exactly the output of a single process."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.analysis import pipeline
from briefgen.analysis.export import analysis_document
from briefgen.analysis.pipeline import AnalysisSettings, analyze_builtin, analyze_stories
from briefgen.cli import main
from briefgen.ingest import load_stories
from briefgen.model import Story

CORPUS_SAMPLE = Path(__file__).parent / "data" / "corpus"


def _stories(seeds_dir: Path):
    sources = [str(seeds_dir)]
    if CORPUS_SAMPLE.is_dir():
        sources.append(str(CORPUS_SAMPLE))
    return load_stories(sources).stories


def test_per_story_analysis_is_a_picklable_pure_function(seeds_dir):
    story = _stories(seeds_dir)[0]
    again = pickle.loads(pickle.dumps(story))
    first = analysis_document([analyze_builtin(story)])
    second = analysis_document([analyze_builtin(pickle.loads(pickle.dumps(again)))])
    assert first == second
    pickle.dumps(analyze_builtin(again))


def test_two_processes_give_the_same_analysis_in_the_same_order(seeds_dir):
    single = analysis_document(analyze_stories(_stories(seeds_dir), jobs=1))
    parallel = analysis_document(analyze_stories(_stories(seeds_dir), jobs=2))
    assert single == parallel


def test_config_aliases_reach_worker_processes(seeds_dir):
    settings = AnalysisSettings(aliases={"Arirang": "KR"})
    single = analysis_document(analyze_stories(_stories(seeds_dir), jobs=1, settings=settings))
    parallel = analysis_document(analyze_stories(_stories(seeds_dir), jobs=2, settings=settings))
    assert single == parallel


def test_make_with_jobs_writes_the_same_brief(seeds_dir, tmp_path):
    runner = CliRunner()
    outputs = []
    for jobs in ("1", "2", "auto"):
        target = tmp_path / f"b{jobs}.md"
        result = runner.invoke(
            main,
            [
                "make",
                str(seeds_dir),
                "-f",
                "md",
                "-o",
                str(target),
                "--date",
                "2019-04-26",
                "--jobs",
                jobs,
                "-q",
            ],
        )
        assert result.exit_code == 0, result.output
        outputs.append(target.read_text())
    assert outputs[0] == outputs[1] == outputs[2]


def test_auto_jobs_keeps_a_small_batch_in_one_process(monkeypatch):
    monkeypatch.setattr(pipeline, "available_cores", lambda: 4)
    assert pipeline.auto_jobs(0) == 1
    assert pipeline.auto_jobs(pipeline.STORIES_PER_WORKER - 1) == 1
    assert pipeline.auto_jobs(2 * pipeline.STORIES_PER_WORKER) == 2
    assert pipeline.auto_jobs(100 * pipeline.STORIES_PER_WORKER) == 4


def test_auto_jobs_on_a_large_batch_uses_processes_and_gives_the_same_analysis(
    seeds_dir, monkeypatch
):
    used: list[int] = []
    real_map = pipeline._map_builtin

    def recording_map(stories, jobs, settings):
        used.append(jobs)
        return real_map(stories, jobs, settings)

    monkeypatch.setattr(pipeline, "_map_builtin", recording_map)
    monkeypatch.setattr(pipeline, "available_cores", lambda: 2)
    monkeypatch.setattr(pipeline, "STORIES_PER_WORKER", 2)
    single = analysis_document(analyze_stories(_stories(seeds_dir), jobs=1))
    automatic = analysis_document(analyze_stories(iter(_stories(seeds_dir)), jobs=None))
    assert used == [1, 2]
    assert single == automatic


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_analysis(seeds_dir):
    pytest.importorskip("distributed")
    stories = _stories(seeds_dir)[:12]
    single = analysis_document(analyze_stories([*stories], jobs=1))
    reloaded = load_stories([str(seeds_dir)]).stories
    if CORPUS_SAMPLE.is_dir():
        reloaded += load_stories([str(CORPUS_SAMPLE)]).stories
    environment = dict(os.environ)
    on_dask = analysis_document(analyze_stories(reloaded[:12], jobs=2, executor="dask"))
    assert single == on_dask
    # the cluster's settings (MALLOC_TRIM_THRESHOLD_...) do not leak into later subprocesses
    assert dict(os.environ) == environment


def test_the_first_story_loads_every_lexicon_before_it_is_analysed(seeds_dir):
    """A rarer pattern is built before the first story, not inside a later one."""
    from briefgen.analysis import holders, issues, stance_verbs

    pipeline.configure(None)  # drops the cached lexicons, as a new configuration does
    for loader in (issues.issue_lexicon, holders._office_after, stance_verbs._predicate_pattern):
        loader.cache_clear()
    assert pipeline._is_loader(issues.issue_lexicon, issues.__name__)
    assert not pipeline._is_loader(pipeline.configure, pipeline.__name__)  # no cache
    analyze_builtin(Story(title="Note", body="Nothing here."))
    for loader in (issues.issue_lexicon, holders._office_after, stance_verbs._predicate_pattern):
        assert loader.cache_info().currsize == 1
