"""The ``briefgen`` command line; the only module that imports click.

Exit codes: 0 success; 1 a brief was made but something was skipped or failed (a bad input
file, a failing plugin); 2 nothing was made (usage error, bad config, no stories, or --strict
with any failure).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from briefgen import __version__
from briefgen.errors import BriefgenError

PROGRESS_THRESHOLD = 50


class Fatal(click.ClickException):
    """An error that stopped briefgen before anything was written."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"briefgen: error: {self.message}", err=True)


def warn(message: str) -> None:
    """One warning line on stderr."""
    click.echo(f"briefgen: warning: {message}", err=True)


def _parse_formats(values: tuple[str, ...]) -> list[str]:
    from briefgen.output import FORMATS

    formats: list[str] = []
    for value in values:
        for fmt in value.split(","):
            fmt = fmt.strip().lower().lstrip(".")
            fmt = {"markdown": "md", "htm": "html"}.get(fmt, fmt)
            if not fmt:
                continue
            if fmt not in FORMATS:
                raise click.BadParameter(
                    f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})",
                    param_hint="'-f' / '--format'",
                )
            if fmt not in formats:
                formats.append(fmt)
    return formats


def _parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date like 2019-04-26", param_hint="'--date'"
        ) from None


def _run_guarded(action: Callable[[], int], show_traceback: bool) -> None:
    """Run a command body, turning BriefgenError into one line and the exit code."""
    try:
        code = action()
    except BriefgenError as exc:
        if show_traceback:
            raise
        raise Fatal(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("briefgen: interrupted; nothing half-written was left behind", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()  # the reader of -o - went away (| head); not an error worth a line
        sys.exit(1)
    except Exception as exc:  # a bug: still one line; --traceback shows the details
        if show_traceback:
            raise
        click.echo(
            f"briefgen: error: internal error: {type(exc).__name__}: {exc} "
            "(run again with --traceback and report it)",
            err=True,
        )
        sys.exit(2)
    sys.exit(code)


def _load(
    sources: tuple[str, ...],
    plugins: Any,
    quiet: bool,
    strict: bool,
    jobs: int | None = 1,
    executor: str = "local",
    scheduler: str | None = None,
    config: Any = None,
    skipped: list[tuple[str, str]] | None = None,
) -> tuple[list[Any], int]:
    """Read and analyse stories; returns them and 1 when some input was skipped, else 0.

    ``skipped`` receives (file name, why) per skipped input, for the brief's own note.
    """
    from briefgen.analysis.pipeline import AnalysisSettings, analyze_stories
    from briefgen.ingest import load_stories

    stdin = sys.stdin.buffer if "-" in sources else None
    loaded = load_stories(list(sources), plugins, stdin=stdin)
    for problem in loaded.problems:
        warn(f"{problem} (skipped)")
    if loaded.problems and strict:
        raise BriefgenError(f"{len(loaded.problems)} input problem(s) and --strict is set")
    if not loaded.stories:
        raise BriefgenError("no stories to read from " + ", ".join(sources))
    if loaded.duplicates and not quiet:
        warn(f"{loaded.duplicates} duplicate stories skipped (each is read once)")
    if loaded.merged and not quiet:
        warn(f"{loaded.merged} copies merged into the story they repeat (one story per story)")
    if skipped is not None:
        skipped.extend(loaded.skipped)
    settings = AnalysisSettings(config.actors, config.issues) if config is not None else None
    show_bar = not quiet and len(loaded.stories) >= PROGRESS_THRESHOLD and sys.stderr.isatty()
    if show_bar:
        with click.progressbar(
            length=len(loaded.stories), label="Analysing stories", file=sys.stderr
        ) as bar:
            stories = analyze_stories(
                loaded.stories, plugins, jobs, bar.update, executor, scheduler, settings
            )
    else:
        stories = analyze_stories(
            loaded.stories, plugins, jobs, None, executor, scheduler, settings
        )
    return stories, 1 if loaded.problems else 0


def _plugins(quiet: bool, report: bool = True) -> Any:
    from briefgen.plugins import get_plugins

    plugins = get_plugins()
    if report and not quiet:
        for name, error in plugins.load_errors.items():
            warn(f"plugin {name} failed to load: {error}")
    return plugins


def report_failures(failures: list[Any], details: bool = False) -> None:
    """One stderr line per plugin failure (printed even with -q: each is an error); with
    ``details`` (--traceback), the plugin's traceback after it."""
    for failure in failures:
        click.echo(f"briefgen: {failure.describe()}", err=True)
        if details and failure.detail:
            click.echo(failure.detail.rstrip("\n"), err=True)


def stop_if_strict(failures: list[Any], strict: bool, details: bool = False) -> None:
    """With --strict, any plugin failure stops briefgen before it writes anything."""
    if strict and failures:
        report_failures(failures, details)
        raise BriefgenError(
            f"{len(failures)} plugin failure(s) and --strict is set; nothing written"
        )


def analysis_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--jobs, --executor and --scheduler, shared by make and analyze."""
    command = click.option(
        "--scheduler", "scheduler", help="Dask scheduler address (default: a LocalCluster)."
    )(command)
    command = click.option(
        "--executor",
        type=click.Choice(["local", "dask"]),
        default="local",
        show_default=True,
        help="Where analysis runs; dask needs briefgen[dask].",
    )(command)
    return click.option(
        "-j",
        "--jobs",
        default="auto",
        show_default=True,
        type=JobsType(),
        help="Processes for analysis: a number, or auto (one per core for large batches).",
    )(command)


class JobsType(click.ParamType):
    """``--jobs``: a whole number >= 1, or ``auto`` (None: the analysis decides)."""

    name = "N|auto"

    def convert(self, value: Any, param: Any, ctx: Any) -> int | None:
        if value is None or value == "auto":
            return None
        try:
            number = int(value)
        except (TypeError, ValueError):
            number = 0
        if number < 1:
            self.fail(f"{value!r} is not a number >= 1 or auto", param, ctx)
        return number


traceback_option = click.option(
    "--traceback", "show_traceback", is_flag=True, help="Show Python tracebacks (debugging)."
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
def main() -> None:
    """briefgen turns news stories into a policy brief (Markdown, HTML, PDF, JSON)."""


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "-o", "--output", "output", help="File (brief.md) or folder; '-' for Markdown on stdout."
)
@click.option(
    "-f",
    "--format",
    "formats",
    multiple=True,
    help="md,html,pdf,json (repeatable; default md,pdf).",
)
@click.option("--title", help="Brief title (default from config, else 'Policy brief').")
@click.option("--date", "as_of", help="As-of date, YYYY-MM-DD (default: the latest story date).")
@click.option(
    "--section", "sections", multiple=True, help="Section id to include, in order (repeatable)."
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    help="briefgen.toml (default ./briefgen.toml).",
)
@click.option(
    "--template-dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder of templates overriding the built-ins.",
)
@click.option("--page-size", default="A4", show_default=True, help="PDF page size: A4 or Letter.")
@click.option(
    "--strict", is_flag=True, help="Stop before writing anything if an input or a plugin fails."
)
@click.option("--appendix", is_flag=True, help="List every story read after the cited Sources.")
@analysis_options
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
@traceback_option
def make(
    sources: tuple[str, ...],
    output: str | None,
    formats: tuple[str, ...],
    title: str | None,
    as_of: str | None,
    sections: tuple[str, ...],
    config_path: Path | None,
    template_dir: Path | None,
    page_size: str,
    strict: bool,
    appendix: bool,
    jobs: int | None,
    executor: str,
    scheduler: str | None,
    quiet: bool,
    show_traceback: bool,
) -> None:
    """Make a brief from story files, folders, globs or '-' (stdin)."""
    from briefgen.output import check_output

    chosen = _parse_formats(formats) or ["md", "pdf"]
    given_date = _parse_date(as_of) if as_of is not None else None
    if output == "-" and chosen != ["md"]:
        if formats:
            raise click.UsageError("-o - writes Markdown only; drop -f or use -f md")
        chosen = ["md"]
    if output != "-":
        problem = check_output(output, chosen)
        if problem:
            raise Fatal(problem)
    if template_dir is not None and not template_dir.is_dir():
        raise click.BadParameter(f"{template_dir}: no such folder", param_hint="'--template-dir'")

    def action() -> int:
        from briefgen.pdf_worker import prestarted

        # a PDF is wanted: start WeasyPrint in a second process while stories are analysed
        with prestarted("pdf" in chosen and output != "-"):
            return make_brief()

    def make_brief() -> int:
        from briefgen.config import load_config
        from briefgen.heap import frozen

        config = load_config(config_path)
        if appendix:
            config.raw.setdefault("sections", {}).setdefault("sources", {})["appendix"] = True
        plugins = _plugins(quiet, report=False)  # every failure is reported with the brief
        stop_if_strict(plugins.failures, strict, show_traceback)
        skipped: list[tuple[str, str]] = []
        stories, code = _load(
            sources, plugins, quiet, strict, jobs, executor, scheduler, config, skipped
        )
        stop_if_strict(plugins.failures, strict, show_traceback)
        with frozen():  # the analysed stories live to the end: keep them out of GC passes
            return _build_and_write(config, plugins, stories, code, skipped)

    def _build_and_write(
        config: Any, plugins: Any, stories: list[Any], code: int, skipped: list[tuple[str, str]]
    ) -> int:
        from briefgen.build import as_of_date, build_brief
        from briefgen.output import output_paths, render_brief, write_rendered

        brief_date, basis = as_of_date(stories, given_date)
        brief_title = title or config.brief.get("title") or "Policy brief"
        outcome = build_brief(
            stories,
            plugins=plugins,
            title=str(brief_title).replace("{date}", brief_date.isoformat()),
            as_of=brief_date,
            section_ids=list(sections) or None,
            config=config,
            strict=strict,
        )
        outcome.brief.date_basis = basis
        outcome.brief.skipped = skipped
        brief = outcome.brief
        formats = ["md"] if output == "-" else chosen
        rendered = render_brief(brief, formats, template_dir, outcome.template_dirs, page_size)
        stop_if_strict(brief.failures, strict, show_traceback)  # templates' are known only now
        report_failures(brief.failures, show_traceback)
        if brief.failures:
            code = 1
        if output == "-":
            sys.stdout.buffer.write(rendered["md"])
            sys.stdout.flush()
        else:
            written = write_rendered(rendered, output_paths(output, chosen, brief.title))
            if not quiet:
                for path in written.values():
                    click.echo(f"briefgen: wrote {path}", err=True)
        return code

    _run_guarded(action, show_traceback)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(path_type=Path),
    help="Write the JSON here (default stdout).",
)
@analysis_options
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@traceback_option
def analyze(
    sources: tuple[str, ...],
    output: Path | None,
    jobs: int | None,
    executor: str,
    scheduler: str | None,
    quiet: bool,
    show_traceback: bool,
) -> None:
    """Print the per-story analysis (quotes, actors) as JSON (schema briefgen/analysis@1)."""

    def action() -> int:
        from briefgen.analysis.export import analysis_document
        from briefgen.output import atomic_write

        plugins = _plugins(quiet, report=False)
        stories, code = _load(sources, plugins, quiet, False, jobs, executor, scheduler)
        report_failures(plugins.failures, show_traceback)
        if plugins.failures:
            code = 1
        text = json.dumps(analysis_document(stories), ensure_ascii=False, indent=2) + "\n"
        data = text.encode("utf-8", "replace")
        if output is None or str(output) == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            atomic_write(output, data)
        return code

    _run_guarded(action, show_traceback)


def _problems(plugins: Any, info: Any) -> list[str]:
    """What went wrong in a loaded plugin's hooks (a raising ``register_sections``)."""
    if info.problems or info.error:
        return list(info.problems)
    prefix = f"plugin {info.name}: "  # when describe() does not fill them: the registration log
    return [
        "register_sections: " + problem.removeprefix(prefix)
        for problem in plugins.registration_errors
        if problem.startswith(prefix)
    ]


def _plugin_fields(plugins: Any, info: Any) -> dict[str, Any]:
    """One plugin for ``plugins --json``: name, distribution and version as separate fields."""
    from dataclasses import asdict

    fields = asdict(info)
    distribution, version = plugins.distributions.get(info.name, (None, None))
    fields.update(distribution=distribution, version=version)
    return fields


def _show_hook(plugins: Any, hook: str, as_json: bool) -> None:
    """``plugins --hook NAME``: implementations in call order, with their ordering flags."""
    from dataclasses import asdict

    names = plugins.hook_names()
    if hook not in names:
        raise click.BadParameter(
            f"no hook {hook!r} (hooks: {', '.join(names)})", param_hint="'--hook'"
        )
    found = plugins.hook_implementations(hook)
    if as_json:
        click.echo(json.dumps([asdict(impl) for impl in found], indent=2))
        return
    for impl in found:
        flags = [
            flag
            for flag in ("wrapper", "hookwrapper", "tryfirst", "trylast")
            if getattr(impl, flag)
        ]
        shown = f"  ({', '.join(flags)})" if flags else ""
        click.echo(f"{impl.plugin}  {impl.function}{shown}")


@main.group("plugins", invoke_without_command=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--hook",
    "hook",
    metavar="NAME",
    help="List the plugins implementing this hook, in the order they are called.",
)
@click.pass_context
def plugins_command(ctx: click.Context, as_json: bool, hook: str | None) -> None:
    """List installed plugins, their versions, hooks and sections, and any that failed.

    'briefgen plugins new NAME' writes the skeleton of a new plugin package.
    """
    if ctx.invoked_subcommand is not None:
        return
    from briefgen.plugins import get_plugins

    plugins = get_plugins()
    if hook is not None:
        _show_hook(plugins, hook, as_json)
        return
    infos = plugins.describe()
    for info in infos:
        info.problems = _problems(plugins, info)
    if as_json:
        click.echo(json.dumps([_plugin_fields(plugins, info) for info in infos], indent=2))
        return
    for info in infos:
        version = info.version or "(no version)"
        if info.error:
            click.echo(f"{info.name}  {version}  FAILED TO LOAD: {info.error}")
            continue
        provides = ", ".join(info.hooks)
        sections = f"  sections: {', '.join(info.sections)}" if info.sections else ""
        origin = " [built-in]" if info.builtin else ""
        failed = "".join(f"  FAILED: {problem}" for problem in info.problems)
        click.echo(f"{info.name}  {version}{origin}  hooks: {provides}{sections}{failed}")


@main.command("sections")
def sections_command() -> None:
    """List the section ids available to --section, with a one-line description."""
    from briefgen.plugins import get_plugins

    plugins = get_plugins()
    registered = plugins.sections()
    width = max((len(r.section.id) for r in registered), default=0)
    for r in registered:
        default = "" if getattr(r.section, "default", True) else " (not in briefs by default)"
        click.echo(f"{r.section.id.ljust(width)}  {r.section.description}{default}")
    for problem in plugins.registration_errors:
        warn(problem)


@plugins_command.command("new")
@click.argument("name")
@click.option(
    "--dir",
    "directory",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("."),
    show_default=True,
    help="Folder in which the package folder briefgen-NAME is made.",
)
def plugins_new(name: str, directory: Path) -> None:
    """Write the skeleton of a plugin package briefgen-NAME: a section, its templates, config,
    a test, pyproject.toml and a README. Then: pip install -e briefgen-NAME; pytest."""
    from briefgen.scaffold import write_plugin

    try:
        written = write_plugin(name, directory)
    except BriefgenError as exc:
        raise Fatal(str(exc)) from None
    click.echo(f"briefgen: wrote {written}", err=True)
    click.echo(
        f"next: pip install -e {written} && (cd {written} && pytest); "
        f"then 'briefgen sections' lists {name}",
        err=True,
    )


@main.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    default=Path("briefgen.toml"),
    show_default=True,
)
@click.option("--job", "job", help="Run only this job (default: every job).")
@click.option(
    "--wait",
    "wait",
    default=0.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds to wait while another run of the same job holds its lock (then exit 2).",
)
@click.option(
    "--redo",
    is_flag=True,
    help="Rebuild each job's newest brief in place from the stories it was built from.",
)
@click.option(
    "-q",
    "--quiet",
    is_flag=True,
    help="No progress lines; warnings and errors still print (so cron mails only problems).",
)
@traceback_option
def run(
    config_path: Path,
    job: str | None,
    wait: float,
    redo: bool,
    quiet: bool,
    show_traceback: bool,
) -> None:
    """Run configured jobs once (for cron and systemd timers): new stories only, idempotent.

    Exit 0: a brief was written, or nothing was new. 1: the same, but an input, feed or plugin
    failed (a brief with a plugin failure keeps its stories for the next run). 2: nothing
    written (bad config, the job already running, a fatal error).
    """
    from briefgen.jobs.runner import run_jobs

    def echo(message: str) -> None:
        if not quiet:
            click.echo(f"briefgen: {message}", err=True)

    _run_guarded(
        lambda: run_jobs(
            config_path,
            job,
            echo=echo,
            warn=warn,
            lock_wait=wait,
            redo=redo,
            details=show_traceback,
        ),
        show_traceback,
    )


@main.command()
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path),
    default=Path("briefgen.toml"),
    show_default=True,
)
@click.option(
    "--wait",
    "wait",
    default=300.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds a scheduled run waits while another run of the same job holds its lock.",
)
@traceback_option
def schedule(config_path: Path, wait: float, show_traceback: bool) -> None:
    """Run jobs on their cron expressions in the foreground until SIGTERM or Ctrl-C."""
    from briefgen.jobs.scheduler import serve

    def echo(message: str) -> None:
        click.echo(f"briefgen: {message}", err=True)

    _run_guarded(lambda: serve(config_path, echo=echo, warn=warn, lock_wait=wait), show_traceback)


if __name__ == "__main__":  # pragma: no cover
    main()
