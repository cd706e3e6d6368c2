"""The details panel follows the selection and every edit, in palette-derived colours that
pass WCAG AA in light and dark palettes; the selected clause survives link, unlink and
realignment and stays in view; the details' diff is the table's diff."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QStyleFactory
from pytestqt.qtbot import QtBot

from app.ui.demo import open_demo
from app.ui.main_window import MainWindow
from app.ui.palette import AA_MARK, AA_TEXT, colours_for, contrast, dark_palette
from tests.builders.projects import project_with
from tests.ui.conftest import settle


def _select(window: MainWindow, cells: list[tuple[int, int]]) -> None:
    selection = window.view.selectionModel()
    selection.clearSelection()
    for n, (row, column) in enumerate(cells):
        index = window.proxy.mapFromSource(window.comparison.index(row, column))
        flag = QItemSelectionModel.SelectionFlag.Select
        if n == len(cells) - 1:
            selection.setCurrentIndex(index, flag)
        else:
            selection.select(index, flag)


def _in_view(window: MainWindow) -> bool:
    rect = window.view.visualRect(window.view.currentIndex())
    return window.view.viewport().rect().intersects(rect)


def test_details_are_cleared_by_a_new_project(open_window, workdir: Path, qtbot: QtBot) -> None:
    window = open_window(open_demo(workdir))
    window.go_to_source_row(5)
    assert "Markera en klausul" not in window.detail.toPlainText()
    window.project.mark_unmodified()
    window.findChild(QAction, "newAction").trigger()
    settle(window, qtbot)
    assert window.comparison.rowCount() == 0
    assert "Markera en klausul" in window.detail.toPlainText()


def test_unlink_keeps_the_clause_selected_in_view_and_the_details_current(
        open_window, workdir: Path, qtbot: QtBot) -> None:
    window = open_window(open_demo(workdir))
    model = window.comparison
    alignment = model.alignment
    row = next(r for r, aligned in enumerate(alignment.rows)
               if r > 10 and all(aligned.cells))
    other_column = 2
    clause = model.clauses_at(row, other_column)[0]
    partner_name = model.name_at(1)
    _select(window, [(row, other_column)])
    assert partner_name in window.detail.toPlainText()
    window.findChild(QAction, "unlinkAction").trigger()
    settle(window, qtbot)
    assert window.controller.current_clause() == clause.id  # still selected
    assert _in_view(window)
    new_row = model.row_of_clause(clause.id)
    assert not model.alignment.rows[new_row].cells[model.alignment.base]
    # The details follow: no longer compared with the old base partner.
    assert f"Mot basen {partner_name}" not in window.detail.toPlainText()
    window.undo_action.trigger()
    settle(window, qtbot)
    assert window.controller.current_clause() == clause.id and _in_view(window)
    assert f"Mot basen {partner_name}" in window.detail.toPlainText()


def test_link_keeps_the_selection(open_window, workdir: Path, qtbot: QtBot) -> None:
    window = open_window(open_demo(workdir))
    model = window.comparison
    rows = model.alignment.rows
    base_row = next(r for r, row in enumerate(rows) if row.cells[0] and not row.cells[1])
    other_row = next(r for r, row in enumerate(rows) if row.cells[1] and not row.cells[0])
    selected = model.clauses_at(other_row, 2)[0].id
    _select(window, [(base_row, 1), (other_row, 2)])
    window.findChild(QAction, "linkAction").trigger()
    settle(window, qtbot)
    assert window.controller.current_clause() == selected and _in_view(window)


def test_the_details_follow_an_edit_of_the_document(open_window, workdir: Path,
                                                    qtbot: QtBot) -> None:
    window = open_window(open_demo(workdir))
    window.go_to_source_row(0, 2)
    window.documents_model.setData(window.documents_model.index(1, 1), "Västerå, ny titel")
    settle(window, qtbot)
    assert "Västerå, ny titel" in window.detail.toPlainText()


def test_the_details_show_the_tables_diff_numbering_labels_included(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    files = [("a.md", "# Avtal\n\n## 2.1 Regionens ansvar för barn\n\nText.\n"),
             ("b.md", "# Avtal\n\n## 3.1 Regionens ansvar för barn\n\nText.\n")]
    window = open_window(project_with(workdir, tmp_path, files))
    model = window.comparison
    row = next(r for r in range(model.rowCount())
               if "Regionens" in model.index(r, 1).data())
    table = model.diff_at(row, 2)
    assert table is not None and not table.is_equal()  # "2.1" against "3.1"
    deleted = {table.a[s.start:s.end] for s in table.spans_a()}
    inserted = {table.b[s.start:s.end] for s in table.spans_b()}
    for column in (1, 2):  # from the base's cell and from the other's, the same marks
        window.go_to_source_row(row, column)
        shown = window.detail.toHtml()
        struck = set(re.findall(r"line-through[^>]*>([^<]+)</span>", shown))
        underlined = set(re.findall(r"underline[^>]*>([^<]+)</span>", shown))
        assert struck == deleted and underlined == inserted, column
    # With numbering ignored, table and details agree there is nothing to mark.
    window.findChild(QAction, "ignore_ignore_numbering").trigger()
    settle(window, qtbot)
    assert model.diff_at(row, 2).is_equal()
    window.go_to_source_row(row, 1)
    assert "line-through" not in window.detail.toHtml()


@pytest.mark.parametrize("dark", [False, True])
def test_diff_colours_pass_wcag_aa(dark: bool) -> None:
    palette = dark_palette() if dark else QStyleFactory.create("Fusion").standardPalette()
    colours = colours_for(palette)
    assert contrast(colours.inserted_text, colours.inserted_background) >= AA_TEXT
    assert contrast(colours.deleted_text, colours.deleted_background) >= AA_TEXT
    assert contrast(colours.text, colours.found) >= AA_TEXT
    for tint in colours.cells.values():
        assert contrast(colours.text, tint) >= AA_TEXT
    window_colour = palette.color(palette.ColorRole.Window)
    for mark in colours.marks.values():
        assert contrast(mark, window_colour) >= AA_MARK


def test_the_details_repaint_in_the_dark_palette(open_window, workdir: Path,
                                                 qapp: QApplication) -> None:
    window = open_window(open_demo(workdir))
    window.go_to_source_row(0, 1)
    light = colours_for(window.detail.palette())
    assert light.deleted_text.name() in window.detail.toHtml()
    window.detail.setPalette(dark_palette())
    dark = colours_for(window.detail.palette())
    html = window.detail.toHtml()
    assert dark.deleted_text.name() in html and light.deleted_text.name() not in html
    assert contrast(dark.deleted_text, dark.deleted_background) >= AA_TEXT
