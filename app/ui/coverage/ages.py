"""Target-group age bands as bars per document on one age axis, so 0–17, 0–18, 0–20 and "up to
25" stand out; a bar that differs from the base's is red and marked ≠."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from app.core.coverage.ages import AgeBandRow
from app.core.tagging.codebook import Codebook

SAME = QColor("#3f7fbf")
BASE = QColor("#1b1b1b")
DIFFERENT = QColor("#c0392b")


class AgeChart(QWidget):
    """One block per target group: its name, then a line per document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ageChart")
        self.rows: tuple[AgeBandRow, ...] = ()
        self.names: tuple[str, ...] = ()
        self.base = 0
        self.codebook: Codebook | None = None

    def load(self, rows: tuple[AgeBandRow, ...], names: tuple[str, ...], base: int,
             codebook: Codebook) -> None:
        self.rows, self.names, self.base, self.codebook = rows, names, base, codebook
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _line(self) -> int:
        return QFontMetrics(self.font()).height() + 4

    def _height(self) -> int:
        return max(len(self.rows) * (len(self.names) + 1) * self._line() + 2 * self._line(), 40)

    def sizeHint(self) -> QSize:
        return QSize(480, self._height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.rows:
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(self.rect().adjusted(8, 8, -8, -8), int(Qt.AlignmentFlag.AlignLeft),
                             self.tr("Inga åldersgränser hittades i dokumentens text."))
            painter.end()
            return
        line = self._line()
        metrics = QFontMetrics(self.font())
        names_width = min(max(metrics.horizontalAdvance(n) for n in self.names) + 16,
                          self.width() // 3)
        axis_left, axis_right = names_width + 8, self.width() - 60
        top_age = max(25, max((s.range.last for r in self.rows for d in r.stated for s in d),
                              default=25))

        def x(age: float) -> float:
            return axis_left + (axis_right - axis_left) * age / (top_age + 1)

        y = 4
        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
        for age in range(0, top_age + 1, 5):
            painter.drawLine(int(x(age)), y + line, int(x(age)), self.height() - 4)
            painter.drawText(QRect(int(x(age)) - 12, y, 24, line),
                             int(Qt.AlignmentFlag.AlignCenter), str(age))
        y += line
        for row in self.rows:
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text)
            name = self.codebook.code(row.code).name if self.codebook else row.code
            painter.drawText(QRect(4, y, self.width() - 8, line),
                             int(Qt.AlignmentFlag.AlignVCenter), name)
            painter.setFont(self.font())
            y += line
            for number, stated in enumerate(row.stated):
                painter.setPen(text)
                title = metrics.elidedText(self.names[number], Qt.TextElideMode.ElideRight,
                                           names_width - 12)
                painter.drawText(QRect(12, y, names_width - 8, line),
                                 int(Qt.AlignmentFlag.AlignVCenter), title)
                colour = BASE if number == self.base else DIFFERENT if row.mismatch[number] \
                    else SAME
                for part, found in enumerate(stated):
                    low, last = found.range.span
                    height = (line - 6) / max(len(stated), 1)
                    bar = QRectF(x(low), y + 3 + part * height, x(last + 1) - x(low), height - 1)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(colour)
                    painter.drawRect(bar)
                    painter.setPen(text)
                    painter.drawText(QRectF(bar.right() + 4, bar.top() - 2, 70, line),
                                     int(Qt.AlignmentFlag.AlignLeft),
                                     f"{low}–{last}" + (" ≠" if row.mismatch[number] else ""))
                y += line
        painter.end()
