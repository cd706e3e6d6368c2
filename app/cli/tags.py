"""`klausul tags list|export|import PROJECT …`: a project's tags from the command line,
through the same project.tags use cases the app uses (`set`, `remove` and `suggest` are in
tag_edits.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import tag_edits
from app.cli.editing import editing
from app.cli.output import EXIT_OK, FACET_NAMES, print_json, tags_word
from app.cli.output import refuse as _refuse
from app.cli.output import with_project as _with_project
from app.core.project import Project
from app.core.tagging.tag_files import SUFFIXES


def register(commands: Any) -> None:
    """Add `tags` with its actions."""
    parser = commands.add_parser("tags", help="visa, sätt, ta bort, föreslå, exportera och "
                                              "importera taggar")
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", required=True)
    listing = actions.add_parser("list", help="visa projektets taggar")
    listing.add_argument("project", metavar="PROJEKT")
    listing.add_argument("--json", action="store_true", help="skriv ut JSON")
    listing.set_defaults(handler=run_list)
    tag_edits.register(actions)
    export = actions.add_parser("export", help="skriv taggarna till .csv eller .xlsx")
    export.add_argument("project", metavar="PROJEKT")
    export.add_argument("out", metavar="UT")
    export.set_defaults(handler=run_export)
    load = actions.add_parser("import", help="läs in taggar från .csv eller .xlsx")
    load.add_argument("project", metavar="PROJEKT")
    load.add_argument("file", metavar="FIL")
    load.add_argument("--member", metavar="NAMN", default="",
                      help="vem taggarna står på när filen inte säger det")
    load.set_defaults(handler=run_import)


def tags_json(project: Project) -> dict[str, Any]:
    """The documented shape of `klausul tags list --json` (docs/cli.md)."""
    book = project.codebook()
    clauses = {c.id: (d, c) for d in project.documents() for c in d.clauses}
    rows = []
    for tag in project.tags():
        if tag.clause_id not in clauses or tag.code_id not in book:
            continue
        document, clause = clauses[tag.clause_id]
        code = book.code(tag.code_id)
        rows.append({"clause_id": tag.clause_id, "document": document.title,
                     "text": clause.text, "facet": FACET_NAMES[code.facet], "code": code.name,
                     "code_id": code.id, "member": tag.member, "created": tag.created,
                     "rule": tag.rule})
    return {"tags": rows}


def run_list(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        payload = tags_json(project)
        if args.json:
            print_json(payload)
            return EXIT_OK
        for row in payload["tags"]:
            text = row["text"] if len(row["text"]) <= 70 else row["text"][:69] + "…"
            print(f"{row['document']}  {text}\n    {row['facet']}: {row['code']}  "
                  f"({row['member']}, {row['created']})")
        print(tags_word(len(payload['tags'])))
        return EXIT_OK

    return _with_project(args.project, False, work)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in SUFFIXES:
        return _refuse(f"{out.name}: filen måste sluta på .csv eller .xlsx")

    def work(project: Project) -> int:
        count = project.tags.export_file(out)
        print(f"{tags_word(count)} skrevs till {out}")
        return EXIT_OK

    return _with_project(args.project, False, work)


def run_import(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        found = project.tags.import_file(Path(args.file), args.member.strip())
        project.apply(found.edit)
        print(f"{tags_word(len(found.edit.add))} lästes in från {Path(args.file).name}")
        if found.unknown_clauses:
            print(f"varning: {found.unknown_clauses} rader gällde klausuler som inte finns i "
                  "projektet och lästes inte in", file=sys.stderr)
        if found.unknown_codes:
            print(f"varning: {found.unknown_codes} rader hade koder som inte finns i kodboken "
                  "och lästes inte in", file=sys.stderr)
        return EXIT_OK

    return editing(args.project, work)
