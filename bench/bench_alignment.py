"""Alignment quality (precision/recall) and speed against a plain difflib aligner, one run.

Run: .venv/bin/python bench/bench_alignment.py
"""

from __future__ import annotations

import difflib
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.alignment.aligner import align
from app.core.alignment.similarity import FeatureCache
from app.core.documents.model import Document
from bench.timing import times_ms
from tests.builders.documents import make_document
from tests.builders.revision_generator import revise
from tests.builders.worded_pairs import NORRVIK, VASTERA, items, true_pairs


def difflib_align(documents: list[Document]) -> list[set[tuple[int, int]]]:
    """Reference: SequenceMatcher on clause texts, each document against the first."""
    base = [c.text for c in documents[0].clauses]
    result = []
    for other in documents[1:]:
        texts = [c.text for c in other.clauses]
        pairs: set[tuple[int, int]] = set()
        for block in difflib.SequenceMatcher(None, base, texts, autojunk=False).get_opcodes():
            tag, i1, i2, j1, j2 = block
            if tag in ("equal", "replace"):
                pairs.update(zip(range(i1, i2), range(j1, j2), strict=False))
        result.append(pairs)
    return result


def ours_pairs(documents: list[Document]) -> set[tuple[int, int]]:
    alignment = align(documents)
    index = [{c.id: i for i, c in enumerate(d.clauses)} for d in documents]
    return {(index[0][x], index[1][y]) for row in alignment.rows
            for x in row.cells[0] for y in row.cells[1]}


def pr(predicted: set, truth: set) -> str:
    hits = len(predicted & truth)
    return f"P {hits / max(len(predicted), 1):.3f}  R {hits / max(len(truth), 1):.3f}"


def quality() -> None:
    revision = revise(300, seed=11)
    base, other = make_document(revision.base, "b"), make_document(revision.revised, "o")
    truth = {(i, j) for i, js in revision.truth.items() for j in js}
    print(f"versions  (300 clauses)  ours    {pr(ours_pairs([base, other]), truth)}")
    print(f"                         difflib {pr(difflib_align([base, other])[0], truth)}")
    a, b = make_document(items(NORRVIK), "nv"), make_document(items(VASTERA), "va")
    print(f"different wording        ours    {pr(ours_pairs([a, b]), true_pairs())}")
    print(f"                         difflib {pr(difflib_align([a, b])[0], true_pairs())}")


def corpus(documents: int) -> list[Document]:
    base = revise(300, seed=1)
    result = [make_document(base.base, "d0")]
    for index in range(1, documents):
        result.append(make_document(revise(300, seed=1 + index).revised, f"d{index}"))
    return result


def timed(function: Callable[[], object], runs: int = 3) -> float:
    return statistics.median(times_ms(function, runs))


def speed() -> None:
    for count in (5, 10, 20):
        documents = corpus(count)
        scratch = timed(lambda d=documents: align(d, cache=FeatureCache()))
        cache = FeatureCache()
        align(documents, cache=cache)
        warm = timed(lambda d=documents, c=cache: align(d, cache=c))
        reference = timed(lambda d=documents: difflib_align(d), runs=1)
        print(f"{count:2} docs x 300 clauses: from scratch {scratch:7.0f} ms   features cached "
              f"{warm:6.0f} ms   difflib {reference:7.0f} ms   ratio ours/difflib "
              f"{scratch / reference:4.2f}   per document {scratch / count:5.1f} ms")


if __name__ == "__main__":
    quality()
    speed()
