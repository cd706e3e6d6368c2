"""What a Word export of the draft holds, as data: the clauses with numbers, tags and sources,
and (for tracked changes) each clause's earlier wording and the clauses that were taken out.
The writer (export/draft_docx.py) turns it into a file and decides nothing itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from app.core.documents.model import Clause, Document, DocumentId
from app.core.draft.model import Draft, DraftClause, DraftClauseId, VersionHeader
from app.core.draft.numbering import labels
from app.core.draft.provenance import draft_kind, draft_level, title_offset
from app.core.draft.tags import TagLabel
from app.core.draft.versions import Side, align_sides, as_document, order_changes
from app.core.export.draft_words import WORKING_VERSION, working_version_after

CommentKind = str  # "provenance" or "tags"
COMMENT_KINDS = ("provenance", "tags")


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """How to export: tracked changes against a version, the base or a document (None: no
    tracked changes; "previous" = the latest version, else the base), which comments, the
    appendix table, and the author of the tracked changes (default: the project's user)."""

    tracked_against: Side | None = None
    comments: frozenset[CommentKind] = frozenset(COMMENT_KINDS)
    appendix: bool = True
    author: str = ""


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One paragraph of the body: a draft clause (`new`) with its earlier wording (`old`), or
    an earlier clause that is gone (`new` None), shown deleted when changes are tracked."""

    new: DraftClause | None
    label: str | None = None
    old: DraftClause | None = None
    tags: tuple[TagLabel, ...] = ()
    also_in: tuple[str, ...] = ()  # the other documents whose clauses share its row


@dataclass(frozen=True, slots=True)
class DraftExport:
    """Everything the Word file shows."""

    title: str
    version: str  # "0.3 – efter workshop 2", or "Arbetsversion"
    date: str  # local date, "2026-12-01"
    authors: str
    items: tuple[ExportItem, ...]
    options: ExportOptions
    revision_author: str
    tracked: bool = False
    against: str = ""  # what the tracked changes are against, for the title page
    created: datetime = field(default_factory=lambda: datetime.now().astimezone())


@dataclass(frozen=True)
class ExportJob:
    """What an export is made from, read from the project; `content()` computes the rest
    (the comparison behind tracked changes, the diffs) without touching the database."""

    draft: Draft
    tags: dict[DraftClauseId, tuple[TagLabel, ...]]
    documents: dict[DocumentId, Document]
    options: ExportOptions
    version: str
    author: str
    baseline: tuple[Document, Draft | None] | None = None
    against: str = ""

    def content(self) -> DraftExport:
        return build_export(self.draft, self.tags, self.documents, self.options, self.version,
                            self.author, self.baseline, self.against)


def as_draft_clause(clause: Clause, offset: int) -> DraftClause:
    """A clause of an earlier version or a source document in the draft's terms."""
    return DraftClause(id=DraftClauseId(clause.id), kind=draft_kind(clause),
                       level=draft_level(clause, offset) if clause.kind != "paragraph" else 0,
                       text=clause.text,
                       numbered=clause.kind == "list_item" and clause.number is not None)


def version_name(draft: Draft, versions: tuple[VersionHeader, ...],
                 load: Callable[[int], Draft | None]) -> str:
    """The latest version's label if the draft is that version, else a working version."""
    if not versions:
        return WORKING_VERSION
    latest = versions[-1]
    if load(latest.number) == draft:
        return latest.label
    return working_version_after(latest.label)


def build_export(draft: Draft, tags: dict[DraftClauseId, tuple[TagLabel, ...]],
                 documents: dict[DocumentId, Document], options: ExportOptions, version: str,
                 author: str, baseline: tuple[Document, Draft | None] | None = None,
                 against: str = "") -> DraftExport:
    """The export of `draft`; with `baseline` (a side of a comparison) the body carries each
    clause's earlier wording and the clauses that left."""
    numbers = labels(draft.clauses)
    label_of = {c.id: n for c, n in zip(draft.clauses, numbers, strict=True)}

    def also_in(clause: DraftClause) -> tuple[str, ...]:
        origin = clause.origin.document if clause.origin else None
        names = [d.meta.region or d.title for d in documents.values()
                 if d.id != origin and any(s.startswith(f"{d.id}-") for s in clause.sources[1:])]
        return tuple(dict.fromkeys(names))

    def item(new: DraftClause | None, old: DraftClause | None) -> ExportItem:
        if new is None:
            return ExportItem(None, old=old)
        return ExportItem(new, label_of[new.id], old, tags.get(new.id, ()), also_in(new))

    if baseline is None:
        items = tuple(item(c, None) for c in draft.clauses)
    else:
        current = as_document(draft, "draft", draft.info.title)
        old_document = baseline[0]
        offset = title_offset(old_document)
        old_clauses = old_document.clauses[offset:]
        alignment = align_sides(baseline, (current, draft))
        pairs = order_changes(old_clauses, draft.clauses, alignment, current.id)
        items = tuple(item(new, as_draft_clause(old, offset) if old else None)
                      for old, new in pairs)
    created = datetime.now().astimezone()
    return DraftExport(title=draft.info.title, version=version,
                       date=created.strftime("%Y-%m-%d"), authors=draft.info.authors,
                       items=items, options=options, revision_author=author,
                       tracked=baseline is not None, against=against, created=created)
