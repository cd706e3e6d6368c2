"""A thin bar beside the comparison: one mark per differing row, click to jump there."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from app.core.alignment.model import Alignment, RowStatus
from app.ui.palette import colours_for


class OverviewStrip(QWidget):
    """A thin bar: one mark per differing row, click to jump there."""

    row_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(self.tr("Översikt över skillnader"))
        self.setToolTip(self.tr("Var skillnaderna finns: klicka för att gå dit"))
        self.setFixedWidth(14)
        self._statuses: list[RowStatus] = []

    def sizeHint(self) -> QSize:
        return QSize(14, 200)

    def load(self, alignment: Alignment) -> None:
        self._statuses = [row.status for row in alignment.rows]
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Window))
        count = len(self._statuses)
        if not count:
            return
        colours = colours_for(self.palette())
        fill = {"changed": colours.changed.darker(130), "moved": colours.moved.darker(140),
                "added": colours.inserted_text, "removed": colours.deleted_text,
                "partial": colours.partial.darker(140)}
        height = self.height()
        for row, status in enumerate(self._statuses):
            colour = fill.get(status)
            if colour is None:
                continue
            top = int(row * height / count)
            painter.fillRect(QRect(2, top, self.width() - 4, max(2, int(height / count))),
                             colour)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._statuses:
            row = int(event.position().y() * len(self._statuses) / max(self.height(), 1))
            self.row_requested.emit(min(max(row, 0), len(self._statuses) - 1))
