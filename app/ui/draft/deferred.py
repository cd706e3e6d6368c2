"""Work that waits for the window's first picture: the draft's part is made after the
comparison has been painted once (or after a second at the latest)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, then: Callable[[], object], watched: QWidget) -> None:
        super().__init__(watched)
        self._then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # on the next turn, once the paint is done
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object], latest_ms: int = 1000) -> None:
    """Call `then` after `widget`'s first paint, or after `latest_ms` if it is not painted;
    `then` must do nothing the second time."""
    _AfterFirstPaint(then, widget)
    QTimer.singleShot(latest_ms, then)
