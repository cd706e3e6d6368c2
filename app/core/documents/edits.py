"""Undoable edits of the document list: add, remove, describe, hide or show a document."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.changes import Changes
from app.core.documents.model import Document, DocumentId, DocumentMeta, with_document_id
from app.core.edit import EditKind
from app.core.store import documents as stored
from app.core.store import links as stored_links
from app.core.store.connection import Store

_LIST = Changes(documents=True, alignment=True)


def free_id(taken: set[str], wanted: DocumentId) -> DocumentId:
    """`wanted`, or `wanted.2`, `wanted.3`, ... when the project already has that id."""
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted}.{number}" in taken:
        number += 1
    return DocumentId(f"{wanted}.{number}")


@dataclass
class AddDocument:
    """Add an imported document with its original bytes; revert removes it.

    The document id comes from the file's content, so the same file has the same clause
    ids in every member's copy; a second copy in one project gets a numbered id."""

    document: Document
    original: bytes
    kind: EditKind = field(default=EditKind.ADD_DOCUMENT, init=False)

    @property
    def subject(self) -> str:
        return self.document.title

    def apply(self, store: Store) -> Changes:
        with store.transaction() as db:
            wanted = free_id(stored.document_ids(db), self.document.id)
            if wanted != self.document.id:
                self.document = with_document_id(self.document, wanted)
            stored.insert_document(db, self.document, self.original, stored.next_position(db))
        return _LIST

    def revert(self, store: Store) -> Changes:
        with store.transaction() as db:
            stored.delete_document(db, self.document.id)
        return _LIST


@dataclass
class RemoveDocument:
    """Remove a document and the manual links that touch it; revert restores all of it."""

    document_id: DocumentId
    title: str = ""
    kind: EditKind = field(default=EditKind.REMOVE_DOCUMENT, init=False)
    _saved: tuple[Document, bytes, int, bool, str, list[stored_links.LinkRow]] | None = \
        field(default=None, repr=False)

    @property
    def subject(self) -> str:
        return self.title

    def apply(self, store: Store) -> Changes:
        with store.transaction() as db:
            (document,) = stored.load_documents(db, self.document_id)
            position, hidden, imported_at = stored.document_state(db, self.document_id)
            original = stored.original_bytes(db, self.document_id)
            links = stored_links.take_touching(db, self.document_id)
            self._saved = (document, original, position, hidden, imported_at, links)
            stored.delete_document(db, self.document_id)
        return Changes(documents=True, alignment=True, links=True)

    def revert(self, store: Store) -> Changes:
        assert self._saved is not None, "revert before apply"
        document, original, position, hidden, imported_at, links = self._saved
        with store.transaction() as db:
            stored.insert_document(db, document, original, position, hidden, imported_at)
            stored_links.restore(db, links)
        return Changes(documents=True, alignment=True, links=True)


@dataclass
class SetDocumentMeta:
    """Change a document's title, region, kind and date."""

    document_id: DocumentId
    title: str
    meta: DocumentMeta
    kind: EditKind = field(default=EditKind.SET_DOCUMENT_META, init=False)
    _before: tuple[str, DocumentMeta] | None = field(default=None, repr=False)

    @property
    def subject(self) -> str:
        return self.title

    def apply(self, store: Store) -> Changes:
        with store.transaction() as db:
            (current,) = stored.load_documents(db, self.document_id)
            self._before = (current.title, current.meta)
            stored.update_meta(db, self.document_id, self.title, self.meta)
        return Changes(documents=True)

    def revert(self, store: Store) -> Changes:
        assert self._before is not None, "revert before apply"
        with store.transaction() as db:
            stored.update_meta(db, self.document_id, *self._before)
        return Changes(documents=True)


@dataclass
class SetHidden:
    """Hide a document from the comparison view, or show it again."""

    document_id: DocumentId
    hidden: bool
    title: str = ""

    @property
    def kind(self) -> EditKind:
        return EditKind.HIDE_DOCUMENT if self.hidden else EditKind.SHOW_DOCUMENT

    @property
    def subject(self) -> str:
        return self.title

    def _write(self, store: Store, hidden: bool) -> Changes:
        with store.transaction() as db:
            stored.set_hidden(db, self.document_id, hidden)
        return Changes(documents=True, settings=True)

    def apply(self, store: Store) -> Changes:
        return self._write(store, self.hidden)

    def revert(self, store: Store) -> Changes:
        return self._write(store, not self.hidden)
