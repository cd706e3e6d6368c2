"""Timing shared by the benchmarks (milliseconds): wall clock, and CPU time of this process
(steadier on a shared machine, where the wall clock also counts other work)."""

from __future__ import annotations

import time
from collections.abc import Callable


def elapsed_ms(function: Callable[[], object]) -> float:
    """How long one call takes."""
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def times_ms(function: Callable[[], object], runs: int) -> list[float]:
    """How long each of `runs` calls takes."""
    return [elapsed_ms(function) for _ in range(runs)]


def cpu_ms(function: Callable[[], object]) -> float:
    """CPU time of this process during one call."""
    started = time.process_time()
    function()
    return (time.process_time() - started) * 1000
