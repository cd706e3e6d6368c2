"""The documents panel: title, region, kind and date of each document, editable and undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.documents.model import Document, DocumentMeta
from app.ui.history import EditHistory

Index = QModelIndex | QPersistentModelIndex
KINDS = ("other", "draft", "current")


class DocumentsModel(QAbstractTableModel):
    """One row per document; reloads itself when documents or the base change, and turns
    the user's edits into undoable core edits."""

    def __init__(self, history: EditHistory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._documents: list[Document] = []
        self._base: str | None = None
        history.changes_applied.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.any("documents", "settings"):
            project = self.history.project
            self.load(project.documents(), project.alignment.base_document())

    def kind_label(self, kind: str) -> str:
        return {"other": self.tr("Annan regions överenskommelse"),
                "draft": self.tr("Vårt utkast"),
                "current": self.tr("Vår nuvarande överenskommelse")}.get(kind, kind)

    def load(self, documents: tuple[Document, ...], base: str | None) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self._base = base
        self.endResetModel()

    def document(self, row: int) -> Document:
        return self._documents[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Titel"), self.tr("Län/region"), self.tr("Typ"),
                    self.tr("Datum"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        values = (document.title, document.meta.region, document.meta.kind, document.meta.date)
        if role == Qt.ItemDataRole.DisplayRole:
            value = values[index.column()]
            if index.column() == 2:
                return self.kind_label(value)
            if index.column() == 0 and document.id == self._base:
                return f"{value} ★"
            return value
        if role == Qt.ItemDataRole.EditRole:
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 (%2, %3 klausuler)").replace("%1", document.source).replace(
                "%2", document.format).replace("%3", str(len(document.clauses)))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        document = self._documents[index.row()]
        title, meta = document.title, document.meta
        text = str(value).strip()
        column = index.column()
        if column == 0 and text:
            title = text
        elif column == 1:
            meta = DocumentMeta(text, meta.kind, meta.date)
        elif column == 2 and text in KINDS:
            meta = DocumentMeta(meta.region, text, meta.date)  # type: ignore[arg-type]
        elif column == 3:
            meta = DocumentMeta(meta.region, meta.kind, text)
        else:
            return False
        if (title, meta) == (document.title, document.meta):
            return False
        self.history.push(self.history.project.documents.set_meta(document.id, title, meta))
        return True


class KindDelegate(QStyledItemDelegate):
    """A combo box for the document kind."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        model = index.model()
        for kind in KINDS:
            combo.addItem(model.kind_label(kind) if isinstance(model, DocumentsModel) else kind,
                          kind)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())


class DocumentsPanel(QWidget):
    """The documents table, an add button and the progress of running imports."""

    add_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, model: DocumentsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName(self.tr("Dokument"))
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(2, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.add_button = QPushButton(self.tr("&Lägg till dokument…"), self)
        self.add_button.setAccessibleName(self.tr("Lägg till dokument"))
        self.add_button.clicked.connect(self.add_requested)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Importförlopp"))
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Avbryt"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def show_progress(self, running: int) -> None:
        """Show or hide the progress bar for `running` imports."""
        self.progress.setVisible(running > 0)
        self.cancel_button.setVisible(running > 0)
        self.progress.setRange(0, 0 if running else 1)
