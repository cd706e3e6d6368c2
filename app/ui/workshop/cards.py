"""One version of the row on the projector: the document's name, its text with the words that
differ from the base struck through or underlined, and its tags as chips."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.core.diff.word_diff import WordDiff
from app.core.tagging.codebook import Code
from app.ui.redline import write_redline
from app.ui.tagging.chips import chip_label, text_colour
from app.ui.workshop import theme


def fill_document(document: QTextDocument, text: str, diff: WordDiff | None) -> None:
    """The text, or the base turned into it with deletions struck and insertions underlined."""
    document.clear()
    if diff is None or diff.is_equal():
        document.setPlainText(text)
        return
    write_redline(document, diff, theme.TEXT,
                  (theme.DELETED_TEXT, theme.DELETED_BACKGROUND),
                  (theme.INSERTED_TEXT, theme.INSERTED_BACKGROUND))


class VersionCard(QWidget):
    """Painted, never focused: the workshop window owns the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.title = ""
        self.is_base = False
        self.empty = True
        self.focused = False
        self.codes: list[Code] = []
        self.document = QTextDocument()
        self.document.setDocumentMargin(0)
        self.sizes = theme.sizes_for(1024, 768)
        self.body = self.sizes.body_max
        self.offset = 0  # pixels scrolled down (text longer than the card)

    def show_version(self, title: str, is_base: bool, text: str, diff: WordDiff | None,
                     codes: list[Code]) -> None:
        self.title, self.is_base, self.empty, self.codes = title, is_base, not text, codes
        fill_document(self.document, text or "–", diff)
        self.offset = 0
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, 200)

    # -- measuring ------------------------------------------------------------------------
    def _chip_font(self) -> QFont:
        return self.sizes.font(self.sizes.help + 2)

    def _chip_boxes(self, width: int) -> list[tuple[QRectF, Code, str]]:
        """Chips in lines (at most three; the last ends in '…' if more do not fit)."""
        metrics = QFontMetrics(self._chip_font())
        height = metrics.height() + 6
        x, line, boxes = 0, 0, []
        for code in self.codes:
            label = chip_label(code)
            chip_width = min(metrics.horizontalAdvance(label) + 20, width)
            if x + chip_width > width and x > 0:
                x, line = 0, line + 1
            if line >= 3:
                break
            boxes.append((QRectF(x, line * (height + 4), chip_width, height), code, label))
            x += chip_width + 6
        return boxes

    def _chip_height(self) -> int:
        boxes = self._chip_boxes(self.width() - 2 * self.sizes.margin)
        return int(boxes[-1][0].bottom()) + 6 if boxes else 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.text_height(self.body, self.text_rect().width())

    def _title_height(self) -> int:
        return QFontMetrics(self.sizes.font(self.sizes.title, True)).height() + 8

    def text_rect(self) -> QRect:
        pad = self.sizes.margin
        top = self._title_height() + pad
        return QRect(pad, top, self.width() - 2 * pad,
                     self.height() - top - pad - self._chip_height())

    def text_height(self, pixels: int, width: int) -> int:
        """The height of the text set in `pixels`-high type, `width` wide."""
        self.document.setDefaultFont(self.sizes.font(pixels))
        self.document.setTextWidth(max(width, 40))
        return int(self.document.size().height())

    def fits(self, pixels: int) -> bool:
        rect = self.text_rect()
        return self.text_height(pixels, rect.width()) <= rect.height()

    def set_body(self, pixels: int) -> None:
        self.body = pixels
        self.text_height(pixels, self.text_rect().width())
        self.update()

    def overflow(self) -> int:
        """How many pixels of text do not fit."""
        return max(int(self.document.size().height()) - self.text_rect().height(), 0)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        painter.setBrush(theme.CARD_EMPTY if self.empty else theme.CARD)
        width = max(round(6 * self.sizes.scale), 4) if self.focused else 2
        painter.setPen(QPen(theme.FOCUS if self.focused else theme.BORDER, width))
        painter.drawRoundedRect(frame, 10, 10)
        pad = self.sizes.margin
        painter.setFont(self.sizes.font(self.sizes.title, True))
        painter.setPen(theme.TEXT)
        title = self.title + ("  (bas)" if self.is_base else "")
        metrics = QFontMetrics(painter.font())
        painter.drawText(QRect(pad, pad // 2 + 4, self.width() - 2 * pad, self._title_height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(title, Qt.TextElideMode.ElideRight,
                                            self.width() - 2 * pad))
        rect = self.text_rect()
        painter.save()
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        painter.translate(0, -self.offset)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, theme.MUTED if self.empty
                                 else theme.TEXT)
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        if self.overflow() > self.offset:
            painter.setPen(theme.FOCUS)
            painter.drawText(QRect(rect.left(), rect.bottom() - 4, rect.width(), 20),
                             int(Qt.AlignmentFlag.AlignRight), "▼")
        self._paint_chips(painter, QRect(pad, rect.bottom() + 4, rect.width(),
                                         self._chip_height()))
        painter.end()

    def _paint_chips(self, painter: QPainter, rect: QRect) -> None:
        painter.setFont(self._chip_font())
        for box, code, label in self._chip_boxes(rect.width()):
            chip = box.translated(rect.left(), rect.top())
            colour = QColor(code.color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(chip, 8, 8)
            painter.setPen(text_colour(colour))
            painter.drawText(chip.adjusted(5, 0, -5, 0), int(Qt.AlignmentFlag.AlignCenter),
                             QFontMetrics(painter.font()).elidedText(
                                 label, Qt.TextElideMode.ElideRight, int(chip.width()) - 10))
