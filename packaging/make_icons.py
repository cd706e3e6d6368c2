"""Draw Klausul's icons with Qt and write them: the app and document .ico files, a PNG.

Run `.venv/bin/python packaging/make_icons.py` after changing the drawing; the outputs are
committed (packaging/windows/*.ico, resources/icons/klausul.png) so builds need no Qt step.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
BLUE, GREEN, PAPER, INK = "#1f4e79", "#2e8b57", "#ffffff", "#9aa7b4"


def _sheet(painter: QPainter, rect: QRectF, lines: int, mark: str | None) -> None:
    """A page with text lines; `mark` colours one line as a changed clause."""
    painter.setPen(QPen(QColor(INK), rect.width() * 0.04))
    painter.setBrush(QColor(PAPER))
    painter.drawRoundedRect(rect, rect.width() * 0.08, rect.width() * 0.08)
    step = rect.height() / (lines + 1)
    painter.setPen(Qt.PenStyle.NoPen)
    for line in range(lines):
        y = rect.top() + step * (line + 0.75)
        width = rect.width() * (0.7 if line % 3 == 2 else 0.8)
        colour = QColor(mark) if mark and line == 2 else QColor(INK)
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect.left() + rect.width() * 0.1, y, width, step * 0.45))


def draw(size: int, document: bool) -> QImage:
    """The icon at `size` pixels: two agreements side by side (app) or one page (document)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    if document:
        _sheet(painter, QRectF(s * 0.14, s * 0.04, s * 0.72, s * 0.92), 6, GREEN)
        badge = QPainterPath()
        badge.addEllipse(QRectF(s * 0.5, s * 0.56, s * 0.44, s * 0.44))
        painter.fillPath(badge, QColor(BLUE))
    else:
        background = QPainterPath()
        background.addRoundedRect(QRectF(0, 0, s, s), s * 0.18, s * 0.18)
        painter.fillPath(background, QColor(BLUE))
        _sheet(painter, QRectF(s * 0.12, s * 0.16, s * 0.36, s * 0.68), 5, None)
        _sheet(painter, QRectF(s * 0.52, s * 0.16, s * 0.36, s * 0.68), 5, GREEN)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: list[QImage]) -> bytes:
    """An .ico file holding each image as a PNG entry (read by Windows Vista and later)."""
    entries = [png_bytes(image) for image in images]
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory = b""
    for image, data in zip(images, entries, strict=True):
        side = image.width() if image.width() < 256 else 0  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(entries)


def main() -> int:
    """Write the icon files; returns the exit code."""
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    windows = ROOT / "packaging" / "windows"
    (windows / "klausul.ico").write_bytes(ico_bytes([draw(n, False) for n in SIZES]))
    (windows / "klausul-document.ico").write_bytes(ico_bytes([draw(n, True) for n in SIZES]))
    icons = ROOT / "resources" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    (icons / "klausul.png").write_bytes(png_bytes(draw(256, False)))
    (icons / "klausul-document.png").write_bytes(png_bytes(draw(256, True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
