"""The coverage matrix as pure data: counts per document, gaps against the base, possible
overlaps (two clauses, one target group, one responsibility, parties not the same and not
one under the other), every view and its transposition."""

from __future__ import annotations

import pytest

from app.core.coverage.matrix import coverage_matrix, find_overlaps
from app.core.documents.model import ClauseId, Document
from app.core.tagging.codebook import CodeId, default_codebook
from tests.builders.documents import item, make_document

BOOK = default_codebook()
PLACED, ILL = CodeId("mg.placerade"), CodeId("mg.ohalsa")
SOC, BUP, REGION = CodeId("part.socialtjanst"), CodeId("part.bup"), CodeId("part.region")
SCHOOL = CodeId("part.skola")
EXAM, INVESTIGATE = CodeId("ans.halsoundersokning"), CodeId("ans.utredning")


def document(doc_id: str, count: int) -> Document:
    return make_document([item("paragraph", f"Klausul {n} i {doc_id}.") for n in range(count)],
                         doc_id)


def ids(doc: Document) -> list[ClauseId]:
    return [c.id for c in doc.clauses]


@pytest.fixture
def documents() -> tuple[Document, Document, Document]:
    return document("bas", 4), document("annan", 4), document("tredje", 2)


def test_counts_are_per_document_and_a_gap_is_where_only_others_have_clauses(
        documents: tuple[Document, ...]) -> None:
    base, other, third = (ids(d) for d in documents)
    codes = {base[0]: (PLACED, SOC), other[0]: (PLACED, SOC), other[1]: (PLACED, SOC),
             other[2]: (ILL, BUP), third[0]: (ILL, BUP, EXAM)}
    matrix = coverage_matrix(documents, 0, BOOK, codes, "malgrupp", "part")
    placed = matrix.cell(PLACED, SOC)
    assert placed is not None and placed.counts == (1, 2, 0) and not placed.gap
    assert placed.clauses == ((base[0],), (other[0], other[1]), ())
    ill = matrix.cell(ILL, BUP)
    assert ill is not None and ill.counts == (0, 1, 1) and ill.gap
    assert matrix.gaps == (ill,)
    assert matrix.cell(ILL, SOC) is None, "empty cells are not listed"
    assert [(c.row, c.col) for c in matrix.cells] == [(ILL, BUP), (PLACED, SOC)], \
        "cells in codebook order, row by row"
    assert matrix.used_rows() == (ILL, PLACED)
    # With another base the same cell is no gap, and the old base's own cell becomes one.
    moved = coverage_matrix(documents, 2, BOOK, codes, "malgrupp", "part")
    assert not moved.cell(ILL, BUP).gap and moved.cell(PLACED, SOC).gap  # type: ignore[union-attr]


def test_a_clause_without_a_code_of_both_facets_is_not_counted(
        documents: tuple[Document, ...]) -> None:
    base = ids(documents[0])
    matrix = coverage_matrix(documents, 0, BOOK, {base[0]: (PLACED,), base[1]: (SOC, EXAM)},
                             "malgrupp", "part")
    assert matrix.cells == ()
    duties = coverage_matrix(documents, 0, BOOK, {base[1]: (SOC, EXAM)}, "part", "ansvar")
    assert duties.cell(SOC, EXAM).counts == (1, 0, 0)  # type: ignore[union-attr]


def test_two_clauses_giving_one_duty_for_one_group_to_different_parties_may_overlap(
        documents: tuple[Document, ...]) -> None:
    base, other, _ = (ids(d) for d in documents)
    codes = {base[0]: (PLACED, SOC, EXAM), base[1]: (PLACED, BUP, EXAM),
             other[0]: (PLACED, SOC, EXAM), other[1]: (PLACED, SOC, EXAM)}
    overlaps = find_overlaps(documents, BOOK, codes)
    assert len(overlaps) == 1
    assert (overlaps[0].document, overlaps[0].target, overlaps[0].responsibility) == \
        (0, PLACED, EXAM)
    assert set(overlaps[0].parties) == {SOC, BUP}
    assert set(overlaps[0].clauses) == {base[0], base[1]}
    by_party = coverage_matrix(documents, 0, BOOK, codes, "malgrupp", "part")
    assert by_party.cell(PLACED, SOC).overlap and by_party.cell(PLACED, BUP).overlap  # type: ignore[union-attr]
    assert by_party.cell(PLACED, SOC).overlap_documents == (0,)  # type: ignore[union-attr]
    duties = coverage_matrix(documents, 0, BOOK, codes, "part", "ansvar")
    assert duties.cell(BUP, EXAM).overlap  # type: ignore[union-attr]
    pair = coverage_matrix(documents, 0, BOOK, codes, "malgrupp", "ansvar")
    assert pair.cell(PLACED, EXAM).overlap  # type: ignore[union-attr]
    transposed = coverage_matrix(documents, 0, BOOK, codes, "part", "malgrupp")
    assert transposed.cell(BUP, PLACED).overlap  # type: ignore[union-attr]
    assert transposed.cell(BUP, PLACED).counts == by_party.cell(PLACED, BUP).counts  # type: ignore[union-attr]


@pytest.mark.parametrize(("first", "second"), [
    ((REGION,), (BUP,)),  # BUP is part of the region: not another party
    ((SOC,), (SOC,)),  # the same party twice is repetition, not overlap
    ((SOC, BUP), (BUP,)),  # a joint duty and one of its parties
])
def test_no_overlap_between_related_parties(documents: tuple[Document, ...],
                                            first: tuple[CodeId, ...],
                                            second: tuple[CodeId, ...]) -> None:
    base = ids(documents[0])
    codes = {base[0]: (PLACED, EXAM, *first), base[1]: (PLACED, EXAM, *second)}
    assert find_overlaps(documents, BOOK, codes) == ()


def test_different_duties_or_groups_never_overlap(documents: tuple[Document, ...]) -> None:
    base = ids(documents[0])
    codes = {base[0]: (PLACED, SOC, EXAM), base[1]: (PLACED, BUP, INVESTIGATE),
             base[2]: (ILL, SCHOOL, EXAM)}
    assert find_overlaps(documents, BOOK, codes) == ()


def test_one_facet_twice_is_refused(documents: tuple[Document, ...]) -> None:
    with pytest.raises(ValueError):
        coverage_matrix(documents, 0, BOOK, {}, "part", "part")


def test_codes_no_longer_in_the_codebook_are_ignored(documents: tuple[Document, ...]) -> None:
    base = ids(documents[0])
    matrix = coverage_matrix(documents, 0, BOOK, {base[0]: (CodeId("mg.borta"), SOC)},
                             "malgrupp", "part")
    assert matrix.cells == ()
