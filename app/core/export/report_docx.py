"""A Word comparison report: a summary table, then each row under the base's own headings,
each document's text as Word's own tracked changes from the base text."""

from __future__ import annotations

from datetime import datetime
from itertools import count
from pathlib import Path

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
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
from app.core.export.docx_package import fixed_widths, new_document, repeat_header
from app.core.importing.containers import strip_invalid_xml_chars

AUTHOR = "Klausul"
TITLE = "Jämförelse av överenskommelser"
_USABLE_MM = 170.0  # A4 less two 20 mm margins
_ROW_HEADING = 2  # rows that are headings in the base sit below "Klausuler" (level 1)


def _clean(text: str) -> str:
    return strip_invalid_xml_chars(text)


def _run(text: str, deleted: bool = False) -> etree._Element:
    run = OxmlElement("w:r")
    node = OxmlElement("w:delText" if deleted else "w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = _clean(text)
    run.append(node)
    return run


def _change(kind: str, text: str, ids: count[int], when: str) -> etree._Element:
    element = OxmlElement(f"w:{kind}")
    element.set(qn("w:id"), str(next(ids)))
    element.set(qn("w:author"), AUTHOR)
    element.set(qn("w:date"), when)
    element.append(_run(text, deleted=kind == "del"))
    return element


def _tracked(paragraph: Paragraph, cell: ReportCell, base_text: str | None, ids: count[int],
             when: str) -> None:
    """The cell's text as tracked changes from the base text (all of it inserted or
    deleted when one side has none)."""
    p = paragraph._p
    if cell.text is None:
        if base_text is not None:
            p.append(_change("del", base_text, ids, when))
        else:
            p.append(_run("–"))
        return
    if cell.diff is None:
        p.append(_change("ins", cell.text, ids, when) if base_text is None and
                 cell.status == "added" else _run(cell.text))
        return
    for kind, text in redline(cell.diff):
        p.append(_run(text) if kind == "equal" else
                 _change("del" if kind == "delete" else "ins", text, ids, when))


def _summary(report: WordDocument, data: Report) -> None:
    report.add_heading("Sammanfattning", 1)
    if not data.summary:
        report.add_paragraph("Bara basen visas: det finns inget att jämföra.")
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
    for run in (r for row in table.rows for c in row.cells for p in c.paragraphs
                for r in p.runs):
        run.font.size = Pt(9)
    for cell in header:
        for run in (r for p in cell.paragraphs for r in p.runs):
            run.bold = True


def _row(report: WordDocument, data: Report, row: ReportRow, ids: count[int], when: str
         ) -> None:
    pin = " 📌" if row.pinned else ""
    label = f"Rad {row.number} · {ROW_LABELS[row.state]}{pin}"
    if row.heading is not None:
        heading_text = f"{row.heading.number} {row.heading.text}" if row.heading.number \
            else row.heading.text
        level = min(_ROW_HEADING + max(row.heading.level, 1) - 1, 9)
        report.add_heading(_clean(heading_text), level)
        report.add_paragraph().add_run(label).italic = True
    else:
        title = report.add_paragraph()
        title.paragraph_format.keep_with_next = True
        title.add_run(label).bold = True
        if row.heading_path:
            title.add_run(f"  ({_clean(' › '.join(row.heading_path))})").italic = True
    base_cell = row.cells[data.base]
    base_text = base_cell.text
    for index, cell in enumerate(row.cells):
        if index != data.base and cell.status == "empty":
            continue  # neither this document nor the base has anything here
        paragraph = report.add_paragraph(style="List Bullet")
        name = _clean(data.names[index])
        if index == data.base:
            paragraph.add_run(f"{name} (bas): ").bold = True
            paragraph.add_run(_clean(base_text) if base_text is not None
                              else "– saknas i basen –")
            continue
        paragraph.add_run(f"{name} – {CELL_LABELS[cell.status].lower()}: ").bold = True
        _tracked(paragraph, cell, base_text, ids, when)


def write(data: Report, target: Path) -> None:
    """Write the DOCX report to `target`."""
    # Word shows a revision's date as written: local time, not UTC.
    when = datetime.now().replace(microsecond=0).isoformat()
    ids = count(1)
    report = new_document(TITLE, AUTHOR)
    report.add_heading(TITLE, 0)
    for line in describe(data):
        report.add_paragraph(_clean(line))
    _summary(report, data)
    report.add_heading("Klausuler", 1)
    for row in data.rows:
        _row(report, data, row, ids, when)
    report.save(str(target))
