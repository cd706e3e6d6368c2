"""One longest strictly increasing run of a sequence (patience sorting, O(n log n)).

Shared by the aligner (the chain of anchors that keeps both documents' order), the
statuses (cells that moved) and the draft's version pairing (clauses that moved)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


def increasing_run(values: Sequence[int]) -> list[int]:
    """The indexes into `values`, ascending, of one longest strictly increasing subsequence.
    Of several equally long runs, the one ending in the smallest values is chosen."""
    tails: list[int] = []  # the smallest last value of an increasing run of each length
    tail_index: list[int] = []  # index into `values` of that last value
    previous = [-1] * len(values)
    for index, value in enumerate(values):
        length = bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[length] = value
            tail_index[length] = index
        previous[index] = tail_index[length - 1] if length else -1
    run: list[int] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        run.append(index)
        index = previous[index]
    run.reverse()
    return run
