"""CPU seconds per phase of `briefgen make -f md,json`, each section's build on its own line.

    python benchmarks/serial_phases.py ../shared/corpus/bbc --date 2005-06-01
    python benchmarks/serial_phases.py ../shared/corpus/bbc --date 2005-06-01 --profile b.out

CPU time (``time.process_time``), not wall time: on a shared machine the wall clock measures
the other users. The analysis runs in this process (``--jobs 1``) so every phase is counted; the
"serial" line is everything but the analysis map, i.e. what `make` does in one process whatever
``--jobs`` says (start-up, plugins, ingest, the cross-story sections, rendering). ``--profile``
writes a cProfile (CPU timer) of the build and render phases.
"""

from __future__ import annotations

import time

START = time.process_time()

import argparse  # noqa: E402
import cProfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import date  # noqa: E402
from typing import Any  # noqa: E402

from briefgen.analysis.pipeline import AnalysisSettings, analyze_stories  # noqa: E402
from briefgen.build import build_brief  # noqa: E402
from briefgen.config import load_config  # noqa: E402
from briefgen.heap import frozen  # noqa: E402
from briefgen.ingest import load_stories  # noqa: E402
from briefgen.output import render_brief  # noqa: E402
from briefgen.plugins import get_plugins  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source")
    parser.add_argument("--date", required=True, help="the brief's as-of date, YYYY-MM-DD")
    parser.add_argument("--profile", help="write a cProfile of build + render here")
    args = parser.parse_args()
    phases: dict[str, float] = {"import": time.process_time() - START}

    def phase(name: str, func: Callable[[], Any]) -> Any:
        t0 = time.process_time()
        result = func()
        phases[name] = time.process_time() - t0
        return result

    config = phase("config", lambda: load_config(None))
    plugins = phase("plugins", get_plugins)
    loaded = phase("ingest", lambda: load_stories([args.source], plugins))
    settings = AnalysisSettings(config.actors, config.issues)
    stories = phase(
        "analysis",
        lambda: analyze_stories(loaded.stories, plugins, 1, None, "local", None, settings),
    )
    sections: dict[str, float] = {}
    for registered in plugins.sections():
        section = registered.section
        build = section.build

        def timed(context: Any, build: Any = build, section_id: str = section.id) -> list[Any]:
            t0 = time.process_time()
            items = list(build(context))
            sections[section_id] = time.process_time() - t0
            return items

        section.build = timed  # type: ignore[method-assign]
    profile = cProfile.Profile(time.process_time) if args.profile else None
    with frozen():  # as `make` does: the analysed stories stay out of the collector's passes
        if profile is not None:
            profile.enable()
        outcome = phase(
            "build",
            lambda: build_brief(
                stories,
                plugins=plugins,
                title="Policy brief",
                as_of=date.fromisoformat(args.date),
                config=config,
            ),
        )
        formats = ["md", "json"]
        phase("render", lambda: render_brief(outcome.brief, formats, None, outcome.template_dirs))
        if profile is not None:
            profile.disable()
            profile.dump_stats(args.profile)
    total = time.process_time() - START
    for name, seconds in phases.items():
        print(f"{name:24} {seconds:6.3f}")
    print(f"{'total':24} {total:6.3f}")
    print(f"{'serial (total - analysis)':24} {total - phases['analysis']:6.3f}")
    for section_id, seconds in sorted(sections.items(), key=lambda item: -item[1]):
        print(f"  section {section_id:16} {seconds:6.3f}")


if __name__ == "__main__":
    main()
