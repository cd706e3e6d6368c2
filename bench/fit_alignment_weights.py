"""Fit the weights of the pair evidence (app/core/alignment/evidence.py) on the TUNING pairs
of tests/data/agreements/ only: a logistic regression of "a reader paired these two clauses"
on the evidence of every candidate pair, and measure it out of sample.

Cross-validation, leave one pair out: fit on the other tuning pairs, then align the left-out
pair with those weights (the whole alignment, rows as the user sees them, headings left out)
and score its clause pairs. Printed: per pair and threshold (the probability at which a clause
joins its most likely partner, PAIR_SCORE) the out-of-sample P/R/F1, the mean curve, and a
nested figure in which each fold's threshold is chosen on its own training pairs only. Then
the weights fitted on all tuning pairs, to put in app/core/alignment/pairing.py, with the
pair level figures of generated versions of one text (seeds the tests do not use).

`--without a,b` leaves evidence columns out (their weight 0), `--ablate` runs the
cross-validation once per column left out, so each column's worth is measured out of sample.
The held-out pairs are never read here.

Run: .venv/bin/python bench/fit_alignment_weights.py [--without a,b] [--ablate]
"""

from __future__ import annotations

import statistics
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.alignment import pairing
from app.core.alignment.aligner import AlignmentMemo, align
from app.core.alignment.evidence import FEATURES
from app.core.documents.model import Document
from tests.builders.agreement_corpus import (
    BASE,
    TUNING,
    document,
    has_truth,
    predicted,
    scores,
    truth,
)
from tests.builders.documents import make_document
from tests.builders.revision_generator import revise

L2 = 1e-5
THRESHOLDS = tuple(round(0.28 + 0.04 * k, 2) for k in range(12))  # 0.28 ... 0.72
REVISION_SEEDS = (101, 102)  # generated versions of one text (the tests use other seeds)


@dataclass(slots=True)
class Pair:
    """One pair of documents, its candidate evidence (kept in the memo) and its labels."""

    name: str
    base: Document
    other: Document
    marked: set[tuple[int, int]]
    memo: AlignmentMemo
    features: np.ndarray
    labels: np.ndarray

    def align(self, weights: np.ndarray, bias: float, threshold: float
              ) -> tuple[float, float, float]:
        """P, R, F1 of the whole alignment with these weights (evidence reused)."""
        with model(weights, bias, threshold):
            self.memo.pairings.clear()
            found = predicted(align([self.base, self.other], memo=self.memo), self.base,
                              self.other, headings=self.name.startswith("revision"))
        return scores(found, self.marked)


@contextmanager
def model(weights: np.ndarray, bias: float, threshold: float) -> Iterator[None]:
    saved = pairing._W, pairing.BIAS, pairing.PAIR_SCORE
    pairing._W, pairing.BIAS, pairing.PAIR_SCORE = weights, bias, threshold
    try:
        yield
    finally:
        pairing._W, pairing.BIAS, pairing.PAIR_SCORE = saved


def load(name: str) -> Pair:
    if name.startswith("revision"):
        made = revise(300, seed=int(name.removeprefix("revision")))
        base, other = make_document(made.base, "rb"), make_document(made.revised, "ro")
        marked = {(i, j) for i, js in made.truth.items() for j in js}
    else:
        base, other, marked = document(BASE), document(name), truth(name)
    memo = AlignmentMemo()
    align([base, other], memo=memo)
    found = memo.evidence[(0, 1)][0]
    labels = np.array([(int(i), int(j)) in marked
                       for i, j in zip(found.rows, found.columns, strict=True)], dtype=float)
    return Pair(name, base, other, marked, memo, found.features, labels)


def fit(pairs: Sequence[Pair], used: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights (0 for unused columns) and bias of an L2-regularised logistic regression."""
    x = np.vstack([p.features[:, used] for p in pairs])
    y = np.concatenate([p.labels for p in pairs])
    design = np.hstack([x, np.ones((len(x), 1))])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(design @ w)))
        penalty = np.r_[w[:-1], 0.0]
        value = -(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)).sum()
        value += L2 * len(y) * float(penalty @ penalty)
        return value, design.T @ (p - y) + 2 * L2 * len(y) * penalty

    w = minimize(loss, np.zeros(design.shape[1]), jac=True, method="L-BFGS-B").x
    weights = np.zeros(len(FEATURES))
    weights[used] = w[:-1]
    return weights, float(w[-1])


def _mean(rows: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    return tuple(statistics.mean(r[k] for r in rows) for k in range(3))  # type: ignore[return-value]


def cross_validate(data: dict[str, Pair], used: np.ndarray, verbose: bool = True
                   ) -> dict[float, tuple[float, float, float]]:
    """Leave one pair out: the mean out-of-sample P/R/F1 per threshold."""
    curve: dict[float, list[tuple[float, float, float]]] = {t: [] for t in THRESHOLDS}
    nested = []
    for held in data:
        train = [p for n, p in data.items() if n != held]
        weights, bias = fit(train, used)
        for t in THRESHOLDS:
            curve[t].append(data[held].align(weights, bias, t))
        inside = {t: statistics.mean(p.align(weights, bias, t)[2] for p in train)
                  for t in THRESHOLDS}
        chosen = max(THRESHOLDS, key=lambda t: inside[t])
        found = data[held].align(weights, bias, chosen)
        nested.append(found)
        if verbose:
            print(f"  leave out {held:11} " + "  ".join(
                f"{t:.2f}: {p:.2f}/{r:.2f}/{f:.2f}" for t, (p, r, f) in
                zip(THRESHOLDS, (curve[t][-1] for t in THRESHOLDS), strict=True)))
            print(f"  {'':21} threshold chosen on its training pairs {chosen:.2f}: "
                  f"P {found[0]:.2f} R {found[1]:.2f} F1 {found[2]:.2f}")
    means = {t: _mean(rows) for t, rows in curve.items()}
    if verbose:
        print("  mean out of sample per threshold (P / R / F1):")
        for t, (p, r, f) in means.items():
            print(f"    {t:.2f}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
        p, r, f = _mean(nested)
        print(f"  nested (threshold chosen per fold on its training pairs): "
              f"P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return means


def main(argv: list[str]) -> None:
    without: set[str] = set()
    if "--without" in argv:
        without = set(argv[argv.index("--without") + 1].split(","))
    data = {name: load(name) for name in TUNING if has_truth(name)}
    used = np.array([name not in without for name in FEATURES])
    print(f"evidence columns: {', '.join(n for n, u in zip(FEATURES, used, strict=True) if u)}")
    print("\ncross-validation, leave one pair out (whole alignment, headings left out); "
          "per threshold P/R/F1")
    means = cross_validate(data, used)
    if "--ablate" in argv:
        now = min(THRESHOLDS, key=lambda t: abs(t - pairing.PAIR_SCORE))
        best = max(means.items(), key=lambda kv: kv[1][2])
        print(f"\nablation, mean out of sample: at the threshold in use {now:.2f} and at the "
              f"best one\n  all columns      F1 {means[now][2]:.3f}  P {means[now][0]:.3f}   "
              f"best F1 {best[1][2]:.3f}  P {best[1][0]:.3f} at {best[0]:.2f}")
        for k, name in enumerate(FEATURES):
            if not used[k]:
                continue
            fewer = used.copy()
            fewer[k] = False
            found = cross_validate(data, fewer, verbose=False)
            top = max(found.items(), key=lambda kv: kv[1][2])
            print(f"  without {name:14} F1 {found[now][2]:.3f}  P {found[now][0]:.3f}   "
                  f"best F1 {top[1][2]:.3f}  P {top[1][0]:.3f} at {top[0]:.2f}")
    weights, bias = fit(list(data.values()), used)
    # The threshold: the best mean out-of-sample F1 that costs no precision against the
    # threshold in use (a wrong pair costs a working group more than a missing one).
    now = min(THRESHOLDS, key=lambda t: abs(t - pairing.PAIR_SCORE))
    threshold = max((t for t in THRESHOLDS if means[t][0] >= means[now][0]),
                    key=lambda t: means[t][2])
    print(f"\nfitted on all {len(data)} tuning pairs; threshold in use {now:.2f} (out of "
          f"sample P {means[now][0]:.3f} F1 {means[now][2]:.3f}); the best out-of-sample F1 at "
          f"no less precision: {threshold:.2f} (P {means[threshold][0]:.3f} "
          f"F1 {means[threshold][2]:.3f})")
    for name, pair in data.items():
        p, r, f = pair.align(weights, bias, threshold)
        print(f"  {name:11} in sample P {p:.2f} R {r:.2f} F1 {f:.2f}")
    for seed in REVISION_SEEDS:
        p, r, f = load(f"revision{seed}").align(weights, bias, threshold)
        print(f"  versions of one text, seed {seed}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    print("WEIGHTS = {" + ", ".join(f'"{k}": {v:.3f}' for k, v in
                                    zip(FEATURES, weights, strict=True)) + "}")
    print(f"BIAS = {bias:.3f}\nPAIR_SCORE = {threshold:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
