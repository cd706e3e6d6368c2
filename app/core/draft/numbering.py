"""Numbers of the draft's clauses, computed from order and levels as Word's lists count them.

Headings: "1.", "1.1", "1.1.1" (one multilevel list through the whole document). Numbered
list items: "1.", "a)", "i)" per level, starting over in every run of list items; bullets and
paragraphs have no number. The DOCX export writes numbering definitions that make Word and
LibreOffice show exactly these labels, and Klausul's importer reads them back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.core.draft.model import MAX_LEVEL, DraftClause

HEADING_FORMATS = ("%1.", "%1.%2", "%1.%2.%3")
LIST_FORMATS = (("%1.", "decimal"), ("%2)", "lowerLetter"), ("%3)", "lowerRoman"))


def format_number(number: int, fmt: str) -> str:
    """A counter in one of the list formats the draft uses (as Word renders them)."""
    if fmt == "lowerLetter":  # 27 -> "aa", as Word repeats the letter
        return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
    if fmt == "lowerRoman":
        out = []
        for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                               (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                               (5, "v"), (4, "iv"), (1, "i")):
            while number >= value:
                out.append(letters)
                number -= value
        return "".join(out)
    return str(number)


def normalised(clauses: Sequence[DraftClause]) -> tuple[DraftClause, ...]:
    """The clauses with levels that never skip: the first heading is level 1, a heading is at
    most one deeper than the heading before it, a list item at most one deeper than the list
    item before it (level 1 after anything else), paragraphs level 0; all at most MAX_LEVEL."""
    result: list[DraftClause] = []
    heading = 0
    previous_list = 0
    for clause in clauses:
        if clause.kind == "heading":
            level = min(max(clause.level, 1), heading + 1, MAX_LEVEL)
            heading = level
            previous_list = 0
        elif clause.kind == "list_item":
            level = min(max(clause.level, 1), previous_list + 1, MAX_LEVEL)
            previous_list = level
        else:
            level = 0
            previous_list = 0
        numbered = clause.numbered and clause.kind == "list_item"
        unchanged = level == clause.level and numbered == clause.numbered
        result.append(clause if unchanged else replace(clause, level=level, numbered=numbered))
    return tuple(result)


def labels(clauses: Sequence[DraftClause]) -> tuple[str | None, ...]:
    """The visible number label of every clause (None for paragraphs and bullets)."""
    headings = [0] * MAX_LEVEL
    counters: list[int | None] = [None] * MAX_LEVEL
    in_list = False
    found: list[str | None] = []
    for clause in clauses:
        if clause.kind == "heading":
            in_list = False
            depth = min(max(clause.level, 1), MAX_LEVEL)
            headings[depth - 1] += 1
            headings[depth:] = [0] * (MAX_LEVEL - depth)
            label = HEADING_FORMATS[depth - 1]
            for level in range(depth):
                label = label.replace(f"%{level + 1}", str(max(headings[level], 1)))
            found.append(label)
            continue
        if clause.kind != "list_item":
            in_list = False
            found.append(None)
            continue
        if not in_list:
            counters = [None] * MAX_LEVEL  # every run of list items is a list of its own
            in_list = True
        if not clause.numbered:
            found.append(None)
            continue
        depth = min(max(clause.level, 1), MAX_LEVEL)
        current = counters[depth - 1]
        counters[depth - 1] = 1 if current is None else current + 1
        counters[depth:] = [None] * (MAX_LEVEL - depth)
        text, fmt = LIST_FORMATS[depth - 1]
        found.append(text.replace(f"%{depth}", format_number(counters[depth - 1] or 1, fmt)))
    return tuple(found)
