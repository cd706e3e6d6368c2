"""A python-docx document made fit for a Swedish reader: A4 pages, Swedish proofing, clean
document properties (none of the template's dates, author, description or thumbnail)."""

from __future__ import annotations

from datetime import UTC, datetime

import docx
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

LANGUAGE = "sv-SE"
_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>Klausul</Application><DocSecurity>0</DocSecurity>'
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
    "<HyperlinksChanged>false</HyperlinksChanged></Properties>")


def new_document(title: str, author: str) -> WordDocument:
    """An empty A4 document in Swedish with its properties set and nothing left over."""
    report = docx.Document()
    _clean_properties(report, title, author)
    _swedish(report)
    section = report.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin = section.bottom_margin = Mm(20)
    report.styles["Normal"].font.size = Pt(10)
    return report


def _clean_properties(report: WordDocument, title: str, author: str) -> None:
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    properties = report.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.comments = ""
    properties.subject = ""
    properties.keywords = ""
    properties.category = ""
    properties.revision = 1
    properties.created = now
    properties.modified = now
    properties.language = LANGUAGE
    package = report.part.package
    for key, relationship in list(package.rels.items()):
        if relationship.reltype == _THUMBNAIL:
            package.rels.pop(key)
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _APP_XML.encode("utf-8")


def _swedish(report: WordDocument) -> None:
    """Swedish proofing for every style and the theme fonts; Word checks spelling anew."""
    styles = report.styles.element
    for language in styles.iter(qn("w:lang")):
        language.set(qn("w:val"), LANGUAGE)
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None and not list(defaults.iter(qn("w:lang"))):
        run_defaults = defaults.find(qn("w:rPrDefault"))
        properties = run_defaults.find(qn("w:rPr")) if run_defaults is not None else None
        if properties is not None:
            language = OxmlElement("w:lang")
            language.set(qn("w:val"), LANGUAGE)
            properties.append(language)
    settings = report.settings.element
    for element in settings.iter(qn("w:themeFontLang")):
        element.set(qn("w:val"), LANGUAGE)
    for element in list(settings.iter(qn("w:proofState"))):
        element.getparent().remove(element)
    for element in settings.iter(qn("w:decimalSymbol")):
        element.set(qn("w:val"), ",")
    for element in settings.iter(qn("w:listSeparator")):
        element.set(qn("w:val"), ";")


def fixed_widths(table: object, widths_mm: list[float]) -> None:
    """Give a table fixed column widths (Word would otherwise squeeze titles letter by
    letter into narrow autofit columns)."""
    table.autofit = False  # type: ignore[attr-defined]
    element = table._tbl  # type: ignore[attr-defined]
    properties = element.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    properties.append(layout)
    grid = element.tblGrid
    for column, width in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=False):
        column.set(qn("w:w"), str(round(width * 56.7)))
    for row in table.rows:  # type: ignore[attr-defined]
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


def repeat_header(row: object) -> None:
    """Repeat a table's first row on every page."""
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    properties.append(header)
