"""Undoable user changes to a project; each direction commits in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.core.alignment.model import ManualLink
from app.core.changes import Changes
from app.core.documents.model import Document, DocumentId, DocumentMeta
from app.core.store import documents as stored
from app.core.store import links as stored_links
from app.core.store.settings import write_setting

if TYPE_CHECKING:  # the facade imports the edits; typing only here
    from app.core.project import Project


@dataclass
class AddDocument:
    """Add an imported document (with its original bytes); revert removes it."""

    document: Document
    original: bytes

    @property
    def text(self) -> str:
        return f"Lägg till {self.document.title}"

    def apply(self, project: Project) -> Changes:
        with project.transaction() as db:
            position = db.execute("SELECT coalesce(max(position) + 1, 0) FROM documents"
                                  ).fetchone()[0]
            stored.insert_document(db, self.document, self.original, position)
        return Changes.of("documents", "alignment")

    def revert(self, project: Project) -> Changes:
        with project.transaction() as db:
            db.execute("DELETE FROM documents WHERE id = ?", (self.document.id,))
        return Changes.of("documents", "alignment")


@dataclass
class RemoveDocument:
    """Remove a document and the manual links that touch it; revert restores all of it."""

    document_id: DocumentId
    _saved: tuple[Document, bytes, int, bool, str, list[stored_links.LinkRow]] | None = \
        field(default=None, repr=False)

    @property
    def text(self) -> str:
        return "Ta bort dokument"

    def apply(self, project: Project) -> Changes:
        with project.transaction() as db:
            document = project.document(self.document_id)
            position, hidden, imported_at = stored.document_state(db, self.document_id)
            touching = ("FROM manual_links WHERE a IN (SELECT id FROM clauses WHERE "
                        "document_id = ?1) OR b IN (SELECT id FROM clauses WHERE document_id = ?1)")
            links = db.execute("SELECT kind, a, b, created " + touching,
                               (self.document_id,)).fetchall()
            self._saved = (document, stored.original_bytes(db, self.document_id), position,
                           hidden, imported_at, [tuple(r) for r in links])
            db.execute("DELETE " + touching, (self.document_id,))
            db.execute("DELETE FROM documents WHERE id = ?", (self.document_id,))
        return Changes.of("documents", "alignment", "links")

    def revert(self, project: Project) -> Changes:
        assert self._saved is not None, "revert before apply"
        document, original, position, hidden, imported_at, links = self._saved
        with project.transaction() as db:
            stored.insert_document(db, document, original, position, hidden, imported_at)
            stored_links.restore(db, links)
        return Changes.of("documents", "alignment", "links")


@dataclass
class SetDocumentMeta:
    """Change a document's title, region, kind and date."""

    document_id: DocumentId
    title: str
    meta: DocumentMeta
    _before: tuple[str, DocumentMeta] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return "Ändra dokumentuppgifter"

    def _write(self, project: Project, title: str, meta: DocumentMeta) -> None:
        with project.transaction() as db:
            db.execute("UPDATE documents SET title = ?, region = ?, kind = ?, date = ? "
                       "WHERE id = ?", (title, meta.region, meta.kind, meta.date,
                                        self.document_id))

    def apply(self, project: Project) -> Changes:
        current = project.document(self.document_id)
        self._before = (current.title, current.meta)
        self._write(project, self.title, self.meta)
        return Changes.of("documents")

    def revert(self, project: Project) -> Changes:
        assert self._before is not None, "revert before apply"
        self._write(project, *self._before)
        return Changes.of("documents")


@dataclass
class SetSetting:
    """Change a project setting (base document, hidden documents)."""

    key: str
    value: str | None
    label: str
    _before: str | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return self.label

    def _write(self, project: Project, value: str | None) -> None:
        with project.transaction() as db:
            write_setting(db, self.key, value)

    def apply(self, project: Project) -> Changes:
        self._before = project.setting(self.key)
        self._write(project, self.value)
        return Changes.of("settings", "alignment")

    def revert(self, project: Project) -> Changes:
        self._write(project, self._before)
        return Changes.of("settings", "alignment")


@dataclass
class SetHidden:
    """Hide or show a document in the comparison."""

    document_id: DocumentId
    hidden: bool

    @property
    def text(self) -> str:
        return "Dölj dokument" if self.hidden else "Visa dokument"

    def _write(self, project: Project, hidden: bool) -> None:
        with project.transaction() as db:
            db.execute("UPDATE documents SET hidden = ? WHERE id = ?",
                       (int(hidden), self.document_id))

    def apply(self, project: Project) -> Changes:
        self._write(project, self.hidden)
        return Changes.of("settings")

    def revert(self, project: Project) -> Changes:
        self._write(project, not self.hidden)
        return Changes.of("settings")


@dataclass
class ManualLinks:
    """Links that put clauses in one row, or unlinks that keep them apart; undone together."""

    links: tuple[ManualLink, ...]
    name: str
    _replaced: list[stored_links.LinkRow] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return self.name

    def apply(self, project: Project) -> Changes:
        self._replaced = []
        with project.transaction() as db:
            for link in self.links:
                # A link and an unlink of the same pair cancel out: the newest wins.
                self._replaced += stored_links.take_pair(db, link.a, link.b)
                stored_links.add_link(db, link)
        return Changes.of("links", "alignment")

    def revert(self, project: Project) -> Changes:
        with project.transaction() as db:
            for link in self.links:
                stored_links.take_pair(db, link.a, link.b)
            stored_links.restore(db, self._replaced)
        return Changes.of("links", "alignment")
