"""The coverage panel in the main window: a click on a matrix cell filters the comparison to
that cell's clauses (and "Visa alla rader" brings every row back), the views switch, the age
chart and the obligations without an owner follow the tags, an obligation goes to its row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.conftest import shown_demo


@pytest.fixture
def window(qtbot: QtBot, workdir: Path, settings: QSettings) -> MainWindow:
    settings.setValue("tagging/member", "Eva")
    with shown_demo(qtbot, workdir, settings) as win:
        assert win.tagging.wait()
        qtbot.wait(10)
        pending = [s for d in win.project.documents()
                   for s in win.project.tags.pending_for(d.id)]
        win.history.push(win.project.tags.accept(pending, "Eva"))
        yield win


def shown_rows(win: MainWindow) -> list[int]:
    return [win.proxy.mapToSource(win.proxy.index(r, 0)).row()
            for r in range(win.proxy.rowCount())]


def test_clicking_a_cell_filters_the_comparison_to_its_clauses(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    window.workshop.show_coverage()
    panel = window.workshop.coverage
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    model, table = panel.model, panel.table
    gap = next((r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
               if (cell := model.cell_at(r, c)) is not None and cell.gap)
    cell = model.cell_at(*gap)
    assert cell is not None
    index = model.index(*gap)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(index).center())
    rows = shown_rows(window)
    alignment = window.comparison.alignment
    wanted = set(cell.all_clauses)
    expected = [n for n, row in enumerate(alignment.rows)
                if any(c in wanted for part in row.cells for c in part)]
    assert rows == expected and 0 < len(rows) < len(alignment.rows)
    assert panel.filter_label.text().startswith(f"Jämförelsen visar {len(rows)} rader: ")
    assert window.controller.current_source_row() == rows[0]
    assert "lucka" in str(index.data(Qt.ItemDataRole.ToolTipRole))
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.proxy.rowCount() == len(alignment.rows)


def test_views_switch_and_follow_the_tags(window: MainWindow, qtbot: QtBot) -> None:
    window.workshop.show_coverage()
    panel = window.workshop.coverage
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.views.setCurrentIndex(1)
    matrix = panel.model.matrix
    assert matrix is not None and (matrix.rows, matrix.cols) == ("part", "ansvar")
    before = sum(sum(c.counts) for c in matrix.cells)
    assert panel.legend.text().startswith("En stapel per dokument")
    window.history.stack.undo()  # every accepted tag goes
    assert panel.model.matrix is not None and panel.model.matrix.cells == ()
    assert panel.legend.text().startswith("Inga taggade klausuler ännu")  # not a blank box
    window.history.stack.redo()
    assert sum(sum(c.counts) for c in panel.model.matrix.cells) == before
    assert panel.legend.text().startswith("En stapel per dokument")
    panel.only_marked.setChecked(True)
    marked = {(c.row, c.col) for c in panel.model.matrix.cells if c.gap or c.overlap}
    shown = {(panel.model.rows[r], panel.model.cols[c]) for r in range(panel.model.rowCount())
             for c in range(panel.model.columnCount())}
    assert marked <= shown and set(panel.model.rows) == {r for r, _ in marked}


def test_age_bands_and_unowned_obligations(window: MainWindow, qtbot: QtBot) -> None:
    window.workshop.show_coverage()
    panel = window.workshop.coverage
    qtbot.waitUntil(lambda: panel.unowned.count() > 0)
    assert panel.ages.rows == window.project.coverage.ages() and panel.ages.rows
    assert panel.tabs.tabText(2) == f"Ska utan part ({panel.unowned.count()})"
    item = panel.unowned.item(panel.unowned.count() - 1)
    clause = item.data(Qt.ItemDataRole.UserRole)
    panel.unowned.itemActivated.emit(item)
    assert window.controller.current_clause() == clause
    panel.tabs.setCurrentIndex(1)
    image = panel.ages.grab().toImage()
    assert image.height() >= panel.ages.minimumHeight() > 40
