"""WordprocessingML namespace and a cheap child lookup shared by the DOCX modules."""

from __future__ import annotations

from lxml import etree

from app.core.importing.numbers import parse_int

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# Strict OOXML (ISO/IEC 29500 Strict, which Word can save) differs from transitional in
# its namespace names; the parts the reader reads are otherwise alike.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships",
     b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    (b"http://purl.oclc.org/ooxml/officeDocument/math",
     b"http://schemas.openxmlformats.org/officeDocument/2006/math"),
    (b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
     b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    (b"http://purl.oclc.org/ooxml/drawingml/main",
     b"http://schemas.openxmlformats.org/drawingml/2006/main"),
)


def transitional(data: bytes) -> bytes:
    """A part with Strict OOXML namespaces renamed to the transitional ones."""
    if b"purl.oclc.org/ooxml/" not in data:
        return data
    for strict, name in _STRICT:
        data = data.replace(strict, name)
    return data


def child(parent: etree._Element, tag: str) -> etree._Element | None:
    """The first child with this (namespaced) tag, or None: `parent.find(tag)`, only cheaper.

    find() runs its path through lxml's ElementPath machinery on every call, several
    times the cost of iterchildren(); property elements (w:pPr, w:rPr, w:tcPr) come first
    by the schema, so the first child is tried before any search.
    """
    try:
        first = parent[0]
    except IndexError:
        return None
    if first.tag == tag:
        return first
    return next(parent.iterchildren(tag), None)


def int_value(value: str | None, default: int = 0, low: int | None = None,
              high: int | None = None) -> int:
    """An integer attribute, or `default` when it is missing or not a number ("x", "nan",
    "inf", "1e999"), clamped to [low, high] when given.

    Word files from other tools carry odd values; one never stops an import.
    """
    return parse_int(value, default, low, high)
