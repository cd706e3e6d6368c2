"""What the `draft` subcommands print: the documented JSON shapes and readable lines."""

from __future__ import annotations

from typing import Any

from app.cli.output import clauses as clauses_word
from app.core.alignment.model import Alignment
from app.core.draft.assembly import DraftRefusal
from app.core.draft.model import Draft, DraftClause, VersionHeader
from app.core.draft.word_copy import WordCopy
from app.core.export.comparison import STATUS_LABELS
from app.core.export.draft_words import provenance_words, tag_words
from app.core.project import Project

REFUSALS = {
    DraftRefusal.NO_DRAFT: "projektet har inget utkast: starta det med klausul draft new",
    DraftRefusal.EMPTY_CELL: "dokumentet har ingen klausul på den raden",
    DraftRefusal.ROW_NOT_IN_DRAFT: "utkastet har inget från den raden",
    DraftRefusal.UNKNOWN_CLAUSE: "klausulen finns inte i utkastet",
    DraftRefusal.NO_CHANGE: "ingenting att ändra",
    DraftRefusal.EMPTY_TEXT: "texten är tom",
}
KIND_WORDS = {"change": "ändring", "comment": "kommentar", "added": "ny klausul",
              "removed": "struken klausul"}
STATUS_WORDS = {"open": "öppet", "accepted": "godtaget", "rejected": "avslaget"}


def summary_line(draft: Draft) -> str:
    return f"{draft.info.title}: {clauses_word(len(draft.clauses))}"


def clause_json(clause: DraftClause, number: str | None, tags: tuple[Any, ...]) -> dict[str, Any]:
    origin = clause.origin
    return {
        "id": clause.id, "number": number, "kind": clause.kind, "level": clause.level,
        "numbered": clause.numbered, "text": clause.text, "edited": clause.edited,
        "written": clause.written,
        "origin": None if origin is None else {
            "clause": origin.clause, "document": origin.document,
            "title": origin.document_title, "region": origin.region,
            "heading": origin.heading, "lead_in": origin.lead_in, "ordinal": origin.ordinal},
        "sources": list(clause.sources),
        "tags": [{"facet": t.facet, "code": t.code, "name": t.name} for t in tags],
    }


def draft_json(project: Project, draft: Draft) -> dict[str, Any]:
    """{"draft": {...}, "clauses": [...]} (docs/cli.md)."""
    tags = project.draft.tags(draft)
    return {"draft": {"title": draft.info.title, "authors": draft.info.authors,
                      "started_from": draft.info.started_from,
                      "stored": project.draft() is not None},
            "clauses": [clause_json(c, n, tags.get(c.id, ()))
                        for c, n in zip(draft.clauses, project.draft.labels(draft),
                                        strict=True)]}


def draft_lines(project: Project, draft: Draft) -> list[str]:
    """The draft as an outline with provenance."""
    lines = [summary_line(draft) + ("" if project.draft() is not None
                                    else " (inte startat: så här blir det från basen)")]
    tags = project.draft.tags(draft)
    depth = 0
    for clause, number in zip(draft.clauses, project.draft.labels(draft), strict=True):
        label = f"{number} " if number else ("• " if clause.kind == "list_item" else "")
        if clause.kind == "heading":
            depth = clause.level
        indent = "  " * (depth - 1 if clause.kind == "heading" else depth + clause.level)
        lines.append(f"{indent}{label}{clause.text}")
        lines.append(f"{indent}    [{provenance_words(clause.origin, clause.edited)}; "
                     f"{tag_words(tags.get(clause.id, ()))}]")
    return lines


def rows_json(project: Project, alignment: Alignment) -> dict[str, Any]:
    """{"documents": [...], "rows": [{"row", "status", "cells", "in_draft", "chosen",
    "edited"}]}: which document's wording the draft took for each aligned row."""
    choices = project.draft.row_choices(alignment)
    documents = {d.id: d for d in project.documents()}
    return {"documents": [{"id": d, "title": documents[d].title}
                          for d in alignment.document_ids],
            "rows": [{"row": n, "status": row.status, "cells": [list(c) for c in row.cells],
                      "in_draft": n in choices,
                      "chosen": choices[n].document if n in choices else None,
                      "edited": choices[n].edited if n in choices else False}
                     for n, row in enumerate(alignment.rows)]}


def rows_lines(project: Project, alignment: Alignment, payload: dict[str, Any]) -> list[str]:
    lookup = {c.id: c for d in project.documents() for c in d.clauses}
    titles = [d["title"] for d in payload["documents"]]
    lines = []
    for row in payload["rows"]:
        first = next((lookup[i] for cell in row["cells"] for i in cell if i in lookup), None)
        text = first.text[:60] if first else ""
        chosen = "–" if not row["in_draft"] else (
            titles[row["chosen"]] if row["chosen"] is not None else "egen text")
        edited = " (bearbetad)" if row["edited"] else ""
        lines.append(f"{row['row']:>4}  {STATUS_LABELS[row['status']]:<12} {chosen}{edited}: "
                     f"{text}")
    return lines


def version_json(header: VersionHeader) -> dict[str, Any]:
    return {"number": header.number, "label": header.label, "created": header.created,
            "author": header.author, "note": header.note}


def version_line(header: VersionHeader) -> str:
    note = f" – {header.note}" if header.note else ""
    return f"{header.number}. {header.label}  ({header.created}, {header.author}){note}"


def word_copy_line(copy: WordCopy) -> str:
    return (f"{copy.path.name}: {copy.kept} oförändrade, {copy.edited} ändrade, {copy.added} "
            f"nya, {copy.removed} borttagna klausuler; {len(copy.proposals)} förslag")


def proposals_json(project: Project) -> dict[str, Any]:
    """{"proposals": [{"id", "clause", "number", "kind", "author", "date", "text",
    "status", "version"}]}."""
    draft = project.draft()
    numbers = dict(zip([c.id for c in draft.clauses], project.draft.labels(draft),
                       strict=True)) if draft is not None else {}
    return {"proposals": [{"id": p.id, "clause": p.clause, "number": numbers.get(p.clause),
                           "kind": p.kind, "author": p.author, "date": p.date,
                           "text": p.text, "status": p.status, "version": p.version}
                          for p in project.draft.proposals()]}


def proposal_lines(payload: dict[str, Any]) -> list[str]:
    return [f"{p['id']:>4}  {STATUS_WORDS[p['status']]:<9} {KIND_WORDS[p['kind']]:<15} "
            f"{p['author'] or '–'}: {p['text'][:70]}" for p in payload["proposals"]]
