"""What the table calls a difference: per-cell statuses against the base, rows judged by the
shown documents only, F8 and the filters stopping where a shown document differs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.alignment.comparison import RowFilter
from tests.builders.projects import project_with
from tests.ui.conftest import settle

BASE = ("# Överenskommelse om barns hälsa\n\n## Syfte\n\nBarn ska få stöd i tid av kommun "
        "och region.\n\n## Ansvar\n\nRegionen ansvarar för vård och behandling.\n\n"
        "Kommunen ansvarar för skola och socialtjänst.\n\nUppföljning sker varje år.\n")
OTHER = ("# Överenskommelse om barns hälsa\n\n## Syfte\n\nBarn och unga ska få stöd i rätt "
         "tid av kommun och region.\n\n## Ansvar\n\nKommunen ansvarar för skola och "
         "socialtjänst.\n\nUngdomsmottagningen erbjuder samtal utan remiss.\n")


def _statuses_window(open_window, workdir: Path, tmp_path: Path, hide_other: bool = False):
    files = [("bas.md", BASE), ("kopia.md", BASE + "\n"), ("annan.md", OTHER)]
    project = project_with(workdir, tmp_path, files)
    if hide_other:
        project.apply(project.documents.set_hidden(project.documents()[2].id, True))
        project.mark_unmodified()
    return open_window(project)


def test_an_identical_copy_of_the_base_never_counts_as_a_difference(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    window = _statuses_window(open_window, workdir, tmp_path, hide_other=True)
    assert window.comparison.columnCount() == 3  # the hidden document has no column
    assert {window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())} \
        == {"Lika"}
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F8)
    assert "Inga fler skillnader" in window.statusBar().currentMessage()
    window.only_differences.trigger()
    assert window.proxy.rowCount() == 0
    assert window.overview.marked_rows() == []
    assert window.navigation.position.text() == "Inga skillnader"


def test_rows_differ_only_where_a_shown_document_does(open_window, workdir: Path,
                                                      tmp_path: Path, qtbot: QtBot) -> None:
    window = _statuses_window(open_window, workdir, tmp_path)
    comparison = window.comparison.comparison
    total = window.proxy.rowCount()
    stops = comparison.stops(RowFilter())
    assert 0 < len(stops) < total
    for row in stops:  # every stop is a row where the other document differs
        assert comparison.statuses[row].cells[2] in ("changed", "moved", "missing", "added")
        assert comparison.statuses[row].cells[1] in ("identical", "empty")
    window.only_differences.trigger()
    assert window.proxy.rowCount() == len(stops)
    assert len(window.overview.marked_rows()) == len(stops)
    window.only_differences.trigger()
    assert len(window.overview.marked_rows()) < window.proxy.rowCount()  # not solid colour


def test_hiding_the_other_documents_leaves_the_base_alone_not_changed(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    window = _statuses_window(open_window, workdir, tmp_path)
    project = window.project
    for document in project.documents()[1:]:
        window.history.push(project.documents.set_hidden(document.id, True))
    settle(window, qtbot)
    labels = {window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())}
    assert labels == {"Bara basen"}
    assert window.navigation.position.text() == "Inga skillnader"


def test_the_first_f8_stops_on_the_first_row_when_it_differs(
        open_window, workdir: Path, tmp_path: Path, qtbot: QtBot) -> None:
    files = [("bas.md", "Barn ska få stöd i tid.\n\nSamma text här.\n"),
             ("annan.md", "Barn och unga ska få stöd i tid.\n\nSamma text här.\n")]
    window = open_window(project_with(workdir, tmp_path, files))
    assert window.comparison.comparison.differs(0)
    # Qt makes the first cell current when the table gets the focus.
    QApplication.sendEvent(window.view, QFocusEvent(QEvent.Type.FocusIn,
                                                    Qt.FocusReason.TabFocusReason))
    assert window.view.currentIndex().row() == 0
    qtbot.keyClick(window.view, Qt.Key.Key_F8)
    assert window.controller.current_source_row() == 0
    assert window.navigation.position.text() == "Skillnad 1 av 1"


def test_position_among_the_differences_is_shown(open_window, workdir: Path, tmp_path: Path,
                                                 qtbot: QtBot) -> None:
    window = _statuses_window(open_window, workdir, tmp_path)
    stops = window.comparison.comparison.stops(RowFilter())
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F8)
    qtbot.keyClick(window.view, Qt.Key.Key_F8)
    assert window.controller.current_source_row() == stops[1]
    assert window.navigation.position.text() == f"Skillnad 2 av {len(stops)}"


def test_filters_for_gaps_wording_and_one_document(open_window, workdir: Path,
                                                   tmp_path: Path, qtbot: QtBot) -> None:
    window = _statuses_window(open_window, workdir, tmp_path)
    comparison = window.comparison.comparison
    nav = window.navigation
    labels = [nav.filter.itemText(i) for i in range(nav.filter.count())]
    assert labels[:4] == ["Alla rader", "Bara skillnader mot basen", "Bara luckor i basen",
                          "Bara ändrad lydelse"]
    assert labels[4:] == [f"Bara där {comparison.names[1]} skiljer sig",
                          f"Bara där {comparison.names[2]} skiljer sig"]
    for index, kind in ((2, "gaps"), (3, "wording")):
        nav.filter.setCurrentIndex(index)
        nav.filter.activated.emit(index)
        assert window.proxy.row_filter.kind == kind
        rows = [window.proxy.mapToSource(window.proxy.index(r, 0)).row()
                for r in range(window.proxy.rowCount())]
        assert rows and all(comparison.matches(r, RowFilter(kind)) for r in rows)
    nav.filter.setCurrentIndex(4)
    nav.filter.activated.emit(4)
    assert window.proxy.rowCount() == 0  # the identical copy differs nowhere
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.proxy.row_filter == RowFilter("differences")
    assert nav.current_filter() == RowFilter("differences")
