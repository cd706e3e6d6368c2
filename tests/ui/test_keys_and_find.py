"""Keyboard: no shortcut bound twice on any platform, every shortcut reaches its action; the
find bar closes with Esc or ×, walks hits with F3/Shift+F3, counts them and highlights them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.ui.actions import KEYS
from app.ui.demo import open_demo


def test_no_key_sequence_is_listed_twice() -> None:
    sequences = Counter(QKeySequence(key).toString() for keys in KEYS.values() for key in keys)
    assert [key for key, count in sequences.items() if count > 1] == []
    assert "Esc" not in sequences  # the find bar's (and dialogs') own key


def test_every_window_shortcut_is_bound_once(open_window, workdir: Path) -> None:
    window = open_window(open_demo(workdir))
    bound: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            bound[sequence.toString()] += 1
    assert [key for key, count in bound.items() if count > 1] == []
    names = {a.objectName(): a for a in window.findChildren(QAction)}
    for name, keys in KEYS.items():
        assert [s.toString() for s in names[name].shortcuts()] == [
            QKeySequence(k).toString() for k in keys], name


def test_each_shortcut_triggers_its_action(open_window, workdir: Path, qtbot: QtBot) -> None:
    window = open_window(open_demo(workdir))
    fired: Counter[str] = Counter()
    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName() in KEYS}
    for name, action in actions.items():
        action.triggered.disconnect()  # nothing runs: only whether the key reaches it
        action.triggered.connect(lambda _=False, n=name: fired.update([n]))
    window.view.setFocus()
    for name, keys in KEYS.items():
        if not actions[name].isEnabled():
            actions[name].setEnabled(True)
        for key in keys:
            sequence = QKeySequence(key)
            combination = sequence[0]
            QTest.keyClick(window.view, combination.key(), combination.keyboardModifiers())
    expected = Counter({name: len(keys) for name, keys in KEYS.items()})
    assert fired == expected  # an ambiguous key would trigger nothing (and warn)


def test_find_bar_counts_highlights_walks_and_closes(open_window, workdir: Path,
                                                     qtbot: QtBot) -> None:
    window = open_window(open_demo(workdir))
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_panel
    assert bar.isVisible() and bar.field.hasFocus()
    qtbot.keyClicks(bar.field, "samordnad")
    hits = window.search.hits()
    assert len(hits) >= 2
    assert bar.count.text() == f"{len(hits)} träffar"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert (window.view.currentIndex().row(), window.view.currentIndex().column()) == hits[0]
    assert bar.count.text() == f"1 av {len(hits)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.count.text() == f"2 av {len(hits)}"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"1 av {len(hits)}"
    # The hit is highlighted in the painted cell.
    index = window.view.currentIndex()
    document = window.view.delegate.text_document(index, 300)
    found = document.find("samordnad")
    assert not found.isNull()
    probe = QTextCursor(document)
    probe.setPosition(found.selectionStart() + 1)
    colours = window.view.delegate.colours()
    assert probe.charFormat().background().color() == colours.found
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and window.view.delegate.needle == ""
    window.show_find()
    bar.close_button.click()
    assert not bar.isVisible()
