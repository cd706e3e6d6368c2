"""A thin bar beside the comparison: the shown rows from top to bottom, one mark per row that
differs, a frame around what the table shows now; click to jump there."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QTableView, QWidget

from app.core.alignment.statuses import DIFFERENT
from app.ui.comparison.delegate import mark_colour
from app.ui.comparison.model import STATUS_ROLE, ComparisonModel, RowFilterProxy
from app.ui.palette import colours_for

WIDTH = 16


class OverviewStrip(QWidget):
    """A thin bar: one mark per differing row, the visible part framed, click to jump."""

    row_requested = Signal(int)  # a row of the view (the filtered rows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewStrip")
        self.setAccessibleName(self.tr("Översikt över skillnader"))
        self.setToolTip(self.tr("Var skillnaderna finns; ramen visar vad tabellen visar nu. "
                                "Klicka för att gå dit."))
        self.setFixedWidth(WIDTH)
        self._states: list[str] = []
        self._view: QTableView | None = None
        self._current = -1

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 200)

    def attach(self, view: QTableView) -> None:
        """Follow a table: its rows' heights and where it is scrolled."""
        self._view = view
        bar = view.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        bar.rangeChanged.connect(self.update)
        view.verticalHeader().sectionResized.connect(self.update)

    def load(self, model: ComparisonModel, proxy: RowFilterProxy) -> None:
        """The states of the rows the view shows, in its order."""
        del model  # the proxy's rows carry the states
        self._states = [str(proxy.index(r, 0).data(STATUS_ROLE)) for r in range(proxy.rowCount())]
        self.update()

    def set_current(self, view_row: int) -> None:
        self._current = view_row
        self.update()

    def marked_rows(self) -> list[int]:
        """The view rows that get a mark."""
        return [r for r, state in enumerate(self._states) if state in DIFFERENT]

    def _span(self, row: int) -> tuple[float, float]:
        """A row's top and bottom as fractions of the whole table's height."""
        count = len(self._states)
        if self._view is None:
            return row / count, (row + 1) / count
        header = self._view.verticalHeader()
        total = max(header.length(), 1)
        top = header.sectionPosition(row)
        return top / total, (top + header.sectionSize(row)) / total

    def viewport_span(self) -> tuple[float, float]:
        """The part of the table in view, as fractions of its height."""
        if self._view is None or not self._states:
            return 0.0, 1.0
        total = max(self._view.verticalHeader().length(), 1)
        top = self._view.verticalScrollBar().value()
        return top / total, min((top + self._view.viewport().height()) / total, 1.0)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        if not self._states:
            return
        colours = colours_for(palette)
        height = self.height()
        for row in self.marked_rows():
            colour = mark_colour(colours, self._states[row])
            if colour is None:
                continue
            top, bottom = self._span(row)
            painter.fillRect(QRect(3, int(top * height), self.width() - 6,
                                   max(2, int((bottom - top) * height))), colour)
        if 0 <= self._current < len(self._states):
            top, _bottom = self._span(self._current)
            painter.fillRect(QRect(0, int(top * height), self.width(), 2),
                             palette.color(QPalette.ColorRole.Text))
        first, last = self.viewport_span()
        pen = QPen(palette.color(QPalette.ColorRole.Text))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRect(1, int(first * height) + 1, self.width() - 2,
                               max(int((last - first) * height) - 2, 4)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._states:
            return
        fraction = event.position().y() / max(self.height(), 1)
        for row in range(len(self._states)):
            top, bottom = self._span(row)
            if top <= fraction < bottom or row == len(self._states) - 1:
                self.row_requested.emit(row)
                return
