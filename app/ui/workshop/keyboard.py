"""What a key does in workshop mode, as a name: keyboard and presenter remote alike (remotes
send Page Up / Page Down, and B or a full stop to blank the screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

_PLAIN = {
    Qt.Key.Key_PageDown: "next", Qt.Key.Key_Space: "next",
    Qt.Key.Key_PageUp: "previous",
    Qt.Key.Key_Right: "focus_next", Qt.Key.Key_Tab: "focus_next",
    Qt.Key.Key_Left: "focus_previous", Qt.Key.Key_Backtab: "focus_previous",
    Qt.Key.Key_Down: "scroll_down", Qt.Key.Key_Up: "scroll_up",
    Qt.Key.Key_F2: "next_untagged", Qt.Key.Key_F3: "next_contested",
    Qt.Key.Key_F4: "next_undecided",
    Qt.Key.Key_Return: "decide", Qt.Key.Key_Enter: "decide",
    Qt.Key.Key_Delete: "clear_decision",
    Qt.Key.Key_B: "blank", Qt.Key.Key_Period: "blank",
    Qt.Key.Key_Escape: "leave",
}
_SHIFTED = {Qt.Key.Key_F2: "previous_untagged", Qt.Key.Key_F3: "previous_contested",
            Qt.Key.Key_F4: "previous_undecided", Qt.Key.Key_Backtab: "focus_previous",
            Qt.Key.Key_Space: "previous"}
_FACETS = {Qt.Key.Key_1: "facet_malgrupp", Qt.Key.Key_2: "facet_part",
           Qt.Key.Key_3: "facet_ansvar"}
LETTERS = {int(Qt.Key.Key_A) + n: chr(ord("a") + n) for n in range(26)}
LETTERS.update({int(Qt.Key.Key_0) + n: str(n) for n in range(10)})


def action_for(event: QKeyEvent) -> tuple[str, str]:
    """(action, argument): ("code", letter) / ("row_code", letter) for a code key (Shift: the
    whole row), ("next", "") …; ("", "") for a key that does nothing."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return ("undo", "")
    if event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
        return ("redo", "")
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = Qt.Key(event.key())
    control = Qt.KeyboardModifier.ControlModifier
    shift = Qt.KeyboardModifier.ShiftModifier
    alt = Qt.KeyboardModifier.AltModifier
    if modifiers == control and key in _FACETS:
        return (_FACETS[key], "")
    if modifiers == alt and int(key) in LETTERS:
        return ("code", LETTERS[int(key)])  # any code, even one whose key is reserved
    if modifiers == shift and key in _SHIFTED:
        return (_SHIFTED[key], "")
    if modifiers in (Qt.KeyboardModifier.NoModifier, shift) and key in _PLAIN \
            and not (modifiers == shift and int(key) in LETTERS):
        return (_PLAIN[key], "")
    if modifiers in (Qt.KeyboardModifier.NoModifier, shift) and int(key) in LETTERS:
        return ("row_code" if modifiers == shift else "code", LETTERS[int(key)])
    return ("", "")
