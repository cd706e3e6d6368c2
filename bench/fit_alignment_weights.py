"""Fit the weights of the pair evidence (app/core/alignment/evidence.py) on the TUNING pairs
of tests/data/agreements/ only: a logistic regression of "a reader paired these two clauses"
on the evidence of every candidate pair. Prints leave-one-pair-out figures (fit on three
tuning pairs, scored on the fourth, pair level, before rows are built) and the weights to
put in app/core/alignment/pairing.py. The held-out pairs are never read here.

Run: .venv/bin/python bench/fit_alignment_weights.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.alignment.evidence import FEATURES, Evidence, gather
from app.core.alignment.similarity import FeatureCache, Vectors
from app.core.documents.model import Document
from tests.builders.agreement_corpus import BASE, TUNING, document, truth
from tests.builders.documents import make_document
from tests.builders.revision_generator import revise

L2 = 1e-5


REVISION_SEEDS = (101, 102)  # generated versions of one text (the tests use other seeds)


def revision(seed: int) -> tuple[Document, Document, set[tuple[int, int]]]:
    made = revise(300, seed=seed)
    truth_pairs = {(i, j) for i, js in made.truth.items() for j in js}
    return make_document(made.base, "rb"), make_document(made.revised, "ro"), truth_pairs


def evidence(name: str) -> tuple[Evidence, np.ndarray]:
    if name.startswith("revision"):
        base, other, marked = revision(int(name.removeprefix("revision")))
    else:
        base, other, marked = document(BASE), document(name), truth(name)
    vectors = Vectors([base.clauses, other.clauses], FeatureCache())
    found = gather(vectors, 0, 1, base.clauses, other.clauses)
    labels = np.array([(int(i), int(j)) in marked
                       for i, j in zip(found.rows, found.columns, strict=True)], dtype=float)
    return found, labels


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Weights (last = intercept) of an L2-regularised logistic regression."""
    design = np.hstack([x, np.ones((len(x), 1))])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        p = 1 / (1 + np.exp(-(design @ w)))
        penalty = np.r_[w[:-1], 0.0]
        value = -(y * np.log(p + 1e-12) + (1 - y) * np.log(1 - p + 1e-12)).sum()
        value += L2 * len(y) * float(penalty @ penalty)
        return value, design.T @ (p - y) + 2 * L2 * len(y) * penalty

    return minimize(loss, np.zeros(design.shape[1]), jac=True, method="L-BFGS-B").x


def f1_at(w: np.ndarray, x: np.ndarray, y: np.ndarray, missed: int, threshold: float
          ) -> tuple[float, float, float]:
    chosen = 1 / (1 + np.exp(-(np.hstack([x, np.ones((len(x), 1))]) @ w))) >= threshold
    hits = float((chosen & (y > 0)).sum())
    precision = hits / max(int(chosen.sum()), 1)
    recall = hits / max(y.sum() + missed, 1)
    return precision, recall, 2 * precision * recall / max(precision + recall, 1e-9)


def main() -> None:
    data = {}
    revisions = {}
    for name in (*TUNING, *(f"revision{seed}" for seed in REVISION_SEEDS)):
        found, labels = evidence(name)
        marked = revision(int(name[8:]))[2] if name.startswith("revision") else truth(name)
        missed = len(marked) - int(labels.sum())  # marked pairs that are no candidate
        (revisions if name.startswith("revision") else data)[name] = \
            (found.features, labels, missed)
        print(f"{name:11} candidates {len(found):6}  marked pairs not among them {missed}")
    thresholds = np.arange(0.10, 0.90, 0.02)
    for held in TUNING:
        train = [n for n in TUNING if n != held]
        parts = [data[n] for n in train]
        w = fit(np.vstack([d[0] for d in parts]), np.concatenate([d[1] for d in parts]))
        means = [np.mean([f1_at(w, *data[n], t)[2] for n in train]) for t in thresholds]
        threshold = float(thresholds[int(np.argmax(means))])
        p, r, f = f1_at(w, *data[held], threshold)
        print(f"leave out {held:11} threshold {threshold:.2f}  P {p:.2f} R {r:.2f} F1 {f:.2f}")
    parts = list(data.values())
    w = fit(np.vstack([d[0] for d in parts]), np.concatenate([d[1] for d in parts]))
    for name, d in revisions.items():
        print(f"{name} pair level P {f1_at(w, *d, 0.5)[0]:.3f} R {f1_at(w, *d, 0.5)[1]:.3f}")
    means = [np.mean([f1_at(w, *d, t)[2] for d in data.values()]) for t in thresholds]
    print("WEIGHTS = {" + ", ".join(f'"{k}": {v:.3f}' for k, v in zip(FEATURES, w, strict=False))
          + "}")
    print(f"BIAS = {w[-1]:.3f}  best pair-level threshold {thresholds[int(np.argmax(means))]:.2f}")


if __name__ == "__main__":
    main()
