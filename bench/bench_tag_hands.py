"""How far two annotators agree when both tag the SAME agreement from the coding manual
(tests/data/agreements/tags/GUIDE.md): tags/second-hand/<name>.tsv scored against
tags/<name>.tsv as if it were suggestions (exact code match, and with the hierarchy), and
the F1 of the two. This bounds what any rules can reach against one annotator: a target
above the agreement between two people asks rules to be more consistent than people are.

Totals only, so it may be run on a held-out agreement without showing its clauses.
Run: .venv/bin/python bench/bench_tag_hands.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.tagging.codebook import default_codebook
from bench.bench_tag_quality import FACETS, TAGS, Tally, annotations, report

SECOND = TAGS / "second-hand"


def main() -> int:
    book = default_codebook()
    pairs = [(p, TAGS / p.name) for p in sorted(SECOND.glob("*.tsv")) if (TAGS / p.name).is_file()]
    if not pairs:
        print(f"skipped: no second-hand annotations in {SECOND}")
        return 0
    for second, first in pairs:
        gold, other = annotations(first), annotations(second)
        tallies = {facet: Tally() for facet in FACETS}
        for line in sorted(set(gold) | set(other)):
            for facet in FACETS:
                tallies[facet].count(book, other.get(line, {}).get(facet, set()),
                                     gold.get(line, {}).get(facet, set()))
        report(f"second hand scored against the first, {first.stem}", len(gold), tallies)
        for facet in FACETS:
            t = tallies[facet]
            f1 = 2 * t.hit / (t.suggested + t.annotated) if t.suggested + t.annotated else 0.0
            print(f"  {facet:9} agreement F1 (exact) {f1:4.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
