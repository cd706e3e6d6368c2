"""A python-docx document made fit for a Swedish reader: A4 pages, Swedish proofing, clean
document properties (none of the template's dates, author, description or thumbnail)."""

from __future__ import annotations

from datetime import UTC, datetime

import docx
from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from lxml import etree

from app.core.export.ooxml import W_NS

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


_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


class Paragraphs:
    """Appends paragraphs and runs to a document as plain lxml elements, each style resolved
    once. python-docx looks a style up by name (a scan of every style) on each
    add_paragraph(style=…) or add_heading(), and its run proxies add text a character at a
    time: together most of a report's writing time."""

    def __init__(self, document: WordDocument) -> None:
        self._document = document
        self._body = document.element.body
        self._end = self._body[-1] if len(self._body) and \
            self._body[-1].tag == f"{W_NS}sectPr" else None
        self._style_ids: dict[str, str] = {}

    def add(self, text: str = "", style: str | None = None, keep_with_next: bool = False
            ) -> etree._Element:
        """A new last paragraph (before the section properties), in `style` if given."""
        paragraph: etree._Element = self._body.makeelement(f"{W_NS}p", {})
        if style is not None or keep_with_next:
            properties = etree.SubElement(paragraph, f"{W_NS}pPr")
            if style is not None:
                etree.SubElement(properties, f"{W_NS}pStyle",
                                 {f"{W_NS}val": self._style_id(style)})
            if keep_with_next:
                etree.SubElement(properties, f"{W_NS}keepNext")
        if self._end is not None:
            self._end.addprevious(paragraph)
        else:
            self._body.append(paragraph)
        if text:
            run(paragraph, text)
        return paragraph

    def heading(self, text: str, level: int) -> etree._Element:
        """A heading as python-docx's add_heading makes it (level 0 = the Title style)."""
        return self.add(text, "Title" if level == 0 else f"Heading {level}")

    def _style_id(self, name: str) -> str:
        found = self._style_ids.get(name)
        if found is None:
            found = self._style_ids[name] = self._document.styles[name].style_id
        return found


def run(parent: etree._Element, text: str, bold: bool = False, italic: bool = False,
        deleted: bool = False) -> etree._Element:
    """A w:r holding `text` (w:delText inside a deletion), appended to `parent`."""
    element = etree.SubElement(parent, f"{W_NS}r")
    if bold or italic:
        properties = etree.SubElement(element, f"{W_NS}rPr")
        if bold:
            etree.SubElement(properties, f"{W_NS}b")
        if italic:
            etree.SubElement(properties, f"{W_NS}i")
    node = etree.SubElement(element, f"{W_NS}delText" if deleted else f"{W_NS}t",
                            {_SPACE: "preserve"})
    node.text = text
    return element
