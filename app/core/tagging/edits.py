"""Undoable edits of tags and of the codebook; each direction commits in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from app.core.changes import Changes
from app.core.edit import EditKind
from app.core.store import codebook as stored_codebook
from app.core.store import tags as stored_tags
from app.core.store.connection import Store
from app.core.tagging.codebook import Codebook, CodeId
from app.core.tagging.model import Decision, Tag


@dataclass
class ChangeTags:
    """Add and remove tags, and record rejected suggestions. Only what actually changed is
    remembered, so revert never removes a tag that was there before."""

    kind: EditKind
    subject: str
    add: tuple[Tag, ...] = ()
    remove: tuple[tuple[str, str], ...] = ()  # (clause id, code id)
    reject: tuple[Decision, ...] = ()
    _added: tuple[Tag, ...] = field(default=(), repr=False)
    _removed: tuple[Tag, ...] = field(default=(), repr=False)
    _rejected: tuple[Decision, ...] = field(default=(), repr=False)

    def apply(self, store: Store) -> Changes:
        with store.transaction() as db:
            existing = {t.key: t for t in stored_tags.load_tags(db)}
            rejected = {d.key for d in stored_tags.load_decisions(db)}
            removing = set(self.remove)
            self._removed = tuple(existing[k] for k in self.remove if k in existing)
            self._added = tuple(t for t in self.add if t.key not in existing
                                or t.key in removing)
            self._rejected = tuple(d for d in self.reject if d.key not in rejected)
            stored_tags.delete_tags(db, [t.key for t in self._removed])
            stored_tags.insert_tags(db, self._added)
            stored_tags.insert_decisions(db, self._rejected)
        return Changes(tags=True)

    def revert(self, store: Store) -> Changes:
        with store.transaction() as db:
            stored_tags.delete_tags(db, [t.key for t in self._added])
            stored_tags.insert_tags(db, self._removed)
            stored_tags.delete_decisions(db, [d.key for d in self._rejected])
        return Changes(tags=True)

    @property
    def empty(self) -> bool:
        return not (self.add or self.remove or self.reject)


@dataclass
class ChangeCodebook:
    """Replace the codebook with `after`; tags of the codes in `retag` move to another code
    (or are removed when it maps to None). Revert restores the codebook and those tags."""

    kind: EditKind
    subject: str
    after: Codebook
    retag: tuple[tuple[CodeId, CodeId | None], ...] = ()
    _before: Codebook | None = field(default=None, repr=False)
    _taken: tuple[Tag, ...] = field(default=(), repr=False)
    _put: tuple[Tag, ...] = field(default=(), repr=False)

    def apply(self, store: Store) -> Changes:
        moves = dict(self.retag)
        with store.transaction() as db:
            self._before = stored_codebook.load_codebook(db)
            stored_codebook.store_codebook(db, self.after)
            if moves:
                tags = stored_tags.load_tags(db)
                keys = {t.key for t in tags}
                self._taken = tuple(t for t in tags if t.code_id in moves)
                put: dict[tuple[str, str], Tag] = {}
                for tag in self._taken:
                    target = moves[tag.code_id]
                    if target is not None and (tag.clause_id, target) not in keys:
                        put.setdefault((tag.clause_id, target), replace(tag, code_id=target))
                self._put = tuple(put.values())
                stored_tags.delete_tags(db, [t.key for t in self._taken])
                stored_tags.insert_tags(db, self._put)
        return Changes(codebook=True, tags=bool(moves))

    def revert(self, store: Store) -> Changes:
        with store.transaction() as db:
            stored_codebook.store_codebook(db, self._before)
            stored_tags.delete_tags(db, [t.key for t in self._put])
            stored_tags.insert_tags(db, self._taken)
        return Changes(codebook=True, tags=bool(self.retag))
