"""Align 2-20 documents clause by clause against a base: rows, statuses, manual links."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from app.core.model import (
    AlignedRow,
    Alignment,
    Clause,
    ClauseId,
    Document,
    ManualLink,
    RowStatus,
)
from app.core.similarity import FeatureCache, Vectors

PAIR_THRESHOLD = 0.30  # in-order pairs need at least this cosine
MOVE_THRESHOLD = 0.45  # out-of-order (moved) pairs must be clearly the same clause
PART_THRESHOLD = 0.35  # a neighbour joins a row as part of a split or merge
ADDED_THRESHOLD = 0.45  # clauses missing from the base pair up among the other documents
ANCHOR_WEIGHT = 0.2  # what a structural anchor (title with title) is worth to the pairing
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised when the cancel token was set during a long alignment."""


@dataclass(slots=True)
class Pairing:
    """How one document lines up against the base (indices into the clause lists)."""

    pairs: dict[int, list[int]] = field(default_factory=dict)
    merged_into: dict[int, int] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)
    pinned: set[int] = field(default_factory=set)
    similarity: dict[int, float] = field(default_factory=dict)

    def matched_others(self) -> set[int]:
        return {j for js in self.pairs.values() for j in js}


def needleman_wunsch(weights: np.ndarray) -> list[tuple[int, int]]:
    """Order-preserving pairs maximising the summed positive weights (gaps cost nothing)."""
    n, m = weights.shape
    score = np.zeros((n + 1, m + 1))
    took_diagonal = np.zeros((n + 1, m + 1), dtype=bool)
    from_above_or_diagonal = np.ones((n + 1, m + 1), dtype=bool)
    for i in range(1, n + 1):
        diagonal = score[i - 1, :-1] + weights[i - 1]
        above = score[i - 1, 1:]
        take = diagonal > above
        candidate = np.empty(m + 1)
        candidate[0] = score[i - 1, 0]
        candidate[1:] = np.where(take, diagonal, above)
        score[i] = np.maximum.accumulate(candidate)
        took_diagonal[i, 1:] = take
        from_above_or_diagonal[i] = candidate >= score[i]
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        if not from_above_or_diagonal[i, j]:
            j -= 1
        elif took_diagonal[i, j]:
            pairs.append((i - 1, j - 1))
            i -= 1
            j -= 1
        else:
            i -= 1
    pairs.reverse()
    return pairs


def pair_documents(
    similarity: np.ndarray,
    forced: Sequence[tuple[int, int]] = (),
    forbidden: Sequence[tuple[int, int]] = (),
    anchors: Sequence[tuple[int, int]] = (),
) -> Pairing:
    """Pair base clauses (rows) with another document's clauses (columns).

    `anchors` are pairs the structure vouches for (the two documents' titles): they pair
    even below the threshold, unless that would break the order of better pairs.
    """
    n, m = similarity.shape
    result = Pairing()
    if n == 0 or m == 0:
        return result
    weights = np.where(similarity >= PAIR_THRESHOLD, similarity - PAIR_THRESHOLD + 1e-6, -1.0)
    for i, j in anchors:
        weights[i, j] = max(weights[i, j], ANCHOR_WEIGHT)
    blocked = similarity.copy()
    for i, j in forbidden:
        weights[i, j] = -1.0
        blocked[i, j] = -1.0
    for i, j in forced:
        weights[i, :] = -1.0
        weights[:, j] = -1.0
        blocked[i, :] = -1.0
        blocked[:, j] = -1.0
    for i, j in needleman_wunsch(weights):
        result.pairs[i] = [j]
        result.similarity[i] = float(similarity[i, j])
    order = sorted((i, js[0]) for i, js in result.pairs.items())
    _pair_leftovers(result, blocked, order)
    _join_parts(result, blocked)
    for i, j in forced:
        result.pairs.setdefault(i, []).append(j)
        result.pinned.add(i)
        result.similarity[i] = float(similarity[i, j])
    return result


def _in_order(order: list[tuple[int, int]], i: int, j: int) -> bool:
    """True if pairing (i, j) fits between the in-order pairs (which rise in both indices)."""
    position = bisect.bisect_left(order, (i, -1))
    before = order[position - 1][1] if position > 0 else -1
    after = order[position][1] if position < len(order) else None
    return before < j and (after is None or after > j)


def _pair_leftovers(result: Pairing, similarity: np.ndarray, order: list[tuple[int, int]]
                    ) -> None:
    free_rows = [i for i in range(similarity.shape[0]) if i not in result.pairs]
    used = result.matched_others()
    free_cols = [j for j in range(similarity.shape[1]) if j not in used]
    if not free_rows or not free_cols:
        return
    sub = similarity[np.ix_(free_rows, free_cols)]
    candidates = np.argwhere(sub >= MOVE_THRESHOLD)
    ranked = sorted(candidates.tolist(), key=lambda rc: -sub[rc[0], rc[1]])
    taken_rows: set[int] = set()
    taken_cols: set[int] = set()
    for r, c in ranked:
        if r in taken_rows or c in taken_cols:
            continue
        i, j = free_rows[r], free_cols[c]
        taken_rows.add(r)
        taken_cols.add(c)
        result.pairs[i] = [j]
        result.similarity[i] = float(similarity[i, j])
        if not _in_order(order, i, j):
            result.moved.add(i)


def _join_parts(result: Pairing, similarity: np.ndarray) -> None:
    """Split clauses (one base, two others) and merged clauses (two base, one other)."""
    n, m = similarity.shape
    partner = {js[0]: i for i, js in result.pairs.items()}
    for j in range(m):
        if j in partner:
            continue
        for neighbour in (j - 1, j + 1):
            i = partner.get(neighbour)
            if i is not None and i not in result.moved and similarity[i, j] >= PART_THRESHOLD:
                result.pairs[i].append(j)
                result.pairs[i].sort()
                partner[j] = i
                break
    for i in range(n):
        if i in result.pairs:
            continue
        for neighbour in (i - 1, i + 1):
            js = result.pairs.get(neighbour)
            if js and neighbour not in result.merged_into and neighbour not in result.moved \
                    and similarity[i, js[0]] >= PART_THRESHOLD:
                result.merged_into[i] = neighbour
                break


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


def align(
    documents: Sequence[Document],
    base: int = 0,
    links: Sequence[ManualLink] = (),
    progress: Progress | None = None,
    cancel: object | None = None,
    cache: FeatureCache | None = None,
) -> Alignment:
    """Rows of aligned clauses: each other document is aligned against the base (pivot)."""
    if not documents:
        return Alignment(document_ids=(), base=0, rows=())
    base = min(max(base, 0), len(documents) - 1)
    clauses = [list(d.clauses) for d in documents]
    vectors = Vectors(clauses, cache or FeatureCache())
    where = {c.id: (d, i) for d, cs in enumerate(clauses) for i, c in enumerate(cs)}
    forced = _forced_links(links, where, base, "link")
    forbidden = _forced_links(links, where, base, "unlink")
    pairings: dict[int, Pairing] = {}
    others = [d for d in range(len(documents)) if d != base]
    base_title = _title_index(clauses[base])
    for done, d in enumerate(others):
        if cancel is not None and getattr(cancel, "cancelled", False):
            raise Cancelled
        similarity = vectors.similarity(base, d)
        # The two titles are an anchor, however differently they are worded.
        title = _title_index(clauses[d])
        anchors = [(base_title, title)] if base_title is not None and title is not None \
            and (base_title, title) not in forbidden.get(d, ()) else []
        pairings[d] = pair_documents(similarity, forced.get(d, ()), forbidden.get(d, ()),
                                     anchors)
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
    merged = {i for p in pairings.values() for i in p.merged_into}
    anchor_rows: dict[int, _Row] = {}
    rows_in_order: list[_Row] = []
    for i in range(len(clauses[base])):
        owner = None
        for pairing in pairings.values():
            if i in pairing.merged_into:
                owner = pairing.merged_into[i]
                break
        if owner is not None and owner in anchor_rows and i in merged:
            anchor_rows[owner].cells[base].append(i)
            anchor_rows[i] = anchor_rows[owner]
            continue
        row = _Row(cells=[[] for _ in range(count)], base_index=i)
        row.cells[base].append(i)
        anchor_rows[i] = row
        rows_in_order.append(row)
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
        scores = [pairings[d].similarity.get(base_cell[0], 0.0) for d in present if d != base]
        similarity = float(sum(scores) / len(scores)) if scores else 0.0
        texts = {" ".join(clauses[d][i].text.split()) for d in present for i in row.cells[d]}
        moved = any(base_cell[0] in pairings[d].moved for d in present if d != base)
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
