"""``briefgen schedule``: run jobs on their cron expressions, in the foreground.

For users without cron or systemd timers. Each job with a ``schedule`` runs at its next cron
time (local time zone); runs missed while the scheduler was not running are not caught up (use a
systemd timer with ``Persistent=true`` for that). SIGTERM or SIGINT: the current run finishes,
then the scheduler exits 0. Runs go through the same job lock as ``briefgen run``, waiting up
to ``lock_wait`` seconds when a cron-started run holds it.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import FrameType

from croniter import croniter

from briefgen.config import load_config
from briefgen.errors import BriefgenError, ConfigError
from briefgen.jobs.config import load_jobs

TICK_SECONDS = 0.5
DEFAULT_LOCK_WAIT = 300.0


def next_time(expression: str, after: datetime) -> datetime:
    """The first time after ``after`` matching the cron expression."""
    return croniter(expression, after).get_next(datetime)


def serve(
    config_path: Path,
    *,
    echo: Callable[[str], None],
    warn: Callable[[str], None],
    lock_wait: float = DEFAULT_LOCK_WAIT,
) -> int:
    """Run scheduled jobs until SIGTERM/SIGINT; returns 0 after a clean shutdown."""
    from briefgen.jobs.runner import run_jobs

    config = load_config(Path(config_path))
    jobs = load_jobs(config)
    schedules = {name: job.schedule for name, job in jobs.items() if job.schedule}
    for name, job in jobs.items():
        if not job.schedule:
            warn(f"job {name} has no schedule; briefgen schedule will not run it")
    if not schedules:
        raise ConfigError(f'{config.path}: no job has a schedule (add schedule = "0 6 * * *")')
    stopping: list[str] = []

    def stop(signum: int, frame: FrameType | None) -> None:
        if not stopping:
            stopping.append(signal.Signals(signum).name)
            echo(f"{stopping[0]} received: stopping after the current run")

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        now = datetime.now().astimezone()
        due = {name: next_time(expr, now) for name, expr in schedules.items()}
        for name, when in due.items():
            echo(f"job {name}: next run {when.isoformat(timespec='seconds')}")
        while not stopping:
            name = min(due, key=lambda n: due[n])
            delay = (due[name] - datetime.now().astimezone()).total_seconds()
            if delay > 0:
                time.sleep(min(delay, TICK_SECONDS))
                continue
            try:
                run_jobs(Path(config_path), name, echo=echo, warn=warn, lock_wait=lock_wait)
            except BriefgenError as exc:
                warn(f"job {name}: {exc}")
            except Exception as exc:  # keep serving the other jobs
                warn(f"job {name}: unexpected {type(exc).__name__}: {exc}")
            due[name] = next_time(schedules[name], datetime.now().astimezone())
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    echo("scheduler stopped")
    return 0
