"""The Word copy coming back: a member edited the exported draft in Word; importing it makes it
a new version. Its clauses are aligned to the draft's, so kept and edited clauses keep their
id (their tags and provenance); new clauses arrive untagged and marked; reviewers' tracked
changes and comments become proposals on their clause, decided clause by clause."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import count
from pathlib import Path

from app.core.documents.model import Clause, ClauseId, Document
from app.core.draft.assembly import clean_text, written_id
from app.core.draft.edits import AddProposals, AddVersion, DraftEdit, ReplaceDraft
from app.core.draft.model import (
    MAX_LEVEL,
    Draft,
    DraftClause,
    DraftClauseId,
    DraftKind,
    Proposal,
    Revision,
    Version,
    VersionHeader,
)
from app.core.draft.numbering import normalised
from app.core.draft.versions import as_document, draft_clause_of, local_now
from app.core.edit import EditKind
from app.core.export.draft_template import GENERATED_STYLES, REVISION_AUTHOR_PROPERTY
from app.core.export.draft_words import COMMENT_AUTHOR
from app.core.importing.segmentation import normalise_space


@dataclass(frozen=True)
class WordCopy:
    """What importing a Word copy does (`edit`), and what it found."""

    path: Path
    edit: DraftEdit
    draft: Draft  # the draft as the Word copy has it (open proposals not yet taken)
    kept: int  # clauses with the draft's wording
    edited: int  # clauses whose wording changed (edits made without tracking)
    added: int  # clauses the draft did not have
    removed: int  # draft clauses the copy no longer has
    proposals: tuple[Proposal, ...] = field(default=())


@dataclass(frozen=True)
class WordCopyJob:
    """What reading a Word copy back needs from the project; `run()` touches no database."""

    draft: Draft
    path: Path
    user: str
    version_number: int
    first_proposal: int
    label: str = ""
    note: str = ""

    def run(self) -> WordCopy:
        return read_word_copy(self.draft, self.path, self.user, self.version_number,
                              self.first_proposal, self.label, self.note)


def draft_clauses_of(document: Document) -> tuple[Clause, ...]:
    """A re-imported export's own clauses: without title page, contents and appendix."""
    return tuple(c for c in document.clauses
                 if not (c.style and c.style.casefold() in GENERATED_STYLES))


def reviewer_revisions(clause: Clause, ours: str, skip: frozenset[int] = frozenset()
                       ) -> tuple[Revision, ...]:
    """The tracked changes on a clause not made by the export itself (author `ours`), but for
    the revisions at the indexes in `skip`."""
    return tuple(Revision(r.kind, r.text, r.author, r.date)
                 for n, r in enumerate(clause.revisions) if r.author != ours and n not in skip)


def rejected_text(clause: Clause, ours: str, skip: frozenset[int] = frozenset()) -> str:
    """The clause's text with the reviewers' tracked changes undone (the export's own, by
    `ours`, stay); `skip` holds indexes of revisions to leave as they are."""
    theirs = [(n, r) for n, r in enumerate(clause.revisions) if r.author != ours and n not in skip]
    text = clause.text
    for _, revision in sorted(theirs, key=lambda item: (-item[1].span.start,
                                                         item[1].kind != "insertion")):
        start, end = revision.span.start, revision.span.end
        if revision.kind == "insertion":
            text = text[:start] + text[end:]
        else:
            text = f"{text[:start]} {revision.text} {text[start:]}"
    return normalise_space(text)


def revision_author(data: bytes, path: Path) -> str:
    """The author the export wrote its own tracked changes under (a custom property)."""
    from app.core.importing.containers import Package

    root = Package(data, path).xml_if_present("docProps/custom.xml")
    if root is None:
        return ""
    for prop in root:
        if prop.get("name") == REVISION_AUTHOR_PROPERTY:
            return "".join(str(t) for t in prop.itertext()).strip()
    return ""


def _shape(clause: Clause) -> tuple[DraftKind, int, bool]:
    """Kind, level and numbering of an imported clause in the draft's terms."""
    if clause.kind == "heading":
        return "heading", min(max(clause.level, 1), MAX_LEVEL), False
    if clause.kind == "list_item":
        return "list_item", min(max(clause.level, 1), MAX_LEVEL), clause.number is not None
    return "paragraph", 0, False


def _deleted_paragraphs(clauses: tuple[Clause, ...], draft: Draft, ours: str
                        ) -> dict[ClauseId, list[tuple[int, DraftClause]]]:
    """Whole draft clauses a reviewer deleted as tracked changes. Word joins a deleted
    paragraph to the next one, so they show as a deletion of exactly that clause's text at the
    start of the next: per imported clause, (revision index, the deleted draft clause)."""
    by_text: dict[str, DraftClause] = {}
    for clause in draft.clauses:
        by_text.setdefault(normalise_space(clause.text), clause)
    found: dict[ClauseId, list[tuple[int, DraftClause]]] = {}
    for imported in clauses:
        for index, revision in enumerate(imported.revisions):
            gone = by_text.get(normalise_space(revision.text))
            if revision.kind == "deletion" and revision.author != ours \
                    and revision.span.start == 0 and gone is not None:
                found.setdefault(imported.id, []).append((index, gone))
    return found


def read_word_copy(draft: Draft, path: Path, user: str, version_number: int,
                   first_proposal: int, label: str = "", note: str = "") -> WordCopy:
    """Read a Word copy of `draft` into the edit that makes it the next version (slow; no
    project change). DocumentReadError names the file and the reason."""
    from app.core.alignment.aligner import align
    from app.core.importing import import_bytes, read_bytes

    data = read_bytes(path)
    imported = import_bytes(data, path)
    ours = revision_author(data, path)
    clauses = draft_clauses_of(imported)
    title = next((c.text for c in imported.clauses if (c.style or "").casefold() == "title"),
                 draft.info.title)
    deleted = _deleted_paragraphs(clauses, draft, ours)
    skips = {c.id: frozenset(i for i, _ in deleted.get(c.id, ())) for c in clauses}
    texts = {c.id: rejected_text(c, ours, skips[c.id]) for c in clauses}
    # Aligned on the wording as exported (reviewers' tracked changes undone).
    word = replace(imported, clauses=tuple(replace(c, text=texts[c.id]) for c in clauses))
    current = as_document(draft, "draft", draft.info.title)
    alignment = align([current, word], base=0)
    partner: dict[ClauseId, DraftClauseId] = {}
    for row in alignment.rows:
        for draft_key, word_id in zip(row.cells[0], row.cells[1], strict=False):
            partner[word_id] = draft_clause_of(draft_key)
    by_id = {c.id: c for c in draft.clauses}
    numbers = count(first_proposal)
    proposals: list[Proposal] = []
    new: list[DraftClause] = []
    taken: set[DraftClauseId] = set()
    kept = edited = added = 0
    for clause in clauses:
        for index, gone in deleted.get(clause.id, ()):
            if gone.id not in taken and gone.id not in partner.values():
                revision = clause.revisions[index]
                new.append(gone)
                taken.add(gone.id)
                proposals.append(Proposal(next(numbers), gone.id, "removed", revision.author,
                                          revision.date, gone.text))
        kind, level, numbered = _shape(clause)
        text = clean_text(kind, texts[clause.id]) or texts[clause.id]
        before = by_id.get(partner.get(clause.id, DraftClauseId("")))
        if before is not None and before.id not in taken:
            item = replace(before, kind=kind, level=level, numbered=numbered, text=text)
            if text == before.text:
                kept += 1
            else:
                edited += 1
        else:
            item = DraftClause(id=written_id(), kind=kind, level=level, text=text,
                               numbered=numbered)
            added += 1
            proposals.append(Proposal(next(numbers), item.id, "added", "", None, item.text))
        taken.add(item.id)
        new.append(item)
        theirs = reviewer_revisions(clause, ours, skips[clause.id])
        accepted = clean_text(kind, clause.text)
        if theirs and accepted != item.text:
            proposals.append(Proposal(next(numbers), item.id, "change", theirs[0].author,
                                      theirs[0].date, accepted, revisions=theirs))
        proposals += [Proposal(next(numbers), item.id, "comment", n.author, n.date, n.text)
                      for n in clause.comments if n.author != COMMENT_AUTHOR and n.text]
    result = Draft(replace(draft.info, title=title), normalised(new))
    removed = len(draft.ids() - result.ids())
    header = VersionHeader(version_number, label or f"Word-kopia {path.name}", local_now(),
                           user, note)
    proposals = [replace(p, version=version_number) for p in proposals]
    edit = DraftEdit(EditKind.IMPORT_WORD_COPY, (
        ReplaceDraft(result), AddVersion(Version(header, result)), AddProposals(tuple(proposals))),
        path.name)
    return WordCopy(path, edit, result, kept, edited, added, removed, tuple(proposals))
