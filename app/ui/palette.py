"""Colours for differences and statuses, derived from the palette (light or dark) so that
text on them keeps WCAG AA contrast (4.5:1) and marks stand out from the window (3:1)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

AA_TEXT = 4.5  # WCAG 2.x AA for normal text
AA_MARK = 3.0  # WCAG 2.x AA for graphical objects (marks in the overview strip)

# Hues of the meanings; their strength on the palette is worked out below.
_RED, _GREEN, _PURPLE, _AMBER, _BLUE = (QColor("#d62828"), QColor("#2b9348"),
                                        QColor("#7b4bd6"), QColor("#e0a400"),
                                        QColor("#1f78d1"))
_MARK_HUES = {"changed": _AMBER, "moved": _PURPLE, "missing": _RED, "added": _GREEN}


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(base: QColor, top: QColor, amount: float) -> QColor:
    """An opaque mix: `amount` of `top` over `base`."""
    return QColor(round(base.red() * (1 - amount) + top.red() * amount),
                  round(base.green() * (1 - amount) + top.green() * amount),
                  round(base.blue() * (1 - amount) + top.blue() * amount))


def readable(colour: QColor, background: QColor, towards: QColor,
             minimum: float = AA_TEXT) -> QColor:
    """`colour`, moved step by step towards `towards` (a colour of high contrast with the
    background, such as the palette's text) until it reaches `minimum` contrast."""
    for step in range(11):
        candidate = blend(colour, towards, step / 10)
        if contrast(candidate, background) >= minimum:
            return candidate
    return QColor(towards)


@dataclass(frozen=True)
class DiffColours:
    """Backgrounds and text colours for painting differences and statuses."""

    inserted_background: QColor
    inserted_text: QColor
    deleted_background: QColor
    deleted_text: QColor
    cells: dict[str, QColor]  # a cell's background tint per cell status (absent: none)
    marks: dict[str, QColor]  # a status's strong colour: overview strip, stripes, legend
    found: QColor  # background of a search hit
    text: QColor  # ordinary text


def is_dark(palette: QPalette) -> bool:
    """True when the view's background is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colours_for(palette: QPalette) -> DiffColours:
    """Colours that stay readable on the palette's base and window colours (worked out once
    per palette: cells are painted often)."""
    roles = QPalette.ColorRole
    return _colours(palette.color(roles.Base).rgb(), palette.color(roles.Window).rgb(),
                    palette.color(roles.Text).rgb())


@lru_cache(maxsize=8)
def _colours(base_rgb: int, window_rgb: int, text_rgb: int) -> DiffColours:
    base, window, text = QColor.fromRgb(base_rgb), QColor.fromRgb(window_rgb), \
        QColor.fromRgb(text_rgb)
    dark = base.lightness() < 128
    tint = 0.32 if dark else 0.18  # how much hue goes into a background
    light_tint = 0.15 if dark else 0.10
    inserted_background = blend(base, _GREEN, tint)
    deleted_background = blend(base, _RED, tint)
    cells = {"moved": blend(base, _PURPLE, light_tint),
             "missing": blend(base, _RED, light_tint),
             "added": blend(base, _GREEN, light_tint),
             # the group's decisions on a row (the decision column)
             "decision_decided": blend(base, _GREEN, light_tint),
             "decision_open": blend(base, _AMBER, light_tint),
             "decision_parked": blend(base, _BLUE, light_tint)}
    marks = {status: readable(hue, window, text, AA_MARK) for status, hue in _MARK_HUES.items()}
    return DiffColours(
        inserted_background=inserted_background,
        inserted_text=readable(_GREEN, inserted_background, text),
        deleted_background=deleted_background,
        deleted_text=readable(_RED, deleted_background, text),
        cells=cells, marks=marks,
        found=_tint_for_text(base, _BLUE if dark else _AMBER, text, 0.45), text=text)


def _tint_for_text(base: QColor, hue: QColor, text: QColor, amount: float) -> QColor:
    """As much of `hue` over `base` (up to `amount`) as keeps `text` readable on it."""
    while amount > 0.05 and contrast(blend(base, hue, amount), text) < AA_TEXT:
        amount -= 0.05
    return blend(base, hue, amount)


def dark_palette() -> QPalette:
    """A dark palette like Windows' dark mode under the Fusion style (screenshots, tests)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in ((roles.Window, "#2b2b2b"), (roles.WindowText, "#e6e6e6"),
                         (roles.Base, "#1f1f1f"), (roles.AlternateBase, "#262626"),
                         (roles.Text, "#e6e6e6"), (roles.Button, "#353535"),
                         (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#2f6fc4"),
                         (roles.HighlightedText, "#ffffff"), (roles.ToolTipBase, "#353535"),
                         (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#9a9a9a"),
                         (roles.Mid, "#4a4a4a"), (roles.Dark, "#1a1a1a"),
                         (roles.Light, "#4f4f4f"), (roles.Midlight, "#3d3d3d"),
                         (roles.Shadow, "#000000"), (roles.Link, "#6fa8ff"),
                         (roles.BrightText, "#ffffff")):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7a7a"))
    return palette
