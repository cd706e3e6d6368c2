"""Om Klausul: version, every component's licence, "Om Qt"; fits a 1366×768 screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app import __version__
from app.core.licences import components
from app.ui import about


def test_lists_every_component_and_shows_its_licence(qtbot: QtBot) -> None:
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.list.topLevelItemCount() == len(components())
    assert "Python" in dialog.text.toPlainText().splitlines()[0]
    dialog.select("pyside6-essentials")
    shown = dialog.text.toPlainText()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown
    assert "download.qt.io" in shown
    labels = " ".join(w.text() for w in dialog.findChildren(about.QLabel))
    assert f"Klausul {__version__}" in labels and "LGPL" in labels


def test_about_qt_opens_qts_own_dialog(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setattr(about.QMessageBox, "aboutQt", lambda *args: calls.append(args))
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    dialog.about_qt.click()
    assert len(calls) == 1


def test_fits_a_small_laptop_screen_and_renders(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 48  # the taskbar
    assert dialog.minimumSizeHint().width() <= 1366
    image = tmp_path / "about.png"
    assert dialog.grab().save(str(image))
    assert image.stat().st_size > 10_000


def test_show_about_runs_the_dialog_modally(monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[about.AboutDialog] = []
    monkeypatch.setattr(about.AboutDialog, "exec", lambda self: shown.append(self) or 0)
    about.show_about(None)
    assert len(shown) == 1


def test_help_menu_opens_the_about_dialog(qtbot: QtBot, workdir: Path, settings: QSettings,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import about
    from app.ui.demo import open_demo
    from app.ui.main_window import MainWindow

    opened: list[object] = []
    monkeypatch.setattr(about, "show_about", opened.append)
    window = MainWindow(open_demo(workdir), workdir, settings)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[-1] == "&Hjälp"
    window.findChild(QAction, "aboutAction").trigger()
    assert opened == [window]
    window.project.mark_unmodified()
    window.close()
