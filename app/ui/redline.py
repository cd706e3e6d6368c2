"""A word diff written into a QTextDocument: deletions struck, insertions underlined, each in
its colours (the comparison's cells and the workshop's cards)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument

from app.core.diff.word_diff import WordDiff, redline


def write_redline(document: QTextDocument, diff: WordDiff, text: QColor,
                  deleted: tuple[QColor, QColor], inserted: tuple[QColor, QColor]) -> None:
    """Append the redline of `diff`; `deleted` and `inserted` are (text, background)."""
    plain = QTextCharFormat()
    plain.setForeground(text)
    struck = QTextCharFormat()
    struck.setFontStrikeOut(True)
    struck.setForeground(deleted[0])
    struck.setBackground(deleted[1])
    underlined = QTextCharFormat()
    underlined.setFontUnderline(True)
    underlined.setForeground(inserted[0])
    underlined.setBackground(inserted[1])
    formats = {"equal": plain, "delete": struck, "insert": underlined}
    cursor = QTextCursor(document)
    for kind, piece in redline(diff):
        cursor.insertText(piece, formats[kind])
