"""Tag chips in the comparison's cells: a filled chip per tag in its code's colour, a dashed
one per suggestion still waiting; one line at the bottom of the cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from app.core.documents.model import Clause, ClauseId
from app.core.tagging.codebook import Code, Codebook, CodeId
from app.ui.comparison.model import CLAUSES_ROLE, ComparisonModel
from app.ui.palette import AA_MARK, AA_TEXT, readable

Index = QModelIndex | QPersistentModelIndex
CHIP_GAP = 4
CHIP_PAD = 5
FACET_ORDER = {"part": 0, "malgrupp": 1, "ansvar": 2}


def chip_label(code: Code) -> str:
    """The short text of a chip: the code's name if short, else its first abbreviation in
    capitals (BUP), else the name cut."""
    short = next((a for a in code.abbreviations if a.isupper() and len(a) <= 5), "")
    text = code.name if len(code.name) <= 16 or not short else short
    return text if len(text) <= 22 else text[:21] + "…"


def text_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background`."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


def outline_colours(code_colour: QColor, palette: QPalette) -> tuple[QColor, QColor]:
    """(frame, text) of a suggestion's dashed chip, drawn on the cell's own background: the
    code's colour, moved towards the palette's text until the frame reaches the contrast of
    a graphical object and the label that of text (WCAG AA), in a light or a dark palette."""
    background = palette.color(QPalette.ColorRole.Base)
    towards = palette.color(QPalette.ColorRole.Text)
    return (readable(code_colour, background, towards, AA_MARK),
            readable(code_colour, background, towards, AA_TEXT))


class ChipPainter:
    """The comparison delegate's decorator: knows which rows have chips and paints them.

    Its data (tags and pending suggestions by clause) is set by the tagging controller;
    painting reads only dicts, so a repaint after a key press stays cheap."""

    def __init__(self, model: ComparisonModel, font: QFont) -> None:
        self.model = model
        self.font = QFont(font)
        self.font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        self.metrics = QFontMetrics(self.font)
        self.codebook: Codebook | None = None
        self.tags: dict[ClauseId, tuple[CodeId, ...]] = {}
        self.suggested: dict[ClauseId, tuple[CodeId, ...]] = {}
        self._rows: dict[int, bool] = {}

    @property
    def height(self) -> int:
        return self.metrics.height() + 6

    def forget_rows(self) -> None:
        """Rows' bands are computed again on next use (after tags or rows changed)."""
        self._rows.clear()

    def row_has_chips(self, source_row: int) -> bool:
        known = self._rows.get(source_row)
        if known is None:
            known = self._rows[source_row] = any(
                c.id in self.tags or c.id in self.suggested
                for column in range(1, self.model.columnCount())
                for c in self.model.clauses_at(source_row, column))
        return known

    def band_height(self, source_row: int) -> int:
        return self.height if self.row_has_chips(source_row) else 0

    def chips(self, clauses: tuple[Clause, ...]) -> list[tuple[Code, bool]]:
        """(code, suggested) for a cell, parties first, tags before suggestions."""
        if self.codebook is None:
            return []
        found: dict[CodeId, bool] = {}
        for clause in clauses:
            for code_id in self.tags.get(clause.id, ()):
                found[code_id] = False
        for clause in clauses:
            for code_id in self.suggested.get(clause.id, ()):
                found.setdefault(code_id, True)
        codes = [(self.codebook.get(k), v) for k, v in found.items()]
        return sorted(((c, v) for c, v in codes if c is not None),
                      key=lambda item: (item[1], FACET_ORDER.get(item[0].facet, 3)))

    def paint_band(self, painter: QPainter, rect: QRect, index: Index,
                   palette: QPalette) -> None:
        clauses = index.data(CLAUSES_ROLE) or ()
        chips = self.chips(tuple(clauses))
        if not chips:
            return
        painter.save()
        painter.setFont(self.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        x = rect.left()
        height = self.height - 4
        for number, (code, suggested) in enumerate(chips):
            label = chip_label(code)
            width = self.metrics.horizontalAdvance(label) + 2 * CHIP_PAD
            rest = len(chips) - number
            if x + width > rect.right() and rest > 0:
                more = f"+{rest}"
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                painter.drawText(QRect(x, rect.top(), rect.right() - x, height),
                                 int(Qt.AlignmentFlag.AlignVCenter), more)
                break
            chip = QRectF(x, rect.top() + 1, width, height)
            colour = QColor(code.color)
            if suggested:
                frame, text = outline_colours(colour, palette)
                painter.setPen(QPen(frame, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(chip, 6, 6)
                painter.setPen(text)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(chip, 6, 6)
                painter.setPen(text_colour(colour))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
            x += width + CHIP_GAP
        painter.restore()
