"""Read OpenDocument text (.odt) from content.xml: headings, lists, tables, notes, changes."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from app.core.documents.model import (
    Block,
    ClauseKind,
    Location,
    Note,
    NoteKind,
    ReadResult,
    TableCell,
)
from app.core.errors import DocumentReadError, DocumentWarning, ReadProblem, ReadWarning
from app.core.importing.containers import Package, strip_invalid_xml_chars
from app.core.importing.docx_blocks import direct_level, heading_shaped, number_boxes, size_ranks
from app.core.importing.docx_boxes import length_emu
from app.core.importing.line_rules import TYPED_BULLET
from app.core.importing.numbers import MAX_LEVEL, format_number, parse_int
from app.core.importing.odt_styles import LIST_LEVELS, OUTLINE, TEXT, OdtStyles
from app.core.importing.parts import side_part
from app.core.importing.segmentation import normalise_space

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_ODF_NAMESPACES = "{urn:oasis:names:tc:opendocument:"
_Elements = list[etree._Element]  # (the reader's list() method hides the builtin in its body)
_MAX_REPEAT = 64


@dataclass(slots=True)
class _Inline:
    parts: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    comments: list[Note] = field(default_factory=list)


def _clean(text: str) -> str:
    """One line of text: XML-invalid characters dropped, whitespace collapsed."""
    return normalise_space(strip_invalid_xml_chars(text))


def _text_of(element: etree._Element) -> str:
    return _clean("".join(str(t) for t in element.itertext()))


class _Reader:
    def __init__(self, content: etree._Element, styles: etree._Element | None) -> None:
        self.blocks: list[Block] = []
        self.tables = 0
        self.paragraphs = 0
        self.styles = OdtStyles(styles, content)
        # Bold paragraphs read as headings, with their font size: their levels are ranked
        # by size once the whole body is read, as the Word reader does.
        self.direct: dict[int, float] = {}  # id(block) -> size
        self.styled_headings = False
        self.title_text = ""  # the first paragraph in the Title style
        self.counters: dict[str, list[int]] = {}
        # Drawing shapes (frames with text boxes, shapes with text) met in the paragraph or
        # cell just read; their text follows it as clauses of their own.
        self.shapes: list[etree._Element] = []
        self.box_count = 0

    def inline(self, element: etree._Element, out: _Inline) -> None:
        if element.text:
            out.parts.append(element.text)
        for child in element:
            tag = child.tag
            if tag == TEXT + "s":
                out.parts.append(" ")  # any count of spaces collapses to one
            elif tag in (TEXT + "tab", TEXT + "line-break"):
                out.parts.append(" ")
            elif tag == TEXT + "note":
                body = child.find(TEXT + "note-body")
                if body is not None:
                    kind: NoteKind = "endnote" if child.get(TEXT + "note-class") == "endnote" \
                        else "footnote"
                    out.notes.append(Note(text=_text_of(body), kind=kind))
            elif tag == OFFICE + "annotation":
                creator, date = child.find(DC + "creator"), child.find(DC + "date")
                texts = [_text_of(p) for p in child.iter(TEXT + "p")]
                out.comments.append(Note(
                    kind="comment", text=" ".join(t for t in texts if t),
                    author=(creator.text or "") if creator is not None else "",
                    date=date.text if date is not None else None))
            elif tag in (TEXT + "change", TEXT + "change-start", TEXT + "change-end",
                         OFFICE + "annotation-end", TEXT + "bookmark-start",
                         TEXT + "bookmark-end", TEXT + "soft-page-break", SVG + "title",
                         SVG + "desc"):
                pass
            elif isinstance(tag, str) and tag.startswith(DRAW):
                self.shapes.append(child)
            elif tag in (TEXT + "p", TEXT + "h"):  # not valid ODF, but some writers nest them
                out.parts.append(" ")
                self.inline(child, out)
                out.parts.append(" ")
            else:
                self.inline(child, out)
            if child.tail:
                out.parts.append(child.tail)

    def paragraph(self, element: etree._Element, kind: ClauseKind, level: int = 0,
                  number: str | None = None) -> Block | None:
        self.paragraphs += 1
        out = _Inline()
        self.inline(element, out)
        text = _clean("".join(out.parts))
        if not text:
            return None
        if kind == "paragraph":
            if self.styles.is_title(element.get(TEXT + "style-name", "")):
                kind, level = "heading", 1
                self.title_text = self.title_text or text
            elif (bullet := TYPED_BULLET.match(text)) and len(text) > bullet.end():
                # A bullet typed by hand, as Word files saved by LibreOffice keep them.
                text, kind, level = text[bullet.end():], "list_item", 1
            elif self._bold_heading(element, text):
                kind, level = "heading", 2
                block = Block(kind=kind, text=text, level=level, number=number,
                              footnotes=tuple(out.notes), comments=tuple(out.comments),
                              location=Location("paragraph", self.paragraphs))
                self.direct[id(block)] = self._size(element)
                return block
        elif kind == "heading":
            self.styled_headings = True
        return Block(kind=kind, text=text, level=level, number=number,
                     footnotes=tuple(out.notes), comments=tuple(out.comments),
                     location=Location("paragraph", self.paragraphs))

    def _size(self, element: etree._Element) -> float:
        """The largest font size in a paragraph: its style's or its spans'."""
        sizes = [self.styles.size(element.get(TEXT + "style-name", ""))]
        sizes += [self.styles.size(s.get(TEXT + "style-name", ""))
                  for s in element if s.tag == TEXT + "span"]
        return max(sizes)

    def rank_direct_headings(self) -> None:
        """Levels for the bold paragraphs read as headings: largest size first, below the
        styled headings when the document has both."""
        ranks = size_ranks(self.direct.values())
        self.blocks = [
            replace(b, level=direct_level(b.text, self.direct[id(b)], ranks,
                                          self.styled_headings))
            if id(b) in self.direct else b for b in self.blocks]

    def _bold_heading(self, element: etree._Element, text: str) -> bool:
        if not heading_shaped(text):
            return False
        if element.get(TEXT + "style-name") in self.styles.bold:
            return True
        spans = [s for s in element if s.tag == TEXT + "span"]
        return bool(spans) and not (element.text or "").strip() and all(
            s.get(TEXT + "style-name") in self.styles.bold for s in spans)

    def body(self, container: etree._Element) -> None:
        for child in container:
            tag = child.tag
            if tag == TEXT + "h":
                level = parse_int(child.get(TEXT + "outline-level"), 1, 1, MAX_LEVEL)
                unnumbered = child.get(TEXT + "is-list-header") == "true"
                block = self.paragraph(child, "heading", level,
                                       None if unnumbered else self._label(OUTLINE, level))
                if block is not None:
                    self.blocks.append(block)
                self.boxes()
            elif tag == TEXT + "p":
                block = self.paragraph(child, "paragraph")
                if block is not None:
                    self.blocks.append(block)
                self.boxes()
            elif tag == TEXT + "list":
                self.list(child, 1, child.get(TEXT + "style-name", ""))
            elif tag == TABLE + "table":
                self.table(child)
            elif tag in (TEXT + "section", TEXT + "index-body", OFFICE + "text"):
                self.body(child)
            elif tag.startswith(DRAW):  # a shape anchored to the page
                self.shapes.append(child)
                self.boxes()
            elif not tag.startswith(_ODF_NAMESPACES):
                self.body(child)  # another vocabulary's element: its ODF content still counts

    # -- text boxes and shapes --------------------------------------------------------
    def boxes(self) -> None:
        """Read the shapes met since the last call, each as a text box of its own, top to
        bottom when each gives its position; the clauses say which box and which paragraph."""
        shapes, self.shapes = self.shapes, []
        tops = [length_emu(shape.get(SVG + "y", "")) for shape in shapes]
        if len(shapes) > 1 and all(top is not None for top in tops):
            shapes = [s for _, s in sorted(zip(tops, shapes, strict=True),
                                           key=lambda pair: pair[0] or 0.0)]
        anchor = self.paragraphs
        for shape in shapes:
            self.box_count += 1
            number, start = self.box_count, len(self.blocks)
            self._shape(shape)
            self.paragraphs = anchor  # a box's paragraphs do not shift the body's
            for index in range(start, len(self.blocks)):
                where = self.blocks[index].location
                if where is None or where.kind != "text_box":
                    self.blocks[index] = replace(self.blocks[index],
                                                 location=Location("text_box", number, anchor))

    def _shape(self, shape: etree._Element) -> None:
        """A frame's text boxes, a shape's own paragraphs, a group's shapes."""
        if shape.tag == DRAW + "frame":
            for text_box in shape.iterchildren(DRAW + "text-box"):
                self.body(text_box)
        elif shape.tag == DRAW + "g":
            for member in shape:
                if isinstance(member.tag, str) and member.tag.startswith(DRAW):
                    self._shape(member)
        else:
            self.body(shape)

    def _label(self, style_name: str, level: int) -> str | None:
        style = self.styles.lists.get(style_name)
        if style is None or level not in style.levels:
            return None
        fmt, prefix, suffix, display, start = style.levels[level]
        counters = self.counters.setdefault(style_name, [0] * (LIST_LEVELS + 1))
        counters[level] = counters[level] + 1 if counters[level] else start
        for deeper in range(level + 1, LIST_LEVELS + 1):
            counters[deeper] = 0
        shown = [format_number(counters[lvl] or 1, style.levels.get(lvl, (fmt,))[0])
                 for lvl in range(max(level - display + 1, 1), level + 1)]
        return f"{prefix}{'.'.join(shown)}{suffix}".strip() or None

    def list(self, element: etree._Element, level: int, style_name: str) -> None:
        level = min(level, LIST_LEVELS)  # deeper lists are drawn at the deepest level
        for item in element:
            if item.tag not in (TEXT + "list-item", TEXT + "list-header"):
                continue
            for child in item:
                if child.tag == TEXT + "list":
                    self.list(child, level + 1, child.get(TEXT + "style-name", style_name))
                elif child.tag in (TEXT + "p", TEXT + "h"):
                    label = self._label(style_name, level)
                    block = self.paragraph(child, "list_item", level, label)
                    if block is not None:
                        self.blocks.append(block)
                    self.boxes()

    def table(self, element: etree._Element) -> None:
        index = self.tables
        self.tables += 1
        grid: dict[tuple[int, int], str] = {}
        rows = [r for r in element.iter(TABLE + "table-row")
                if r.getparent() is not None and _owner_table(r) is element]
        cells: list[tuple[int, int, str, _Inline, _Elements]] = []
        nested: _Elements = []
        for row_index, row_element in enumerate(rows):
            column = 0
            for cell in row_element:
                repeat = parse_int(cell.get(TABLE + "number-columns-repeated"), 1, 1,
                                   _MAX_REPEAT)
                if cell.tag == TABLE + "table-cell":
                    out = _Inline()
                    self._cell(cell, out, nested)
                    text = _clean("".join(out.parts))
                    grid[(row_index, column)] = text
                    shapes, self.shapes = self.shapes, []
                    if text or shapes:
                        cells.append((row_index, column, text, out, shapes))
                column += repeat
        for row, column, text, out, shapes in cells:
            if text:
                self.blocks.append(Block(kind="table_cell", text=text, table=TableCell(
                    table=index, row=row, column=column,
                    row_header=grid.get((row, 0), "") if column else "",
                    column_header=grid.get((0, column), "") if row else ""),
                    footnotes=tuple(out.notes), comments=tuple(out.comments),
                    location=Location("table", index + 1, row + 1)))
            self.shapes = shapes
            self.boxes()
        for table in nested:  # tables in cells follow the table, as in Word files
            self.table(table)

    def _cell(self, container: etree._Element, out: _Inline, nested: _Elements) -> None:
        """A cell's paragraphs, headings, list items and sections, joined into one text."""
        for node in container:
            tag = node.tag
            if tag in (TEXT + "p", TEXT + "h"):
                self.inline(node, out)
                out.parts.append(" ")
            elif tag == TABLE + "table":
                nested.append(node)
            elif tag in (TEXT + "list", TEXT + "list-item", TEXT + "list-header",
                         TEXT + "section"):
                self._cell(node, out, nested)
            elif isinstance(tag, str) and tag.startswith(DRAW):
                self.shapes.append(node)


def _owner_table(row: etree._Element) -> etree._Element | None:
    parent = row.getparent()
    while parent is not None and parent.tag != TABLE + "table":
        parent = parent.getparent()
    return parent


def read(data: bytes, path: Path) -> ReadResult:
    """Read ODT bytes into blocks in document order."""
    package = Package(data, path)
    # The manifest is only asked whether parts are encrypted: looked at, never parsed, so a
    # damaged manifest does not stop a sound document.
    if package.has("META-INF/manifest.xml") and b"encryption-data" in package.read(
            "META-INF/manifest.xml"):
        raise DocumentReadError(path, ReadProblem.ENCRYPTED)
    if not package.has("content.xml"):
        raise DocumentReadError(path, ReadProblem.MISSING_CONTENT)
    content = package.xml("content.xml")
    warnings: list[DocumentWarning] = []
    # Deleted text of tracked changes lives in text:tracked-changes; drop it (accepted view).
    for tracked in content.iter(TEXT + "tracked-changes"):
        parent = tracked.getparent()
        if parent is not None:
            parent.remove(tracked)
    reader = _Reader(content, side_part(package, "styles.xml", ReadWarning.DAMAGED_STYLES,
                                        warnings))
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise DocumentReadError(path, ReadProblem.BROKEN_XML, "office:text")
    reader.body(body)
    reader.rank_direct_headings()
    reader.blocks = number_boxes(reader.blocks)
    meta = side_part(package, "meta.xml", ReadWarning.DAMAGED_METADATA, warnings)
    title = ""
    if meta is not None:
        node = meta.find(f".//{DC}title")
        title = " ".join((node.text or "").split()) if node is not None else ""
    first = next((b.text for b in reader.blocks if b.kind == "heading"), "")
    return ReadResult(format="odt", blocks=tuple(reader.blocks),
                      title=title or reader.title_text or first,
                      warnings=tuple(warnings))
