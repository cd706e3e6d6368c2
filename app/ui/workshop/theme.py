"""Projector colours and type sizes: black on white with strong diff colours (a projector
washes out pale tints), every size derived from the window's logical size so the same layout
holds at 1024×768 and at 1920×1080 with 100–200 % scaling."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

BACKGROUND = QColor("#ffffff")
TEXT = QColor("#000000")
MUTED = QColor("#3a3a3a")
BAR = QColor("#111111")
BAR_TEXT = QColor("#ffffff")
CARD = QColor("#ffffff")
CARD_EMPTY = QColor("#e8e8e8")
BORDER = QColor("#5a5a5a")
FOCUS = QColor("#e08a00")  # amber: seen on any projector, never a diff colour
DELETED_TEXT = QColor("#9b0000")
DELETED_BACKGROUND = QColor("#ffd0d0")
INSERTED_TEXT = QColor("#00471a")
INSERTED_BACKGROUND = QColor("#b9efc8")
CONTESTED = QColor("#b00020")
STATUS_COLOURS = {"open": QColor("#ffd84d"), "decided": QColor("#1e7b34"),
                  "parked": QColor("#5b6fb5")}


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes (logical) for one window size."""

    scale: float
    header: int
    title: int
    body_max: int
    body_min: int
    key: int
    help: int
    margin: int

    def font(self, pixels: int, bold: bool = False) -> QFont:
        font = QFont()
        font.setPixelSize(max(pixels, 8))
        font.setBold(bold)
        return font


def sizes_for(width: int, height: int) -> Sizes:
    """Sizes for a window of `width` × `height` logical pixels (1024×768 is scale 1)."""
    scale = max(min(width / 1024, height / 768), 0.5)

    def px(value: float, floor: int) -> int:
        return max(round(value * scale), floor)

    return Sizes(scale, header=px(21, 13), title=px(20, 13), body_max=px(34, 16),
                 body_min=px(17, 13), key=px(19, 12), help=px(15, 11), margin=px(14, 6))


def stylesheet(sizes: Sizes) -> str:
    """The workshop window's style sheet at these sizes."""
    return f"""
            QWidget#workshopWindow {{ background: {BACKGROUND.name()}; }}
            QFrame#workshopBar {{ background: {BAR.name()}; border-radius: 8px; }}
            QLabel#workshopHeader, QLabel#workshopProgress {{ color: {BAR_TEXT.name()};
                font-size: {sizes.header}px; font-weight: bold; padding: 2px 6px; }}
            QLabel#workshopDecision {{ color: {TEXT.name()}; font-size: {sizes.title}px;
                padding: 4px 8px; border: 2px solid {BORDER.name()};
                border-radius: 8px; background: #f4f4f4; }}
            QLabel#workshopHelp {{ color: {MUTED.name()}; font-size: {sizes.help}px; }}
            QLabel#workshopMessage {{ color: {CONTESTED.name()};
                font-size: {sizes.title}px; font-weight: bold; }}
            QWidget#workshopBlank {{ background: #000000; }}
            QFrame#decisionEditor {{ background: #ffffff; border: 4px solid
                {FOCUS.name()}; border-radius: 12px; }}
            QFrame#decisionEditor QLabel, QFrame#decisionEditor QRadioButton,
            QFrame#decisionEditor QLineEdit {{ font-size: {sizes.title}px; color: #000000; }}
            QLabel#decisionTitle {{ font-weight: bold; font-size: {sizes.header}px; }}
        """
