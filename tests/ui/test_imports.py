"""Import feedback: the file's name and "2 av 5" while it runs; unsupported files, unreadable
ones and files already in the project named together in one dialog at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.demo import open_demo
from app.ui.dialogs import questions
from app.ui.main_window import MainWindow
from tests.builders.docx_builder import build_docx, p
from tests.ui.conftest import settle


def _files(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = tmp_path / f"avtal{n}.docx"
        path.write_bytes(build_docx(p(f"Avtal {n}", style="Rubrik1")
                                    + p(f"Barn ska få stöd, punkt {n}.")))
        paths.append(path)
    return paths


@pytest.fixture
def problems(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[str]]]:
    shown: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(questions, "show_problems",
                        lambda parent, title, summary, lines: shown.append((summary, lines)))
    return shown


def test_progress_names_the_file_and_counts(open_window, workdir: Path, tmp_path: Path,
                                            qtbot: QtBot, problems: list) -> None:
    window: MainWindow = open_window(open_demo(workdir))
    formats: list[str] = []
    window.documents_panel.progress.valueChanged.connect(
        lambda _value: formats.append(window.documents_panel.progress.text()))
    window.import_files(_files(tmp_path, 5))
    assert window.documents_panel.progress.isVisible()
    assert window.documents_panel.progress.text() == "avtal0.docx (1 av 5)"
    qtbot.waitUntil(lambda: len(window.project.documents()) == 8, timeout=20000)
    settle(window, qtbot)
    assert "avtal1.docx (2 av 5)" in formats and "avtal4.docx (5 av 5)" in formats
    assert not window.documents_panel.progress.isVisible()
    assert problems == []


def test_unsupported_unreadable_and_duplicate_files_in_one_summary(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot, problems: list) -> None:
    window: MainWindow = open_window(open_demo(workdir))
    good, = _files(tmp_path, 1)
    rtf = tmp_path / "gammalt.rtf"
    rtf.write_text("{\\rtf1 text}", encoding="utf-8")
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"PK\x03\x04 trasig")
    again = tmp_path / "kopia-av-avtal0.docx"
    again.write_bytes(good.read_bytes())
    window.import_files([good, rtf, broken, again])
    qtbot.waitUntil(lambda: bool(problems), timeout=20000)
    settle(window, qtbot)
    assert len(problems) == 1  # one dialog, not one per file
    summary, lines = problems[0]
    assert summary == "1 av 4 filer lästes in."
    assert any("gammalt.rtf" in line and "kan inte läsas in" in line for line in lines)
    assert any("trasig.docx" in line and "skadad" in line for line in lines)
    assert any("kopia-av-avtal0.docx" in line and "finns redan" in line and "Avtal 0" in line
               for line in lines)
    assert len(window.project.documents()) == 4  # only the good file was added
    assert window.history.stack.count() == 1


def test_a_file_already_in_the_project_is_not_imported_twice(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot, problems: list) -> None:
    window: MainWindow = open_window(open_demo(workdir))
    demo = window.project.documents()[1]
    copy = tmp_path / "samma.md"
    copy.write_bytes(window.project.documents.original_bytes(demo.id))
    window.import_files([copy])
    qtbot.waitUntil(lambda: bool(problems), timeout=20000)
    assert len(window.project.documents()) == 3
    assert demo.title in problems[0][1][0]
