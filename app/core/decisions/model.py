"""A decision on one aligned row as a value: status, text, who and when, and the clauses it
was taken on (so it finds its row again after realignment or a change of base)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from app.core.alignment.model import AlignedRow
from app.core.documents.model import ClauseId


class DecisionStatus(Enum):
    """Where the group stands on a row: still open, decided, or parked for later."""

    OPEN = "open"  # öppen
    DECIDED = "decided"  # beslutad
    PARKED = "parked"  # vilande

    @classmethod
    def parse(cls, text: str) -> DecisionStatus | None:
        """A status from its id or its Swedish word (öppen/oppen, beslutad, vilande)."""
        folded = text.strip().casefold()
        return _WORDS.get(folded)


_WORDS = {"open": DecisionStatus.OPEN, "öppen": DecisionStatus.OPEN,
          "oppen": DecisionStatus.OPEN, "decided": DecisionStatus.DECIDED,
          "beslutad": DecisionStatus.DECIDED, "parked": DecisionStatus.PARKED,
          "vilande": DecisionStatus.PARKED}


@dataclass(frozen=True, slots=True)
class RowDecision:
    """The group's decision on a row. `anchor` is its key: the row's base clause when the
    decision was taken (else its first clause); `clauses` are every clause of the row then.
    Like tags, it hangs on clause ids, so members' copies can be merged on it."""

    anchor: ClauseId
    status: DecisionStatus
    text: str
    member: str
    updated: str  # ISO 8601, UTC
    clauses: tuple[ClauseId, ...]

    @property
    def settled(self) -> bool:
        """True unless the row still waits for a decision (no decision, or status open)."""
        return self.status is not DecisionStatus.OPEN


def row_anchor(row: AlignedRow, base: int) -> ClauseId | None:
    """The clause a new decision on the row hangs on: the base's first, else the first."""
    if 0 <= base < len(row.cells) and row.cells[base]:
        return row.cells[base][0]
    return next((c for cell in row.cells for c in cell), None)


def row_clauses(row: AlignedRow) -> tuple[ClauseId, ...]:
    """Every clause of a row, document by document."""
    return tuple(c for cell in row.cells for c in cell)
