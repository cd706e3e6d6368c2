"""Cell statuses against the base and row states over the shown documents: an identical copy
never differs, hidden documents do not count, a row showing only the base is no change."""

from __future__ import annotations

from app.core.alignment.aligner import align
from app.core.alignment.comparison import Comparison, RowFilter, decode_options, encode_options
from app.core.alignment.model import AlignedRow, Alignment
from app.core.alignment.statuses import moved_cells
from app.core.diff.word_diff import DiffOptions
from app.core.documents.model import ClauseId, DocumentId
from tests.builders.documents import item, make_document

BASE = [item("heading", "Syfte", 1), item("paragraph", "Barn ska få stöd i tid."),
        item("paragraph", "Regionen ansvarar för vården."),
        item("paragraph", "Kommunen ansvarar för skolan."),
        item("paragraph", "Avvikelser rapporteras varje år till styrgruppen.")]
OTHER = [item("heading", "Syfte", 1), item("paragraph", "Barn och unga ska få stöd i tid."),
         item("paragraph", "Kommunen ansvarar för skolan."),
         item("paragraph", "Ungdomsmottagningen erbjuder samtal utan remiss för alla unga.")]


def _comparison(*documents: list[tuple[str, int, str]], hidden: tuple[int, ...] = (),
                options: DiffOptions | None = None) -> Comparison:
    made = [make_document(items, f"d{n}", title=f"Dok {n}")
            for n, items in enumerate(documents)]
    alignment = align(made)
    return Comparison.build(made, alignment, options,
                            frozenset(DocumentId(f"d{n}") for n in hidden))


def test_an_identical_copy_of_the_base_never_counts_as_a_difference() -> None:
    comparison = _comparison(BASE, list(BASE))
    assert {s.cells for s in comparison.statuses} == {("base", "identical")}
    assert set(comparison.states) == {"identical"}
    assert comparison.stops(RowFilter()) == ()


def test_with_five_documents_rows_where_the_copy_agrees_are_not_all_changed() -> None:
    # The base, an identical copy and a differing document: only the rows where the other
    # document differs are differences, and the copy's cells are identical everywhere.
    comparison = _comparison(BASE, list(BASE), OTHER)
    copy_statuses = {s.cells[1] for s in comparison.statuses}
    assert copy_statuses <= {"identical", "empty"}
    heading_row = next(r for r, s in enumerate(comparison.statuses)
                       if s.cells == ("base", "identical", "identical"))
    assert comparison.states[heading_row] == "identical"
    assert not comparison.differs(heading_row)
    states = set(comparison.states)
    assert {"changed", "missing", "added"} <= states


def test_hidden_documents_do_not_count_and_a_base_only_row_is_no_change() -> None:
    shown = _comparison(BASE, list(BASE), OTHER, hidden=(2,))
    assert set(shown.states) <= {"identical", "empty"}
    assert not any(shown.differs(r) for r in range(len(shown.states)))
    # Rows only the hidden document fills are left out of the view.
    gap = next(r for r, s in enumerate(shown.statuses) if s.cells[0] == "empty")
    assert not shown.shown(gap) and not shown.matches(gap, RowFilter())
    alone = _comparison(BASE, OTHER, hidden=(1,))
    assert set(alone.states) <= {"base_only", "empty"}
    assert alone.stops(RowFilter()) == ()


def test_filters_gaps_wording_and_one_document() -> None:
    comparison = _comparison(BASE, list(BASE), OTHER)
    rows = range(len(comparison.states))
    gaps = [r for r in rows if comparison.matches(r, RowFilter("gaps"))]
    assert gaps and all(comparison.statuses[r].cells[0] == "empty" for r in gaps)
    wording = [r for r in rows if comparison.matches(r, RowFilter("wording"))]
    assert wording and all(comparison.statuses[r].cells[2] in ("changed", "moved")
                           for r in wording)
    only_copy = [r for r in rows if comparison.matches(r, RowFilter("document",
                                                                    DocumentId("d1")))]
    only_other = [r for r in rows if comparison.matches(r, RowFilter("document",
                                                                     DocumentId("d2")))]
    assert only_copy == [] and only_other
    assert comparison.stops(RowFilter("gaps")) == tuple(gaps)


def test_a_clause_out_of_order_is_moved_in_its_own_document_only() -> None:
    ids = [ClauseId(f"c{n}") for n in range(4)]
    rows = tuple(AlignedRow(((ids[n],), (ClauseId(f"x{p}"),), (ClauseId(f"y{n}"),)),
                            "changed", 0.9)
                 for n, p in enumerate((0, 3, 1, 2)))
    alignment = Alignment((DocumentId("a"), DocumentId("b"), DocumentId("c")), 0, rows)
    positions = {**{i: n for n, i in enumerate(ids)},
                 **{ClauseId(f"x{n}"): n for n in range(4)},
                 **{ClauseId(f"y{n}"): n for n in range(4)}}
    assert moved_cells(alignment, positions) == {(1, 1)}


def test_ignore_options_decide_what_is_identical() -> None:
    other = [item("heading", "SYFTE", 1), item("paragraph", "Barn ska få stöd, i tid!")]
    plain = _comparison(BASE[:2], other)
    assert {s.cells[1] for s in plain.statuses} == {"changed"}
    ignoring = _comparison(BASE[:2], other, options=DiffOptions(
        ignore_case=True, ignore_punctuation=True))
    assert {s.cells[1] for s in ignoring.statuses} == {"identical"}


def test_options_survive_the_setting_round_trip_and_bad_values_fall_back() -> None:
    options = DiffOptions(ignore_case=True, ignore_whitespace=False, ignore_numbering=True)
    assert decode_options(encode_options(options)) == options
    assert decode_options("not json") == DiffOptions()
    assert decode_options('{"ignore_case": "yes"}') == DiffOptions()
    assert decode_options(None) == DiffOptions()
