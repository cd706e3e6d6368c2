"""The open project database: reads, and the one transaction helper every write goes through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from app.core.errors import ProjectError, ProjectProblem


class Store:
    """A project's SQLite connection. Writes happen only inside `transaction()`, which commits
    on success and rolls back on any error, so a failed edit leaves nothing half-written."""

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
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
        try:
            db.execute("COMMIT")
        except BaseException:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    @property
    def closed(self) -> bool:
        return self._connection is None
