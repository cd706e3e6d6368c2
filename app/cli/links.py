"""`klausul links list | add | remove | pin | forget PROJECT …`: the hand corrections of a
project's alignment, through the same project.alignment use cases as the comparison's Länka
(Ctrl+L), Ta bort länk, Lås raden and Återställ automatisk parning; after a change the
project is realigned and saved, so `draft rows`, `decisions` and the window see the new rows."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.editing import (
    Refused,
    editing,
    find_document,
    find_row,
    project_actions,
    reading,
    realign,
)
from app.cli.output import EXIT_OK, counted, print_json
from app.core.alignment.edits import ForgetLinks, ManualLinks
from app.core.alignment.manager import LinkRefusal
from app.core.alignment.model import Alignment
from app.core.documents.model import ClauseId
from app.core.documents.names import display_names
from app.core.edit import Edit
from app.core.project import Project

REFUSALS = {
    LinkRefusal.NEED_TWO_DOCUMENTS: "ange klausuler ur minst två olika dokument",
    LinkRefusal.ALREADY_TOGETHER: "klausulerna står redan på samma rad",
    LinkRefusal.NEED_OTHER_DOCUMENT: "klausulen hör till basdokumentet: ange den klausul i ett "
                                     "annat dokument som inte hör till raden",
    LinkRefusal.NO_BASE_CLAUSE: "raden har ingen klausul i basdokumentet",
    LinkRefusal.NOTHING_STORED: "inga handlänkar är sparade för klausulerna: de paras redan "
                                "automatiskt",
}
_CLAUSE_HELP = "klausulens id, eller RAD:DOKUMENT (dokumentets första klausul på raden)"


def register(commands: Any) -> None:
    """Add `links` and its actions."""
    parser = commands.add_parser("links", help="handlänkar mellan klausuler, låsta rader")
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", required=True)

    action = project_actions(actions)

    action("list", run_list, "visa projektets handlänkar och låsta rader").add_argument(
        "--json", action="store_true", help="skriv ut JSON")
    action("add", run_add, "för två eller fler klausuler till samma rad").add_argument(
        "clauses", metavar="KLAUSUL", nargs="+", help=_CLAUSE_HELP)
    action("remove", run_remove, "skilj en klausul från radens basklausul").add_argument(
        "clause", metavar="KLAUSUL", help=_CLAUSE_HELP)
    action("pin", run_pin, "lås en rad som den står genom varje ny jämförelse").add_argument(
        "row", metavar="RAD", help="radens nummer (0 = den första) eller id på en klausul i den")
    action("forget", run_forget, "ta bort klausulernas handlänkar och isärlänkar: de paras "
           "automatiskt igen").add_argument(
        "clauses", metavar="KLAUSUL", nargs="+", help=_CLAUSE_HELP)


def links_json(project: Project, alignment: Alignment) -> dict[str, Any]:
    """The documented shape of `klausul links list --json` (docs/cli.md)."""
    documents = project.documents()
    names = dict(zip((d.id for d in documents), display_names(documents), strict=True))
    found = {c.id: (d, c) for d in documents for c in d.clauses}

    def clause(clause_id: ClauseId) -> dict[str, Any]:
        document, text = found.get(clause_id, (None, None))
        return {"id": clause_id, "document": document.id if document else None,
                "name": names[document.id] if document else None,
                "text": text.text if text else None, "row": alignment.row_of(clause_id)}

    return {"links": [{"kind": link.kind, "clauses": [clause(link.a), clause(link.b)]}
                      for link in project.alignment.manual_links()],
            "pinned_rows": [i for i, row in enumerate(alignment.rows) if row.pinned]}


def run_list(args: argparse.Namespace) -> int:
    return reading(args.project, lambda project: _print_links(
        links_json(project, project.alignment()), args.json))


def _print_links(payload: dict[str, Any], as_json: bool) -> int:
    if as_json:
        print_json(payload)
        return EXIT_OK
    for number, link in enumerate(payload["links"], 1):
        word = "länk" if link["kind"] == "link" else "isär"
        sides = [f"{c['name'] or '?'} rad {'–' if c['row'] is None else c['row']}: "
                 f"{_short(c['text'])}" for c in link["clauses"]]
        print(f"{number:>3}  {word:<5} {sides[0]}  ↔  {sides[1]}")
    pinned = payload["pinned_rows"]
    print(f"{counted(len(payload['links']), 'handlänk', 'handlänkar')}; låsta rader: "
          f"{', '.join(map(str, pinned)) or 'inga'}")
    return EXIT_OK


def _short(text: str | None, width: int = 40) -> str:
    if text is None:
        return "(klausulen finns inte längre)"
    return f"”{text if len(text) <= width else text[:width - 1] + '…'}”"


def find_clause(project: Project, alignment: Alignment, reference: str) -> ClauseId:
    """A clause of the comparison by its id, or as RAD:DOKUMENT, the first clause the
    document has in that row (as the window links a selected cell)."""
    row_text, colon, document_text = reference.partition(":")
    if colon and row_text.isdigit():
        row = find_row(alignment, row_text)
        cell = alignment.rows[row].cells[find_document(project, alignment, document_text)]
        if not cell:
            raise Refused(f"dokumentet {document_text} har ingen klausul på rad {row}")
        return cell[0]
    if alignment.row_of(ClauseId(reference)) is None:
        raise Refused(f"jämförelsen har ingen klausul {reference} (ange id eller RAD:DOKUMENT)")
    return ClauseId(reference)


def _apply(project: Project, result: Edit | LinkRefusal | None, refusal: str = "") -> None:
    if result is None:
        raise Refused(refusal)
    if isinstance(result, LinkRefusal):
        raise Refused(REFUSALS[result])
    project.apply(result)
    realign(project)


def _row_now(project: Project, clause: ClauseId) -> str:
    row = project.alignment().row_of(clause)
    return "–" if row is None else str(row)


def run_add(args: argparse.Namespace) -> int:
    if len(args.clauses) < 2:
        raise Refused(REFUSALS[LinkRefusal.NEED_TWO_DOCUMENTS])

    def work(project: Project) -> int:
        alignment = project.alignment()
        clauses = [find_clause(project, alignment, c) for c in args.clauses]
        result = project.alignment.link_clauses(alignment, clauses)
        _apply(project, result)
        assert isinstance(result, ManualLinks)
        anchor = result.links[0].a
        print(f"länkade {len(result.links) + 1} klausuler: nu rad {_row_now(project, anchor)}")
        return EXIT_OK

    return editing(args.project, work)


def run_remove(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        alignment = project.alignment()
        clause = find_clause(project, alignment, args.clause)
        _apply(project, project.alignment.unlink_clause(alignment, clause))
        print(f"{clause}: skild från basklausulen, nu rad {_row_now(project, clause)}")
        return EXIT_OK

    return editing(args.project, work)


def run_pin(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        alignment = project.alignment()
        row = find_row(alignment, args.row)
        result = project.alignment.pin_row(alignment, alignment.rows[row])
        _apply(project, result, "raden har bara en klausul: inget att låsa")
        assert result is not None
        print(f"rad {row} låst ({counted(len(result.links), 'handlänk', 'handlänkar')}): nu rad "
              f"{_row_now(project, result.links[0].a)}")
        return EXIT_OK

    return editing(args.project, work)


def run_forget(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        alignment = project.alignment()
        clauses = [find_clause(project, alignment, c) for c in args.clauses]
        result = project.alignment.forget(clauses)
        _apply(project, result)
        assert isinstance(result, ForgetLinks)
        rows = ", ".join(dict.fromkeys(_row_now(project, c) for c in clauses))
        print(f"handlänkar borttagna: {result.removed}; paras automatiskt, nu rad {rows}")
        return EXIT_OK

    return editing(args.project, work)
