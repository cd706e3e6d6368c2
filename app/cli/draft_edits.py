"""`klausul draft info|kind|discard PROJECT …`: the draft's title and authors, a clause's kind,
and throwing the draft away, through the same project.draft edits the app makes."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.cli.draft_common import apply, draft_of, find_clause, opened
from app.cli.editing import Refused
from app.cli.output import EXIT_OK, print_json

Command = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]
KINDS = {"heading": "rubrik", "paragraph": "stycke", "list_item": "punkt"}


def info(args: argparse.Namespace) -> int:
    changing = args.title is not None or args.authors is not None
    if args.title is not None and not args.title.strip():
        raise Refused("titeln är tom")
    with opened(args.project, changing) as project:
        current = draft_of(project).info
        if changing:
            apply(project, project.draft.set_info(
                current.title if args.title is None else args.title,
                current.authors if args.authors is None else args.authors))
            current = draft_of(project).info
        if args.json:
            print_json({"draft": {"title": current.title, "authors": current.authors,
                                  "started_from": current.started_from}})
        else:
            print(f"{current.title}\n{current.authors or '(inga författare)'}")
    return EXIT_OK


def kind(args: argparse.Namespace) -> int:
    if args.numbered and args.kind != "list_item":
        raise Refused("--numbered gäller bara list_item (en numrerad punkt)")
    with opened(args.project, True) as project:
        clause = find_clause(project, args.clause)
        apply(project, project.draft.set_kind(clause, args.kind, args.numbered))
        draft = draft_of(project)
        label = project.draft.labels(draft)[draft.index_of(clause)]
        word = "numrerad punkt" if args.numbered else KINDS[args.kind]
        print(f"{label or '#' + str(draft.index_of(clause) + 1)}: {word}")
    return EXIT_OK


def discard(args: argparse.Namespace) -> int:
    with opened(args.project, args.yes) as project:
        draft = draft_of(project)
        kept = len(project.draft.versions())
        if not args.yes:
            raise Refused(f"utkastet {draft.info.title!r} med {len(draft.clauses)} klausuler "
                          "slängs (versionerna finns kvar): bekräfta med --yes")
        apply(project, project.draft.discard())
        print(f"utkastet slängdes; {kept} versioner finns kvar (klausul draft restore)")
    return EXIT_OK


def register(command: Command) -> None:
    """Add `info`, `kind` and `discard` to `draft` (`command` makes a subcommand)."""
    made = command("info", info, "visa eller ändra utkastets titel och författare")
    made.add_argument("--title", help="ny titel")
    made.add_argument("--authors", help="nya författare (tomt: inga)")
    made.add_argument("--json", action="store_true", help="skriv ut JSON")
    made = command("kind", kind, "gör en klausul till rubrik, stycke eller punkt")
    made.add_argument("clause", metavar="KLAUSUL")
    made.add_argument("kind", choices=tuple(KINDS))
    made.add_argument("--numbered", action="store_true", help="numrerad punkt")
    made = command("discard", discard, "släng utkastet (versionerna finns kvar)")
    made.add_argument("--yes", action="store_true", help="ja, släng det")
