"""Decisions on rows, keyed on their anchor clause id."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from app.core.decisions.model import DecisionStatus, RowDecision
from app.core.documents.model import ClauseId


def load_decisions(connection: sqlite3.Connection) -> tuple[RowDecision, ...]:
    """Every decision, oldest change first (a status the program does not know reads open)."""
    found = []
    for anchor, status, text, member, updated, clauses in connection.execute(
            "SELECT anchor, status, text, member, updated, clauses FROM row_decisions "
            "ORDER BY updated, rowid"):
        found.append(RowDecision(ClauseId(anchor), DecisionStatus.parse(status)
                                 or DecisionStatus.OPEN, text, member, updated,
                                 tuple(ClauseId(c) for c in json.loads(clauses))))
    return tuple(found)


def put_decisions(connection: sqlite3.Connection, decisions: Iterable[RowDecision]) -> None:
    """Store decisions, replacing any with the same anchor."""
    connection.executemany(
        "INSERT OR REPLACE INTO row_decisions (anchor, status, text, member, updated, clauses) "
        "VALUES (?,?,?,?,?,?)",
        [(d.anchor, d.status.value, d.text, d.member, d.updated, json.dumps(list(d.clauses)))
         for d in decisions])


def delete_decisions(connection: sqlite3.Connection, anchors: Iterable[str]) -> None:
    connection.executemany("DELETE FROM row_decisions WHERE anchor = ?",
                           [(a,) for a in anchors])


def decisions_with(connection: sqlite3.Connection, anchors: Iterable[str]
                   ) -> tuple[RowDecision, ...]:
    """The stored decisions of these anchors."""
    wanted = set(anchors)
    return tuple(d for d in load_decisions(connection) if d.anchor in wanted)
