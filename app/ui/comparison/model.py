"""Table model of the comparison: a status column, then one column per visible document."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from app.core.alignment.model import Alignment
from app.core.diff.word_diff import WordDiff, diff_words
from app.core.documents.model import Clause, ClauseId, Document
from app.ui.wording import status_label

CLAUSES_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple of Clause in the cell
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # row status string
DIFF_ROLE = Qt.ItemDataRole.UserRole + 3  # WordDiff of base text -> this cell's text, or None
IS_BASE_ROLE = Qt.ItemDataRole.UserRole + 4
TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # the cell's plain text
ROW_ROLE = Qt.ItemDataRole.UserRole + 6  # the alignment row index (through proxies)
_DIFF_CACHE = 4000
Index = QModelIndex | QPersistentModelIndex


def cell_text(clauses: tuple[Clause, ...]) -> str:
    """A cell's text: its clauses with their number labels."""
    return " ".join(f"{c.number} {c.text}" if c.number else c.text for c in clauses)


class ComparisonModel(QAbstractTableModel):
    """Rows of an Alignment; columns: status, then each visible document."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alignment = Alignment((), 0, ())
        self._documents: list[Document] = []
        self._columns: list[int] = []  # document index per document column
        self._clauses: dict[ClauseId, Clause] = {}
        self._diffs: OrderedDict[tuple[int, int], WordDiff | None] = OrderedDict()

    # -- loading --------------------------------------------------------------------------
    def load(self, documents: tuple[Document, ...], alignment: Alignment,
             hidden: frozenset[str]) -> None:
        """Show `alignment` over `documents`, leaving out hidden ones (never the base)."""
        self.beginResetModel()
        self._documents = list(documents)
        self._alignment = alignment
        self._columns = [i for i, d in enumerate(documents)
                         if d.id not in hidden or i == alignment.base]
        self._clauses = {c.id: c for d in documents for c in d.clauses}
        self._diffs.clear()
        self.endResetModel()

    @property
    def alignment(self) -> Alignment:
        return self._alignment

    def document_at(self, column: int) -> Document | None:
        """The document shown in a column (None for the status column)."""
        if 1 <= column <= len(self._columns):
            return self._documents[self._columns[column - 1]]
        return None

    def document_index(self, column: int) -> int | None:
        """Index into the alignment's documents of a column."""
        return self._columns[column - 1] if 1 <= column <= len(self._columns) else None

    def column_of(self, document_index: int) -> int | None:
        """The column showing a document, or None if it is hidden."""
        return self._columns.index(document_index) + 1 if document_index in self._columns \
            else None

    def clauses_at(self, row: int, column: int) -> tuple[Clause, ...]:
        """The clauses in one cell."""
        document = self.document_index(column)
        if document is None or not 0 <= row < len(self._alignment.rows):
            return ()
        return tuple(self._clauses[i] for i in self._alignment.rows[row].cells[document])

    def row_of_clause(self, clause_id: ClauseId) -> int | None:
        return self._alignment.row_of(clause_id)

    def diff_at(self, row: int, column: int) -> WordDiff | None:
        """Word diff from the base cell to this cell (cached; None for base or empty)."""
        document = self.document_index(column)
        if document is None or document == self._alignment.base:
            return None
        key = (row, document)
        if key in self._diffs:
            self._diffs.move_to_end(key)
            return self._diffs[key]
        base_clauses = self.clauses_at(row, self.column_of(self._alignment.base) or 1)
        own = self.clauses_at(row, column)
        diff = diff_words(cell_text(base_clauses), cell_text(own)) if base_clauses and own \
            else None
        self._diffs[key] = diff
        if len(self._diffs) > _DIFF_CACHE:
            self._diffs.popitem(last=False)
        return diff

    def shown_text(self, row: int, column: int) -> str:
        """The text a cell shows: its own text plus base words shown struck through."""
        own = cell_text(self.clauses_at(row, column))
        diff = self.diff_at(row, column)
        if diff is None or diff.is_equal():
            return own or "–"
        deleted = " ".join(diff.a[s.start:s.end] for s in diff.spans_a())
        return f"{own} {deleted}"

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._alignment.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Status")
            document = self.document_at(section)
            if document is None:
                return None
            base = self.document_index(section) == self._alignment.base
            return self.tr("%1 (bas)").replace("%1", document.title) if base else document.title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._alignment.rows):
            return None
        aligned = self._alignment.rows[row]
        if role == STATUS_ROLE:
            return aligned.status
        if role == ROW_ROLE:
            return row
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                pin = " 📌" if aligned.pinned else ""
                return status_label(aligned.status) + pin
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Likhet %1").replace("%1", f"{aligned.similarity:.0%}")
            return None
        clauses = self.clauses_at(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, TEXT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(clauses) if clauses else ("" if role == TEXT_ROLE else "–")
        if role == CLAUSES_ROLE:
            return clauses
        if role == DIFF_ROLE:
            return self.diff_at(row, column)
        if role == IS_BASE_ROLE:
            return self.document_index(column) == self._alignment.base
        if role == Qt.ItemDataRole.ToolTipRole and clauses:
            return " › ".join(clauses[0].heading_path) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class DifferenceFilter(QSortFilterProxyModel):
    """Shows every row, or only rows that differ."""

    filter_cleared = Signal()  # the filter was switched off to show a row it hid

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._only_differences = False
        self._row_filter: Callable[[int], bool] | None = None  # by source row (tag filters)

    def set_only_differences(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_differences = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_row_filter(self, accepts: Callable[[int], bool] | None) -> None:
        """Show only source rows `accepts` keeps (None: no such filter)."""
        self.beginFilterChange()
        self._row_filter = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._row_filter is not None and not self._row_filter(source_row):
            return False
        if not self._only_differences:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(self.sourceModel().data(index, STATUS_ROLE) != "identical")
