"""The row oracle of bench/bench_alignment_bound.py: one-to-one marks fit rows exactly; a
clause marked with two distant base clauses keeps only one; adjacent base clauses sharing a
partner share a row."""

from __future__ import annotations

from bench.bench_alignment_bound import oracle_rows


def test_one_to_one_marks_fit_rows_exactly() -> None:
    marked = {(0, 3), (1, 0), (4, 2)}
    assert oracle_rows(marked) == marked


def test_a_clause_marked_with_two_distant_base_clauses_sits_in_one_row() -> None:
    marked = {(0, 5), (7, 5), (8, 5)}
    assert oracle_rows(marked) == {(7, 5), (8, 5)}  # the row with most of its partners
    assert oracle_rows({(0, 5), (7, 5)}) == {(0, 5)}  # a tie: the earlier row


def test_adjacent_base_clauses_sharing_a_partner_share_a_row() -> None:
    marked = {(2, 1), (3, 1), (3, 4)}
    # one row holds base 2 and 3 with others 1 and 4: (2, 4) is a pair nobody marked
    assert oracle_rows(marked) == {(2, 1), (3, 1), (2, 4), (3, 4)}
