"""`project.alignment`: the current alignment of a project, computed off the caller's thread
when asked, and the corrections a user makes to it (links, unlinks, pinned rows, the base)."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from app.core.alignment.edits import ForgetLinks, ManualLinks
from app.core.alignment.model import ALIGNER_VERSION, AlignedRow, Alignment, ManualLink
from app.core.changes import Changes
from app.core.documents.manager import DocumentsManager
from app.core.documents.model import Clause, ClauseId, Document, DocumentId
from app.core.edit import EditKind
from app.core.progress import CancelToken, Progress
from app.core.settings import SetSetting
from app.core.store import alignment_rows
from app.core.store import features as stored_features
from app.core.store import links as stored_links
from app.core.store.connection import Store
from app.core.store.features import StoredFeatures
from app.core.store.settings import read_setting

if TYPE_CHECKING:  # numpy, scipy and the stemmer load only when an alignment is computed
    import numpy as np

    from app.core.alignment.aligner import AlignmentMemo
    from app.core.alignment.similarity import FeatureCache

_RECENT = 8  # alignments kept in memory, so undo and redo of a link are instant
# Below this many clauses a realignment from scratch takes well under the 0.3 s a link may
# take, so nothing is prepared in advance (numpy and scipy then load only when needed).
WARM_UP_CLAUSES = 1500


class LinkRefusal(Enum):
    """Why a link or unlink of the selected cells cannot be made."""

    NEED_TWO_DOCUMENTS = "need_two_documents"  # one clause in each of two documents
    ALREADY_TOGETHER = "already_together"  # the two are in one row already
    NEED_OTHER_DOCUMENT = "need_other_document"  # unlink: select the clause that does not belong
    NO_BASE_CLAUSE = "no_base_clause"  # unlink: the row has nothing in the base document
    NOTHING_STORED = "nothing_stored"  # forget: no link or unlink involves the clauses


Cell = tuple[int, int]  # (row index, document index) in an Alignment


def _place(alignment: Alignment, clause: ClauseId) -> Cell:
    """The cell a clause of the alignment stands in (KeyError if it is in none)."""
    row = alignment.row_of(clause)
    if row is None:
        raise KeyError(clause)
    return row, next(d for d, cell in enumerate(alignment.rows[row].cells) if clause in cell)


@dataclass(frozen=True)
class AlignmentJob:
    """What one alignment is computed from. `run` touches no database, so it can run off the
    GUI thread; one job runs at a time (they share the feature cache and the memo).

    `stored` carries the features the project file holds (the first job after opening
    adopts them, so nothing is tokenised again); `run` leaves in `fresh` the features of
    clauses the file does not hold yet, for `accept` to store."""

    documents: tuple[Document, ...]
    base: int
    links: tuple[ManualLink, ...]
    key: str
    cache: FeatureCache
    lock: threading.Lock
    memo: AlignmentMemo
    stored: StoredFeatures | None = None
    stored_clauses: frozenset[ClauseId] = frozenset()
    stored_names: int = 0
    fresh: FreshFeatures = field(default_factory=lambda: FreshFeatures([], []))

    def run(self, progress: Progress | None = None, cancel: CancelToken | None = None
            ) -> Alignment:
        """The alignment (Cancelled if the token is set on the way)."""
        from app.core.alignment.aligner import align

        with self.lock:
            # Stored columns mean the same as the cache's only if it took the file's
            # vocabulary before anything else (the first job after opening does).
            consistent = self.stored is None or self.cache.adopt(self.stored.names)
            if self.stored is not None and consistent:
                for document in self.documents:
                    for clause in document.clauses:
                        found = self.stored.clauses.get(clause.id)
                        if found is not None:
                            self.cache.preload(clause, *found)
            alignment = align(self.documents, base=self.base, links=self.links,
                              progress=progress, cancel=cancel, cache=self.cache,
                              memo=self.memo)
            if consistent:
                self.fresh.names[:] = self.cache.names_since(self.stored_names)
                self.fresh.clauses[:] = [
                    (c.id, *self.cache.encoded(c)) for d in self.documents for c in d.clauses
                    if c.id not in self.stored_clauses]
            return alignment


@dataclass(frozen=True, slots=True)
class FreshFeatures:
    """Vocabulary names and clause features an alignment made that the file lacks."""

    names: list[str]
    clauses: list[tuple[ClauseId, np.ndarray, np.ndarray]]


class AlignmentManager:
    """Calling it returns the current alignment, computing it here if needed:
    `project.alignment()`. Views use `current()` and run `job()` in a worker instead."""

    def __init__(self, store: Store, documents: DocumentsManager) -> None:
        self._store = store
        self._documents = documents
        self._features: FeatureCache | None = None
        self._memo: AlignmentMemo | None = None
        self._feature_version = ""
        self._lock = threading.Lock()
        self._stored_loaded = False
        self._stored_clauses: frozenset[ClauseId] | None = None
        self._stored_names = 0
        self._recent: OrderedDict[str, Alignment] = OrderedDict()
        self._key: str | None = None
        self._links: tuple[ManualLink, ...] | None = None

    def __call__(self) -> Alignment:
        found = self.current()
        if found is not None:
            return found
        job = self.job()
        alignment = job.run()
        self.accept(job, alignment)
        return alignment

    def invalidate(self, changes: Changes) -> None:
        if changes.any("documents", "alignment", "links", "settings"):
            self._key = None
            self._links = None
        if changes.any("documents"):
            self._stored_clauses = None  # removed documents took their features along

    # -- reading --------------------------------------------------------------------------
    def base_document(self) -> DocumentId | None:
        """The base of the comparison: the chosen one, else the first draft, else the first."""
        documents = self._documents()
        chosen = read_setting(self._store.db, "base")
        if chosen and any(d.id == chosen for d in documents):
            return DocumentId(chosen)
        draft = next((d for d in documents if d.meta.kind == "draft"), None)
        first = draft or (documents[0] if documents else None)
        return first.id if first else None

    def base_index(self) -> int:
        """The base document's position among the documents (0 without documents)."""
        base = self.base_document()
        return next((i for i, d in enumerate(self._documents()) if d.id == base), 0)

    def manual_links(self) -> tuple[ManualLink, ...]:
        """The user's links and unlinks, oldest first."""
        if self._links is None:
            self._links = stored_links.all_links(self._store.db)
        return self._links

    def current_key(self) -> str:
        """What an alignment of the project as it stands is computed from."""
        if self._key is None:
            self._key = json.dumps([ALIGNER_VERSION, [d.id for d in self._documents()],
                                    self.base_index(),
                                    [[k.kind, k.a, k.b] for k in self.manual_links()]])
        return self._key

    def current(self) -> Alignment | None:
        """The alignment of the project as it stands if it is known (in memory or stored),
        else None: then `job()` computes it."""
        key = self.current_key()
        found = self._recent.get(key)
        if found is not None:
            self._recent.move_to_end(key)
            return found
        if not self._documents():  # nothing to align: no job (and no numpy) for it
            alignment = Alignment((), 0, ())
            self._remember(key, alignment)
            return alignment
        rows = alignment_rows.load_rows(self._store.db, key)
        if rows is None:
            return None
        alignment = Alignment(tuple(d.id for d in self._documents()), self.base_index(), rows)
        self._remember(key, alignment)
        return alignment

    def job(self) -> AlignmentJob:
        """The work of aligning the project as it stands."""
        if self._features is None or self._memo is None:
            from app.core.alignment.aligner import AlignmentMemo
            from app.core.alignment.similarity import FeatureCache, feature_version

            self._features = FeatureCache()
            self._memo = AlignmentMemo()
            self._feature_version = feature_version(self._features.synonyms)
        stored = None
        if not self._stored_loaded:
            stored = stored_features.load_features(self._store.db, self._feature_version)
            self._stored_loaded = True
            self._stored_clauses = frozenset(stored.clauses)
            self._stored_names = len(stored.names)
        if self._stored_clauses is None:
            self._stored_clauses = stored_features.stored_clause_ids(self._store.db)
        return AlignmentJob(self._documents(), self.base_index(), self.manual_links(),
                            self.current_key(), self._features, self._lock, self._memo,
                            stored, self._stored_clauses, self._stored_names)

    def warm_up(self, min_clauses: int = WARM_UP_CLAUSES) -> AlignmentJob | None:
        """A job that prepares what the next realignment reuses (features, vectors, each
        document's pairing) when the alignment shown came from the file, so that the first
        link after opening realigns only the document it touches. Run it in a worker and
        drop its result; None when there is nothing to prepare or the project has fewer than
        `min_clauses` clauses (then realigning from scratch is quick anyway)."""
        if (self._memo is not None and self._memo.vectors is not None) \
                or self.current() is None:
            return None
        if sum(len(d.clauses) for d in self._documents()) < min_clauses:
            return None  # realigning from scratch is quick: spare start-up the memory
        return self.job()

    def accept(self, job: AlignmentJob, alignment: Alignment) -> bool:
        """Keep a job's result if the project has not changed since the job was made (and
        store it, so the next open needs no alignment). False for an outdated result."""
        if job.key != self.current_key():
            return False
        self._remember(job.key, alignment)
        if not self._store.read_only:
            with self._store.transaction() as db:
                alignment_rows.store_rows(db, alignment.rows, job.key)
                if job.fresh.names or job.fresh.clauses:
                    stored_features.store_features(db, self._feature_version, job.stored_names,
                                                   job.fresh.names, job.fresh.clauses)
            if job.stored_names == self._stored_names:
                self._stored_names += len(job.fresh.names)
                self._stored_clauses = None
        return True

    def _remember(self, key: str, alignment: Alignment) -> None:
        self._recent[key] = alignment
        self._recent.move_to_end(key)
        while len(self._recent) > _RECENT:
            self._recent.popitem(last=False)

    def partners(self, alignment: Alignment, clause_id: ClauseId
                 ) -> list[tuple[Document, Clause]]:
        """The first clause of every other document in the clause's row."""
        row_index = alignment.row_of(clause_id)
        if row_index is None:
            return []
        documents = {d.id: d for d in self._documents()}
        result = []
        for document_id, cell in zip(alignment.document_ids, alignment.rows[row_index].cells,
                                     strict=True):
            document = documents.get(document_id)
            if cell and clause_id not in cell and document is not None:
                result.append((document, document.clause(cell[0])))
        return result

    # -- edits ----------------------------------------------------------------------------
    def set_base(self, document: DocumentId) -> SetSetting:
        title = self._documents.get(document).title
        return SetSetting("base", str(document), EditKind.SET_BASE, title,
                          Changes(settings=True, alignment=True))

    def link(self, a: ClauseId, b: ClauseId) -> ManualLinks:
        return ManualLinks((ManualLink("link", a, b),), EditKind.LINK)

    def unlink(self, a: ClauseId, b: ClauseId) -> ManualLinks:
        return ManualLinks((ManualLink("unlink", a, b),), EditKind.UNLINK)

    def link_cells(self, alignment: Alignment, first: Cell, second: Cell
                   ) -> ManualLinks | LinkRefusal:
        """Put the first clauses of two cells (of two documents) in one row: the base's clause
        (if one of them is in the base) is the anchor the other is linked to."""
        (row_a, doc_a), (row_b, doc_b) = first, second
        cell_a, cell_b = alignment.rows[row_a].cells[doc_a], alignment.rows[row_b].cells[doc_b]
        if not cell_a or not cell_b:
            return LinkRefusal.NEED_TWO_DOCUMENTS
        return self.link_clauses(alignment, (cell_a[0], cell_b[0]))

    def link_clauses(self, alignment: Alignment, clauses: Sequence[ClauseId]
                     ) -> ManualLinks | LinkRefusal:
        """Put two or more clauses of the alignment in one row: the first of them in the
        base document (else the first given) is the anchor each other one is linked to.

        Clauses of the anchor's own document are left out (NEED_TWO_DOCUMENTS when nothing
        else is left), and so are those already in the anchor's row (ALREADY_TOGETHER when
        all are)."""
        places = {c: _place(alignment, c) for c in clauses}
        anchor = next((c for c in clauses if places[c][1] == alignment.base), clauses[0])
        row, document = places[anchor]
        others = [c for c in dict.fromkeys(clauses) if places[c][1] != document]
        if not others:
            return LinkRefusal.NEED_TWO_DOCUMENTS
        apart = [c for c in others if places[c][0] != row]
        if not apart:
            return LinkRefusal.ALREADY_TOGETHER
        return ManualLinks(tuple(ManualLink("link", anchor, c) for c in apart), EditKind.LINK)

    def unlink_cells(self, alignment: Alignment, cells: list[Cell]) -> ManualLinks | LinkRefusal:
        """Separate the first selected non-base clause from its row's base clause."""
        targets = [(r, d) for r, d in cells
                   if d != alignment.base and alignment.rows[r].cells[d]]
        if not targets:
            return LinkRefusal.NEED_OTHER_DOCUMENT
        row, document = targets[0]
        return self.unlink_clause(alignment, alignment.rows[row].cells[document][0])

    def unlink_clause(self, alignment: Alignment, clause: ClauseId) -> ManualLinks | LinkRefusal:
        """Separate a clause of another document than the base from its row's base clause."""
        row, document = _place(alignment, clause)
        if document == alignment.base:
            return LinkRefusal.NEED_OTHER_DOCUMENT
        base_cell = alignment.rows[row].cells[alignment.base]
        if not base_cell:
            return LinkRefusal.NO_BASE_CLAUSE
        return self.unlink(base_cell[0], clause)

    def forget(self, clauses: Sequence[ClauseId]) -> ForgetLinks | LinkRefusal:
        """Give clauses back to the automatic pairing: an edit that drops every stored link
        and unlink with any of them on either side (NOTHING_STORED when there is none)."""
        wanted = set(clauses)
        if not any(k.a in wanted or k.b in wanted for k in self.manual_links()):
            return LinkRefusal.NOTHING_STORED
        return ForgetLinks(tuple(dict.fromkeys(clauses)))

    def pin_row(self, alignment: Alignment, row: AlignedRow) -> ManualLinks | None:
        """Keep a row as it stands through every realignment: link its clauses by hand.

        The row's base clause (or, without one, its first clause) is linked to each other
        document's clauses in the row. None when the row has fewer than two clauses."""
        cells = list(row.cells)
        order = [alignment.base] + [d for d in range(len(cells)) if d != alignment.base]
        clauses = [c for d in order for c in cells[d]]
        anchor_document = next((d for d in order if cells[d]), None)
        if anchor_document is None or len(clauses) < 2:
            return None
        anchor = cells[anchor_document][0]
        links = tuple(ManualLink("link", anchor, c) for d in order if d != anchor_document
                      for c in cells[d])
        return ManualLinks(links, EditKind.PIN_ROW) if links else None
