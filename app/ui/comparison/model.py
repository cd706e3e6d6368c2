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
from app.core.decisions.model import RowDecision
from app.core.diff.word_diff import WordDiff, diff_words
from app.core.documents.model import Clause, ClauseId, Document
from app.ui.wording import decision_status_label, status_label

CLAUSES_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple of Clause in the cell
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # row status string
DIFF_ROLE = Qt.ItemDataRole.UserRole + 3  # WordDiff of base text -> this cell's text, or None
IS_BASE_ROLE = Qt.ItemDataRole.UserRole + 4
TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # the cell's plain text
ROW_ROLE = Qt.ItemDataRole.UserRole + 6  # the alignment row index (through proxies)
DECISION_ROLE = Qt.ItemDataRole.UserRole + 7  # the row's RowDecision, or None
_DIFF_CACHE = 4000
Index = QModelIndex | QPersistentModelIndex


def cell_text(clauses: tuple[Clause, ...]) -> str:
    """A cell's text: its clauses with their number labels."""
    return " ".join(f"{c.number} {c.text}" if c.number else c.text for c in clauses)


class ComparisonModel(QAbstractTableModel):
    """Rows of an Alignment; columns: status, then each visible document, then the group's
    decisions once the project has any."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alignment = Alignment((), 0, ())
        self._documents: list[Document] = []
        self._columns: list[int] = []  # document index per document column
        self._clauses: dict[ClauseId, Clause] = {}
        self._diffs: OrderedDict[tuple[int, int], WordDiff | None] = OrderedDict()
        self._decisions: tuple[RowDecision | None, ...] = ()  # per row, when shown

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
        self._decisions = ()
        self.endResetModel()

    def set_decisions(self, decisions: tuple[RowDecision | None, ...]) -> None:
        """Each row's decision; the decision column shows while any row has one."""
        shown = any(d is not None for d in decisions)
        column = len(self._columns) + 1
        if shown and not self._decisions:
            self.beginInsertColumns(QModelIndex(), column, column)
            self._decisions = decisions
            self.endInsertColumns()
        elif not shown and self._decisions:
            self.beginRemoveColumns(QModelIndex(), column, column)
            self._decisions = ()
            self.endRemoveColumns()
        elif shown:
            self._decisions = decisions
            if self._alignment.rows:
                self.dataChanged.emit(self.index(0, column),
                                      self.index(len(self._alignment.rows) - 1, column))

    def decision_column(self) -> int | None:
        """The column of decisions, or None while it is not shown."""
        return len(self._columns) + 1 if self._decisions else None

    def decision_of(self, row: int) -> RowDecision | None:
        return self._decisions[row] if 0 <= row < len(self._decisions) else None

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
        return 0 if parent.isValid() else len(self._columns) + 1 + bool(self._decisions)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Status")
            if section == self.decision_column():
                return self.tr("Beslut")
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
        if role == DECISION_ROLE:
            return self.decision_of(row)
        if column == self.decision_column():
            return self._decision_data(self.decision_of(row), role)
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

    def _decision_data(self, decision: RowDecision | None, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, TEXT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            if decision is None:
                return "" if role == TEXT_ROLE else "–"
            status = decision_status_label(decision.status)
            return f"{status}: {decision.text}" if decision.text else status
        if role == Qt.ItemDataRole.ToolTipRole and decision is not None:
            return self.tr("%1, %2 (%3)").replace("%1", decision.text or "–").replace(
                "%2", decision.member).replace("%3", decision.updated.replace("T", " ")[:16])
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
        # By source row, by owner ("tags", "decisions", "coverage"): a row must pass them all.
        self._row_filters: dict[str, Callable[[int], bool]] = {}

    def set_only_differences(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_differences = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_row_filter(self, accepts: Callable[[int], bool] | None, owner: str = "tags"
                       ) -> None:
        """Show only source rows `accepts` keeps (None: drop `owner`'s filter)."""
        self.beginFilterChange()
        if accepts is None:
            self._row_filters.pop(owner, None)
        else:
            self._row_filters[owner] = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row_filter(self, owner: str) -> Callable[[int], bool] | None:
        return self._row_filters.get(owner)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if any(not accepts(source_row) for accepts in self._row_filters.values()):
            return False
        if not self._only_differences:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(self.sourceModel().data(index, STATUS_ROLE) != "identical")
