"""The coverage matrix on screen: a table of two facets' codes whose cells paint one small
bar per document (the base first and dark), gaps in orange, possible overlaps with a purple
corner; a cell's tooltip gives every document's count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.core.coverage.matrix import CoverageCell, CoverageMatrix
from app.core.tagging.codebook import Codebook, CodeId
from app.ui.tagging.chips import chip_label

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
GAP = QColor("#e07b00")
GAP_BACKGROUND = QColor("#ffe7c7")
OVERLAP = QColor("#7b2cbf")
BASE_BAR = QColor("#1b1b1b")
OTHER_BAR = QColor("#3f7fbf")


class CoverageModel(QAbstractTableModel):
    """Rows and columns are the codes some document has a clause for (or all codes)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.matrix: CoverageMatrix | None = None
        self.codebook: Codebook | None = None
        self.rows: tuple[CodeId, ...] = ()
        self.cols: tuple[CodeId, ...] = ()
        self.highest = 1
        self.only_marked = False

    def load(self, matrix: CoverageMatrix, codebook: Codebook, only_marked: bool = False
             ) -> None:
        """Show a matrix; `only_marked` keeps the rows and columns of gaps and overlaps."""
        self.beginResetModel()
        self.matrix, self.codebook, self.only_marked = matrix, codebook, only_marked
        cells = [c for c in matrix.cells if c.gap or c.overlap] if only_marked else matrix.cells
        used_rows, used_cols = {c.row for c in cells}, {c.col for c in cells}
        self.rows = tuple(r for r in matrix.row_codes if r in used_rows)
        self.cols = tuple(c for c in matrix.col_codes if c in used_cols)
        self.highest = max((n for c in matrix.cells for n in c.counts), default=1) or 1
        self.endResetModel()

    def cell_at(self, row: int, column: int) -> CoverageCell | None:
        if self.matrix is None or not (0 <= row < len(self.rows) and 0 <= column < len(self.cols)):
            return None
        return self.matrix.cell(self.rows[row], self.cols[column])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        codes = self.cols if orientation == Qt.Orientation.Horizontal else self.rows
        if self.codebook is None or not 0 <= section < len(codes):
            return None
        code = self.codebook.code(codes[section])
        if role == Qt.ItemDataRole.DisplayRole:
            return chip_label(code) if orientation == Qt.Orientation.Horizontal else (
                code.name if len(code.name) <= 34 else code.name[:33] + "…")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.codebook.path(code.id)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        cell = self.cell_at(index.row(), index.column())
        if role == CELL_ROLE:
            return cell
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(cell, index.row(), index.column())
        return None

    def describe(self, cell: CoverageCell | None, row: int, column: int) -> str:
        """'Placerade × Socialtjänst: Norrvik 1, Västerå 2 — lucka'."""
        assert self.codebook is not None and self.matrix is not None
        names = f"{self.codebook.code(self.rows[row]).name} × " \
                f"{self.codebook.code(self.cols[column]).name}"
        if cell is None:
            return names + ": " + self.tr("inga klausuler")
        counts = ", ".join(f"{d.name} {n}" for d, n in zip(self.matrix.documents, cell.counts,
                                                           strict=True))
        notes = []
        if cell.gap:
            notes.append(self.tr("lucka: basen har inget"))
        if cell.overlap:
            twice = ", ".join(self.matrix.documents[i].name for i in cell.overlap_documents)
            notes.append(self.tr("möjlig överlappning i %1").replace("%1", twice))
        return f"{names}: {counts}" + (" — " + "; ".join(notes) if notes else "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CoverageDelegate(QStyledItemDelegate):
    """Small multiples: one bar per document, as tall as its share of the matrix's most."""

    def __init__(self, model: CoverageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        documents = len(self.model.matrix.documents) if self.model.matrix else 1
        return QSize(max(44, documents * 7 + 14), 34)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell = index.data(CELL_ROLE)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        base = option.palette.color(QPalette.ColorRole.Base)
        painter.fillRect(rect, GAP_BACKGROUND if cell is not None and cell.gap else base)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if cell is not None and self.model.matrix is not None:
            self._bars(painter, rect.adjusted(5, 5, -5, -5), cell, self.model.matrix.base)
            if cell.gap:
                painter.setPen(QPen(GAP, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            if cell.overlap:
                corner = QPolygonF([QPointF(rect.right() - 11, rect.top()),
                                    QPointF(rect.right(), rect.top()),
                                    QPointF(rect.right(), rect.top() + 11)])
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(OVERLAP)
                painter.drawPolygon(corner)
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _bars(self, painter: QPainter, rect: QRectF, cell: CoverageCell, base: int) -> None:
        counts = cell.counts
        width = rect.width() / max(len(counts), 1)
        painter.setPen(Qt.PenStyle.NoPen)
        for number, count in enumerate(counts):
            left = rect.left() + number * width
            painter.setBrush(QColor("#d9d9d9"))
            painter.drawRect(QRectF(left + 0.5, rect.bottom() - 1, max(width - 1.5, 1), 1))
            if count:
                height = max(rect.height() * count / self.model.highest, 3)
                painter.setBrush(BASE_BAR if number == base else OTHER_BAR)
                painter.drawRect(QRectF(left + 0.5, rect.bottom() - height, max(width - 1.5, 1),
                                        height))
