"""The small interface through which the draft reads tags: a draft clause's tags are its own
(tags put on the draft clause id), else those of the source clauses it came from."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from app.core.documents.model import ClauseId
from app.core.draft.model import DraftClause, DraftClauseId

if TYPE_CHECKING:
    from app.core.tagging.codebook_manager import CodebookManager
    from app.core.tagging.edits import ChangeTags
    from app.core.tagging.manager import TagsManager


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


class ProjectTags:
    """The project's own tags (project.tags) and codebook as the draft's tag source."""

    def __init__(self, tags: TagsManager, codebook: CodebookManager) -> None:
        self._tags = tags
        self._codebook = codebook

    def tags_of(self, subjects: Sequence[str]) -> Mapping[str, Sequence[TagLabel]]:
        by_clause = self._tags.by_clause()
        if not by_clause:
            return {}
        book = self._codebook()
        facets = {f.id: f.name for f in book.facets}
        order = {c.id: n for n, c in enumerate(book.codes)}
        found: dict[str, Sequence[TagLabel]] = {}
        for subject in subjects:
            tags = by_clause.get(ClauseId(subject))
            if not tags:
                continue
            codes = [c for c in (book.get(t.code_id) for t in tags) if c is not None]
            codes.sort(key=lambda c: order.get(c.id, len(order)))
            found[subject] = tuple(TagLabel(facets.get(c.facet, c.facet), c.id, c.name)
                                   for c in codes)
        return found


def set_own_tags(tags: TagsManager, clause: DraftClauseId, codes: Iterable[str], member: str,
                 subject: str = "") -> ChangeTags | None:
    """The edit that gives a draft clause exactly these codes as its own tags (they then
    stand instead of its sources' tags; none given: it shows its sources' tags again), or
    None when it has them already."""
    from app.core.edit import EditKind
    from app.core.tagging.codebook import CodeId
    from app.core.tagging.edits import ChangeTags
    from app.core.tagging.model import Tag, now

    key = ClauseId(clause)
    own = {t.code_id for t in tags.of(key)}
    wanted = {CodeId(c) for c in codes}
    if own == wanted:
        return None
    stamp = now()
    return ChangeTags(EditKind.TAG, subject,
                      add=tuple(Tag(key, c, member, stamp) for c in sorted(wanted - own)),
                      remove=tuple((key, c) for c in sorted(own - wanted)))
