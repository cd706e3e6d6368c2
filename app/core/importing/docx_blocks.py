"""Paragraphs of a Word body on their way to blocks: joins, shifts, notes, heading levels."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Literal

from lxml import etree

from app.core.documents.model import Block, ClauseKind, Location, Note, Revision
from app.core.importing.containers import strip_invalid_xml_chars
from app.core.importing.docx_text import ParagraphText
from app.core.importing.docx_xml import W
from app.core.importing.line_rules import typed_heading_depth

_W = f"{{{W}}}"
_T = _W + "t"
_HEADING_MAX_WORDS = 15


@dataclass(slots=True)
class Para:
    """A paragraph after text extraction, before it becomes a block."""

    kind: ClauseKind
    text: str
    level: int
    number: str | None
    style: str
    revisions: tuple[Revision, ...]
    comments: tuple[Note, ...]
    footnotes: tuple[Note, ...]
    location: Location | None
    size: int = 0
    direct_heading: bool = False


def heading_shaped(text: str) -> bool:
    """Short, capitalised, without closing punctuation: could be a direct-format heading."""
    if not text or text[-1] in ".,;:!?" or text[0].islower():
        return False
    return len(text) <= 120 and len(text.split()) <= _HEADING_MAX_WORDS


def mostly_bold(para: ParagraphText) -> bool:
    """Bold direct formatting over (nearly) all visible characters."""
    return para.visible_chars > 0 and para.bold_chars >= para.visible_chars * 0.9


def join_texts(first: ParagraphText, second: ParagraphText) -> ParagraphText:
    """`second` appended to `first` (the carried text, changed in place: a chain of deleted
    paragraph marks joins in linear time, not by copying the growing text each time)."""
    offset = first.length
    first.pieces.extend(second.pieces)
    first.length += second.length
    first.revisions.extend(
        (k, t, a, d, s + offset, e + offset) for k, t, a, d, s, e in second.revisions)
    first.comment_starts.update({k: v + offset for k, v in second.comment_starts.items()})
    first.comment_ends.update({k: v + offset for k, v in second.comment_ends.items()})
    first.footnotes.extend(second.footnotes)
    first.endnotes.extend(second.endnotes)
    first.bold_chars += second.bold_chars
    first.visible_chars += second.visible_chars
    first.max_size = max(first.max_size, second.max_size)
    return first


def read_notes(root: etree._Element | None, tag: Literal["comment", "footnote", "endnote"]
               ) -> dict[str, Note]:
    """Comments or foot/endnotes by id, with their text joined to one line (a space
    between paragraphs)."""
    notes: dict[str, Note] = {}
    if root is None:
        return notes
    for element in root.iterfind(_W + tag):
        if element.get(_W + "type") in ("separator", "continuationSeparator",
                                        "continuationNotice"):
            continue
        parts = [(node.text or "") if node.tag == _T else " " for _, node
                 in etree.iterwalk(element, events=("end",), tag=(_T, _W + "p"))]
        text = " ".join(strip_invalid_xml_chars("".join(parts)).split())
        notes[element.get(_W + "id", "")] = Note(
            text=text, author=element.get(_W + "author", ""), date=element.get(_W + "date"),
            kind=tag,
        )
    return notes


def direct_heading_levels(items: list[Para | Block]) -> dict[float, int]:
    """Rank the sizes of direct-formatted headings: largest size = level 1."""
    return size_ranks(i.size for i in items if isinstance(i, Para) and i.direct_heading)


def size_ranks(sizes: Iterable[float]) -> dict[float, int]:
    """Each font size of direct-formatted headings to its rank: largest size = 1."""
    return {size: rank + 1 for rank, size in enumerate(sorted(set(sizes), reverse=True))}


def direct_level(text: str, size: float, ranks: dict[float, int], styled_headings: bool) -> int:
    """The level of a direct-formatted heading: from a typed number ("2.1 Ansvar" is 2),
    else from its size's rank, below the styled headings when the document has both."""
    typed = typed_heading_depth(text)
    if typed is not None:
        return typed
    return ranks.get(size, 1) + (1 if styled_headings else 0)


def to_blocks(items: list[Para | Block], styled_headings: bool) -> list[Block]:
    ranks = direct_heading_levels(items)
    blocks: list[Block] = []
    for item in items:
        if isinstance(item, Block):
            blocks.append(item)
            continue
        level = item.level
        number = item.number
        if item.direct_heading:
            level = direct_level(item.text, item.size, ranks, styled_headings)
        blocks.append(Block(
            kind=item.kind, text=item.text, level=level, number=number, style=item.style or None,
            revisions=item.revisions,
            comments=item.comments, footnotes=item.footnotes, location=item.location,
        ))
    return blocks


def number_boxes(blocks: list[Block]) -> list[Block]:
    """Number text boxes 1, 2, ... in the order their clauses come (a cover page's first)."""
    numbers: dict[int, int] = {}
    for index, block in enumerate(blocks):
        where = block.location
        if where is not None and where.kind == "text_box":
            number = numbers.setdefault(where.number, len(numbers) + 1)
            if number != where.number:
                blocks[index] = replace(block, location=replace(where, number=number))
    return blocks
