"""Project settings: one key-value table (base document, alignment key, ...)."""

from __future__ import annotations

import sqlite3


def read_setting(connection: sqlite3.Connection, key: str) -> str | None:
    """A setting's raw value, or None if it is not set."""
    row = connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def write_setting(connection: sqlite3.Connection, key: str, value: str | None) -> None:
    """Set a setting; None removes it."""
    if value is None:
        connection.execute("DELETE FROM settings WHERE key = ?", (key,))
    else:
        connection.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) "
                           "DO UPDATE SET value = excluded.value", (key, value))
