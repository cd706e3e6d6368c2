"""`klausul project new | info | check`: make, describe and check project files headless
(the actions that change a project's documents are in documents.py).

The same use cases as the window: imports through `project.documents.read_file` (in the
import child process), the alignment through `project.alignment`, saving through
`Project.save` (atomic, with a lock); damaged files are refused in one line like any bad
input."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from app.cli import documents
from app.cli.output import EXIT_OK, print_json, refuse
from app.cli.output import clauses as clauses_word
from app.core.documents.model import Document
from app.core.errors import ProjectError, ProjectProblem
from app.core.project import Project
from app.core.store.database import SCHEMA_VERSION


def register(commands: Any) -> None:
    """Add the `project` subcommand and its actions."""
    parser = commands.add_parser("project", help="skapa, ändra och kontrollera projektfiler")
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", required=True)
    new = actions.add_parser("new", help="skapa ett projekt av en eller flera filer")
    new.add_argument("out", metavar="UT.klausul")
    new.add_argument("files", metavar="FIL", nargs="+")
    new.add_argument("--base", type=int, default=0, metavar="N",
                     help="vilket dokument (0 = det första) som är bas")
    new.set_defaults(handler=run_new)
    info = actions.add_parser("info", help="visa ett projekts dokument, format och skick")
    info.add_argument("project", metavar="PROJEKT")
    info.add_argument("--json", action="store_true", help="skriv ut JSON")
    info.set_defaults(handler=run_info)
    check = actions.add_parser("check", help="kontrollera en projektfil fullständigt")
    check.add_argument("project", metavar="PROJEKT")
    check.set_defaults(handler=run_check)
    documents.register_actions(actions)


def fill(project: Project, names: list[str], base: int | None) -> tuple[Document, ...]:
    """Import the files into `project` and make the one at index `base` the base (None:
    the default base, the first document).

    Every file is read before the project changes, so one bad file changes nothing."""
    edits = [project.documents.read_file(Path(name)) for name in names]
    for edit in edits:
        project.apply(edit)
    documents = project.documents()
    if base is not None:
        project.apply(project.alignment.set_base(documents[base].id))
    return documents


def create(out: Path, names: list[str], base: int | None) -> tuple[Document, ...]:
    """A new project file at `out` of the files (`fill`), aligned and saved."""
    with tempfile.TemporaryDirectory(prefix="klausul-") as work:
        project = Project.new(Path(work))
        try:
            documents = fill(project, names, base)
            if len(documents) > 1:
                project.alignment()  # stored with the project: opening it shows it at once
            project.save(out)
            return documents
        finally:
            project.close()


def run_new(args: argparse.Namespace) -> int:
    """Import the files, set the base, align, save the project to OUT."""
    out = Path(args.out)
    if not 0 <= args.base < len(args.files):
        return refuse(f"--base måste vara mellan 0 och {len(args.files) - 1}")
    if out.exists():
        raise ProjectError(out, ProjectProblem.EXISTS)
    documents = create(out, args.files, args.base)
    clauses = sum(len(d.clauses) for d in documents)
    print(f"{out.name}: {len(documents)} dokument, {clauses_word(clauses)}")
    return EXIT_OK


def _open(name: str, work: str) -> Project:
    return Project.open(Path(name), Path(work), mode="read_only")


def info_json(project: Project, path: Path) -> dict[str, Any]:
    """The documented JSON shape of `project info` (docs/cli.md)."""
    hidden = project.documents.hidden()
    return {
        "project": {"file": path.name, "path": str(path), "schema_version": project.file_version,
                    "current_schema_version": SCHEMA_VERSION, "integrity": "ok",
                    "base": project.alignment.base_document()},
        "documents": [{"id": d.id, "name": d.title, "source": Path(d.source).name,
                       "format": d.format, "clauses": len(d.clauses), "hidden": d.id in hidden}
                      for d in project.documents()],
    }


def run_info(args: argparse.Namespace) -> int:
    """Describe a project: its documents, its format version, its integrity."""
    path = Path(args.project)
    with tempfile.TemporaryDirectory(prefix="klausul-") as work:
        project = _open(args.project, work)
        try:
            payload = info_json(project, path)
        finally:
            project.close()
    if args.json:
        print_json(payload)
        return EXIT_OK
    head = payload["project"]
    upgraded = head["schema_version"] != head["current_schema_version"]
    print(f"{head['file']}: format {head['schema_version']}"
          + (f" (uppgraderas till {SCHEMA_VERSION} när det sparas)" if upgraded else "")
          + ", integritet ok")
    for index, document in enumerate(payload["documents"]):
        marks = " [bas]" if document["id"] == head["base"] else ""
        marks += " [dold]" if document["hidden"] else ""
        print(f"{index:>3}  {document['id']}  {document['format']:<4}  "
              f"{document['clauses']:>5} klausuler  {document['name']}{marks}")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Check a project file in full: integrity, tables, references, stored originals."""
    path = Path(args.project)
    with tempfile.TemporaryDirectory(prefix="klausul-") as work:
        project = _open(args.project, work)
        try:
            problem = project.check()
            documents = project.documents()
            version = project.file_version
        finally:
            project.close()
    if problem:
        raise ProjectError(path, ProjectProblem.DAMAGED, problem)
    clauses = sum(len(d.clauses) for d in documents)
    print(f"{path.name}: ok ({len(documents)} dokument, {clauses_word(clauses)}, format {version})")
    return EXIT_OK
