"""What a comparison report shows, independent of its file format."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from app.core.alignment.model import ROW_STATUSES, Alignment, RowStatus
from app.core.diff.word_diff import WordDiff, diff_words
from app.core.documents.model import Clause, Document

REPORT_SUFFIXES = (".docx", ".html", ".htm")
# The report is a Swedish document for the reference group; these are its words for the
# statuses (the UI has its own translatable table, kept equal to this one by a test).
STATUS_LABELS: dict[RowStatus, str] = {
    "identical": "Lika",
    "changed": "Ändrad",
    "moved": "Flyttad",
    "added": "Tillagd",
    "removed": "Saknas",
    "partial": "Delad/sammanslagen",
}


@dataclass(frozen=True)
class ReportCell:
    """One document's text in a row, and its word diff against the base text."""

    text: str
    diff: WordDiff | None


@dataclass(frozen=True)
class ReportRow:
    """A row as the report prints it."""

    status: RowStatus
    similarity: float
    heading_path: tuple[str, ...]
    cells: tuple[ReportCell | None, ...]


def row_text(clauses: list[Clause]) -> str:
    """The text of a cell: its clauses joined, with number labels."""
    return " ".join(f"{c.number} {c.text}" if c.number else c.text for c in clauses)


def report_rows(documents: list[Document], alignment: Alignment) -> list[ReportRow]:
    """Every row with per-document text and diff against the base."""
    lookup = {c.id: c for d in documents for c in d.clauses}
    rows = []
    for row in alignment.rows:
        texts = [row_text([lookup[i] for i in cell]) if cell else None for cell in row.cells]
        base_text = texts[alignment.base]
        cells: list[ReportCell | None] = []
        for index, text in enumerate(texts):
            if text is None:
                cells.append(None)
            elif index == alignment.base or base_text is None:
                cells.append(ReportCell(text, None))
            else:
                cells.append(ReportCell(text, diff_words(base_text, text)))
        first = next(lookup[i] for cell in row.cells for i in cell)
        rows.append(ReportRow(row.status, row.similarity, first.heading_path, tuple(cells)))
    return rows


def summary(documents: list[Document], alignment: Alignment) -> list[tuple[str, Counter[str]]]:
    """Per document: how many rows of each status it takes part in."""
    result = []
    for index, document in enumerate(documents):
        counts: Counter[str] = Counter({s: 0 for s in ROW_STATUSES})
        for row in alignment.rows:
            if row.cells[index]:
                counts[row.status] += 1
        result.append((document.title, counts))
    return result
