"""Where the main window goes at first start: inside the screen's available area (a
1366×768 laptop, a 1920×1080 screen at 150 %), leaving room for the window frame."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

PREFERRED = QSize(1400, 860)
# Title bar and borders of a Windows 10/11 window at 100 %, in device-independent pixels:
# the frame is not known before the window is first shown.
DEFAULT_FRAME = QMargins(8, 31, 8, 8)


def first_geometry(available: QRect, frame: QMargins = DEFAULT_FRAME,
                   preferred: QSize = PREFERRED) -> tuple[QRect, bool]:
    """The window's client rectangle and whether to show it maximised.

    On a screen too small for the preferred size the window is maximised (the frame then
    fits the available area exactly); otherwise it gets the preferred size, centred."""
    room = QSize(available.width() - frame.left() - frame.right(),
                 available.height() - frame.top() - frame.bottom())
    if room.width() < preferred.width() or room.height() < preferred.height():
        client = QRect(available.left() + frame.left(), available.top() + frame.top(),
                       room.width(), room.height())
        return client, True
    left = available.left() + (available.width() - preferred.width()) // 2
    top = available.top() + (available.height() - preferred.height()) // 2
    return QRect(left, max(top, available.top() + frame.top()), preferred.width(),
                 preferred.height()), False


def fits(frame: QRect, available: QRect) -> bool:
    """True when a window frame lies inside the available area."""
    return available.contains(frame)
