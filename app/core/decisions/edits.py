"""The undoable edit of a row's decision: put one (replacing those the row had) or clear."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.changes import Changes
from app.core.decisions.model import RowDecision
from app.core.edit import EditKind
from app.core.store import decisions as stored
from app.core.store.connection import Store

_CHANGES = Changes(decisions=True)


@dataclass
class SetDecision:
    """Replace the decisions stored under `replace` (anchors) with `put` (None: clear).
    Revert puts back exactly what was there."""

    kind: EditKind
    subject: str
    put: RowDecision | None
    replace: tuple[str, ...] = ()
    _before: tuple[RowDecision, ...] = field(default=(), repr=False)

    def apply(self, store: Store) -> Changes:
        anchors = {*self.replace, *((self.put.anchor,) if self.put else ())}
        with store.transaction() as db:
            self._before = stored.decisions_with(db, anchors)
            stored.delete_decisions(db, anchors)
            if self.put is not None:
                stored.put_decisions(db, [self.put])
        return _CHANGES

    def revert(self, store: Store) -> Changes:
        with store.transaction() as db:
            if self.put is not None:
                stored.delete_decisions(db, [self.put.anchor])
            stored.put_decisions(db, self._before)
        return _CHANGES
