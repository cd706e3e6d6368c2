"""Where draft clauses come from: source references, and the aligned rows they stand for."""

from __future__ import annotations

from collections.abc import Iterable

from app.core.alignment.model import Alignment
from app.core.documents.model import Clause, ClauseId, Document
from app.core.draft.model import MAX_LEVEL, DraftClause, DraftKind, SourceRef


def ordinals(document: Document) -> dict[ClauseId, int]:
    """Each clause's place (1-based) among the clauses of its kind in its section, list items
    among those of their level under the same lead-in: "punkt 3" of "4.2 Socialtjänsten"."""
    found: dict[ClauseId, int] = {}
    counts: dict[tuple[tuple[str, ...], str, int, str | None], int] = {}
    for clause in document.clauses:
        if clause.kind == "heading":
            counts.clear()
            found[clause.id] = 1
            continue
        key = (clause.heading_path, clause.kind, clause.level, clause.context_id)
        counts[key] = counts.get(key, 0) + 1
        found[clause.id] = counts[key]
    return found


def source_ref(document: Document, clause: Clause, ordinal: int | None = None) -> SourceRef:
    """The reference a draft clause keeps to the source clause it took its wording from."""
    if ordinal is None:
        ordinal = ordinals(document).get(clause.id, 1)
    if clause.kind == "heading":
        heading = f"{clause.number} {clause.text}" if clause.number else clause.text
    else:
        heading = clause.heading_path[-1] if clause.heading_path else ""
    return SourceRef(clause=clause.id, document=document.id, document_title=document.title,
                     region=document.meta.region, heading=heading, kind=clause.kind,
                     ordinal=ordinal, text=clause.text,
                     lead_in=(clause.context or "").rstrip(" :：") if clause.kind == "list_item"
                     else "")


def title_offset(document: Document) -> int:
    """1 when the document's first clause is an unnumbered heading above every other heading
    (its title, which the draft keeps as its own title), else 0."""
    clauses = document.clauses
    if not clauses or clauses[0].kind != "heading" or clauses[0].number is not None:
        return 0
    level = clauses[0].level
    return 1 if all(c.level > level for c in clauses[1:] if c.kind == "heading") else 0


def draft_kind(clause: Clause) -> DraftKind:
    """Table cells become paragraphs of the draft; everything else keeps its kind."""
    return "paragraph" if clause.kind == "table_cell" else clause.kind


def draft_level(clause: Clause, offset: int) -> int:
    """The clause's level in the draft: headings move up past the source's title."""
    if clause.kind == "heading":
        return min(max(clause.level - offset, 1), MAX_LEVEL)
    if clause.kind == "list_item":
        return min(max(clause.level, 1), MAX_LEVEL)
    return 0


def clause_rows(alignment: Alignment) -> dict[ClauseId, int]:
    """The row index of every clause in an alignment."""
    return {clause_id: index for index, row in enumerate(alignment.rows)
            for cell in row.cells for clause_id in cell}


def row_of(clause: DraftClause, rows: dict[ClauseId, int]) -> int | None:
    """The aligned row a draft clause stands for: its origin's row, else the row of any of
    its sources; None for a clause the group wrote or whose sources are gone."""
    if clause.origin is not None and clause.origin.clause in rows:
        return rows[clause.origin.clause]
    return next((rows[s] for s in clause.sources if s in rows), None)


def draft_rows(clauses: Iterable[DraftClause], alignment: Alignment) -> dict[int, list[int]]:
    """Row index -> positions of the draft clauses that stand for it."""
    rows = clause_rows(alignment)
    found: dict[int, list[int]] = {}
    for position, clause in enumerate(clauses):
        row = row_of(clause, rows)
        if row is not None:
            found.setdefault(row, []).append(position)
    return found
