"""Revision and comment spans moved with their text when a reader cuts its front off (a
typed bullet, a number label, leading space): shifted left and kept inside the text."""

from __future__ import annotations

from dataclasses import replace

from app.core.documents.model import Note, Span


def shift_span(span: Span, cut: int, length: int) -> Span:
    """`span` in a text whose first `cut` characters were removed, `length` long now."""
    start = min(max(span.start - cut, 0), length)
    end = min(max(span.end - cut, start), length)
    return Span(start, end)


def shift_note(note: Note, cut: int, length: int) -> Note:
    """A comment or footnote anchored in such a text (a note without a span stays)."""
    return note if note.span is None else replace(note, span=shift_span(note.span, cut, length))
