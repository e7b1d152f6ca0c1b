"""Linear-time checks that the machine's load does not move.

A wall clock counts the time other processes hold the CPU; ``time.process_time`` counts only
this process's CPU time, so a busy shared machine no longer makes a linear function look
quadratic. Each size is run a few times and the best run kept: interference only ever adds.
"""

from __future__ import annotations

import time
from collections.abc import Callable

TIMER_FLOOR = 2e-3  # CPU seconds below which the timer's resolution dominates


def cpu_seconds(run: Callable[[], object], repeats: int = 1) -> float:
    """The least CPU time (this process only) of ``repeats`` calls of ``run``."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best


def assert_linear(
    small: Callable[[], object],
    large: Callable[[], object],
    factor: int,
    *,
    slack: float = 4.0,
    ceiling: float | None = None,
) -> None:
    """``large`` (``factor`` times the input of ``small``) costs at most ``slack * factor``
    times as much CPU: linear gives ~``factor``, quadratic ~``factor**2``."""
    small_time = max(cpu_seconds(small, repeats=3), TIMER_FLOOR)
    large_time = cpu_seconds(large, repeats=2)
    ratio = large_time / small_time
    assert ratio < slack * factor, (
        f"x{factor} the input took x{ratio:.1f} the CPU time "
        f"({small_time:.3f} s -> {large_time:.3f} s): not linear"
    )
    if ceiling is not None:
        assert large_time < ceiling, f"{large_time:.1f} CPU s for the large input"
