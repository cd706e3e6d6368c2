"""WordprocessingML written as text, one helper per element (w:p, w:r, w:ins, w:del, …): what
python-docx has no API for (numbering instances, tracked changes, fields, comment anchors),
and faster than its proxy objects for whole bodies. Every text passes through `escape`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count

from app.core.importing.containers import strip_invalid_xml_chars

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = f'xmlns:w="{W_NAMESPACE}" xmlns:r="{R_NAMESPACE}"'
W_NS = f"{{{W_NAMESPACE}}}"  # the w: prefix in lxml's Clark notation
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def escape(text: str) -> str:
    """Text safe inside an element or a double-quoted attribute (control characters gone)."""
    text = strip_invalid_xml_chars(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


@dataclass
class Revisions:
    """Author and local time of the tracked changes of one export, and their running ids
    (w:ins, w:del, w:pPrChange and comments share one id space in Word)."""

    author: str
    date: str  # local time without a zone, "2026-12-01T14:05:00": Word shows it as written
    ids: Iterator[int] = field(default_factory=lambda: count(1))

    def attributes(self) -> str:
        return f'w:id="{next(self.ids)}" w:author="{escape(self.author)}" w:date="{self.date}"'


def w_r(text: str, style: str | None = None) -> str:
    """A run of plain text."""
    rpr = f'<w:rPr><w:rStyle w:val="{style}"/></w:rPr>' if style else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def w_ins(text: str, revisions: Revisions) -> str:
    """Inserted text, as a tracked change."""
    return f"<w:ins {revisions.attributes()}>{w_r(text)}</w:ins>"


def w_del(text: str, revisions: Revisions) -> str:
    """Deleted text, as a tracked change (its run holds w:delText)."""
    return (f'<w:del {revisions.attributes()}><w:r><w:delText xml:space="preserve">'
            f"{escape(text)}</w:delText></w:r></w:del>")


def w_num_pr(num_id: int, level: int) -> str:
    """A paragraph's list membership: which list (w:num) and which level (0-based)."""
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'


def w_ppr(style: str, num_pr: str = "", mark: str = "", change: str = "", extra: str = ""
          ) -> str:
    """Paragraph properties in schema order: style, numbering, extra, mark run properties
    (a tracked insertion or deletion of the paragraph mark), a tracked property change."""
    return f'<w:pPr><w:pStyle w:val="{style}"/>{num_pr}{extra}{mark}{change}</w:pPr>'


def w_rpr_mark(kind: str, revisions: Revisions) -> str:
    """The paragraph mark inserted ("ins") or deleted ("del") as a tracked change."""
    return f"<w:rPr><w:{kind} {revisions.attributes()}/></w:rPr>"


def w_ppr_change(style: str, num_pr: str, revisions: Revisions) -> str:
    """The paragraph's former style and list level, as a tracked formatting change."""
    return (f'<w:pPrChange {revisions.attributes()}><w:pPr><w:pStyle w:val="{style}"/>'
            f"{num_pr}</w:pPr></w:pPrChange>")


def w_p(ppr: str, content: str) -> str:
    return f"<w:p>{ppr}{content}</w:p>"


def w_br_page() -> str:
    """A run holding a page break."""
    return '<w:r><w:br w:type="page"/></w:r>'


def w_fld_simple(instruction: str, shown: str) -> str:
    """A simple field ("TITLE", "DOCPROPERTY Version") with its current result."""
    return (f'<w:fldSimple w:instr=" {escape(instruction)} \\* MERGEFORMAT ">{w_r(shown)}'
            "</w:fldSimple>")


def w_fld_char(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def w_instr_text(instruction: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'


def w_comment_range(comment_id: int, content: str) -> str:
    """Content anchored to a comment: range start, the content, range end, the reference."""
    return (f'<w:commentRangeStart w:id="{comment_id}"/>{content}'
            f'<w:commentRangeEnd w:id="{comment_id}"/><w:r><w:rPr><w:rStyle w:val='
            f'"CommentReference"/></w:rPr><w:commentReference w:id="{comment_id}"/></w:r>')


def w_comment(comment_id: int, author: str, initials: str, date: str,
              paragraphs: Sequence[str]) -> str:
    """One comment of word/comments.xml: paragraphs of plain text, the first one opening
    with the annotation mark Word expects."""
    mark = '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
    body = "".join(w_p('<w:pPr><w:pStyle w:val="CommentText"/></w:pPr>',
                       (mark if n == 0 else "") + w_r(text))
                   for n, text in enumerate(paragraphs))
    return (f'<w:comment w:id="{comment_id}" w:author="{escape(author)}" '
            f'w:initials="{escape(initials)}" w:date="{date}">{body}</w:comment>')


def w_num(num_id: int, abstract: int, levels: Iterable[int] = (0, 1, 2)) -> str:
    """A list instance of an abstract list that starts over at 1 on the given levels."""
    overrides = "".join(f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="1"/>'
                        "</w:lvlOverride>" for level in levels)
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>{overrides}</w:num>'


def w_tbl(rows: Sequence[Sequence[str]], widths: Sequence[int], header_style: str,
          cell_style: str) -> str:
    """A bordered table ("Table Grid") of plain text; the first row repeats on every page."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" '
           'w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" '
           'w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" '
           f'w:noVBand="1"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for number, row in enumerate(rows):
        header = number == 0
        out.append("<w:tr>" + ('<w:trPr><w:tblHeader/></w:trPr>' if header else ""))
        for width, text in zip(widths, row, strict=True):
            run = (f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t>'
                   "</w:r>") if header else w_r(text)
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                       f'<w:p><w:pPr><w:pStyle w:val="{header_style if header else cell_style}"'
                       f"/></w:pPr>{run}</w:p></w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)
