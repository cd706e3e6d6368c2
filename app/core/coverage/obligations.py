"""Obligations without an owner: clauses that say "ska" (or another word of must) and carry
no party tag, in document order."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.core.documents.model import ClauseId, Document
from app.core.tagging.clause_facts import StrengthFinder
from app.core.tagging.codebook import Codebook, CodeId
from app.core.tagging.model import Strength


@dataclass(frozen=True, slots=True)
class Unowned:
    """A clause that obliges someone, nobody tagged as whom."""

    document: int
    clause_id: ClauseId
    text: str
    words: tuple[str, ...]  # the word that makes it an obligation ("ska", "ansvarar")


def unowned_obligations(documents: Sequence[Document], codebook: Codebook,
                        codes: Mapping[ClauseId, Iterable[CodeId]], strength: StrengthFinder
                        ) -> tuple[Unowned, ...]:
    """Every clause (not a heading) whose strength is must and that has no party tag."""
    parties = {c.id for c in codebook.in_facet("part")}
    found = []
    for index, document in enumerate(documents):
        for clause in document.clauses:
            if clause.kind == "heading":
                continue
            if any(c in parties for c in codes.get(clause.id, ())):
                continue
            level, words = strength.strength(clause)
            if level is Strength.MUST:
                found.append(Unowned(index, clause.id, clause.text, words))
    return tuple(found)
