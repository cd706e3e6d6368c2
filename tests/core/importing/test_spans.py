"""Spans moved with a text whose front a reader cut off stay inside the text."""

from __future__ import annotations

from app.core.documents.model import Note, Span
from app.core.importing.spans import shift_note, shift_span


def test_a_span_moves_left_with_the_cut() -> None:
    assert shift_span(Span(5, 9), 2, 20) == Span(3, 7)


def test_a_span_in_the_cut_off_part_shrinks_to_the_start() -> None:
    assert shift_span(Span(0, 2), 3, 10) == Span(0, 0)
    assert shift_span(Span(1, 6), 3, 10) == Span(0, 3)


def test_a_span_never_runs_past_the_text() -> None:
    assert shift_span(Span(8, 30), 2, 10) == Span(6, 10)
    assert shift_span(Span(25, 30), 2, 10) == Span(10, 10)


def test_a_note_keeps_its_text_and_moves_its_anchor() -> None:
    note = Note("kommentar", "Eva", span=Span(4, 8))
    assert shift_note(note, 2, 10).span == Span(2, 6)
    assert shift_note(note, 2, 10).text == "kommentar"
    unanchored = Note("fotnot")
    assert shift_note(unanchored, 2, 10) is unanchored
