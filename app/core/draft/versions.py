"""Versions side by side: a draft or version as a document the comparison view can show, and
the alignment of any two of a version, the current draft and a source document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from app.core.alignment.model import AlignedRow, Alignment, ManualLink, RowStatus
from app.core.alignment.runs import increasing_run
from app.core.documents.model import Clause, ClauseId, Document, DocumentId, DocumentMeta
from app.core.draft.model import Draft, DraftClause, DraftClauseId
from app.core.draft.numbering import labels

SideKind = Literal["draft", "version", "document"]


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a comparison: the current draft, a recorded version, a source document."""

    kind: SideKind
    version: int = 0
    document: DocumentId | None = None

    @classmethod
    def current(cls) -> Side:
        return cls("draft")

    @classmethod
    def of_version(cls, number: int) -> Side:
        return cls("version", version=number)

    @classmethod
    def of_document(cls, document: DocumentId) -> Side:
        return cls("document", document=document)

    @property
    def key(self) -> str:
        """The id its document gets in a comparison: 'draft', 'v3', or the document's id."""
        if self.kind == "draft":
            return "draft"
        if self.kind == "version":
            return f"v{self.version}"
        return str(self.document)


def local_now() -> str:
    """The local date and time as versions record it: '2026-12-01T14:05'."""
    return datetime.now().astimezone().strftime("%Y-%m-%dT%H:%M")


def clause_key(document: DocumentId, clause: DraftClauseId) -> ClauseId:
    """The id a draft clause gets inside a draft-as-document."""
    return ClauseId(f"{document}:{clause}")


def draft_clause_of(clause_id: ClauseId) -> DraftClauseId:
    """The draft clause id behind `clause_key`'s result."""
    return DraftClauseId(clause_id.split(":", 1)[1] if ":" in clause_id else clause_id)


def as_document(draft: Draft, document_id: str, title: str) -> Document:
    """The draft (or a version of it) as a document: numbers computed, heading paths built,
    clause ids `<document id>:<draft clause id>` so two versions pair up by id."""
    doc_id = DocumentId(document_id)
    numbers = labels(draft.clauses)
    headings: list[tuple[int, str]] = []
    clauses: list[Clause] = []
    for clause, number in zip(draft.clauses, numbers, strict=True):
        if clause.kind == "heading":
            while headings and headings[-1][0] >= clause.level:
                headings.pop()
        path = tuple(label for _, label in headings)
        clauses.append(Clause(id=clause_key(doc_id, clause.id), kind=clause.kind,
                              level=clause.level, number=number, heading_path=path,
                              text=clause.text))
        if clause.kind == "heading":
            headings.append((clause.level, f"{number} {clause.text}" if number else clause.text))
    return Document(id=doc_id, title=title, format="docx", source="", sha256="",
                    clauses=tuple(clauses), meta=DocumentMeta(kind="draft"))


def pairing_links(first: tuple[Document, Draft | None], second: tuple[Document, Draft | None]
                  ) -> tuple[ManualLink, ...]:
    """Links that hold known pairs together: the same draft clause in two versions, a draft
    clause and the source clause its wording came from."""
    (doc_a, draft_a), (doc_b, draft_b) = first, second
    if draft_a is not None and draft_b is not None:
        common = sorted(draft_a.ids() & draft_b.ids())
        return tuple(ManualLink("link", clause_key(doc_a.id, c), clause_key(doc_b.id, c))
                     for c in common)
    if draft_a is None and draft_b is None:
        return ()
    if draft_a is None:
        (doc_a, draft_a), (doc_b, draft_b) = second, first
    assert draft_a is not None
    present = {c.id for c in doc_b.clauses}
    return tuple(ManualLink("link", clause_key(doc_a.id, c.id), c.origin.clause)
                 for c in draft_a.clauses if c.origin and c.origin.clause in present)


def align_sides(first: tuple[Document, Draft | None], second: tuple[Document, Draft | None]
                ) -> Alignment:
    """Align two sides (the first is the base): two versions pair up by draft clause id, a
    version and a document by the aligner with the known pairs linked."""
    if first[1] is not None and second[1] is not None:
        return id_alignment(first[0], second[0])
    from app.core.alignment.aligner import align

    return align([first[0], second[0]], base=0, links=pairing_links(first, second))


def id_alignment(old: Document, new: Document) -> Alignment:
    """Rows of two drafts-as-documents paired by draft clause id, in the first one's order
    (clauses only the second has stand after their predecessor there), with statuses."""
    from rapidfuzz import fuzz

    old_keys = {draft_clause_of(c.id): c for c in old.clauses}
    new_keys = {draft_clause_of(c.id): c for c in new.clauses}
    shared = [k for k in new_keys if k in old_keys]
    order = list(old_keys)
    where = {k: i for i, k in enumerate(order)}
    kept = {shared[i] for i in increasing_run([where[k] for k in shared])}
    after: dict[DraftClauseId | None, list[DraftClauseId]] = {}
    anchor: DraftClauseId | None = None
    for key in new_keys:
        if key in old_keys:
            anchor = key
        else:
            after.setdefault(anchor, []).append(key)
    rows: list[AlignedRow] = [AlignedRow(((), (new_keys[k].id,)), "added", 0.0)
                              for k in after.get(None, [])]
    for key in order:
        a = old_keys[key]
        b = new_keys.get(key)
        if b is None:
            rows.append(AlignedRow(((a.id,), ()), "removed", 0.0))
        else:
            same = a.text == b.text and a.kind == b.kind and a.level == b.level
            status: RowStatus = "moved" if key not in kept else (
                "identical" if same else "changed")
            similarity = 1.0 if same else round(fuzz.ratio(a.text, b.text) / 100, 4)
            rows.append(AlignedRow(((a.id,), (b.id,)), status, similarity))
        rows += [AlignedRow(((), (new_keys[k].id,)), "added", 0.0) for k in after.get(key, [])]
    return Alignment((old.id, new.id), 0, tuple(rows))


def order_changes(old: Sequence[Clause], new: Sequence[DraftClause], alignment: Alignment,
                  new_document: DocumentId) -> list[tuple[Clause | None, DraftClause | None]]:
    """The new clauses in order, each with the old clause it replaces (None: inserted), and
    the old clauses that are gone (paired with None) where they stood: after the new clause
    that took the place of the old clause before them."""
    partner: dict[ClauseId, ClauseId] = {}
    for row in alignment.rows:
        olds, news = row.cells[0], row.cells[1]
        for a, b in zip(olds, news, strict=False):
            partner[a] = b
    old_of = {b: a for a, b in partner.items()}
    old_by_id = {c.id: c for c in old}
    gone_after: dict[ClauseId | None, list[Clause]] = {}
    anchor: ClauseId | None = None
    for old_clause in old:
        if old_clause.id in partner:
            anchor = partner[old_clause.id]
        else:
            gone_after.setdefault(anchor, []).append(old_clause)
    result: list[tuple[Clause | None, DraftClause | None]] = [
        (c, None) for c in gone_after.get(None, [])]
    for clause in new:
        key = clause_key(new_document, clause.id)
        before = old_by_id.get(old_of[key]) if key in old_of else None
        result.append((before, clause))
        result += [(c, None) for c in gone_after.get(key, [])]
    return result
