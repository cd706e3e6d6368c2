"""Read HTML: h1-h6 headings, paragraphs, nested lists, tables; scripts and styles dropped."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree, html

from app.core.documents.model import Block, Location, ReadResult, TableCell
from app.core.errors import DocumentReadError, ReadProblem
from app.core.importing.containers import strip_invalid_xml_chars
from app.core.importing.numbers import MAX_COUNTER, format_number, parse_int
from app.core.importing.text_reader import decode

_SKIP = {"script", "style", "head", "nav", "noscript", "template", "svg", "iframe", "object"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {"p", "div", "section", "article", "main", "body", "blockquote", "header", "footer",
           "aside", "figure", "dl", "dd", "dt", "address", "center", "form", "fieldset"}
_OL_TYPES = {"a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_SUBSET = re.compile(r"<!DOCTYPE[^>\[]*\[|<!ENTITY", re.IGNORECASE)


def _decode(data: bytes) -> str:
    match = _CHARSET.search(data[:4096])
    if match and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return strip_invalid_xml_chars(data.decode(match.group(1).decode("ascii")))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


class _Reader:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.tables = 0

    def text(self, element: etree._Element) -> str:
        parts: list[str] = []
        self._inline(element, parts)
        return " ".join("".join(parts).split())

    def _inline(self, element: etree._Element, parts: list[str]) -> None:
        if element.text:
            parts.append(element.text)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "br":
                parts.append(" ")
            elif tag and tag not in _SKIP and tag not in ("ul", "ol", "table"):
                self._inline(child, parts)
            if child.tail:
                parts.append(child.tail)

    def walk(self, element: etree._Element) -> None:
        loose: list[str] = []
        if element.text and element.text.strip():
            loose.append(element.text)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _SKIP or not tag:
                pass
            elif tag in _HEADINGS or tag in _BLOCKS or tag in ("ul", "ol", "table", "li"):
                self._flush(loose)
                if tag in _HEADINGS:
                    self._add("heading", self.text(child), _HEADINGS[tag])
                elif tag in ("ul", "ol"):
                    self.list(child, 1)
                elif tag == "table":
                    self.table(child)
                elif tag == "p" or not any(isinstance(c.tag, str) and (c.tag in _BLOCKS or
                                           c.tag in _HEADINGS or c.tag in ("ul", "ol", "table"))
                                           for c in child):
                    self._add("paragraph", self.text(child))
                else:
                    self.walk(child)
            else:
                inline: list[str] = []
                self._inline(child, inline)
                loose.append("".join(inline))
            if child.tail and child.tail.strip():
                loose.append(child.tail)
        self._flush(loose)

    def _flush(self, loose: list[str]) -> None:
        text = " ".join("".join(loose).split())
        if text:
            self._add("paragraph", text)
        loose.clear()

    def _add(self, kind: str, text: str, level: int = 0, number: str | None = None) -> None:
        if text:
            self.blocks.append(Block(kind=kind, text=text, level=level,  # type: ignore[arg-type]
                                     number=number,
                                     location=Location("paragraph", len(self.blocks) + 1)))

    def list(self, element: etree._Element, level: int) -> None:
        ordered = element.tag == "ol"
        fmt = _OL_TYPES.get(element.get("type", ""), "decimal")
        counter = parse_int(element.get("start"), 1, -MAX_COUNTER, MAX_COUNTER) - 1
        for item in element:
            if item.tag != "li":
                continue
            counter += 1
            number = None
            if ordered:
                label = format_number(counter, fmt)
                number = f"{label}." if fmt == "decimal" else f"{label})"
            self._add("list_item", self.text(item), level, number)
            for nested in item.iter("ul", "ol"):
                if nested.getparent() is item or nested.getparent() in list(item):
                    self.list(nested, level + 1)

    def table(self, element: etree._Element) -> None:
        index = self.tables
        self.tables += 1
        rows = [r for r in element.iter("tr")]
        grid = [[self.text(c) for c in r if c.tag in ("td", "th")] for r in rows]
        for row_index, row in enumerate(grid):
            for column, text in enumerate(row):
                if not text:
                    continue
                header = grid[0][column] if row_index and column < len(grid[0]) else ""
                self.blocks.append(Block(kind="table_cell", text=text, table=TableCell(
                    table=index, row=row_index, column=column,
                    row_header=row[0] if column else "", column_header=header),
                    location=Location("table", index + 1, row_index + 1)))


def read(data: bytes, path: Path) -> ReadResult:
    """Read HTML bytes into blocks; no network access and no entity expansion."""
    text = _decode(data)
    # HTML has no use for an internal subset; the HTML parser would leave "]>" as text.
    if "<!" in text and _SUBSET.search(text):
        raise DocumentReadError(path, ReadProblem.FORBIDDEN_XML)
    parser = html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise DocumentReadError(path, ReadProblem.BROKEN_XML, str(exc)[:80]) from None
    reader = _Reader()
    body = root.find("body")
    reader.walk(body if body is not None else root)
    title_node = root.find(".//title")
    title = reader.text(title_node) if title_node is not None else ""
    first = next((b.text for b in reader.blocks if b.kind == "heading"), "")
    return ReadResult(format="html", blocks=tuple(reader.blocks), title=title or first)
