"""Read plain text and Markdown: encoding detection, paragraphs, lists, headings, tables."""

from __future__ import annotations

import re
from pathlib import Path

from app.core.documents.model import (
    Block,
    ClauseKind,
    DocumentFormat,
    Location,
    ReadResult,
    TableCell,
)
from app.core.importing import line_rules
from app.core.importing.containers import strip_invalid_xml_chars
from app.core.importing.segmentation import normalise_space

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_LIST = re.compile(r"^(?P<indent>\s*)(?:(?P<bullet>[-*+])|(?P<num>\d{1,3}[.)]))\s+(?P<rest>.*)$")
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def decode(data: bytes) -> str:
    """Decode text: BOMs first, then strict UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    return strip_invalid_xml_chars(text.replace("\t", "    ").replace("\x0b", "\n"))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \u00a0"))


class _Builder:
    """Collects blocks, joining wrapped lines into the open block."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._kind: ClauseKind | None = None
        self._parts: list[str] = []
        self._level = 0
        self._number: str | None = None
        self._line = 0

    def open(self, kind: ClauseKind, text: str, line: int, level: int = 0,
             number: str | None = None) -> None:
        self.close()
        self._kind, self._parts, self._level, self._number, self._line = (
            kind, [text], level, number, line)

    def extend(self, text: str, line: int) -> None:
        if self._kind is None:
            self.open("paragraph", text, line)
        else:
            self._parts.append(text)

    def close(self) -> None:
        if self._kind is not None:
            text = normalise_space(line_rules.join_lines(self._parts))
            if text:
                self.add(Block(kind=self._kind, text=text, level=self._level,
                               number=self._number, location=Location("line", self._line)))
        self._kind = None
        self._parts = []

    def add(self, block: Block) -> None:
        self.blocks.append(block)

    @property
    def in_list(self) -> bool:
        return self._kind == "list_item"


def _list_level(indent: int, base: int) -> int:
    return 1 + max(indent - base, 0) // 2


def read(data: bytes, path: Path) -> ReadResult:
    """Read plain text into blocks."""
    return _read_plain(decode(data), "txt")


def _read_plain(text: str, fmt: DocumentFormat) -> ReadResult:
    lines = text.split("\n")
    builder = _Builder()
    base_indent = 0
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            builder.close()
            continue
        indent = _indent(line)
        previous_blank = number == 1 or not lines[number - 2].strip()
        next_blank = number == len(lines) or not lines[number].strip()
        bullet = line_rules.bullet_item(stripped)
        item = line_rules.numbered_item(stripped)
        heading = line_rules.heading_number(stripped)
        if previous_blank and next_blank and (heading or line_rules.looks_like_heading(stripped)):
            level = line_rules.heading_depth(heading[0]) if heading else 1
            builder.open("heading", stripped, number, level)
            builder.close()
        elif bullet is not None:
            if not builder.in_list:
                base_indent = indent
            builder.open("list_item", bullet, number, _list_level(indent, base_indent))
        elif item is not None:
            if not builder.in_list:
                base_indent = indent
            builder.open("list_item", item[1], number, _list_level(indent, base_indent),
                         item[0])
        elif builder.in_list and indent == 0 and previous_blank:
            builder.open("paragraph", stripped, number)
        else:
            builder.extend(stripped, number)
    builder.close()
    return ReadResult(format=fmt, blocks=tuple(builder.blocks), title=_title(builder.blocks))


def _title(blocks: list[Block]) -> str:
    first = next((b for b in blocks if b.kind == "heading"), None)
    return first.text if first is not None and first is blocks[0] else ""


def _strip_markdown(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    previous = None
    while previous != text:
        previous, text = text, _MD_EMPHASIS.sub(r"\2", text)
    return text.replace("\\", "")


def read_markdown(data: bytes, path: Path) -> ReadResult:
    """Read Markdown: '#' headings, '-'/'*'/'1.' lists with nesting, pipe tables."""
    lines = decode(data).split("\n")
    builder = _Builder()
    table_rows: list[list[str]] = []
    tables = 0
    in_code = False

    def flush_table() -> None:
        nonlocal tables, table_rows
        if table_rows:
            _table_blocks(builder, table_rows, tables)
            tables += 1
        table_rows = []

    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if line.strip().startswith("```"):
            in_code = not in_code
            builder.close()
            continue
        if in_code:
            builder.extend(line.strip(), number)
            continue
        if line.strip().startswith("|"):
            builder.close()
            if not _MD_TABLE_SEP.match(line):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                table_rows.append([normalise_space(_strip_markdown(c)) for c in cells])
            continue
        flush_table()
        if not line.strip() or _MD_RULE.match(line):
            builder.close()
            continue
        heading = _MD_HEADING.match(line)
        listed = _MD_LIST.match(line)
        if heading:
            builder.open("heading", _strip_markdown(heading.group(2)), number,
                         len(heading.group(1)))
            builder.close()
        elif listed:
            level = 1 + len(listed.group("indent").replace("\t", "    ")) // 2
            builder.open("list_item", _strip_markdown(listed.group("rest")), number, level,
                         listed.group("num"))
        elif line.lstrip().startswith(">"):
            builder.extend(_strip_markdown(line.lstrip()[1:].strip()), number)
        else:
            builder.extend(_strip_markdown(line.strip()), number)
    flush_table()
    builder.close()
    return ReadResult(format="md", blocks=tuple(builder.blocks), title=_title(builder.blocks))


def _table_blocks(builder: _Builder, rows: list[list[str]], index: int) -> None:
    header = rows[0]
    for row_index, row in enumerate(rows):
        for column, text in enumerate(row):
            if not text:
                continue
            cell = TableCell(
                table=index, row=row_index, column=column,
                row_header=row[0] if column > 0 else "",
                column_header=header[column] if row_index > 0 and column < len(header) else "",
            )
            builder.add(Block(kind="table_cell", text=text, table=cell,
                              location=Location("table", index + 1, row_index + 1)))
