"""The documents panel: whether each document is shown, its unique name (the title, edited in
place), region, kind and date; the base marked; every change undoable and made by id."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.changes import Changes
from app.core.documents.model import Document, DocumentId, DocumentMeta
from app.core.documents.names import display_names
from app.ui.history import EditHistory
from app.ui.wording import document_kind_label, warning_text

Index = QModelIndex | QPersistentModelIndex
KINDS = ("other", "draft", "current")
SHOWN, NAME, REGION, KIND, DATE = range(5)
NAME_ROOM = 120  # the least width the name column keeps


class DocumentsModel(QAbstractTableModel):
    """One row per document; reloads itself when documents or the base change, and turns
    the user's edits into undoable core edits."""

    def __init__(self, history: EditHistory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._documents: list[Document] = []
        self._names: tuple[str, ...] = ()
        self._base: str | None = None
        self._hidden: frozenset[DocumentId] = frozenset()
        history.changes_applied.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.any("documents", "settings"):
            project = self.history.project
            self.load(project.documents(), project.alignment.base_document(),
                      project.documents.hidden())

    def kind_label(self, kind: str) -> str:
        return document_kind_label(kind)

    def load(self, documents: tuple[Document, ...], base: str | None,
             hidden: frozenset[DocumentId] = frozenset()) -> None:
        self.beginResetModel()
        self._documents = list(documents)
        self._names = display_names(documents)
        self._base = base
        self._hidden = hidden
        self.endResetModel()

    def document(self, row: int) -> Document:
        return self._documents[row]

    def row_of(self, document: DocumentId) -> int | None:
        return next((r for r, d in enumerate(self._documents) if d.id == document), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._documents)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", self.tr("Namn"), self.tr("Län/region"), self.tr("Typ"),
                    self.tr("Datum"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Visas i jämförelsen"), self.tr("Dokumentets namn (dubbelklicka "
                    "för att byta titel)"), None, None, None)[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._documents):
            return None
        document = self._documents[index.row()]
        column = index.column()
        is_base = document.id == self._base
        hidden = document.id in self._hidden and not is_base
        if column == SHOWN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Unchecked if hidden else Qt.CheckState.Checked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Basdokumentet visas alltid") if is_base else \
                    self.tr("Dolt: ingår inte i jämförelsen") if hidden else \
                    self.tr("Visas i jämförelsen")
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Dolt") if hidden else self.tr("Visas")
            return None
        values = ("", self._names[index.row()], document.meta.region, document.meta.kind,
                  document.meta.date)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == KIND:
                return document_kind_label(document.meta.kind, short=True)
            if column == NAME:
                marker = "★ " if is_base else ""
                suffix = " " + self.tr("(dold)") if hidden else ""
                warned = " ⚠" if document.warnings else ""  # what the import read past
                return f"{marker}{values[NAME]}{suffix}{warned}"
            return values[column]
        if role == Qt.ItemDataRole.EditRole:
            return document.title if column == NAME else values[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(document, values[NAME], is_base, hidden, column)
        if role == Qt.ItemDataRole.FontRole and (is_base or hidden) and column == NAME:
            font = QFont()
            font.setBold(is_base)
            font.setItalic(hidden)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and hidden:
            return QPalette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _tooltip(self, document: Document, name: str, is_base: bool, hidden: bool,
                 column: int) -> str:
        clauses = self.tr("%n klausuler", "", len(document.clauses))
        lines = [name, f"{document.source} ({document.format.upper()}, {clauses})"]
        if column == KIND:
            lines.insert(0, document_kind_label(document.meta.kind))
        if is_base:
            lines.append(self.tr("Basdokument: de andra jämförs mot det"))
        if hidden:
            lines.append(self.tr("Dolt: ingår inte i jämförelsen"))
        lines.extend(f"⚠ {warning_text(w)}" for w in document.warnings)
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == SHOWN:
            base = self._documents[index.row()].id == self._base
            return flags | (Qt.ItemFlag.NoItemFlags if base else Qt.ItemFlag.ItemIsUserCheckable)
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        document = self._documents[index.row()]
        column = index.column()
        project = self.history.project
        if column == SHOWN and role == Qt.ItemDataRole.CheckStateRole:
            if document.id == self._base:
                return False
            hide = Qt.CheckState(value) == Qt.CheckState.Unchecked \
                if not isinstance(value, bool) else not value
            if hide == (document.id in self._hidden):
                return False
            self.history.push(project.documents.set_hidden(document.id, hide))
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        title, meta = document.title, document.meta
        text = str(value).strip()
        if column == NAME and text:
            title = text
        elif column == REGION:
            meta = DocumentMeta(text, meta.kind, meta.date)
        elif column == KIND and text in KINDS:
            meta = DocumentMeta(meta.region, text, meta.date)  # type: ignore[arg-type]
        elif column == DATE:
            meta = DocumentMeta(meta.region, meta.kind, text)
        else:
            return False
        if (title, meta) == (document.title, document.meta):
            return False
        self.history.push(project.documents.set_meta(document.id, title, meta))
        return True


class KindDelegate(QStyledItemDelegate):
    """A combo box for the document kind."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind in KINDS:
            combo.addItem(document_kind_label(kind), kind)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())


class DocumentsPanel(QWidget):
    """The documents table, add and remove buttons, and the progress of running imports."""

    add_requested = Signal()
    cancel_requested = Signal()
    remove_requested = Signal(str)  # document id
    base_requested = Signal(str)  # document id

    def __init__(self, model: DocumentsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName(self.tr("Dokument"))
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keeps ★ and "(PDF)"
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self._size_columns()
        model.modelReset.connect(self.fit_columns)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.add_button = QPushButton(self.tr("&Lägg till…"), self)
        self.add_button.setToolTip(self.tr("Lägg till dokument (Ctrl+I)"))
        self.add_button.setAccessibleName(self.tr("Lägg till dokument"))
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("Ta &bort"), self)
        self.remove_button.setObjectName("removeDocumentButton")
        self.remove_button.setToolTip(self.tr("Ta bort det markerade dokumentet (Delete); "
                                              "kan ångras"))
        self.remove_button.setAccessibleName(self.tr("Ta bort dokument"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.delete_action = QAction(self.tr("Ta bort dokument"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self._remove_selected)
        self.table.addAction(self.delete_action)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Importförlopp"))
        self.progress.setVisible(False)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Avbryt"), self)
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(progress)
        layout.addWidget(self.status)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHOWN, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(24)
        header.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        for column in (REGION, KIND, DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.viewport().installEventFilter(self)
        self.fit_columns()

    def _wanted(self, column: int) -> int:
        """The width a column's longest value (or its title) needs."""
        metrics = self.table.fontMetrics()
        texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")]
        texts += [str(self.model.index(r, column).data() or "")
                  for r in range(self.model.rowCount())]
        if column == DATE:
            texts.append("2026-12-31")
        return max(metrics.horizontalAdvance(t) for t in texts) + 18

    def fit_columns(self) -> None:
        """Every shown column inside the panel, none cut: the name gets at least NAME_ROOM,
        the date and kind what they need; the region, then the kind, are left out when the
        panel is too narrow for them (widen it to see them; the tooltip names all)."""
        header = self.table.horizontalHeader()
        room = self.table.viewport().width() - header.sectionSize(SHOWN)
        date, kind = self._wanted(DATE), self._wanted(KIND)
        region = min(self._wanted(REGION), 160)
        show_kind = room - date - kind >= NAME_ROOM
        show_region = show_kind and room - date - kind - region >= NAME_ROOM
        self.table.setColumnHidden(KIND, not show_kind)
        self.table.setColumnHidden(REGION, not show_region)
        for column, width in ((REGION, region), (KIND, kind), (DATE, date)):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def selected_document(self) -> DocumentId | None:
        rows = self.table.selectionModel().selectedRows()
        current = rows[0].row() if rows else self.table.currentIndex().row()
        if 0 <= current < self.model.rowCount():
            return self.model.document(current).id
        return None

    def _remove_selected(self) -> None:
        document = self.selected_document()
        if document is not None:
            self.remove_requested.emit(document)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        document = self.model.document(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Gör till &basdokument"),
                       lambda: self.base_requested.emit(document.id))
        shown = index.sibling(index.row(), SHOWN).data(Qt.ItemDataRole.CheckStateRole)
        toggle = self.tr("&Visa") if shown == Qt.CheckState.Unchecked else self.tr("&Dölj")
        menu.addAction(toggle, lambda: self.model.setData(
            index.sibling(index.row(), SHOWN), shown == Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole))
        menu.addSeparator()
        menu.addAction(self.tr("&Ta bort dokument"),
                       lambda: self.remove_requested.emit(document.id))
        menu.popup(self.table.viewport().mapToGlobal(point))

    def show_status(self, text: str) -> None:
        """A message under the table (a summary of refusals, what an import read past),
        given the height its wrapped lines need: in a dock the layout would squeeze it."""
        self.status.setText(text)
        width = max(self.status.width(), self.width() - 8, 100)
        self.status.setMinimumHeight(self.status.heightForWidth(width) if text else 0)
        self.updateGeometry()  # the dock makes room (from the panel below) for the lines

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.status.text():
            self.show_status(self.status.text())

    def show_progress(self, done: int, total: int, name: str = "") -> None:
        """Show the import of file `done + 1` of `total` (hidden when total is 0)."""
        running = total > 0
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if not running:
            self.progress.setRange(0, 1)
            return
        self.progress.setFormat(self.tr("%1 (%2 av %3)").replace("%1", name).replace(
            "%2", str(min(done + 1, total))).replace("%3", str(total)))
        self.progress.setRange(0, total)
        self.progress.setValue(done)
