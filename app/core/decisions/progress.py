"""How far a group has come, row by row: which rows carry tags, where members' tags disagree,
which still wait for a decision; and the next such row from a given one."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from app.core.alignment.model import Alignment
from app.core.decisions.model import DecisionStatus, RowDecision
from app.core.documents.model import ClauseId
from app.core.tagging.codebook import Codebook
from app.core.tagging.model import Tag


@dataclass(frozen=True, slots=True)
class RowState:
    """One row as the workshop counts it."""

    tagged: bool  # some clause of the row has a tag
    contested: bool  # members' tags of one facet differ (see `contested`)
    decision: RowDecision | None

    @property
    def undecided(self) -> bool:
        """No decision yet, or one still open."""
        return self.decision is None or not self.decision.settled


@dataclass(frozen=True, slots=True)
class Progress:
    """'34 av 120 rader taggade, 5 omstridda' and the decisions behind it."""

    rows: int
    tagged: int
    contested: int
    decided: int
    parked: int
    undecided: int


def contested(tags: Sequence[Tag], codebook: Codebook) -> bool:
    """True when, for some facet, two or more members tagged these clauses with codes of that
    facet and their sets of codes differ: one says BUP, another Socialtjänst. (A member who
    agrees with a tag already there adds nothing, so agreement never shows as two sets.)"""
    if len(tags) < 2:
        return False
    by_facet: dict[str, dict[str, set[str]]] = {}
    for tag in tags:
        code = codebook.get(tag.code_id)
        if code is None:
            continue
        by_facet.setdefault(code.facet, {}).setdefault(tag.member, set()).add(tag.code_id)
    for members in by_facet.values():
        if len(members) > 1:
            sets = list(members.values())
            if any(s != sets[0] for s in sets[1:]):
                return True
    return False


def row_states(alignment: Alignment, by_clause: Mapping[ClauseId, Sequence[Tag]],
               codebook: Codebook, decisions: Sequence[RowDecision | None],
               documents: Sequence[int] | None = None) -> tuple[RowState, ...]:
    """Each row's state, counting only the clauses of `documents` (indexes into the
    alignment's documents; None: all)."""
    columns = range(len(alignment.document_ids)) if documents is None else documents
    states = []
    for row, decision in zip(alignment.rows, decisions, strict=True):
        tags = [t for d in columns for c in row.cells[d] for t in by_clause.get(c, ())]
        states.append(RowState(bool(tags), contested(tags, codebook), decision))
    return tuple(states)


def progress(states: Sequence[RowState]) -> Progress:
    """The counts of a workshop's progress line."""
    statuses = [s.decision.status for s in states if s.decision is not None]
    decided = statuses.count(DecisionStatus.DECIDED)
    parked = statuses.count(DecisionStatus.PARKED)
    return Progress(len(states), sum(s.tagged for s in states),
                    sum(s.contested for s in states), decided, parked,
                    sum(s.undecided for s in states))


Wanted = Callable[[RowState], bool]
UNTAGGED: Wanted = lambda state: not state.tagged  # noqa: E731
CONTESTED: Wanted = lambda state: state.contested  # noqa: E731
UNDECIDED: Wanted = lambda state: state.undecided  # noqa: E731


def next_row(states: Sequence[RowState], start: int, wanted: Wanted, backwards: bool = False,
             among: Sequence[int] | None = None) -> int | None:
    """The next row after `start` (before it if `backwards`) that is `wanted`, going round
    the end; None if there is none other than `start`. `among` limits the search to those
    rows (the ones a view shows), in their order."""
    order = list(among) if among is not None else list(range(len(states)))
    if not order:
        return None
    position = order.index(start) if start in order else (-1 if not backwards else len(order))
    count = len(order)
    for step in range(1, count + 1):
        index = (position - step if backwards else position + step) % count
        row = order[index]
        if row != start and wanted(states[row]):
            return row
    return None
