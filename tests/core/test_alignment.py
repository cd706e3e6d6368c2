"""Alignment quality on known truth: versions of one agreement, and differently worded ones."""

from __future__ import annotations

from app.core.alignment.aligner import align
from app.core.alignment.evidence import longest_chain
from app.core.alignment.model import Alignment, ManualLink
from app.core.documents.model import Document
from tests.builders.agreement_corpus import predicted, revision_truth, scores
from tests.builders.documents import make_document
from tests.builders.revision_generator import revise
from tests.builders.worded_pairs import NORRVIK, VASTERA, items, true_pairs


def predicted_pairs(alignment: Alignment, a: Document, b: Document) -> set[tuple[int, int]]:
    return predicted(alignment, a, b, headings=True)


def precision_recall(found: set, truth: set) -> tuple[float, float]:
    precision, recall, _f1 = scores(found, truth)
    return precision, recall


def versions() -> tuple[Document, Document, set[tuple[int, int]], object]:
    revision = revise(150, seed=5)
    base = make_document(revision.base, "bas")
    other = make_document(revision.revised, "ny")
    truth = revision_truth(revision)
    return base, other, truth, revision


def test_versions_are_aligned_with_high_precision_and_recall() -> None:
    base, other, truth, _ = versions()
    precision, recall = precision_recall(predicted_pairs(align([base, other]), base, other), truth)
    assert precision >= 0.95, precision
    assert recall >= 0.93, recall


def test_moved_clauses_are_marked_moved_not_removed_and_added() -> None:
    base, other, _, revision = versions()
    alignment = align([base, other])
    moved_ids = {base.clauses[i].id for i in revision.moved}  # type: ignore[attr-defined]
    statuses = {cid: row.status for row in alignment.rows for cid in row.cells[0]}
    marked = sum(statuses[cid] == "moved" for cid in moved_ids)
    assert moved_ids and marked >= len(moved_ids) - 1


def test_deleted_and_inserted_clauses_stand_alone() -> None:
    base, other, _, revision = versions()
    alignment = align([base, other])
    by_id = {cid: row for row in alignment.rows for cell in row.cells for cid in cell}
    deleted = [base.clauses[i].id for i in revision.deleted]  # type: ignore[attr-defined]
    inserted = [other.clauses[j].id for j in revision.inserted]  # type: ignore[attr-defined]
    assert sum(by_id[c].status == "removed" for c in deleted) >= len(deleted) - 1
    assert sum(by_id[c].status == "added" for c in inserted) >= len(inserted) - 1


def test_split_clause_shares_one_row_as_partial() -> None:
    base, other, _, revision = versions()
    alignment = align([base, other])
    split = sorted(revision.split)  # type: ignore[attr-defined]
    assert split
    rows = [alignment.rows[alignment.row_of(base.clauses[i].id) or 0] for i in split]
    assert sum(len(r.cells[1]) == 2 and r.status == "partial" for r in rows) >= len(split) - 1


def test_merged_clauses_share_one_row_as_partial() -> None:
    # Seed 3 merges two pairs of adjacent clauses; the pairing gives each merged pair's
    # partner to its second clause, so the first joins a row that comes after it.
    revision = revise(150, seed=3)
    base, other = make_document(revision.base, "bas"), make_document(revision.revised, "ny")
    alignment = align([base, other])
    merged = sorted(revision.merged)
    assert len(merged) == 4
    for i in merged:
        row = alignment.rows[alignment.row_of(base.clauses[i].id) or 0]
        assert len(row.cells[0]) == 2 and len(row.cells[1]) == 1, row
        assert row.status == "partial"


def test_differently_worded_agreements_pair_what_means_the_same() -> None:
    a, b = make_document(items(NORRVIK), "nv"), make_document(items(VASTERA), "va")
    precision, recall = precision_recall(predicted_pairs(align([a, b]), a, b), true_pairs())
    assert precision >= 0.85, precision
    assert recall >= 0.75, recall


def test_identical_documents_give_identical_rows_and_no_differences() -> None:
    a = make_document(items(NORRVIK), "x1")
    b = make_document(items(NORRVIK), "x2")
    alignment = align([a, b])
    assert {row.status for row in alignment.rows} == {"identical"}
    assert alignment.next_difference(-1) is None


def test_navigation_finds_next_and_previous_difference() -> None:
    base, other, _, _ = versions()
    alignment = align([base, other])
    first = alignment.next_difference(-1)
    assert first is not None and alignment.rows[first].is_difference()
    second = alignment.next_difference(first)
    assert second is not None and second > first
    assert alignment.previous_difference(second) == first


def test_manual_link_and_unlink_are_kept_by_realignment() -> None:
    a, b = make_document(items(NORRVIK), "nv"), make_document(items(VASTERA), "va")
    lone_a = a.clauses[17]   # no counterpart in Västerå
    lone_b = b.clauses[13]
    linked = align([a, b], links=[ManualLink("link", lone_a.id, lone_b.id)])
    row = linked.rows[linked.row_of(lone_a.id) or 0]
    assert lone_b.id in row.cells[1] and row.pinned
    paired = next(r for r in align([a, b]).rows if r.cells[0] and r.cells[1]
                  and r.status != "identical")
    x, y = paired.cells[0][0], paired.cells[1][0]
    unlinked = align([a, b], links=[ManualLink("unlink", x, y)])
    row = unlinked.rows[unlinked.row_of(x) or 0]
    assert y not in row.cells[1]


def test_base_can_be_switched_and_many_documents_share_rows() -> None:
    base, other, _, _ = versions()
    third = make_document([(k, lv, t) for k, lv, t in revise(150, seed=5).revised], "tre")
    alignment = align([base, other, third], base=1)
    assert alignment.base == 1
    assert all(len(row.cells) == 3 for row in alignment.rows)
    identical = [r for r in alignment.rows if r.cells[1] and r.cells[2]]
    assert len(identical) >= len(other.clauses) * 0.9


def test_longest_chain_keeps_the_longest_run_in_one_order() -> None:
    pairs = [(0, 0), (1, 5), (2, 1), (3, 2), (4, 3), (5, 4)]
    assert longest_chain(pairs) == [(0, 0), (2, 1), (3, 2), (4, 3), (5, 4)]
    assert longest_chain([]) == []


def test_document_titles_pair_however_they_are_worded() -> None:
    a = make_document([("heading", 0, "Överenskommelse om samverkan kring barns hälsa i Norrvik"),
                       ("heading", 1, "Syfte"),
                       ("paragraph", 0, "Barn ska få rätt stöd i rätt tid.")], "ta")
    b = make_document([("heading", 0, "Samverkansavtal för unga – Region Sörmark"),
                       ("heading", 1, "Syfte"),
                       ("paragraph", 0, "Barn ska få rätt stöd i rätt tid.")], "tb")
    alignment = align([a, b])
    first = alignment.rows[0]
    assert first.cells == ((a.clauses[0].id,), (b.clauses[0].id,))
    assert first.status == "changed" and first.similarity < 0.3
    # Without a title heading in one of them, nothing is paired against its meaning.
    c = make_document([("paragraph", 0, "Samverkansavtal för unga – Region Sörmark")], "tc")
    rows = align([a, c]).rows
    assert all(not (row.cells[0] and row.cells[1]) for row in rows)


def test_a_first_section_heading_is_not_taken_for_a_title() -> None:
    a = make_document([("heading", 1, "Syfte"), ("paragraph", 0, "Barn ska få stöd."),
                       ("heading", 1, "Ansvar"), ("paragraph", 0, "Regionen ansvarar.")], "sa")
    b = make_document([("heading", 1, "Bakgrund"), ("paragraph", 0, "Länet har sex kommuner."),
                       ("heading", 1, "Ansvar"), ("paragraph", 0, "Regionen ansvarar.")], "sb")
    first = align([a, b]).rows
    paired = {(row.cells[0], row.cells[1]) for row in first if row.cells[0] and row.cells[1]}
    assert ((a.clauses[0].id,), (b.clauses[0].id,)) not in paired
