"""Align 2-20 documents clause by clause against a base: rows, statuses, manual links."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.core.alignment.evidence import Evidence, Headings, body_indices, gather, heading_pairs
from app.core.alignment.model import AlignedRow, Alignment, ManualLink, RowStatus
from app.core.alignment.pairing import Pairing, pair_documents
from app.core.alignment.similarity import FeatureCache, Vectors
from app.core.documents.model import Clause, ClauseId, Document
from app.core.progress import CancelToken, Progress, check

_MEMO_PAIRINGS = 64  # pairings kept for reuse (undo and redo of links find theirs)
ADDED_THRESHOLD = 0.45  # clauses missing from the base pair up among the other documents


def _forced_links(links: Sequence[ManualLink], where: dict[ClauseId, tuple[int, int]],
                  base: int, kind: str) -> dict[int, list[tuple[int, int]]]:
    """Per document: (base index, other index) pairs of links or unlinks with the base."""
    found: dict[int, list[tuple[int, int]]] = {}
    for link in links:
        if link.kind != kind or link.a not in where or link.b not in where:
            continue
        (doc_a, index_a), (doc_b, index_b) = where[link.a], where[link.b]
        if doc_b == base and doc_a != base:
            (doc_a, index_a), (doc_b, index_b) = (doc_b, index_b), (doc_a, index_a)
        if doc_a == base and doc_b != base:
            found.setdefault(doc_b, []).append((index_a, index_b))
    return found


def _title_index(clauses: Sequence[Clause]) -> int | None:
    """The document's title: an unnumbered first heading above every other heading."""
    if not clauses or clauses[0].kind != "heading" or clauses[0].number is not None:
        return None
    level = clauses[0].level
    return 0 if all(c.level > level for c in clauses[1:] if c.kind == "heading") else None


class AlignmentMemo:
    """The vectors and per-document pairings of the last alignments, reused while the
    documents stay the same: a link or unlink then repairs only the document it touches."""

    def __init__(self) -> None:
        self._documents: tuple[tuple[str, int], ...] = ()
        self.vectors: Vectors | None = None
        self.pairings: dict[tuple[object, ...], Pairing] = {}
        self.evidence: dict[tuple[int, int], tuple[Evidence, Headings]] = {}

    def remember(self, key: tuple[object, ...], pairing: Pairing) -> None:
        if len(self.pairings) >= _MEMO_PAIRINGS:
            self.pairings.pop(next(iter(self.pairings)))
        self.pairings[key] = pairing

    def vectors_for(self, documents: Sequence[Document], clauses: list[list[Clause]],
                    cache: FeatureCache) -> Vectors:
        key = tuple((d.id, len(d.clauses)) for d in documents)
        if key != self._documents or self.vectors is None:
            self._documents, self.pairings, self.evidence = key, {}, {}
            self.vectors = Vectors(clauses, cache)
        return self.vectors


def align(
    documents: Sequence[Document],
    base: int = 0,
    links: Sequence[ManualLink] = (),
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    cache: FeatureCache | None = None,
    memo: AlignmentMemo | None = None,
) -> Alignment:
    """Rows of aligned clauses: each other document is aligned against the base (pivot)."""
    if not documents:
        return Alignment(document_ids=(), base=0, rows=())
    base = min(max(base, 0), len(documents) - 1)
    clauses = [list(d.clauses) for d in documents]
    memo = memo or AlignmentMemo()
    vectors = memo.vectors_for(documents, clauses, cache or FeatureCache())
    where = {c.id: (d, i) for d, cs in enumerate(clauses) for i, c in enumerate(cs)}
    forced = _forced_links(links, where, base, "link")
    forbidden = _forced_links(links, where, base, "unlink")
    pairings: dict[int, Pairing] = {}
    others = [d for d in range(len(documents)) if d != base]
    base_title = _title_index(clauses[base])
    base_body = body_indices(clauses[base])
    for done, d in enumerate(others):
        check(cancel)
        # The two titles are an anchor, however differently they are worded.
        title = _title_index(clauses[d])
        anchors = [(base_title, title)] if base_title is not None and title is not None else []
        key = (base, d, tuple(forced.get(d, ())), tuple(forbidden.get(d, ())))
        found = memo.pairings.get(key)
        if found is None:
            evidence = memo.evidence.get((base, d))
            if evidence is None:
                evidence = memo.evidence[(base, d)] = (
                    gather(vectors, base, d, clauses[base], clauses[d]),
                    heading_pairs(vectors, base, d, clauses[base], clauses[d]))
            found = pair_documents(*evidence, base_body, forced.get(d, ()),
                                   forbidden.get(d, ()), anchors)
            memo.remember(key, found)
        pairings[d] = found
        if progress is not None:
            progress(done + 1, len(others))
    rows = _assemble(clauses, base, pairings, vectors)
    rows = _apply_free_links(rows, links, where, base)
    return Alignment(
        document_ids=tuple(d.id for d in documents),
        base=base,
        rows=tuple(_finish(row, clauses, base, pairings) for row in rows),
    )


@dataclass(slots=True)
class _Row:
    cells: list[list[int]]
    base_index: int | None = None
    pinned: bool = False


def _assemble(clauses: list[list[Clause]], base: int, pairings: dict[int, Pairing],
              vectors: Vectors) -> list[_Row]:
    count = len(clauses)
    anchor_rows: dict[int, _Row] = {}
    rows_in_order: list[_Row] = []
    # A merged base clause shares its owner's row, wherever the owner stands: a row before
    # it (the row exists) or after it (the row opens here and the owner joins it).
    waiting: dict[int, _Row] = {}
    owners: dict[int, int] = {}  # merged base clause -> its owner (the first pairing's say)
    for pairing in pairings.values():
        for merged, into in pairing.merged_into.items():
            owners.setdefault(merged, into)
    for i in range(len(clauses[base])):
        owner = owners.get(i)
        waited = waiting.pop(i, None)  # the row a merged clause before it opened
        row = None
        if owner is not None:
            row = anchor_rows.get(owner, waiting.get(owner))
        if row is None:
            row = waited
        if row is None:
            row = _Row(cells=[[] for _ in range(count)], base_index=i)
            rows_in_order.append(row)
            if owner is not None and owner > i:
                waiting[owner] = row
        row.cells[base].append(i)
        anchor_rows[i] = row
    for d, pairing in pairings.items():
        for i, js in pairing.pairs.items():
            row = anchor_rows[i]
            row.cells[d].extend(j for j in js if j not in row.cells[d])
            row.pinned = row.pinned or i in pairing.pinned
    return _insert_added(rows_in_order, clauses, base, pairings, vectors)


def _insert_added(rows: list[_Row], clauses: list[list[Clause]], base: int,
                  pairings: dict[int, Pairing], vectors: Vectors) -> list[_Row]:
    """Place clauses the base lacks after the row of their preceding matched clause."""
    count = len(clauses)
    gaps: dict[int, list[tuple[int, int]]] = {}
    for d in pairings:
        row_of = {j: position for position, row in enumerate(rows) for j in row.cells[d]}
        anchor = -1
        for j in range(len(clauses[d])):
            if j in row_of:
                anchor = row_of[j]
                continue
            gaps.setdefault(anchor, []).append((d, j))
    added_keys = [key for gap in gaps.values() for key in gap]
    position_of = {key: k for k, key in enumerate(added_keys)}
    similarity = np.zeros((0, 0))
    if added_keys:
        global_rows = [int(vectors.offsets[d]) + j for d, j in added_keys]
        block = vectors.matrix[global_rows]
        similarity = np.asarray((block @ block.T).toarray())
    result: list[_Row] = []
    for position in range(-1, len(rows)):
        if position >= 0:
            result.append(rows[position])
        added: list[tuple[_Row, int]] = []  # each new row with the key index of its first clause
        for d, j in gaps.get(position, []):
            k = position_of[(d, j)]
            home = None
            best = ADDED_THRESHOLD
            for row, first in added:
                if not row.cells[d] and similarity[k, first] >= best:
                    home, best = row, float(similarity[k, first])
            if home is None:
                home = _Row(cells=[[] for _ in range(count)])
                added.append((home, k))
            home.cells[d].append(j)
        result.extend(row for row, _ in added)
    return result


def _apply_free_links(rows: list[_Row], links: Sequence[ManualLink],
                      where: dict[ClauseId, tuple[int, int]], base: int) -> list[_Row]:
    """Links between two non-base documents: move the second clause into the first's row."""
    for link in links:
        if link.kind != "link" or link.a not in where or link.b not in where:
            continue
        (doc_a, index_a), (doc_b, index_b) = where[link.a], where[link.b]
        if base in (doc_a, doc_b) or doc_a == doc_b:
            continue
        row_a = next((r for r in rows if index_a in r.cells[doc_a]), None)
        row_b = next((r for r in rows if index_b in r.cells[doc_b]), None)
        if row_a is None or row_b is None or row_a is row_b:
            continue
        row_b.cells[doc_b].remove(index_b)
        row_a.cells[doc_b].append(index_b)
        row_a.pinned = True
    return [r for r in rows if any(r.cells)]


def _finish(row: _Row, clauses: list[list[Clause]], base: int, pairings: dict[int, Pairing]
            ) -> AlignedRow:
    cells = tuple(tuple(clauses[d][i].id for i in sorted(cell)) for d, cell in enumerate(row.cells))
    present = [d for d, cell in enumerate(row.cells) if cell]
    base_cell = row.cells[base]
    status: RowStatus
    similarity = 0.0
    if not base_cell:
        status = "added"
    elif len(present) == 1:
        status = "removed"
    else:
        # The row's own base clause is the one a pairing paired (merged ones join it).
        scores = [next((pairings[d].similarity[i] for i in base_cell
                        if i in pairings[d].similarity), 0.0) for d in present if d != base]
        similarity = float(sum(scores) / len(scores)) if scores else 0.0
        texts = {" ".join(clauses[d][i].text.split()) for d in present for i in row.cells[d]}
        moved = any(i in pairings[d].moved for d in present if d != base for i in base_cell)
        parts = any(len(cell) > 1 for cell in row.cells)
        if moved:
            status = "moved"
        elif parts:
            status = "partial"
        elif len(texts) == 1 and len(present) == len(row.cells):
            status, similarity = "identical", 1.0
        else:
            status = "changed"
    return AlignedRow(cells=cells, status=status, similarity=round(similarity, 4),
                      pinned=row.pinned)
