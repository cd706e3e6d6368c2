"""The facade every delivery layer uses: open/save a project, import, align, edit.

CONTRACT (being implemented): the UI and CLI code against exactly these names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from app.core.errors import KlausulError
from app.core.model import Alignment, ClauseId, Document, DocumentId, DocumentMeta, ManualLink

Progress = Callable[[int, int], None]
OpenMode = Literal["edit", "read_only", "copy"]


class CancelToken(Protocol):
    """Anything with `cancelled` (a thread-safe flag); long work checks it between steps."""

    @property
    def cancelled(self) -> bool: ...


class ProjectError(KlausulError):
    """A project file cannot be opened or saved; `message()` is one clear line."""


class ProjectLockedError(ProjectError):
    """Another user (or another window) has the project open for editing."""

    def __init__(self, path: Path, owner: str) -> None:
        self.path = path
        self.owner = owner
        super().__init__(f"{path.name}: öppen för redigering av {owner}")


@dataclass(frozen=True)
class Changes:
    """What an edit touched, so each view reloads only its slice.

    Flags: "documents" (list or metadata), "alignment" (rows), "links" (manual links),
    "settings" (base document, hidden documents).
    """

    flags: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.flags | other.flags)

    def __contains__(self, flag: str) -> bool:
        return flag in self.flags


class Edit(Protocol):
    """One undoable user change; both directions commit in one transaction."""

    @property
    def text(self) -> str:
        """Swedish label for the undo menu ("Lägg till dokument")."""
        ...

    def apply(self, project: Project) -> Changes: ...

    def revert(self, project: Project) -> Changes: ...


class Project:
    """Facade; see module docstring. Implementation lands in the store issue."""

    path: Path | None
    read_only: bool

    @classmethod
    def new(cls, workdir: Path) -> Project:
        """An untitled project kept in a fresh working copy under `workdir`."""
        raise NotImplementedError

    @classmethod
    def open(cls, path: Path, workdir: Path, user: str, mode: OpenMode = "edit") -> Project:
        """Open `path` via a local working copy; ProjectLockedError if locked and mode=edit."""
        raise NotImplementedError

    def documents(self) -> tuple[Document, ...]:
        raise NotImplementedError

    def alignment(self) -> Alignment:
        raise NotImplementedError

    def base_document(self) -> DocumentId | None:
        raise NotImplementedError

    def hidden_documents(self) -> frozenset[DocumentId]:
        raise NotImplementedError

    def manual_links(self) -> tuple[ManualLink, ...]:
        raise NotImplementedError

    def import_file(
        self, path: Path, progress: Progress | None = None, cancel: CancelToken | None = None
    ) -> Edit:
        """Read a file (slow, no project change) and return the Edit that adds it."""
        raise NotImplementedError

    def set_meta(self, document: DocumentId, title: str, meta: DocumentMeta) -> Edit:
        raise NotImplementedError

    def link(self, a: ClauseId, b: ClauseId) -> Edit:
        raise NotImplementedError

    def unlink(self, a: ClauseId, b: ClauseId) -> Edit:
        raise NotImplementedError

    def save(self, path: Path | None = None) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError
