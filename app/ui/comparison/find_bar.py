"""The find bar over the comparison: type to highlight every hit, Enter/F3 for the next,
Shift+Enter/Shift+F3 for the previous, the hit count, Esc or × to close."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from app.ui.comparison.model import TEXT_ROLE, ComparisonModel, RowFilterProxy
from app.ui.comparison.view import ComparisonView


class FindBar(QWidget):
    """A search field with previous/next buttons, the hit count and a close button."""

    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBarPanel")
        self.field = QLineEdit(self)
        self.field.setObjectName("findBar")
        self.field.setPlaceholderText(self.tr("Sök i klausuler (Enter = nästa, Esc = stäng)"))
        self.field.setAccessibleName(self.tr("Sök"))
        self.field.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("findCount")
        self.count.setAccessibleName(self.tr("Antal träffar"))
        self.count.setMinimumWidth(self.fontMetrics().horizontalAdvance("9999 av 9999") + 8)
        self.previous_button = self._button("▲", self.tr("Föregående träff (Skift+F3)"),
                                            "findPrevious", self.previous_requested)
        self.next_button = self._button("▼", self.tr("Nästa träff (F3)"), "findNext",
                                        self.next_requested)
        self.close_button = self._button("✕", self.tr("Stäng sökningen (Esc)"), "findClose",
                                         self.closed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)
        self.field.returnPressed.connect(self.next_requested)
        self.field.installEventFilter(self)
        self.setVisible(False)

    def _button(self, text: str, tip: str, name: str, signal: SignalInstance) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setObjectName(name)
        button.clicked.connect(signal)
        return button

    def eventFilter(self, watched: QObject, event: object) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent) \
                and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        super().keyPressEvent(event)


class Search(QObject):
    """Finds the text of the find bar in the shown cells, highlights and walks the hits."""

    def __init__(self, bar: FindBar, model: ComparisonModel, proxy: RowFilterProxy,
                 view: ComparisonView, go_to: Callable[[int, int], None],
                 notify: Callable[[str, int], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar, self.model, self.proxy, self.view = bar, model, proxy, view
        self._go_to = go_to
        self._notify = notify
        self._hits: list[tuple[int, int]] | None = None  # (view row, column), in view order
        bar.field.textChanged.connect(self._text_changed)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.closed.connect(self.close)
        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.rowsInserted,
                       proxy.rowsRemoved):
            signal.connect(self._invalidate)

    @property
    def needle(self) -> str:
        return self.bar.field.text().strip()

    def open(self) -> None:
        self.bar.setVisible(True)
        self.bar.field.setFocus()
        self.bar.field.selectAll()
        self._text_changed()

    def close(self) -> None:
        self.bar.setVisible(False)
        self.view.delegate.set_needle("")
        self.view.viewport().update()
        self.view.setFocus()

    def _invalidate(self, *_: object) -> None:
        self._hits = None
        if self.bar.isVisible():
            self._show_count()

    def _text_changed(self, *_: object) -> None:
        self._hits = None
        self.view.delegate.set_needle(self.needle if self.bar.isVisible() else "")
        self.view.viewport().update()
        self._show_count()

    def hits(self) -> list[tuple[int, int]]:
        """Every shown cell whose text holds the search text (case-insensitive)."""
        if self._hits is None:
            needle = self.needle.casefold()
            found = []
            if needle:
                for row in range(self.proxy.rowCount()):
                    for column in range(1, self.proxy.columnCount()):
                        text = str(self.proxy.index(row, column).data(TEXT_ROLE) or "")
                        if needle in text.casefold():
                            found.append((row, column))
            self._hits = found
        return self._hits

    def _current(self) -> tuple[int, int]:
        current = self.view.currentIndex()
        return (current.row(), current.column()) if current.isValid() else (-1, 0)

    def _show_count(self) -> None:
        hits = self.hits()
        if not self.needle:
            self.bar.count.setText("")
        elif not hits:
            self.bar.count.setText(self.tr("Ingen träff"))
        else:
            current = self._current()
            place = bisect_left(hits, current)
            number = place + 1 if place < len(hits) and hits[place] == current else 0
            total = str(len(hits))
            self.bar.count.setText(self.tr("%1 av %2").replace("%1", str(number)).replace(
                "%2", total) if number else self.tr("%1 träffar").replace("%1", total))

    def _jump(self, hit: tuple[int, int]) -> None:
        source = self.proxy.mapToSource(self.proxy.index(*hit))
        self._go_to(source.row(), source.column())
        self._show_count()

    def next(self) -> bool:
        """Select the next hit after the current cell (wrapping to the first)."""
        return self._step(1)

    def previous(self) -> bool:
        """Select the hit before the current cell (wrapping to the last)."""
        return self._step(-1)

    def step_open(self, direction: int) -> bool:
        """F3 / Shift+F3: open the bar if it is closed, then the next or previous hit."""
        if not self.bar.isVisible():
            self.open()
        return self._step(direction)

    def _step(self, direction: int) -> bool:
        hits = self.hits()
        if not hits:
            if self.needle:
                self._notify(self.tr("Ingen träff"), 3000)
            return False
        current = self._current()
        place = bisect_right(hits, current) if direction > 0 else bisect_left(hits, current) - 1
        self._jump(hits[place % len(hits)])
        return True
