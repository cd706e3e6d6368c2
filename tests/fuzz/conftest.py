"""The fuzz profiles: quick (in every test run, a few hundred fixed cases, seconds) and long
(`scripts/fuzz`: thousands of fresh random cases). KLAUSUL_FUZZ_CASES sets the number of
cases in all; KLAUSUL_FUZZ_REPORT names a JSON file the run's figures are written to."""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fuzz.harness import STATS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not STATS.cases:
        return
    figures = STATS.as_dict()
    terminalreporter.write_line(
        f"fuzz: {figures['cases']} cases, {figures['untyped_exceptions']} untyped exceptions, "
        f"{figures['hangs']} hangs, {figures['crashes']} crashes, "
        f"{figures['memory_refusals']} over the memory limit, slowest case "
        f"{figures['slowest_case_seconds']} s, peak memory {figures['peak_memory_mib']} MiB")
    report = os.environ.get("KLAUSUL_FUZZ_REPORT")
    if report:
        Path(report).write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n",
                                encoding="utf-8")


@pytest.fixture(autouse=True)
def frozen_heap() -> Iterator[None]:
    """Keep what earlier tests left in memory out of the garbage collector's way: Hypothesis
    makes many short-lived objects, and each full collection would walk that whole heap."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()
