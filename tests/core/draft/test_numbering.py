"""Numbers are computed from order and levels, as Word's lists count them."""

from __future__ import annotations

from app.core.draft.model import DraftClause, DraftClauseId
from app.core.draft.numbering import labels, normalised


def clause(kind: str, level: int = 0, numbered: bool = False, name: str = "") -> DraftClause:
    return DraftClause(DraftClauseId(name or f"{kind}{level}"), kind, level, "text",  # type: ignore[arg-type]
                       numbered)


def test_headings_number_through_the_document() -> None:
    clauses = [clause("heading", 1), clause("paragraph"), clause("heading", 2),
               clause("heading", 2), clause("heading", 3), clause("heading", 1),
               clause("heading", 2)]
    assert labels(clauses) == ("1.", None, "1.1", "1.2", "1.2.1", "2.", "2.1")


def test_numbered_items_start_over_in_every_list_and_bullets_have_none() -> None:
    clauses = [clause("paragraph"), clause("list_item", 1, True), clause("list_item", 2, True),
               clause("list_item", 2, True), clause("list_item", 3, True),
               clause("list_item", 1, True), clause("list_item", 2, True),
               clause("list_item", 1, False), clause("paragraph"),
               clause("list_item", 1, True)]
    assert labels(clauses) == (None, "1.", "a)", "b)", "i)", "2.", "a)", None, None, "1.")


def test_levels_never_skip_and_paragraphs_have_none() -> None:
    clauses = [clause("heading", 2, name="a"), clause("heading", 3, name="b"),
               clause("paragraph", 4, True, name="c"), clause("list_item", 3, True, name="d"),
               clause("list_item", 3, name="e"), clause("heading", 3, name="f"),
               clause("heading", 9, name="g")]
    fixed = normalised(clauses)
    assert [(c.id, c.level) for c in fixed] == [("a", 1), ("b", 2), ("c", 0), ("d", 1),
                                                ("e", 2), ("f", 3), ("g", 3)]
    assert not fixed[2].numbered and fixed[3].numbered
    assert normalised(fixed) == fixed
    assert fixed[0] is not clauses[0] and normalised([fixed[0]])[0] is fixed[0]
