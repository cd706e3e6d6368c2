"""The code picker: type a few letters ("bup"), pick with the arrows, Enter tags the selection
and Shift+Enter every clause of its rows. Recently used codes come first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.tagging.codebook import Code, Codebook, CodeId
from app.ui.wording import facet_name


def swatch(colour: str) -> QIcon:
    """A small square of a code's colour."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class CodePicker(QDialog):
    """Pick one code by typing; `chosen` and `whole_rows` say what was picked."""

    def __init__(self, codebook: Codebook, recent: list[CodeId], whole_rows: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codePicker")
        self.setWindowTitle(self.tr("Tagga med kod"))
        self.codebook = codebook
        self.recent = [c for c in recent if c in codebook]
        self.chosen: CodeId | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("codeSearch")
        self.search.setPlaceholderText(self.tr("Skriv för att söka, t.ex. bup"))
        self.search.setAccessibleName(self.tr("Sök kod"))
        self.codes = QListWidget(self)
        self.codes.setObjectName("codeList")
        self.codes.setAccessibleName(self.tr("Koder"))
        self.rows = QCheckBox(self.tr("Hela &raden (Skift+Enter)"), self)
        self.rows.setObjectName("wholeRows")
        self.rows.setChecked(whole_rows)
        hint = QLabel(self.tr("Enter: tagga markeringen · Skift+Enter: hela raden · Esc: avbryt"),
                      self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.codes, 1)
        layout.addWidget(self.rows)
        layout.addWidget(hint)
        self.resize(460, 420)
        self.search.textChanged.connect(self.fill)
        self.search.installEventFilter(self)
        self.codes.itemActivated.connect(lambda _item: self._accept(False))
        self.fill("")

    @property
    def whole_rows(self) -> bool:
        return self.rows.isChecked()

    def fill(self, text: str) -> None:
        """The codes matching `text`; with nothing typed, recent codes first, then all."""
        self.codes.clear()
        found: list[Code] = list(self.codebook.search(text))
        if not text.strip():
            recent = [self.codebook.code(c) for c in self.recent]
            found = recent + [c for c in found if c.id not in self.recent]
        for code in found:
            label = f"{facet_name(code.facet)}: {self.codebook.path(code.id)}"
            if code.key:
                label += f"   [{code.key}]"
            if code.id in self.recent:
                label += "   " + self.tr("(senast använd)")
            item = QListWidgetItem(swatch(code.color), label)
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            self.codes.addItem(item)
        if self.codes.count():
            self.codes.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            key = key_event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8,
                        Qt.Key.Key_PageUp: -8}[Qt.Key(key)]
                row = min(max(self.codes.currentRow() + step, 0), self.codes.count() - 1)
                self.codes.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(key_event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self._accept(shift)
                return True
        return super().eventFilter(watched, event)

    def _accept(self, whole_rows: bool) -> None:
        item: QListWidgetItem | None = self.codes.currentItem()
        if item is None or self.codes.count() == 0:
            return
        if whole_rows:
            self.rows.setChecked(True)
        self.chosen = CodeId(str(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()
