"""The stored alignment: its rows and the key of what they were computed from."""

from __future__ import annotations

import json
import sqlite3

from app.core.alignment.model import AlignedRow
from app.core.documents.model import ClauseId
from app.core.store.settings import read_setting, write_setting

_KEY = "alignment_key"


def load_rows(connection: sqlite3.Connection, key: str) -> tuple[AlignedRow, ...] | None:
    """The stored rows if they were computed from `key`, else None."""
    if read_setting(connection, _KEY) != key:
        return None
    return tuple(
        AlignedRow(cells=tuple(tuple(ClauseId(i) for i in cell) for cell in json.loads(cells)),
                   status=status, similarity=similarity, pinned=bool(pinned))
        for cells, status, similarity, pinned in connection.execute(
            "SELECT cells, status, similarity, pinned FROM alignment_rows ORDER BY position"))


def store_rows(connection: sqlite3.Connection, rows: tuple[AlignedRow, ...], key: str) -> None:
    """Replace the stored rows (inside the caller's transaction)."""
    connection.execute("DELETE FROM alignment_rows")
    connection.executemany(
        "INSERT INTO alignment_rows (position, cells, status, similarity, pinned) "
        "VALUES (?,?,?,?,?)",
        [(n, json.dumps([list(c) for c in row.cells]), row.status, row.similarity,
          int(row.pinned)) for n, row in enumerate(rows)])
    write_setting(connection, _KEY, key)
