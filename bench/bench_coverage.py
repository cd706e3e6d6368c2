"""Coverage speed: the matrix of 20 documents × 300 clauses with 5,000 tags (every view), the
age bands and the obligations without an owner.

Baseline in the same run: one plain pass that groups the same tags by clause and facet (the
floor any matrix needs). The issue's target: the matrix under 100 ms.
Run: .venv/bin/python bench/bench_coverage.py
"""

from __future__ import annotations

import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.coverage.ages import age_bands
from app.core.coverage.matrix import VIEWS, coverage_matrix
from app.core.coverage.obligations import unowned_obligations
from app.core.documents.model import ClauseId
from app.core.tagging.clause_facts import StrengthFinder
from app.core.tagging.codebook import CodeId, default_codebook
from app.core.tagging.rules import default_rules
from bench.bench_alignment import corpus
from bench.timing import times_ms

TAGS = 5000
RUNS = 15


def tagged(documents: list, seed: int = 7) -> dict[ClauseId, tuple[CodeId, ...]]:
    """5,000 tags over the clauses: a party, a target group and a responsibility on most."""
    book = default_codebook()
    facets = {f: [c.id for c in book.in_facet(f)] for f in ("malgrupp", "part", "ansvar")}
    clauses = [c.id for d in documents for c in d.clauses]
    chance = random.Random(seed)
    codes: dict[ClauseId, list[CodeId]] = {}
    count = 0
    while count < TAGS:
        clause = chance.choice(clauses)
        facet = chance.choice(("malgrupp", "part", "part", "ansvar"))
        code = chance.choice(facets[facet])
        if code not in codes.setdefault(clause, []):
            codes[clause].append(code)
            count += 1
    return {k: tuple(v) for k, v in codes.items()}


def floor(codes: dict[ClauseId, tuple[CodeId, ...]], facet_of: dict[CodeId, str]) -> int:
    grouped: dict[tuple[ClauseId, str], list[CodeId]] = {}
    for clause, tagged_codes in codes.items():
        for code in tagged_codes:
            grouped.setdefault((clause, facet_of[code]), []).append(code)
    return len(grouped)


def main() -> int:
    documents = corpus(20)
    book, rules = default_codebook(), default_rules()
    codes = tagged(documents)
    facet_of = {c.id: c.facet for c in book.codes}
    base = statistics.median(times_ms(lambda: floor(codes, facet_of), RUNS))
    print(f"20 documents × {sum(len(d.clauses) for d in documents) // 20} clauses, "
          f"{sum(len(v) for v in codes.values())} tags; floor (group the tags) {base:.1f} ms")
    worst = 0.0
    for rows, cols in VIEWS:
        spent = statistics.median(times_ms(
            lambda r=rows, c=cols: coverage_matrix(documents, 0, book, codes, r, c), RUNS))
        matrix = coverage_matrix(documents, 0, book, codes, rows, cols)
        worst = max(worst, spent)
        print(f"  matrix {rows} × {cols}: {spent:6.1f} ms = {spent / base:5.1f}× floor   "
              f"({len(matrix.cells)} cells, {len(matrix.gaps)} gaps, "
              f"{len(matrix.overlaps)} overlaps)")
    ages = statistics.median(times_ms(lambda: age_bands(documents, 0, book, rules, codes), 5))
    strength = StrengthFinder(rules)
    unowned = statistics.median(times_ms(
        lambda: unowned_obligations(documents, book, codes, strength), 5))
    print(f"  age bands {ages:6.1f} ms, obligations without a party {unowned:6.1f} ms")
    verdict = "under" if worst < 100 else "OVER"
    print(f"slowest matrix {worst:.1f} ms: {verdict} the 100 ms target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
