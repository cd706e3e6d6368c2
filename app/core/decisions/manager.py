"""`project.decisions`: the group's decisions on rows, found again by the clauses they were
taken on, and the edits that decide, change and clear them."""

from __future__ import annotations

from app.core.alignment.model import AlignedRow, Alignment
from app.core.changes import Changes
from app.core.decisions.edits import SetDecision
from app.core.decisions.model import DecisionStatus, RowDecision, row_anchor, row_clauses
from app.core.documents.model import ClauseId
from app.core.edit import EditKind
from app.core.store import decisions as stored
from app.core.store.connection import Store
from app.core.tagging.model import now


class DecisionsManager:
    """Calling it returns every decision, oldest change first: `project.decisions()`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._decisions: tuple[RowDecision, ...] | None = None
        self._by_clause: dict[ClauseId, RowDecision] | None = None

    def __call__(self) -> tuple[RowDecision, ...]:
        if self._decisions is None:
            self._decisions = stored.load_decisions(self._store.db)
        return self._decisions

    def invalidate(self, changes: Changes) -> None:
        if changes.decisions:
            self._decisions = None
            self._by_clause = None

    # -- reading --------------------------------------------------------------------------
    def by_clause(self) -> dict[ClauseId, RowDecision]:
        """Clause id -> the newest decision taken on a row that held it."""
        if self._by_clause is None:
            found: dict[ClauseId, RowDecision] = {}
            for decision in self():  # oldest first: a newer decision wins
                for clause in decision.clauses or (decision.anchor,):
                    found[clause] = decision
            self._by_clause = found
        return self._by_clause

    def _all_of_row(self, row: AlignedRow) -> list[RowDecision]:
        by_clause = self.by_clause()
        found = {by_clause[c].anchor: by_clause[c] for c in row_clauses(row) if c in by_clause}
        return sorted(found.values(), key=lambda d: d.updated)

    def of_row(self, row: AlignedRow) -> RowDecision | None:
        """The row's decision: the newest one taken on any of its clauses, or None."""
        found = self._all_of_row(row)
        return found[-1] if found else None

    def of_rows(self, alignment: Alignment) -> tuple[RowDecision | None, ...]:
        """Each row's decision, in row order."""
        by_clause = self.by_clause()
        if not by_clause:
            return (None,) * len(alignment.rows)
        result: list[RowDecision | None] = []
        for row in alignment.rows:
            best: RowDecision | None = None
            for cell in row.cells:
                for clause in cell:
                    found = by_clause.get(clause)
                    if found is not None and (best is None or found.updated > best.updated):
                        best = found
            result.append(best)
        return tuple(result)

    def of_clause(self, clause_id: ClauseId) -> RowDecision | None:
        return self.by_clause().get(clause_id)

    # -- edits ----------------------------------------------------------------------------
    def decide(self, row: AlignedRow, base: int, status: DecisionStatus, text: str,
               member: str) -> SetDecision | None:
        """Record the group's decision on a row (None for a row without clauses). It
        replaces every decision the row holds, keeping the anchor of the newest one."""
        existing = self._all_of_row(row)
        anchor = existing[-1].anchor if existing else row_anchor(row, base)
        if anchor is None:
            return None
        decision = RowDecision(anchor, status, " ".join(text.split()), member, now(),
                               row_clauses(row))
        return SetDecision(EditKind.DECIDE, status.value, decision,
                           tuple(d.anchor for d in existing))

    def clear(self, row: AlignedRow) -> SetDecision | None:
        """Take the row's decision away (None when it has none)."""
        existing = self._all_of_row(row)
        if not existing:
            return None
        return SetDecision(EditKind.CLEAR_DECISION, "", None, tuple(d.anchor for d in existing))
