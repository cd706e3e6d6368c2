"""Read a PDF into blocks: paragraphs from lines, headers and footers dropped, headings, lists."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from app.core.documents.model import Block, ClauseKind, Location, ReadResult
from app.core.importing import line_rules
from app.core.importing.pdf_lines import Line, PdfText, extract

_MARGIN = 0.09  # share of the page height where running headers and footers live
_DIGITS = re.compile(r"\d+")
_GLUED_BULLET = re.compile(r"^([•▪●◦\uf0b7\uf0a7])(?=\S)")
_HEADING_RATIO = 1.12


@dataclass(slots=True)
class _Open:
    kind: ClauseKind
    lines: list[Line] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    number: str | None = None
    indent: float = 0.0


def _running_lines(text: PdfText) -> set[tuple[int, float]]:
    """Keys (page, y) of headers, footers and page numbers to drop."""
    pages = len(text.page_heights)
    edge: list[tuple[Line, str]] = []
    for line in text.lines:
        height = text.page_heights[line.page - 1]
        if line.y < height * _MARGIN or line.y > height * (1 - _MARGIN):
            edge.append((line, _DIGITS.sub("#", line.text.casefold())))
    seen = Counter(key for _, key in {(line.page, key) for line, key in edge})
    drop: set[tuple[int, float]] = set()
    for line, key in edge:
        repeated = pages >= 2 and seen[key] >= max(2, pages // 2)
        if repeated or line_rules.is_page_number(line.text):
            drop.add((line.page, line.y))
    return drop


def _body_size(lines: list[Line]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _line_gap(lines: list[Line]) -> float:
    gaps: Counter[float] = Counter()
    for before, after in itertools.pairwise(lines):
        if before.page == after.page and after.y > before.y:
            gaps[round(after.y - before.y)] += 1
    return float(gaps.most_common(1)[0][0]) if gaps else 14.0


def _is_heading_line(line: Line, body: float) -> bool:
    larger = line.size >= body * _HEADING_RATIO
    return (larger or line.bold) and not line.text.rstrip().endswith((".", ":", ";", ","))


def read(data: bytes, path: Path) -> ReadResult:
    """Read PDF bytes into blocks, page by page under the PDFium lock."""
    text = extract(data, path)
    drop = _running_lines(text)
    lines = [line for line in text.lines if (line.page, line.y) not in drop]
    body = _body_size(lines)
    gap = _line_gap(lines)
    blocks: list[Block] = []
    current: _Open | None = None
    heading_sizes: set[float] = set()
    indents: list[float] = []

    def close() -> None:
        nonlocal current
        if current is None:
            return
        joined = ""
        for part in current.parts:
            joined = line_rules.join_hyphenated(joined, part)
        joined = " ".join(joined.split())
        if joined:
            first = current.lines[0]
            level = 0
            if current.kind == "list_item":
                level = -2  # resolved from the ranked indents of all list items
                indents.append(current.indent)
            elif current.kind == "heading":
                heading_sizes.add(first.size)
                level = -1  # resolved once all heading sizes are known
            blocks.append(Block(kind=current.kind, text=joined, level=level,
                                number=current.number, location=Location("page", first.page),
                                style=f"{current.indent if level == -2 else first.size}"))
        current = None

    previous: Line | None = None
    for line in lines:
        content = _GLUED_BULLET.sub(r"\1 ", line.text)
        bullet = line_rules.bullet_item(content)
        numbered = line_rules.numbered_item(content)
        heading_like = _is_heading_line(line, body)
        gap_before = previous is None or line.page != previous.page or (
            line.y - previous.y > gap * 1.35)
        if previous is not None and line.page != previous.page and current is not None:
            # A paragraph running over a page break continues if it did not end a sentence.
            last = current.parts[-1].rstrip() if current.parts else ""
            gap_before = last.endswith((".", ":", "!", "?")) or not content[:1].islower()
        style_change = current is not None and current.kind == "heading" and not heading_like
        into_heading = current is not None and current.kind != "heading" and heading_like
        if bullet is not None and not heading_like:
            close()
            current = _Open("list_item", indent=line.x)
            current.lines.append(line)
            current.parts.append(bullet)
        elif numbered is not None and not heading_like:
            close()
            current = _Open("list_item", number=numbered[0], indent=line.x)
            current.lines.append(line)
            current.parts.append(numbered[1])
        elif current is None or gap_before or style_change or into_heading or (
            current.kind == "list_item" and line.x <= current.indent + 1.0
        ):
            close()
            current = _Open("heading" if heading_like else "paragraph")
            current.lines.append(line)
            current.parts.append(content)
        else:
            current.lines.append(line)
            current.parts.append(content)
        previous = line
    close()
    return ReadResult(format="pdf", blocks=tuple(_resolve_levels(blocks, heading_sizes, indents)),
                      title=text.title or next((b.text for b in blocks if b.kind == "heading"),
                                               ""))


def _indent_ranks(indents: list[float]) -> list[float]:
    """Distinct list indents, clustering positions closer than 6 pt."""
    ranked: list[float] = []
    for indent in sorted(indents):
        if not ranked or indent - ranked[-1] > 6.0:
            ranked.append(indent)
    return ranked


def _resolve_levels(blocks: list[Block], sizes: set[float], indents: list[float]
                    ) -> list[Block]:
    """Headings get levels by size rank, list items by indent rank; long headings are text."""
    ranks = {size: rank + 1 for rank, size in enumerate(sorted(sizes, reverse=True))}
    steps = _indent_ranks(indents)
    resolved = []
    for block in blocks:
        if block.kind == "list_item" and block.level == -2:
            indent = float(block.style or 0)
            level = 1 + sum(1 for step in steps[1:] if indent > step - 3.0)
            block = Block(kind="list_item", text=block.text, level=level, number=block.number,
                          location=block.location)
        elif block.kind == "heading" and block.level == -1:
            size = float(block.style or 0)
            if len(block.text.split()) > 20:
                block = Block(kind="paragraph", text=block.text, location=block.location)
            else:
                label = line_rules.heading_number(block.text)
                level = line_rules.heading_depth(label[0]) if label and "." in label[0].rstrip(
                    ".") else ranks.get(size, 1)
                block = Block(kind="heading", text=block.text, level=level,
                              location=block.location)
        elif block.style is not None:
            block = Block(kind=block.kind, text=block.text, level=block.level,
                          number=block.number, location=block.location)
        resolved.append(block)
    return resolved
