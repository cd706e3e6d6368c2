"""Workshop progress: tagged rows, rows where members' tags disagree, undecided rows, and the
next such row going round the end."""

from __future__ import annotations

from app.core.alignment.model import AlignedRow, Alignment
from app.core.decisions.model import DecisionStatus, RowDecision
from app.core.decisions.progress import (
    CONTESTED,
    UNDECIDED,
    UNTAGGED,
    RowState,
    contested,
    next_row,
    progress,
    row_states,
)
from app.core.documents.model import ClauseId, DocumentId
from app.core.tagging.codebook import CodeId, default_codebook
from app.core.tagging.model import Tag

BOOK = default_codebook()


def tag(clause: str, code: str, member: str) -> Tag:
    return Tag(ClauseId(clause), CodeId(code), member, "2024-01-01T00:00:00+00:00")


def decision(status: DecisionStatus) -> RowDecision:
    return RowDecision(ClauseId("a"), status, "", "Eva", "2024-01-01T00:00:00+00:00", ())


def test_members_disagree_when_their_codes_of_one_facet_differ() -> None:
    assert not contested([tag("a", "part.bup", "Eva")], BOOK)
    assert contested([tag("a", "part.bup", "Eva"), tag("b", "part.socialtjanst", "Karin")], BOOK)
    # One member's two codes, or two members on different facets, are no disagreement.
    assert not contested([tag("a", "part.bup", "Eva"), tag("a", "part.skola", "Eva")], BOOK)
    assert not contested([tag("a", "part.bup", "Eva"), tag("a", "mg.placerade", "Karin")], BOOK)
    assert contested([tag("a", "part.bup", "Eva"), tag("b", "part.bup", "Karin"),
                      tag("b", "part.skola", "Karin")], BOOK)
    assert not contested([tag("a", "part.bup", "Eva"), tag("b", "part.bup", "Karin")], BOOK)


def test_row_states_count_only_the_shown_documents() -> None:
    rows = (AlignedRow(((ClauseId("a"),), (ClauseId("b"),)), "changed", 0.5),
            AlignedRow(((ClauseId("c"),), ()), "removed", 0.0),
            AlignedRow(((), (ClauseId("d"),)), "added", 0.0))
    alignment = Alignment((DocumentId("x"), DocumentId("y")), 0, rows)
    by_clause = {ClauseId("a"): (tag("a", "part.bup", "Eva"),),
                 ClauseId("b"): (tag("b", "part.skola", "Karin"),),
                 ClauseId("d"): (tag("d", "part.bup", "Eva"),)}
    states = row_states(alignment, by_clause, BOOK,
                        (decision(DecisionStatus.DECIDED), None, decision(DecisionStatus.OPEN)))
    assert [(s.tagged, s.contested, s.undecided) for s in states] == [
        (True, True, False), (False, False, True), (True, False, True)]
    only_first = row_states(alignment, by_clause, BOOK, (None, None, None), documents=[0])
    assert [(s.tagged, s.contested) for s in only_first] == [(True, False), (False, False),
                                                              (False, False)]
    counted = progress(states)
    assert (counted.rows, counted.tagged, counted.contested, counted.decided,
            counted.undecided) == (3, 2, 1, 1, 2)


def test_next_row_goes_round_and_skips_the_start() -> None:
    states = [RowState(True, False, None), RowState(False, False, None),
              RowState(True, True, decision(DecisionStatus.PARKED)),
              RowState(False, False, decision(DecisionStatus.DECIDED))]
    assert next_row(states, 0, UNTAGGED) == 1
    assert next_row(states, 1, UNTAGGED) == 3
    assert next_row(states, 3, UNTAGGED) == 1
    assert next_row(states, 1, UNTAGGED, backwards=True) == 3
    assert next_row(states, 0, CONTESTED) == 2
    assert next_row(states, 2, CONTESTED) is None
    assert next_row(states, 2, UNDECIDED) == 0, "parked and decided rows are settled"
    assert next_row(states, -1, UNTAGGED) == 1
    assert next_row(states, 0, UNTAGGED, among=[0, 3]) == 3
    assert next_row([], 0, UNTAGGED) is None
