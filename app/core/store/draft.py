"""The draft, its versions and the proposals that came back from Word, in the project file."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from typing import Any

from app.core.documents.model import ClauseId, DocumentId
from app.core.draft.model import (
    Draft,
    DraftClause,
    DraftClauseId,
    DraftInfo,
    Proposal,
    Revision,
    SourceRef,
    Version,
    VersionHeader,
)

Connection = sqlite3.Connection  # what the draft's edit steps write through

# -- the draft --------------------------------------------------------------------------------
def _origin(data: dict[str, Any] | None) -> SourceRef | None:
    if not data:
        return None
    return SourceRef(clause=ClauseId(data["clause"]), document=DocumentId(data["document"]),
                     document_title=data.get("document_title", ""), region=data.get("region", ""),
                     heading=data.get("heading", ""), kind=data.get("kind", "paragraph"),
                     ordinal=int(data.get("ordinal", 1)), text=data.get("text", ""),
                     lead_in=data.get("lead_in", ""))


def clause_json(clause: DraftClause) -> dict[str, Any]:
    """One draft clause as a JSON-ready dict (versions keep their clauses this way)."""
    return {"id": clause.id, "kind": clause.kind, "level": clause.level,
            "numbered": clause.numbered, "text": clause.text,
            "origin": asdict(clause.origin) if clause.origin else None,
            "sources": list(clause.sources)}


def clause_from_json(data: dict[str, Any]) -> DraftClause:
    """The clause `clause_json` wrote."""
    return DraftClause(id=DraftClauseId(data["id"]), kind=data["kind"], level=int(data["level"]),
                       text=data["text"], numbered=bool(data.get("numbered")),
                       origin=_origin(data.get("origin")),
                       sources=tuple(ClauseId(s) for s in data.get("sources", ())))


def draft_json(draft: Draft) -> str:
    return json.dumps({"title": draft.info.title, "authors": draft.info.authors,
                       "started_from": draft.info.started_from,
                       "clauses": [clause_json(c) for c in draft.clauses]}, ensure_ascii=False)


def draft_from_json(text: str) -> Draft:
    data = json.loads(text)
    started = data.get("started_from")
    return Draft(DraftInfo(title=data.get("title", ""), authors=data.get("authors", ""),
                           started_from=DocumentId(started) if started else None),
                 tuple(clause_from_json(c) for c in data.get("clauses", ())))


def load_draft(connection: sqlite3.Connection) -> Draft | None:
    """The project's draft, or None if it has none yet."""
    row = connection.execute("SELECT title, authors, started_from FROM draft").fetchone()
    if row is None:
        return None
    info = DraftInfo(title=row[0], authors=row[1],
                     started_from=DocumentId(row[2]) if row[2] else None)
    clauses = tuple(
        DraftClause(id=DraftClauseId(cid), kind=kind, level=level, text=text,
                    numbered=bool(numbered), origin=_origin(json.loads(origin)) if origin else None,
                    sources=tuple(ClauseId(s) for s in json.loads(sources)))
        for cid, kind, level, numbered, text, origin, sources in connection.execute(
            "SELECT id, kind, level, numbered, text, origin, sources FROM draft_clauses "
            "ORDER BY position"))
    return Draft(info, clauses)


def write_draft(connection: sqlite3.Connection, draft: Draft | None) -> None:
    """Replace the stored draft (None removes it), inside the caller's transaction."""
    connection.execute("DELETE FROM draft_clauses")
    connection.execute("DELETE FROM draft")
    if draft is None:
        return
    connection.execute("INSERT INTO draft (id, title, authors, started_from) VALUES (1, ?, ?, ?)",
                       (draft.info.title, draft.info.authors, draft.info.started_from))
    connection.executemany(
        "INSERT INTO draft_clauses (id, position, kind, level, numbered, text, origin, sources) "
        "VALUES (?,?,?,?,?,?,?,?)",
        [(c.id, n, c.kind, c.level, int(c.numbered), c.text,
          json.dumps(asdict(c.origin), ensure_ascii=False) if c.origin else None,
          json.dumps(list(c.sources))) for n, c in enumerate(draft.clauses)])


# -- versions ---------------------------------------------------------------------------------
def version_headers(connection: sqlite3.Connection) -> tuple[VersionHeader, ...]:
    """Every recorded version, oldest first (without their clauses)."""
    return tuple(VersionHeader(number=n, label=label, created=created, author=author, note=note)
                 for n, label, created, author, note in connection.execute(
                     "SELECT number, label, created, author, note FROM draft_versions "
                     "ORDER BY number"))


def load_version(connection: sqlite3.Connection, number: int) -> Version | None:
    """One recorded version with the draft as it stood, or None."""
    row = connection.execute("SELECT number, label, created, author, note, draft FROM "
                             "draft_versions WHERE number = ?", (number,)).fetchone()
    if row is None:
        return None
    return Version(VersionHeader(*row[:5]), draft_from_json(row[5]))


def next_version_number(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT coalesce(max(number), 0) + 1 FROM draft_versions")
               .fetchone()[0])


def insert_version(connection: sqlite3.Connection, version: Version) -> None:
    header = version.header
    connection.execute("INSERT INTO draft_versions (number, label, created, author, note, draft) "
                       "VALUES (?,?,?,?,?,?)", (header.number, header.label, header.created,
                                                header.author, header.note,
                                                draft_json(version.draft)))


def delete_version(connection: sqlite3.Connection, number: int) -> None:
    connection.execute("DELETE FROM draft_versions WHERE number = ?", (number,))


# -- proposals --------------------------------------------------------------------------------
def load_proposals(connection: sqlite3.Connection) -> tuple[Proposal, ...]:
    """Every proposal from Word copies, in the order they came."""
    return tuple(
        Proposal(id=pid, clause=DraftClauseId(clause), kind=kind, author=author, date=date,
                 text=text, version=version, status=status,
                 revisions=tuple(Revision(r["kind"], r["text"], r.get("author", ""),
                                          r.get("date")) for r in json.loads(revisions)))
        for pid, clause, kind, author, date, text, version, revisions, status in
        connection.execute("SELECT id, clause_id, kind, author, date, text, version, revisions, "
                           "status FROM draft_proposals ORDER BY id"))


def next_proposal_id(connection: sqlite3.Connection) -> int:
    return int(connection.execute("SELECT coalesce(max(id), 0) + 1 FROM draft_proposals")
               .fetchone()[0])


def insert_proposals(connection: sqlite3.Connection, proposals: tuple[Proposal, ...]) -> None:
    connection.executemany(
        "INSERT INTO draft_proposals (id, clause_id, kind, author, date, text, version, "
        "revisions, status) VALUES (?,?,?,?,?,?,?,?,?)",
        [(p.id, p.clause, p.kind, p.author, p.date, p.text, p.version,
          json.dumps([asdict(r) for r in p.revisions], ensure_ascii=False), p.status)
         for p in proposals])


def delete_proposals(connection: sqlite3.Connection, ids: list[int]) -> None:
    connection.executemany("DELETE FROM draft_proposals WHERE id = ?", [(i,) for i in ids])


def set_proposal_status(connection: sqlite3.Connection, proposal: int, status: str) -> None:
    connection.execute("UPDATE draft_proposals SET status = ? WHERE id = ?", (status, proposal))
