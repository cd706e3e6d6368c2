"""Value types shared by every layer: blocks read from files, clauses, documents."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, NewType

from app.core.errors import DocumentWarning

DocumentId = NewType("DocumentId", str)
ClauseId = NewType("ClauseId", str)

ClauseKind = Literal["heading", "paragraph", "list_item", "table_cell"]
DocumentFormat = Literal["docx", "pdf", "odt", "txt", "md", "html"]
RevisionKind = Literal["insertion", "deletion"]

CLAUSE_KINDS: tuple[ClauseKind, ...] = ("heading", "paragraph", "list_item", "table_cell")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) into a clause's text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Revision:
    """A tracked change kept as data; the clause text reads as if all changes were accepted.

    For an insertion, `span` covers the inserted text inside the accepted text. For a
    deletion, `span` is empty (start == end) at the place the deleted `text` stood.
    """

    kind: RevisionKind
    text: str
    author: str
    date: str | None
    span: Span


NoteKind = Literal["", "comment", "footnote", "endnote"]


@dataclass(frozen=True, slots=True)
class Note:
    """A reviewer comment anchored on a clause, or a foot- or endnote the clause cites.

    `kind` is "" for notes stored before kinds were kept."""

    text: str
    author: str = ""
    date: str | None = None
    span: Span | None = None
    kind: NoteKind = ""


LocationKind = Literal["page", "paragraph", "line", "table", "text_box", "form_field",
                       "annotation"]
LOCATION_KINDS: tuple[LocationKind, ...] = ("page", "paragraph", "line", "table", "text_box",
                                            "form_field", "annotation")
_WITH_ROW = ("table", "text_box")


@dataclass(frozen=True, slots=True)
class Location:
    """Where a clause sits in its file (1-based): page N, paragraph N, line N, table N row M,
    text box N anchored at paragraph M, or a PDF form field or annotation on page N.

    The UI words it in the user's language; the store keeps `encode()`'s stable form."""

    kind: LocationKind
    number: int
    row: int = 0

    def encode(self) -> str:
        """'page:4', 'table:2:3', 'text_box:1:5' (the form kept in project files)."""
        return f"{self.kind}:{self.number}:{self.row}" if self.kind in _WITH_ROW \
            else f"{self.kind}:{self.number}"

    @classmethod
    def decode(cls, text: str | None) -> Location | None:
        """The value `encode()` wrote, or None for an empty or unknown text."""
        if not text:
            return None
        parts = text.split(":")
        if parts[0] not in LOCATION_KINDS or len(parts) < 2:
            return None
        try:
            numbers = [int(p) for p in parts[1:3]]
        except ValueError:
            return None
        return cls(parts[0], numbers[0], numbers[1] if len(numbers) > 1 else 0)


@dataclass(frozen=True, slots=True)
class TableCell:
    """Where a table cell sits, and the header texts that give it context."""

    table: int
    row: int
    column: int
    row_header: str = ""
    column_header: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph-like unit as a reader found it, before segmentation.

    `level` is the heading level (1 = top) for headings, the list depth (1 = top)
    for list items and 0 otherwise. `number` is the visible label ("1.", "1.2",
    "a)"); bullets are not numbers and are left out.
    """

    kind: ClauseKind
    text: str
    level: int = 0
    number: str | None = None
    style: str | None = None
    table: TableCell | None = None
    revisions: tuple[Revision, ...] = ()
    comments: tuple[Note, ...] = ()
    footnotes: tuple[Note, ...] = ()
    location: Location | None = None


@dataclass(frozen=True, slots=True)
class ReadResult:
    """What a format reader returns: the blocks in document order plus metadata."""

    format: DocumentFormat
    blocks: tuple[Block, ...]
    title: str = ""
    warnings: tuple[DocumentWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class Clause:
    """The unit users compare, tag and draft with.

    `context` holds the text of the lead-in ("Socialtjänsten ansvarar för:") that a
    list item belongs to, `context_id` that lead-in's clause id.
    """

    id: ClauseId
    kind: ClauseKind
    level: int
    number: str | None
    heading_path: tuple[str, ...]
    text: str
    context: str | None = None
    context_id: ClauseId | None = None
    table: TableCell | None = None
    revisions: tuple[Revision, ...] = ()
    comments: tuple[Note, ...] = ()
    footnotes: tuple[Note, ...] = ()
    location: Location | None = None
    style: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the user says about a document: where it comes from and what it is."""

    region: str = ""
    kind: Literal["other", "draft", "current"] = "other"
    date: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """An imported agreement: its clauses and where it came from."""

    id: DocumentId
    title: str
    format: DocumentFormat
    source: str
    sha256: str
    clauses: tuple[Clause, ...]
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    warnings: tuple[DocumentWarning, ...] = ()

    def clause(self, clause_id: ClauseId) -> Clause:
        """Return the clause with that id; KeyError if it is not in this document."""
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)


def with_document_id(document: Document, document_id: DocumentId) -> Document:
    """The same document under another id: every clause id (and lead-in id) re-prefixed."""
    old = f"{document.id}-"
    new = f"{document_id}-"

    def moved(clause_id: ClauseId | None) -> ClauseId | None:
        if clause_id is None or not clause_id.startswith(old):
            return clause_id
        return ClauseId(new + clause_id[len(old):])

    return replace(document, id=document_id, clauses=tuple(
        replace(c, id=moved(c.id) or c.id, context_id=moved(c.context_id))
        for c in document.clauses))
