"""Undoable corrections of an alignment: manual links and unlinks, pinned rows, and giving
clauses back to the automatic pairing."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.alignment.model import ManualLink
from app.core.changes import Changes
from app.core.documents.model import ClauseId
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


@dataclass
class ForgetLinks:
    """Drop every stored link and unlink with any of the clauses on either side, so that the
    aligner pairs them again as if they had never been linked; undo puts exactly those rows
    back, in their old order among the others."""

    clauses: tuple[ClauseId, ...]
    kind: EditKind = EditKind.FORGET_LINKS
    subject: str = ""
    _taken: list[stored_links.NumberedLinkRow] = field(default_factory=list, repr=False)

    def apply(self, store: Store) -> Changes:
        with store.transaction() as db:
            self._taken = stored_links.take_involving(db, self.clauses)
        return _LINKS

    def revert(self, store: Store) -> Changes:
        with store.transaction() as db:
            stored_links.restore_numbered(db, self._taken)
        return _LINKS

    @property
    def removed(self) -> int:
        """How many links and unlinks the last apply dropped."""
        return len(self._taken)
