"""Workshop mode driven by keys alone (next untagged, tag, decide, undo, the remote's keys),
contested rows, the layout at projector sizes, and the decision column and filter of the
comparison."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from app.core.decisions.model import DecisionStatus
from app.core.decisions.progress import UNTAGGED
from app.core.documents.model import ClauseId
from app.core.tagging.codebook import CodeId
from app.ui.main_window import MainWindow
from app.ui.workshop.decision_editor import DecisionEditor
from app.ui.workshop.window import WorkshopWindow
from tests.ui.conftest import shown_demo

SOC, BUP = CodeId("part.socialtjanst"), CodeId("part.bup")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot: QtBot, workdir: Path, settings: QSettings) -> MainWindow:
    settings.setValue("tagging/member", "Eva")
    settings.setValue("tagging/facet", "part")
    with shown_demo(qtbot, workdir, settings) as win:
        assert win.tagging.wait()
        qtbot.wait(10)
        yield win
        win.workshop.close_workshop()


def open_workshop(win: MainWindow, qtbot: QtBot, size: tuple[int, int] = (1024, 768)
                  ) -> WorkshopWindow:
    workshop = win.workshop.open_workshop(full_screen=False)
    workshop.resize(*size)
    qtbot.waitExposed(workshop)
    workshop.setFocus()
    qtbot.wait(5)
    return workshop


def row_clauses(win: MainWindow, row: int) -> list[ClauseId]:
    return [c for cell in win.comparison.alignment.rows[row].cells for c in cell]


def press(qtbot: QtBot, widget: WorkshopWindow, key: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifiers)


def test_next_untagged_tag_decide_and_undo_by_keys(window: MainWindow, qtbot: QtBot) -> None:
    workshop = open_workshop(window, qtbot)
    start = workshop.row
    press(qtbot, workshop, Qt.Key.Key_F2)  # next untagged (nothing is tagged yet: the next row)
    row = workshop.row
    assert row != start and UNTAGGED(workshop.states[row])
    assert workshop.header.text().startswith(f"Rad {workshop.order().index(row) + 1} av ")
    assert "0 av " in workshop.progress.text()
    press(qtbot, workshop, Qt.Key.Key_S)  # Socialtjänst on the whole row
    clauses = row_clauses(window, row)
    assert all(window.project.tags.codes_of(c, "part") == (SOC,) for c in clauses)
    assert workshop.progress.text().startswith("1 av ")
    assert {cap.code.id: cap.state for cap in workshop.keys.caps}[SOC] == "on"
    assert any(SOC in [c.id for c in card.codes] for card in workshop.cards)
    press(qtbot, workshop, Qt.Key.Key_Return)  # decide
    assert workshop.editor.isVisible()
    qtbot.keyClicks(workshop.editor.text, "Ta J")  # QTest types ASCII only
    workshop.editor.text.insert("önköpings formulering")
    press(qtbot, workshop.editor.text, Qt.Key.Key_Down)  # beslutad -> vilande
    press(qtbot, workshop.editor.text, Qt.Key.Key_Up)  # back to beslutad
    press(qtbot, workshop.editor.text, Qt.Key.Key_Return)
    assert not workshop.editor.isVisible()
    decision = window.project.decisions.of_row(window.comparison.alignment.rows[row])
    assert decision is not None
    assert (decision.status, decision.text, decision.member) == (
        DecisionStatus.DECIDED, "Ta Jönköpings formulering", "Eva")
    assert "BESLUTAD – Ta Jönköpings formulering (Eva," in workshop.decision.text()
    column = window.comparison.decision_column()
    assert column is not None and window.comparison.index(row, column).data() == \
        "Beslutad: Ta Jönköpings formulering"
    press(qtbot, workshop, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo decision
    assert window.project.decisions() == ()
    assert window.comparison.decision_column() is None, "the column goes with the last one"
    assert workshop.decision.text().startswith("Inget beslut")
    press(qtbot, workshop, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the tag
    assert not any(window.project.tags.of(c) for c in clauses)
    assert workshop.progress.text().startswith("0 av ")
    press(qtbot, workshop, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo the tag
    assert window.project.tags.codes_of(clauses[0], "part") == (SOC,)


def test_one_version_keys_the_remote_and_leaving(window: MainWindow, qtbot: QtBot) -> None:
    workshop = open_workshop(window, qtbot)
    row = workshop.row
    press(qtbot, workshop, Qt.Key.Key_Right)  # focus the first version only
    assert workshop.focus_index == 0 and workshop.cards[0].focused
    column = next(c for c in range(1, window.comparison.columnCount())
                  if window.comparison.document_index(c) is not None)
    own = [c.id for c in window.comparison.clauses_at(row, column)]
    others = [c for c in row_clauses(window, row) if c not in own]
    press(qtbot, workshop, Qt.Key.Key_L)  # BUP
    assert own and all(window.project.tags.codes_of(c, "part") == (BUP,) for c in own)
    assert not any(window.project.tags.of(c) for c in others)
    press(qtbot, workshop, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)  # the whole row
    assert all(SOC in window.project.tags.codes_of(c, "part") for c in row_clauses(window, row))
    assert workshop.focus_index == 0 and workshop.cards[0].focused
    press(qtbot, workshop, Qt.Key.Key_PageDown)
    assert workshop.order().index(workshop.row) == workshop.order().index(row) + 1
    press(qtbot, workshop, Qt.Key.Key_PageUp)
    assert workshop.row == row
    press(qtbot, workshop, Qt.Key.Key_B)  # blank screen
    assert workshop.blank.isVisible()
    press(qtbot, workshop, Qt.Key.Key_PageDown)  # any key brings the picture back, nothing else
    assert not workshop.blank.isVisible() and workshop.row == row
    press(qtbot, workshop, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tagging.facet == "part"
    press(qtbot, workshop, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tagging.facet == "malgrupp"
    assert workshop.keys.caps[0].code.facet == "malgrupp"
    press(qtbot, workshop, Qt.Key.Key_PageDown)
    shown = workshop.row
    press(qtbot, workshop, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.workshop is None)
    assert window.controller.current_source_row() == shown


def test_contested_rows_are_counted_and_found(window: MainWindow, qtbot: QtBot) -> None:
    rows = window.comparison.alignment.rows
    row = next(n for n, r in enumerate(rows) if all(r.cells) and n > 3)
    first, second = rows[row].cells[0][0], rows[row].cells[1][0]
    window.history.push(window.project.tags.tag([first], BUP, "Eva"))
    window.history.push(window.project.tags.tag([second], SOC, "Karin"))
    window.controller.go_to_source_row(0)
    workshop = open_workshop(window, qtbot)
    assert workshop.progress.text() == f"1 av {len(rows)} rader taggade, 1 omstridda"
    press(qtbot, workshop, Qt.Key.Key_F3)
    assert workshop.row == row and workshop.decision.text().startswith("⚠ omstridd · ")
    press(qtbot, workshop, Qt.Key.Key_F3)
    assert workshop.row == row and workshop.message.text() == "Inga omstridda rader"
    press(qtbot, workshop, Qt.Key.Key_F4)  # next undecided: every row is, so the next one
    assert workshop.row != row


@pytest.mark.parametrize("size", [(1024, 768), (819, 614), (1280, 720), (960, 540),
                                  (1920, 1080), (1366, 768)])
def test_everything_fits_at_projector_sizes(window: MainWindow, qtbot: QtBot,
                                            size: tuple[int, int]) -> None:
    """1024×768 and 1920×1080 at 100–200 % scaling are these logical sizes."""
    pending = [s for d in window.project.documents()
               for s in window.project.tags.pending_for(d.id)]
    window.history.push(window.project.tags.accept(pending, "Eva"))
    workshop = open_workshop(window, qtbot, size)
    qtbot.wait(20)
    assert (workshop.width(), workshop.height()) == size, "nothing forces a larger window"
    assert workshop.minimumSizeHint().width() <= size[0]
    assert workshop.minimumSizeHint().height() <= size[1]
    inside = QRect(0, 0, *size)
    for widget in (workshop.header, workshop.progress, workshop.decision, workshop.keys,
                   workshop.help, *[c for c in workshop.cards if c.isVisible()]):
        top_left = widget.mapTo(workshop, widget.rect().topLeft())
        assert inside.contains(QRect(top_left, widget.size())), (widget.objectName(), size)
    for label in (workshop.header, workshop.progress):
        assert label.sizeHint().width() <= label.width() + 4, (label.text(), size)
    for rect in workshop.keys.key_rects().values():
        assert rect.right() <= workshop.keys.width() and rect.bottom() <= workshop.keys.height()
    cards = [c for c in workshop.cards if c.isVisible()]
    assert cards and all(c.body >= workshop.sizes.body_min for c in cards)
    assert all(c.height() >= 3 * c.body for c in cards), "room for a few lines of text"
    assert workshop.keys.height() <= size[1] // 4 + 2


def test_workshop_renders_at_200_percent(tmp_path: Path) -> None:
    """A 1920×1080 projector at 200 %: 960×540 logical pixels, twice as many device pixels."""
    result = subprocess.run([sys.executable, "-m", "app.ui.workshop.screenshots", str(tmp_path),
                             "--size", "960x540", "--scale", "2"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    image = QImage(str(tmp_path / "workshop-960x540@2x.png"))
    assert (image.width(), image.height()) == (1920, 1080)


def test_decisions_filter_the_comparison(window: MainWindow, qtbot: QtBot) -> None:
    alignment = window.comparison.alignment
    decisions = window.workshop.decisions
    assert decisions.decide(2, DecisionStatus.DECIDED, "Behåll")
    assert decisions.decide(5, DecisionStatus.PARKED, "Senare")
    decisions.set_filter("decided")
    assert window.proxy.rowCount() == 1
    assert window.proxy.mapToSource(window.proxy.index(0, 0)).row() == 2
    decisions.set_filter("undecided")
    assert window.proxy.rowCount() == len(alignment.rows) - 2
    window.history.stack.undo()  # the parked one goes: its row waits again
    assert window.proxy.rowCount() == len(alignment.rows) - 1
    decisions.set_filter(None)
    assert window.proxy.rowCount() == len(alignment.rows)


def test_deciding_from_the_main_window(window: MainWindow, qtbot: QtBot) -> None:
    window.controller.go_to_source_row(3)
    dialog = window.workshop.decisions.decide_current()
    assert dialog is not None
    found = dialog.findChild(DecisionEditor)
    assert found is not None
    qtbot.keyClicks(found.text, "Diskutera vidare i referensgruppen")
    found.radios[DecisionStatus.OPEN].setChecked(True)
    qtbot.keyClick(found.text, Qt.Key.Key_Return)
    decision = window.project.decisions.of_row(window.comparison.alignment.rows[3])
    assert decision is not None and decision.status is DecisionStatus.OPEN
    assert window.undo_action.text() == "Ångra Beslut: öppen"


def test_workshop_on_an_empty_project_says_so_and_keys_do_nothing(
        qtbot: QtBot, workdir: Path, settings: QSettings) -> None:
    from app.core.project import Project

    win = MainWindow(Project.new(workdir), workdir, settings)
    win.show()
    qtbot.waitExposed(win)
    workshop = open_workshop(win, qtbot)
    assert workshop.header.text() == "Inga rader att visa"
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_S,
                Qt.Key.Key_Delete, Qt.Key.Key_Return):
        press(qtbot, workshop, key)
    press(qtbot, workshop.editor.text, Qt.Key.Key_Return)  # saving a decision on no row
    assert win.project.tags() == () and win.project.decisions() == ()
    win.workshop.close_workshop()
    assert win.close()
    win.deleteLater()


def test_f11_opens_full_screen_on_a_screen(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, "workshopAction")
    assert action is not None and action.shortcut().toString() == "F11"
    action.trigger()
    workshop = window.workshop.workshop
    assert workshop is not None
    qtbot.waitUntil(workshop.isFullScreen)
    assert workshop.size() == workshop.screen().geometry().size()
    assert window.workshop.open_workshop() is workshop, "one workshop window at a time"
    press(qtbot, workshop, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workshop.workshop is None)
