"""The longest increasing run the aligner, the statuses and the draft versions share."""

from itertools import combinations, pairwise

from hypothesis import given
from hypothesis import strategies as st

from app.core.alignment.runs import increasing_run


def _brute_force_length(values: list[int]) -> int:
    for size in range(len(values), 0, -1):
        for picked in combinations(range(len(values)), size):
            if all(values[a] < values[b] for a, b in pairwise(picked)):
                return size
    return 0


def test_a_known_sequence():
    values = [3, 1, 4, 1, 5, 9, 2, 6]
    run = increasing_run(values)
    assert run == [1, 2, 4, 7]  # 1, 4, 5, 6: of the runs of four, the one ending lowest


def test_empty_and_equal_values():
    assert increasing_run([]) == []
    assert len(increasing_run([2, 2, 2])) == 1  # strictly increasing


@given(st.lists(st.integers(min_value=0, max_value=9), max_size=9))
def test_it_is_increasing_and_longest(values):
    run = increasing_run(values)
    assert run == sorted(set(run))
    assert all(values[a] < values[b] for a, b in pairwise(run))
    assert len(run) == _brute_force_length(values)
