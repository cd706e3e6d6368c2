"""Read a Word (.docx) file into blocks with lxml: headings, numbering, lists, tables, changes."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from lxml import etree

from app.core.documents.model import (
    Block,
    ClauseKind,
    Location,
    Note,
    ReadResult,
    Revision,
    Span,
    TableCell,
)
from app.core.errors import DocumentReadError, DocumentWarning, ReadProblem, ReadWarning
from app.core.importing.containers import Package, parse_xml
from app.core.importing.docx_blocks import (
    Para,
    heading_shaped,
    join_texts,
    mostly_bold,
    number_boxes,
    read_notes,
    to_blocks,
)
from app.core.importing.docx_boxes import (
    TXBX_CONTENT,
    TextBox,
    boxes_in,
    is_cover_page,
    is_placeholder,
    reading_key,
    unwrapped,
)
from app.core.importing.docx_numbering import Numbering
from app.core.importing.docx_styles import Styles
from app.core.importing.docx_text import (
    PPR,
    ParagraphText,
    collect,
    normalise,
    paragraphs_needing_walk,
    plain_text,
    revisions_in,
)
from app.core.importing.docx_xml import W, child, int_value, transitional
from app.core.importing.line_rules import TYPED_BULLET
from app.core.importing.numbers import MAX_LEVEL, clamp
from app.core.importing.parts import side_part
from app.core.importing.spans import shift_note, shift_span

_W = f"{{{W}}}"
P, TBL, TR, TC, SDT, SDT_CONTENT = (_W + n for n in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
_VAL = _W + "val"
_PSTYLE, _NUMPR, _NUMID, _ILVL, _IND, _OUTLINE, _RPR, _DEL = (
    _W + n for n in ("pStyle", "numPr", "numId", "ilvl", "ind", "outlineLvl", "rPr", "del"))
_TCPR, _GRID_SPAN, _VMERGE, _CUSTOM_XML = (
    _W + n for n in ("tcPr", "gridSpan", "vMerge", "customXml"))
_DC = "{http://purl.org/dc/elements/1.1/}"
_LIST_STYLE_LEVEL = re.compile(r"^list (?:bullet|number|continue)\s*(\d)$", re.IGNORECASE)
_TWIPS_PER_LEVEL = 360


class _Reader:
    def __init__(self, package: Package, warnings: list[DocumentWarning]) -> None:
        def part(name: str, loss: ReadWarning) -> etree._Element | None:
            return side_part(package, f"word/{name}.xml", loss, warnings, transitional)

        self.styles = Styles(part("styles", ReadWarning.DAMAGED_STYLES))
        self.numbering = Numbering(part("numbering", ReadWarning.DAMAGED_NUMBERING))
        self.comments = read_notes(part("comments", ReadWarning.DAMAGED_NOTES), "comment")
        self.footnotes = read_notes(part("footnotes", ReadWarning.DAMAGED_NOTES), "footnote")
        self.endnotes = read_notes(part("endnotes", ReadWarning.DAMAGED_NOTES), "endnote")
        self.blocks: list[Block] = []
        self.paragraph_count = 0
        self.table_count = 0
        self.has_revisions = False
        self.title_text = ""
        self._carry: ParagraphText | None = None
        # Paragraphs that need the full walk (tracked changes, comments, tabs, ...).
        self.walk: set[etree._Element] = set()
        # Paragraphs that anchor text boxes; the boxes read from the paragraph just read.
        self.box_anchors: set[etree._Element] = set()
        self.pending: list[Para | Block] = []
        self.box_count = 0
        # Inside a cover page: its boxes, gathered to be put in reading order.
        self.cover_boxes: list[tuple[TextBox, list[Para | Block]]] | None = None

    # -- paragraphs -------------------------------------------------------------------
    def paragraph(self, p: etree._Element) -> Para | None:
        self.paragraph_count += 1
        if p in self.box_anchors:
            self._boxes(p)
        ppr = child(p, PPR)
        style_id = num_id = None
        ilvl: int | None = None
        indent: int | None = None
        outline: int | None = None
        mark_deleted = False
        if ppr is not None:
            for prop in ppr:
                tag = prop.tag
                if tag == _PSTYLE:
                    style_id = prop.get(_VAL)
                elif tag == _NUMPR:
                    for part in prop:
                        if part.tag == _NUMID:
                            num_id = part.get(_VAL)
                        elif part.tag == _ILVL:
                            ilvl = int_value(part.get(_VAL))
                elif tag == _IND:
                    indent = int_value(prop.get(_W + "left") or prop.get(_W + "start"))
                elif tag == _OUTLINE:
                    outline = int_value(prop.get(_VAL), 9, 0, 9)
                elif tag == _RPR:
                    mark_deleted = child(prop, _DEL) is not None
        style = self.styles.get(style_id)
        base_size = style.size or self.styles.default_size
        text: ParagraphText | None = None
        if self._carry is not None or mark_deleted or p in self.walk:
            text = collect(p, style.bold, base_size, detailed=True)
            if self._carry is not None:
                text = join_texts(self._carry, text)
                self._carry = None
            if mark_deleted:
                # The paragraph mark is deleted: in the accepted view it runs into the next.
                self.has_revisions = True
                self._carry = text
                return None
        if num_id is None:
            num_id = style.num_id
        if ilvl is None:
            ilvl = style.ilvl
        label = self.numbering.next_label(num_id, ilvl) if num_id else None
        revisions: tuple[Revision, ...] = ()
        comments: tuple[Note, ...] = ()
        footnotes: tuple[Note, ...] = ()
        if text is None:
            # Fast path: only plain runs, nothing anchored in the paragraph.
            clean = plain_text(p)
        else:
            clean, mapping = normalise(text.raw())
            revisions = revisions_in(mapping, text.revisions)
            self.has_revisions = self.has_revisions or bool(revisions)
            comments = tuple(self._comments(text, mapping, len(clean)))
            footnotes = tuple(self.footnotes[i] for i in text.footnotes if i in self.footnotes)
            footnotes += tuple(self.endnotes[i] for i in text.endnotes if i in self.endnotes)
        heading = style.heading_level
        if outline is not None:
            heading = outline + 1 if outline < 9 else None
        kind: ClauseKind = "paragraph"
        level = 0
        number = label.label if label else None
        direct = False
        if style.is_title:
            kind, level = "heading", 1
            self.title_text = self.title_text or clean
        elif heading is not None:
            kind, level = "heading", heading
        elif label is not None:
            kind, level = "list_item", label.level + 1
            # Word's "List Bullet 2" etc. are second-level lists that use ilvl 0.
            styled = _LIST_STYLE_LEVEL.match(style.name)
            if styled and label.level == 0:
                level = int(styled.group(1))
        elif (bullet := TYPED_BULLET.match(clean)) and len(clean) > bullet.end():
            cut = bullet.end()
            clean = clean[cut:]
            revisions = tuple(replace(r, span=shift_span(r.span, cut, len(clean)))
                              for r in revisions)
            comments = tuple(shift_note(n, cut, len(clean)) for n in comments)
            depth = (indent if indent is not None else style.indent) // _TWIPS_PER_LEVEL
            kind, level = "list_item", clamp(depth, 1, MAX_LEVEL)
        elif heading_shaped(clean):
            if text is None:
                text = collect(p, style.bold, base_size, detailed=True)
            if mostly_bold(text):
                kind, direct = "heading", True
        return Para(kind, clean, level, number, style.name, revisions, comments, footnotes,
                     Location("paragraph", self.paragraph_count),
                     text.max_size if text else 0, direct)

    def _comments(self, text: ParagraphText, mapping: list[int] | None, length: int) -> list[Note]:
        notes = []
        for comment_id, start in text.comment_starts.items():
            note = self.comments.get(comment_id)
            if note is None:
                continue
            end = text.comment_ends.get(comment_id, text.length)
            if mapping is not None:
                start, end = mapping[start], mapping[end]
            notes.append(replace(note, span=Span(min(start, length), min(end, length))))
        return notes

    # -- text boxes -------------------------------------------------------------------
    def _boxes(self, p: etree._Element) -> None:
        """Read the boxes anchored in `p` into `pending` (or the cover page's gathering);
        their clauses say which box they sit in and the paragraph it is anchored to."""
        anchor = self.paragraph_count
        read: list[Para | Block] = []  # `pending` is flushed by the body() calls below
        for box in boxes_in(p):
            self.box_count += 1
            number = self.box_count
            # Boxes inside a box follow their paragraph, even on a cover page.
            cover, self.cover_boxes = self.cover_boxes, None
            try:
                items = self.body(box.content)
            finally:
                self.cover_boxes = cover
            self.paragraph_count = anchor  # a box's paragraphs do not shift the body's
            for index, item in enumerate(items):
                if item.location is None or item.location.kind != "text_box":
                    where = Location("text_box", number, anchor)
                    if isinstance(item, Para):
                        item.location = where
                    else:
                        items[index] = replace(item, location=where)
            if self.cover_boxes is not None:
                self.cover_boxes.append((box, items))
            else:
                read.extend(items)
        self.pending.extend(read)

    def cover_page(self, sdt: etree._Element) -> list[Para | Block]:
        """A cover page: its boxes top to bottom, then its own paragraphs."""
        outer, self.cover_boxes = self.cover_boxes, []
        try:
            own = self.body(_sdt_content(sdt))
            boxes = self.cover_boxes
        finally:
            self.cover_boxes = outer
        if all(box.top is not None for box, _ in boxes):
            boxes.sort(key=lambda entry: reading_key(entry[0]))
        return [item for _, items in boxes for item in items] + own

    # -- tables -----------------------------------------------------------------------
    def table(self, tbl: etree._Element) -> list[Para | Block]:
        index = self.table_count
        self.table_count += 1
        grid: dict[tuple[int, int], str] = {}
        cells: list[tuple[int, int, str, list[Para], list[Para | Block]]] = []
        nested: list[Block] = []
        for row_index, tr in enumerate(unwrapped(tbl, TR)):
            column = 0
            for tc in unwrapped(tr, TC):
                tcpr = child(tc, _TCPR)
                span = 1
                continued = False
                if tcpr is not None:
                    grid_span = child(tcpr, _GRID_SPAN)
                    # Word tables have at most 63 columns.
                    span = int_value(grid_span.get(_VAL), 1, 1, 64) if grid_span is not None \
                        else 1
                    vmerge = child(tcpr, _VMERGE)
                    continued = vmerge is not None and vmerge.get(_VAL, "continue") != "restart"
                if not continued:
                    paras: list[Para] = []
                    boxes: list[Para | Block] = []
                    for item in self.body(tc):
                        if item.location is not None and item.location.kind == "text_box":
                            boxes.append(item)
                        elif isinstance(item, Para):
                            paras.append(item)
                        else:
                            nested.append(item)
                    cell_text = " ".join(p.text for p in paras)
                    grid[(row_index, column)] = cell_text
                    if cell_text or boxes:
                        cells.append((row_index, column, cell_text, paras, boxes))
                column += span
        blocks: list[Para | Block] = []
        for row, column, cell_text, paras, boxes in cells:
            if not cell_text:
                blocks.extend(boxes)
                continue
            position = TableCell(
                table=index,
                row=row,
                column=column,
                row_header=grid.get((row, 0), "") if column > 0 else "",
                column_header=grid.get((0, column), "") if row > 0 else "",
            )
            blocks.append(Block(
                kind="table_cell", text=cell_text, table=position,
                comments=tuple(n for p in paras for n in p.comments if len(paras) == 1),
                revisions=tuple(r for p in paras for r in p.revisions if len(paras) == 1),
                footnotes=tuple(n for p in paras for n in p.footnotes),
                location=Location("table", index + 1, row + 1),
                style=paras[0].style if paras else None,
            ))
            blocks.extend(boxes)
        return [*blocks, *nested]

    # -- body -------------------------------------------------------------------------
    def body(self, container: etree._Element) -> list[Para | Block]:
        items: list[Para | Block] = []
        for element in container:
            tag = element.tag
            if tag == P:
                para = self.paragraph(element)
                if para is not None and para.text:
                    items.append(para)
                if self.pending:
                    items.extend(self.pending)
                    self.pending = []
            elif tag == TBL:
                items.extend(self.table(element))
            elif tag == SDT:
                if is_placeholder(element):
                    continue
                if is_cover_page(element) and self.cover_boxes is None:
                    items[:0] = self.cover_page(element)  # a cover page comes first
                else:
                    items.extend(self.body(_sdt_content(element)))
            elif tag in (SDT_CONTENT, _CUSTOM_XML):
                items.extend(self.body(element))
        return items


def _sdt_content(sdt: etree._Element) -> etree._Element:
    content = child(sdt, SDT_CONTENT)
    return content if content is not None else sdt


def _core_title(package: Package, warnings: list[DocumentWarning]) -> str:
    root = side_part(package, "docProps/core.xml", ReadWarning.DAMAGED_METADATA, warnings)
    if root is None:
        return ""
    title = root.find(_DC + "title")
    return " ".join((title.text or "").split()) if title is not None else ""


def read(data: bytes, path: Path) -> ReadResult:
    """Read DOCX bytes into blocks in document order (text as if all changes were accepted)."""
    package = Package(data, path)
    if not package.has("word/document.xml"):
        raise DocumentReadError(path, ReadProblem.MISSING_PART)
    document = parse_xml(transitional(package.read("word/document.xml")), path)
    body = document.find(_W + "body")
    if body is None:
        raise DocumentReadError(path, ReadProblem.BROKEN_XML, "w:body")
    warnings: list[DocumentWarning] = []
    reader = _Reader(package, warnings)
    reader.walk = paragraphs_needing_walk(body, P)
    reader.box_anchors = {next(box.iterancestors(P)) for box in body.iter(TXBX_CONTENT)
                          if next(box.iterancestors(P), None) is not None}
    items = reader.body(body)
    styled = any(isinstance(i, Para) and i.kind == "heading" and not i.direct_heading
                 for i in items)
    blocks = number_boxes(to_blocks(items, styled))
    first_heading = next((b.text for b in blocks if b.kind == "heading"), "")
    title = _core_title(package, warnings) or reader.title_text or first_heading
    if reader.has_revisions:
        warnings.insert(0, DocumentWarning(ReadWarning.REVISIONS))
    return ReadResult(format="docx", blocks=tuple(blocks), title=title,
                      warnings=tuple(warnings))
