"""What every `klausul draft …` subcommand shares: opening the project file (for editing,
saved at the end, or read-only), applying an edit or wording its refusal, and finding a draft
clause by its number, place or id."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.cli import draft_output as output
from app.cli import output as project_output
from app.cli.editing import Refused, writable
from app.core.draft.assembly import DraftRefusal
from app.core.draft.model import Draft, DraftClauseId
from app.core.edit import Edit
from app.core.project import Project


@contextmanager
def opened(path_text: str, write: bool) -> Iterator[Project]:
    """The project file, opened for editing (saved at the end) or read-only."""
    with project_output.opened(path_text, write) as project:
        if write:
            writable(project, path_text)
        yield project
        if write and project.modified:
            project.save()


def apply(project: Project, result: Edit | DraftRefusal) -> None:
    if isinstance(result, DraftRefusal):
        raise Refused(output.REFUSALS[result])
    project.apply(result)


def draft_of(project: Project) -> Draft:
    draft = project.draft()
    if draft is None:
        raise Refused(output.REFUSALS[DraftRefusal.NO_DRAFT])
    return draft


def find_clause(project: Project, reference: str) -> DraftClauseId:
    """A draft clause by its number ("2.1"), its place ("#5", 1-based) or its id."""
    draft = draft_of(project)
    if reference.startswith("#") and reference[1:].isdigit():
        index = int(reference[1:]) - 1
        if 0 <= index < len(draft.clauses):
            return draft.clauses[index].id
    wanted = reference.rstrip(".")
    for clause, label in zip(draft.clauses, project.draft.labels(draft), strict=True):
        if clause.id == reference or (label is not None and label.rstrip(".") == wanted):
            return clause.id
    raise Refused(f"utkastet har ingen klausul {reference} (ange nummer, #plats eller id)")
