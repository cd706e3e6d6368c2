"""Paragraph styles from word/styles.xml: heading level, numbering, bold, size."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from app.core.importing.docx_xml import W, child, int_value

_W = f"{{{W}}}"
_VAL = _W + "val"
_HEADING_NAME = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_TITLE_NAMES = {"title", "rubrik", "titel"}
DEFAULT_SIZE = 22  # half-points: Word's Normal is 11 pt when styles.xml says nothing


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    """What a paragraph inherits from its style chain."""

    name: str = ""
    heading_level: int | None = None
    is_title: bool = False
    num_id: str | None = None
    ilvl: int = 0
    bold: bool = False
    size: int | None = None
    indent: int = 0


def on(element: etree._Element | None) -> bool:
    """True for a toggle property (w:b, w:i) that is present and not switched off."""
    return element is not None and element.get(_VAL, "true") not in ("0", "false", "off")


def _props(style: etree._Element) -> dict[str, object]:
    props: dict[str, object] = {}
    ppr = child(style, _W + "pPr")
    if ppr is not None:
        outline = child(ppr, _W + "outlineLvl")
        if outline is not None:
            props["outline"] = int_value(outline.get(_VAL), 9, 0, 9)
        numpr = child(ppr, _W + "numPr")
        if numpr is not None:
            num = child(numpr, _W + "numId")
            lvl = child(numpr, _W + "ilvl")
            if num is not None:
                props["num_id"] = num.get(_VAL, "0")
            if lvl is not None:
                props["ilvl"] = int_value(lvl.get(_VAL), 0, 0, 8)
        ind = child(ppr, _W + "ind")
        if ind is not None:
            props["indent"] = _twips(ind.get(_W + "left") or ind.get(_W + "start"))
    rpr = child(style, _W + "rPr")
    if rpr is not None:
        bold = child(rpr, _W + "b")
        if bold is not None:
            props["bold"] = on(bold)
        size = child(rpr, _W + "sz")
        if size is not None:
            props["size"] = _twips(size.get(_VAL))
    return props


def _twips(value: str | None) -> int:
    return int_value(value, 0, -1_000_000, 1_000_000)


class Styles:
    """Paragraph styles by id, each with its basedOn chain already merged."""

    def __init__(self, root: etree._Element | None) -> None:
        self.default_size = DEFAULT_SIZE
        self._raw: dict[str, tuple[str, str | None, dict[str, object]]] = {}
        self._resolved: dict[str, ParagraphStyle] = {}
        self.default_paragraph = ""
        if root is None:
            return
        size = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
        if size is not None:
            self.default_size = _twips(size.get(_VAL)) or DEFAULT_SIZE
        for style in root.iterchildren(_W + "style"):
            if style.get(_W + "type") not in (None, "paragraph"):
                continue
            style_id = style.get(_W + "styleId", "")
            name_el = child(style, _W + "name")
            name = name_el.get(_VAL, style_id) if name_el is not None else style_id
            based = child(style, _W + "basedOn")
            self._raw[style_id] = (name, based.get(_VAL) if based is not None else None,
                                   _props(style))
            if on(child(style, _W + "default")) or style.get(_W + "default") in ("1", "true"):
                self.default_paragraph = style_id
        normal = self.get(self.default_paragraph)
        if normal.size:
            self.default_size = normal.size

    def get(self, style_id: str | None) -> ParagraphStyle:
        """The resolved style (the default paragraph style when `style_id` is None)."""
        key = style_id or self.default_paragraph
        cached = self._resolved.get(key)
        if cached is None:
            cached = self._resolve(key)
            self._resolved[key] = cached
        return cached

    def _resolve(self, style_id: str) -> ParagraphStyle:
        merged: dict[str, object] = {}
        name = ""
        seen: set[str] = set()
        current: str | None = style_id
        while current and current in self._raw and current not in seen:
            seen.add(current)
            raw_name, based_on, props = self._raw[current]
            name = name or raw_name
            for key, value in props.items():
                merged.setdefault(key, value)
            current = based_on
        heading: int | None = None
        match = _HEADING_NAME.match(name.strip())
        if match:
            heading = int(match.group(1))
        elif isinstance(merged.get("outline"), int) and int(str(merged["outline"])) < 9:
            heading = int(str(merged["outline"])) + 1
        return ParagraphStyle(
            name=name,
            heading_level=heading,
            is_title=name.strip().casefold() in _TITLE_NAMES,
            num_id=str(merged["num_id"]) if "num_id" in merged else None,
            ilvl=int(str(merged.get("ilvl", 0))),
            bold=bool(merged.get("bold", False)),
            size=int(str(merged["size"])) if merged.get("size") else None,
            indent=int(str(merged.get("indent", 0))),
        )
