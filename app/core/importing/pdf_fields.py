"""Text a PDF page holds outside its content stream: the values of its form fields and the
text of its text annotations (sticky notes, text placed on the page), with their position."""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Literal

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from app.core.importing.segmentation import normalise_space

FieldKind = Literal["form_field", "annotation"]
_KINDS: dict[int, FieldKind] = {pdfium_c.FPDF_ANNOT_WIDGET: "form_field",
                                pdfium_c.FPDF_ANNOT_TEXT: "annotation",
                                pdfium_c.FPDF_ANNOT_FREETEXT: "annotation"}
# Fields whose value is text; check boxes, radio buttons, buttons and signatures are not.
_TEXT_FIELDS = {pdfium_c.FPDF_FORMFIELD_TEXTFIELD, pdfium_c.FPDF_FORMFIELD_COMBOBOX,
                pdfium_c.FPDF_FORMFIELD_LISTBOX}
_HIDDEN = pdfium_c.FPDF_ANNOT_FLAG_HIDDEN | pdfium_c.FPDF_ANNOT_FLAG_NOVIEW
_MAX_BYTES = 1 << 20  # one field's value; more is not a form value
# Annotations looked at per page: a form page has tens, a stress test tens of thousands.
_MAX_ANNOTATIONS = 2000


@dataclass(frozen=True, slots=True)
class PlacedText:
    """A field value or annotation text: page (1-based), left x, y from the top of the page
    (its bottom edge, where a line of its text would stand), the text, and what it is."""

    page: int
    x: float
    y: float
    text: str
    kind: FieldKind


def page_texts(document: pdfium.PdfDocument, page: pdfium.PdfPage, number: int,
               height: float) -> list[PlacedText]:
    """The page's visible field values and annotation texts, in no particular order."""
    form = document.formenv.raw if document.formenv is not None else None
    found: list[PlacedText] = []
    count = min(max(pdfium_c.FPDFPage_GetAnnotCount(page.raw), 0), _MAX_ANNOTATIONS)
    for index in range(count):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        if not annot:
            continue
        try:
            kind = _KINDS.get(pdfium_c.FPDFAnnot_GetSubtype(annot))
            if kind is None or pdfium_c.FPDFAnnot_GetFlags(annot) & _HIDDEN:
                continue
            if kind == "form_field":
                if form is None or pdfium_c.FPDFAnnot_GetFormFieldType(form, annot) \
                        not in _TEXT_FIELDS:
                    continue
                text = _wide(partial(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot))
            else:
                text = _wide(partial(pdfium_c.FPDFAnnot_GetStringValue, annot, b"Contents"))
            text = normalise_space(text)
            if not text:
                continue
            rect = pdfium_c.FS_RECTF()
            pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect))
            found.append(PlacedText(number, round(min(rect.left, rect.right), 1),
                                    round(height - min(rect.bottom, rect.top), 1), text, kind))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return found


def _wide(call: Callable[[ctypes.Array[ctypes.c_ushort] | None, int], int]) -> str:
    """A UTF-16 string from a PDFium getter that reports its size in bytes when given none."""
    size = call(None, 0)
    if size <= 2 or size > _MAX_BYTES:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    call(buffer, size)
    text = bytes(buffer).decode("utf-16-le", errors="replace")
    # Controls are dropped; a form value has no use for them and XML forbids them later.
    return "".join(c if c >= " " or c in "\t\n\r" else " " for c in text.rstrip("\x00"))
