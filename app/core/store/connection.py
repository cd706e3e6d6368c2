"""The open project database: reads, and the one transaction helper every write goes through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from app.core.errors import OsCause, ProjectError, ProjectProblem

# SQLite's primary result codes that a user can act on.
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_CANTOPEN, _SQLITE_PERM = 13, 8, 14, 3
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_CAUSES = {_SQLITE_FULL: OsCause.DISK_FULL, _SQLITE_READONLY: OsCause.READ_ONLY_PLACE,
           _SQLITE_CANTOPEN: OsCause.NO_ACCESS, _SQLITE_PERM: OsCause.NO_ACCESS}


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def sqlite_cause(error: sqlite3.Error) -> OsCause | None:
    """What a refused SQLite write means for the user (a full disk, ...), or None."""
    return _CAUSES.get(_code(error))


def is_corruption(error: sqlite3.Error) -> bool:
    """True when SQLite found the file damaged (malformed pages, not a database)."""
    return _code(error) in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in str(error)


def failed_edit(error: sqlite3.Error) -> ProjectError:
    """The typed error for an edit SQLite refused (it was rolled back: nothing changed)."""
    cause = sqlite_cause(error)
    return ProjectError(None, ProjectProblem.EDIT_FAILED, "" if cause else str(error), cause)


class Store:
    """A project's SQLite connection. Writes happen only inside `transaction()`, which commits
    on success and rolls back on any error, so a failed edit leaves nothing half-written.
    SQLite's own refusals (a full disk, an I/O error) become ProjectError(EDIT_FAILED)."""

    def __init__(self, connection: sqlite3.Connection, read_only: bool = False) -> None:
        self._connection: sqlite3.Connection | None = connection
        self.read_only = read_only

    @property
    def db(self) -> sqlite3.Connection:
        """The connection, for reads (ProjectError once closed)."""
        if self._connection is None:
            raise ProjectError(None, ProjectProblem.CLOSED)
        return self._connection

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any error."""
        if self.read_only:
            raise ProjectError(None, ProjectProblem.READ_ONLY)
        db = self.db
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise failed_edit(exc) from None
        try:
            yield db
        except BaseException as exc:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise failed_edit(exc) from None
            raise
        try:
            db.execute("COMMIT")
        except sqlite3.Error as exc:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise failed_edit(exc) from None

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @property
    def closed(self) -> bool:
        return self._connection is None
