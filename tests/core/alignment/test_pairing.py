"""The pairing's row-building steps on hand-made evidence."""

from __future__ import annotations

import numpy as np

from app.core.alignment.pairing import Pairing, _merge_neighbours


def test_three_clauses_merged_into_one_share_its_row() -> None:
    # Base clauses 0, 1, 2 were merged into the other's clause 0, which pairs with base 2.
    # Base 0 is most likely but two places from the row: it joins once base 1 has.
    result = Pairing(pairs={2: [0]}, primary={2: 0}, similarity={2: 0.6})
    rows, columns = np.array([0, 1, 2]), np.array([0, 0, 0])
    text, chance = np.array([0.5, 0.4, 0.6]), np.array([0.9, 0.5, 0.95])
    _merge_neighbours(result, rows, columns, text, chance, np.array([0, 1, 2]), 0.5)
    assert result.merged_into == {1: 2, 0: 2}


def test_a_clause_not_next_to_the_row_does_not_join_it() -> None:
    result = Pairing(pairs={3: [0]}, primary={3: 0}, similarity={3: 0.6})
    rows, columns = np.array([0, 3]), np.array([0, 0])
    text, chance = np.array([0.5, 0.6]), np.array([0.9, 0.95])
    _merge_neighbours(result, rows, columns, text, chance, np.array([0, 1, 2, 3]), 0.5)
    assert result.merged_into == {}
