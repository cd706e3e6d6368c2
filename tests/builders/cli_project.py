"""For the CLI's editing tests: a small saved project, the CLI run as a user would, and the
saved file opened again to check what a command did."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.cli.main import main as cli
from app.core.documents.model import ClauseId
from app.core.project import OpenMode, Project
from tests.core.tagging.conftest import OTHER, SOCIAL


def tagging_project(folder: Path) -> Path:
    """Two short agreements (the tagging tests'), aligned and saved as projekt.klausul."""
    work = folder / "work"
    work.mkdir(parents=True)
    project = Project.new(work, "tester")
    for name, text in (("testlan.md", SOCIAL), ("grannlan.md", OTHER)):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        project.apply(project.documents.read_file(path))
    project.alignment()
    target = folder / "projekt.klausul"
    project.save(target)
    project.close()
    return target


@contextmanager
def reopened(path: Path, mode: OpenMode = "read_only") -> Iterator[Project]:
    """The saved file, opened again as any reader would."""
    with tempfile.TemporaryDirectory() as work:
        project = Project.open(path, Path(work), mode=mode)
        try:
            yield project
        finally:
            project.close()


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `klausul ARGS…`."""
    try:
        code = cli([str(a) for a in args])
    except SystemExit as exc:  # a usage error: argparse exits
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def clause(project: Project, text: str) -> ClauseId:
    """The id of the clause with this text."""
    return next(c.id for d in project.documents() for c in d.clauses if c.text == text)


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
