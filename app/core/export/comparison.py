"""What a comparison report shows, independent of its file format: the comparison as the
user sees it (shown documents only, their names, the base, hand links, the ignore options)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.alignment.comparison import IGNORE_FIELDS, Comparison
from app.core.alignment.model import RowStatus
from app.core.alignment.statuses import CellStatus, RowState, cell_text
from app.core.diff.word_diff import WordDiff, diff_words
from app.core.documents.model import Clause, Document

REPORT_SUFFIXES = (".docx", ".html", ".htm")
# The report is a Swedish document for the reference group; these are its words for the
# statuses (the UI has its own translatable table, kept equal to these by a test).
STATUS_LABELS: dict[RowStatus, str] = {
    "identical": "Lika",
    "changed": "Ändrad",
    "moved": "Flyttad",
    "added": "Tillagd",
    "removed": "Saknas",
    "partial": "Delad/sammanslagen",
}
CELL_LABELS: dict[CellStatus, str] = {
    "base": "Bas",
    "identical": "Lika",
    "changed": "Ändrad",
    "moved": "Flyttad",
    "missing": "Saknas",
    "added": "Tillagd",
    "empty": "Tom",
}
ROW_LABELS: dict[RowState, str] = {
    "identical": "Lika",
    "changed": "Ändrad",
    "moved": "Flyttad",
    "missing": "Saknas",
    "added": "Saknas i basen",
    "base_only": "Bara basen",
    "empty": "Tom",
}
IGNORE_LABELS = {"ignore_case": "skiftläge", "ignore_whitespace": "blanksteg",
                 "ignore_punctuation": "skiljetecken", "ignore_numbering": "numrering"}
# The counts a summary shows per document (base and empty say nothing about it).
SUMMARY_STATUSES: tuple[CellStatus, ...] = ("identical", "changed", "moved", "missing", "added")


def row_text(clauses: list[Clause]) -> str:
    """The text of a cell: its clauses joined, with number labels."""
    return cell_text(clauses)


@dataclass(frozen=True)
class ReportCell:
    """One shown document's cell: its status, its text (None when it has none) and its
    word diff against the base text under the comparison's options."""

    status: CellStatus
    text: str | None
    diff: WordDiff | None


@dataclass(frozen=True)
class ReportRow:
    """A row as the report prints it; `cells` follow `Report.documents`."""

    number: int  # 1-based, counting the rows shown
    state: RowState
    pinned: bool
    heading_path: tuple[str, ...]
    heading: Clause | None  # the base's clause when it is a heading
    cells: tuple[ReportCell, ...]


@dataclass(frozen=True)
class Report:
    """The shown documents (the base among them), their names, and the shown rows."""

    documents: tuple[Document, ...]
    names: tuple[str, ...]
    base: int  # index into documents
    hidden: tuple[str, ...]  # names of the documents left out
    ignored: tuple[str, ...]  # Swedish words for what the comparison ignores
    rows: tuple[ReportRow, ...]
    summary: tuple[tuple[str, dict[CellStatus, int]], ...]  # per shown non-base document


def build_report(comparison: Comparison) -> Report:
    """The report of a comparison: what the user sees, in the same order."""
    base = comparison.base
    visible = (base, *(d for d in comparison.visible() if d != base))  # the base first
    lookup = {c.id: c for d in comparison.documents for c in d.clauses}
    rows: list[ReportRow] = []
    for index, aligned in enumerate(comparison.alignment.rows):
        if not comparison.shown(index):
            continue
        texts = {d: cell_text([lookup[c] for c in aligned.cells[d]]) if aligned.cells[d]
                 else None for d in visible}
        base_text = texts[base]
        cells: list[ReportCell] = []
        for d in visible:
            text = texts[d]
            diff = diff_words(base_text, text, comparison.options) \
                if d != base and text is not None and base_text is not None else None
            cells.append(ReportCell(comparison.cell_status(index, d), text, diff))
        first = next(lookup[aligned.cells[d][0]] for d in visible if aligned.cells[d])
        own = lookup[aligned.cells[base][0]] if aligned.cells[base] else None
        # Only the base's headings become the report's sections (its navigation pane).
        heading = own if own is not None and own.kind == "heading" else None
        rows.append(ReportRow(len(rows) + 1, comparison.states[index], aligned.pinned,
                              first.heading_path, heading, tuple(cells)))
    counted = dict(zip(comparison.visible(), comparison.counts(), strict=True))
    summary = tuple((counted[d][0], {s: counted[d][1][s] for s in SUMMARY_STATUSES})
                    for d in visible if d != base)
    hidden = tuple(comparison.names[i] for i, d in enumerate(comparison.alignment.document_ids)
                   if d in comparison.hidden)
    ignored = tuple(IGNORE_LABELS[f] for f in IGNORE_FIELDS if getattr(comparison.options, f))
    return Report(tuple(comparison.documents[d] for d in visible),
                  tuple(comparison.names[d] for d in visible), visible.index(base), hidden,
                  ignored, tuple(rows), summary)


def describe(report: Report) -> list[str]:
    """The report's opening sentences: the base, what was left out and ignored."""
    lines = [f"Bas: {report.names[report.base]}. Varje rad visar basens text och hur de "
             "andra dokumenten skiljer sig från den: struken text finns i basen men inte i "
             "dokumentet, understruken text är ny i dokumentet."]
    if report.hidden:
        lines.append("Dolda dokument som inte ingår: " + ", ".join(report.hidden) + ".")
    if report.ignored:
        lines.append("Jämförelsen bortser från " + _joined(report.ignored) + ".")
    if any(row.pinned for row in report.rows):
        lines.append("Rader markerade med 📌 har länkats för hand.")
    return lines


def _joined(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " och " + words[-1]
