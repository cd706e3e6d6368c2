"""Value types of an alignment: rows of clause groups, statuses, manual links."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from app.core.documents.model import ClauseId, DocumentId

# Part of every stored alignment's key: bump it whenever the aligner's results change, so
# projects saved by an older version are realigned (once, in the background) when opened.
ALIGNER_VERSION = 3

RowStatus = Literal["identical", "changed", "moved", "added", "removed", "partial"]
ROW_STATUSES: tuple[RowStatus, ...] = (
    "identical",
    "changed",
    "moved",
    "added",
    "removed",
    "partial",
)
LinkKind = Literal["link", "unlink"]


@dataclass(frozen=True, slots=True)
class ManualLink:
    """A user's correction: `link` forces two clauses into one row, `unlink` keeps them apart."""

    kind: LinkKind
    a: ClauseId
    b: ClauseId


@dataclass(frozen=True, slots=True)
class AlignedRow:
    """One row of the comparison: per document (in Alignment order) zero or more clause ids.

    `similarity` is 1.0 for identical rows and the base-to-others similarity otherwise
    (0.0 where only one document has a clause). `pinned` is True when a manual link holds
    the row together.
    """

    cells: tuple[tuple[ClauseId, ...], ...]
    status: RowStatus
    similarity: float
    pinned: bool = False

    def is_difference(self) -> bool:
        """True for every status but `identical`."""
        return self.status != "identical"


@dataclass(frozen=True, slots=True)
class Alignment:
    """Rows of aligned clauses across documents; `base` indexes `document_ids`."""

    document_ids: tuple[DocumentId, ...]
    base: int
    rows: tuple[AlignedRow, ...]

    def restricted_to(self, document_ids: Sequence[DocumentId]) -> Alignment:
        """The same rows over fewer documents (the base is always kept); rows left empty go."""
        keep = [i for i, d in enumerate(self.document_ids)
                if d in document_ids or i == self.base]
        rows = tuple(AlignedRow(tuple(row.cells[i] for i in keep), row.status, row.similarity,
                                row.pinned) for row in self.rows
                     if any(row.cells[i] for i in keep))
        return Alignment(tuple(self.document_ids[i] for i in keep), keep.index(self.base), rows)

    def next_difference(self, row: int) -> int | None:
        """Index of the first differing row after `row` (use -1 to search from the top)."""
        for index in range(max(row + 1, 0), len(self.rows)):
            if self.rows[index].is_difference():
                return index
        return None

    def previous_difference(self, row: int) -> int | None:
        """Index of the last differing row before `row` (use len(rows) from the bottom)."""
        for index in range(min(row - 1, len(self.rows) - 1), -1, -1):
            if self.rows[index].is_difference():
                return index
        return None

    def row_clauses(self, row: int, hidden: Collection[DocumentId] = ()) -> tuple[ClauseId, ...]:
        """A row's clauses in document order, leaving out hidden documents (never the base):
        the clauses tagging a whole row acts on."""
        return tuple(c for i, (document, cell) in enumerate(zip(self.document_ids,
                                                                self.rows[row].cells,
                                                                strict=True))
                     if i == self.base or document not in hidden for c in cell)

    def row_of(self, clause_id: ClauseId) -> int | None:
        """Index of the row that holds `clause_id`, or None."""
        for index, row in enumerate(self.rows):
            for cell in row.cells:
                if clause_id in cell:
                    return index
        return None
