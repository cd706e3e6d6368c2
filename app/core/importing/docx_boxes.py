"""Text boxes and content controls of a Word body: where boxes sit, which copy to read.

A text box is a w:txbxContent inside a DrawingML shape (wps:txbx) or a VML shape
(v:textbox). Word writes most boxes twice, the DrawingML shape in mc:Choice and a VML copy in
mc:Fallback; only one branch is read. A box's position (from the page, the margin or its
paragraph) orders boxes that share an anchor, and the boxes of a cover page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from app.core.importing.docx_xml import W, child, int_value

_W = f"{{{W}}}"
TXBX_CONTENT = _W + "txbxContent"
SDT, SDT_PR, SDT_CONTENT = _W + "sdt", _W + "sdtPr", _W + "sdtContent"
PLACEHOLDER_SHOWN = _W + "showingPlcHdr"
_CUSTOM_XML = _W + "customXml"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE = _MC + "AlternateContent"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_WP14 = "{http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing}"
_ANCHOR, _INLINE = _WP + "anchor", _WP + "inline"
# EMU (1/914400 inch) of an A4 page, for positions given as a share or an alignment.
_PAGE = {"V": 10_692_000.0, "H": 7_560_000.0}
_ALIGN = {"top": 0.0, "left": 0.0, "inside": 0.0, "center": 0.5, "bottom": 1.0,
          "right": 1.0, "outside": 1.0}
_VML_LENGTH = re.compile(r"(?:^|;)\s*(margin-top|top|margin-left|left)\s*:\s*(-?[\d.]+)\s*"
                         r"(pt|in|cm|mm|px|emu)?", re.IGNORECASE)
_EMU_PER = {"pt": 12_700.0, "in": 914_400.0, "cm": 360_000.0, "mm": 36_000.0,
            "px": 9_525.0, "emu": 1.0, "": 9_525.0}


@dataclass(frozen=True, slots=True)
class TextBox:
    """One text box: its content and, when the file says, its position in EMU."""

    content: etree._Element
    top: float | None = None
    left: float | None = None


def is_placeholder(sdt: etree._Element) -> bool:
    """A content control still showing its prompt ("Klicka här för att ange text")."""
    properties = child(sdt, SDT_PR)
    return properties is not None and child(properties, PLACEHOLDER_SHOWN) is not None


def is_cover_page(sdt: etree._Element) -> bool:
    """A block content control holding a cover page from Word's gallery."""
    properties = child(sdt, SDT_PR)
    if properties is None:
        return False
    gallery = next(properties.iter(_W + "docPartGallery"), None)
    return gallery is not None and "cover page" in (gallery.get(_W + "val") or "").casefold()


def unwrapped(parent: etree._Element, tag: str) -> list[etree._Element]:
    """The children of `parent` with `tag`, looking through content controls and custom XML
    (rows in a row-level control, cells in a cell-level one); placeholders are skipped."""
    found: list[etree._Element] = []
    for node in parent:
        if node.tag == tag:
            found.append(node)
        elif node.tag == SDT:
            content = child(node, SDT_CONTENT)
            if content is not None and not is_placeholder(node):
                found.extend(unwrapped(content, tag))
        elif node.tag == _CUSTOM_XML:
            found.extend(unwrapped(node, tag))
    return found


def boxes_in(paragraph: etree._Element) -> list[TextBox]:
    """The text boxes anchored in a paragraph, each once, in reading order: sorted top to
    bottom (then left to right) when every box has a position, else in document order.

    Boxes inside a box are left to the reading of that box."""
    found: list[TextBox] = []
    _find(paragraph, found)
    if all(box.top is not None for box in found):
        found.sort(key=reading_key)
    return found


def reading_key(box: TextBox) -> tuple[float, float]:
    """Top to bottom, then left to right."""
    return (box.top or 0.0, box.left or 0.0)


def _find(element: etree._Element, found: list[TextBox]) -> None:
    for node in element:
        tag = node.tag
        if tag == TXBX_CONTENT:
            found.append(_box(node))
        elif tag == _ALTERNATE:
            branch = next((b for b in node if next(b.iter(TXBX_CONTENT), None) is not None),
                          None)
            if branch is not None:
                _find(branch, found)
        elif isinstance(tag, str):
            _find(node, found)


def _box(content: etree._Element) -> TextBox:
    for ancestor in content.iterancestors():
        tag = ancestor.tag
        if tag == _ANCHOR:
            return TextBox(content, _offset(ancestor, "V"), _offset(ancestor, "H"))
        if tag == _INLINE:
            return TextBox(content)
        style = ancestor.get("style")
        if style is not None and not tag.startswith(_W):  # a VML shape
            return TextBox(content, *_vml_offsets(style))
    return TextBox(content)


def _offset(anchor: etree._Element, axis: str) -> float | None:
    """A wp:anchor's offset on one axis: wp:posOffset, a wp14 share of the page, or an
    alignment; the wp14 form comes in mc:AlternateContent with a posOffset fallback."""
    tag = _WP + "position" + axis
    positions = [node for node in anchor if node.tag == tag]
    for alternate in (node for node in anchor if node.tag == _ALTERNATE):
        positions.extend(node for branch in alternate for node in branch if node.tag == tag)
    share: float | None = None
    for position in positions:
        offset = child(position, _WP + "posOffset")
        if offset is not None:
            return float(int_value(offset.text))
        percent = child(position, _WP14 + f"pctPos{axis}Offset")
        if percent is not None:
            share = int_value(percent.text) / 100_000
        align = child(position, _WP + "align")
        if align is not None and share is None:
            share = _ALIGN.get((align.text or "").strip(), 0.0)
    return None if share is None else share * _PAGE[axis]


_LENGTH = re.compile(r"^\s*(-?[\d.]+)\s*(pt|in|cm|mm|px|emu)?\s*$", re.IGNORECASE)


def length_emu(text: str) -> float | None:
    """A length such as "2.5cm" or "72pt" in EMU; None when it is not one."""
    match = _LENGTH.match(text)
    if match is None:
        return None
    try:
        return float(match.group(1)) * _EMU_PER[(match.group(2) or "").lower()]
    except ValueError:
        return None


def _vml_offsets(style: str) -> tuple[float | None, float | None]:
    values: dict[str, float] = {}
    for name, number, unit in _VML_LENGTH.findall(style):
        try:
            value = float(number) * _EMU_PER[unit.lower()]
        except ValueError:
            continue
        values.setdefault(name.lower().removeprefix("margin-"), value)
    return values.get("top"), values.get("left")
