"""Undoable draft edits: each is a few steps run in one transaction (and undone in reverse)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from app.core.changes import Changes
from app.core.draft.model import Draft, Proposal, ProposalStatus, Version
from app.core.edit import EditKind
from app.core.store import draft as stored
from app.core.store.connection import Store
from app.core.store.draft import Connection


class Step(Protocol):
    """One part of a draft edit, inside the edit's transaction."""

    def do(self, db: Connection) -> Changes: ...

    def undo(self, db: Connection) -> Changes: ...


@dataclass
class ReplaceDraft:
    """The draft becomes `after` (None: the project has no draft); undo puts back what was."""

    after: Draft | None
    _before: Draft | None = field(default=None, repr=False)

    def do(self, db: Connection) -> Changes:
        self._before = stored.load_draft(db)
        stored.write_draft(db, self.after)
        return Changes(draft=True)

    def undo(self, db: Connection) -> Changes:
        stored.write_draft(db, self._before)
        return Changes(draft=True)


@dataclass
class AddVersion:
    """Record a version (its number chosen when the edit was made)."""

    version: Version

    def do(self, db: Connection) -> Changes:
        stored.insert_version(db, self.version)
        return Changes(versions=True)

    def undo(self, db: Connection) -> Changes:
        stored.delete_version(db, self.version.header.number)
        return Changes(versions=True)


@dataclass
class AddProposals:
    """Keep reviewers' proposals from a Word copy."""

    proposals: tuple[Proposal, ...]

    def do(self, db: Connection) -> Changes:
        stored.insert_proposals(db, self.proposals)
        return Changes(draft=True)

    def undo(self, db: Connection) -> Changes:
        stored.delete_proposals(db, [p.id for p in self.proposals])
        return Changes(draft=True)


@dataclass
class SetProposalStatus:
    """Accept or reject a proposal (or reopen it)."""

    proposal: int
    status: ProposalStatus
    before: ProposalStatus = "open"

    def do(self, db: Connection) -> Changes:
        stored.set_proposal_status(db, self.proposal, self.status)
        return Changes(draft=True)

    def undo(self, db: Connection) -> Changes:
        stored.set_proposal_status(db, self.proposal, self.before)
        return Changes(draft=True)


@dataclass
class DraftEdit:
    """One undoable change of the draft, its versions or its proposals."""

    kind: EditKind
    steps: tuple[Step, ...]
    subject: str = ""

    def apply(self, store: Store) -> Changes:
        changes = Changes()
        with store.transaction() as db:
            for step in self.steps:
                changes |= step.do(db)
        return changes

    def revert(self, store: Store) -> Changes:
        changes = Changes()
        with store.transaction() as db:
            for step in reversed(self.steps):
                changes |= step.undo(db)
        return changes
