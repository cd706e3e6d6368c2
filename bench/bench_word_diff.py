"""Word diff of 500 clause pairs: ours against difflib on the same word tokens, one run.

Run: .venv/bin/python bench/bench_word_diff.py   (target: 500 pairs well under 100 ms)
"""

from __future__ import annotations

import difflib
import random
import re
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.diff.word_diff import diff_words
from bench.timing import times_ms
from tests.builders.agreement_texts import sentence
from tests.builders.revision_generator import _edit

_WORDS = re.compile(r"\w+|[^\w\s]+")


def pairs(count: int = 500, seed: int = 4) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        text = " ".join(sentence(rng) for _ in range(rng.randint(4, 8)))
        result.append((text, _edit(_edit(text, rng), rng)))
    return result


def with_difflib(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, _WORDS.findall(a), _WORDS.findall(b),
                                   autojunk=False).get_opcodes()


def timed(function: Callable[[], object], runs: int = 9) -> float:
    return min(times_ms(function, runs))  # the least disturbed run: this VM shares its host


def main() -> None:
    data = pairs()
    words = statistics.median(len(a.split()) for a, _ in data)
    ours = timed(lambda: [diff_words(a, b) for a, b in data])
    reference = timed(lambda: [with_difflib(a, b) for a, b in data])
    worst = max(timed(lambda a=a, b=b: diff_words(a, b), runs=1) for a, b in data[:100])
    print(f"500 pairs (median {words:.0f} words): ours {ours:6.1f} ms   difflib {reference:6.1f} ms"
          f"   ratio {ours / reference:4.2f}   slowest single pair {worst:5.2f} ms")


if __name__ == "__main__":
    main()
