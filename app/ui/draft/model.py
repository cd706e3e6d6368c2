"""The draft as a list model: one row per draft clause with its computed number, its
provenance and tags; drags carry clause ids, drops of clauses or comparison cells are handed
to the controller as requests (the model itself never changes the project)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.core.changes import Changes
from app.core.draft.model import Draft, DraftClause, DraftClauseId
from app.core.draft.tags import TagLabel
from app.ui.comparison.model import CELL_MIME
from app.ui.history import EditHistory
from app.ui.wording import provenance_text

CLAUSE_ROLE = Qt.ItemDataRole.UserRole + 20  # the DraftClause
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 21  # its computed number label, or None
PROVENANCE_ROLE = Qt.ItemDataRole.UserRole + 22  # "Från Region X, 4.2 …, punkt 3"
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 23  # indentation steps in the outline
DRAFT_MIME = "application/x-klausul-draft-clauses"  # JSON list of draft clause ids
Index = QModelIndex | QPersistentModelIndex


class DraftModel(QAbstractListModel):
    """Rows of the project's draft; reloads itself when the draft (or tags) change."""

    # A drop asks for a change: ("move", [ids], position) or ("adopt", {row, document},
    # position). The controller turns it into an edit after the drop has finished.
    drop_requested = Signal(str, object, int)

    def __init__(self, history: EditHistory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._draft: Draft | None = None
        self._clauses: tuple[DraftClause, ...] = ()
        self._labels: tuple[str | None, ...] = ()
        self._depths: list[int] = []
        self._tags: dict[DraftClauseId, tuple[TagLabel, ...]] = {}
        history.changes_applied.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.any("draft", "tags", "documents"):
            self.reload()

    def reload(self) -> None:
        project = self.history.project
        self.beginResetModel()
        self._draft = project.draft()
        self._clauses = self._draft.clauses if self._draft is not None else ()
        self._labels = project.draft.labels() if self._draft is not None else ()
        self._tags = project.draft.tags() if self._draft is not None else {}
        self._depths = []
        heading = 0
        for clause in self._clauses:
            if clause.kind == "heading":
                heading = clause.level
                self._depths.append(clause.level - 1)
            else:
                self._depths.append(heading + (clause.level if clause.kind == "list_item"
                                               else 0))
        self.endResetModel()

    @property
    def draft(self) -> Draft | None:
        return self._draft

    def clause_at(self, row: int) -> DraftClause | None:
        return self._clauses[row] if 0 <= row < len(self._clauses) else None

    def row_of(self, clause_id: DraftClauseId) -> int | None:
        return next((i for i, c in enumerate(self._clauses) if c.id == clause_id), None)

    def tags_of(self, clause_id: DraftClauseId) -> tuple[TagLabel, ...]:
        return self._tags.get(clause_id, ())

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._clauses)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._clauses):
            return None
        clause = self._clauses[index.row()]
        label = self._labels[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{label} {clause.text}" if label else clause.text
        if role == Qt.ItemDataRole.EditRole:
            return clause.text
        if role == CLAUSE_ROLE:
            return clause
        if role == NUMBER_ROLE:
            return label
        if role == DEPTH_ROLE:
            return self._depths[index.row()]
        if role == PROVENANCE_ROLE:
            names = " · ".join(t.name for t in self._tags.get(clause.id, ()))
            provenance = provenance_text(clause.origin, clause.edited)
            return f"{provenance} · {names}" if names else provenance
        if role == Qt.ItemDataRole.ToolTipRole:
            listed = "; ".join(f"{t.facet}: {t.name}" for t in self._tags.get(clause.id, ()))
            provenance = provenance_text(clause.origin, clause.edited)
            return f"{provenance}\n{self.tr('Taggar: %1').replace('%1', listed)}" if listed \
                else provenance
        if role == Qt.ItemDataRole.FontRole and clause.kind == "heading":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between clauses, never onto one
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [DRAFT_MIME, CELL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex], /) -> QMimeData:
        data = QMimeData()
        ids = [self._clauses[i.row()].id for i in sorted(indexes, key=lambda i: i.row())
               if i.isValid()]
        data.setData(DRAFT_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(DRAFT_MIME) or data.hasFormat(CELL_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        position = row if row >= 0 else (parent.row() if parent.isValid() else len(self._clauses))
        if data.hasFormat(DRAFT_MIME):
            ids = json.loads(bytes(data.data(DRAFT_MIME).data()).decode())
            self.drop_requested.emit("move", ids, position)
            return True
        if data.hasFormat(CELL_MIME):
            cell = json.loads(bytes(data.data(CELL_MIME).data()).decode())
            self.drop_requested.emit("adopt", cell, position)
            return True
        return False
