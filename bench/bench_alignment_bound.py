"""What a row model can reach on the hand-marked pairs: an oracle that knows every marked
pair builds rows from them as Klausul's rows can hold them (each clause in one row; base
clauses of a row adjacent), and is scored like the aligner. Adjacent base clauses that share
a marked partner are merged into one row; each other clause goes to the row holding most of
its marked partners. The marks are many to many, so even this oracle misses pairs (a clause
marked with two distant base clauses can sit in one row only) and adds some (every base
clause of a merged row counts as paired with every clause put there).

Run: .venv/bin/python bench/bench_alignment_bound.py   (every pair, held-out ones included:
it reads only the marks, never the aligner's output, so nothing is tuned from it)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.builders.agreement_corpus import HELD_OUT, TUNING, Pairs, has_truth, scores, truth


def oracle_rows(marked: Pairs) -> Pairs:
    """The pairs of the rows an oracle builds from `marked` (base index, other index)."""
    partners: dict[int, set[int]] = {}
    for a, b in marked:
        partners.setdefault(a, set()).add(b)
    group: dict[int, int] = {}
    for a in sorted(partners):
        previous = a - 1
        joined = previous in partners and partners[previous] & partners[a]
        group[a] = group[previous] if joined else a
    by_other: dict[int, Counter[int]] = {}
    for a, b in sorted(marked):  # sorted: a tie goes to the earlier row
        by_other.setdefault(b, Counter())[group[a]] += 1
    members: dict[int, list[int]] = {}
    for a, g in group.items():
        members.setdefault(g, []).append(a)
    return {(a, b) for b, votes in by_other.items()
            for a in members[votes.most_common(1)[0][0]]}


def main() -> int:
    for title, names in (("tuning", TUNING), ("held out", HELD_OUT)):
        for name in names:
            if not has_truth(name):
                print(f"  {name:11} skipped: not in tests/data/agreements")
                continue
            marked = truth(name)
            precision, recall, f1 = scores(oracle_rows(marked), marked)
            one_to_one = sum(1 for a, b in marked
                             if sum(1 for x, _ in marked if x == a) == 1
                             and sum(1 for _, y in marked if y == b) == 1)
            print(f"  {name:11} ({title}) oracle rows P {precision:.2f} R {recall:.2f} "
                  f"F1 {f1:.2f}   {len(marked)} marked pairs, {one_to_one} of them one to one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
