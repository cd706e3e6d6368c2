"""Statuses of each cell relative to the base, and of each row over the documents shown.

Pure data, shared by the comparison view, the reports and the CLI, so the three never
disagree about what counts as a difference."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from app.core.alignment.model import Alignment
from app.core.alignment.runs import increasing_run
from app.core.diff.word_diff import DiffOptions, comparison_keys, same_text
from app.core.documents.model import Clause, ClauseId

# One document's cell against the base's cell in the same row:
# base       the base document's own cell (it has a clause here)
# identical  both have a clause, the same text under the ignore options
# changed    both have a clause, the wording differs
# moved      both have a clause, but this document has it elsewhere in its order
# missing    the base has a clause here, this document does not
# added      this document has a clause the base lacks
# empty      neither has one
CellStatus = Literal["base", "identical", "changed", "moved", "missing", "added", "empty"]
CELL_STATUSES: tuple[CellStatus, ...] = ("base", "identical", "changed", "moved", "missing",
                                         "added", "empty")
DIFFERENT: frozenset[CellStatus] = frozenset({"changed", "moved", "missing", "added"})

# A row over the documents shown (the base is always shown):
# identical  every shown document has the base's text
# changed / moved / missing   the most telling difference among the shown documents
# added      the base has nothing here, a shown document has (a gap in the base)
# base_only  only the base is shown, so there is nothing to compare
# empty      no shown document has anything in the row (it is left out of the view)
RowState = Literal["identical", "changed", "moved", "missing", "added", "base_only", "empty"]
ROW_STATES: tuple[RowState, ...] = ("identical", "changed", "moved", "missing", "added",
                                    "base_only", "empty")
_PRECEDENCE: tuple[RowState, ...] = ("moved", "changed", "missing")


def cell_text(clauses: Sequence[Clause]) -> str:
    """A cell's text as the user reads it: its clauses with their number labels."""
    return " ".join(f"{c.number} {c.text}" if c.number else c.text for c in clauses)


@dataclass(frozen=True, slots=True)
class RowStatuses:
    """Per document of the alignment (hidden ones too): its cell's status, and whether its
    wording differs from the base's (both have text and it is not the same)."""

    cells: tuple[CellStatus, ...]
    reworded: tuple[bool, ...]

    def state(self, visible: Sequence[bool], base: int) -> RowState:
        """The row's state over the documents with `visible[i]` True (the base counts as
        shown whatever `visible` says)."""
        shown = [s for i, s in enumerate(self.cells) if i != base and visible[i]]
        if self.cells[base] == "empty":
            return "added" if "added" in shown else "empty"
        if not shown:
            return "base_only"
        for state in _PRECEDENCE:
            if state in shown:
                return state
        return "identical"


def _out_of_order(rows: Sequence[tuple[int, int]]) -> set[int]:
    """Rows whose position breaks the longest increasing run of positions: each pair is
    (row index, position of the document's clause), in row order."""
    in_order = set(increasing_run([position for _row, position in rows]))
    return {row for k, (row, _position) in enumerate(rows) if k not in in_order}


def moved_cells(alignment: Alignment, positions: Mapping[ClauseId, int]) -> set[tuple[int, int]]:
    """(row, document) cells whose clause stands out of the base's order in its document.

    Along the rows (the base's order), a document's clauses should come in its own order;
    those off the longest run that does are the ones that moved."""
    moved: set[tuple[int, int]] = set()
    base = alignment.base
    for document in range(len(alignment.document_ids)):
        if document == base:
            continue
        paired = [(r, min(positions[c] for c in row.cells[document]))
                  for r, row in enumerate(alignment.rows)
                  if row.cells[base] and row.cells[document]]
        moved.update((row, document) for row in _out_of_order(paired))
    return moved


def row_statuses(alignment: Alignment, clauses: Mapping[ClauseId, Clause],
                 positions: Mapping[ClauseId, int], options: DiffOptions | None = None
                 ) -> tuple[RowStatuses, ...]:
    """Every row's cell statuses against the base under the ignore options.

    `clauses` looks up every clause id of the alignment; `positions` gives each clause's
    index in its own document (for moves)."""
    options = options or DiffOptions()
    base = alignment.base
    moved = moved_cells(alignment, positions)
    keys: dict[str, tuple[str, ...]] = {}
    word_mode = options.granularity == "word"

    def same(a: str, b: str) -> bool:
        if a == b:
            return True
        if not word_mode:
            return same_text(a, b, options)
        for text in (a, b):
            if text not in keys:
                keys[text] = comparison_keys(text, options)
        return keys[a] == keys[b]

    result = []
    for r, row in enumerate(alignment.rows):
        base_text = cell_text([clauses[c] for c in row.cells[base]]) if row.cells[base] \
            else None
        cells: list[CellStatus] = []
        reworded: list[bool] = []
        for d, cell in enumerate(row.cells):
            differs = False
            status: CellStatus
            if d == base:
                status = "base" if cell else "empty"
            elif not cell:
                status = "missing" if base_text is not None else "empty"
            elif base_text is None:
                status = "added"
            else:
                differs = not same(base_text, cell_text([clauses[c] for c in cell]))
                status = "moved" if (r, d) in moved else "changed" if differs else "identical"
            cells.append(status)
            reworded.append(differs)
        result.append(RowStatuses(tuple(cells), tuple(reworded)))
    return tuple(result)
