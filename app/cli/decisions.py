"""`klausul decisions list|set|clear PROJECT …`: the group's decisions on rows, the same
project.decisions use cases workshop mode uses; a row is named by any clause id in it."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.editing import editing
from app.cli.output import EXIT_OK, print_json, refuse, with_project
from app.core.coverage.export import STATUS_WORDS
from app.core.decisions.model import DecisionStatus
from app.core.documents.model import ClauseId
from app.core.project import Project


def register(commands: Any) -> None:
    """Add `decisions` with its three actions."""
    parser = commands.add_parser("decisions", help="visa, fatta och ta bort beslut om rader")
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", required=True)
    listing = actions.add_parser("list", help="visa projektets beslut")
    listing.add_argument("project", metavar="PROJEKT")
    listing.add_argument("--json", action="store_true", help="skriv ut JSON")
    listing.set_defaults(handler=run_list)
    decide = actions.add_parser("set", help="beslut om raden som håller en klausul")
    decide.add_argument("project", metavar="PROJEKT")
    decide.add_argument("clause", metavar="KLAUSUL_ID")
    decide.add_argument("--status", required=True, help="öppen, beslutad eller vilande")
    decide.add_argument("--text", default="", help="beslutet i fritext")
    decide.add_argument("--member", required=True, metavar="NAMN", help="vem som antecknar")
    decide.set_defaults(handler=run_set)
    clear = actions.add_parser("clear", help="ta bort beslutet om raden som håller en klausul")
    clear.add_argument("project", metavar="PROJEKT")
    clear.add_argument("clause", metavar="KLAUSUL_ID")
    clear.set_defaults(handler=run_clear)


def decisions_json(project: Project) -> dict[str, Any]:
    """The documented shape of `klausul decisions list --json` (docs/cli.md)."""
    found = {c.id: d for d in project.documents() for c in d.clauses}
    return {"decisions": [
        {"clause_id": d.anchor, "document": found[d.anchor].title if d.anchor in found else None,
         "status": d.status.value, "text": d.text, "member": d.member, "updated": d.updated,
         "clauses": list(d.clauses)} for d in project.decisions()]}


def run_list(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        payload = decisions_json(project)
        if args.json:
            print_json(payload)
            return EXIT_OK
        for item, decision in zip(payload["decisions"], project.decisions(), strict=True):
            print(f"{STATUS_WORDS[decision.status]:<9} {item['text'] or '–'}  "
                  f"({item['member']}, {item['updated']})  {item['clause_id']}")
        print(f"{len(payload['decisions'])} beslut")
        return EXIT_OK

    return with_project(args.project, False, work)


def _row_of(project: Project, clause: str) -> int | None:
    return project.alignment().row_of(ClauseId(clause))


def run_set(args: argparse.Namespace) -> int:
    status = DecisionStatus.parse(args.status)
    if status is None:
        return refuse(f"okänd status {args.status!r}: välj öppen, beslutad eller vilande")
    if not args.member.strip():
        return refuse("ange vem som antecknar beslutet med --member NAMN")

    def work(project: Project) -> int:
        row = _row_of(project, args.clause)
        if row is None:
            return refuse(f"klausulen {args.clause} finns inte i projektets jämförelse")
        alignment = project.alignment()
        edit = project.decisions.decide(alignment.rows[row], alignment.base, status,
                                        args.text, args.member.strip())
        assert edit is not None  # the row holds the clause
        project.apply(edit)
        print(f"rad {row + 1}: {STATUS_WORDS[status]}" + (f": {args.text}" if args.text else ""))
        return EXIT_OK

    return editing(args.project, work)


def run_clear(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        row = _row_of(project, args.clause)
        if row is None:
            return refuse(f"klausulen {args.clause} finns inte i projektets jämförelse")
        edit = project.decisions.clear(project.alignment().rows[row])
        if edit is None:
            print(f"rad {row + 1} har inget beslut")
            return EXIT_OK
        project.apply(edit)
        print(f"rad {row + 1}: beslutet togs bort")
        return EXIT_OK

    return editing(args.project, work)
