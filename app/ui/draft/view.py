"""The draft as an outline: numbers, indentation by level, provenance under each clause; keys
and drag to move and re-level, in-place editing whose text is reported while it is typed."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.core.draft.model import DraftClause
from app.ui.draft.model import CLAUSE_ROLE, DEPTH_ROLE, NUMBER_ROLE, PROVENANCE_ROLE

INDENT = 18
PADDING = 5
BAR = 4
Index = QModelIndex | QPersistentModelIndex


def _marker(clause: DraftClause, palette: QPalette) -> QColor:
    """The bar beside a clause: adopted as it was, reworded, or written by the group."""
    if clause.written:
        return QColor("#2e7d32")
    if clause.edited:
        return QColor("#ef6c00")
    return palette.color(QPalette.ColorRole.Mid)


class ClauseEditor(QPlainTextEdit):
    """The in-place editor: Enter keeps the text, Escape drops it (clauses are one line)."""

    committed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.committed.emit()
            return
        super().keyPressEvent(event)


class DraftDelegate(QStyledItemDelegate):
    """Paints a clause (number, text, provenance) and edits it in place."""

    text_edited = Signal(str)  # the editor's text while it is typed
    edit_committed = Signal(int, str)  # row, text

    def __init__(self, view: DraftView) -> None:
        super().__init__(view)
        self._view = view

    def _rects(self, option: QStyleOptionViewItem, index: Index) -> tuple[QRect, QRect]:
        depth = int(index.data(DEPTH_ROLE) or 0)
        left = option.rect.left() + BAR + PADDING + depth * INDENT
        width = max(option.rect.right() - left - PADDING, 60)
        text = QFontMetrics(self._font(index)).boundingRect(
            QRect(0, 0, width, 10000), int(Qt.TextFlag.TextWordWrap), self._text(index))
        small = QFontMetrics(self._small())
        main = QRect(left, option.rect.top() + PADDING, width, text.height())
        below = QRect(left, main.bottom() + 2, width, small.height())
        return main, below

    def _font(self, index: Index) -> QFont:
        font = QFont(self._view.font())
        clause = index.data(CLAUSE_ROLE)
        if isinstance(clause, DraftClause) and clause.kind == "heading":
            font.setBold(True)
        return font

    def _small(self) -> QFont:
        font = QFont(self._view.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7))
        return font

    @staticmethod
    def _text(index: Index) -> str:
        clause = index.data(CLAUSE_ROLE)
        number = index.data(NUMBER_ROLE)
        text = clause.text if isinstance(clause, DraftClause) else str(index.data() or "")
        if isinstance(clause, DraftClause) and clause.kind == "list_item" and not number:
            number = "•"
        return f"{number}  {text}" if number else text

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        clause = index.data(CLAUSE_ROLE)
        if not isinstance(clause, DraftClause):
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        painter.fillRect(QRect(option.rect.left(), option.rect.top() + 2, BAR,
                               option.rect.height() - 4), _marker(clause, palette))
        main, below = self._rects(option, index)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(text_role))
        painter.setFont(self._font(index))
        painter.drawText(main, int(Qt.TextFlag.TextWordWrap), self._text(index))
        painter.setFont(self._small())
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(below, int(Qt.AlignmentFlag.AlignLeft),
                         QFontMetrics(self._small()).elidedText(
                             str(index.data(PROVENANCE_ROLE) or ""),
                             Qt.TextElideMode.ElideRight, below.width()))
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        option = QStyleOptionViewItem(option)
        option.rect = QRect(0, 0, self._view.viewport().width(), 100)
        _main, below = self._rects(option, index)
        return QSize(option.rect.width(), below.bottom() + PADDING)

    # -- editing in place -----------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index
                     ) -> QWidget:
        editor = ClauseEditor(parent)
        editor.setObjectName("draftClauseEditor")
        editor.setAccessibleName(self.tr("Klausulens text"))
        row = QPersistentModelIndex(index)
        editor.textChanged.connect(lambda: self.text_edited.emit(editor.toPlainText()))
        editor.committed.connect(lambda: self._commit(editor, row))
        return editor

    def _commit(self, editor: ClauseEditor, index: QPersistentModelIndex) -> None:
        # The editor closes first: the edit reloads the model, which must not happen while
        # the view still holds the editor.
        text = editor.toPlainText()
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        if index.isValid():
            self.edit_committed.emit(index.row(), text)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        # The project changes through an edit, never through the model; this runs when the
        # editor loses focus, so the edit waits until the view has let the editor go.
        if isinstance(editor, QPlainTextEdit):
            row, text = index.row(), editor.toPlainText()
            QTimer.singleShot(0, lambda: self.edit_committed.emit(row, text))

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: Index) -> None:
        rect = option.rect.adjusted(BAR, 0, 0, 0)
        rect.setHeight(max(rect.height(), 72))
        editor.setGeometry(rect)


class DraftView(QListView):
    """The outline of the draft. Keys: Ctrl+Up/Down move, Tab/Shift+Tab re-level, Delete
    removes, F2/Enter edits in place, Ctrl+Tab leaves; clauses and comparison cells can be
    dropped in."""

    move_requested = Signal(int)  # -1 up, +1 down
    relevel_requested = Signal(int)  # +1 deeper, -1 higher
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftView")
        self.setAccessibleName(self.tr("Utkast"))
        self.setAccessibleDescription(self.tr("Utkastets klausuler i ordning med nummer och "
                                              "ursprung"))
        self.delegate = DraftDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.viewport().installEventFilter(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        control = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if control and key == Qt.Key.Key_Tab:
            super().focusNextPrevChild(True)  # Ctrl+Tab leaves the outline
        elif control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Tab and not control:
            self.relevel_requested.emit(1)
        elif key == Qt.Key.Key_Backtab:
            self.relevel_requested.emit(-1)
        elif key == Qt.Key.Key_Delete:
            self.remove_requested.emit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != \
                QAbstractItemView.State.EditingState and self.currentIndex().isValid():
            self.edit(self.currentIndex())
        else:
            super().keyPressEvent(event)

    def finish_editing(self) -> None:
        """Keep the text of an open in-place editor (before the window closes, say)."""
        editor = self.findChild(ClauseEditor)
        if editor is not None and self.state() == QAbstractItemView.State.EditingState:
            editor.committed.emit()

    def focusNextPrevChild(self, _next: bool) -> bool:
        return False  # Tab re-levels; it does not leave the outline

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.scheduleDelayedItemsLayout()  # wrapped heights follow the width
        return super().eventFilter(watched, event)
