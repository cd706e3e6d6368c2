"""Tags on clauses and rejected suggestions, keyed on (clause id, code id)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from app.core.documents.model import ClauseId
from app.core.tagging.codebook import CodeId
from app.core.tagging.model import Decision, Tag

Key = tuple[str, str]


def load_tags(connection: sqlite3.Connection) -> tuple[Tag, ...]:
    """Every tag, oldest first."""
    return tuple(Tag(ClauseId(c), CodeId(k), m, t, r) for c, k, m, t, r in connection.execute(
        "SELECT clause_id, code_id, member, created, rule FROM tags ORDER BY rowid"))


def insert_tags(connection: sqlite3.Connection, tags: Iterable[Tag]) -> None:
    """Add tags (a tag already there is kept as it is)."""
    connection.executemany(
        "INSERT OR IGNORE INTO tags (clause_id, code_id, member, created, rule) "
        "VALUES (?,?,?,?,?)", [(t.clause_id, t.code_id, t.member, t.created, t.rule)
                               for t in tags])


def delete_tags(connection: sqlite3.Connection, keys: Iterable[Key]) -> None:
    """Remove tags by (clause id, code id)."""
    connection.executemany("DELETE FROM tags WHERE clause_id = ? AND code_id = ?", list(keys))


def load_decisions(connection: sqlite3.Connection) -> tuple[Decision, ...]:
    """Every rejected suggestion."""
    return tuple(Decision(ClauseId(c), CodeId(k), r, m, t) for c, k, r, m, t in
                 connection.execute("SELECT clause_id, code_id, rule, member, created "
                                    "FROM rejections ORDER BY rowid"))


def insert_decisions(connection: sqlite3.Connection, decisions: Iterable[Decision]) -> None:
    connection.executemany(
        "INSERT OR IGNORE INTO rejections (clause_id, code_id, rule, member, created) "
        "VALUES (?,?,?,?,?)", [(d.clause_id, d.code_id, d.rule, d.member, d.created)
                               for d in decisions])


def delete_decisions(connection: sqlite3.Connection, keys: Iterable[Key]) -> None:
    connection.executemany("DELETE FROM rejections WHERE clause_id = ? AND code_id = ?",
                           list(keys))
