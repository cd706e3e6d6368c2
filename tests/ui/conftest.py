"""GUI test set-up: Qt warnings fail the test; windows use a private settings file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler

# Harmless messages of the offscreen platform.
IGNORED = ("propagateSizeHints", "This plugin does not support")


@pytest.fixture(autouse=True)
def fail_on_qt_warnings() -> Iterator[None]:
    problems: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                and not any(i in message for i in IGNORED):
            problems.append(message)

    previous = qInstallMessageHandler(handler)
    yield
    qInstallMessageHandler(previous)
    assert problems == [], f"Qt warnings: {problems}"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog in a test would wait forever: make an unexpected one fail the test.

    Tests that expect a dialog replace the function with their own answer."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    from app.ui import application
    from app.ui.dialogs import questions

    def unexpected(*args: object, **_kwargs: object) -> object:
        raise AssertionError(f"unexpected modal dialog: {args[1:]!r}")

    for name in ("ask_locked", "ask_save_changes", "ask_recover", "ask_member_name",
                 "ask_tag_fate", "ask_text", "show_message", "confirm", "choose_document",
                 "choose_item", "show_problems", "choose_report_path", "ask_open_backup"):
        monkeypatch.setattr(questions, name, unexpected)
    monkeypatch.setattr(application, "ask_recover", unexpected)
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected)
    monkeypatch.setattr(QInputDialog, "getItem", unexpected)
    monkeypatch.setattr(QInputDialog, "getText", unexpected)
    monkeypatch.setattr(QDialog, "exec", lambda self: unexpected(self, self.windowTitle()))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: unexpected(self, self.text()))


@pytest.fixture
def open_window(qtbot: object, workdir: Path, settings: QSettings) -> Iterator[object]:
    """Make main windows over projects (1366×768 unless told); closed after the test."""
    from app.core.project import Project
    from app.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def make(project: Project, size: tuple[int, int] = (1366, 768)) -> MainWindow:
        window = MainWindow(project, workdir, settings)
        window.resize(*size)
        window.show()
        window.activateWindow()
        qtbot.waitExposed(window)  # type: ignore[attr-defined]
        qtbot.waitActive(window)  # type: ignore[attr-defined]
        settle(window, qtbot)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.project.mark_unmodified()
        window.history.stack.setClean()
        window.close()
        window.deleteLater()


@contextmanager
def shown_demo(qtbot: object, workdir: Path, settings: QSettings,
               size: tuple[int, int] = (1366, 768)) -> Iterator[object]:
    """The main window over the demo, shown and aligned; closed (and checked closed) after.
    Not qtbot.addWidget: pytest-qt would close the window before this teardown runs."""
    from app.ui.demo import open_demo
    from app.ui.main_window import MainWindow

    window = MainWindow(open_demo(workdir), workdir, settings)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=20000)  # type: ignore[attr-defined]
    yield window
    window.project.mark_unmodified()
    window.history.stack.setClean()
    assert window.close()
    window.deleteLater()


def settle(window: object, qtbot: object) -> None:
    """Wait until no realignment runs (they run off the GUI thread) and rows are laid out."""
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=30000)  # type: ignore[attr-defined]
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()
