"""PDF files written object by object, for what reportlab does not make: fonts without a
Unicode map, form fields and annotations placed by hand, a dangling /Encrypt entry; and
encrypted files made with reportlab's own standard security handler."""

from __future__ import annotations

import io
import re

from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

PAGE_HEIGHT = 842
# Codes 14-31 of a font whose glyphs have names PDFium cannot map come out as the control
# characters U+000E-U+001F: text from a font without a Unicode map.
GARBAGE_CODES = bytes(range(14, 32))


def text_op(x: float, y: float, text: str | bytes, font: str = "F1", size: int = 12) -> bytes:
    """One line of text at (x, y) from the bottom of the page."""
    raw = text.encode("cp1252") if isinstance(text, str) else text
    escaped = b"".join(b"\\%03o" % byte if byte < 32 or byte in b"()\\" or byte > 126
                       else bytes([byte]) for byte in raw)
    return b"BT /%s %d Tf %g %g Td (%s) Tj ET\n" % (font.encode(), size, x, y, escaped)


def garbage_words(count: int) -> bytes:
    """`count` words of unmapped glyphs, separated by real spaces."""
    return b" ".join(GARBAGE_CODES[i % 6:i % 6 + 6] for i in range(count))


def literal(text: str) -> bytes:
    """A PDF text string (UTF-16 with a byte-order mark) as a hex string."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def field(name: str, value: str, rect: tuple[float, float, float, float],
          kind: str = "Tx", flags: int = 0) -> bytes:
    """A form field merged with its widget annotation."""
    return (b"<< /Type /Annot /Subtype /Widget /FT /%s /T %s /V %s /Rect [%g %g %g %g] /F %d "
            b"/DA (/Helv 10 Tf 0 g) >>" % (kind.encode(), literal(name), literal(value)
                                            if kind != "Btn" else b"/" + value.encode(),
                                            *rect, flags))


def note(subtype: str, contents: str, rect: tuple[float, float, float, float],
         flags: int = 0) -> bytes:
    """A text annotation: a sticky note (Text) or text placed on the page (FreeText)."""
    return (b"<< /Type /Annot /Subtype /%s /Contents %s /Rect [%g %g %g %g] /F %d "
            b"/DA (/Helv 10 Tf 0 g) >>" % (subtype.encode(), literal(contents), *rect, flags))


def raw_pdf(pages: list[bytes], annotations: list[list[bytes]] | None = None,
            trailer_extra: bytes = b"") -> bytes:
    """A PDF of A4 pages with the given content streams. Font F1 is Helvetica; font F2 names
    its glyphs /g1 ... /g127, which no reader can map to Unicode. Widget annotations are
    also the form's fields."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog, pages_object = add(b""), add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    names = b" ".join(b"/g%d" % code for code in range(1, 128))
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type "
             b"/Encoding /Differences [1 " + names + b"] >> >>")
    kids, fields = [], []
    for index, content in enumerate(pages):
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        refs = []
        for annotation in (annotations[index] if annotations else []):
            number = add(annotation)
            refs.append(number)
            if b"/Widget" in annotation:
                fields.append(number)
        annots = (b" /Annots [" + b" ".join(b"%d 0 R" % r for r in refs) + b"]") if refs else b""
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 %d] /Resources << "
                        b"/Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R%s >>"
                        % (pages_object, PAGE_HEIGHT, f1, f2, stream, annots)))
    form = (b" /AcroForm << /Fields [" + b" ".join(b"%d 0 R" % f for f in fields)
            + b"] /DA (/Helv 10 Tf 0 g) >>") if fields else b""
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R%s >>" % (pages_object, form)
    objects[pages_object - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                                 + b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, trailer_extra, start))
    return bytes(out)


def with_looping_page(data: bytes, page: int) -> bytes:
    """`raw_pdf` bytes whose page `page` (1-based) points back at the page tree: a page no
    reader can load (the object keeps its length, so the offsets stay right)."""
    kids = re.search(rb"/Kids \[([^\]]*)\]", data)
    assert kids is not None
    references = list(re.finditer(rb"(\d+) 0 R", kids.group(1)))
    number = references[page - 1]
    start, end = kids.start(1) + number.start(1), kids.start(1) + number.end(1)
    return data[:start] + b"2".rjust(end - start) + data[end:]


def encrypted_pdf(user_password: str, owner_password: str, strength: int = 128) -> bytes:
    """A one-page PDF encrypted by reportlab's standard security handler (RC4)."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, encrypt=pdfencrypt.StandardEncryption(
        user_password, ownerPassword=owner_password, strength=strength))
    canvas.drawString(72, 760, "Parterna ska samverka kring barnets behov.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
