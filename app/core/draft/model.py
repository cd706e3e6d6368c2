"""Value types of the merged draft: its clauses with provenance, versions, proposals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NewType

from app.core.documents.model import ClauseId, ClauseKind, DocumentId

DraftClauseId = NewType("DraftClauseId", str)
DraftKind = Literal["heading", "paragraph", "list_item"]
DRAFT_KINDS: tuple[DraftKind, ...] = ("heading", "paragraph", "list_item")
MAX_LEVEL = 3  # Heading 1-3 and three list levels: what the Word export writes
ProposalKind = Literal["change", "comment", "added", "removed"]
ProposalStatus = Literal["open", "accepted", "rejected"]


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a draft clause's wording came from, captured when it was adopted.

    The clause id leads back to the source while it is in the project; the rest is kept so
    the provenance still reads "Från Region X, 4.2 Socialtjänsten, punkt 3" after the source
    was re-imported or removed. `heading` is the innermost heading above the clause (with its
    number label), `ordinal` the clause's place among its kind in that section, or in its
    list for a list item under a lead-in ("Socialtjänsten ansvarar för:"), 1-based.
    """

    clause: ClauseId
    document: DocumentId
    document_title: str
    region: str
    heading: str
    kind: ClauseKind
    ordinal: int
    text: str
    lead_in: str = ""  # for a list item: the line that introduces its list, without its colon

    @property
    def origin_name(self) -> str:
        """The county or region the wording comes from (else the document's title)."""
        return self.region or self.document_title


@dataclass(frozen=True, slots=True)
class DraftClause:
    """One clause of the draft.

    `level` is the heading level (1-3) for headings, the list depth (1-3) for list items and
    0 for paragraphs; numbers are computed from the order and levels (numbering.py), never
    stored. `origin` is the source clause whose wording was taken (None: written by the
    group); `sources` every source clause of the aligned row it stands for (the origin
    first), which is how the draft finds its rows again after a realignment.
    """

    id: DraftClauseId
    kind: DraftKind
    level: int
    text: str
    numbered: bool = False  # a list item in a numbered list (1., a), i)) rather than bullets
    origin: SourceRef | None = None
    sources: tuple[ClauseId, ...] = ()

    @property
    def edited(self) -> bool:
        """True when the group changed the adopted wording."""
        return self.origin is not None and self.text != self.origin.text

    @property
    def written(self) -> bool:
        """True for a clause the group wrote itself (no source wording)."""
        return self.origin is None


@dataclass(frozen=True, slots=True)
class DraftInfo:
    """What the title page and the document properties say."""

    title: str = "Utkast"
    authors: str = ""  # the working group or the people writing, as one line
    started_from: DocumentId | None = None  # the base document it was started from, if any


@dataclass(frozen=True, slots=True)
class Draft:
    """The merged draft: its information and its clauses in order."""

    info: DraftInfo
    clauses: tuple[DraftClause, ...]

    def index_of(self, clause_id: DraftClauseId) -> int:
        """Position of a clause (ValueError if it is not in the draft)."""
        for index, clause in enumerate(self.clauses):
            if clause.id == clause_id:
                return index
        raise ValueError(clause_id)

    def clause(self, clause_id: DraftClauseId) -> DraftClause:
        """The clause with that id (KeyError if absent)."""
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    def ids(self) -> frozenset[DraftClauseId]:
        return frozenset(c.id for c in self.clauses)


@dataclass(frozen=True, slots=True)
class VersionHeader:
    """A recorded version as the history lists it: "0.3 – efter workshop 2"."""

    number: int  # 1, 2, 3 … in the order recorded (the label is the group's own name)
    label: str
    created: str  # local date and time, "2026-12-01T14:05"
    author: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Version:
    """A recorded version: its header and the draft as it stood."""

    header: VersionHeader
    draft: Draft


@dataclass(frozen=True, slots=True)
class Revision:
    """One tracked change a reviewer made in Word: inserted or deleted text."""

    kind: Literal["insertion", "deletion"]
    text: str
    author: str
    date: str | None


@dataclass(frozen=True, slots=True)
class Proposal:
    """A reviewer's proposal that came back in a Word copy, decided clause by clause.

    A `change` proposes `text` as the clause's new wording (Word's tracked changes on the
    clause, all accepted); a `comment` carries the comment's `text`; `added` marks a clause the
    copy brought in (rejecting it takes the clause out again), `removed` a clause a reviewer
    deleted as a tracked change (accepting it takes the clause out). `clause` is the draft
    clause it belongs to."""

    id: int
    clause: DraftClauseId
    kind: ProposalKind
    author: str
    date: str | None
    text: str
    version: int | None = None  # the version the Word copy became
    revisions: tuple[Revision, ...] = ()
    status: ProposalStatus = "open"

    @property
    def authors(self) -> tuple[str, ...]:
        """Every reviewer behind the proposal, in order of appearance."""
        names = [self.author, *(r.author for r in self.revisions)]
        return tuple(dict.fromkeys(n for n in names if n))
