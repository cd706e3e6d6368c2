"""A Word comparison report: a summary table, then each row with Word's own tracked changes."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from lxml import etree

from app.core.alignment.model import ROW_STATUSES, Alignment
from app.core.diff.word_diff import redline
from app.core.documents.model import Document
from app.core.export.comparison import STATUS_LABELS, ReportCell, report_rows, summary
from app.core.importing.containers import strip_invalid_xml_chars

AUTHOR = "Klausul"


def _run(text: str, deleted: bool = False) -> etree._Element:
    run = OxmlElement("w:r")
    node = OxmlElement("w:delText" if deleted else "w:t")
    node.set(qn("xml:space"), "preserve")
    node.text = strip_invalid_xml_chars(text)
    run.append(node)
    return run


def _change(kind: str, text: str, ids: count[int], when: str) -> etree._Element:
    element = OxmlElement(f"w:{kind}")
    element.set(qn("w:id"), str(next(ids)))
    element.set(qn("w:author"), AUTHOR)
    element.set(qn("w:date"), when)
    element.append(_run(text, deleted=kind == "del"))
    return element


def _tracked_paragraph(paragraph: object, cell: ReportCell, ids: count[int], when: str) -> None:
    p = paragraph._p  # type: ignore[attr-defined]
    diff = cell.diff
    if diff is None:
        p.append(_run(cell.text))
        return
    for kind, text in redline(diff):
        if kind == "equal":
            p.append(_run(text))
        else:
            p.append(_change("del" if kind == "delete" else "ins", text, ids, when))


def write(documents: list[Document], alignment: Alignment, target: Path) -> None:
    """Write the DOCX report to `target`."""
    when = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    ids = count(1)
    report = docx.Document()
    report.core_properties.title = "Jämförelse av överenskommelser"
    report.core_properties.author = AUTHOR
    report.core_properties.language = "sv-SE"
    report.styles["Normal"].font.size = Pt(10)
    base = documents[alignment.base]
    report.add_heading("Jämförelse av överenskommelser", 0)
    report.add_paragraph(
        f"Bas: {strip_invalid_xml_chars(base.title)}. Ändringarna i varje rad visas som spårade "
        "ändringar från basens text till respektive dokuments text.")
    report.add_heading("Sammanfattning", 1)
    table = report.add_table(rows=1, cols=len(ROW_STATUSES) + 1)
    table.style = "Table Grid"
    header = table.rows[0].cells
    header[0].text = "Dokument"
    for index, status in enumerate(ROW_STATUSES):
        header[index + 1].text = STATUS_LABELS[status]
    for title, counts in summary(documents, alignment):
        cells = table.add_row().cells
        cells[0].text = strip_invalid_xml_chars(title)
        for index, status in enumerate(ROW_STATUSES):
            cells[index + 1].text = str(counts[status])
    report.add_heading("Klausuler", 1)
    for number, row in enumerate(report_rows(documents, alignment), start=1):
        path = " › ".join(row.heading_path)
        heading = report.add_paragraph()
        label = heading.add_run(f"{number}. {STATUS_LABELS[row.status]}")
        label.bold = True
        if path:
            heading.add_run(f"  ({strip_invalid_xml_chars(path)})").italic = True
        base_cell = row.cells[alignment.base]
        for index, cell in enumerate(row.cells):
            if index == alignment.base and len(row.cells) > 2:
                continue
            title = strip_invalid_xml_chars(documents[index].title)
            paragraph = report.add_paragraph(style="List Bullet")
            paragraph.add_run(f"{title}: ").bold = True
            if cell is None and base_cell is not None and index != alignment.base:
                paragraph._p.append(_change("del", base_cell.text, ids, when))
            elif cell is None:
                paragraph.add_run("–")
            elif base_cell is None and index != alignment.base:
                paragraph._p.append(_change("ins", cell.text, ids, when))
            else:
                _tracked_paragraph(paragraph, cell, ids, when)
    report.save(str(target))
