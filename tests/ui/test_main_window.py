"""The real main window, offscreen: demo, drop import, navigation, links, undo, save, locks."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.core.documents.model import DocumentMeta
from app.core.project import Project, list_recoverable
from app.core.store import locking
from app.ui.demo import open_demo
from app.ui.dialogs import questions
from app.ui.documents.panel import KIND, NAME, REGION
from app.ui.main_window import MainWindow
from tests.builders.docx_builder import build_docx, p
from tests.ui.conftest import shown_demo

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot: QtBot, workdir: Path, settings: QSettings) -> MainWindow:
    with shown_demo(qtbot, workdir, settings, (1400, 860)) as win:
        yield win


def settle(win: MainWindow, qtbot: QtBot) -> None:
    """Wait until no realignment runs (they run off the GUI thread)."""
    qtbot.waitUntil(lambda: not win.controller.busy, timeout=20000)


def action(win: MainWindow, name: str) -> QAction:
    found = win.findChild(QAction, name)
    assert found is not None, name
    return found


def test_models_pass_the_model_tester(window: MainWindow) -> None:
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    testers = [QAbstractItemModelTester(model, mode, window)
               for model in (window.comparison, window.proxy, window.documents_model)]
    window.refresh(window.project.apply(window.project.alignment.set_base(
        window.project.documents()[1].id)))
    window.proxy.set_only_differences(True)
    window.proxy.set_only_differences(False)
    assert len(testers) == 3


def test_demo_opens_with_three_documents_side_by_side(window: MainWindow) -> None:
    assert window.comparison.columnCount() == 4
    assert window.comparison.rowCount() > 20
    headers = [window.comparison.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers[1].startswith("Bas: ") and "Norrvik" in headers[1]
    assert not window.isWindowModified()
    statuses = {window.comparison.alignment.rows[r].status
                for r in range(window.comparison.rowCount())}
    assert {"changed", "added"} <= statuses


def test_drop_imports_a_docx_in_the_background_and_undo_removes_it(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    source = tmp_path / "sjobo.docx"
    source.write_bytes(build_docx(p("Syfte", style="Rubrik1") + p("Barn ska få stöd i tid.")))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: len(window.project.documents()) == 4, timeout=10000)
    settle(window, qtbot)
    assert window.comparison.columnCount() == 5
    assert window.isWindowModified()
    window.undo_action.trigger()
    settle(window, qtbot)
    assert len(window.project.documents()) == 3
    assert window.comparison.columnCount() == 4
    window.redo_action.trigger()
    assert len(window.project.documents()) == 4


def test_failed_import_shows_the_reason_and_changes_nothing(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[str]] = []
    monkeypatch.setattr(questions, "show_problems",
                        lambda parent, title, summary, lines: shown.append(lines))
    broken = tmp_path / "trasig.docx"
    broken.write_bytes(b"PK\x03\x04 trasig")
    window.import_files([broken])
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert len(shown[0]) == 1 and "trasig.docx" in shown[0][0] and "skadad" in shown[0][0]
    assert len(window.project.documents()) == 3
    assert window.history.stack.count() == 0


def test_keyboard_walks_from_difference_to_difference(window: MainWindow, qtbot: QtBot) -> None:
    window.view.setFocus()
    visited = []
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_F8)
        visited.append(window._current_source_row())
    rows = window.comparison.alignment.rows
    assert visited == sorted(set(visited)) and all(rows[r].is_difference() for r in visited)
    qtbot.keyClick(window.view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window._current_source_row() == visited[1]


def test_only_differences_filter_hides_identical_rows(window: MainWindow, qtbot: QtBot) -> None:
    a = window.project.documents()[0]
    window.history.push(window.project.documents.set_hidden(window.project.documents()[2].id,
                                                             True))
    settle(window, qtbot)
    total = window.proxy.rowCount()
    action(window, "onlyDifferencesAction").trigger()
    assert window.proxy.rowCount() < total or all(
        r.is_difference() for r in window.comparison.alignment.rows)
    assert a.id  # the base stays visible
    assert window.comparison.columnCount() == 3


def select_cells(window: MainWindow, cells: list[tuple[int, int]]) -> None:
    selection = window.view.selectionModel()
    selection.clearSelection()
    for row, column in cells:
        index = window.proxy.mapFromSource(window.comparison.index(row, column))
        selection.select(index, selection.SelectionFlag.Select)


def test_link_and_unlink_by_hand_with_undo(window: MainWindow, qtbot: QtBot) -> None:
    model = window.comparison
    alignment = model.alignment
    base_row = next(r for r, row in enumerate(alignment.rows)
                    if row.cells[0] and not row.cells[1])
    other_row = next(r for r, row in enumerate(alignment.rows)
                     if row.cells[1] and not row.cells[0])
    base_clause = model.clauses_at(base_row, 1)[0].id
    other_clause = model.clauses_at(other_row, 2)[0].id
    select_cells(window, [(base_row, 1), (other_row, 2)])
    action(window, "linkAction").trigger()
    settle(window, qtbot)
    row = model.alignment.rows[model.row_of_clause(base_clause)]
    assert other_clause in row.cells[1] and row.pinned
    window.undo_action.trigger()
    settle(window, qtbot)
    assert other_clause not in model.alignment.rows[model.row_of_clause(base_clause)].cells[1]
    window.redo_action.trigger()
    settle(window, qtbot)
    linked_row = model.row_of_clause(base_clause)
    select_cells(window, [(linked_row, 2)])
    action(window, "unlinkAction").trigger()
    settle(window, qtbot)
    assert other_clause not in model.alignment.rows[model.row_of_clause(base_clause)].cells[1]
    window.undo_action.trigger()
    settle(window, qtbot)
    assert other_clause in model.alignment.rows[model.row_of_clause(base_clause)].cells[1]


def test_forget_gives_a_linked_clause_back_to_the_automatic_pairing(
        window: MainWindow, qtbot: QtBot) -> None:
    model = window.comparison
    before = model.alignment.rows
    base_row = next(r for r, row in enumerate(before) if row.cells[0] and not row.cells[1])
    other_row = next(r for r, row in enumerate(before) if row.cells[1] and not row.cells[0])
    base_clause = model.clauses_at(base_row, 1)[0].id
    other_clause = model.clauses_at(other_row, 2)[0].id
    select_cells(window, [(base_row, 1), (other_row, 2)])
    action(window, "linkAction").trigger()
    settle(window, qtbot)
    assert other_clause in model.alignment.rows[model.row_of_clause(base_clause)].cells[1]
    forget = action(window, "forgetLinksAction")
    compare = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Jämförelse")
    names = [a.objectName() for a in compare.actions()]
    assert names.index("forgetLinksAction") == names.index("unlinkAction") + 1
    select_cells(window, [(model.row_of_clause(other_clause), 2)])  # the wrongly linked cell
    forget.trigger()
    assert window.statusBar().currentMessage() == \
        "Handlänkar borttagna: 1. Klausulerna paras automatiskt igen."
    settle(window, qtbot)
    assert model.alignment.rows == before and window.project.alignment.manual_links() == ()
    assert window.undo_action.text() == "Ångra Återställ automatisk parning"
    # Nothing is stored for them any more: the action says so and changes nothing.
    select_cells(window, [(model.row_of_clause(base_clause), 1)])
    forget.trigger()
    assert window.statusBar().currentMessage().startswith("De markerade klausulerna har inga")
    assert window.history.stack.count() == 2
    window.undo_action.trigger()
    settle(window, qtbot)
    row = model.alignment.rows[model.row_of_clause(base_clause)]
    assert other_clause in row.cells[1] and row.pinned


def test_document_metadata_is_edited_in_the_panel_and_undone(window: MainWindow) -> None:
    model = window.documents_model
    assert model.setData(model.index(1, REGION), "Region Västerå län")
    assert window.project.documents()[1].meta.region == "Region Västerå län"
    assert model.setData(model.index(1, KIND), "current")
    assert window.project.documents()[1].meta.kind == "current"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.project.documents()[1].meta == DocumentMeta("Region Västerå", "other",
                                                              "2025-06-12")


def test_save_as_then_save_clears_the_modified_mark(window: MainWindow, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "vart-arbete"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    window.documents_model.setData(window.documents_model.index(0, NAME), "Norrvik, version 2")
    assert window.isWindowModified()
    assert window.save()
    saved = target.with_name("vart-arbete.klausul")
    assert saved.exists() and not window.isWindowModified()
    assert window.windowTitle().startswith("vart-arbete.klausul")
    window.documents_model.setData(window.documents_model.index(0, NAME), "Norrvik, version 3")
    assert window.isWindowModified()
    action(window, "saveAction").trigger()
    assert not window.isWindowModified()
    reopened = Project.open(saved, tmp_path / "w2", mode="read_only")
    assert reopened.documents()[0].title == "Norrvik, version 3"
    reopened.close()
    assert str(saved.resolve()) in window.recent_files()


def test_project_open_elsewhere_offers_read_only(window: MainWindow, tmp_path: Path,
                                                 workdir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    project = open_demo(workdir)
    target = tmp_path / "delad.klausul"
    project.save(target)
    project.close()
    locking.lock_path(target).write_text(json.dumps(
        {"user": "bertil", "host": "KOMMUN-PC-7", "pid": 4242, "since": "2026-11-23T09:00"}),
        encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(questions, "ask_locked",
                        lambda parent, name, owner: asked.append(owner) or "read_only")
    assert window.open_path(target)
    assert asked and "bertil" in asked[0]
    assert window.project.read_only
    assert "skrivskyddat" in window.windowTitle()
    assert not window.save_action.isEnabled()


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QFileDialog
    from app.core.project import Project
    from app.ui.main_window import MainWindow
    app = QApplication([])
    project = Project.open(Path(sys.argv[1]), Path(sys.argv[2]))
    window = MainWindow(project, Path(sys.argv[2]),
                        QSettings(sys.argv[3], QSettings.Format.IniFormat))
    window.documents_model.setData(window.documents_model.index(0, 1), "Mitt i arbetet")
    print("edited", flush=True)
    time.sleep(60)
""")


def test_killed_mid_edit_the_work_is_recovered(window: MainWindow, tmp_path: Path,
                                               workdir: Path) -> None:
    project = open_demo(workdir)
    target = tmp_path / "arbete.klausul"
    project.save(target)
    project.close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(target), str(workdir),
                              str(tmp_path / "child.ini")], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True, env={**__import__("os").environ,
                                             "QT_QPA_PLATFORM": "offscreen"})
    assert child.stdout is not None and child.stdout.readline().strip() == "edited"
    child.send_signal(signal.SIGKILL)
    child.wait()
    found = list_recoverable(workdir)
    assert len(found) == 1
    window._replace_project(Project.recover(found[0]))
    assert window.project.documents()[0].title == "Mitt i arbetet"
    assert window.isWindowModified()


def test_screenshot_option_renders_the_comparison(tmp_path: Path) -> None:
    target = tmp_path / "fonster.png"
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0,
                                                "width": 1366, "height": 768}]}))
    result = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(target)], cwd=ROOT,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
             "KLAUSUL_HOME": str(tmp_path / "home")},
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QStyleFactory

    from app.ui.palette import colours_for
    image = QImage(str(target))
    assert 1300 <= image.width() <= 1366 and 700 <= image.height() <= 768  # fits the laptop
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3)
               for y in range(0, image.height(), 3)}
    fusion = colours_for(QStyleFactory.create("Fusion").standardPalette())
    assert fusion.inserted_background.name() in colours  # insertions and deletions painted
    assert fusion.deleted_background.name() in colours


def test_widgets_have_accessible_names_and_actions_keys(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit
    unnamed = [w.objectName() or type(w).__name__
               for kind in (QAbstractItemView, QLineEdit, QTextEdit, QAbstractButton)
               for w in window.findChildren(kind)
               if w.isVisibleTo(window) and not w.accessibleName()
               and not (isinstance(w, QAbstractButton) and w.text())
               and w.parent() is not None and "qt_" not in w.objectName()
               and type(w).__name__ not in ("QToolButton", "QHeaderView")]
    assert unnamed == []
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        menu = menu_action.menu()
        for item in menu.actions():
            if item.isSeparator() or item.menu() is not None:
                continue
            assert "&" in item.text() or not item.shortcut().isEmpty() \
                or item.objectName().startswith("language_"), item.text()


def test_window_geometry_and_docks_are_kept(qtbot: QtBot, workdir: Path,
                                            settings: QSettings) -> None:
    first = MainWindow(open_demo(workdir), workdir, settings)
    first.resize(711, 477)  # the offscreen screen is 800 × 600
    first.show()
    first.project.mark_unmodified()
    assert first.close()
    assert settings.value("window/geometry") is not None
    second = MainWindow(open_demo(workdir), workdir, settings)
    assert (second.width(), second.height()) == (711, 477)
    second.project.mark_unmodified()
    second.close()


def test_cancelled_import_adds_nothing(window: MainWindow, qtbot: QtBot,
                                       tmp_path: Path) -> None:
    paragraphs = "".join(p(f"Punkt {i}: barn och unga ska få stöd av regionen och kommunen.")
                         for i in range(3000))
    source = tmp_path / "stor.docx"
    source.write_bytes(build_docx(paragraphs))
    window.import_files([source])
    assert window.documents_panel.progress.isVisibleTo(window)
    window.cancel_imports()
    window.pool.waitForDone(20000)
    qtbot.wait(100)  # let any queued signal arrive
    assert len(window.project.documents()) == 3
    assert window.history.stack.count() == 0
    assert not window.documents_panel.progress.isVisibleTo(window)


def test_pin_row_from_the_keyboard_and_undo(window: MainWindow, qtbot: QtBot) -> None:
    model = window.comparison
    row = next(r for r, aligned in enumerate(model.alignment.rows)
               if sum(map(bool, aligned.cells)) >= 2 and not aligned.pinned)
    first_clause = next(c for cell in model.alignment.rows[row].cells for c in cell)
    window.go_to_source_row(row)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(window, qtbot)
    pinned_row = model.row_of_clause(first_clause)
    assert pinned_row is not None and model.alignment.rows[pinned_row].pinned
    assert "📌" in model.index(pinned_row, 0).data()
    window.undo_action.trigger()
    settle(window, qtbot)
    assert not model.alignment.rows[model.row_of_clause(first_clause)].pinned


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 200,
                                     b"inte en databas alls"])
def test_broken_project_file_is_named_and_the_open_project_kept(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        content: bytes) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    broken = tmp_path / "trasigt.klausul"
    broken.write_bytes(content)
    before = window.project
    assert not window.open_path(broken)
    assert len(shown) == 1 and "trasigt.klausul" in shown[0] and "Traceback" not in shown[0]
    assert window.project is before and len(before.documents()) == 3
