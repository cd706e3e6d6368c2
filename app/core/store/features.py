"""Clause features for alignment, kept with the project so that opening it and the first
link after it need no tokenising: one vocabulary of feature names, and per clause its
feature columns (int32) and counts (uint16) as little-endian arrays."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.documents.model import ClauseId
from app.core.store.settings import read_setting, write_setting

if TYPE_CHECKING:  # numpy loads only when an alignment is computed
    import numpy as np

_VERSION_KEY = "feature_version"


@dataclass(frozen=True, slots=True)
class StoredFeatures:
    """What the project holds: the vocabulary (a name per column, in column order) and each
    clause's (columns, counts)."""

    names: list[str]
    clauses: dict[ClauseId, tuple[np.ndarray, np.ndarray]]


def load_features(connection: sqlite3.Connection, version: str) -> StoredFeatures:
    """The stored features if they were made by feature code `version` (else none)."""
    import numpy as np

    if read_setting(connection, _VERSION_KEY) != version:
        return StoredFeatures([], {})
    names = [name for (name,) in connection.execute(
        "SELECT name FROM feature_names ORDER BY id")]
    clauses = {
        ClauseId(clause_id): (np.frombuffer(columns, dtype="<i4").astype(np.int64),
                              np.frombuffer(counts, dtype="<u2").astype(np.float64))
        for clause_id, columns, counts in connection.execute(
            "SELECT clause_id, columns, counts FROM clause_features")}
    return StoredFeatures(names, clauses)


def store_features(connection: sqlite3.Connection, version: str, first_name: int,
                   names: Iterable[str],
                   clauses: Iterable[tuple[ClauseId, np.ndarray, np.ndarray]]) -> None:
    """Add vocabulary names (numbered from `first_name`) and clauses' features (inside the
    caller's transaction). Features of another feature version are dropped first."""
    import numpy as np

    if read_setting(connection, _VERSION_KEY) != version:
        connection.execute("DELETE FROM clause_features")
        connection.execute("DELETE FROM feature_names")
        write_setting(connection, _VERSION_KEY, version)
    connection.executemany("INSERT OR REPLACE INTO feature_names (id, name) VALUES (?, ?)",
                           enumerate(names, start=first_name))
    connection.executemany(
        "INSERT OR REPLACE INTO clause_features (clause_id, columns, counts) "
        "SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM clauses WHERE id = ?)",
        [(clause_id, columns.astype("<i4").tobytes(),
          np.minimum(counts, 65535).astype("<u2").tobytes(), clause_id)
         for clause_id, columns, counts in clauses])


def stored_name_count(connection: sqlite3.Connection) -> int:
    """How many vocabulary names are stored."""
    return int(connection.execute("SELECT count(*) FROM feature_names").fetchone()[0])


def stored_clause_ids(connection: sqlite3.Connection) -> frozenset[ClauseId]:
    """The clauses whose features are stored."""
    return frozenset(ClauseId(i) for (i,) in connection.execute(
        "SELECT clause_id FROM clause_features"))
