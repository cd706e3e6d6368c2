"""The independently written agreements of tests/data/agreements/ and their hand-marked
clause pairs, for alignment quality tests and benchmarks; and the pairs of generated
revisions (tests/builders/revision_generator.py) scored the same way.

Pairs are (base clause index, other clause index) into the documents' clause lists; headings
are never marked, so they are left out of predicted pairs too.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from app.core.alignment.model import Alignment
from app.core.documents.model import Document
from app.core.importing import import_document
from tests.builders.revision_generator import Revision

CORPUS = Path(__file__).resolve().parent.parent / "data" / "agreements"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
BASE: str = MANIFEST["base"]
TUNING: tuple[str, ...] = tuple(MANIFEST["tuning"])
HELD_OUT: tuple[str, ...] = tuple(MANIFEST["held_out"])

Pairs = set[tuple[int, int]]


@cache
def document(name: str) -> Document:
    """One agreement of the corpus, read by the Markdown reader (a clause per line)."""
    return import_document(CORPUS / f"{name}.md")


def has_truth(name: str) -> bool:
    """Whether `name`'s text and its marked pairs against the base are in the corpus."""
    return (CORPUS / f"{name}.md").is_file() and \
        (CORPUS / "truth" / f"{BASE}__{name}.tsv").is_file()


def truth(name: str) -> Pairs:
    """The pairs a reader marked between the base and `name`."""
    base, other = document(BASE), document(name)
    line_a = {c.location.number: i for i, c in enumerate(base.clauses) if c.location}
    line_b = {c.location.number: i for i, c in enumerate(other.clauses) if c.location}
    pairs: Pairs = set()
    text = (CORPUS / "truth" / f"{BASE}__{name}.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip():
            a, b = line.split("\t")[:2]
            pairs.add((line_a[int(a)], line_b[int(b)]))
    return pairs


def predicted(alignment: Alignment, base: Document, other: Document, headings: bool = False
              ) -> Pairs:
    """Body clause pairs the alignment puts in one row (every base clause of a row with every
    clause of the other document in that row), headings left out unless `headings`."""
    index_a = {c.id: i for i, c in enumerate(base.clauses) if headings or c.kind != "heading"}
    index_b = {c.id: i for i, c in enumerate(other.clauses) if headings or c.kind != "heading"}
    a_at = alignment.document_ids.index(base.id)
    b_at = alignment.document_ids.index(other.id)
    return {(index_a[x], index_b[y]) for row in alignment.rows
            for x in row.cells[a_at] if x in index_a
            for y in row.cells[b_at] if y in index_b}


def revision_truth(revision: Revision) -> Pairs:
    """The pairs a generated revision made: (base index, revised index), headings included."""
    return {(i, j) for i, js in revision.truth.items() for j in js}


def scores(found: Pairs, expected: Pairs) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    hits = len(found & expected)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(expected) if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
