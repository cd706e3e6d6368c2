"""Table model of the comparison: a status column, then one column per shown document, and
the filter of its rows."""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.core.alignment.comparison import Comparison, RowFilter
from app.core.alignment.model import Alignment
from app.core.alignment.statuses import CellStatus, cell_text
from app.core.decisions.model import RowDecision
from app.core.diff.word_diff import DiffOptions, WordDiff, diff_words
from app.core.documents.model import Clause, ClauseId, Document
from app.ui.wording import (
    cell_status_label,
    decision_status_label,
    placeholder,
    row_state_label,
)

__all__ = ["ComparisonModel", "DifferenceFilter", "RowFilterProxy", "cell_text"]

CLAUSES_ROLE = Qt.ItemDataRole.UserRole + 1  # tuple of Clause in the cell
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's state over the shown documents
DIFF_ROLE = Qt.ItemDataRole.UserRole + 3  # WordDiff of base text -> this cell's text, or None
IS_BASE_ROLE = Qt.ItemDataRole.UserRole + 4
TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # the cell's plain text
ROW_ROLE = Qt.ItemDataRole.UserRole + 6  # the alignment row index (through proxies)
DECISION_ROLE = Qt.ItemDataRole.UserRole + 7  # the row's RowDecision, or None
CELL_STATUS_ROLE = Qt.ItemDataRole.UserRole + 8  # the cell's status against the base
IS_DECISION_ROLE = Qt.ItemDataRole.UserRole + 9  # True in the decision column
IN_DRAFT_ROLE = Qt.ItemDataRole.UserRole + 10  # how the draft has the row ("" = not in it)
CELL_MIME = "application/x-klausul-comparison-cell"  # a dragged cell: {"row", "document"}
_DIFF_CACHE = 4000
Index = QModelIndex | QPersistentModelIndex
_EMPTY = Comparison((), (), Alignment((), 0, ()), DiffOptions(), frozenset(), (), ())


class ComparisonModel(QAbstractTableModel):
    """Rows of a Comparison; columns: status, then each shown document (the base first),
    then the group's decisions once the project has any."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison = _EMPTY
        self._columns: list[int] = []  # document index per document column
        self._clauses: dict[ClauseId, Clause] = {}
        self._diffs: OrderedDict[tuple[int, int], WordDiff | None] = OrderedDict()
        self._decisions: tuple[RowDecision | None, ...] = ()  # per row, when shown
        self._in_draft: dict[int, str] = {}

    def set_in_draft(self, rows: dict[int, str]) -> None:
        """Mark the rows the merged draft has, each with a description of what it took."""
        if rows == self._in_draft:
            return
        self._in_draft = dict(rows)
        if self.alignment.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.alignment.rows) - 1, 0))

    # -- loading --------------------------------------------------------------------------
    def load(self, comparison: Comparison) -> None:
        """Show a comparison; hidden documents get no column (the base always has one)."""
        self.beginResetModel()
        self._comparison = comparison
        # The base comes first: it is what every other column is read against.
        self._columns = [comparison.base] + [i for i in comparison.visible()
                                             if i != comparison.base] \
            if comparison.documents else []
        self._clauses = {c.id: c for d in comparison.documents for c in d.clauses}
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
            if self.alignment.rows:
                self.dataChanged.emit(self.index(0, column),
                                      self.index(len(self.alignment.rows) - 1, column))

    def decision_column(self) -> int | None:
        """The column of decisions, or None while it is not shown."""
        return len(self._columns) + 1 if self._decisions else None

    def decision_of(self, row: int) -> RowDecision | None:
        return self._decisions[row] if 0 <= row < len(self._decisions) else None

    def decision_text(self, row: int) -> str:
        """What the decision column says for a row ('' without a decision)."""
        decision = self.decision_of(row)
        if decision is None:
            return ""
        status = decision_status_label(decision.status)
        return f"{status}: {decision.text}" if decision.text else status

    @property
    def comparison(self) -> Comparison:
        return self._comparison

    @property
    def alignment(self) -> Alignment:
        return self._comparison.alignment

    def document_at(self, column: int) -> Document | None:
        """The document shown in a column (None for the status column)."""
        index = self.document_index(column)
        return self._comparison.documents[index] if index is not None else None

    def name_at(self, column: int) -> str:
        """The unique display name of the document in a column ('' for the status column)."""
        index = self.document_index(column)
        return self._comparison.names[index] if index is not None else ""

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
        if document is None or not 0 <= row < len(self.alignment.rows):
            return ()
        return tuple(self._clauses[i] for i in self.alignment.rows[row].cells[document])

    def first_clause(self, proxy: QSortFilterProxyModel, index: QModelIndex) -> ClauseId | None:
        """The first clause of the cell at a view's `index` (through its filter `proxy`)."""
        if not index.isValid():
            return None
        source = proxy.mapToSource(index)
        clauses = self.clauses_at(source.row(), source.column())
        return clauses[0].id if clauses else None

    def cell_status(self, row: int, column: int) -> CellStatus | None:
        document = self.document_index(column)
        if document is None or not 0 <= row < len(self.alignment.rows):
            return None
        return self._comparison.cell_status(row, document)

    def row_of_clause(self, clause_id: ClauseId) -> int | None:
        return self.alignment.row_of(clause_id)

    def diff_at(self, row: int, column: int) -> WordDiff | None:
        """Word diff from the base cell to this cell under the comparison's options
        (cached; None for the base or an empty cell)."""
        document = self.document_index(column)
        if document is None or document == self.alignment.base:
            return None
        key = (row, document)
        if key in self._diffs:
            self._diffs.move_to_end(key)
            return self._diffs[key]
        base_clauses = self.clauses_at(row, self.column_of(self.alignment.base) or 1)
        own = self.clauses_at(row, column)
        diff = diff_words(cell_text(base_clauses), cell_text(own), self._comparison.options) \
            if base_clauses and own else None
        self._diffs[key] = diff
        if len(self._diffs) > _DIFF_CACHE:
            self._diffs.popitem(last=False)
        return diff

    def shown_text(self, row: int, column: int) -> str:
        """The text a cell shows: its own text plus base words shown struck through."""
        if column == self.decision_column():
            return self.decision_text(row) or "–"
        own = cell_text(self.clauses_at(row, column))
        diff = self.diff_at(row, column)
        if diff is None or diff.is_equal():
            return own or placeholder(self.cell_status(row, column))
        deleted = " ".join(diff.a[s.start:s.end] for s in diff.spans_a())
        return f"{own} {deleted}"

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.alignment.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 1 + bool(self._decisions)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if section == 0:
            return self.tr("Status") if role == Qt.ItemDataRole.DisplayRole else None
        if section == self.decision_column():
            return self.tr("Beslut") if role == Qt.ItemDataRole.DisplayRole else None
        document = self.document_at(section)
        if document is None:
            return None
        base = self.document_index(section) == self.alignment.base
        name = self.name_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            # The marker leads, so eliding the end of a long name never cuts it off.
            return self.tr("Bas: %1").replace("%1", name) if base else name
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [name, f"{document.source} ({document.format.upper()})"]
            if base:
                lines.append(self.tr("Basdokument: de andra jämförs mot det"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.FontRole and base:
            font = QFont()
            font.setBold(True)
            return font
        if role == IS_BASE_ROLE:
            return base
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self.alignment.rows):
            return None
        if role == STATUS_ROLE:
            return self._comparison.states[row]
        if role == ROW_ROLE:
            return row
        if role == IN_DRAFT_ROLE:
            return self._in_draft.get(row, "")
        if role == DECISION_ROLE:
            return self.decision_of(row)
        if column == self.decision_column():
            return self._decision_data(row, role)
        if role == IS_DECISION_ROLE:
            return False
        if column == 0:
            return self._status_data(row, role)
        clauses = self.clauses_at(row, column)
        status = self.cell_status(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, TEXT_ROLE):
            return cell_text(clauses) if clauses else ("" if role == TEXT_ROLE
                                                       else placeholder(status))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            label = cell_status_label(status) if status is not None else ""
            return f"{label}: {cell_text(clauses) or placeholder(status)}"
        if role == CELL_STATUS_ROLE:
            return status
        if role == CLAUSES_ROLE:
            return clauses
        if role == DIFF_ROLE:
            return self.diff_at(row, column)
        if role == IS_BASE_ROLE:
            return self.document_index(column) == self.alignment.base
        if role == Qt.ItemDataRole.ToolTipRole:
            label = cell_status_label(status) if status is not None else ""
            path = " › ".join(clauses[0].heading_path) if clauses else ""
            return f"{self.name_at(column)}: {label}" + (f"\n{path}" if path else "")
        return None

    def _decision_data(self, row: int, role: int) -> Any:
        decision = self.decision_of(row)
        if role in (Qt.ItemDataRole.DisplayRole, TEXT_ROLE, Qt.ItemDataRole.AccessibleTextRole):
            text = self.decision_text(row)
            return text if text or role == TEXT_ROLE else "–"
        if role == IS_DECISION_ROLE:
            return True
        if role == Qt.ItemDataRole.ToolTipRole and decision is not None:
            return self.tr("%1, %2 (%3)").replace("%1", decision.text or "–").replace(
                "%2", decision.member).replace("%3", decision.updated.replace("T", " ")[:16])
        return None

    def _status_data(self, row: int, role: int) -> Any:
        aligned = self.alignment.rows[row]
        state = self._comparison.states[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_state_label(state) + (" 📌" if aligned.pinned else "") \
                + (" ✓" if row in self._in_draft else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{self.name_at(c)}: "
                     f"{cell_status_label(self._comparison.cell_status(row, d))}"
                     for c, d in enumerate(self._columns, start=1)]
            if aligned.pinned:
                lines.append(self.tr("📌 Länkad för hand: raden hålls ihop"))
            if row in self._in_draft:
                lines.append(self._in_draft[row])  # what the merged draft took
            return "\n".join(lines)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() > 0 and self.clauses_at(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # a wording can be dragged into the draft
        return flags

    def mimeTypes(self) -> list[str]:
        return [CELL_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex], /) -> QMimeData:
        """The first dragged cell that holds clauses: its row and document index."""
        data = QMimeData()
        for index in indexes:
            document = self.document_index(index.column())
            if document is not None and self.clauses_at(index.row(), index.column()):
                payload = json.dumps({"row": index.row(), "document": document})
                data.setData(CELL_MIME, QByteArray(payload.encode()))
                break
        return data


class RowFilterProxy(QSortFilterProxyModel):
    """Shows the rows a RowFilter lets through; never rows only hidden documents fill."""

    filter_changed = Signal(RowFilter)  # the filter was changed (also to show a hidden row)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = RowFilter()
        # By source row, by owner ("tags", "decisions", "coverage"): a row must pass them all.
        self._row_filters: dict[str, Callable[[int], bool]] = {}

    @property
    def row_filter(self) -> RowFilter:
        return self._filter

    def set_row_filter(self, accepts: Callable[[int], bool] | None, owner: str = "tags"
                       ) -> None:
        """Also show only source rows `accepts` keeps (None: drop `owner`'s filter); these
        apply on top of the RowFilter."""
        self.beginFilterChange()
        if accepts is None:
            self._row_filters.pop(owner, None)
        else:
            self._row_filters[owner] = accepts
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def owned_filter(self, owner: str) -> Callable[[int], bool] | None:
        return self._row_filters.get(owner)

    def set_filter(self, row_filter: RowFilter) -> None:
        if row_filter == self._filter:
            return
        self.beginFilterChange()
        self._filter = row_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        self.filter_changed.emit(row_filter)

    def set_only_differences(self, only: bool) -> None:
        self.set_filter(RowFilter("differences" if only else "all"))

    def refilter(self) -> None:
        """Apply the filter again (after the comparison was reloaded)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if any(not accepts(source_row) for accepts in self._row_filters.values()):
            return False
        source = self.sourceModel()
        if not isinstance(source, ComparisonModel):
            return True
        return source.comparison.matches(source_row, self._filter)


DifferenceFilter = RowFilterProxy  # the name the tagging code knows it by
