"""`project.coverage`: the coverage matrix, age bands and obligations without an owner of the
documents the comparison shows, and their export; cached until tags, codebook, documents or
settings change."""

from __future__ import annotations

from pathlib import Path

from app.core.alignment.manager import AlignmentManager
from app.core.changes import Changes
from app.core.coverage.ages import AgeBandRow, age_bands
from app.core.coverage.matrix import VIEWS, CoverageMatrix, Overlap, coverage_matrix, find_overlaps
from app.core.coverage.obligations import Unowned, unowned_obligations
from app.core.decisions.manager import DecisionsManager
from app.core.documents.manager import DocumentsManager
from app.core.documents.model import ClauseId, Document
from app.core.tagging.clause_facts import StrengthFinder
from app.core.tagging.codebook import CodeId, FacetId
from app.core.tagging.codebook_manager import CodebookManager
from app.core.tagging.manager import TagsManager


class CoverageManager:
    """What the group's tags say about coverage; every answer is over `documents()`."""

    def __init__(self, documents: DocumentsManager, alignment: AlignmentManager,
                 codebook: CodebookManager, tags: TagsManager,
                 decisions: DecisionsManager) -> None:
        self._documents = documents
        self._alignment = alignment
        self._codebook = codebook
        self._tags = tags
        self._decisions = decisions
        self._cache: dict[object, object] = {}

    def invalidate(self, changes: Changes) -> None:
        if changes.any("tags", "codebook", "documents", "settings"):
            self._cache.clear()

    def documents(self) -> tuple[tuple[Document, ...], int]:
        """The documents the comparison shows (the base always) and the base's index."""
        hidden = self._documents.hidden()
        base = self._alignment.base_document()
        shown = tuple(d for d in self._documents() if d.id not in hidden or d.id == base)
        index = next((i for i, d in enumerate(shown) if d.id == base), 0)
        return shown, index

    def codes(self) -> dict[ClauseId, tuple[CodeId, ...]]:
        """Clause id -> the codes on it."""
        return {c: tuple(t.code_id for t in tags) for c, tags in self._tags.by_clause().items()}

    def matrix(self, rows: FacetId = "malgrupp", cols: FacetId = "part") -> CoverageMatrix:
        """The matrix of two different facets (ValueError for one facet twice)."""
        key = ("matrix", rows, cols)
        found = self._cache.get(key)
        if not isinstance(found, CoverageMatrix):
            documents, base = self.documents()
            found = coverage_matrix(documents, base, self._codebook(), self.codes(), rows, cols)
            self._cache[key] = found
        return found

    def overlaps(self) -> tuple[Overlap, ...]:
        documents, _ = self.documents()
        return find_overlaps(documents, self._codebook(), self.codes())

    def ages(self) -> tuple[AgeBandRow, ...]:
        """Target groups' age ranges as each document states them."""
        found = self._cache.get("ages")
        if not isinstance(found, tuple):
            documents, base = self.documents()
            found = age_bands(documents, base, self._codebook(), self._tags.rules, self.codes())
            self._cache["ages"] = found
        return found

    def unowned(self) -> tuple[Unowned, ...]:
        """Clauses with "ska" and no party tag, in document order."""
        found = self._cache.get("unowned")
        if not isinstance(found, tuple):
            documents, _ = self.documents()
            found = unowned_obligations(documents, self._codebook(), self.codes(),
                                        StrengthFinder(self._tags.rules))
            self._cache["unowned"] = found
        return found

    def export(self, path: Path, rows: FacetId = "malgrupp", cols: FacetId = "part"
               ) -> tuple[Path, ...]:
        """Write the matrices, gaps, age bands, unowned obligations, tags and decisions to an
        XLSX workbook (a sheet each) or to CSV files (`path` and siblings); returns the files
        written. TagFileError for another suffix or a write error."""
        from app.core.coverage.export import CoverageReport, write_report

        documents, _ = self.documents()
        views = [(rows, cols), *((r, c) for r, c in VIEWS if (r, c) != (rows, cols))]
        report = CoverageReport(
            documents=documents, codebook=self._codebook(),
            matrices=tuple(self.matrix(r, c) for r, c in views), ages=self.ages(),
            unowned=self.unowned(), tags=self._tags(), decisions=self._decisions(),
            all_documents=self._documents())
        return write_report(path, report)

