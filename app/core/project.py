"""The facade every delivery layer uses: open, save and close a project, apply and revert
edits; one manager per capability (`project.documents`, `project.alignment`,
`project.codebook`, `project.tags`, `project.decisions`, `project.coverage`)."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from app.core.alignment.comparison import ComparisonManager
from app.core.alignment.manager import AlignmentManager
from app.core.changes import Changes
from app.core.decisions.manager import DecisionsManager
from app.core.documents.manager import DocumentsManager
from app.core.edit import Edit
from app.core.errors import ProjectDamagedError, ProjectError, ProjectLockedError, ProjectProblem
from app.core.files import remove_stale_temporaries
from app.core.store import locking
from app.core.store.connection import Store
from app.core.store.database import check_project_file, connect, file_version, quick_check
from app.core.store.settings import read_setting
from app.core.store.working_copy import (
    Recoverable,
    WorkingCopy,
    copy_database,
    list_recoverable,
    new_working_copy,
    save_database,
)
from app.core.tagging.codebook_manager import CodebookManager
from app.core.tagging.manager import TagsManager

__all__ = ["Changes", "Edit", "OpenMode", "Project", "ProjectDamagedError", "ProjectError",
           "ProjectLockedError", "Recoverable", "list_recoverable"]

if TYPE_CHECKING:
    from app.core.coverage.manager import CoverageManager
    from app.core.draft.manager import DraftManager

OpenMode = Literal["edit", "read_only", "copy"]
SUFFIX = ".klausul"
_DAMAGE = (ProjectProblem.DAMAGED, ProjectProblem.TRUNCATED)


def backup_of(path: Path) -> Path | None:
    """The `.bak` a save kept beside `path`, if it looks like a sound project file."""
    backup = path.with_name(path.name + ".bak")
    try:
        check_project_file(backup)
    except ProjectError:
        return None
    return backup


def _named(error: ProjectError, path: Path) -> ProjectError:
    """The error about `path`: damage offers the backup, errors without a file get it."""
    if error.problem in _DAMAGE and not isinstance(error, ProjectDamagedError):
        return ProjectDamagedError(path, error.problem, error.detail, backup_of(path))
    if isinstance(error, ProjectLockedError) or error.path == path:
        return error
    return ProjectError(path, error.problem, error.detail, error.cause)


class Manager(Protocol):
    """A capability's manager: it drops the caches of the slices an edit changed."""

    def invalidate(self, changes: Changes) -> None: ...


class Project:
    """An open project: a local working copy, edited through Edits, saved atomically."""

    def __init__(self, copy: WorkingCopy, path: Path | None, user: str, read_only: bool,
                 locked: bool) -> None:
        self._copy = copy
        self.store = Store(connect(copy.database, create=True), read_only)
        self.path = path
        self.user = user
        self._locked = locked
        self.documents = DocumentsManager(self.store)
        self.alignment = AlignmentManager(self.store, self.documents)
        self.codebook = CodebookManager(self.store)
        self.tags = TagsManager(self.store, self.documents, self.codebook)
        self.decisions = DecisionsManager(self.store)
        self.comparison = ComparisonManager(self.store, self.documents)
        self._coverage: CoverageManager | None = None
        self._draft: DraftManager | None = None
        self._managers: list[Manager] = [self.documents, self.alignment, self.codebook,
                                         self.tags, self.decisions, self.comparison]
        self.modified = bool(copy.info().get("dirty"))
        # Why an edit-mode open fell back to read-only (a read-only folder or file), for the
        # UI to tell; the schema version the file had before its working copy was upgraded.
        self.notice: ProjectProblem | None = None
        self.file_version = 0

    @property
    def draft(self) -> DraftManager:
        """The merged draft, its versions and proposals, made on first use (a project
        opened to compare loads none of it)."""
        if self._draft is None:
            from app.core.draft.manager import DraftManager
            from app.core.draft.tags import ProjectTags

            self._draft = DraftManager(self.store, self.documents, self.alignment, self.user,
                                       ProjectTags(self.tags, self.codebook))
            self._managers.append(self._draft)
        return self._draft

    @property
    def coverage(self) -> CoverageManager:
        """Coverage and gaps, made on first use (its module and the tagging rules it reads
        load only when a coverage view is wanted)."""
        if self._coverage is None:
            from app.core.coverage.manager import CoverageManager

            self._coverage = CoverageManager(self.documents, self.alignment, self.codebook,
                                             self.tags, self.decisions)
            self._managers.append(self._coverage)
        return self._coverage

    @property
    def read_only(self) -> bool:
        """True when the project was opened read-only (edits are refused)."""
        return self.store.read_only

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
        try:
            check_project_file(path)
        except ProjectError as exc:
            raise _named(exc, path) from None
        notice: ProjectProblem | None = None
        if mode == "edit" and not os.access(path, os.W_OK):
            mode, notice = "read_only", ProjectProblem.FOLDER_READ_ONLY
        if mode == "edit":
            try:
                locking.acquire(path, user)
            except ProjectLockedError:
                raise
            except ProjectError:  # the folder cannot be written to: read it, say so
                mode, notice = "read_only", ProjectProblem.FOLDER_READ_ONLY
            else:
                remove_stale_temporaries(path)  # left by a save that was interrupted
        try:
            copy = new_working_copy(workdir, path if mode != "copy" else None, user)
        except OSError as exc:
            if mode == "edit":
                locking.release(path)
            raise ProjectError.from_os(path, ProjectProblem.UNREADABLE, exc) from None
        try:
            copy_database(path, copy.database)
            version = file_version(copy.database)
            project = cls(copy, path if mode != "copy" else None, user, mode == "read_only",
                          mode == "edit")
            problem = quick_check(project.store.db)
            if problem:
                project.store.close()
                raise ProjectError(path, ProjectProblem.DAMAGED, problem)
            project.documents()  # every row decodes, or the file is damaged
        except BaseException as exc:
            copy.remove()
            if mode == "edit":
                locking.release(path)
            if isinstance(exc, ProjectError):
                raise _named(exc, path) from None
            if isinstance(exc, OSError):
                raise ProjectError.from_os(path, ProjectProblem.UNREADABLE, exc) from None
            raise
        project.notice = notice
        project.file_version = version
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
        self.store.close()
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
            raise ProjectError(None, ProjectProblem.NO_FILE_NAME)
        target = target.resolve()
        if self.read_only and target == self.path:
            raise ProjectError(target, ProjectProblem.OPENED_READ_ONLY)
        elsewhere = target != self.path
        if elsewhere:
            if target.is_dir():
                raise ProjectError(target, ProjectProblem.IS_FOLDER)
            try:  # the new file is ours before a byte of it is written
                locking.acquire(target, self.user)
            except ProjectLockedError:
                raise
            except ProjectError as exc:
                raise ProjectError(target, ProjectProblem.NOT_SAVED, exc.detail,
                                   exc.cause) from None
        try:
            save_database(self.store.db, target)
        except BaseException:
            if elsewhere:
                locking.release(target)
            raise
        if elsewhere:
            if self._locked and self.path is not None:
                locking.release(self.path)
            self._locked = True
            self.path = target
            self.store.read_only = False
            self.notice = None
        self.modified = False
        # The file is saved; a working copy note that cannot be written only costs the
        # recovery offer after a crash its "saved" mark.
        with contextlib.suppress(OSError):
            self._copy.write_info(source=str(target), dirty=False)

    def mark_unmodified(self) -> None:
        """Treat the current state as nothing to save (a freshly built demo, say)."""
        self.modified = False
        self._copy.write_info(dirty=False)

    # -- reading --------------------------------------------------------------------------
    def setting(self, key: str) -> str | None:
        """A raw project setting."""
        return read_setting(self.store.db, key)

    def check(self) -> str:
        """'' if the project passes SQLite's full integrity check, its tables and references
        are whole and every document's stored original still has its recorded SHA-256;
        else the first problem found."""
        import hashlib  # here: OpenSSL's hashes are not needed to show a project

        problem = quick_check(self.store.db, full=True)
        if problem:
            return problem
        for document in self.documents():
            original = self.documents.original_bytes(document.id)
            if hashlib.sha256(original).hexdigest() != document.sha256:
                return f"document {document.id}: the stored original does not match its SHA-256"
        return ""

    def write_report(self, target: Path) -> None:
        """Write the comparison as the user sees it (hand links, the base, the ignore
        options, hidden documents left out) to a DOCX or HTML report; the suffix picks the
        format."""
        from app.core.export.reports import write_report

        write_report(self.comparison.build(self.alignment()), target)

    # -- edits ----------------------------------------------------------------------------
    def apply(self, edit: Edit) -> Changes:
        """Carry out an edit (committed at once) and mark the project modified."""
        self._will_change()
        return self._done(edit.apply(self.store).caused_by(edit))

    def revert(self, edit: Edit) -> Changes:
        """Undo an edit (committed at once)."""
        self._will_change()
        return self._done(edit.revert(self.store).caused_by(edit))

    def _will_change(self) -> None:
        # The working copy is marked unsaved before the first change reaches it, so crash
        # recovery never takes an edited copy for a clean leftover.
        if self.read_only:
            raise ProjectError(None, ProjectProblem.READ_ONLY)
        if not self.modified:
            try:
                self._copy.write_info(dirty=True)
            except OSError as exc:
                raise ProjectError.from_os(None, ProjectProblem.EDIT_FAILED, exc) from None

    def _done(self, changes: Changes) -> Changes:
        for manager in self._managers:
            manager.invalidate(changes)
        self.modified = True
        return changes
