"""Text lines of a PDF with position, size and boldness, read with PDFium (one at a time)."""

from __future__ import annotations

import ctypes
import threading
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from app.core.errors import DocumentReadError, ReadProblem

# PDFium is not thread-safe, not even across documents.
PDFIUM_LOCK = threading.Lock()
_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demi")
_LINE_BREAKS = "\r\n"


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line: page number (1-based), left x, baseline y from the top, size, bold."""

    page: int
    x: float
    y: float
    size: float
    bold: bool
    text: str


@dataclass(frozen=True, slots=True)
class PdfText:
    """All lines of a document, plus page geometry and metadata."""

    lines: tuple[Line, ...]
    page_heights: tuple[float, ...]
    title: str
    chars: int


def _font_name(textpage: pdfium.PdfTextPage, index: int, buffer: ctypes.Array[ctypes.c_char]
               ) -> str:
    flags = ctypes.c_int(0)
    length = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer),
                                           ctypes.byref(flags))
    if length <= 0:
        return ""
    return bytes(buffer.raw[: max(length - 1, 0)]).decode("utf-8", errors="replace")


def _origin(textpage: pdfium.PdfTextPage, index: int) -> tuple[float, float]:
    """The character's origin on its baseline (boxes vary with descenders)."""
    x, y = ctypes.c_double(0), ctypes.c_double(0)
    pdfium_c.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y))
    return x.value, y.value


def _split_glued(textpage: pdfium.PdfTextPage, start: int, text: str, height: float
                 ) -> list[tuple[int, str]]:
    """Split a text run PDFium glued together although its characters sit on several lines."""
    pieces: list[tuple[int, str]] = []
    piece_start = 0
    last_y: float | None = None
    for offset, char in enumerate(text):
        if char.isspace():
            continue
        _, baseline = _origin(textpage, start + offset)
        y = height - baseline
        if last_y is not None and abs(y - last_y) > 2.0 and offset > piece_start:
            pieces.append((start + piece_start, text[piece_start:offset]))
            piece_start = offset
        last_y = y
    pieces.append((start + piece_start, text[piece_start:]))
    return pieces


def _page_lines(page: pdfium.PdfPage, number: int, height: float) -> tuple[list[Line], int]:
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count <= 0:
            return [], 0
        # PDFium marks a hyphen at a line end as U+FFFE (or \x02): it is a hyphen.
        text = textpage.get_text_range(0, count).replace("\ufffe", "-").replace("\x02", "-")
        aligned = len(text) == count
        buffer = ctypes.create_string_buffer(256)
        lines: list[Line] = []
        position = 0
        for raw_line in text.splitlines(keepends=True):
            start = position
            position += len(raw_line)
            content = raw_line.rstrip(_LINE_BREAKS)
            if not content.strip():
                continue
            first = start + (len(content) - len(content.lstrip()))
            char_index = first if aligned else pdfium_c.FPDFText_GetCharIndexFromTextIndex(
                textpage.raw, first)
            if char_index < 0:
                continue
            # Check the last character too: PDFium sometimes glues two visual lines.
            last = start + len(content.rstrip()) - 1
            last_index = last if aligned else char_index
            _, b0 = _origin(textpage, char_index)
            _, b1 = _origin(textpage, last_index)
            pieces = [(char_index, content.strip())]
            if aligned and abs(b0 - b1) > 2.0:
                pieces = [(i, t.strip()) for i, t in _split_glued(textpage, first,
                          content[first - start:], height) if t.strip()]
            for index, piece in pieces:
                left, bottom = _origin(textpage, index)
                size = pdfium_c.FPDFText_GetFontSize(textpage.raw, index)
                probe = index + min(len(piece) // 2, len(piece) - 1) if aligned else index
                name = _font_name(textpage, probe, buffer).casefold()
                bold = any(word in name for word in _BOLD_WORDS)
                lines.append(Line(number, round(left, 1), round(height - bottom, 1),
                                  round(size, 1), bold, piece))
        return lines, count
    finally:
        textpage.close()


def extract(data: bytes, path: Path) -> PdfText:
    """Read every page's lines; raise DocumentReadError for damaged or protected files."""
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            message = str(exc).casefold()
            if "password" in message or "security" in message:
                raise DocumentReadError(path, ReadProblem.ENCRYPTED) from None
            raise DocumentReadError(path, ReadProblem.TRUNCATED, str(exc)[:80]) from None
        try:
            lines: list[Line] = []
            heights: list[float] = []
            chars = 0
            for number in range(len(document)):
                page = document[number]
                try:
                    height = page.get_height()
                    heights.append(height)
                    page_lines, count = _page_lines(page, number + 1, height)
                    lines.extend(page_lines)
                    chars += count
                finally:
                    page.close()
            title = ""
            try:
                title = (document.get_metadata_dict().get("Title") or "").strip()
            except pdfium.PdfiumError:
                title = ""
            if title.casefold() in ("untitled", "unknown", "namnlös"):
                title = ""
        except pdfium.PdfiumError as exc:
            raise DocumentReadError(path, ReadProblem.TRUNCATED, str(exc)[:80]) from None
        finally:
            document.close()
    if chars == 0 or not lines:
        raise DocumentReadError(path, ReadProblem.SCANNED_PDF)
    return PdfText(tuple(lines), tuple(heights), title, chars)
