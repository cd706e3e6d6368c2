"""`project.tags`: the tags of a project by clause and by code, the suggestions still waiting
for a decision, and the edits that tag, untag, accept and reject."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.changes import Changes
from app.core.documents.manager import DocumentsManager
from app.core.documents.model import ClauseId, Document, DocumentId
from app.core.edit import EditKind
from app.core.progress import CancelToken, check
from app.core.store import tags as stored
from app.core.store.connection import Store
from app.core.tagging.codebook import Codebook, CodeId, FacetId
from app.core.tagging.codebook_manager import CodebookManager
from app.core.tagging.edits import ChangeTags
from app.core.tagging.model import ClauseSuggestions, Decision, Suggestion, Tag, now

if TYPE_CHECKING:  # the suggester, the rules and the tag files load when first used
    from app.core.tagging.rules import Rules
    from app.core.tagging.tag_files import TagImport


@dataclass(frozen=True)
class SuggestionJob:
    """Suggestions to compute for documents not yet done; `run` touches no database."""

    documents: tuple[Document, ...]
    codebook: Codebook
    rules: Rules

    def run(self, cancel: CancelToken | None = None
            ) -> dict[DocumentId, tuple[ClauseSuggestions, ...]]:
        """Every document's suggestions (Cancelled between documents if the token is set)."""
        from app.core.tagging.suggest import Suggester

        suggester = Suggester(self.codebook, self.rules)
        found = {}
        for document in self.documents:
            check(cancel)
            found[document.id] = suggester.document(document)
        return found


class TagsManager:
    """Calling it returns every tag, oldest first: `project.tags()`."""

    def __init__(self, store: Store, documents: DocumentsManager,
                 codebook: CodebookManager, rules: Rules | None = None) -> None:
        self._store = store
        self._documents = documents
        self._codebook = codebook
        self._rules = rules
        self._tags: tuple[Tag, ...] | None = None
        self._by_clause: dict[ClauseId, tuple[Tag, ...]] | None = None
        self._rejected: frozenset[tuple[ClauseId, CodeId]] | None = None
        self._suggested: dict[DocumentId, tuple[ClauseSuggestions, ...]] = {}
        self._suggested_for: Codebook | None = None

    def __call__(self) -> tuple[Tag, ...]:
        if self._tags is None:
            self._tags = stored.load_tags(self._store.db)
        return self._tags

    def invalidate(self, changes: Changes) -> None:
        if changes.tags:
            self._tags = None
            self._by_clause = None
            self._rejected = None

    @property
    def rules(self) -> Rules:
        if self._rules is None:
            from app.core.tagging.rules import default_rules

            self._rules = default_rules()
        return self._rules

    # -- reading --------------------------------------------------------------------------
    def by_clause(self) -> dict[ClauseId, tuple[Tag, ...]]:
        """Clause id -> its tags (only tagged clauses are keys)."""
        if self._by_clause is None:
            grouped: dict[ClauseId, list[Tag]] = {}
            for tag in self():
                grouped.setdefault(tag.clause_id, []).append(tag)
            self._by_clause = {k: tuple(v) for k, v in grouped.items()}
        return self._by_clause

    def of(self, clause_id: ClauseId) -> tuple[Tag, ...]:
        """A clause's tags, oldest first."""
        return self.by_clause().get(clause_id, ())

    def codes_of(self, clause_id: ClauseId, facet: FacetId | None = None) -> tuple[CodeId, ...]:
        """The codes on a clause (of one facet if given), in codebook order."""
        book = self._codebook()
        on = {t.code_id for t in self.of(clause_id)}
        return tuple(c.id for c in book.codes if c.id in on and (facet is None or c.facet == facet))

    def clauses_with(self, code_id: CodeId, descendants: bool = True) -> frozenset[ClauseId]:
        """Clauses tagged with the code (or, by default, any code below it)."""
        wanted = {code_id, *(self._codebook().descendants(code_id) if descendants else ())}
        return frozenset(t.clause_id for t in self() if t.code_id in wanted)

    def count(self, code_id: CodeId) -> int:
        """How many tags a code has."""
        return sum(1 for t in self() if t.code_id == code_id)

    def rejected(self) -> frozenset[tuple[ClauseId, CodeId]]:
        """(clause, code) pairs whose suggestion a person rejected."""
        if self._rejected is None:
            self._rejected = frozenset(d.key for d in stored.load_decisions(self._store.db))
        return self._rejected

    # -- suggestions ----------------------------------------------------------------------
    def _fresh(self) -> None:
        book = self._codebook()
        if self._suggested_for is not book:
            self._suggested = {}
            self._suggested_for = book

    def suggestion_job(self) -> SuggestionJob | None:
        """The documents whose suggestions are not known yet, or None if all are."""
        self._fresh()
        missing = tuple(d for d in self._documents() if d.id not in self._suggested)
        return SuggestionJob(missing, self._codebook(), self.rules) if missing else None

    def accept_job(self, job: SuggestionJob,
                   result: dict[DocumentId, tuple[ClauseSuggestions, ...]]) -> bool:
        """Keep a job's result if the codebook is still the one it used."""
        self._fresh()
        if job.codebook is not self._suggested_for:
            return False
        self._suggested.update(result)
        return True

    def suggestions(self, document_id: DocumentId) -> tuple[ClauseSuggestions, ...]:
        """Everything the rules say about a document's clauses (computed here if needed)."""
        self._fresh()
        if document_id not in self._suggested:
            job = SuggestionJob((self._documents.get(document_id),), self._codebook(),
                                self.rules)
            self.accept_job(job, job.run())
        return self._suggested[document_id]

    def known_suggestions(self, document_id: DocumentId) -> tuple[ClauseSuggestions, ...] | None:
        """The document's suggestions if they were computed, else None (no work done)."""
        self._fresh()
        return self._suggested.get(document_id)

    def pending(self, suggestions: Iterable[Suggestion]) -> tuple[Suggestion, ...]:
        """Those not yet decided: not already a tag, not rejected, of a code still there."""
        tagged = {t.key for t in self()}
        rejected = self.rejected()
        book = self._codebook()
        return tuple(s for s in suggestions if s.key not in tagged and s.key not in rejected
                     and s.code_id in book)

    def pending_for(self, document_id: DocumentId) -> tuple[Suggestion, ...]:
        return self.pending(s for c in self.suggestions(document_id) for s in c.suggestions)

    # -- edits ----------------------------------------------------------------------------
    def _name(self, code_id: CodeId) -> str:
        found = self._codebook().get(code_id)
        return found.name if found else code_id

    def tag(self, clause_ids: Iterable[ClauseId], code_id: CodeId, member: str) -> ChangeTags:
        """Put a code on clauses (those that have it already are left as they are)."""
        stamp = now()
        add = tuple(Tag(c, code_id, member, stamp) for c in dict.fromkeys(clause_ids)
                    if (c, code_id) not in {t.key for t in self.of(c)})
        return ChangeTags(EditKind.TAG, self._name(code_id), add=add)

    def untag(self, clause_ids: Iterable[ClauseId], code_id: CodeId) -> ChangeTags:
        remove = tuple((c, code_id) for c in dict.fromkeys(clause_ids)
                       if any(t.code_id == code_id for t in self.of(c)))
        return ChangeTags(EditKind.UNTAG, self._name(code_id), remove=remove)

    def toggle(self, clause_ids: Iterable[ClauseId], code_id: CodeId, member: str
               ) -> ChangeTags:
        """Untag if every clause has the code already, else tag the ones without it."""
        clauses = list(dict.fromkeys(clause_ids))
        if clauses and all(any(t.code_id == code_id for t in self.of(c)) for c in clauses):
            return self.untag(clauses, code_id)
        return self.tag(clauses, code_id, member)

    def accept(self, suggestions: Iterable[Suggestion], member: str) -> ChangeTags:
        """Turn suggestions into tags set by `member`, each naming its rule."""
        stamp = now()
        chosen = {s.key: s for s in self.pending(suggestions)}
        add = tuple(Tag(s.clause_id, s.code_id, member, stamp, s.rule) for s in chosen.values())
        return ChangeTags(EditKind.ACCEPT_SUGGESTIONS, str(len(add)), add=add)

    def reject(self, suggestions: Iterable[Suggestion], member: str) -> ChangeTags:
        """Record suggestions as rejected: they are not offered again for those clauses."""
        stamp = now()
        chosen = {s.key: s for s in self.pending(suggestions)}
        reject = tuple(Decision(s.clause_id, s.code_id, s.rule, member, stamp)
                       for s in chosen.values())
        return ChangeTags(EditKind.REJECT_SUGGESTIONS, str(len(reject)), reject=reject)

    # -- files ----------------------------------------------------------------------------
    def export_file(self, path: Path) -> int:
        """Write every tag of a clause in the project to CSV or XLSX; returns how many."""
        from app.core.tagging.tag_files import tag_rows, write_tags

        return write_tags(path, tag_rows(self(), self._documents(), self._codebook()))

    def import_file(self, path: Path, member: str = "") -> TagImport:
        """Read a tag file into the edit that adds its tags (see tag_files.import_tags)."""
        clause_ids = {c.id for d in self._documents() for c in d.clauses}
        from app.core.tagging.tag_files import import_tags

        return import_tags(path, clause_ids, self._codebook(), member)
