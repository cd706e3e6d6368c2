"""`klausul project add | remove | set | hide | show | base | options | report`: change an
existing project's documents and comparison headless, through the same project.documents,
project.alignment and project.comparison edits as the window's documents panel and menus,
or write its comparison report as Arkiv › Exportera jämförelse… does.

Each command opens the file for editing (refused when someone has it open, or it cannot be
written), checks everything it was given before the first change, realigns and saves."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.editing import (
    Refused,
    editing,
    find_project_document,
    project_actions,
    reading,
    realign,
)
from app.cli.output import EXIT_OK, IGNORE_WORDS, parse_ignore, print_json
from app.cli.output import clauses as clauses_word
from app.core.alignment.comparison import IGNORE_FIELDS
from app.core.diff.word_diff import DiffOptions
from app.core.documents.edits import AddDocument
from app.core.documents.model import Document, DocumentMeta
from app.core.documents.names import display_names
from app.core.export.comparison import REPORT_SUFFIXES
from app.core.project import Project

KINDS = ("other", "draft", "current")  # DocumentMeta.kind: övrigt, vårt utkast, nuvarande


def register_actions(actions: Any) -> None:
    """Add the document actions to `klausul project`'s subcommands."""
    action = project_actions(actions)

    made = action("add", run_add, "lägg till dokument i ett befintligt projekt")
    made.add_argument("files", metavar="FIL", nargs="+")
    _meta_options(made)
    made.add_argument("--base", action="store_true", help="gör det (första) tillagda till bas")
    made = action("remove", run_remove, "ta bort dokument (och deras handlänkar)")
    made.add_argument("documents", metavar="DOKUMENT", nargs="+", help=_DOCUMENT_HELP)
    made = action("set", run_set, "ändra ett dokuments namn, region, typ eller datum")
    made.add_argument("document", metavar="DOKUMENT", help=_DOCUMENT_HELP)
    _meta_options(made)
    for name, handler, text in (("hide", run_hide, "dölj dokument i jämförelsen"),
                                ("show", run_show, "visa dolda dokument igen")):
        action(name, handler, text).add_argument("documents", metavar="DOKUMENT", nargs="+",
                                                 help=_DOCUMENT_HELP)
    action("base", run_base, "välj basdokument").add_argument("document", metavar="DOKUMENT",
                                                              help=_DOCUMENT_HELP)
    made = action("options", run_options, "visa eller ändra vad jämförelsen bortser från")
    made.add_argument("--ignore", metavar="VAD",
                      help="kommaseparerat: case, whitespace, punctuation, numbering eller none")
    made.add_argument("--json", action="store_true", help="skriv ut JSON")
    made = action("report", run_report, "skriv projektets jämförelse som rapport (.docx, .html)")
    made.add_argument("out", metavar="UT", help="rapportens fil; ändelsen väljer formatet")


_DOCUMENT_HELP = "dokumentets nummer (0 = det första), id eller namn"


def _meta_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", help="dokumentets namn (titel)")
    parser.add_argument("--region", help="region eller kommun dokumentet kommer från")
    parser.add_argument("--kind", choices=KINDS,
                        help="other (övrigt), draft (vårt utkast) eller current (nuvarande)")
    parser.add_argument("--date", help="dokumentets datum, till exempel 2025-03-01")


def _described(document: Document, args: argparse.Namespace) -> tuple[str, DocumentMeta]:
    """The document's title and metadata with the options given put in."""
    title = document.title if args.name is None else args.name.strip()
    if not title:
        raise Refused("namnet är tomt")
    meta = document.meta
    meta = DocumentMeta(meta.region if args.region is None else args.region.strip(),
                        meta.kind if args.kind is None else args.kind,
                        meta.date if args.date is None else args.date.strip())
    return title, meta


def _name(project: Project, document: Document) -> str:
    names = dict(zip((d.id for d in project.documents()), display_names(project.documents()),
                     strict=True))
    return names.get(document.id, document.title)


def _summary(project: Project, path: str) -> str:
    documents = project.documents()
    clauses = sum(len(d.clauses) for d in documents)
    return f"{Path(path).name}: {len(documents)} dokument, {clauses_word(clauses)}"


def run_add(args: argparse.Namespace) -> int:
    """Import the files (all read before the project changes) and add them."""
    if args.name is not None and len(args.files) > 1:
        raise Refused("--name går bara att ange när en fil läggs till")

    def work(project: Project) -> int:
        edits = [project.documents.read_file(Path(name)) for name in args.files]
        _refuse_duplicates(project, args.files, edits)
        for name, edit in zip(args.files, edits, strict=True):
            project.apply(edit)
            document = edit.document  # its id as stored
            title, meta = _described(document, args)
            if (title, meta) != (document.title, document.meta):
                project.apply(project.documents.set_meta(document.id, title, meta))
            for warning in document.warnings:
                print(f"varning: {Path(name).name}: {warning.message()}", file=sys.stderr)
            print(f"lade till {_name(project, project.documents.get(document.id))} "
                  f"({document.id}, {clauses_word(len(document.clauses))})")
        if args.base:
            project.apply(project.alignment.set_base(edits[0].document.id))
        realign(project)
        print(_summary(project, args.project))
        return EXIT_OK

    return editing(args.project, work)


def _refuse_duplicates(project: Project, names: list[str], edits: list[AddDocument]) -> None:
    """The window reads no file the project already holds; nor does the CLI."""
    seen: dict[str, str] = {}
    for name, edit in zip(names, edits, strict=True):
        same = project.documents.duplicates_of(edit)
        if same:
            raise Refused(f"{Path(name).name}: finns redan i projektet som "
                          f"”{_name(project, same[0])}”")
        earlier = seen.setdefault(edit.document.sha256, name)
        if earlier != name:
            raise Refused(f"{Path(name).name}: samma fil som {Path(earlier).name}")


def run_remove(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        chosen = list({d.id: d for d in (find_project_document(project, reference)
                                         for reference in args.documents)}.values())
        for document in chosen:
            print(f"tog bort {_name(project, document)} ({document.id})")
            project.apply(project.documents.remove(document.id))
        realign(project)
        print(_summary(project, args.project))
        return EXIT_OK

    return editing(args.project, work)


def run_set(args: argparse.Namespace) -> int:
    if all(getattr(args, option) is None for option in ("name", "region", "kind", "date")):
        raise Refused("ange vad som ska ändras: --name, --region, --kind eller --date")

    def work(project: Project) -> int:
        document = find_project_document(project, args.document)
        title, meta = _described(document, args)
        if (title, meta) == (document.title, document.meta):
            print(f"{_name(project, document)}: oförändrat")
            return EXIT_OK
        project.apply(project.documents.set_meta(document.id, title, meta))
        realign(project)  # the kind "draft" may make it the base
        changed = project.documents.get(document.id)
        print(f"{_name(project, changed)} ({changed.id}): region {meta.region or '–'}, "
              f"typ {meta.kind}, datum {meta.date or '–'}")
        return EXIT_OK

    return editing(args.project, work)


def _set_hidden(args: argparse.Namespace, hide: bool) -> int:
    def work(project: Project) -> int:
        chosen = [find_project_document(project, reference) for reference in args.documents]
        base = project.alignment.base_document()
        if hide and any(d.id == base for d in chosen):
            raise Refused("basdokumentet visas alltid: välj en annan bas först")
        hidden = project.documents.hidden()
        for document in {d.id: d for d in chosen}.values():
            name = _name(project, document)
            if (document.id in hidden) == hide:
                print(f"{name}: {'redan dolt' if hide else 'visas redan'}")
                continue
            project.apply(project.documents.set_hidden(document.id, hide))
            print(f"{name}: {'dolt' if hide else 'visas'}")
        return EXIT_OK

    return editing(args.project, work)


def run_hide(args: argparse.Namespace) -> int:
    return _set_hidden(args, True)


def run_show(args: argparse.Namespace) -> int:
    return _set_hidden(args, False)


def run_base(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        document = find_project_document(project, args.document)
        if document.id != project.alignment.base_document():
            project.apply(project.alignment.set_base(document.id))
            realign(project)
        print(f"bas: {_name(project, document)} ({document.id})")
        return EXIT_OK

    return editing(args.project, work)


def ignored_words(options: DiffOptions) -> list[str]:
    """What the options ignore, as `--ignore` words, in their documented order."""
    fields = {field: word for word, field in IGNORE_WORDS.items()}
    return [fields[f] for f in IGNORE_FIELDS if getattr(options, f)]


def run_options(args: argparse.Namespace) -> int:
    options = None
    if args.ignore is not None:
        options = parse_ignore(args.ignore)
        if options is None:
            raise Refused(f"--ignore: okänt värde {args.ignore!r} (välj bland case, "
                          "whitespace, punctuation, numbering, none)")

    def work(project: Project) -> int:
        if options is not None and options != project.comparison.options():
            project.apply(project.comparison.set_options(options))
        words = ignored_words(project.comparison.options())
        if args.json:
            print_json({"ignore": words})
        else:
            print(f"jämförelsen bortser från: {', '.join(words) or 'ingenting (none)'}")
        return EXIT_OK

    return (reading if options is None else editing)(args.project, work)


def run_report(args: argparse.Namespace) -> int:
    """The report Arkiv › Exportera jämförelse… writes: the project's base, hand links and
    ignore options, its hidden documents left out."""
    target = Path(args.out)
    if target.suffix.lower() not in REPORT_SUFFIXES:
        raise Refused(f"{target.name}: rapporten måste sluta på .docx eller .html")

    def work(project: Project) -> int:
        if not project.documents():
            raise Refused(f"{Path(args.project).name}: projektet har inga dokument")
        project.write_report(target)
        print(f"{target.name}: rapport skriven")
        return EXIT_OK

    return reading(args.project, work)
