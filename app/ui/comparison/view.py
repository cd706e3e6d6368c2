"""The side-by-side table: wrapped clause text with word differences painted in each cell."""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFocusEvent, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.ui.comparison.delegate import DOCUMENT_WIDTH, PADDING, CellDecorator, ClauseDelegate
from app.ui.comparison.model import ROW_ROLE, ComparisonModel, cell_text

__all__ = ["CellDecorator", "ComparisonView", "source_model"]
STATUS_WIDTH = 120
DECISION_WIDTH = 190
MIN_DOCUMENT_WIDTH = 220
EXACT_HEIGHT_CELLS = 2500
Index = QModelIndex | QPersistentModelIndex


class ComparisonView(QTableView):
    """The comparison table; row heights are estimated from text width, never measured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        self.setAccessibleName(self.tr("Jämförelse"))
        self.setAccessibleDescription(self.tr("En rad per grupp av motsvarande klausuler, "
                                              "en kolumn per dokument"))
        self.delegate = ClauseDelegate(self, self)
        self.setItemDelegate(self.delegate)
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Long names lose their middle to "…" (the full name is the tooltip): the base marker
        # at the start and what tells namesakes apart at the end, "(PDF)", both stay.
        header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionResized.connect(self._column_resized)
        self.setShowGrid(False)
        self._resizing = False
        # Columns share the window's width until the user drags one by hand.
        self._user_sized = False
        # Rows found too short while painting (the height is estimated): view row -> height.
        self._grow: dict[int, int] = {}
        # The rows last measured (alignment row per view row) and their text heights.
        self._text_heights: tuple[list[int], list[int]] | None = None
        self._grow_timer = QTimer(self)
        self._grow_timer.setSingleShot(True)
        self._grow_timer.setInterval(0)
        self._grow_timer.timeout.connect(self._grow_rows)
        # True while the current cell is the one Qt chose on focus, not the user's.
        self.automatic_current = False
        self._focusing = False

    def request_height(self, index: Index, height: int) -> None:
        """A painted cell needs `height` pixels: grow its row soon if it is shorter (never
        while painting), so no cell clips its text."""
        row = index.row()
        if height > self.rowHeight(row) and height > self._grow.get(row, 0):
            self._grow[row] = height
            self._grow_timer.start()

    def _grow_rows(self) -> None:
        grow, self._grow = self._grow, {}
        header = self.verticalHeader()
        for row, height in grow.items():
            if 0 <= row < header.count() and height > header.sectionSize(row):
                header.resizeSection(row, height)

    def focusInEvent(self, event: QFocusEvent) -> None:
        had_current = self.currentIndex().isValid()
        self._focusing = True
        try:
            super().focusInEvent(event)
        finally:
            self._focusing = False
        if not had_current and self.currentIndex().isValid():
            self.automatic_current = True

    def currentChanged(self, current: Index, previous: Index) -> None:
        super().currentChanged(current, previous)
        if not getattr(self, "_focusing", False):
            self.automatic_current = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if hasattr(self, "delegate") and event.type() in (QEvent.Type.PaletteChange,
                                                          QEvent.Type.FontChange):
            self.delegate.clear()
            self.viewport().update()

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
        self._grow.clear()
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
        cell) and kept per row, so a change of the chips below the text (`relayout_bands`)
        needs no measuring again."""
        model = self.model()
        source = source_model(self)
        if source is None or model is None:
            return
        columns = range(1, model.columnCount())
        widths = [self.columnWidth(c) for c in range(model.columnCount())]
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        advance = _Advances(metrics)
        # Exact shown text (with struck base words) for ordinary projects; for very large
        # ones, own text plus the whole base text is an upper bound that needs no diff.
        exact = model.rowCount() * model.columnCount() <= EXACT_HEIGHT_CELLS
        base_column = source.column_of(source.alignment.base)
        rows = [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]
        heights = []
        for row in rows:
            height = 0
            if exact:
                texts = [source.shown_text(row, column) for column in columns]
                bases = [""] * len(texts)
            else:
                texts = [cell_text(source.clauses_at(row, c)) or "–" for c in columns]
                base = texts[base_column - 1] if base_column is not None else ""
                bases = [base if column != base_column and text not in ("–", base) else ""
                         for column, text in zip(columns, texts, strict=True)]
            for column, text, base in zip(columns, texts, bases, strict=True):
                cell = _wrapped_height(advance(text) + (advance(base) if base else 0),
                                       widths[column], line)
                height = max(height, cell)
            heights.append(max(height, 28))
        self._text_heights = (rows, heights)
        self._apply_heights()

    def relayout_bands(self) -> None:
        """The extra content under the cells' text (tag chips) changed, not the text: repaint
        and resize rows from the heights already measured."""
        self.delegate.clear()
        self._grow.clear()
        model = self.model()
        known = self._text_heights
        if model is None or known is None or len(known[0]) != model.rowCount() or any(
                model.index(r, 0).data(ROW_ROLE) != row for r, row in enumerate(known[0])):
            self.relayout()  # the rows are not the ones measured
            return
        self._apply_heights()
        self.viewport().update()

    def _apply_heights(self) -> None:
        if self._text_heights is None:
            return
        rows, heights = self._text_heights
        header = self.verticalHeader()
        decorator = self.delegate.decorator
        for view_row, (row, height) in enumerate(zip(rows, heights, strict=True)):
            band = decorator.band_height(row) if decorator is not None else 0
            header.resizeSection(view_row, height + band)

    def _column_resized(self, *_: object) -> None:
        if not self._resizing:
            self._user_sized = True
            self.delegate.clear()
            self._update_heights()


class _Advances:
    """Text widths from the widths of its words, each distinct word measured once: clauses
    share a small vocabulary, and measuring a whole 70-word clause took ~90 µs (8,000 of
    them were most of opening a 20 × 300 project). Kerning across a space is ignored."""

    def __init__(self, metrics: QFontMetrics) -> None:
        self._metrics = metrics
        self._words: dict[str, int] = {}
        self._space = metrics.horizontalAdvance(" ")

    def __call__(self, text: str) -> int:
        words = self._words
        measure = self._metrics.horizontalAdvance
        total = 0
        pieces = text.split(" ")
        for word in pieces:
            width = words.get(word)
            if width is None:
                width = words[word] = measure(word)
            total += width
        return total + self._space * (len(pieces) - 1)


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
