"""The base document's headings; activating one jumps to its row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from app.core.changes import Changes
from app.core.documents.model import Document
from app.ui.history import EditHistory


class OutlinePanel(QTreeWidget):
    """The base document's headings; activating one jumps to its row."""

    jump_requested = Signal(str)  # clause id

    def __init__(self, history: EditHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        history.changes_applied.connect(self._changed)
        self.setObjectName("outlinePanel")
        self.setAccessibleName(self.tr("Rubriker"))
        self.setHeaderHidden(True)
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def _changed(self, changes: Changes) -> None:
        if changes.any("documents", "settings"):
            project = self.history.project
            base = project.alignment.base_document()
            self.load(project.documents.get(base) if base is not None else None)

    def load(self, document: Document | None) -> None:
        self.clear()
        if document is None:
            return
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for clause in document.clauses:
            if clause.kind != "heading":
                continue
            while stack and stack[-1][0] >= clause.level:
                stack.pop()
            label = f"{clause.number} {clause.text}" if clause.number else clause.text
            item = QTreeWidgetItem([label])
            item.setData(0, Qt.ItemDataRole.UserRole, clause.id)
            if stack:
                stack[-1][1].addChild(item)
            else:
                self.addTopLevelItem(item)
            stack.append((clause.level, item))
        self.expandAll()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.jump_requested.emit(str(item.data(0, Qt.ItemDataRole.UserRole)))
