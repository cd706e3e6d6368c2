"""What the window does with a damaged project file, a read-only folder and a failed edit:
the reason in Swedish naming the file, the backup offered, a notice, the open project
kept."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.core.errors import ProjectError, ProjectProblem
from app.core.project import Project
from app.core.store import locking, working_copy
from app.ui.demo import open_demo
from app.ui.dialogs import questions
from app.ui.documents.panel import NAME
from app.ui.main_window import MainWindow
from tests.builders.damaged_projects import DAMAGES, sound_project


@pytest.fixture
def window(qtbot: QtBot, workdir: Path, settings: QSettings) -> Iterator[MainWindow]:
    # Not qtbot.addWidget: pytest-qt would close the window before this teardown runs.
    win = MainWindow(open_demo(workdir), workdir, settings)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.project.mark_unmodified()
    win.history.stack.setClean()
    assert win.close()
    win.deleteLater()


def refuse_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lock file beside the project cannot be written (a read-only folder)."""
    def refuse(project: Path, user: str) -> None:
        raise ProjectError.from_os(project, ProjectProblem.LOCK_FAILED,
                                   OSError(errno.EROFS, "Read-only file system"))

    monkeypatch.setattr(locking, "acquire", refuse)


def _saved_twice(folder: Path, workdir: Path) -> Path:
    path = sound_project(folder)
    project = Project.open(path, workdir, "anna")
    first = project.documents()[0]
    project.apply(project.documents.set_meta(first.id, "Version två", first.meta))
    project.save()  # keeps the first version as .bak
    project.close()
    return path


def test_a_damaged_file_offers_its_backup_and_opens_it_as_a_copy(
        window: MainWindow, tmp_path: Path, workdir: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _saved_twice(tmp_path / "p", workdir)
    DAMAGES["corrupted pages"][0](path)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(questions, "ask_open_backup",
                        lambda parent, problem, backup: asked.append((problem, backup)) or True)
    assert window.open_path(path)
    problem, backup = asked[0]
    assert problem.startswith("arbete.klausul: filen är skadad") and backup == "arbete.klausul.bak"
    assert window.project.path is None and len(window.project.documents()) == 2
    assert window.windowTitle().startswith("Namnlöst projekt")
    assert str(path.resolve()) not in window.recent_files()


def test_declining_the_backup_keeps_the_open_project(window: MainWindow, tmp_path: Path,
                                                     workdir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = _saved_twice(tmp_path / "p", workdir)
    DAMAGES["truncated"][0](path)
    monkeypatch.setattr(questions, "ask_open_backup", lambda *args: False)
    before = window.project
    assert not window.open_path(path)
    assert window.project is before


@pytest.mark.parametrize("kind", ["format number 0", "a row that does not decode"])
def test_a_damaged_file_without_backup_is_named_with_its_reason(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    path = sound_project(tmp_path / "p")
    DAMAGES[kind][0](path)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    assert not window.open_path(path)
    assert len(shown) == 1 and shown[0].startswith("arbete.klausul: ")
    assert DAMAGES[kind][1] in shown[0]


def test_a_read_only_folder_opens_read_only_and_says_so(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = sound_project(tmp_path / "p")
    told: list[str] = []
    monkeypatch.setattr(questions, "show_message", lambda parent, text: told.append(text))
    refuse_lock(monkeypatch)
    assert window.open_path(path)
    assert told == ["arbete.klausul: öppnad skrivskyddad: mappen eller filen går inte att "
                    "skriva till; spara en kopia med Spara som"]
    assert window.project.read_only and "skrivskyddat" in window.windowTitle()


def test_an_edit_refused_by_a_full_disk_is_shown_and_changes_nothing(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window.project.mark_unmodified()
    title = window.project.documents()[0].title

    def full(self: object, **changes: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(working_copy.WorkingCopy, "write_info", full)
    window.documents_model.setData(window.documents_model.index(0, NAME), "Ny titel")
    monkeypatch.undo()
    assert shown == ["Ändringen kunde inte göras och projektet är oförändrat: disken är full"]
    assert window.project.documents()[0].title == title
