"""Paints a comparison cell: its status tint and stripe, the text with word differences,
search hits, and a decorator's band at the bottom (the tag chips)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.core.diff.word_diff import WordDiff
from app.ui.comparison.model import (
    CELL_STATUS_ROLE,
    DECISION_ROLE,
    DIFF_ROLE,
    IS_DECISION_ROLE,
    ROW_ROLE,
    STATUS_ROLE,
    TEXT_ROLE,
)
from app.ui.palette import DiffColours, blend, colours_for
from app.ui.redline import write_redline

PADDING = 6
STRIPE = 4  # width of the status stripe at a cell's left edge
DOCUMENT_WIDTH = 340
_CACHE = 600
Index = QModelIndex | QPersistentModelIndex
# The row state's mark in the status column.
_STATE_MARKS = {"changed": "changed", "moved": "moved", "missing": "missing", "added": "added"}


class CellDecorator(Protocol):
    """Something painted in a band at the bottom of a cell (tag chips): how tall the band
    of a source row is (0: none; asked for every row when rows are laid out, so cheap),
    and how to paint it for one cell."""

    def band_height(self, source_row: int) -> int: ...

    def paint_band(self, painter: QPainter, rect: QRect, index: Index,
                   palette: QPalette) -> None: ...


class CellHost(Protocol):
    """What the delegate needs of its view (the comparison view)."""

    def palette(self) -> QPalette: ...

    def font(self) -> QFont: ...

    def request_height(self, index: Index, height: int) -> None: ...

    def estimate_height(self, text: str) -> int: ...


class ClauseDelegate(QStyledItemDelegate):
    """Paints a cell's text with deletions struck and insertions underlined, both coloured,
    on a tint of the cell's status; rows grow when a cell turns out taller than estimated."""

    def __init__(self, view: CellHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._documents: OrderedDict[tuple[object, ...], QTextDocument] = OrderedDict()
        self.decorator: CellDecorator | None = None  # paints tag chips below the text
        self.needle = ""  # search text to highlight

    def clear(self) -> None:
        self._documents.clear()

    def set_needle(self, needle: str) -> None:
        if needle != self.needle:
            self.needle = needle
            self.clear()

    def colours(self) -> DiffColours:
        return colours_for(self._view.palette())

    def band(self, index: Index) -> int:
        """The height of the decorator's band in this cell's row (0 without one)."""
        row = index.data(ROW_ROLE)
        return self.decorator.band_height(int(row)) if self.decorator is not None \
            and row is not None else 0

    def text_document(self, index: Index, width: int) -> QTextDocument:
        """The cell's laid-out text at a width (cached)."""
        text = str(index.data(TEXT_ROLE) or "")
        key = (index.row(), index.column(), width, text[:40], self.needle,
               self._view.palette().color(QPalette.ColorRole.Base).rgb())
        cached = self._documents.get(key)
        if cached is not None:
            self._documents.move_to_end(key)
            return cached
        document = QTextDocument()
        document.setDefaultFont(self._view.font())
        document.setDocumentMargin(0)
        document.setTextWidth(max(width, 40))
        diff = index.data(DIFF_ROLE)
        palette = self._view.palette()
        if isinstance(diff, WordDiff) and not diff.is_equal():
            self._fill_diff(document, diff)
        elif text:
            plain = QTextCharFormat()
            plain.setForeground(palette.color(QPalette.ColorRole.Text))
            QTextCursor(document).insertText(text, plain)
        else:
            empty = QTextCharFormat()
            empty.setFontItalic(True)
            empty.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
            QTextCursor(document).insertText(str(index.data() or ""), empty)
        if self.needle and text:
            self._highlight(document)
        self._documents[key] = document
        if len(self._documents) > _CACHE:
            self._documents.popitem(last=False)
        return document

    def _fill_diff(self, document: QTextDocument, diff: WordDiff) -> None:
        colours = self.colours()
        write_redline(document, diff, self._view.palette().color(QPalette.ColorRole.Text),
                      (colours.deleted_text, colours.deleted_background),
                      (colours.inserted_text, colours.inserted_background))

    def _highlight(self, document: QTextDocument) -> None:
        found = QTextCharFormat()
        found.setBackground(self.colours().found)
        found.setForeground(self._view.palette().color(QPalette.ColorRole.Text))
        cursor = document.find(self.needle)
        while not cursor.isNull():
            cursor.mergeCharFormat(found)
            cursor = document.find(self.needle, cursor)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colours = self.colours()
        palette = option.palette
        rect: QRect = option.rect
        column = index.column()
        status = str(index.data(STATUS_ROLE) if column == 0 else index.data(CELL_STATUS_ROLE))
        if column and index.data(IS_DECISION_ROLE):
            decision = index.data(DECISION_ROLE)
            status = f"decision_{decision.status.value}" if decision is not None else ""
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        under = colours.cells.get(status, palette.color(QPalette.ColorRole.Base)) \
            if column else palette.color(QPalette.ColorRole.Base)
        if selected:
            # A light tint plus a frame keeps the diff colours readable under the selection.
            under = blend(under, palette.color(QPalette.ColorRole.Highlight), 0.3)
        painter.fillRect(rect, under)
        mark = colours.marks.get(_STATE_MARKS.get(status, "")) if column == 0 \
            else colours.marks.get(status)
        if mark is not None:
            painter.fillRect(QRect(rect.left(), rect.top(), STRIPE, rect.height()), mark)
        if selected:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        inner = rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        if column == 0:
            self._paint_status(painter, palette, inner, index)
        else:
            self._paint_text(painter, palette, inner, index, rect)
        painter.restore()
        painter.save()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_status(self, painter: QPainter, palette: QPalette, inner: QRect,
                      index: Index) -> None:
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap)
        text = str(index.data() or "")
        painter.drawText(inner, flags, text)
        needed = painter.fontMetrics().boundingRect(inner.adjusted(0, 0, 0, 10000), flags,
                                                    text).height()
        self._view.request_height(index, needed + 2 * PADDING + 2)

    def _paint_text(self, painter: QPainter, palette: QPalette, inner: QRect, index: Index,
                    rect: QRect) -> None:
        document = self.text_document(index, inner.width())
        text_height = int(document.size().height()) + 1
        painter.save()
        painter.translate(inner.topLeft())
        painter.setClipRect(QRect(0, 0, inner.width(), inner.height() - self.band(index)))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.Text))
        document.documentLayout().draw(painter, context)
        painter.restore()
        band = self.band(index)
        if band and self.decorator is not None:
            self.decorator.paint_band(painter, QRect(inner.left(), inner.bottom() - band + 1,
                                                     inner.width(), band), index, palette)
        self._view.request_height(index, text_height + band + 2 * PADDING + 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(DOCUMENT_WIDTH, self._view.estimate_height(str(index.data(TEXT_ROLE) or "")))


def mark_colour(colours: DiffColours, status: str) -> QColor | None:
    """The strong colour of a cell status or row state (None for those without one)."""
    return colours.marks.get(_STATE_MARKS.get(status, status))
