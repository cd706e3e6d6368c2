"""Running the CLI in-process in tests: its exit code and output, and a refusal's checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in args])
    except SystemExit as exc:  # a usage error, from argparse
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def refused(capsys: pytest.CaptureFixture[str], path: Path, *args: object) -> str:
    """Run a command that must be refused: one line, exit 2, the file byte for byte."""
    before, files = path.read_bytes(), sorted(path.parent.iterdir())
    code, out, err = run(capsys, *args)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("klausul"), err
    assert "Traceback" not in err
    assert path.read_bytes() == before
    assert sorted(path.parent.iterdir()) == files  # no lock, backup or temporary left
    return lines[0]
