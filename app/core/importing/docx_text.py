"""Text of one Word paragraph as accepted, with its tracked changes, comments and footnotes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from app.core.documents.model import Revision, RevisionKind, Span
from app.core.importing.docx_boxes import PLACEHOLDER_SHOWN, is_placeholder
from app.core.importing.docx_styles import on
from app.core.importing.docx_xml import W, child, int_value
from app.core.importing.segmentation import normalise_space

_W = f"{{{W}}}"
T, DEL_TEXT, TAB, BR, CR = (_W + n for n in ("t", "delText", "tab", "br", "cr"))
NB_HYPHEN, RUN, RPR = _W + "noBreakHyphen", _W + "r", _W + "rPr"
_B, _SZ = _W + "b", _W + "sz"
INS, DEL, MOVE_TO, MOVE_FROM = (_W + n for n in ("ins", "del", "moveTo", "moveFrom"))
C_START, C_END, C_REF = (_W + n for n in ("commentRangeStart", "commentRangeEnd",
                                          "commentReference"))
FOOTNOTE_REF, ENDNOTE_REF = _W + "footnoteReference", _W + "endnoteReference"
PPR = _W + "pPr"
_ID, _AUTHOR, _DATE = _W + "id", _W + "author", _W + "date"
# Containers whose runs belong to the paragraph text as they stand.
_TRANSPARENT = {_W + n for n in ("hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple",
                                 "customXml", "bdo", "dir")}
_SKIP = {PPR, _W + "instrText", _W + "delInstrText", _W + "proofErr", _W + "bookmarkStart",
         _W + "bookmarkEnd", _W + "lastRenderedPageBreak", _W + "sdtPr", _W + "sdtEndPr"}
_SDT = _W + "sdt"
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class ParagraphText:
    """Raw pieces of one paragraph; offsets are into the joined raw text."""

    pieces: list[str] = field(default_factory=list)
    length: int = 0
    revisions: list[tuple[RevisionKind, str, str, str | None, int, int]] = field(
        default_factory=list
    )
    comment_starts: dict[str, int] = field(default_factory=dict)
    comment_ends: dict[str, int] = field(default_factory=dict)
    footnotes: list[str] = field(default_factory=list)
    endnotes: list[str] = field(default_factory=list)
    bold_chars: int = 0
    visible_chars: int = 0
    max_size: int = 0
    detailed: bool = False

    def add(self, text: str) -> None:
        if text:
            self.pieces.append(text)
            self.length += len(text)

    def raw(self) -> str:
        return "".join(self.pieces)


# Anything beyond plain runs of w:t needs the full walk; most paragraphs have none of it.
# Text boxes (their text is not the paragraph's) and placeholders (not text at all) too.
_WALK_TAGS = (INS, DEL, MOVE_TO, MOVE_FROM, C_START, C_REF, FOOTNOTE_REF, ENDNOTE_REF, TAB,
              BR, CR, NB_HYPHEN, _W + "instrText", _W + "txbxContent", PLACEHOLDER_SHOWN,
              "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent")


def paragraphs_needing_walk(body: etree._Element, paragraph_tag: str) -> set[etree._Element]:
    """Every paragraph (with all paragraphs around it) that holds more than plain runs.

    One C-level pass over the whole body instead of one search per paragraph. The set holds
    the elements, so lxml hands out the same proxies for them while it lives.
    """
    # w:tab also occurs in w:pPr/w:tabs; a false positive only costs the slow path.
    return {paragraph for element in body.iter(*_WALK_TAGS)
            for paragraph in element.iterancestors(paragraph_tag)}


def plain_text(paragraph: etree._Element) -> str:
    """The text of a paragraph of plain runs, whitespace collapsed (the fast path).

    Only w:t text counts: whitespace between elements is not document text."""
    return normalise_space("".join([t.text or "" for t in paragraph.iter(T)]))


def collect(paragraph: etree._Element, base_bold: bool, base_size: int,
            detailed: bool = True) -> ParagraphText:
    """Walk a w:p and gather its accepted text, the marks anchored in it, bold and size."""
    out = ParagraphText()
    _walk(paragraph, out, None, base_bold, base_size)
    out.detailed = detailed
    return out


def _walk(
    element: etree._Element,
    out: ParagraphText,
    change: tuple[RevisionKind, str, str | None] | None,
    base_bold: bool,
    base_size: int,
) -> None:
    for node in element:
        tag = node.tag
        if tag == RUN:
            _run(node, out, change, base_bold, base_size)
        elif tag in (INS, MOVE_TO):
            _walk(node, out, ("insertion", node.get(_AUTHOR, ""), node.get(_DATE)),
                  base_bold, base_size)
        elif tag in (DEL, MOVE_FROM):
            _walk(node, out, ("deletion", node.get(_AUTHOR, ""), node.get(_DATE)),
                  base_bold, base_size)
        elif tag in _TRANSPARENT:
            if tag == _SDT and is_placeholder(node):
                continue  # the control's prompt, not document text
            _walk(node, out, change, base_bold, base_size)
        elif tag == C_START:
            out.comment_starts.setdefault(node.get(_ID, ""), out.length)
        elif tag == C_END:
            out.comment_ends[node.get(_ID, "")] = out.length
        elif tag in _SKIP or not isinstance(tag, str):
            continue
        else:
            # Unknown wrappers (e.g. mc:AlternateContent) may still hold runs.
            _walk(node, out, change, base_bold, base_size)


def _run(
    run: etree._Element,
    out: ParagraphText,
    change: tuple[RevisionKind, str, str | None] | None,
    base_bold: bool,
    base_size: int,
) -> None:
    bold, size = base_bold, base_size
    rpr = child(run, RPR)
    if rpr is not None:
        b = child(rpr, _B)
        if b is not None:
            bold = on(b)
        sz = child(rpr, _SZ)
        if sz is not None:
            size = int_value(sz.get(_W + "val"), base_size, 0, 10_000)
    deleted = change is not None and change[0] == "deletion"
    start = out.length
    first_piece = len(out.pieces)
    removed: list[str] = []
    for node in run:
        tag = node.tag
        if tag == T:
            text = node.text or ""
            if deleted:
                removed.append(text)  # moveFrom keeps w:t
            else:
                out.add(text)
                visible = len(text) - text.count(" ")
                out.visible_chars += visible
                if bold:
                    out.bold_chars += visible
                if visible:
                    out.max_size = max(out.max_size, size)
        elif tag == DEL_TEXT:
            removed.append(node.text or "")
        elif tag in (TAB, BR, CR):
            if deleted:
                removed.append(" ")
            else:
                out.add(" ")
        elif tag == NB_HYPHEN and not deleted:
            out.add("-")
        elif tag == FOOTNOTE_REF:
            out.footnotes.append(node.get(_ID, ""))
        elif tag == ENDNOTE_REF:
            out.endnotes.append(node.get(_ID, ""))
        elif tag == C_REF:
            out.comment_starts.setdefault(node.get(_ID, ""), out.length)
    if change is None:
        return
    kind, author, date = change
    if kind == "deletion":
        text = "".join(removed)
        if text:
            out.revisions.append((kind, text, author, date, out.length, out.length))
    elif out.length > start:
        # Only this run's pieces: joining the whole paragraph per run would be quadratic.
        inserted = "".join(out.pieces[first_piece:])
        out.revisions.append((kind, inserted, author, date, start, out.length))


def merge_adjacent(
    revisions: list[tuple[RevisionKind, str, str, str | None, int, int]],
) -> list[tuple[RevisionKind, str, str, str | None, int, int]]:
    """Join runs of one change that Word split into several runs (texts gathered in lists
    and joined once: concatenating per run is quadratic in a long change)."""
    merged: list[tuple[RevisionKind, str, str, str | None, int, int]] = []
    texts: list[list[str]] = []
    for rev in revisions:
        if merged:
            last = merged[-1]
            same = last[0] == rev[0] and last[2] == rev[2] and last[3] == rev[3]
            if same and last[5] == rev[4]:
                texts[-1].append(rev[1])
                merged[-1] = (last[0], "", last[2], last[3], last[4], rev[5])
                continue
        merged.append(rev)
        texts.append([rev[1]])
    return [(kind, "".join(parts), author, date, start, end)
            for (kind, _, author, date, start, end), parts in zip(merged, texts, strict=True)]


def normalise(raw: str) -> tuple[str, list[int] | None]:
    """Collapse whitespace; returns the text and, if it changed, a raw->clean offset map."""
    # Parts are parsed with control characters already removed (containers.parse_xml).
    collapsed = normalise_space(raw)
    if collapsed == raw:
        return collapsed, None
    mapping = [0] * (len(raw) + 1)
    position = 0
    previous_space = True  # leading spaces vanish
    for index, char in enumerate(raw):
        mapping[index] = position
        if char.isspace():
            if not previous_space:
                position += 1
                previous_space = True
        else:
            position += 1
            previous_space = False
    mapping[len(raw)] = position
    limit = len(collapsed)
    return collapsed, [min(m, limit) for m in mapping]


def revisions_in(
    text_map: list[int] | None,
    revisions: list[tuple[RevisionKind, str, str, str | None, int, int]],
) -> tuple[Revision, ...]:
    """Turn raw revision offsets into Revisions with spans into the clean text."""
    result = []
    for kind, text, author, date, start, end in merge_adjacent(revisions):
        if text_map is not None:
            start, end = text_map[start], text_map[end]
        result.append(Revision(kind=kind, text=_SPACES.sub(" ", text), author=author,
                               date=date, span=Span(start, end)))
    return tuple(result)
