"""Read a PDF into blocks: running headers and footers dropped, lines gathered into headings,
paragraphs and list items by `pdf_layout`, then heading and list levels resolved."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from app.core.documents.model import Block, Location, ReadResult
from app.core.importing import line_rules
from app.core.importing.pdf_fields import PlacedText
from app.core.importing.pdf_layout import Draft, Hyphens, Segmenter
from app.core.importing.pdf_lines import Line, PdfText, extract

_MARGIN = 0.09  # share of the page height where running headers and footers live
_DIGITS = re.compile(r"\d+")
_HEADING_MAX_WORDS = 20
_LIST_STEP = 4.0  # list indents closer than this (pt) are one level


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


def read(data: bytes, path: Path) -> ReadResult:
    """Read PDF bytes into blocks (PDFium runs under its lock in `extract`)."""
    text = extract(data, path)
    drop = _running_lines(text)
    lines = [line for line in text.lines if (line.page, line.y) not in drop]
    segmenter = Segmenter(lines)
    drafts = segmenter.run()
    hyphens = Hyphens([line for line in lines if line.text])
    positions: list[tuple[int, float]] = []
    blocks = _blocks(drafts, hyphens, positions)
    title = text.title or next((b.text for b in blocks if b.kind == "heading"), "")
    return ReadResult(format="pdf", blocks=tuple(_with_fields(blocks, positions, text.fields)),
                      title=title, warnings=text.warnings)


def _with_fields(blocks: list[Block], positions: list[tuple[int, float]],
                 fields: tuple[PlacedText, ...]) -> list[Block]:
    """Form-field values and annotation texts as paragraphs of their own, each before the
    first paragraph that starts below it (the paragraphs keep their order)."""
    pending = sorted(fields, key=lambda f: (f.page, f.y, f.x))
    merged: list[Block] = []
    for position, block in zip(positions, blocks, strict=True):
        while pending and (pending[0].page, pending[0].y) < position:
            merged.append(_field_block(pending.pop(0)))
        merged.append(block)
    merged.extend(_field_block(f) for f in pending)
    return merged


def _field_block(placed: PlacedText) -> Block:
    return Block(kind="paragraph", text=placed.text, location=Location(placed.kind, placed.page))


def _blocks(drafts: list[Draft], hyphens: Hyphens,
            positions: list[tuple[int, float]] | None = None) -> list[Block]:
    """Blocks with their text joined, long or punctuated 'headings' made paragraphs, and the
    levels of headings (by size, labels and the title) and list items (by indent) set.
    `positions` gets each block's (page, y of its first line)."""
    kept: list[tuple[Draft, str]] = []
    for draft in drafts:
        joined = hyphens.join(draft.parts)
        if not joined:
            continue
        if draft.kind == "heading" and (len(joined.split()) > _HEADING_MAX_WORDS
                                        or joined.endswith((".", ":", ";", ","))):
            draft.kind = "paragraph"
        kept.append((draft, joined))
    heading_levels = _heading_levels([(d, t) for d, t in kept if d.kind == "heading"])
    blocks: list[Block] = []
    indents: list[float] = []  # the indents of the list run being read, outermost first
    for draft, joined in kept:
        level = 0
        if draft.kind == "list_item":
            while indents and draft.x < indents[-1] - _LIST_STEP:
                indents.pop()
            if not indents or draft.x > indents[-1] + _LIST_STEP:
                indents.append(draft.x)
            level = len(indents)
        else:
            indents.clear()
            if draft.kind == "heading":
                level = heading_levels[id(draft)]
        blocks.append(Block(kind=draft.kind, text=joined, level=level, number=draft.number,
                            location=Location("page", draft.first.page)))
        if positions is not None:
            positions.append((draft.first.page, draft.first.y))
    return blocks


def _heading_levels(headings: list[tuple[Draft, str]]) -> dict[int, int]:
    """Level per heading draft: a typed number gives its depth ('2.1 Ansvar' -> 2, '1 kap.
    Inledande bestämmelser' -> 1), by the rule Word headings are read by; else the rank of
    its size (and boldness) among the headings, largest first. A document title (the first
    heading, alone in the largest size, not bold while the others are) stands at level 1
    beside the top sections, as Word's Title style does."""
    styles = sorted({_style(d) for d, _ in headings}, reverse=True)
    title: int | None = None
    if len(headings) >= 2:
        first = headings[0][0]
        rest = [d for d, _ in headings[1:]]
        if (not first.first.bold and all(_style(d) < _style(first) for d in rest)
                and sum(d.first.bold for d in rest) * 2 > len(rest)):
            title = id(first)
            styles = sorted({_style(d) for d in rest}, reverse=True)
    ranks = {style: rank + 1 for rank, style in enumerate(styles)}
    levels: dict[int, int] = {}
    for draft, joined in headings:
        if id(draft) == title:
            levels[id(draft)] = 1
            continue
        typed = line_rules.typed_heading_depth(joined)
        levels[id(draft)] = typed if typed is not None else ranks[_style(draft)]
    return levels


def _style(draft: Draft) -> tuple[float, bool]:
    """How a heading is set: its size (to the half point) and whether it is bold."""
    return round(draft.first.size * 2) / 2, draft.first.bold
