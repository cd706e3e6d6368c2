"""Assembling the draft: pure functions from the clauses as they are to the clauses as they
will be (adopt a row's wording, drop it, add, remove, move, re-level, edit). Every result is
normalised, so levels never skip and numbers can always be computed."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace

from app.core.alignment.model import Alignment
from app.core.documents.model import ClauseId, Document, DocumentId
from app.core.draft.model import (
    MAX_LEVEL,
    Draft,
    DraftClause,
    DraftClauseId,
    DraftInfo,
    DraftKind,
)
from app.core.draft.numbering import normalised
from app.core.draft.provenance import (
    draft_kind,
    draft_level,
    draft_rows,
    ordinals,
    source_ref,
    title_offset,
)
from app.core.draft.refusals import DraftRefusal
from app.core.importing.numbers import split_number_label
from app.core.importing.segmentation import normalise_space

Clauses = tuple[DraftClause, ...]
__all__ = ["DraftRefusal"]  # its home is refusals.py; assembly returns it


def derived_id(taken: Collection[str], clause: ClauseId) -> DraftClauseId:
    """The id of a draft clause made from a source clause: the same in every member's copy
    (so copies can be merged), numbered when the clause was taken twice."""
    wanted = f"d-{clause}"
    number = 2
    found = wanted
    while found in taken:
        found = f"{wanted}~{number}"
        number += 1
    return DraftClauseId(found)


def written_id() -> DraftClauseId:
    """The id of a clause the group wrote itself."""
    import uuid  # on first use: it costs a few ms at start-up

    return DraftClauseId(f"w-{uuid.uuid4().hex[:12]}")


def from_document(document: Document | None, title: str = "", authors: str = "") -> Draft:
    """A draft started from a document (every clause, its title as the draft's title) or,
    without one, an empty outline."""
    title, authors = normalise_space(title), normalise_space(authors)
    if document is None:
        return Draft(DraftInfo(title=title or "Utkast", authors=authors), ())
    offset = title_offset(document)
    places = ordinals(document)
    clauses: list[DraftClause] = []
    taken: set[str] = set()
    for clause in document.clauses[offset:]:
        draft_id = derived_id(taken, clause.id)
        taken.add(draft_id)
        clauses.append(DraftClause(
            id=draft_id, kind=draft_kind(clause), level=draft_level(clause, offset),
            text=clause.text, numbered=clause.kind == "list_item" and clause.number is not None,
            origin=source_ref(document, clause, places.get(clause.id)), sources=(clause.id,)))
    name = title or (document.clauses[0].text if offset else document.title)
    return Draft(DraftInfo(title=name, authors=authors, started_from=document.id),
                 normalised(clauses))


def adopt(draft: Draft, alignment: Alignment, row: int, document_index: int,
          documents: Mapping[DocumentId, Document]) -> Clauses | DraftRefusal:
    """The row's wording taken from one document: it replaces whatever stands for the row in
    the draft (keeping the first clause's id, so its own tags stay), or is put in after the
    draft's clauses of the nearest earlier row that is in the draft."""
    cell = alignment.rows[row].cells[document_index]
    document = documents.get(alignment.document_ids[document_index])
    if not cell or document is None:
        return DraftRefusal.EMPTY_CELL
    in_draft = draft_rows(draft.clauses, alignment)
    existing = in_draft.get(row, [])
    row_sources = tuple(c for cells in alignment.rows[row].cells for c in cells)
    offset = title_offset(document)
    places = ordinals(document)
    taken = {c.id for i, c in enumerate(draft.clauses) if i not in existing}
    new: list[DraftClause] = []
    for number, clause_id in enumerate(cell):
        clause = document.clause(clause_id)
        if number == 0 and existing:
            draft_id = draft.clauses[existing[0]].id
        else:
            draft_id = derived_id(taken, clause_id)
        taken.add(draft_id)
        kind = draft_kind(clause)
        level = draft_level(clause, offset)
        if existing and number == 0 and draft.clauses[existing[0]].kind == kind:
            level = draft.clauses[existing[0]].level  # keep the place in the outline
        new.append(DraftClause(
            id=draft_id, kind=kind, level=level, text=clause.text,
            numbered=clause.kind == "list_item" and clause.number is not None,
            origin=source_ref(document, clause, places.get(clause_id)),
            sources=(clause_id, *(s for s in row_sources if s != clause_id))))
    clauses = list(draft.clauses)
    if existing:
        at = existing[0]
        clauses = [c for i, c in enumerate(clauses) if i not in existing]
        at -= sum(1 for i in existing if i < at)
    else:
        earlier = [positions for r, positions in in_draft.items() if r < row]
        later = [positions for r, positions in in_draft.items() if r > row]
        if earlier:
            at = max(max(p) for p in earlier) + 1
        elif later:
            at = min(min(p) for p in later)
        else:
            at = len(clauses)
    clauses[at:at] = new
    return normalised(clauses)


def drop_row(draft: Draft, alignment: Alignment, row: int) -> Clauses | DraftRefusal:
    """"No wording" for the row: its clauses leave the draft."""
    positions = set(draft_rows(draft.clauses, alignment).get(row, []))
    if not positions:
        return DraftRefusal.ROW_NOT_IN_DRAFT
    return normalised([c for i, c in enumerate(draft.clauses) if i not in positions])


def clean_text(kind: DraftKind, text: str) -> str:
    """The text as kept: one line, and for headings and items no typed number label (numbers
    are computed, never typed)."""
    text = normalise_space(text)
    if kind in ("heading", "list_item"):
        label, rest = split_number_label(text)
        if label is not None:
            text = rest
    return text


def set_text(draft: Draft, clause_id: DraftClauseId, text: str) -> Clauses | DraftRefusal:
    """The group's own wording for a clause, edited in place."""
    index = _index(draft, clause_id)
    if index is None:
        return DraftRefusal.UNKNOWN_CLAUSE
    clause = draft.clauses[index]
    text = clean_text(clause.kind, text)
    if not text:
        return DraftRefusal.EMPTY_TEXT
    if text == clause.text:
        return DraftRefusal.NO_CHANGE
    return _replaced(draft.clauses, index, replace(clause, text=text))


def insert(draft: Draft, position: int, kind: DraftKind, text: str, level: int = 1,
           numbered: bool = False) -> tuple[Clauses, DraftClauseId] | DraftRefusal:
    """A clause the group writes, put in at `position` (0 = first; len = last)."""
    text = clean_text(kind, text)
    if not text:
        return DraftRefusal.EMPTY_TEXT
    clause = DraftClause(id=written_id(), kind=kind, level=level if kind != "paragraph" else 0,
                         text=text, numbered=numbered and kind == "list_item")
    clauses = list(draft.clauses)
    clauses.insert(min(max(position, 0), len(clauses)), clause)
    return normalised(clauses), clause.id


def remove(draft: Draft, clause_ids: Collection[DraftClauseId]) -> Clauses | DraftRefusal:
    """The draft without these clauses."""
    kept = [c for c in draft.clauses if c.id not in clause_ids]
    if len(kept) == len(draft.clauses):
        return DraftRefusal.UNKNOWN_CLAUSE
    return normalised(kept)


def move(draft: Draft, clause_ids: Collection[DraftClauseId], position: int
         ) -> Clauses | DraftRefusal:
    """Move the clauses (in their draft order) to stand before the clause now at `position`
    (len = to the end)."""
    moving = [c for c in draft.clauses if c.id in clause_ids]
    if not moving:
        return DraftRefusal.UNKNOWN_CLAUSE
    position = min(max(position, 0), len(draft.clauses))
    staying = [c for c in draft.clauses if c.id not in clause_ids]
    at = sum(1 for c in draft.clauses[:position] if c.id not in clause_ids)
    result = normalised([*staying[:at], *moving, *staying[at:]])
    return DraftRefusal.NO_CHANGE if result == draft.clauses else result


def subtree(clauses: Sequence[DraftClause], index: int) -> range:
    """The clause and what hangs under it: a heading's section, a list item's sub-items."""
    clause = clauses[index]
    end = index + 1
    if clause.kind == "heading":
        while end < len(clauses) and not (clauses[end].kind == "heading"
                                          and clauses[end].level <= clause.level):
            end += 1
    elif clause.kind == "list_item":
        while end < len(clauses) and clauses[end].kind == "list_item" \
                and clauses[end].level > clause.level:
            end += 1
    return range(index, end)


def relevel(draft: Draft, clause_id: DraftClauseId, delta: int) -> Clauses | DraftRefusal:
    """One level deeper (delta 1) or higher (-1), with the headings of its section or the
    items under it; paragraphs have no level."""
    index = _index(draft, clause_id)
    if index is None:
        return DraftRefusal.UNKNOWN_CLAUSE
    clause = draft.clauses[index]
    if clause.kind == "paragraph":
        return DraftRefusal.NO_CHANGE
    clauses = list(draft.clauses)
    for position in subtree(clauses, index):
        item = clauses[position]
        if item.kind == clause.kind:
            clauses[position] = replace(item, level=min(max(item.level + delta, 1), MAX_LEVEL))
    result = normalised(clauses)
    return DraftRefusal.NO_CHANGE if result == draft.clauses else result


def set_kind(draft: Draft, clause_id: DraftClauseId, kind: DraftKind, numbered: bool = False
             ) -> Clauses | DraftRefusal:
    """Make a clause a heading, a paragraph, a bullet or a numbered item."""
    index = _index(draft, clause_id)
    if index is None:
        return DraftRefusal.UNKNOWN_CLAUSE
    clause = draft.clauses[index]
    level = clause.level if clause.kind == kind else (0 if kind == "paragraph" else 1)
    if kind == "heading" and clause.kind != "heading":
        level = next((c.level for c in reversed(draft.clauses[:index]) if c.kind == "heading"),
                     1)
    changed = replace(clause, kind=kind, level=level, numbered=numbered and kind == "list_item",
                      text=clean_text(kind, clause.text) or clause.text)
    result = _replaced(draft.clauses, index, changed)
    return DraftRefusal.NO_CHANGE if result == draft.clauses else result


def _index(draft: Draft, clause_id: DraftClauseId) -> int | None:
    return next((i for i, c in enumerate(draft.clauses) if c.id == clause_id), None)


def _replaced(clauses: Sequence[DraftClause], index: int, clause: DraftClause) -> Clauses:
    return normalised([*clauses[:index], clause, *clauses[index + 1:]])
