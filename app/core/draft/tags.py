"""The small interface through which the draft reads tags: a draft clause's tags are its own
(tags put on the draft clause id), else those of the source clauses it came from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.core.draft.model import DraftClause, DraftClauseId


@dataclass(frozen=True, slots=True)
class TagLabel:
    """One tag as the draft shows it: facet name, code id, code name."""

    facet: str  # "Part"
    code: str  # "part.bup"
    name: str  # "Barn- och ungdomspsykiatri"


class TagSource(Protocol):
    """Whatever knows the project's tags (project.tags once tagging exists)."""

    def tags_of(self, subjects: Sequence[str]) -> Mapping[str, Sequence[TagLabel]]:
        """The tags on each of these clause ids (draft or source); absent ids have none."""
        ...


class NoTags:
    """A tag source without tags (a project without tagging)."""

    def tags_of(self, subjects: Sequence[str]) -> Mapping[str, Sequence[TagLabel]]:
        return {}


def clause_tags(clauses: Iterable[DraftClause], source: TagSource
                ) -> dict[DraftClauseId, tuple[TagLabel, ...]]:
    """Each draft clause's tags: its own, else its origin's, else all its sources' together."""
    clauses = list(clauses)
    wanted = list(dict.fromkeys([*(c.id for c in clauses),
                                 *(s for c in clauses for s in c.sources),
                                 *(c.origin.clause for c in clauses if c.origin)]))
    known = source.tags_of(wanted) if wanted else {}
    found: dict[DraftClauseId, tuple[TagLabel, ...]] = {}
    for clause in clauses:
        own = tuple(known.get(clause.id, ()))
        if not own and clause.origin is not None:
            own = tuple(known.get(clause.origin.clause, ()))
        if not own:
            own = tuple(dict.fromkeys(t for s in clause.sources for t in known.get(s, ())))
        found[clause.id] = own
    return found
