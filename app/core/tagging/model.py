"""Tags and suggestions as values: a code on a clause, who set it and when; a rule's proposal
with the words that fired it; the strength of the obligation a clause sets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from app.core.documents.model import ClauseId
from app.core.tagging.codebook import CodeId, FacetId


def now() -> str:
    """The time a tag or decision is recorded: ISO 8601 in UTC, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Tag:
    """One code on one clause. `rule` names the suggestion rule it was accepted from, if any.

    Tags hang on clause ids, so they follow the clause through realignment, a change of
    base and a re-import of the same file."""

    clause_id: ClauseId
    code_id: CodeId
    member: str
    created: str
    rule: str | None = None

    @property
    def key(self) -> tuple[ClauseId, CodeId]:
        return (self.clause_id, self.code_id)


class Strength(Enum):
    """How binding a clause is, from its modal verb: ska (must), bör (should), kan (may)."""

    MUST = "ska"
    SHOULD = "bör"
    MAY = "kan"


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A rule's proposal of a code for a clause, never applied until a person accepts it.

    `words` are the words of the clause (or of its lead-in) that fired the rule."""

    clause_id: ClauseId
    facet: FacetId
    code_id: CodeId
    rule: str
    words: tuple[str, ...]

    @property
    def key(self) -> tuple[ClauseId, CodeId]:
        return (self.clause_id, self.code_id)


@dataclass(frozen=True, slots=True)
class ClauseSuggestions:
    """Everything the rules say about one clause."""

    clause_id: ClauseId
    suggestions: tuple[Suggestion, ...]
    strength: Strength | None = None
    strength_words: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """A rejected suggestion, kept so it stays rejected (clause and code, like a tag)."""

    clause_id: ClauseId
    code_id: CodeId
    rule: str
    member: str
    created: str

    @property
    def key(self) -> tuple[ClauseId, CodeId]:
        return (self.clause_id, self.code_id)
