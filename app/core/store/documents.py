"""Documents and clauses in the project database, to and from the core value types."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from app.core.documents.model import (
    Clause,
    ClauseId,
    Document,
    DocumentId,
    DocumentMeta,
    Location,
    Note,
    Revision,
    Span,
    TableCell,
)
from app.core.errors import DocumentWarning, ProjectError, ProjectProblem, ReadWarning

_CLAUSE_COLUMNS = ("id, document_id, position, kind, level, number, heading_path, text, context,"
                   " context_id, cell, revisions, comments, footnotes, location, style")


def _note(data: dict[str, Any]) -> Note:
    span = data.get("span")
    kind = data.get("kind", "")
    return Note(text=data["text"], author=data.get("author", ""), date=data.get("date"),
                span=Span(**span) if span else None,
                kind=kind if kind in ("comment", "footnote", "endnote") else "")


def _revision(data: dict[str, Any]) -> Revision:
    return Revision(kind=data["kind"], text=data["text"], author=data["author"],
                    date=data.get("date"), span=Span(**data["span"]))


def insert_document(connection: sqlite3.Connection, document: Document, original: bytes,
                    position: int, hidden: bool = False, imported_at: str | None = None) -> None:
    """Store a document with its original bytes and clauses (inside the caller's transaction).

    `imported_at` is kept when a removed document is restored; new imports get the time now.
    """
    connection.execute(
        "INSERT INTO documents (id, position, title, region, kind, date, format, source, sha256,"
        " original, warnings, hidden, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (document.id, position, document.title, document.meta.region, document.meta.kind,
         document.meta.date, document.format, document.source, document.sha256, original,
         warnings_json(document.warnings), int(hidden),
         imported_at or datetime.now(UTC).isoformat(timespec="seconds")))
    connection.executemany(
        f"INSERT INTO clauses ({_CLAUSE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608 - constant column list
        [(c.id, document.id, index, c.kind, c.level, c.number,
          json.dumps(list(c.heading_path), ensure_ascii=False), c.text, c.context, c.context_id,
          json.dumps(asdict(c.table), ensure_ascii=False) if c.table else None,
          json.dumps([asdict(r) for r in c.revisions], ensure_ascii=False),
          json.dumps([asdict(n) for n in c.comments], ensure_ascii=False),
          json.dumps([asdict(n) for n in c.footnotes], ensure_ascii=False),
          c.location.encode() if c.location else "", c.style)
         for index, c in enumerate(document.clauses)])


def warnings_json(warnings: tuple[DocumentWarning, ...]) -> str:
    """Import warnings as stored: [{"kind": "revisions", "detail": ""}, ...]."""
    return json.dumps([{"kind": w.kind.name.lower(), "detail": w.detail} for w in warnings],
                      ensure_ascii=False)


def warnings_from_json(text: str) -> tuple[DocumentWarning, ...]:
    """The stored warnings; an unknown kind is kept as text (a later version may add kinds)."""
    found = []
    for item in json.loads(text):
        kind = ReadWarning.__members__.get(str(item.get("kind", "")).upper(), ReadWarning.OTHER)
        detail = str(item.get("detail", ""))
        found.append(DocumentWarning(kind, detail if kind is not ReadWarning.OTHER
                                     else detail or str(item.get("kind", ""))))
    return tuple(found)


def load_documents(connection: sqlite3.Connection, document: DocumentId | None = None
                   ) -> tuple[Document, ...]:
    """Every document in project order with its clauses, or only the one asked for.

    Rows that do not decode (a damaged or hand-edited file) are ProjectError(DAMAGED)."""
    try:
        return _load_documents(connection, document)
    except (sqlite3.DatabaseError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ProjectError(None, ProjectProblem.DAMAGED,
                           f"{type(exc).__name__}: {exc}"[:120]) from None


def _load_documents(connection: sqlite3.Connection, document: DocumentId | None
                    ) -> tuple[Document, ...]:
    clauses: dict[str, list[Clause]] = {}
    where = " WHERE document_id = ?" if document is not None else ""
    arguments = (document,) if document is not None else ()
    query = (f"SELECT {_CLAUSE_COLUMNS} FROM clauses{where} "  # noqa: S608 - constant parts
             "ORDER BY document_id, position")
    # Most clauses have no changes, notes or table cell, and headings repeat: parse each
    # distinct heading path and location once and skip the empty lists.
    paths: dict[str, tuple[str, ...]] = {}
    locations: dict[str, Location | None] = {}
    for row in connection.execute(query, arguments):
        (cid, doc, _pos, kind, level, number, path, text, context, context_id, cell, revisions,
         comments, footnotes, location, style) = row
        heading_path = paths.get(path)
        if heading_path is None:
            heading_path = paths[path] = tuple(json.loads(path))
        if location in locations:
            place = locations[location]
        else:
            place = locations[location] = Location.decode(location)
        clauses.setdefault(doc, []).append(Clause(
            id=ClauseId(cid), kind=kind, level=level, number=number,
            heading_path=heading_path, text=text, context=context,
            context_id=ClauseId(context_id) if context_id else None,
            table=TableCell(**json.loads(cell)) if cell else None,
            revisions=() if revisions == "[]" else tuple(_revision(r)
                                                         for r in json.loads(revisions)),
            comments=() if comments == "[]" else tuple(_note(n) for n in json.loads(comments)),
            footnotes=() if footnotes == "[]" else tuple(_note(n)
                                                         for n in json.loads(footnotes)),
            location=place, style=style))
    documents = []
    one = " WHERE id = ?" if where else ""
    query = ("SELECT id, title, region, kind, date, format, source, sha256, warnings "  # noqa: S608
             f"FROM documents{one} ORDER BY position")
    for row in connection.execute(query, arguments):
        doc_id, title, region, kind, date, fmt, source, sha, warnings = row
        documents.append(Document(
            id=DocumentId(doc_id), title=title, format=fmt, source=source, sha256=sha,
            clauses=tuple(clauses.get(doc_id, [])),
            meta=DocumentMeta(region=region, kind=kind, date=date),
            warnings=warnings_from_json(warnings)))
    return tuple(documents)


def original_bytes(connection: sqlite3.Connection, document: DocumentId) -> bytes:
    """The file exactly as it was imported."""
    row = connection.execute("SELECT original FROM documents WHERE id = ?", (document,)).fetchone()
    if row is None:
        raise KeyError(document)
    return bytes(row[0])


def document_state(connection: sqlite3.Connection, document: DocumentId
                   ) -> tuple[int, bool, str]:
    """(position, hidden, imported_at) of a document."""
    row = connection.execute("SELECT position, hidden, imported_at FROM documents WHERE id = ?",
                             (document,)).fetchone()
    if row is None:
        raise KeyError(document)
    return int(row[0]), bool(row[1]), str(row[2])


def next_position(connection: sqlite3.Connection) -> int:
    """The position after the last document."""
    return int(connection.execute("SELECT coalesce(max(position) + 1, 0) FROM documents")
               .fetchone()[0])


def document_ids(connection: sqlite3.Connection) -> set[str]:
    """Every document id in the project."""
    return {str(r[0]) for r in connection.execute("SELECT id FROM documents")}


def delete_document(connection: sqlite3.Connection, document: DocumentId) -> None:
    """Remove a document and (by cascade) its clauses."""
    connection.execute("DELETE FROM documents WHERE id = ?", (document,))


def update_meta(connection: sqlite3.Connection, document: DocumentId, title: str,
                meta: DocumentMeta) -> None:
    """Set a document's title, region, kind and date."""
    connection.execute("UPDATE documents SET title = ?, region = ?, kind = ?, date = ? "
                       "WHERE id = ?", (title, meta.region, meta.kind, meta.date, document))


def set_hidden(connection: sqlite3.Connection, document: DocumentId, hidden: bool) -> None:
    """Hide a document from the comparison view, or show it again."""
    connection.execute("UPDATE documents SET hidden = ? WHERE id = ?", (int(hidden), document))


def hidden_ids(connection: sqlite3.Connection) -> frozenset[DocumentId]:
    """Documents the user hid from the comparison."""
    return frozenset(DocumentId(r[0]) for r in
                     connection.execute("SELECT id FROM documents WHERE hidden = 1"))
