"""Word diff of 500 realistic clause pairs (about 70 words, 10–30 % of the words edited), ours
against the floor performance.md names in the same run: rapidfuzz Indel for the LCS on word
tokens, then diff-match-patch's semantic cleanup on the op list; and difflib for reference.

Run: .venv/bin/python bench/bench_word_diff.py   (issue 13 goal: < 60 ms, better than the floor)
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

from diff_match_patch import diff_match_patch
from rapidfuzz.distance import Indel

from app.core.diff.word_diff import diff_words
from bench import material
from bench.timing import times_ms

_WORDS = re.compile(r"\w+|[^\w\s]+|\s+")
_DMP = diff_match_patch()


def pairs(count: int = 500, seed: int = 4) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        text = material.text_of_length(rng, max(30, int(rng.lognormvariate(4.25, 0.35))))
        result.append((text, material._edit(text, rng, rng.uniform(0.10, 0.30))))
    return result


def floor(a: str, b: str) -> list[tuple[int, str]]:
    """rapidfuzz Indel opcodes on word tokens, then dmp's semantic cleanup on the ops."""
    ta, tb = _WORDS.findall(a), _WORDS.findall(b)
    diffs: list[tuple[int, str]] = []
    for tag, i1, i2, j1, j2 in Indel.opcodes(ta, tb).as_list():
        if tag == "equal":
            diffs.append((0, "".join(ta[i1:i2])))
            continue
        if i2 > i1:
            diffs.append((-1, "".join(ta[i1:i2])))
        if j2 > j1:
            diffs.append((1, "".join(tb[j1:j2])))
    _DMP.diff_cleanupSemantic(diffs)
    return diffs


def with_difflib(a: str, b: str) -> list[tuple[str, int, int, int, int]]:
    return difflib.SequenceMatcher(None, _WORDS.findall(a), _WORDS.findall(b),
                                   autojunk=False).get_opcodes()


def timed(function: Callable[[], object], runs: int = 9) -> float:
    return min(times_ms(function, runs))  # the least disturbed run: this VM shares its host


def main() -> None:
    data = pairs()
    words = statistics.median(len(a.split()) for a, _ in data)
    ours = timed(lambda: [diff_words(a, b) for a, b in data])
    base = timed(lambda: [floor(a, b) for a, b in data])
    reference = timed(lambda: [with_difflib(a, b) for a, b in data])
    worst = max(timed(lambda a=a, b=b: diff_words(a, b), runs=1) for a, b in data[:100])
    print(f"500 pairs (median {words:.0f} words): ours {ours:6.1f} ms   floor (rapidfuzz + dmp "
          f"cleanup) {base:6.1f} ms   ratio {ours / base:4.2f}   difflib {reference:6.1f} ms"
          f"   slowest single pair {worst:5.2f} ms")


if __name__ == "__main__":
    main()
