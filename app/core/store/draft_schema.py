"""The draft's tables (migration 6), apart from the code that reads and writes them, so
opening a project file loads none of the draft."""

from __future__ import annotations

import sqlite3

TABLES = (
    """CREATE TABLE IF NOT EXISTS draft (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        title        TEXT NOT NULL,
        authors      TEXT NOT NULL DEFAULT '',
        started_from TEXT
    )""",
    """CREATE TABLE IF NOT EXISTS draft_clauses (
        id       TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        kind     TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list_item')),
        level    INTEGER NOT NULL,
        numbered INTEGER NOT NULL DEFAULT 0,
        text     TEXT NOT NULL,
        origin   TEXT,
        sources  TEXT NOT NULL DEFAULT '[]'
    )""",
    "CREATE INDEX IF NOT EXISTS draft_clauses_by_position ON draft_clauses(position)",
    """CREATE TABLE IF NOT EXISTS draft_versions (
        number  INTEGER PRIMARY KEY,
        label   TEXT NOT NULL,
        created TEXT NOT NULL,
        author  TEXT NOT NULL DEFAULT '',
        note    TEXT NOT NULL DEFAULT '',
        draft   TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS draft_proposals (
        id        INTEGER PRIMARY KEY,
        clause_id TEXT NOT NULL,
        kind      TEXT NOT NULL CHECK (kind IN ('change', 'comment', 'added', 'removed')),
        author    TEXT NOT NULL DEFAULT '',
        date      TEXT,
        text      TEXT NOT NULL,
        version   INTEGER,
        revisions TEXT NOT NULL DEFAULT '[]',
        status    TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected'))
    )""",
)


def create_tables(connection: sqlite3.Connection) -> None:
    """Migration 6: the draft's tables (inside the migration's transaction; a file that has
    them already keeps them)."""
    for statement in TABLES:
        connection.execute(statement)
