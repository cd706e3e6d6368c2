"""A word diff as tracked changes: pieces whose equal + inserted text is exactly the new text
and whose equal + deleted text reads as the old one (for w:ins / w:del, where the display
redline's added spaces would change the accepted text)."""

from __future__ import annotations

from app.core.diff.word_diff import RedlineKind, diff_words


def tracked_pieces(old: str, new: str) -> list[tuple[RedlineKind, str]]:
    """(kind, text) pieces turning `old` into `new`; runs of one kind are merged."""
    diff = diff_words(old, new)
    pieces: list[tuple[RedlineKind, str]] = []

    def add(kind: RedlineKind, text: str) -> None:
        if not text:
            return
        if pieces and pieces[-1][0] == kind:
            pieces[-1] = (kind, pieces[-1][1] + text)
        else:
            pieces.append((kind, text))

    a_at = b_at = 0
    for op in diff.ops:
        gap_a, gap_b = old[a_at:op.a.start], new[b_at:op.b.start]
        if pieces and pieces[-1][0] == "delete" and gap_a and not gap_b:
            add("delete", gap_a)  # likewise the space after a deletion
        if op.op == "equal":
            add("equal", gap_b + new[op.b.start:op.b.end])
        elif op.op == "insert":
            add("equal", gap_b)
            add("insert", new[op.b.start:op.b.end])
        else:
            add("equal", gap_b)
            # The old text's space before a deletion goes with it when the new text has none
            # there, so the rejected view keeps its words apart.
            add("delete", ("" if gap_b else gap_a) + old[op.a.start:op.a.end])
        a_at, b_at = max(a_at, op.a.end), max(b_at, op.b.end)
    add("equal", new[b_at:])
    return pieces
