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
    Note,
    Revision,
    Span,
    TableCell,
)

_CLAUSE_COLUMNS = ("id, document_id, position, kind, level, number, heading_path, text, context,"
                   " context_id, cell, revisions, comments, footnotes, location, style")


def _note(data: dict[str, Any]) -> Note:
    span = data.get("span")
    return Note(text=data["text"], author=data.get("author", ""), date=data.get("date"),
                span=Span(**span) if span else None)


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
         json.dumps(list(document.warnings), ensure_ascii=False), int(hidden),
         imported_at or datetime.now(UTC).isoformat(timespec="seconds")))
    connection.executemany(
        f"INSERT INTO clauses ({_CLAUSE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608 - constant column list
        [(c.id, document.id, index, c.kind, c.level, c.number,
          json.dumps(list(c.heading_path), ensure_ascii=False), c.text, c.context, c.context_id,
          json.dumps(asdict(c.table), ensure_ascii=False) if c.table else None,
          json.dumps([asdict(r) for r in c.revisions], ensure_ascii=False),
          json.dumps([asdict(n) for n in c.comments], ensure_ascii=False),
          json.dumps([asdict(n) for n in c.footnotes], ensure_ascii=False),
          c.location, c.style) for index, c in enumerate(document.clauses)])


def load_documents(connection: sqlite3.Connection) -> tuple[Document, ...]:
    """Every document in project order, with its clauses."""
    clauses: dict[str, list[Clause]] = {}
    query = f"SELECT {_CLAUSE_COLUMNS} FROM clauses ORDER BY document_id, position"  # noqa: S608
    for row in connection.execute(query):
        (cid, doc, _pos, kind, level, number, path, text, context, context_id, cell, revisions,
         comments, footnotes, location, style) = row
        clauses.setdefault(doc, []).append(Clause(
            id=ClauseId(cid), kind=kind, level=level, number=number,
            heading_path=tuple(json.loads(path)), text=text, context=context,
            context_id=ClauseId(context_id) if context_id else None,
            table=TableCell(**json.loads(cell)) if cell else None,
            revisions=tuple(_revision(r) for r in json.loads(revisions)),
            comments=tuple(_note(n) for n in json.loads(comments)),
            footnotes=tuple(_note(n) for n in json.loads(footnotes)),
            location=location, style=style))
    documents = []
    for row in connection.execute("SELECT id, title, region, kind, date, format, source, sha256,"
                                  " warnings FROM documents ORDER BY position"):
        doc_id, title, region, kind, date, fmt, source, sha, warnings = row
        documents.append(Document(
            id=DocumentId(doc_id), title=title, format=fmt, source=source, sha256=sha,
            clauses=tuple(clauses.get(doc_id, [])),
            meta=DocumentMeta(region=region, kind=kind, date=date),
            warnings=tuple(json.loads(warnings))))
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
