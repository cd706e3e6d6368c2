"""The active facet's codes as big keys with their letters: filled when every clause in focus
has the code, half-filled when some have it; the keys wrap onto as many lines as they need."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.documents.model import ClauseId
from app.core.tagging.codebook import Code, Codebook
from app.core.tagging.model import Tag
from app.ui.tagging.chips import chip_label, text_colour
from app.ui.workshop import theme

RESERVED = {"b"}  # B blanks the screen (presenter remotes send it): such codes take Alt+key


@dataclass(frozen=True)
class KeyCap:
    code: Code
    state: str  # "on", "some" or "off"

    @property
    def label(self) -> str:
        key = self.code.key.upper()
        return f"Alt+{key}" if self.code.key.casefold() in RESERVED else key

    @property
    def text(self) -> str:
        return f"{self.label}  {chip_label(self.code)}"


def key_caps(book: Codebook, facet: str, clauses: Sequence[ClauseId],
             tags: Mapping[ClauseId, Sequence[Tag]]) -> list[KeyCap]:
    """The facet's codes that have a key, each on, some or off for the clauses in focus."""
    caps = []
    for code in book.in_facet(facet):
        if not code.key:
            continue
        having = sum(1 for c in clauses if any(t.code_id == code.id for t in tags.get(c, ())))
        state = "on" if clauses and having == len(clauses) else "some" if having else "off"
        caps.append(KeyCap(code, state))
    return caps


def _pale(colour: QColor) -> QColor:
    return QColor(round(colour.red() * 0.3 + 255 * 0.7), round(colour.green() * 0.3 + 255 * 0.7),
                  round(colour.blue() * 0.3 + 255 * 0.7))


class KeyStrip(QWidget):
    """Painted keys; `heightForWidth` tells the layout how many lines they take."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopKeys")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.caps: list[KeyCap] = []
        self.sizes = theme.sizes_for(1024, 768)
        self.facet_name = ""
        self.key_pixels = self.sizes.key  # lowered by `fit_height` when keys are many

    def show_keys(self, facet_name: str, caps: list[KeyCap]) -> None:
        self.facet_name, self.caps = facet_name, caps
        self.updateGeometry()
        self.update()

    def fit_height(self, width: int, limit: int) -> None:
        """The largest key type (down to a floor) at which the keys take at most `limit`."""
        self.key_pixels = self.sizes.key
        floor = max(round(self.sizes.key * 0.55), 10)
        while self.key_pixels > floor and self.heightForWidth(width) > limit:
            self.key_pixels -= 1
        self.updateGeometry()

    def _boxes(self, width: int) -> list[tuple[QRect, KeyCap]]:
        font = self.sizes.font(self.key_pixels, True)
        metrics = QFontMetrics(font)
        height = metrics.height() + 10
        gap = max(round(8 * self.sizes.scale), 4)
        x = y = 0
        label_width = metrics.horizontalAdvance(self.facet_name + ":") + gap * 2
        x = label_width
        boxes = []
        for cap in self.caps:
            text = cap.text
            box_width = min(metrics.horizontalAdvance(text) + 24, max(width - label_width, 80))
            if x + box_width > width and x > label_width:
                x = label_width
                y += height + gap
            boxes.append((QRect(x, y, box_width, height), cap))
            x += box_width + gap
        return boxes

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        boxes = self._boxes(width)
        return (boxes[-1][0].bottom() + 4) if boxes else 10

    def sizeHint(self) -> QSize:
        return QSize(800, self.heightForWidth(800))

    def key_rects(self) -> dict[str, QRect]:
        """Each code's key rectangle (tests check that none is cut off)."""
        return {cap.code.id: rect for rect, cap in self._boxes(self.width())}

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        font = self.sizes.font(self.key_pixels, True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        painter.setPen(theme.TEXT)
        painter.drawText(QRect(0, 0, self.width(), metrics.height() + 14),
                         int(Qt.AlignmentFlag.AlignVCenter), self.facet_name + ":")
        for rect, cap in self._boxes(self.width()):
            colour = QColor(cap.code.color)
            frame = QRectF(rect).adjusted(1.5, 1.5, -1.5, -1.5)
            painter.setPen(QPen(colour.darker(140), 3))
            some = cap.state == "some"
            if some:  # some clauses in focus have it: a pale fill and a dashed frame
                painter.setPen(QPen(colour.darker(140), 3, Qt.PenStyle.DashLine))
            painter.setBrush(colour if cap.state == "on" else
                             _pale(colour) if some else theme.CARD)
            painter.drawRoundedRect(frame, 9, 9)
            painter.setPen(text_colour(colour) if cap.state == "on" else theme.TEXT)
            text = metrics.elidedText(cap.text, Qt.TextElideMode.ElideRight, rect.width() - 20)
            painter.drawText(rect.adjusted(10, 0, -10, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             text)
        painter.end()
