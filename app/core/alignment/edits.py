"""Undoable corrections of an alignment: manual links and unlinks, pinned rows."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.alignment.model import ManualLink
from app.core.changes import Changes
from app.core.edit import EditKind
from app.core.store import links as stored_links
from app.core.store.connection import Store

_LINKS = Changes(links=True, alignment=True)


@dataclass
class ManualLinks:
    """Links that put clauses in one row, or unlinks that keep them apart; undone together."""

    links: tuple[ManualLink, ...]
    kind: EditKind = EditKind.LINK
    subject: str = ""
    _replaced: list[stored_links.LinkRow] = field(default_factory=list, repr=False)

    def apply(self, store: Store) -> Changes:
        self._replaced = []
        with store.transaction() as db:
            for link in self.links:
                # A link and an unlink of the same pair cancel out: the newest wins.
                self._replaced += stored_links.take_pair(db, link.a, link.b)
                stored_links.add_link(db, link)
        return _LINKS

    def revert(self, store: Store) -> Changes:
        with store.transaction() as db:
            for link in self.links:
                stored_links.take_pair(db, link.a, link.b)
            stored_links.restore(db, self._replaced)
        return _LINKS
