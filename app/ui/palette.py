"""Colours for differences and statuses, derived from the palette (light or dark)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette


@dataclass(frozen=True)
class DiffColours:
    """Backgrounds and text colours for painting differences."""

    inserted_background: QColor
    inserted_text: QColor
    deleted_background: QColor
    deleted_text: QColor
    moved: QColor
    added: QColor
    removed: QColor
    changed: QColor
    partial: QColor


def is_dark(palette: QPalette) -> bool:
    """True when the window background is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def colours_for(palette: QPalette) -> DiffColours:
    """Colours that stay readable on the palette's base colour."""
    if is_dark(palette):
        return DiffColours(
            inserted_background=QColor("#1f4d2b"), inserted_text=QColor("#b9f0c4"),
            deleted_background=QColor("#5a2323"), deleted_text=QColor("#ffc4c4"),
            moved=QColor("#3d2f5c"), added=QColor("#1f3d2a"), removed=QColor("#4a2222"),
            changed=QColor("#4a4020"), partial=QColor("#20404a"))
    return DiffColours(
        inserted_background=QColor("#d4f4dc"), inserted_text=QColor("#0d5a22"),
        deleted_background=QColor("#fbdcdc"), deleted_text=QColor("#8b1414"),
        moved=QColor("#e9e0fa"), added=QColor("#e6f7ea"), removed=QColor("#fbe9e9"),
        changed=QColor("#fdf5d8"), partial=QColor("#ddf1f7"))
