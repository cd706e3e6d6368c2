"""Arkiv › Exportera jämförelse… writes the report of what the user sees; the ignore options
are set in the menu, kept in the project (undoable) and used by the view and the report."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import html
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from app.core.project import Project
from app.ui.dialogs import questions
from app.ui.main_window import MainWindow
from tests.builders.projects import project_with
from tests.ui.conftest import settle

BASE = "# Avtal\n\n## Syfte\n\nBarn ska få stöd i tid.\n\nRegionen ansvarar för vården.\n"
LOUD = "# AVTAL\n\n## SYFTE\n\nBARN SKA FÅ STÖD I TID.\n\nRegionen ansvarar för vården.\n"
HIDDEN = "# Hemligt\n\nDen här texten hör till ett dolt dokument.\n"


@pytest.fixture
def window(open_window, workdir: Path, tmp_path: Path) -> MainWindow:
    project = project_with(workdir, tmp_path, [("bas.md", BASE), ("versaler.md", LOUD),
                                               ("dold.md", HIDDEN)])
    project.apply(project.documents.set_hidden(project.documents()[2].id, True))
    project.mark_unmodified()
    return open_window(project)


def _export(window: MainWindow, target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(questions, "choose_report_path", lambda *a: target)
    window.findChild(QAction, "exportAction").trigger()
    assert window.export.wait()
    from PySide6.QtWidgets import QApplication
    QApplication.processEvents()


def test_export_writes_what_the_table_shows(window: MainWindow, tmp_path: Path, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    model = window.comparison
    row = next(r for r, aligned in enumerate(model.alignment.rows) if all(aligned.cells[:2]))
    window.go_to_source_row(row)
    window.controller.pin_current_row()
    settle(window, qtbot)
    target = tmp_path / "rapport.html"
    _export(window, target, monkeypatch)
    text = html.fromstring(target.read_text(encoding="utf-8")).text_content()
    assert "Bas: Avtal" in text and "📌" in text
    assert "hör till ett dolt dokument" not in text
    assert "Jämförelsen exporterades" in window.statusBar().currentMessage()
    docx = tmp_path / "rapport.docx"
    _export(window, docx, monkeypatch)
    with zipfile.ZipFile(docx) as package:
        assert "word/document.xml" in package.namelist()


def test_ignore_case_is_kept_in_the_project_undoable_and_used(
        window: MainWindow, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    comparison = window.comparison.comparison
    changed = sum(s.cells[1] == "changed" for s in comparison.statuses)
    assert changed >= 2
    action = window.findChild(QAction, "ignore_ignore_case")
    assert not action.isChecked()
    action.trigger()
    settle(window, qtbot)
    assert window.project.comparison.options().ignore_case
    assert action.isChecked()
    after = window.comparison.comparison
    assert sum(s.cells[1] == "changed" for s in after.statuses) == 0
    assert window.undo_action.text() == "Ångra Ändra vad jämförelsen bortser från"
    target = tmp_path / "rapport.html"
    _export(window, target, monkeypatch)
    assert "bortser från skiftläge och blanksteg" in target.read_text(encoding="utf-8")
    saved = tmp_path / "arbete.klausul"
    window.project.save(saved)
    reopened = Project.open(saved, tmp_path / "w2", mode="read_only")
    assert reopened.comparison.options().ignore_case
    reopened.close()
    window.undo_action.trigger()
    settle(window, qtbot)
    assert not window.project.comparison.options().ignore_case and not action.isChecked()
    assert sum(s.cells[1] == "changed" for s in window.comparison.comparison.statuses) \
        == changed
