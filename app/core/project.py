"""The facade every delivery layer uses: open/save a project, import, align, edit."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, Protocol

from app.core import edits
from app.core.alignment.aligner import align
from app.core.alignment.model import AlignedRow, Alignment, ManualLink
from app.core.alignment.similarity import FeatureCache
from app.core.changes import Changes
from app.core.documents.model import ClauseId, Document, DocumentId, DocumentMeta
from app.core.importing import import_bytes, read_bytes
from app.core.project_errors import ProjectError, ProjectLockedError
from app.core.store import documents as stored
from app.core.store import locking
from app.core.store.database import check_project_file, connect
from app.core.store.settings import read_setting, write_setting
from app.core.store.working_copy import (
    Recoverable,
    WorkingCopy,
    copy_database,
    list_recoverable,
    new_working_copy,
    save_database,
)

__all__ = ["CancelToken", "Changes", "Edit", "OpenMode", "Progress", "Project", "ProjectError",
           "ProjectLockedError", "Recoverable", "list_recoverable"]

Progress = Callable[[int, int], None]
OpenMode = Literal["edit", "read_only", "copy"]
SUFFIX = ".klausul"


class CancelToken(Protocol):
    """Anything with `cancelled` (a thread-safe flag); long work checks it between steps."""

    @property
    def cancelled(self) -> bool: ...


class Edit(Protocol):
    """One undoable user change; both directions commit in one transaction."""

    @property
    def text(self) -> str: ...

    def apply(self, project: Project) -> Changes: ...

    def revert(self, project: Project) -> Changes: ...


class Project:
    """An open project: a local working copy, edited through Edits, saved atomically."""

    def __init__(self, copy: WorkingCopy, path: Path | None, user: str, read_only: bool,
                 locked: bool) -> None:
        self._copy = copy
        self._db: sqlite3.Connection | None = connect(copy.database, create=True)
        self.path = path
        self.user = user
        self.read_only = read_only
        self._locked = locked
        self._documents: tuple[Document, ...] | None = None
        self._alignment: Alignment | None = None
        self._features = FeatureCache()
        self.modified = bool(copy.info().get("dirty"))

    # -- opening and closing ------------------------------------------------------------
    @classmethod
    def new(cls, workdir: Path, user: str = "") -> Project:
        """An untitled project in a fresh working copy under `workdir`."""
        user = user or locking.current_user()
        return cls(new_working_copy(workdir, None, user), None, user, False, False)

    @classmethod
    def open(cls, path: Path, workdir: Path, user: str = "", mode: OpenMode = "edit"
             ) -> Project:
        """Open `path` through a local working copy.

        mode "edit" takes the lock (ProjectLockedError if someone has it); "read_only"
        refuses edits; "copy" opens an untitled copy that saves elsewhere.
        """
        user = user or locking.current_user()
        path = path.resolve()
        if not path.is_file():
            raise ProjectError(f"{path.name}: filen finns inte")
        check_project_file(path)
        if mode == "edit":
            locking.acquire(path, user)
        copy = new_working_copy(workdir, path if mode != "copy" else None, user)
        try:
            copy_database(path, copy.database)
            project = cls(copy, path if mode != "copy" else None, user, mode == "read_only",
                          mode == "edit")
        except Exception:
            copy.remove()
            if mode == "edit":
                locking.release(path)
            raise
        return project

    @classmethod
    def recover(cls, item: Recoverable, user: str = "") -> Project:
        """Reopen the unsaved work a crashed session left behind (still unsaved)."""
        user = user or locking.current_user()
        copy = WorkingCopy(item.folder)
        locked = False
        path = item.source
        if path is not None:
            try:
                locking.acquire(path, user)
                locked = True
            except ProjectLockedError:
                path = None  # someone else has the file now: recover as an untitled copy
        copy.write_info(source=str(path) if path else None, dirty=True)
        project = cls(copy, path, user, False, locked)
        project.modified = True
        return project

    def close(self, keep_working_copy: bool = False) -> None:
        """Close the database, release the lock and remove the working copy."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._locked and self.path is not None:
            locking.release(self.path)
            self._locked = False
        if not keep_working_copy:
            self._copy.remove()

    @property
    def working_copy(self) -> Path:
        """The folder of the local working copy."""
        return self._copy.folder

    # -- saving ---------------------------------------------------------------------------
    def save(self, path: Path | None = None) -> None:
        """Save to `path` (Save As) or to the file it was opened from."""
        target = path or self.path
        if target is None:
            raise ProjectError("Projektet har inget filnamn: välj Spara som")
        target = target.resolve()
        if self.read_only and target == self.path:
            raise ProjectError(f"{target.name}: öppnad skrivskyddad; spara en kopia")
        if target != self.path and target.exists():
            owner = locking.read_owner(target)
            if owner is not None:
                raise ProjectLockedError(target, owner.describe())
        save_database(self._connection(), target)
        if target != self.path:
            if self._locked and self.path is not None:
                locking.release(self.path)
            locking.acquire(target, self.user)
            self._locked = True
            self.path = target
            self.read_only = False
        self.modified = False
        self._copy.write_info(source=str(target), dirty=False)

    def mark_unmodified(self) -> None:
        """Treat the current state as nothing to save (a freshly built demo, say)."""
        self.modified = False
        self._copy.write_info(dirty=False)

    # -- reading --------------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise ProjectError("Projektet är stängt")
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction on the working copy."""
        if self.read_only:
            raise ProjectError("Projektet är öppnat skrivskyddat")
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def documents(self) -> tuple[Document, ...]:
        """Every document in project order."""
        if self._documents is None:
            self._documents = stored.load_documents(self._connection())
        return self._documents

    def document(self, document_id: DocumentId) -> Document:
        """One document by id (KeyError if absent)."""
        for document in self.documents():
            if document.id == document_id:
                return document
        raise KeyError(document_id)

    def original_bytes(self, document_id: DocumentId) -> bytes:
        """The document's file exactly as imported."""
        return stored.original_bytes(self._connection(), document_id)

    def setting(self, key: str) -> str | None:
        """A raw project setting."""
        return read_setting(self._connection(), key)

    def base_document(self) -> DocumentId | None:
        """The base of the comparison: the chosen one, else the first draft, else the first."""
        documents = self.documents()
        chosen = self.setting("base")
        if chosen and any(d.id == chosen for d in documents):
            return DocumentId(chosen)
        draft = next((d for d in documents if d.meta.kind == "draft"), None)
        first = draft or (documents[0] if documents else None)
        return first.id if first else None

    def hidden_documents(self) -> frozenset[DocumentId]:
        """Documents the user hid from the comparison view."""
        rows = self._connection().execute("SELECT id FROM documents WHERE hidden = 1")
        return frozenset(DocumentId(r[0]) for r in rows)

    def manual_links(self) -> tuple[ManualLink, ...]:
        """The user's links and unlinks, oldest first."""
        rows = self._connection().execute("SELECT kind, a, b FROM manual_links ORDER BY id")
        return tuple(ManualLink(kind, ClauseId(a), ClauseId(b)) for kind, a, b in rows)

    def alignment(self) -> Alignment:
        """The current alignment of all documents (recomputed and stored when stale)."""
        if self._alignment is not None:
            return self._alignment
        documents = self.documents()
        base = self.base_document()
        base_index = next((i for i, d in enumerate(documents) if d.id == base), 0)
        stored_rows = self._stored_alignment(documents, base_index)
        if stored_rows is not None:
            self._alignment = stored_rows
            return stored_rows
        self._alignment = align(documents, base=base_index, links=self.manual_links(),
                                cache=self._features)
        if not self.read_only:
            self._store_alignment(self._alignment)
        return self._alignment

    def _stored_alignment(self, documents: tuple[Document, ...], base: int) -> Alignment | None:
        if self.setting("alignment_key") != self._alignment_key(documents, base):
            return None
        rows = tuple(AlignedRow(cells=tuple(tuple(ClauseId(i) for i in cell)
                                            for cell in json.loads(cells)),
                                status=status, similarity=similarity, pinned=bool(pinned))
                     for cells, status, similarity, pinned in self._connection().execute(
                         "SELECT cells, status, similarity, pinned FROM alignment_rows "
                         "ORDER BY position"))
        return Alignment(tuple(d.id for d in documents), base, rows)

    def _alignment_key(self, documents: tuple[Document, ...], base: int) -> str:
        """What a stored alignment was computed from: documents, base and manual links."""
        return json.dumps([[d.id for d in documents], base,
                           [[link.kind, link.a, link.b] for link in self.manual_links()]])

    def _store_alignment(self, alignment: Alignment) -> None:
        key = self._alignment_key(self.documents(), alignment.base)
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        db.execute("DELETE FROM alignment_rows")
        db.executemany("INSERT INTO alignment_rows VALUES (?,?,?,?,?)",
                       [(n, json.dumps([list(c) for c in row.cells]), row.status,
                         row.similarity, int(row.pinned))
                        for n, row in enumerate(alignment.rows)])
        write_setting(db, "alignment_key", key)
        db.execute("COMMIT")

    # -- edits ----------------------------------------------------------------------------
    def apply(self, edit: Edit) -> Changes:
        """Carry out an edit (committed at once) and mark the project modified."""
        return self._done(edit.apply(self))

    def revert(self, edit: Edit) -> Changes:
        """Undo an edit (committed at once)."""
        return self._done(edit.revert(self))

    def _done(self, changes: Changes) -> Changes:
        if "documents" in changes:
            self._documents = None
        if changes.flags & {"documents", "alignment", "links", "settings"}:
            self._alignment = None
        if not self.modified:
            self.modified = True
            self._copy.write_info(dirty=True)
        return changes

    def import_file(self, path: Path, progress: Progress | None = None,
                    cancel: CancelToken | None = None) -> edits.AddDocument:
        """Read a file (slow, no project change) and return the edit that adds it."""
        data = read_bytes(path)
        if progress is not None:
            progress(1, 3)
        document = import_bytes(data, path, DocumentId(uuid.uuid4().hex[:8]))
        if progress is not None:
            progress(3, 3)
        return edits.AddDocument(document, data)

    def set_meta(self, document: DocumentId, title: str, meta: DocumentMeta
                 ) -> edits.SetDocumentMeta:
        return edits.SetDocumentMeta(document, title, meta)

    def set_base(self, document: DocumentId) -> edits.SetSetting:
        return edits.SetSetting("base", str(document), "Byt basdokument")

    def set_hidden(self, document: DocumentId, hidden: bool) -> edits.SetHidden:
        return edits.SetHidden(document, hidden)

    def remove_document(self, document: DocumentId) -> edits.RemoveDocument:
        return edits.RemoveDocument(document)

    def link(self, a: ClauseId, b: ClauseId) -> edits.ManualLinks:
        return edits.ManualLinks((ManualLink("link", a, b),), "Länka klausuler")

    def unlink(self, a: ClauseId, b: ClauseId) -> edits.ManualLinks:
        return edits.ManualLinks((ManualLink("unlink", a, b),), "Ta bort länk")

    def pin_row(self, row: AlignedRow) -> edits.ManualLinks | None:
        """Keep a row as it stands through every realignment: link its clauses by hand.

        The row's base clause (or, without one, its first clause) is linked to each other
        document's clauses in the row. None when the row has fewer than two clauses."""
        alignment = self.alignment()
        cells = list(row.cells)
        order = [alignment.base] + [d for d in range(len(cells)) if d != alignment.base]
        clauses = [c for d in order for c in cells[d]]
        anchor_document = next((d for d in order if cells[d]), None)
        if anchor_document is None or len(clauses) < 2:
            return None
        anchor = cells[anchor_document][0]
        links = tuple(ManualLink("link", anchor, c) for d in order if d != anchor_document
                      for c in cells[d])
        return edits.ManualLinks(links, "Lås raden") if links else None
