"""Alignment quality on the independently written agreements of tests/data/agreements/ and on
generated versions of one text, and alignment speed on realistic text, each figure with a
baseline measured in the same run.

Quality: P, R and F1 of clause pairs (headings left out) per pair of agreements, the tuning
pairs and the held-out pairs apart (the held-out pairs are never used to choose anything);
baselines: difflib's order-preserving matching of clause texts and, if installed, CollateX
(bench-only: `pip install collatex levenshtein`; never bundled). Versions: F1 and how many
moved clauses are flagged moved.

Speed (realistic clauses of about 70 words, tests/builders/realistic_text.py): 20 x 300 from
scratch against CollateX's fastest mode on the same documents; 5 documents of 300, 1,000 and
3,000 clauses; a 20 x 300 project file: open and show the stored alignment, and the first
link after opening realigned (features read from the file) against the same from scratch.

Run: .venv/bin/python bench/bench_alignment_corpus.py [--no-held-out] [--quick]
"""

from __future__ import annotations

import difflib
import json
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.alignment.aligner import align
from app.core.alignment.similarity import FeatureCache
from app.core.documents.edits import AddDocument
from app.core.documents.model import Document
from app.core.project import Project
from bench.timing import times_ms
from tests.builders.agreement_corpus import (
    BASE,
    HELD_OUT,
    TUNING,
    Pairs,
    document,
    has_truth,
    predicted,
    revision_truth,
    scores,
    truth,
)
from tests.builders.documents import make_document
from tests.builders.realistic_text import realistic_agreement, realistic_versions
from tests.builders.revision_generator import Revision, revise

try:  # bench-only baseline
    from collatex import Collation, collate
except ImportError:  # pragma: no cover - optional
    Collation = None


def _body(doc: Document) -> set[int]:
    return {i for i, c in enumerate(doc.clauses) if c.kind != "heading"}


def difflib_pairs(base: Document, other: Document) -> Pairs:
    """Order-preserving matching of clause texts (SequenceMatcher), replaced runs paired."""
    a = [" ".join(c.text.casefold().split()) for c in base.clauses]
    b = [" ".join(c.text.casefold().split()) for c in other.clauses]
    pairs: Pairs = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("equal", "replace"):
            pairs.update(zip(range(i1, i2), range(j1, j2), strict=False))
    body_a, body_b = _body(base), _body(other)
    return {(i, j) for i, j in pairs if i in body_a and j in body_b}


def collatex_columns(documents: list[Document], near_match: bool = False
                     ) -> list[list[list[int]]]:
    """CollateX with each clause one token: per column, each witness's clause indices."""
    witnesses = [{"id": f"w{k}", "tokens": [
        {"t": c.text, "n": " ".join(c.text.casefold().split()), "i": i}
        for i, c in enumerate(d.clauses)]} for k, d in enumerate(documents)]
    collation = Collation.create_from_dict({"witnesses": witnesses})
    table = json.loads(collate(collation, output="json", segmentation=False,
                               near_match=near_match, astar=False))["table"]
    return [[[token["i"] for token in (cells[column] or [])] for cells in table]
            for column in range(len(table[0]) if table else 0)]


def collatex_pairs(base: Document, other: Document) -> Pairs:
    body_a, body_b = _body(base), _body(other)
    return {(i, j) for cells in collatex_columns([base, other])
            for i in cells[0] for j in cells[1] if i in body_a and j in body_b}


def ours(base: Document, other: Document) -> Pairs:
    return predicted(align([base, other]), base, other)


def _line(label: str, found: tuple[float, float, float]) -> str:
    return f"P {found[0]:.2f} R {found[1]:.2f} F1 {found[2]:.2f}"


def quality(names: tuple[str, ...], title: str) -> None:
    print(f"\n{title}")
    methods: list[tuple[str, Callable[[Document, Document], Pairs]]] = [
        ("ours", ours), ("difflib", difflib_pairs)]
    if Collation is not None:
        methods.append(("CollateX", collatex_pairs))
    totals: dict[str, list[float]] = {label: [] for label, _ in methods}
    present = [n for n in names if has_truth(n)]
    for name in sorted(set(names) - set(present)):
        print(f"  {name:11} skipped: its text or marked pairs are not in tests/data/agreements")
    if not present:
        return
    for name in present:
        base, other = document(BASE), document(name)
        expected = truth(name)
        parts = []
        for label, method in methods:
            found = scores(method(base, other), expected)
            totals[label].append(found[2])
            parts.append(f"{label} {_line(label, found)}")
        print(f"  {name:11} " + "   ".join(parts))
    print("  mean F1     " + "   ".join(f"{label} {statistics.mean(values):.2f}"
                                       for label, values in totals.items()))


def _revision_figures(revision: Revision, label: str) -> None:
    base, other = make_document(revision.base, "rb"), make_document(revision.revised, "ro")
    alignment = align([base, other])
    found = predicted(alignment, base, other, headings=True)
    expected = revision_truth(revision)
    status = {cid: row.status for row in alignment.rows for cid in row.cells[0]}
    moved = sum(status[base.clauses[i].id] == "moved" for i in revision.moved)
    print(f"  {label:26} ours {_line('', scores(found, expected))}  moved flagged "
          f"{moved}/{len(revision.moved)}   difflib "
          f"{_line('', scores(difflib_all(base, other), expected))}")


def difflib_all(base: Document, other: Document) -> Pairs:
    a = [c.text for c in base.clauses]
    b = [c.text for c in other.clauses]
    pairs: Pairs = set()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag in ("equal", "replace"):
            pairs.update(zip(range(i1, i2), range(j1, j2), strict=False))
    return pairs


def revisions() -> None:
    print("\nversions of one agreement (generated; all clauses, headings included)")
    _revision_figures(revise(150, seed=5), "150 clauses, seed 5")
    _revision_figures(revise(300, seed=11), "300 clauses, seed 11")
    base = realistic_agreement(300, seed=3)
    _revision_figures(revise(300, seed=4, base=base), "300 realistic, seed 4")


def _median(function: Callable[[], object], runs: int) -> float:
    return statistics.median(times_ms(function, runs))


def _cpu_ms(function: Callable[[], object]) -> float:
    """CPU time of one call (steadier than the wall clock on a shared machine)."""
    started = time.process_time()
    function()
    return (time.process_time() - started) * 1000


def versions_corpus(documents: int, clauses: int) -> list[Document]:
    made = realistic_versions(documents, clauses, seed=7)
    return [make_document(made[0].base, "d0")] + [
        make_document(v.revised, f"d{k + 1}") for k, v in enumerate(made)]


def speed(quick: bool) -> None:
    print("\nspeed (realistic clauses of about 70 words; medians, wall clock)")
    documents = versions_corpus(20, 300)
    scratch = _median(lambda: align(documents, cache=FeatureCache()), 3)
    cache = FeatureCache()
    align(documents, cache=cache)
    warm = _median(lambda: align(documents, cache=cache), 3)
    line = f"  20 x 300 from scratch {scratch:6.0f} ms   features cached {warm:5.0f} ms"
    cpu = _cpu_ms(lambda: align(documents, cache=FeatureCache()))
    if Collation is not None:
        fastest = _median(lambda: collatex_columns(documents), 1)
        line += (f"   CollateX (fastest mode) {fastest:6.0f} ms   ours {fastest / scratch:4.1f}x"
                 " faster")
        collatex_cpu = _cpu_ms(lambda: collatex_columns(documents))
        line += (f"\n  CPU time: ours from scratch {cpu:5.0f} ms, CollateX {collatex_cpu:5.0f} ms"
                 f" ({collatex_cpu / cpu:4.1f}x)")
    print(line)
    sizes = (300, 1000) if quick else (300, 1000, 3000)
    found = []
    for size in sizes:
        docs = versions_corpus(5, size)
        found.append(_cpu_ms(lambda d=docs: align(d, cache=FeatureCache())))
    exponent = math.log(found[-1] / found[0]) / math.log(sizes[-1] / sizes[0])
    print("  5 documents x " + " -> ".join(f"{s}" for s in sizes) + " clauses (CPU): "
          + " -> ".join(f"{t:.0f} ms" for t in found) + f"   grows as n^{exponent:.2f}")
    project_speed(documents)


def project_speed(documents: list[Document]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        project = Project.new(root / "w1", "bench")
        for doc in documents:
            project.apply(AddDocument(doc, b""))
        project.alignment()
        target = root / "p.klausul"
        project.save(target)
        project.close()

        def open_and_show() -> None:
            opened = Project.open(target, root / "w2", "bench", mode="read_only")
            assert opened.alignment.current() is not None
            opened.close()

        shown = _median(open_and_show, 3)
        print(f"  20 x 300 project: open and read the stored alignment {shown:5.0f} ms")
        cold, warming, first_link, second_link, scratch_link = [], [], [], [], []
        for run in range(3):
            opened = Project.open(target, root / f"w{run + 3}", "bench")
            a, b = opened.documents()[0], opened.documents()[1 + run]
            # Without the warm-up (the CLI): the first link pays for every document.
            opened.apply(opened.alignment.link(a.clauses[-1].id, b.clauses[-1].id))
            job = opened.alignment.job()
            cold.append(times_ms(lambda j=job: j.run(), 1)[0])
            opened.close()
            # The GUI: the worker warms up after the first paint, then the user links.
            opened = Project.open(target, root / f"w{run + 6}", "bench")
            warm = opened.alignment.warm_up()
            assert warm is not None
            warming.append(times_ms(lambda j=warm: j.run(), 1)[0])
            opened.apply(opened.alignment.link(a.clauses[-1].id, b.clauses[-1].id))
            job = opened.alignment.job()
            first_link.append(times_ms(lambda j=job: j.run(), 1)[0])
            opened.alignment.accept(job, job.run())
            opened.apply(opened.alignment.link(a.clauses[-2].id, b.clauses[-2].id))
            job = opened.alignment.job()
            second_link.append(times_ms(lambda j=job: j.run(), 1)[0])
            links, current = opened.alignment.manual_links(), opened.documents()
            scratch_link.append(times_ms(lambda d=current, k=links: align(
                d, links=k, cache=FeatureCache()), 1)[0])
            opened.close()
        median = statistics.median
        print(f"  first link after opening, realigned: after the warm-up "
              f"{median(first_link):4.0f} ms (the warm-up in the worker {median(warming):4.0f}"
              f" ms), second link {median(second_link):4.0f} ms, without a warm-up "
              f"{median(cold):4.0f} ms; the same from scratch {median(scratch_link):5.0f} ms")


def main(argv: list[str]) -> None:
    quality(TUNING, "independently written agreements against the base: TUNING pairs")
    if "--no-held-out" not in argv:
        quality(HELD_OUT, "HELD-OUT pairs (never used to choose features or thresholds)")
    revisions()
    speed("--quick" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
