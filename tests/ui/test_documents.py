"""Documents with one title stay apart: unique names everywhere, pickers and commands act on
ids; the documents panel fits and marks the base and hidden documents; removal is undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.ui.dialogs import questions
from app.ui.dialogs.questions import DocumentChooser
from app.ui.documents.panel import DATE, KIND, NAME, SHOWN
from tests.builders.docx_builder import build_docx, p
from tests.builders.projects import project_with
from tests.ui.conftest import settle

TEXT = "# Överenskommelse Jönköping\n\nBarn ska få stöd i tid.\n\nRegionen ansvarar för vården.\n"
DOCX = build_docx(p("Överenskommelse Jönköping", style="Rubrik1")
                  + p("Barn och unga ska få stöd i tid.") + p("Regionen ansvarar för vården."))


def _namesakes(open_window, workdir: Path, tmp_path: Path, count: int = 5):
    """`count` documents, the 2nd and the last with the same title (a DOCX and a text
    file)."""
    files = [(f"dok{n}.md", f"# Dokument {n}\n\nBarn ska få stöd nummer {n}.\n")
             for n in range(count)]
    files[1] = ("jonkoping.docx", DOCX)
    files[-1] = ("jonkoping.md", TEXT)
    project = project_with(workdir, tmp_path, files, {1: "Jönköping", count - 1: "Jönköping"})
    return open_window(project)


REAL_CHOOSE = questions.choose_document  # taken before the autouse fixture replaces it
REAL_CHOOSE_ITEM = questions.choose_item


def _pick(monkeypatch: pytest.MonkeyPatch, row: int, seen: list[list[str]]) -> None:
    """Use the real document chooser and answer it by picking its `row`-th entry."""
    monkeypatch.setattr(questions, "choose_document", REAL_CHOOSE)

    def exec_(dialog: DocumentChooser) -> int:
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(row)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(DocumentChooser, "exec", exec_)


def test_choosing_the_second_namesake_as_base_makes_it_the_base(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = _namesakes(open_window, workdir, tmp_path)
    documents = window.project.documents()
    seen: list[list[str]] = []
    _pick(monkeypatch, 4, seen)
    window.choose_base()
    settle(window, qtbot)
    assert window.project.alignment.base_document() == documents[4].id
    assert len(set(seen[0])) == 5  # five different names to choose from
    assert seen[0][1] != seen[0][4] and "Jönköping" in seen[0][1] and "Jönköping" in seen[0][4]
    header = window.comparison.headerData(1, Qt.Orientation.Horizontal)
    assert header == f"Bas: {seen[0][4]}"


def test_hiding_the_namesake_hides_that_one_not_the_base(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = _namesakes(open_window, workdir, tmp_path)
    documents = window.project.documents()
    window.history.push(window.project.alignment.set_base(documents[1].id))
    settle(window, qtbot)
    _pick(monkeypatch, 4, [])
    window.toggle_hidden()
    settle(window, qtbot)
    assert window.project.documents.hidden() == {documents[4].id}
    names = [window.comparison.headerData(c, Qt.Orientation.Horizontal)
             for c in range(1, window.comparison.columnCount())]
    assert len(names) == 4 and names[0].startswith("Bas: Jönköping")
    # Shown narrow, the namesakes still differ: the middle goes, the "(DOCX)" stays.
    header = window.view.horizontalHeader()
    window.project.apply(window.project.documents.set_hidden(documents[4].id, False))
    window.refresh(__import__("app.core.changes", fromlist=["Changes"]).Changes(documents=True))
    settle(window, qtbot)
    texts = [window.comparison.headerData(c, Qt.Orientation.Horizontal)
             for c in range(1, window.comparison.columnCount())]
    elided = [header.fontMetrics().elidedText(t, header.textElideMode(), 90)
              for t in texts if "Jönköping" in t]
    assert len(elided) == 2 and elided[0] != elided[1]


def test_the_documents_panel_fits_and_marks_base_and_hidden(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    window = _namesakes(open_window, workdir, tmp_path)
    panel = window.documents_panel
    table, model = panel.table, panel.model
    window.history.push(window.project.documents.set_hidden(
        window.project.documents()[2].id, True))
    settle(window, qtbot)
    header = table.horizontalHeader()
    for column in range(model.columnCount()):
        if not table.isColumnHidden(column):
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert right <= table.viewport().width(), column  # nothing off-screen
    assert not table.isColumnHidden(DATE) and not table.isColumnHidden(NAME)
    assert header.sectionSize(NAME) >= 120
    names = [model.index(r, NAME).data() for r in range(model.rowCount())]
    assert names[0].startswith("★ ")  # the base
    assert "(dold)" in names[2] and model.index(2, SHOWN).data(
        Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert names[1] != names[4]
    tooltip = model.index(1, KIND).data(Qt.ItemDataRole.ToolTipRole)
    assert "jonkoping.docx" in tooltip and "3 klausuler" in tooltip


def test_unchecking_shown_hides_a_document_and_undo_shows_it(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    window = _namesakes(open_window, workdir, tmp_path, count=3)
    model = window.documents_model
    assert model.setData(model.index(2, SHOWN), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    settle(window, qtbot)
    assert window.comparison.columnCount() == 3
    assert not model.setData(model.index(0, SHOWN), Qt.CheckState.Unchecked.value,
                             Qt.ItemDataRole.CheckStateRole)  # the base stays shown
    window.undo_action.trigger()
    settle(window, qtbot)
    assert window.comparison.columnCount() == 4


def test_remove_document_is_undoable(open_window, workdir: Path, tmp_path: Path,
                                     qtbot: QtBot) -> None:
    window = _namesakes(open_window, workdir, tmp_path, count=3)
    removed = window.project.documents()[2]
    window.documents_panel.table.selectRow(2)
    window.documents_panel.remove_button.click()
    settle(window, qtbot)
    assert [d.id for d in window.project.documents()] == [
        d.id for d in window.project.documents()[:2]]
    assert removed.id not in [d.id for d in window.project.documents()]
    assert window.comparison.columnCount() == 3
    assert window.undo_action.text().startswith("Ångra Ta bort")
    window.undo_action.trigger()
    settle(window, qtbot)
    assert window.project.documents()[2].id == removed.id
    assert window.comparison.columnCount() == 4


def test_a_picker_with_two_equal_texts_returns_the_one_picked(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    _pick(monkeypatch, 2, [])
    assert REAL_CHOOSE_ITEM(parent, "Välj", "Välj:", ["Jönköping", "Annan", "Jönköping"],
                            0) == 2
