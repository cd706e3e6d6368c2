"""What the editing subcommands (tags, the codebook, a project's documents and links) share:
opening a project to change it (refused when it cannot be written), finding the codes,
clauses, documents and rows the arguments name, and realigning before the save. Bad input is
a `Refused`, which `main` prints as one line with exit code 2."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from app.cli.output import with_project
from app.core.alignment.model import Alignment
from app.core.documents.model import ClauseId, Document
from app.core.documents.names import display_names
from app.core.errors import KlausulError
from app.core.project import Project
from app.core.tagging.codebook import Code, Codebook

Work = Callable[[Project], int]


def project_actions(actions: Any) -> Callable[[str, Any, str], argparse.ArgumentParser]:
    """A maker of `actions`' subcommands that each take the project file first and run
    `handler`: `action("list", run_list, "visa …")`."""
    def action(name: str, handler: Any, help_text: str) -> argparse.ArgumentParser:
        made: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
        made.add_argument("project", metavar="PROJEKT")
        made.set_defaults(handler=handler)
        return made
    return action


class Refused(KlausulError):
    """Bad input named in one Swedish line; nothing in the project was changed."""


def writable(project: Project, path: str) -> None:
    """Refuse a project opened for editing that cannot be written (a read-only file or
    folder), before any work."""
    if project.read_only:
        raise Refused(f"{Path(path).name}: filen eller mappen går inte att skriva till; "
                      "inget ändrades")


def editing(path: str, work: Work) -> int:
    """Open the project for editing (locked), run `work`, save it if `work` succeeded. A
    project that cannot be written (a read-only file or folder) is refused before any work;
    a refusal raised by `work` leaves the file as it was."""

    def guarded(project: Project) -> int:
        writable(project, path)
        return work(project)

    return with_project(path, True, guarded)


def reading(path: str, work: Work) -> int:
    """Open the project read-only (no lock) and run `work`."""
    return with_project(path, False, work)


def member(name: str | None, what: str) -> str:
    """The member a change is recorded under (`--member`), required."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise Refused(f"ange vem som {what} med --member NAMN")
    return cleaned


def find_code(book: Codebook, text: str) -> Code:
    """A code by its id or its name (or an abbreviation), case-insensitively, as the picker
    finds it; a text that only one code matches in the picker's search is that code too."""
    wanted = " ".join(text.split()).casefold()
    by_id = [c for c in book.codes if c.id.casefold() == wanted]
    if by_id:
        return by_id[0]
    found = book.search(text)
    exact = [c for c in found if c.name.casefold() == wanted
             or wanted in (a.casefold() for a in c.abbreviations)]
    candidates = exact or list(found)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise Refused(f"kodboken har ingen kod {text!r} (ange kodens id eller namn; "
                      "se klausul codebook list)")
    names = ", ".join(f"{c.id} ({c.name})" for c in candidates[:5])
    more = " …" if len(candidates) > 5 else ""
    raise Refused(f"{text!r} kan vara flera koder: {names}{more}; ange kodens id")


def find_codes(book: Codebook, texts: Iterable[str]) -> list[Code]:
    return list({c.id: c for c in (find_code(book, t) for t in texts)}.values())


def find_clauses(project: Project, ids: Iterable[str]) -> list[ClauseId]:
    """Clauses of the project's documents by id (as `tags list`, `compare --json` show)."""
    known = {c.id for d in project.documents() for c in d.clauses}
    found = list(dict.fromkeys(ClauseId(i.strip()) for i in ids))
    unknown = [c for c in found if c not in known]
    if unknown:
        raise Refused(f"projektet har ingen klausul {unknown[0]}")
    return found


def find_row(alignment: Alignment, reference: str) -> int:
    """A row by its index (0-based, as `draft rows` and `compare --json` list them) or by the
    id of a clause in it."""
    if reference.isdigit() and int(reference) < len(alignment.rows):
        return int(reference)
    row = alignment.row_of(ClauseId(reference))
    if row is None:
        raise Refused(f"jämförelsen har ingen rad {reference}")
    return row


def find_rows(project: Project, references: Iterable[str]) -> list[int]:
    """Rows of the comparison, each named as `find_row` takes it."""
    alignment = project.alignment()
    return list(dict.fromkeys(find_row(alignment, r) for r in references))


def find_project_document(project: Project, reference: str) -> Document:
    """A document by its position (0-based, as `project info` lists them), its id, its title
    or its unique display name; a title two documents share is refused as ambiguous."""
    documents = project.documents()
    for index, document in enumerate(documents):
        if reference in (str(index), document.id):
            return document
    for names in ([d.title for d in documents], list(display_names(documents))):
        found = [d for d, name in zip(documents, names, strict=True) if name == reference]
        if len(found) > 1:
            raise Refused(f"flera dokument heter {reference}: ange nummer eller id")
        if found:
            return found[0]
    raise Refused(f"projektet har inget dokument {reference}")


def find_document(project: Project, alignment: Alignment, reference: str) -> int:
    """A document's index in the alignment, named as `find_project_document` takes it."""
    return alignment.document_ids.index(find_project_document(project, reference).id)


def realign(project: Project) -> None:
    """Align the project as it now stands, so the file holds the rows the window, `draft
    rows` and `decisions` see (nothing to align with fewer than two documents)."""
    if len(project.documents()) > 1:
        project.alignment()


def row_clauses(project: Project, rows: Iterable[int]) -> list[ClauseId]:
    """Every clause of the rows in the documents the comparison shows, as tagging a whole
    row in the window does."""
    alignment, hidden = project.alignment(), project.documents.hidden()
    return list(dict.fromkeys(c for r in rows for c in alignment.row_clauses(r, hidden)))


def targets(project: Project, clauses: list[list[str]] | None,
            rows: list[list[str]] | None) -> list[ClauseId]:
    """The clauses `--clause ID …` and `--row RAD …` name together (at least one of them)."""
    named = [i for group in clauses or [] for i in group]
    wanted = [r for group in rows or [] for r in group]
    if not named and not wanted:
        raise Refused("ange klausuler med --clause KLAUSUL_ID … eller rader med --row RAD …")
    found = find_clauses(project, named)
    if wanted:
        found += row_clauses(project, find_rows(project, wanted))
    return list(dict.fromkeys(found))
