"""Text lines of a PDF with position, extent, size and boldness, read with PDFium (one at a
time); text struck through (tracked deletions printed with their changes) is left out."""

from __future__ import annotations

import ctypes
import re
import threading
import warnings
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from app.core.errors import DocumentReadError, DocumentWarning, ReadProblem, ReadWarning
from app.core.importing.line_rules import BULLETS, break_unit, item_text_offset
from app.core.importing.pdf_fields import PlacedText, page_texts
from app.core.importing.pdf_garbage import Garbage, page_ranges
from app.core.importing.pdf_security import empty_password_opens, find_encryption, without_reference

# PDFium is not thread-safe, not even across documents.
PDFIUM_LOCK = threading.Lock()
_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demi")
_LINE_BREAKS = "\r\n"
_MARKS = re.compile("[\ufffe\x02]")
_LABEL_STARTS = frozenset(BULLETS + "0123456789(")  # a line that may open with a list label
_A4_HEIGHT = 842.0  # stands in for the height of a page that cannot be loaded


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line: page number (1-based), left x, baseline y from the top, size, bold.

    `right` is where its last character ends and `unit` the width of what a word processor
    had to keep together at its start (`line_rules.break_unit`); `text_x` is where the text
    after a leading bullet or list label starts. Each is 0.0 when unknown or absent."""

    page: int
    x: float
    y: float
    size: float
    bold: bool
    text: str
    right: float = 0.0
    unit: float = 0.0
    text_x: float = 0.0


@dataclass(frozen=True, slots=True)
class PdfText:
    """All lines of a document, plus page geometry and metadata; the form-field values and
    annotation texts; warnings about text that could not be read."""

    lines: tuple[Line, ...]
    page_heights: tuple[float, ...]
    title: str
    chars: int
    fields: tuple[PlacedText, ...] = ()
    warnings: tuple[DocumentWarning, ...] = ()


class _Chars:
    """Character queries on one text page, with the ctypes out-parameters made once (PDFium
    runs under its lock, so one set per page is safe)."""

    def __init__(self, textpage: pdfium.PdfTextPage, height: float) -> None:
        self.raw = textpage.raw
        self.height = height
        self._values = [ctypes.c_double(0) for _ in range(4)]
        self._refs = [ctypes.byref(value) for value in self._values]
        self._flags = ctypes.c_int(0)
        self._buffer = ctypes.create_string_buffer(256)

    def baseline(self, index: int) -> tuple[float, float]:
        """The character's origin: x, and its baseline y from the top of the page."""
        pdfium_c.FPDFText_GetCharOrigin(self.raw, index, self._refs[0], self._refs[1])
        return self._values[0].value, self.height - self._values[1].value

    def span(self, index: int) -> tuple[float, float]:
        """The left and right edges of the character's box."""
        refs = self._refs
        pdfium_c.FPDFText_GetCharBox(self.raw, index, refs[0], refs[1], refs[2], refs[3])
        return self._values[0].value, self._values[1].value

    def size(self, index: int) -> float:
        return float(pdfium_c.FPDFText_GetFontSize(self.raw, index))

    def bold(self, index: int) -> bool:
        buffer = self._buffer
        length = pdfium_c.FPDFText_GetFontInfo(self.raw, index, buffer, len(buffer),
                                               ctypes.byref(self._flags))
        if length <= 0:
            return False
        name = bytes(buffer.raw[: max(length - 1, 0)]).decode("utf-8", "replace").casefold()
        return any(word in name for word in _BOLD_WORDS)


def _split_glued(chars: _Chars, start: int, text: str, marks: list[int]
                 ) -> list[tuple[int, str]]:
    """Split a run PDFium glued although its characters sit on several lines: it glues lines
    at a hyphen it marked, so only the places after marks are measured, if there are any."""
    offsets = [m - start + 1 for m in marks if start <= m < start + len(text) - 1]
    if not offsets:
        offsets = [o for o, c in enumerate(text) if not c.isspace()]
    pieces: list[tuple[int, str]] = []
    piece_start = 0
    last_y = chars.baseline(start)[1]
    for offset in offsets:
        while offset < len(text) and text[offset].isspace():
            offset += 1
        if offset >= len(text) or offset <= piece_start:
            continue
        y = chars.baseline(start + offset)[1]
        if abs(y - last_y) > 2.0:
            pieces.append((start + piece_start, text[piece_start:offset]))
            piece_start = offset
        last_y = y
    pieces.append((start + piece_start, text[piece_start:]))
    return pieces


_Strike = tuple[float, float, float]  # x0, x1 and y (from the top) of a strike-through line


def _strikes(page: pdfium.PdfPage, height: float) -> list[_Strike]:
    """Thin horizontal paths: strike-through lines (and underlines, told apart later)."""
    found: list[_Strike] = []
    left, bottom, right, top = (ctypes.c_float(0) for _ in range(4))
    refs = [ctypes.byref(value) for value in (left, bottom, right, top)]
    path_type = pdfium_c.FPDF_PAGEOBJ_PATH
    for index in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        obj = pdfium_c.FPDFPage_GetObject(page.raw, index)
        if pdfium_c.FPDFPageObj_GetType(obj) != path_type:
            continue
        if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
            continue
        if top.value - bottom.value <= 2.5 and right.value - left.value >= 2.0:
            found.append((left.value, right.value, height - (top.value + bottom.value) / 2))
    return found


def _struck(strikes: list[_Strike], x0: float, x1: float, baseline: float, size: float
            ) -> list[_Strike]:
    """The strikes through the middle of a text run between x0 and x1 on `baseline`."""
    return [s for s in strikes if s[0] < x1 and s[1] > x0
            and baseline - 0.6 * size <= s[2] <= baseline - 0.1 * size]


def _piece(chars: _Chars, number: int, index: int, piece: str, strikes: list[_Strike],
           origin: tuple[float, float] | None = None) -> Line:
    """The Line of one run of characters (aligned with the text), without struck text.

    Its geometry (x, right end, first unit, text x) is that of the line as printed, struck
    text included: that is what the word processor laid out. `origin` is the first
    character's, when already known."""
    left, baseline = origin or chars.baseline(index)
    size = chars.size(index)
    right = chars.span(index + len(piece) - 1)[1]
    unit = max(chars.span(index + len(break_unit(piece)) - 1)[1] - left, 0.0)
    text_x = 0.0
    if piece[0] in _LABEL_STARTS or piece[1:2] == ")":
        offset = item_text_offset(piece)
        text_x = chars.baseline(index + offset)[0] if offset else 0.0
    through = _struck(strikes, left, right, baseline, size) if strikes else []
    text, first = _unstruck(chars, index, piece, through) if through else (piece, index)
    # Bold at its middle and its start: a bold phrase inside a sentence is not a bold line.
    bold = bool(text) and chars.bold(first + len(text) // 2) and chars.bold(first)
    return Line(number, round(left, 1), round(baseline, 1), round(size, 1), bold, text,
                right, unit, text_x)


def _unstruck(chars: _Chars, index: int, piece: str, through: list[_Strike]
              ) -> tuple[str, int]:
    """The text of a line without its struck-through characters ('' if all were struck),
    and the index of its first kept character."""
    kept: list[str] = []
    first = -1
    for offset, char in enumerate(piece):
        x0, x1 = chars.span(index + offset)
        if char.isspace() or not any(s[0] <= (x0 + x1) / 2 <= s[1] for s in through):
            if first < 0 and not char.isspace():
                first = index + offset
            kept.append(char)
    return " ".join("".join(kept).split()), max(first, index)


def _page_lines(page: pdfium.PdfPage, number: int, height: float) -> tuple[list[Line], int]:
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        if count <= 0:
            return [], 0
        chars = _Chars(textpage, height)
        raw = textpage.get_text_range(0, count)
        # PDFium marks a hyphen at a line end as U+FFFE (or \x02): it is a hyphen, and
        # PDFium may have glued the two lines there.
        marks = [match.start() for match in _MARKS.finditer(raw)]
        text = raw.replace("\ufffe", "-").replace("\x02", "-") if marks else raw
        aligned = len(text) == count
        strikes = _strikes(page, height) if aligned else []
        lines: list[Line] = []
        position = 0
        for raw_line in text.splitlines(keepends=True):
            start = position
            position += len(raw_line)
            content = raw_line.rstrip(_LINE_BREAKS)
            if not content.strip():
                continue
            first = start + (len(content) - len(content.lstrip()))
            if not aligned:
                lines.extend(_unaligned(textpage, chars, number, first, content))
                continue
            # Check the last character too: PDFium sometimes glues two visual lines.
            origin = chars.baseline(first)
            if abs(origin[1] - chars.baseline(start + len(content.rstrip()) - 1)[1]) <= 2.0:
                lines.append(_piece(chars, number, first, content.strip(), strikes, origin))
                continue
            lines.extend(_piece(chars, number, index, piece.strip(), strikes)
                         for index, piece in _split_glued(chars, first, content[first - start:],
                                                          marks) if piece.strip())
        return lines, count
    finally:
        textpage.close()


def _unaligned(textpage: pdfium.PdfTextPage, chars: _Chars, number: int, first: int,
               content: str) -> list[Line]:
    """A line whose text indices do not match character indices: position only, no extent."""
    char_index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage.raw, first)
    if char_index < 0:
        return []
    left, baseline = chars.baseline(char_index)
    return [Line(number, round(left, 1), round(baseline, 1), round(chars.size(char_index), 1),
                 chars.bold(char_index), content.strip())]


def _draws_something(page: pdfium.PdfPage) -> bool:
    """A page with images or drawings (a scan, a drawing), not a blank one."""
    return int(pdfium_c.FPDFPage_CountObjects(page.raw)) > 0


def _reopen(data: bytes, path: Path, error: pdfium.PdfiumError) -> pdfium.PdfDocument:
    """A document PDFium refused. It is password-protected only when its encryption says
    the empty password does not open it; an /Encrypt entry that leads nowhere is dropped."""
    message = str(error).casefold()
    if "password" not in message and "security" not in message:
        raise DocumentReadError(path, ReadProblem.TRUNCATED, str(error)[:80]) from None
    encryption = find_encryption(data)
    if encryption is None:
        try:
            return pdfium.PdfDocument(without_reference(data))
        except pdfium.PdfiumError as again:
            raise DocumentReadError(path, ReadProblem.TRUNCATED, str(again)[:80]) from None
    if empty_password_opens(encryption):
        raise DocumentReadError(path, ReadProblem.UNSUPPORTED_ENCRYPTION) from None
    raise DocumentReadError(path, ReadProblem.ENCRYPTED) from None


def extract(data: bytes, path: Path) -> PdfText:
    """Read every page's lines; raise DocumentReadError for damaged or protected files."""
    with PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            document = _reopen(data, path, exc)
        try:
            lines: list[Line] = []
            heights: list[float] = []
            chars = 0
            fields: list[PlacedText] = []
            garbage = Garbage()
            drawn = False  # a page without text that draws something: scanned
            with warnings.catch_warnings():  # (XFA forms are not read: AcroForm values are)
                warnings.simplefilter("ignore")
                document.init_forms()  # form-field values need the form environment
            damaged: list[int] = []
            for number in range(len(document)):
                try:
                    page = document[number]
                except pdfium.PdfiumError:  # one broken page does not stop the others
                    damaged.append(number + 1)
                    heights.append(_A4_HEIGHT)
                    continue
                try:
                    height = page.get_height()
                    heights.append(height)
                    page_lines, count = _page_lines(page, number + 1, height)
                    cleaned = garbage.page(number + 1, [line.text for line in page_lines])
                    lines.extend(line if text == line.text else replace(line, text=text)
                                 for line, text in zip(page_lines, cleaned, strict=True) if text)
                    chars += count
                    fields.extend(page_texts(document, page, number + 1, height))
                    drawn = drawn or (not count and _draws_something(page))
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
    found = garbage.verdict(path)
    if damaged and len(damaged) == len(heights):
        raise DocumentReadError(path, ReadProblem.TRUNCATED)
    if damaged:
        found += (DocumentWarning(ReadWarning.DAMAGED_PAGES, page_ranges(damaged)),)
    if (chars == 0 or not lines) and not fields:
        raise DocumentReadError(path, ReadProblem.SCANNED_PDF if drawn or chars
                                else ReadProblem.NO_TEXT)
    return PdfText(tuple(lines), tuple(heights), title, chars, tuple(fields), found)
