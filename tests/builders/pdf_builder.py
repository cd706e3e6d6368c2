"""Lay out an agreement spec as a PDF the way Word prints it (reportlab, tests only)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

MARGIN = 72.0
BODY = ("Helvetica", 11.0)
HEADINGS = {1: ("Helvetica-Bold", 16.0), 2: ("Helvetica-Bold", 13.0), 3: ("Helvetica-Bold", 11.0)}
LEADING = 1.3


@dataclass(frozen=True)
class Item:
    """One element of a spec: kind heading|paragraph|bullet|numbered, level, text.

    A "\n" in the text breaks the line there, as Word's own line breaking did (Word breaks
    after any hyphen, even in "2013-11-19"). `hanging=False` wraps an item's lines back to
    its marker (a bullet typed by hand); `gap` is the room between marker and text (a label
    wider than the hanging indent sits against its text). Text between "~~" is drawn
    struck through, as Word prints a tracked deletion."""

    kind: str
    text: str
    level: int = 1
    number: str | None = None
    hanging: bool = True
    gap: float = 18.0
    marker: str = "•"


def _wrap(text: str, font: str, size: float, width: float, hyphenate: bool) -> list[str]:
    if "\n" in text:
        return text.split("\n")
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if hyphenate and len(word) >= 10 and word.isalpha():
            head = f"{current} {word[: len(word) // 2]}-".strip()
            if stringWidth(head, font, size) <= width:
                lines.append(head)
                current = word[len(word) // 2:]
                continue
        lines.append(current)
        current = word
    if current:
        lines.append(current)
    return lines


class _Writer:
    def __init__(self, header: str, hyphenate: bool) -> None:
        self.buffer = io.BytesIO()
        self.canvas = Canvas(self.buffer, pagesize=A4)
        self.header = header
        self.hyphenate = hyphenate
        self.width, self.height = A4
        self.page = 1
        self.y = self.height - MARGIN
        self._decorate()

    def _decorate(self) -> None:
        self.canvas.setFont("Helvetica", 9)
        self.canvas.drawString(MARGIN, self.height - 40, self.header)
        # "Sida N" only: the total is unknown while writing, as in many real footers.
        self.canvas.drawRightString(self.width - MARGIN, 40, f"Sida {self.page}")

    def _need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.canvas.showPage()
            self.page += 1
            self.y = self.height - MARGIN
            self._decorate()

    def block(self, lines: list[str], font: str, size: float, x: float, first_x: float,
              marker: str | None, space_after: float, rest_x: float | None = None) -> None:
        for index, line in enumerate(lines):
            self._need(size * LEADING)
            self.y -= size * LEADING
            self.canvas.setFont(font, size)
            if index == 0 and marker:
                self.canvas.drawString(first_x, self.y, marker)
            self._draw(x if index == 0 or rest_x is None else rest_x, line, font, size)
        self.y -= space_after

    def _draw(self, x: float, line: str, font: str, size: float) -> None:
        """The line, with the parts between '~~' struck through."""
        for index, part in enumerate(line.split("~~")):
            self.canvas.drawString(x, self.y, part)
            width = stringWidth(part, font, size)
            if index % 2:
                self.canvas.setLineWidth(0.6)
                self.canvas.line(x, self.y + size * 0.3, x + width, self.y + size * 0.3)
            x += width

    def item(self, item: Item) -> None:
        text_width = self.width - 2 * MARGIN
        if item.kind == "heading":
            font, size = HEADINGS[item.level]
            label = f"{item.number} {item.text}" if item.number else item.text
            self.y -= size * 0.6
            self.block(_wrap(label, font, size, text_width, False), font, size, MARGIN, MARGIN,
                       None, size * 0.4)
        elif item.kind == "paragraph":
            font, size = BODY
            self.block(_wrap(item.text, font, size, text_width, self.hyphenate), font, size,
                       MARGIN, MARGIN, None, size * 0.6)
        else:
            font, size = BODY
            marker_x = MARGIN + 18 * item.level
            marker = item.marker if item.kind == "bullet" else item.number or ""
            text_x = marker_x + (item.gap if item.hanging else stringWidth(
                marker + " ", font, size))
            lines = _wrap(item.text, font, size, self.width - MARGIN - text_x, self.hyphenate)
            self.block(lines, font, size, text_x, marker_x, marker, size * 0.3,
                       None if item.hanging else marker_x)

    def finish(self, title: str) -> bytes:
        self.canvas.setTitle(title)
        self.canvas.save()
        return self.buffer.getvalue()


def build_pdf(items: list[Item], *, title: str = "", header: str = "Region Norrvik",
              hyphenate: bool = True) -> bytes:
    """The PDF bytes of the spec, with a running header and page-number footer."""
    writer = _Writer(header, hyphenate)
    for item in items:
        writer.item(item)
    return writer.finish(title)


def build_image_only_pdf() -> bytes:
    """A 'scanned' PDF: shapes only, no text layer."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for row in range(20):
        canvas.rect(72, 700 - row * 30, 400, 12, fill=1)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
