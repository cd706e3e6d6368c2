"""GUI test set-up: Qt warnings fail the test; windows use a private settings file."""

from __future__ import annotations

from collections.abc import Iterator
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
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    from app.ui import application
    from app.ui.dialogs import questions

    def unexpected(*args: object, **_kwargs: object) -> object:
        raise AssertionError(f"unexpected modal dialog: {args[1:]!r}")

    for name in ("ask_locked", "ask_save_changes", "ask_recover", "ask_member_name",
                 "ask_tag_fate", "ask_text", "show_message", "confirm"):
        monkeypatch.setattr(questions, name, unexpected)
    monkeypatch.setattr(application, "ask_recover", unexpected)
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected)
    monkeypatch.setattr(QInputDialog, "getItem", unexpected)
    monkeypatch.setattr(QInputDialog, "getText", unexpected)
