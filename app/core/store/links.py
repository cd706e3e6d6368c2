"""Manual links and unlinks between clauses, as rows of the manual_links table."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from app.core.alignment.model import ManualLink
from app.core.documents.model import ClauseId, DocumentId

LinkRow = tuple[str, str, str, str]  # kind, a, b, created
_PAIR = "FROM manual_links WHERE (a = ?1 AND b = ?2) OR (a = ?2 AND b = ?1)"


def take_pair(connection: sqlite3.Connection, a: str, b: str) -> list[LinkRow]:
    """Remove whatever links or unlinks the pair (either way round) and return those rows."""
    rows: list[LinkRow] = [tuple(r) for r in connection.execute(
        "SELECT kind, a, b, created " + _PAIR, (a, b)).fetchall()]
    connection.execute("DELETE " + _PAIR, (a, b))
    return rows


def add_link(connection: sqlite3.Connection, link: ManualLink) -> None:
    """Record a link or unlink made now."""
    connection.execute("INSERT INTO manual_links (kind, a, b, created) VALUES (?, ?, ?, "
                       "datetime('now'))", (link.kind, link.a, link.b))


def restore(connection: sqlite3.Connection, rows: list[LinkRow]) -> None:
    """Put back rows taken earlier, with their original times."""
    connection.executemany("INSERT INTO manual_links (kind, a, b, created) VALUES (?,?,?,?)",
                           rows)


NumberedLinkRow = tuple[int, str, str, str, str]  # id (the order), kind, a, b, created


def take_involving(connection: sqlite3.Connection, clauses: Collection[str]
                   ) -> list[NumberedLinkRow]:
    """Remove the links and unlinks with any of the clauses on either side; return them."""
    found: dict[int, NumberedLinkRow] = {}
    for clause in dict.fromkeys(clauses):
        for row in connection.execute("SELECT id, kind, a, b, created FROM manual_links "
                                      "WHERE a = ?1 OR b = ?1", (clause,)):
            found[row[0]] = tuple(row)
        connection.execute("DELETE FROM manual_links WHERE a = ?1 OR b = ?1", (clause,))
    return [found[key] for key in sorted(found)]


def restore_numbered(connection: sqlite3.Connection, rows: list[NumberedLinkRow]) -> None:
    """Put back rows taken by `take_involving` in their old places among the others (their
    ids, which give the links' order); a place taken meanwhile puts the row last."""
    for number, kind, a, b, created in rows:
        taken = connection.execute("SELECT 1 FROM manual_links WHERE id = ?",
                                   (number,)).fetchone()
        connection.execute("INSERT INTO manual_links (id, kind, a, b, created) "
                           "VALUES (?, ?, ?, ?, ?)",
                           (None if taken else number, kind, a, b, created))


_TOUCHING = ("FROM manual_links WHERE a IN (SELECT id FROM clauses WHERE document_id = ?1) "
             "OR b IN (SELECT id FROM clauses WHERE document_id = ?1)")


def take_touching(connection: sqlite3.Connection, document: DocumentId) -> list[LinkRow]:
    """Remove the links and unlinks that touch a document's clauses and return them."""
    rows: list[LinkRow] = [tuple(r) for r in connection.execute(
        "SELECT kind, a, b, created " + _TOUCHING, (document,)).fetchall()]
    connection.execute("DELETE " + _TOUCHING, (document,))
    return rows


def all_links(connection: sqlite3.Connection) -> tuple[ManualLink, ...]:
    """Every link and unlink, oldest first."""
    return tuple(ManualLink(kind, ClauseId(a), ClauseId(b)) for kind, a, b in
                 connection.execute("SELECT kind, a, b FROM manual_links ORDER BY id"))
