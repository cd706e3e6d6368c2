"""The history of the draft: every recorded version with its date, author and note; record,
compare and restore from here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.ui.draft.trees import select_id, selected_id
from app.ui.history import EditHistory
from app.ui.wording import local_time


class VersionsPanel(QWidget):
    """The versions, newest first."""

    record_requested = Signal()
    compare_requested = Signal(int)  # a version number (0: none selected)
    restore_requested = Signal(int)

    def __init__(self, history: EditHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("versionsList")
        self.tree.setAccessibleName(self.tr("Versioner"))
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Version"), self.tr("Datum"), self.tr("Av"),
                                   self.tr("Anteckning")])
        self.tree.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.record = QPushButton(self.tr("Spara version…"), self)
        self.record.setObjectName("recordVersion")
        self.compare = QPushButton(self.tr("Jämför…"), self)
        self.compare.setObjectName("compareVersions")
        self.restore = QPushButton(self.tr("Återställ"), self)
        self.restore.setObjectName("restoreVersion")
        self.restore.setToolTip(self.tr("Gör utkastet till den markerade versionen igen "
                                        "(kan ångras)"))
        buttons = QHBoxLayout()
        for button in (self.record, self.compare, self.restore):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.record.clicked.connect(self.record_requested)
        self.compare.clicked.connect(lambda: self.compare_requested.emit(self.selected()))
        self.restore.clicked.connect(self._restore)
        self.tree.itemSelectionChanged.connect(self._enable)
        history.changes_applied.connect(self._changed)
        self._enable()

    def _changed(self, changes: Changes) -> None:
        if changes.any("versions", "draft"):
            self.reload()

    def reload(self) -> None:
        project = self.history.project
        kept = self.selected()
        self.tree.clear()
        for header in reversed(project.draft.versions()):
            item = QTreeWidgetItem([header.label, local_time(header.created),
                                    header.author, header.note])
            item.setData(0, Qt.ItemDataRole.UserRole, header.number)
            item.setToolTip(3, header.note)
            self.tree.addTopLevelItem(item)
            if header.number == kept:
                self.tree.setCurrentItem(item)
        self.record.setEnabled(project.draft() is not None)
        self._enable()

    def selected(self) -> int:
        return selected_id(self.tree)

    def select(self, number: int) -> None:
        select_id(self.tree, number)

    def _restore(self) -> None:
        if self.selected():
            self.restore_requested.emit(self.selected())

    def _enable(self) -> None:
        self.restore.setEnabled(bool(self.selected()))
