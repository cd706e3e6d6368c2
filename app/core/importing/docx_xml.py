"""WordprocessingML namespace and a cheap child lookup shared by the DOCX modules."""

from __future__ import annotations

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


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
