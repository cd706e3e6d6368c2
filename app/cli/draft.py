"""`klausul draft …`: start, assemble, version, export and take back the merged draft of a
project file, so a whole draft can be scripted; every change goes through project.draft and
is saved to the file at once."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import draft_edits
from app.cli import draft_output as output
from app.cli.draft_common import apply, draft_of, find_clause, opened
from app.cli.editing import Refused, find_codes, find_document, find_row, project_actions
from app.cli.output import EXIT_OK, print_json
from app.cli.project import create
from app.core.draft.assembly import DraftRefusal
from app.core.draft.export_content import COMMENT_KINDS, ExportOptions


# -- commands -------------------------------------------------------------------------------
def new(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if path.exists() and args.imports:
        raise Refused(f"{path.name}: projektet finns redan (--import skapar bara nya projekt)")
    if not path.exists():
        if not args.imports:
            raise Refused(f"{path.name}: filen finns inte (ange dokument med --import för att "
                          "skapa projektet)")
        if args.base is not None and not 0 <= args.base < len(args.imports):
            raise Refused(f"--base måste vara mellan 0 och {len(args.imports) - 1}")
        create(path, args.imports, args.base)
    with opened(args.project, True) as project:
        apply(project, project.draft.start(not args.empty, args.title or "", args.authors or ""))
        print(output.summary_line(draft_of(project)))
    return EXIT_OK


def show(args: argparse.Namespace) -> int:
    with opened(args.project, False) as project:
        draft = project.draft.or_base()
        if args.json:
            print_json(output.draft_json(project, draft))
        else:
            print("\n".join(output.draft_lines(project, draft)))
    return EXIT_OK


def rows(args: argparse.Namespace) -> int:
    with opened(args.project, False) as project:
        alignment = project.alignment()
        payload = output.rows_json(project, alignment)
        if args.json:
            print_json(payload)
        else:
            print("\n".join(output.rows_lines(project, alignment, payload)))
    return EXIT_OK


def adopt(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        alignment = project.alignment()
        row = find_row(alignment, args.row)
        if args.document == "none":
            apply(project, project.draft.drop_row(alignment, row))
        else:
            index = find_document(project, alignment, args.document)
            apply(project, project.draft.adopt(alignment, row, index))
        print(output.summary_line(draft_of(project)))
    return EXIT_OK


def edit_text(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        apply(project, project.draft.set_text(find_clause(project, args.clause), args.text))
    return EXIT_OK


def add(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        draft = draft_of(project)
        position = len(draft.clauses)
        if args.after:
            position = draft.index_of(find_clause(project, args.after)) + 1
        result = project.draft.insert(position, args.kind, args.text, args.level, args.numbered)
        if isinstance(result, DraftRefusal):
            raise Refused(output.REFUSALS[result])
        project.apply(result[0])
        print(result[1])
    return EXIT_OK


def remove(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        ids = {find_clause(project, c) for c in args.clauses}
        apply(project, project.draft.remove(ids))
    return EXIT_OK


def move(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        draft = draft_of(project)
        clause = find_clause(project, args.clause)
        if args.after == "start":
            position = 0
        else:
            position = draft.index_of(find_clause(project, args.after)) + 1
        apply(project, project.draft.move({clause}, position))
    return EXIT_OK


def level(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        apply(project, project.draft.relevel(find_clause(project, args.clause), args.delta))
    return EXIT_OK


def tag(args: argparse.Namespace) -> int:
    from app.core.draft.tags import set_own_tags

    with opened(args.project, True) as project:
        clause = find_clause(project, args.clause)
        codes = [c.id for c in find_codes(project.codebook(), args.codes)]
        edit = set_own_tags(project.tags, clause, codes, args.member or project.user)
        if edit is None:
            raise Refused(output.REFUSALS[DraftRefusal.NO_CHANGE])
        project.apply(edit)
    return EXIT_OK


def version(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        apply(project, project.draft.record_version(args.label, args.note or "",
                                                    args.author or ""))
        print(output.version_line(project.draft.versions()[-1]))
    return EXIT_OK


def versions(args: argparse.Namespace) -> int:
    with opened(args.project, False) as project:
        headers = project.draft.versions()
        if args.json:
            print_json({"versions": [output.version_json(h) for h in headers]})
        else:
            print("\n".join(output.version_line(h) for h in headers) or "inga versioner")
    return EXIT_OK


def restore(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        found = project.draft.find_version(args.version)
        if found is None:
            raise Refused(f"projektet har ingen version {args.version}")
        apply(project, project.draft.restore(found.header.number))
    return EXIT_OK


def export(args: argparse.Namespace) -> int:
    target = Path(args.out)
    if target.suffix.lower() != ".docx":
        raise Refused(f"{target.name}: utkastet exporteras som .docx")
    comments = frozenset() if args.comments == "none" else frozenset(
        c.strip() for c in args.comments.split(",") if c.strip())
    if not comments <= set(COMMENT_KINDS):
        raise Refused(f"--comments tar provenance, tags eller none, inte {args.comments}")
    with opened(args.project, False) as project:
        against = None
        if args.tracked_against:
            against = project.draft.resolve(args.tracked_against)
            if against is None:
                raise Refused(f"--tracked-against: ingen version eller dokument "
                              f"{args.tracked_against}")
        project.draft.export(target, ExportOptions(against, comments, not args.no_appendix,
                                                   args.author or ""))
    return EXIT_OK


def import_word(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        copy = project.draft.read_word_copy(Path(args.file), args.label or "", args.note or "")
        project.apply(copy.edit)
        print(output.word_copy_line(copy))
    return EXIT_OK


def proposals(args: argparse.Namespace) -> int:
    with opened(args.project, False) as project:
        payload = output.proposals_json(project)
        if args.json:
            print_json(payload)
        else:
            print("\n".join(output.proposal_lines(payload)) or "inga förslag")
    return EXIT_OK


def decide(args: argparse.Namespace) -> int:
    with opened(args.project, True) as project:
        result = project.draft.decide(args.id, args.decision == "accept")
        if result is DraftRefusal.UNKNOWN_CLAUSE:
            raise Refused(f"det finns inget förslag {args.id}")
        apply(project, result)
    return EXIT_OK


def register(commands: Any) -> None:
    """Add `draft` and its subcommands."""
    parser = commands.add_parser("draft", help="det sammanfogade utkastet: sätt ihop, "
                                               "versioner, Word")
    sub = parser.add_subparsers(dest="draft_command", metavar="DELKOMMANDO", required=True)
    command = project_actions(sub)

    made = command("new", new, "starta utkastet från basdokumentet (eller tomt)")
    made.add_argument("--empty", action="store_true", help="en tom disposition")
    made.add_argument("--title", help="utkastets titel")
    made.add_argument("--authors", help="författare (arbetsgruppen)")
    made.add_argument("--import", dest="imports", metavar="FIL", nargs="+",
                      help="skapa projektfilen av dessa dokument om den inte finns")
    made.add_argument("--base", type=int, metavar="N", help="basdokument (0 = det första)")
    command("show", show, "visa utkastet").add_argument("--json", action="store_true")
    command("rows", rows, "jämförelsens rader och vad utkastet tagit").add_argument(
        "--json", action="store_true")
    made = command("adopt", adopt, "ta en rads formulering från ett dokument")
    made.add_argument("row", metavar="RAD", help="radens nummer (0 = den första) eller id")
    made.add_argument("document", metavar="DOKUMENT",
                      help="dokumentets nummer, id eller titel, eller none")
    made = command("edit", edit_text, "skriv om en klausul")
    made.add_argument("clause", metavar="KLAUSUL")
    made.add_argument("text", metavar="TEXT")
    made = command("add", add, "lägg till en egen klausul")
    made.add_argument("kind", choices=("heading", "paragraph", "list_item"))
    made.add_argument("text", metavar="TEXT")
    made.add_argument("--after", metavar="KLAUSUL", help="efter denna (annars sist)")
    made.add_argument("--level", type=int, default=1, help="rubrik- eller listnivå (1-3)")
    made.add_argument("--numbered", action="store_true", help="numrerad listpunkt")
    command("remove", remove, "ta bort klausuler").add_argument("clauses", metavar="KLAUSUL",
                                                                 nargs="+")
    made = command("move", move, "flytta en klausul")
    made.add_argument("clause", metavar="KLAUSUL")
    made.add_argument("--after", required=True, metavar="KLAUSUL",
                      help="efter denna klausul, eller start")
    made = command("level", level, "flytta en klausul en nivå in eller ut")
    made.add_argument("clause", metavar="KLAUSUL")
    made.add_argument("delta", type=int, choices=(-1, 1))
    made = command("tag", tag, "ge en klausul egna taggar (inga koder: källornas igen)")
    made.add_argument("clause", metavar="KLAUSUL")
    made.add_argument("codes", metavar="KOD", nargs="*",
                      help="kodernas id eller namn (part.bup, bup …)")
    made.add_argument("--member", help="vem som taggar (annars användaren)")
    made = command("version", version, "spara utkastet som en version")
    made.add_argument("label", metavar="NAMN", help='till exempel "0.3 – efter workshop 2"')
    made.add_argument("--note", help="anteckning")
    made.add_argument("--author", help="vem som sparar (annars användaren)")
    command("versions", versions, "lista versionerna").add_argument("--json",
                                                                     action="store_true")
    command("restore", restore, "återställ en version").add_argument("version",
                                                                      metavar="VERSION")
    made = command("export", export, "exportera utkastet till Word")
    made.add_argument("out", metavar="UT.docx")
    made.add_argument("--tracked-against", metavar="MOT",
                      help="spårade ändringar mot base, previous, en version eller ett dokument")
    made.add_argument("--comments", default="provenance,tags",
                      help="kommentarer: provenance,tags (standard), provenance, tags, none")
    made.add_argument("--no-appendix", action="store_true", help="utan bilagetabellen")
    made.add_argument("--author", help="de spårade ändringarnas författare")
    made = command("import-word", import_word, "läs in en Word-kopia som en ny version")
    made.add_argument("file", metavar="FIL.docx")
    made.add_argument("--label", help="versionens namn")
    made.add_argument("--note", help="anteckning")
    command("proposals", proposals, "lista förslagen från Word-kopior").add_argument(
        "--json", action="store_true")
    made = command("decide", decide, "godta eller avslå ett förslag")
    made.add_argument("id", type=int, metavar="ID")
    made.add_argument("decision", choices=("accept", "reject"))
    draft_edits.register(command)
