"""`--selftest`: the demo through the real pipeline; a broken step or missing data fails it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import selftest
from app.core.resources import demo_folder

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--selftest", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env})


def test_selftest_passes_and_names_every_step(tmp_path: Path) -> None:
    result = _run("--keep", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for name, _ in selftest.STEPS:
        assert any(line.startswith(f"ok    {name}:") for line in lines), result.stdout
    assert lines[-1].startswith("självtest godkänt")
    assert (tmp_path / "jamforelse.docx").stat().st_size > 10_000
    assert (tmp_path / "demo.klausul").is_file()


def test_selftest_leaves_no_temporary_folder(tmp_path: Path) -> None:
    result = _run(TMPDIR=str(tmp_path), TEMP=str(tmp_path), TMP=str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(tmp_path.iterdir()) == []


def test_selftest_fails_without_the_demo(tmp_path: Path) -> None:
    result = _run(KLAUSUL_DATA=str(tmp_path))
    assert result.returncode == 1
    assert "FEL   import: FileNotFoundError" in result.stdout
    assert "UNDERKÄNT" in result.stdout


def test_a_failing_step_stops_the_run(tmp_path: Path) -> None:
    def broken(_context: selftest.Context) -> str:
        raise selftest.SelftestFailure("wrong result")

    def never(_context: selftest.Context) -> str:
        raise AssertionError("a step after a failure ran")

    printed: list[str] = []
    steps = (selftest.STEPS[0], ("trasig", broken), ("sist", never))
    assert not selftest.run_steps(tmp_path, demo_folder(), steps, printed.append)
    assert printed[0].startswith("ok    import:")
    assert printed[1] == "FEL   trasig: SelftestFailure: wrong result"
    assert len(printed) == 2


def test_a_step_out_of_order_is_reported(tmp_path: Path) -> None:
    printed: list[str] = []
    assert not selftest.run_steps(tmp_path, demo_folder(), selftest.STEPS[1:2], printed.append)
    assert "the import step did not run" in printed[0]


@pytest.mark.parametrize("flag", ["--help"])
def test_selftest_help_is_its_own(flag: str) -> None:
    result = _run(flag)
    assert result.returncode == 0
    assert "--keep" in result.stdout
