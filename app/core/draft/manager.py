"""`project.draft`: the merged draft of a project, its versions and proposals, and the edits
that assemble it (start, adopt a row's wording, add, remove, move, re-level, edit, restore)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.alignment.manager import AlignmentManager
from app.core.alignment.model import Alignment
from app.core.changes import Changes
from app.core.documents.manager import DocumentsManager
from app.core.documents.model import Clause, ClauseId, Document, DocumentId
from app.core.draft import assembly
from app.core.draft.assembly import Clauses, DraftRefusal
from app.core.draft.edits import AddVersion, DraftEdit, ReplaceDraft, SetProposalStatus, Step
from app.core.draft.model import (
    Draft,
    DraftClause,
    DraftClauseId,
    DraftKind,
    Proposal,
    ProposalStatus,
    Version,
    VersionHeader,
)
from app.core.draft.numbering import labels, normalised
from app.core.draft.provenance import clause_rows, draft_rows, row_of
from app.core.draft.tags import NoTags, TagLabel, TagSource, clause_tags
from app.core.draft.versions import Side, align_sides, as_document, local_now
from app.core.edit import EditKind
from app.core.store import draft as stored
from app.core.store.connection import Store

if TYPE_CHECKING:
    from app.core.draft.export_content import ExportJob, ExportOptions
    from app.core.draft.word_copy import WordCopy, WordCopyJob

Result = DraftEdit | DraftRefusal


def _replacing(kind: EditKind, draft: Draft, clauses: Clauses, subject: str = "") -> DraftEdit:
    """The edit that replaces the draft's clauses."""
    return DraftEdit(kind, (ReplaceDraft(replace(draft, clauses=clauses)),), subject)


@dataclass(frozen=True, slots=True)
class RowChoice:
    """What the draft took for an aligned row: whose wording (a document index of the
    alignment, None when the group wrote it), and whether the group edited it."""

    document: int | None
    edited: bool


class DraftManager:
    """Calling it returns the draft, or None before one is started: `project.draft()`."""

    def __init__(self, store: Store, documents: DocumentsManager, alignment: AlignmentManager,
                 user: str, tags: TagSource | None = None) -> None:
        self._store = store
        self._documents = documents
        self._alignment = alignment
        self.user = user
        self.tag_source: TagSource = tags or NoTags()
        self._draft: Draft | None = None
        self._loaded = False
        self._versions: tuple[VersionHeader, ...] | None = None
        self._loaded_versions: dict[int, Version] = {}
        self._proposals: tuple[Proposal, ...] | None = None
        self._index: dict[ClauseId, tuple[Document, Clause]] = {}
        self._index_of: tuple[Document, ...] | None = None

    def __call__(self) -> Draft | None:
        if not self._loaded:
            self._draft = stored.load_draft(self._store.db)
            self._loaded = True
        return self._draft

    def invalidate(self, changes: Changes) -> None:
        if changes.draft:
            self._loaded = False
            self._draft = None
            self._proposals = None
        if changes.versions:
            self._versions = None
            self._loaded_versions.clear()  # an undone version's number is given out again

    # -- reading ----------------------------------------------------------------------------
    def or_base(self) -> Draft:
        """The draft, or (for a project without one) the draft started from the base."""
        draft = self()
        if draft is not None:
            return draft
        base = self._alignment.base_document()
        return assembly.from_document(self._documents.get(base) if base else None,
                                      authors=self.user)

    def labels(self, draft: Draft | None = None) -> tuple[str | None, ...]:
        """The computed number of every clause of the draft (or of `draft`)."""
        draft = draft or self()
        return labels(draft.clauses) if draft is not None else ()

    def tags(self, draft: Draft | None = None) -> dict[DraftClauseId, tuple[TagLabel, ...]]:
        """Each clause's tags: its own, else its sources' (see tags.py)."""
        draft = draft or self()
        return clause_tags(draft.clauses, self.tag_source) if draft is not None else {}

    def documents_by_id(self) -> dict[DocumentId, Document]:
        return {d.id: d for d in self._documents()}

    def rows_in_draft(self, alignment: Alignment) -> dict[int, list[int]]:
        """Aligned row index -> positions of the draft clauses that stand for it."""
        draft = self()
        return draft_rows(draft.clauses, alignment) if draft is not None else {}

    def row_choices(self, alignment: Alignment) -> dict[int, RowChoice]:
        """For each row in the draft: whose wording it took and whether it was edited."""
        draft = self()
        if draft is None:
            return {}
        rows = clause_rows(alignment)
        where = {d: i for i, d in enumerate(alignment.document_ids)}
        found: dict[int, RowChoice] = {}
        for clause in draft.clauses:
            row = row_of(clause, rows)
            if row is None or row in found:
                continue
            origin = clause.origin
            document = where.get(origin.document) if origin is not None \
                and origin.clause in rows and rows[origin.clause] == row else None
            found[row] = RowChoice(document, clause.edited or origin is None)
        return found

    def sources_of(self, clause: DraftClause, alignment: Alignment | None = None
                   ) -> list[tuple[Document, Clause]]:
        """The source clauses a draft clause is compared against, word by word, while it is
        edited: every clause of the aligned row it stands for (given the alignment), else
        the sources it keeps; the origin first, only those still in the project."""
        documents = self._documents()
        if self._index_of is not documents:
            self._index = {c.id: (d, c) for d in documents for c in d.clauses}
            self._index_of = documents
        wanted = list(clause.sources)
        if alignment is not None:
            row = row_of(clause, clause_rows(alignment))
            if row is not None:
                wanted += [c for cell in alignment.rows[row].cells for c in cell]
        if clause.origin is not None:
            wanted.insert(0, clause.origin.clause)
        return [self._index[s] for s in dict.fromkeys(wanted) if s in self._index]

    # -- starting and describing -----------------------------------------------------------
    def start(self, from_base: bool = True, title: str = "", authors: str = "") -> DraftEdit:
        """Start a draft from the base document (or an empty outline); replaces any draft
        there is, undoably."""
        base = self._alignment.base_document() if from_base else None
        document = self._documents.get(base) if base else None
        draft = assembly.from_document(document, title, authors or self.user)
        return DraftEdit(EditKind.START_DRAFT, (ReplaceDraft(draft),), draft.info.title)

    def discard(self) -> Result:
        if self() is None:
            return DraftRefusal.NO_DRAFT
        return DraftEdit(EditKind.DISCARD_DRAFT, (ReplaceDraft(None),))

    def set_info(self, title: str, authors: str) -> Result:
        draft = self()
        if draft is None:
            return DraftRefusal.NO_DRAFT
        info = replace(draft.info, title=" ".join(title.split()) or draft.info.title,
                       authors=" ".join(authors.split()))
        if info == draft.info:
            return DraftRefusal.NO_CHANGE
        return DraftEdit(EditKind.SET_DRAFT_INFO, (ReplaceDraft(replace(draft, info=info)),))

    # -- assembling ----------------------------------------------------------------------------
    def _edit(self, kind: EditKind, change: Callable[[Draft], Clauses | DraftRefusal]
              ) -> Result:
        """The edit that gives the draft the clauses `change` makes of it (or its refusal)."""
        draft = self()
        if draft is None:
            return DraftRefusal.NO_DRAFT
        clauses = change(draft)
        if isinstance(clauses, DraftRefusal):
            return clauses
        return _replacing(kind, draft, clauses)

    def adopt(self, alignment: Alignment, row: int, document_index: int) -> Result:
        """Take the row's wording from one document of the alignment."""
        draft = self()
        if draft is None:
            return DraftRefusal.NO_DRAFT
        documents = self.documents_by_id()
        result = assembly.adopt(draft, alignment, row, document_index, documents)
        document = documents.get(alignment.document_ids[document_index])
        if isinstance(result, DraftRefusal):
            return result
        return _replacing(EditKind.ADOPT_WORDING, draft, result,
                          document.title if document else "")

    def drop_row(self, alignment: Alignment, row: int) -> Result:
        """No wording for the row: its clauses leave the draft."""
        return self._edit(EditKind.DROP_ROW, lambda d: assembly.drop_row(d, alignment, row))

    def set_text(self, clause: DraftClauseId, text: str) -> Result:
        return self._edit(EditKind.EDIT_DRAFT_TEXT, lambda d: assembly.set_text(d, clause, text))

    def insert(self, position: int, kind: DraftKind, text: str, level: int = 1,
               numbered: bool = False) -> tuple[DraftEdit, DraftClauseId] | DraftRefusal:
        """A clause the group writes; returns the edit and the new clause's id."""
        draft = self()
        if draft is None:
            return DraftRefusal.NO_DRAFT
        result = assembly.insert(draft, position, kind, text, level, numbered)
        if isinstance(result, DraftRefusal):
            return result
        clauses, new_id = result
        return _replacing(EditKind.ADD_DRAFT_CLAUSE, draft, clauses), new_id

    def remove(self, clauses: Collection[DraftClauseId]) -> Result:
        return self._edit(EditKind.REMOVE_DRAFT_CLAUSES, lambda d: assembly.remove(d, clauses))

    def move(self, clauses: Collection[DraftClauseId], position: int) -> Result:
        return self._edit(EditKind.MOVE_DRAFT_CLAUSES,
                          lambda d: assembly.move(d, clauses, position))

    def relevel(self, clause: DraftClauseId, delta: int) -> Result:
        return self._edit(EditKind.RELEVEL_DRAFT_CLAUSE,
                          lambda d: assembly.relevel(d, clause, delta))

    def set_kind(self, clause: DraftClauseId, kind: DraftKind, numbered: bool = False) -> Result:
        return self._edit(EditKind.SET_DRAFT_KIND,
                          lambda d: assembly.set_kind(d, clause, kind, numbered))

    # -- versions ----------------------------------------------------------------------------
    def versions(self) -> tuple[VersionHeader, ...]:
        """Every recorded version, oldest first."""
        if self._versions is None:
            self._versions = stored.version_headers(self._store.db)
        return self._versions

    def version(self, number: int) -> Version | None:
        """One recorded version with its draft (kept once read: versions never change)."""
        found = self._loaded_versions.get(number)
        if found is None:
            found = stored.load_version(self._store.db, number)
            if found is not None:
                self._loaded_versions[number] = found
        return found

    def find_version(self, wanted: str) -> Version | None:
        """A version by its label ("0.3 – efter workshop 2", or just "0.3") or number."""
        headers = self.versions()
        exact = [h for h in headers if h.label == wanted]
        prefix = [h for h in headers if h.label.split()[0:1] == [wanted]] if wanted else []
        numbered = [h for h in headers if wanted.isdigit() and h.number == int(wanted)]
        chosen = exact or prefix or numbered
        return self.version(chosen[-1].number) if chosen else None

    def version_step(self, label: str, note: str = "", author: str = "",
                     draft: Draft | None = None) -> AddVersion | DraftRefusal:
        draft = draft or self()
        if draft is None:
            return DraftRefusal.NO_DRAFT
        label = " ".join(label.split())
        if not label:
            return DraftRefusal.EMPTY_TEXT
        header = VersionHeader(stored.next_version_number(self._store.db), label, local_now(),
                               author or self.user, note.strip())
        return AddVersion(Version(header, draft))

    def record_version(self, label: str, note: str = "", author: str = "") -> Result:
        """Record the draft as it stands as a version ("0.3 – efter workshop 2")."""
        step = self.version_step(label, note, author)
        if isinstance(step, DraftRefusal):
            return step
        return DraftEdit(EditKind.RECORD_VERSION, (step,), step.version.header.label)

    def restore(self, number: int) -> Result:
        """The draft becomes a recorded version again (undoably)."""
        version = self.version(number)
        if version is None:
            return DraftRefusal.UNKNOWN_CLAUSE
        if version.draft == self():
            return DraftRefusal.NO_CHANGE
        return DraftEdit(EditKind.RESTORE_VERSION, (ReplaceDraft(version.draft),),
                         version.header.label)

    def side(self, side: Side) -> tuple[Document, Draft | None]:
        """A comparison side as a document (and the draft behind it, if it is one)."""
        if side.kind == "document":
            assert side.document is not None
            return self._documents.get(side.document), None
        if side.kind == "version":
            version = self.version(side.version)
            if version is None:
                raise KeyError(side.version)
            return as_document(version.draft, side.key, version.header.label), version.draft
        draft = self.or_base()
        return as_document(draft, side.key, draft.info.title), draft

    def compare(self, first: Side, second: Side) -> tuple[tuple[Document, Document], Alignment]:
        """Two sides aligned for the comparison view (the first is the base)."""
        a, b = self.side(first), self.side(second)
        return (a[0], b[0]), align_sides(a, b)

    # -- proposals ---------------------------------------------------------------------------
    def proposals(self) -> tuple[Proposal, ...]:
        """Every proposal that came back in Word copies, in the order they came."""
        if self._proposals is None:
            self._proposals = stored.load_proposals(self._store.db)
        return self._proposals

    def decide(self, proposal_id: int, accept: bool) -> Result:
        """Accept or reject a proposal: an accepted change becomes the clause's wording, a
        rejected added clause and an accepted removal take the clause out of the draft."""
        proposal = next((p for p in self.proposals() if p.id == proposal_id), None)
        draft = self()
        if proposal is None or draft is None:
            return DraftRefusal.UNKNOWN_CLAUSE
        status: ProposalStatus = "accepted" if accept else "rejected"
        if proposal.status == status:
            return DraftRefusal.NO_CHANGE
        steps: list[Step] = [SetProposalStatus(proposal.id, status, proposal.status)]
        clauses = draft.clauses
        if proposal.kind == "change" and accept:
            clauses = tuple(replace(c, text=proposal.text) if c.id == proposal.clause else c
                            for c in clauses)
        elif (proposal.kind == "added" and not accept) or (proposal.kind == "removed" and accept):
            clauses = normalised([c for c in clauses if c.id != proposal.clause])
        if clauses != draft.clauses:
            steps.insert(0, ReplaceDraft(replace(draft, clauses=clauses)))
        kind = EditKind.ACCEPT_PROPOSAL if accept else EditKind.REJECT_PROPOSAL
        return DraftEdit(kind, tuple(steps), proposal.author)

    def word_copy_job(self, path: Path, label: str = "", note: str = "") -> WordCopyJob:
        """The work of reading a Word copy back; its `run()` touches no database, so it can
        run off the GUI thread."""
        from app.core.draft.word_copy import WordCopyJob

        db = self._store.db
        return WordCopyJob(self.or_base(), path, self.user, stored.next_version_number(db),
                           stored.next_proposal_id(db), label, note)

    def read_word_copy(self, path: Path, label: str = "", note: str = "") -> WordCopy:
        """Read a Word-edited export (slow; no project change) into the edit that makes it
        the next version; DocumentReadError names the file and the reason."""
        return self.word_copy_job(path, label, note).run()

    def resolve(self, name: str) -> Side | None:
        """A comparison side named on the command line: "base", "previous" (the latest
        version, else the base), a version's label or number, a document's id or title."""
        base = self._alignment.base_document()
        if name == "previous":
            versions = self.versions()
            return Side.of_version(versions[-1].number) if versions else (
                Side.of_document(base) if base else None)
        if name == "base":
            return Side.of_document(base) if base else None
        version = self.find_version(name)
        if version is not None:
            return Side.of_version(version.header.number)
        for document in self._documents():
            if name in (document.id, document.title):
                return Side.of_document(document.id)
        return None

    def export_job(self, options: ExportOptions) -> ExportJob:
        """What a Word export of the draft (or the one started from the base) is made from;
        its `content()` touches no database, so the export can run off the GUI thread."""
        from app.core.draft.export_content import ExportJob, version_name

        draft = self.or_base()
        baseline = None
        against = ""
        if options.tracked_against is not None:
            baseline = self.side(options.tracked_against)
            against = baseline[0].title

        def load(number: int) -> Draft | None:
            version = self.version(number)
            return version.draft if version is not None else None

        return ExportJob(draft, self.tags(draft), self.documents_by_id(), options,
                         version_name(draft, self.versions(), load),
                         options.author or self.user, baseline, against)

    def export(self, target: Path, options: ExportOptions) -> None:
        """Write the draft (or the one started from the base) to a Word file."""
        from app.core.export.draft_docx import write

        write(self.export_job(options), target)
