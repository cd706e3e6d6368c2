"""A Word comparison report: a summary table, then each row under the base's own headings,
each document's text as Word's own tracked changes from the base text."""

from __future__ import annotations

from datetime import datetime
from itertools import count
from pathlib import Path

from docx.document import Document as WordDocument
from docx.shared import Pt
from lxml import etree

from app.core.diff.word_diff import redline
from app.core.export.comparison import (
    CELL_LABELS,
    ROW_LABELS,
    SUMMARY_STATUSES,
    Report,
    ReportCell,
    ReportRow,
    describe,
)
from app.core.export.docx_package import (
    Paragraphs,
    fixed_widths,
    new_document,
    repeat_header,
    run,
)
from app.core.export.ooxml import W_NS
from app.core.importing.containers import strip_invalid_xml_chars

AUTHOR = "Klausul"
TITLE = "Jämförelse av överenskommelser"
_USABLE_MM = 170.0  # A4 less two 20 mm margins
_ROW_HEADING = 2  # rows that are headings in the base sit below "Klausuler" (level 1)


def _clean(text: str) -> str:
    return strip_invalid_xml_chars(text)


def _change(paragraph: etree._Element, kind: str, text: str, ids: count[int], when: str
            ) -> None:
    element = etree.SubElement(paragraph, f"{W_NS}{kind}", {
        f"{W_NS}id": str(next(ids)), f"{W_NS}author": AUTHOR, f"{W_NS}date": when})
    run(element, _clean(text), deleted=kind == "del")


def _tracked(paragraph: etree._Element, cell: ReportCell, base_text: str | None,
             ids: count[int], when: str) -> None:
    """The cell's text as tracked changes from the base text (all of it inserted or
    deleted when one side has none)."""
    if cell.text is None:
        if base_text is not None:
            _change(paragraph, "del", base_text, ids, when)
        else:
            run(paragraph, "–")
        return
    if cell.diff is None:
        if base_text is None and cell.status == "added":
            _change(paragraph, "ins", cell.text, ids, when)
        else:
            run(paragraph, _clean(cell.text))
        return
    for kind, text in redline(cell.diff):
        if kind == "equal":
            run(paragraph, _clean(text))
        else:
            _change(paragraph, "del" if kind == "delete" else "ins", text, ids, when)


def _summary(report: WordDocument, out: Paragraphs, data: Report) -> None:
    out.heading("Sammanfattning", 1)
    if not data.summary:
        out.add("Bara basen visas: det finns inget att jämföra.")
        return
    table = report.add_table(rows=1, cols=len(SUMMARY_STATUSES) + 1)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = "Dokument"
    for index, status in enumerate(SUMMARY_STATUSES):
        header[index + 1].text = CELL_LABELS[status]
    for name, counts in data.summary:
        cells = table.add_row().cells
        cells[0].text = _clean(name)
        for index, status in enumerate(SUMMARY_STATUSES):
            cells[index + 1].text = str(counts[status])
    status_width = 20.0
    fixed_widths(table, [_USABLE_MM - status_width * len(SUMMARY_STATUSES)]
                 + [status_width] * len(SUMMARY_STATUSES))
    repeat_header(table.rows[0])
    for piece in (r for row in table.rows for c in row.cells for p in c.paragraphs
                  for r in p.runs):
        piece.font.size = Pt(9)
    for cell in header:
        for piece in (r for p in cell.paragraphs for r in p.runs):
            piece.bold = True


def _row(out: Paragraphs, data: Report, row: ReportRow, ids: count[int], when: str) -> None:
    pin = " 📌" if row.pinned else ""
    label = f"Rad {row.number} · {ROW_LABELS[row.state]}{pin}"
    if row.heading is not None:
        heading_text = f"{row.heading.number} {row.heading.text}" if row.heading.number \
            else row.heading.text
        level = min(_ROW_HEADING + max(row.heading.level, 1) - 1, 9)
        out.heading(_clean(heading_text), level)
        run(out.add(), label, italic=True)
    else:
        title = out.add(keep_with_next=True)
        run(title, label, bold=True)
        if row.heading_path:
            run(title, f"  ({_clean(' › '.join(row.heading_path))})", italic=True)
    base_cell = row.cells[data.base]
    base_text = base_cell.text
    for index, cell in enumerate(row.cells):
        if index != data.base and cell.status == "empty":
            continue  # neither this document nor the base has anything here
        paragraph = out.add(style="List Bullet")
        name = _clean(data.names[index])
        if index == data.base:
            run(paragraph, f"{name} (bas): ", bold=True)
            run(paragraph, _clean(base_text) if base_text is not None
                else "– saknas i basen –")
            continue
        run(paragraph, f"{name} – {CELL_LABELS[cell.status].lower()}: ", bold=True)
        _tracked(paragraph, cell, base_text, ids, when)


def write(data: Report, target: Path) -> None:
    """Write the DOCX report to `target`."""
    # Word shows a revision's date as written: local time, not UTC.
    when = datetime.now().replace(microsecond=0).isoformat()
    ids = count(1)
    report = new_document(TITLE, AUTHOR)
    out = Paragraphs(report)
    out.heading(TITLE, 0)
    for line in describe(data):
        out.add(_clean(line))
    _summary(report, out, data)
    out.heading("Klausuler", 1)
    for row in data.rows:
        _row(out, data, row, ids, when)
    report.save(str(target))
