"""The draft in the main window, offscreen at 1366 × 768: assembled from three documents by
keys and by drag, edited in place with the live diff, versions recorded, compared and
restored, exported to Word and a Word copy taken back, all undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.core.draft.export_content import ExportOptions
from app.core.draft.versions import Side
from app.core.draft.word_copy import draft_clauses_of
from app.core.importing import import_document
from app.ui.comparison.model import IN_DRAFT_ROLE
from app.ui.dialogs import questions
from app.ui.draft import dialogs
from app.ui.draft.model import CLAUSE_ROLE
from app.ui.main_window import MainWindow
from tests.builders.draft_project import three_county_project
from tests.builders.word_edits import edited_copy


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, settings: QSettings) -> MainWindow:
    project = three_county_project(tmp_path)
    win = MainWindow(project, tmp_path / "work", settings)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.controller.busy and win.comparison.rowCount() > 0
                    and win.draft.controller is not None, timeout=20000)
    yield win
    win.draft.outputs.wait()
    win.project.mark_unmodified()
    win.history.stack.setClean()
    assert win.close()
    win.deleteLater()


def texts(win: MainWindow) -> list[str]:
    draft = win.project.draft()
    return [c.text for c in draft.clauses] if draft is not None else []


def row_with(win: MainWindow, text: str) -> int:
    model = win.comparison
    for row in range(model.rowCount()):
        for column in range(1, model.columnCount()):
            if any(text in c.text for c in model.clauses_at(row, column)):
                return row
    raise KeyError(text)


def select_cell(win: MainWindow, row: int, document: int) -> None:
    column = win.comparison.column_of(document)
    assert column is not None
    win.go_to_source_row(row, column)


def drop(view: object, data: QMimeData, row: int, action: Qt.DropAction) -> None:
    """A drop on the draft view just above the given row (or below the last one)."""
    viewport = view.viewport()  # type: ignore[attr-defined]
    model = view.model()  # type: ignore[attr-defined]
    target = model.index(min(row, model.rowCount() - 1))
    view.scrollTo(target)  # type: ignore[attr-defined]
    rect = view.visualRect(target)  # type: ignore[attr-defined]
    if row < model.rowCount():
        point = QPoint(rect.center().x(), rect.top() + 2)
    else:
        point = QPoint(rect.center().x(), min(rect.bottom() + 6, viewport.height() - 2))
    position = QPointF(point)
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (QDragEnterEvent(point, action, data, buttons, modifiers),
                  QDragMoveEvent(point, action, data, buttons, modifiers)):
        QApplication.sendEvent(viewport, event)
    QApplication.sendEvent(viewport, QDropEvent(position, action, data, buttons, modifiers))
    QTest.qWait(20)  # the edit is pushed once the drop has finished


def test_the_draft_model_passes_the_model_tester(window: MainWindow) -> None:
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    tester = QAbstractItemModelTester(window.draft.model, mode, window)
    window.draft.controller.start(True)
    window.draft.controller.start(False)
    window.undo_action.trigger()
    assert tester is not None and window.draft.model.rowCount() > 5


def test_a_draft_is_assembled_from_three_documents_by_keys_and_drag(
        window: MainWindow, qtbot: QtBot) -> None:
    # No draft yet: the dock waits hidden, so the comparison has the width; F6 brings it.
    assert not window.draft.dock.isVisible()
    QTest.keyClick(window, Qt.Key.Key_F6)
    assert window.draft.dock.isVisible()
    panel = window.draft.panel
    assert panel.stack.currentIndex() == 0  # the two ways to start
    qtbot.mouseClick(panel.start_base, Qt.MouseButton.LeftButton)
    started = texts(window)
    assert started[:2] == ["Inledning", "Överenskommelsen gäller mellan Region Norrbo och "
                                        "länets kommuner."]
    assert panel.stack.currentIndex() == 1
    # The comparison marks the rows the draft has.
    base_row = row_with(window, "länets kommuner")
    status = window.comparison.index(base_row, 0)
    assert status.data().endswith("✓") and "Norrbo" in status.data(IN_DRAFT_ROLE)
    # Keys: Ctrl+U takes the selected wording (Östlund's) for its row.
    row = row_with(window, "skydd, stöd och behandling")
    select_cell(window, row, 1)
    window.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert "att utreda barnets behov av skydd, stöd och behandling" in texts(window)
    assert len(texts(window)) == len(started)
    assert "Östlund" in window.comparison.index(row, 0).data(IN_DRAFT_ROLE)
    # Ctrl+Shift+U: no wording for a row.
    select_cell(window, row_with(window, "föräldraskapet"), 0)
    QTest.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert not any("föräldraskapet" in t for t in texts(window))
    # Drag: Västby's wording of a row dragged from the comparison into the draft.
    comparison_index = window.proxy.mapFromSource(window.comparison.index(
        row_with(window, "i alla skolor"), window.comparison.column_of(2) or 0))
    data = window.proxy.mimeData([comparison_index])
    school = next(i for i, t in enumerate(texts(window)) if t.startswith("Elevhälsan ska"))
    drop(panel.view, data, school, Qt.DropAction.CopyAction)
    assert texts(window)[school] == "Elevhälsan ska arbeta förebyggande och hälsofrämjande " \
                                    "i alla skolor."
    # Drag a row Östlund alone has (the plan) to the end of the draft.
    plan = window.proxy.mapFromSource(window.comparison.index(
        row_with(window, "upprätta en samordnad individuell plan"),
        window.comparison.column_of(1) or 0))
    drop(panel.view, window.proxy.mimeData([plan]), len(texts(window)),
         Qt.DropAction.CopyAction)
    assert texts(window)[-1].startswith("Huvudmännen ska tillsammans upprätta")
    # Drag inside the draft: the last clause moves to the top.
    view = panel.view
    last = window.draft.model.index(window.draft.model.rowCount() - 1)
    drop(view, window.draft.model.mimeData([last]), 0, Qt.DropAction.MoveAction)
    assert texts(window)[0].startswith("Huvudmännen ska tillsammans upprätta")
    # Keys in the draft: Ctrl+Down moves, Tab re-levels, Delete removes.
    view.setFocus()
    view.setCurrentIndex(window.draft.model.index(0))
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert texts(window)[1].startswith("Huvudmännen ska tillsammans upprätta")
    assert view.currentIndex().row() == 1
    heading = texts(window).index("Elevhälsan")
    view.setCurrentIndex(window.draft.model.index(heading))
    QTest.keyClick(view, Qt.Key.Key_Tab)
    draft = window.project.draft()
    assert draft is not None and draft.clauses[heading].level == 3
    assert window.project.draft.labels()[heading] == "2.1.1"
    QTest.keyClick(view, Qt.Key.Key_Backtab)
    assert window.project.draft.labels()[heading] == "2.2"
    view.setCurrentIndex(window.draft.model.index(1))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert not any(t.startswith("Huvudmännen ska") for t in texts(window))
    # Every step undoes, back to no draft at all.
    while window.history.stack.canUndo():
        window.undo_action.trigger()
    assert window.project.draft() is None and panel.stack.currentIndex() == 0
    assert not window.comparison.index(base_row, 0).data().endswith("✓")


def test_opening_a_project_with_a_draft_shows_the_draft(window: MainWindow,
                                                         tmp_path: Path) -> None:
    window.findChild(QAction, "startDraftAction").trigger()
    saved = tmp_path / "med-utkast.klausul"
    window.project.save(saved)
    window.draft.dock.hide()  # as the user left it
    assert window.open_path(saved)
    assert window.project.draft() is not None and window.draft.dock.isVisible()
    assert window.draft.panel.stack.currentIndex() == 1


def test_taking_a_wording_brings_the_hidden_draft_out(window: MainWindow) -> None:
    assert not window.draft.dock.isVisible()
    row = row_with(window, "skydd, stöd och behandling")
    select_cell(window, row, 1)
    window.view.setFocus()
    QTest.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.dock.isVisible()
    assert "att utreda barnets behov av skydd, stöd och behandling" in texts(window)


def test_editing_in_place_shows_the_diff_against_every_source_live(
        window: MainWindow, qtbot: QtBot) -> None:
    window.findChild(QAction, "startDraftAction").trigger()  # Utkast › Starta … shows the dock
    panel = window.draft.panel
    assert window.draft.dock.isVisible()
    row = next(i for i, t in enumerate(texts(window)) if t.startswith("Elevhälsan ska"))
    view = panel.view
    view.setFocus()
    view.setCurrentIndex(window.draft.model.index(row))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QPlainTextEdit, "draftClauseEditor")
    assert editor is not None and editor.isVisible()
    editor.setPlainText("Elevhälsan ska arbeta förebyggande i samverkan med BUP.")
    html = panel.diff.toHtml()
    assert "BUP" in html and "Region Östlund" in html and "Region Västby" in html
    QTest.keyClick(editor, Qt.Key.Key_Return)
    clause = window.project.draft().clauses[row]  # type: ignore[union-attr]
    assert clause.text == "Elevhälsan ska arbeta förebyggande i samverkan med BUP."
    assert clause.edited
    assert "bearbetad" in str(window.draft.model.index(row).data(Qt.ItemDataRole.ToolTipRole))


def test_the_title_and_authors_are_set_and_the_draft_discarded_from_the_menu(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.findChild(QAction, "startDraftAction").trigger()
    panel = window.draft.panel
    monkeypatch.setattr(dialogs, "ask_info", lambda parent, title, authors: (
        "Överenskommelse 2027–2030", "Arbetsgruppen barn och unga"))
    window.findChild(QAction, "draftInfoAction").trigger()
    info = window.project.draft().info  # type: ignore[union-attr]
    assert (info.title, info.authors) == ("Överenskommelse 2027–2030",
                                          "Arbetsgruppen barn och unga")
    assert "Överenskommelse 2027–2030" in panel.title.text()
    window.undo_action.trigger()
    assert window.project.draft().info.title != "Överenskommelse 2027–2030"  # type: ignore[union-attr]
    # Discarding asks first; No keeps the draft, Yes discards it, undo brings it back.
    answers = iter([False, True])
    monkeypatch.setattr(questions, "confirm", lambda parent, question: next(answers))
    discard = window.findChild(QAction, "discardDraftAction")
    discard.trigger()
    assert window.project.draft() is not None
    discard.trigger()
    assert window.project.draft() is None and panel.stack.currentIndex() == 0
    window.undo_action.trigger()
    assert window.project.draft() is not None and panel.stack.currentIndex() == 1


def test_versions_are_recorded_compared_and_restored(window: MainWindow, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = window.draft.outputs
    window.draft.controller.start(True)
    names = iter([("0.1 – start", "utgångsläge"), ("0.2 – efter workshop 2", "")])
    monkeypatch.setattr(dialogs, "ask_version", lambda parent, suggestion: next(names))
    outputs.record_version()
    select_cell(window, row_with(window, "skydd, stöd och behandling"), 1)
    window.draft.controller.adopt_current_cell()
    select_cell(window, row_with(window, "föräldraskapet"), 0)
    window.draft.controller.drop_current_row()
    outputs.record_version()
    versions = window.draft.panel.versions
    assert versions.tree.topLevelItemCount() == 2
    assert versions.tree.topLevelItem(0).text(0) == "0.2 – efter workshop 2"
    assert versions.tree.topLevelItem(1).text(3) == "utgångsläge"
    # Compare the two versions in the comparison view.
    monkeypatch.setattr(dialogs, "ask_sides", lambda parent, choices, a, b: (
        Side.of_version(1), Side.of_version(2)))
    comparison = outputs.compare(1)
    assert comparison is not None and comparison.isVisible()
    counts = comparison.summary()
    assert counts.get("removed") == 1 and counts.get("changed") == 1
    assert comparison.model.columnCount() == 3
    assert comparison.model.headerData(1, Qt.Orientation.Horizontal) == "Bas: 0.1 – start"
    comparison.close()
    # A version against a source document, and against the current draft.
    monkeypatch.setattr(dialogs, "ask_sides", lambda parent, choices, a, b: (
        choices[a].side, choices[-1].side))
    other = outputs.compare(1)
    assert other is not None and other.model.document_at(2).title == "Västby"  # type: ignore[union-attr]
    other.close()
    # Restore version 0.1 (from the list), then undo it.
    current = window.project.draft()
    versions.select(1)
    qtbot.mouseClick(versions.restore, Qt.MouseButton.LeftButton)
    version = window.project.draft.version(1)
    assert version is not None and window.project.draft() == version.draft
    assert any("föräldraskapet" in t for t in texts(window))
    window.undo_action.trigger()
    assert window.project.draft() == current


def test_the_draft_is_exported_and_a_word_copy_comes_back(
        window: MainWindow, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = window.draft.outputs
    window.draft.controller.start(True)
    monkeypatch.setattr(dialogs, "ask_version", lambda parent, suggestion: ("0.1", ""))
    outputs.record_version()
    select_cell(window, row_with(window, "skydd, stöd och behandling"), 1)
    window.draft.controller.adopt_current_cell()
    target = tmp_path / "utkast"
    monkeypatch.setattr(dialogs, "ask_export", lambda parent, against, current: ExportOptions(
        against[current].side))
    monkeypatch.setattr(questions, "choose_save_path", lambda *args: target)
    export_action = window.findChild(QAction, "exportDraftAction")
    outputs.export()
    # While it is written the export waits and the cursor says so; then both come back.
    assert not export_action.isEnabled()
    assert QApplication.overrideCursor() is not None
    qtbot.waitUntil(lambda: not outputs.busy and export_action.isEnabled(), timeout=20000)
    assert QApplication.overrideCursor() is None
    exported = tmp_path / "utkast.docx"
    assert outputs.last_export == exported
    assert [c.text for c in draft_clauses_of(import_document(exported))] == texts(window)
    copy = edited_copy(exported, tmp_path / "från-eva.docx", lambda c: c.comment(
        "Överenskommelsen gäller", "Gäller det även privata skolor?", "Eva Granskare"))
    monkeypatch.setattr(questions, "choose_open_path", lambda *args: copy)
    outputs.import_word_copy()
    qtbot.waitUntil(lambda: not outputs.busy, timeout=20000)
    panel = window.draft.panel
    assert panel.tabs.currentIndex() == 2 and panel.tabs.tabText(2) == "Förslag (1)"
    assert window.project.draft.versions()[-1].label == "Word-kopia från-eva.docx"
    proposals = panel.proposals
    assert proposals.tree.topLevelItemCount() == 1
    proposals.tree.setCurrentItem(proposals.tree.topLevelItem(0))
    current = panel.view.currentIndex().data(CLAUSE_ROLE)
    assert current is not None and current.text.startswith("Överenskommelsen gäller")
    qtbot.mouseClick(proposals.accept, Qt.MouseButton.LeftButton)
    assert window.project.draft.proposals()[0].status == "accepted"
    assert panel.tabs.tabText(2) == "Förslag"


def test_closing_with_an_open_editor_keeps_its_text(qtbot: QtBot, tmp_path: Path,
                                                    settings: QSettings,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    project = three_county_project(tmp_path)
    win = MainWindow(project, tmp_path / "work", settings)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.draft.controller is not None)  # made after the first paint
    win.draft.controller.start(True)
    view = win.draft.panel.view
    view.setFocus()
    view.setCurrentIndex(win.draft.model.index(0))
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.findChild(QPlainTextEdit, "draftClauseEditor")
    assert editor is not None
    editor.setPlainText("Inledning och syfte")
    asked: list[str] = []

    def answer(_parent: object, name: str) -> str:
        asked.append(win.project.draft().clauses[0].text)  # type: ignore[union-attr]
        return "discard"

    monkeypatch.setattr(questions, "ask_save_changes", answer)
    assert win.close()
    assert asked == ["Inledning och syfte"]  # committed before the question, no error shown
    win.deleteLater()


def test_a_draft_clause_shows_its_sources_tags_and_takes_its_own(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.core.tagging.codebook import CodeId

    project = window.project
    window.draft.controller.start(True)
    item = next(c for c in project.draft().clauses if c.kind == "list_item")  # type: ignore[union-attr]
    assert item.origin is not None
    window.history.push(project.tags.tag([item.origin.clause], CodeId("part.socialtjanst"),
                                         "Anna"))
    row = texts(window).index(item.text)
    index = window.draft.model.index(row)
    assert "Socialtjänst" in str(index.data(Qt.ItemDataRole.ToolTipRole))
    offered: list[set[str]] = []

    def choose(parent: object, title: str, facets: object, codes: object,
               checked: set[str]) -> set[str]:
        offered.append(set(checked))
        return {"part.bup", "mg.ohalsa"}

    monkeypatch.setattr(dialogs, "ask_codes", choose)
    window.draft.panel.view.setCurrentIndex(index)
    qtbot.mouseClick(window.draft.panel.tag, Qt.MouseButton.LeftButton)
    assert offered == [{"part.socialtjanst"}]  # what it shows now: its source's tags
    tags = project.draft.tags()[item.id]
    assert [t.code for t in tags] == ["mg.ohalsa", "part.bup"]  # its own, in codebook order
    window.undo_action.trigger()
    assert [t.code for t in project.draft.tags()[item.id]] == ["part.socialtjanst"]


def test_no_two_actions_share_a_key(window: MainWindow) -> None:
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    clashes = []
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue
        for key in action.shortcuts():
            text = key.toString()
            if text in seen and seen[text] != action.objectName():
                clashes.append((text, seen[text], action.objectName()))
            seen[text] = action.objectName()
    assert clashes == []


def test_the_drafts_code_loads_after_the_first_paint(tmp_path: Path) -> None:
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent("""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from app.ui.demo import open_demo
        from app.ui.main_window import MainWindow
        work = Path(sys.argv[1])
        window = MainWindow(open_demo(work), work, QSettings(str(work / "s.ini"),
                                                             QSettings.Format.IniFormat))
        loaded = sorted(m for m in sys.modules if m.startswith(("app.core.draft.manager",
                                                                "app.ui.draft.controller")))
        assert window.findChild(type(window.draft.dock), "draftDock") is not None
        assert loaded == [], loaded
        window.project.mark_unmodified()
        window.project.close()
    """)
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                            text=True, timeout=120, check=False,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
