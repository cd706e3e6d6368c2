"""Cells never clip their text: a row the estimate made too short grows when it is painted,
also with long Swedish compounds and a larger font (as at 150 %)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.comparison.delegate import PADDING
from app.ui.main_window import MainWindow
from tests.builders.projects import project_with

LONG = ("Samverkansöverenskommelsebestämmelserna ungdomsmottagningsverksamheten "
        "barnhälsovårdsöverläkarfunktionen socialtjänstlagstiftningen "
        "habiliteringsverksamhetsplaneringen elevhälsoteamsammanträdena "
        "barnpsykiatrisamordnarnätverket läkemedelsförmånsnämnderna "
        "vårdnadshavaresamtyckesblanketterna skolsköterskemottagningarna")


def _needed(window: MainWindow, row: int, column: int) -> int:
    index = window.proxy.index(row, column)
    width = window.view.columnWidth(column) - 2 * PADDING
    document = window.view.delegate.text_document(index, width)
    return int(document.size().height()) + 1 + 2 * PADDING


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_no_cell_clips_its_text(open_window, workdir: Path, tmp_path: Path, qtbot: QtBot,
                                scale: float) -> None:
    files = [("a.md", f"# Avtal\n\n{LONG}\n\nKort rad.\n\n{LONG} {LONG}\n"),
             ("b.md", f"# Avtal\n\n{LONG} samt barn\n\nKort rad.\n\n{LONG}\n"),
             ("c.md", f"# Avtal\n\nNågot helt annat om {LONG}\n\nKort rad.\n")]
    window: MainWindow = open_window(project_with(workdir, tmp_path, files), size=(1366, 768))
    font = window.view.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    window.view.setFont(font)
    window.view.relayout()
    for _ in range(3):  # paint, let the rows grow, paint again
        window.view.viewport().grab()
        QApplication.processEvents()
    view = window.view
    for row in range(window.proxy.rowCount()):
        if view.rowViewportPosition(row) > view.viewport().height():
            break  # only painted rows are measured exactly
        for column in range(1, window.proxy.columnCount()):
            if view.columnViewportPosition(column) >= view.viewport().width():
                continue  # scrolled out of sight sideways: not painted
            assert _needed(window, row, column) <= view.rowHeight(row), (row, column)
