"""Pair one document's clauses with the base's: order-preserving pairs, moved clauses, parts."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

PAIR_THRESHOLD = 0.30  # in-order pairs need at least this cosine
MOVE_THRESHOLD = 0.45  # out-of-order (moved) pairs must be clearly the same clause
PART_THRESHOLD = 0.35  # a neighbour joins a row as part of a split or merge
ANCHOR_WEIGHT = 0.2  # what a structural anchor (title with title) is worth to the pairing


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
