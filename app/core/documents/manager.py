"""`project.documents`: the documents of an open project, and the edits that change them."""

from __future__ import annotations

from pathlib import Path

from app.core.changes import Changes
from app.core.documents.edits import AddDocument, RemoveDocument, SetDocumentMeta, SetHidden
from app.core.documents.model import Document, DocumentId, DocumentMeta
from app.core.progress import CancelToken, Progress, check
from app.core.store import documents as stored
from app.core.store.connection import Store


class DocumentsManager:
    """Reads documents (cached until an edit touches them) and makes the edits on them.

    Calling it returns every document in project order: `project.documents()`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._documents: tuple[Document, ...] | None = None

    def __call__(self) -> tuple[Document, ...]:
        if self._documents is None:
            self._documents = stored.load_documents(self._store.db)
        return self._documents

    def get(self, document_id: DocumentId) -> Document:
        """One document by id (KeyError if absent)."""
        for document in self():
            if document.id == document_id:
                return document
        raise KeyError(document_id)

    def hidden(self) -> frozenset[DocumentId]:
        """Documents the user hid from the comparison."""
        return stored.hidden_ids(self._store.db)

    def original_bytes(self, document_id: DocumentId) -> bytes:
        """The document's file exactly as imported."""
        return stored.original_bytes(self._store.db, document_id)

    def invalidate(self, changes: Changes) -> None:
        if changes.documents:
            self._documents = None

    # -- edits ----------------------------------------------------------------------------
    @staticmethod
    def read_file(path: Path, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> AddDocument:
        """Read a file (slow; safe off the GUI thread; no project change) into the edit that
        adds it. DocumentReadError names the file and the reason; Cancelled if cancelled.

        The readers run in a child process with a time and memory limit (see
        importing/isolation.py), so a file that crashes, hangs or floods a reader is a
        refusal like any other; cancelling stops the child."""
        from app.core.importing import read_bytes
        from app.core.importing.isolation import import_isolated

        data = read_bytes(path)
        check(cancel)
        if progress is not None:
            progress(1, 3)
        document = import_isolated(data, path, cancel=cancel)
        check(cancel)
        if progress is not None:
            progress(3, 3)
        return AddDocument(document, data)

    def remove(self, document_id: DocumentId) -> RemoveDocument:
        return RemoveDocument(document_id, self.get(document_id).title)

    def set_meta(self, document_id: DocumentId, title: str, meta: DocumentMeta
                 ) -> SetDocumentMeta:
        return SetDocumentMeta(document_id, title, meta)

    def set_hidden(self, document_id: DocumentId, hidden: bool) -> SetHidden:
        return SetHidden(document_id, hidden, self.get(document_id).title)

    def duplicates_of(self, edit: AddDocument) -> tuple[Document, ...]:
        """Documents already in the project with the same bytes as the one `edit` adds."""
        return tuple(d for d in self() if d.sha256 == edit.document.sha256)
