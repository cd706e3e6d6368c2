"""What speaks for pairing two clauses of two documents: the evidence each candidate pair
carries, computed for the candidates only (so the cost grows with the pairs worth a look,
not with the product of the documents' lengths).

For a base clause i and another document's clause j, both body clauses (never headings):

- `text`: the TF-IDF cosine of the two texts;
- `row`, `column`: that cosine relative to the best one i has with any clause, and j with any
  (a relative rule: a pair that is far below either clause's best match is unlikely);
- `section`: how alike the two sections are (the cosine of their summed clause vectors), so a
  clause under "Förskolan" prefers the other's "Förskolan" whatever its wording;
- `context`: how alike the two lead-ins ("Socialtjänsten ansvarar för:") or, without one, the
  two section headings are;
- `neighbours`: the better cosine of the pairs just before and just after it (i-1, j-1) and
  (i+1, j+1): a run of pairs in the same order supports each other;
- `text_level`: the cosine relative to the median cosine of the anchors, so versions of one
  text (anchors near 1) ask more of a pair than independently written agreements;
- `interval`: 1 if the pair sits in the box between two consecutive confident anchors, i.e. it
  keeps the order the anchors keep; `order` is how much of the anchors keep one order (near
  1 for an agreement written in the base's order, low for one written in a different one), and
  the interval only counts as far as order carries information;
- the clauses' form: `lead_in` +1 if both are lead-ins (end with ":"), -1 if one is, 0 if
  neither; `under_lead_in` 1 if both or neither stand under a lead-in; `length` minus the
  absolute log ratio of their lengths in characters (a short reference to a law rarely pairs
  with a long clause that cites it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.core.alignment.runs import increasing_run
from app.core.alignment.similarity import Vectors
from app.core.documents.model import Clause

MIN_TEXT = 0.03  # a candidate pair shares at least this much text
CANDIDATES = 15  # each clause's best candidates by rare shared features that are looked at
ANCHOR_TEXT = 0.30  # a confident anchor: mutual best with this cosine ...
ANCHOR_MARGIN = 0.05  # ... and this lead over the runner-up on both sides
FEATURES = ("text", "row", "column", "section", "context", "neighbours", "interval",
            "text_section", "text_level", "lead_in", "under_lead_in", "length")


@dataclass(frozen=True, slots=True)
class Evidence:
    """Candidate body pairs of two documents: indices into each document's clause list
    (`rows` in the base, `columns` in the other) and one feature vector per pair."""

    rows: np.ndarray
    columns: np.ndarray
    text: np.ndarray
    features: np.ndarray  # shape (pairs, len(FEATURES))
    order: float  # share of the confident anchors that keep one order
    level: float  # the anchors' median cosine: how alike the two texts are overall
    lead_a: np.ndarray  # per base clause, the index of its lead-in clause (-1 for none)
    lead_b: np.ndarray  # the same for the other document

    def __len__(self) -> int:
        return len(self.rows)


@dataclass(frozen=True, slots=True)
class Headings:
    """Heading pairs of two documents with their score: the mean of the headings' cosine and
    their sections' likeness (so "Socialtjänsten" pairs with "Kommunens socialtjänst" when
    what stands under them matches)."""

    rows: np.ndarray
    columns: np.ndarray
    text: np.ndarray
    score: np.ndarray


def heading_pairs(vectors: Vectors, base: int, other: int, base_clauses: Sequence[Clause],
                  other_clauses: Sequence[Clause]) -> Headings:
    """Every pair of a base heading and another document's heading."""
    heads_a = np.array([i for i, c in enumerate(base_clauses) if c.kind == "heading"],
                       dtype=np.int64)
    heads_b = np.array([i for i, c in enumerate(other_clauses) if c.kind == "heading"],
                       dtype=np.int64)
    rows, columns = (grid.ravel() for grid in np.meshgrid(heads_a, heads_b, indexing="ij"))
    if not len(rows):
        empty = np.zeros(0)
        return Headings(rows, columns, empty, empty)
    text = _pair_cosines(vectors, base, other, rows, columns)
    section = _section_similarity(vectors, base, other, _section_of(base_clauses),
                                  _section_of(other_clauses), rows, columns)
    return Headings(rows, columns, text, (text + section) / 2)


def body_indices(clauses: Sequence[Clause]) -> np.ndarray:
    return np.array([i for i, c in enumerate(clauses) if c.kind != "heading"], dtype=np.int64)


def _section_of(clauses: Sequence[Clause]) -> np.ndarray:
    """For each clause, the index of the heading it sits under (-1 before the first)."""
    result = np.full(len(clauses), -1, dtype=np.int64)
    current = -1
    for index, clause in enumerate(clauses):
        if clause.kind == "heading":
            current = index
        result[index] = current
    return result


def lead_ins(clauses: Sequence[Clause]) -> np.ndarray:
    """For each clause, the index of its lead-in clause (-1 for none)."""
    by_id = {c.id: i for i, c in enumerate(clauses)}
    return np.array([by_id.get(c.context_id, -1) if c.context_id else -1 for c in clauses],
                    dtype=np.int64)


def _form(clauses: Sequence[Clause]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per clause: lead-in, under a lead-in (0/1) and its length in characters."""
    lead = np.array([c.text.rstrip().endswith(":") for c in clauses], dtype=np.float64)
    under = np.array([bool(c.context) for c in clauses], dtype=np.float64)
    length = np.array([max(len(c.text), 1) for c in clauses], dtype=np.float64)
    return lead, under, length


def candidates(vectors: Vectors, first: int, second: int, rows: np.ndarray, columns: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (i, j) of the given clause indices worth a look, with their cosine: those that
    share rare features, the best CANDIDATES of each clause by what the rare features share
    (blocking: the cost grows with the clauses, not with their product)."""
    product = (vectors.blocking_block(first, rows) @ vectors.blocking_block(second, columns).T
               ).tocoo()
    if not product.nnz:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    keep = _top(product.row, product.data, CANDIDATES) | _top(product.col, product.data,
                                                              CANDIDATES)
    found_a, found_b = rows[product.row[keep]], columns[product.col[keep]]
    text = vectors.pair_cosines(first, found_a, second, found_b)
    keep = text >= MIN_TEXT
    return found_a[keep], found_b[keep], text[keep]


def _top(groups: np.ndarray, scores: np.ndarray, count: int) -> np.ndarray:
    """Mask of the `count` best scores of each group."""
    order = np.lexsort((-scores, groups))
    sorted_groups = groups[order]
    starts = np.flatnonzero(np.r_[True, sorted_groups[1:] != sorted_groups[:-1]])
    rank = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    mask = np.zeros(len(order), dtype=bool)
    mask[order[rank < count]] = True
    return mask


def _pair_cosines(vectors: Vectors, first: int, second: int, a: np.ndarray, b: np.ndarray
                  ) -> np.ndarray:
    """Cosine of each (a[k], b[k]) pair; 0 where either index is -1."""
    result = np.zeros(len(a))
    valid = (a >= 0) & (b >= 0)
    if not valid.any():
        return result
    unique_a, inverse_a = np.unique(a[valid], return_inverse=True)
    unique_b, inverse_b = np.unique(b[valid], return_inverse=True)
    dense = (vectors.block(first, unique_a) @ vectors.block(second, unique_b).T).toarray()
    result[valid] = dense[inverse_a, inverse_b]
    return result


def _section_similarity(vectors: Vectors, first: int, second: int,
                        sections_a: np.ndarray, sections_b: np.ndarray,
                        rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """Cosine of the summed vectors of the sections of each candidate pair."""
    centre_a, inverse_a = vectors.centroids(first, sections_a)
    centre_b, inverse_b = vectors.centroids(second, sections_b)
    table = (centre_a @ centre_b.T).toarray()
    return np.asarray(table[inverse_a[rows], inverse_b[columns]], dtype=np.float64)


def _lookup(keys: np.ndarray, values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """values[k] where keys[k] == wanted (keys sorted), else 0."""
    position = np.searchsorted(keys, wanted)
    position = np.minimum(position, len(keys) - 1)
    found = keys[position] == wanted
    return np.asarray(np.where(found, values[position], 0.0), dtype=np.float64)


def longest_chain(pairs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of pairs rising in both indices."""
    ordered = sorted(pairs)
    return [ordered[k] for k in increasing_run([j for _, j in ordered])]


def mutual_best(rows: np.ndarray, columns: np.ndarray, scores: np.ndarray,
                minimum: float, margin: float) -> np.ndarray:
    """Mask of pairs that are the best of their row and of their column, by at least
    `margin` over the runner-up on both sides, and score at least `minimum`."""
    keep = np.zeros(len(scores), dtype=bool)
    if not len(scores):
        return keep
    best_row, second_row = _best_two(rows, scores)
    best_column, second_column = _best_two(columns, scores)
    keep = (scores >= minimum) & (scores >= best_row[rows]) & (scores >= best_column[columns])
    keep &= (scores - second_row[rows] >= margin) & (scores - second_column[columns] >= margin)
    return np.asarray(keep, dtype=bool)


def _best_two(groups: np.ndarray, scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per group id: the best and the second best score (0 when absent)."""
    size = int(groups.max()) + 1
    order = np.lexsort((-scores, groups))
    sorted_groups, sorted_scores = groups[order], scores[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = sorted_groups[1:] != sorted_groups[:-1]
    best = np.zeros(size)
    best[sorted_groups[first]] = sorted_scores[first]
    second_mask = np.zeros(len(order), dtype=bool)
    second_mask[1:] = first[:-1] & ~first[1:]
    second = np.zeros(size)
    second[sorted_groups[second_mask]] = sorted_scores[second_mask]
    return best, second


def gather(vectors: Vectors, base: int, other: int, base_clauses: Sequence[Clause],
           other_clauses: Sequence[Clause]) -> Evidence:
    """The candidate body pairs of two documents and the evidence for each."""
    body_a, body_b = body_indices(base_clauses), body_indices(other_clauses)
    empty = np.zeros(0, dtype=np.int64)
    if not len(body_a) or not len(body_b):
        return Evidence(empty, empty, np.zeros(0), np.zeros((0, len(FEATURES))), 0.0,
                        ANCHOR_TEXT, empty, empty)
    rows, columns, text = candidates(vectors, base, other, body_a, body_b)
    if not len(rows):
        return Evidence(empty, empty, np.zeros(0), np.zeros((0, len(FEATURES))), 0.0,
                        ANCHOR_TEXT, empty, empty)
    best_row = np.zeros(len(base_clauses))
    np.maximum.at(best_row, rows, text)
    best_column = np.zeros(len(other_clauses))
    np.maximum.at(best_column, columns, text)
    sections_a, sections_b = _section_of(base_clauses), _section_of(other_clauses)
    section = _section_similarity(vectors, base, other, sections_a, sections_b, rows, columns)
    lead_a, lead_b = lead_ins(base_clauses), lead_ins(other_clauses)
    # The lead-in, else the section's heading.
    context_a = np.where(lead_a >= 0, lead_a, sections_a)
    context_b = np.where(lead_b >= 0, lead_b, sections_b)
    context = _pair_cosines(vectors, base, other, context_a[rows], context_b[columns])
    # Neighbours in body order (headings between two clauses do not separate them).
    rank_a = np.full(len(base_clauses), -1, dtype=np.int64)
    rank_a[body_a] = np.arange(len(body_a))
    rank_b = np.full(len(other_clauses), -1, dtype=np.int64)
    rank_b[body_b] = np.arange(len(body_b))
    width = len(body_b) + 2
    keys = (rank_a[rows] + 1) * width + rank_b[columns] + 1
    order_keys = np.argsort(keys)
    sorted_keys, sorted_text = keys[order_keys], text[order_keys]
    neighbours = np.maximum(_lookup(sorted_keys, sorted_text, keys - width - 1),
                            _lookup(sorted_keys, sorted_text, keys + width + 1))
    anchors = mutual_best(rows, columns, text, ANCHOR_TEXT, ANCHOR_MARGIN)
    chain = longest_chain(list(zip(rows[anchors].tolist(), columns[anchors].tolist(),
                                   strict=True)))
    order = len(chain) / max(int(anchors.sum()), 1)
    # How alike the two documents' counterparts are: near 1 for versions of one text, about
    # 0.5 for agreements written independently. A pair is judged against that level.
    level = float(np.median(text[anchors])) if anchors.any() else ANCHOR_TEXT
    interval = _in_interval(chain, rows, columns, len(base_clauses), len(other_clauses))
    lead_in_a, under_a, length_a = _form(base_clauses)
    lead_in_b, under_b, length_b = _form(other_clauses)
    features = np.stack([
        text,
        text / np.maximum(best_row[rows], 1e-9),
        text / np.maximum(best_column[columns], 1e-9),
        section,
        context,
        neighbours,
        interval * order,
        text * section,
        text / level,
        lead_in_a[rows] * lead_in_b[columns] - np.abs(lead_in_a[rows] - lead_in_b[columns]),
        under_a[rows] == under_b[columns],
        -np.abs(np.log(length_a[rows] / length_b[columns])),
    ], axis=1)
    return Evidence(rows, columns, text, features, order, level, lead_a, lead_b)


def _in_interval(chain: list[tuple[int, int]], rows: np.ndarray, columns: np.ndarray,
                 n: int, m: int) -> np.ndarray:
    """1.0 for pairs inside the box between two consecutive anchors of the chain."""
    bounds_a = np.array([-1] + [i for i, _ in chain] + [n], dtype=np.int64)
    bounds_b = np.array([-1] + [j for _, j in chain] + [m], dtype=np.int64)
    position = np.searchsorted(bounds_a, rows, side="right")  # first bound above row
    position = np.clip(position, 1, len(bounds_a) - 1)
    low, high = bounds_b[position - 1], bounds_b[position]
    on_anchor = bounds_a[position - 1] == rows
    inside = (columns > low) & (columns < high)
    inside |= on_anchor & (columns == low)
    return inside.astype(np.float64)
