"""The side-by-side table: wrapped clause text with word differences painted in each cell."""

from __future__ import annotations

import math
from collections import OrderedDict
from typing import Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFontMetrics,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.core.decisions.model import DecisionStatus
from app.core.diff.word_diff import WordDiff, redline
from app.ui.comparison.model import (
    DECISION_ROLE,
    DIFF_ROLE,
    ROW_ROLE,
    STATUS_ROLE,
    TEXT_ROLE,
    ComparisonModel,
    cell_text,
)
from app.ui.palette import DiffColours, colours_for

PADDING = 6
STATUS_WIDTH = 110
DECISION_WIDTH = 190
DOCUMENT_WIDTH = 340
MIN_DOCUMENT_WIDTH = 240
_CACHE = 600
EXACT_HEIGHT_CELLS = 2500
Index = QModelIndex | QPersistentModelIndex


class CellDecorator(Protocol):
    """Something painted in a band at the bottom of a cell (tag chips): how tall the band
    of a source row is (0: none), and how to paint it for one cell."""

    def band_height(self, source_row: int) -> int: ...

    def paint_band(self, painter: QPainter, rect: QRect, index: Index) -> None: ...


def _blend(base: QColor, top: QColor, amount: float) -> QColor:
    """An opaque mix of two colours."""
    return QColor(round(base.red() * (1 - amount) + top.red() * amount),
                  round(base.green() * (1 - amount) + top.green() * amount),
                  round(base.blue() * (1 - amount) + top.blue() * amount))


class ClauseDelegate(QStyledItemDelegate):
    """Paints a cell's text with deletions struck and insertions underlined, both coloured."""

    def __init__(self, view: ComparisonView) -> None:
        super().__init__(view)
        self._view = view
        self._documents: OrderedDict[tuple[int, int, int, str], QTextDocument] = OrderedDict()
        self.decorator: CellDecorator | None = None  # paints tag chips below the text

    def clear(self) -> None:
        self._documents.clear()

    def _colours(self) -> DiffColours:
        return colours_for(self._view.palette())

    def _document(self, index: Index, width: int) -> QTextDocument:
        text = str(index.data(TEXT_ROLE) or "")
        key = (index.row(), index.column(), width, text[:40])
        cached = self._documents.get(key)
        if cached is not None:
            self._documents.move_to_end(key)
            return cached
        document = QTextDocument()
        document.setDefaultFont(self._view.font())
        document.setDocumentMargin(0)
        document.setTextWidth(max(width, 40))
        diff = index.data(DIFF_ROLE)
        if isinstance(diff, WordDiff) and not diff.is_equal():
            self._fill_diff(document, diff)
        else:
            document.setPlainText(text or "–")
        self._documents[key] = document
        if len(self._documents) > _CACHE:
            self._documents.popitem(last=False)
        return document

    def _fill_diff(self, document: QTextDocument, diff: WordDiff) -> None:
        colours = self._colours()
        plain = QTextCharFormat()
        plain.setForeground(self._view.palette().color(QPalette.ColorRole.Text))
        deleted = QTextCharFormat()
        deleted.setFontStrikeOut(True)
        deleted.setForeground(colours.deleted_text)
        deleted.setBackground(colours.deleted_background)
        inserted = QTextCharFormat()
        inserted.setFontUnderline(True)
        inserted.setForeground(colours.inserted_text)
        inserted.setBackground(colours.inserted_background)
        cursor = QTextCursor(document)
        formats = {"equal": plain, "delete": deleted, "insert": inserted}
        for kind, text in redline(diff):
            cursor.insertText(text, formats[kind])

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        background = self._background(index)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        under = background if isinstance(background, QColor) else \
            option.palette.color(QPalette.ColorRole.Base)
        if selected:
            # A light tint plus a frame keeps the diff colours readable under the selection.
            under = _blend(under, option.palette.color(QPalette.ColorRole.Highlight), 0.3)
        painter.fillRect(option.rect, under)
        if selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.Highlight))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
        if index.column() == 0:
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             str(index.data() or ""))
        else:
            rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
            band = self._band(index)
            if band:
                self.decorator.paint_band(  # type: ignore[union-attr]
                    painter, QRect(rect.left(), rect.bottom() - band + 1, rect.width(), band),
                    index)
                rect.setBottom(rect.bottom() - band)
            document = self._document(index, rect.width())
            painter.translate(rect.topLeft())
            painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.Text))
            document.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def _band(self, index: Index) -> int:
        row = index.data(ROW_ROLE)
        return self.decorator.band_height(int(row)) if self.decorator is not None \
            and row is not None else 0

    def _background(self, index: Index) -> object:
        colours = self._colours()
        source = source_model(self._view)
        if source is not None and index.column() == source.decision_column():
            decision = index.data(DECISION_ROLE)
            if decision is None:
                return None
            return {DecisionStatus.DECIDED: colours.added, DecisionStatus.OPEN: colours.changed,
                    DecisionStatus.PARKED: colours.partial}[decision.status]
        return {"moved": colours.moved, "added": colours.added, "removed": colours.removed,
                "partial": colours.partial, "changed": colours.changed if index.column() == 0
                else None}.get(str(index.data(STATUS_ROLE)))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(DOCUMENT_WIDTH, self._view.estimate_height(str(index.data(TEXT_ROLE) or "")))


class ComparisonView(QTableView):
    """The comparison table; row heights are estimated from text width, never measured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.setAccessibleName(self.tr("Jämförelse"))
        self.setAccessibleDescription(self.tr("En rad per grupp av motsvarande klausuler, "
                                              "en kolumn per dokument"))
        self.delegate = ClauseDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.setShowGrid(False)
        self._resizing = False
        # Columns share the window's width until the user drags one by hand.
        self._user_sized = False

    def estimate_height(self, text: str, width: int = DOCUMENT_WIDTH, extra: str = "",
                        extra_share: float = 0.0) -> int:
        """Height of wrapped text from its advance width: cheap enough for 6,000 cells.

        `extra` is base text that may be shown struck through inside the cell; a share of
        its width is added (all of it when the texts differ a lot).
        """
        metrics = QFontMetrics(self.font())
        advance = metrics.horizontalAdvance(text)
        if extra and extra_share and extra != text:
            advance += int(metrics.horizontalAdvance(extra) * extra_share)
        return _wrapped_height(advance, width, metrics.lineSpacing())

    def relayout(self) -> None:
        """Set column widths and every row's height after the model changed."""
        model: QAbstractItemModel | None = self.model()
        if model is None:
            return
        self.delegate.clear()
        self._fit_columns()
        self._update_heights()

    def _fit_columns(self) -> None:
        """Share the viewport among the document columns; scroll only past MIN_DOCUMENT_WIDTH."""
        model: QAbstractItemModel | None = self.model()
        if model is None:
            return
        self._resizing = True
        self.setColumnWidth(0, STATUS_WIDTH)
        source = source_model(self)
        decisions = source.decision_column() if source is not None else None
        documents = model.columnCount() - 1 - (decisions is not None)
        if decisions is not None:
            self.setColumnWidth(decisions, DECISION_WIDTH)
        if documents > 0:
            if self._user_sized:
                widths = [max(self.columnWidth(c), 120) for c in range(1, documents + 1)]
            else:
                share = (self.viewport().width() - STATUS_WIDTH
                         - (DECISION_WIDTH if decisions is not None else 0)) // documents
                widths = [max(share, MIN_DOCUMENT_WIDTH)] * documents
            for column, width in enumerate(widths, start=1):
                self.setColumnWidth(column, width)
        self._resizing = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_sized and self.model() is not None:
            before = [self.columnWidth(c) for c in range(self.model().columnCount())]
            self._fit_columns()
            if before != [self.columnWidth(c) for c in range(self.model().columnCount())]:
                self.delegate.clear()
                self._update_heights()

    def scrollTo(self, index: Index, hint: QAbstractItemView.ScrollHint =
                 QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """Scroll vertically to a cell; move sideways only if the cell is out of sight."""
        bar = self.horizontalScrollBar()
        before = bar.value()
        rect = self.visualRect(index)
        partly_visible = rect.right() > 0 and rect.left() < self.viewport().width()
        super().scrollTo(index, hint)
        if partly_visible:
            bar.setValue(before)

    def _update_heights(self) -> None:
        """Every row's height, estimated from the source model's texts (no QModelIndex per
        cell), with each distinct text measured once."""
        model = self.model()
        source = source_model(self)
        if source is None or model is None:
            return
        header = self.verticalHeader()
        columns = range(1, model.columnCount())
        widths = [self.columnWidth(c) for c in range(model.columnCount())]
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        advances: dict[str, int] = {}

        def advance(text: str) -> int:
            found = advances.get(text)
            if found is None:
                found = advances[text] = metrics.horizontalAdvance(text)
            return found

        # Exact shown text (with struck base words) for ordinary projects; for very large
        # ones, own text plus the whole base text is an upper bound that needs no diff.
        exact = model.rowCount() * model.columnCount() <= EXACT_HEIGHT_CELLS
        base_column = source.column_of(source.alignment.base)
        rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
        for view_row, row in enumerate(rows):
            height = 0
            if exact:
                for column in columns:
                    width = advance(source.shown_text(row, column))
                    height = max(height, _wrapped_height(width, widths[column], line))
            else:
                texts = [cell_text(source.clauses_at(row, c)) for c in columns]
                base = texts[base_column - 1] if base_column is not None else ""
                for column, text in zip(columns, texts, strict=True):
                    width = advance(text or "–")
                    if text and base and column != base_column and text != base:
                        width += advance(base)
                    height = max(height, _wrapped_height(width, widths[column], line))
            band = self.delegate.decorator.band_height(row) if self.delegate.decorator else 0
            header.resizeSection(view_row, max(height, 28) + band)

    def _column_resized(self, *_: object) -> None:
        if not self._resizing:
            self._user_sized = True
            self.delegate.clear()
            self._update_heights()


def _wrapped_height(advance: int, width: int, line: int) -> int:
    """Pixel height of text `advance` pixels long wrapped into a column `width` wide."""
    usable = max(width - 2 * PADDING, 40)
    # Word wrapping leaves ragged line ends: allow for them.
    lines = max(1, math.ceil(advance * 1.15 / usable + 0.2))
    return lines * line + 2 * PADDING + 2


def source_model(view: QTableView) -> ComparisonModel | None:
    """The ComparisonModel behind a view (through its proxy)."""
    model: object = view.model()
    while model is not None and not isinstance(model, ComparisonModel):
        model = getattr(model, "sourceModel", lambda: None)()
    return model
