"""`klausul tags set|remove|suggest PROJECT …`: tagging clauses, a selection or whole aligned
rows, and accepting or rejecting suggestions (all, or a clause's or a row's), through the
same project.tags edits the window makes."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.editing import editing, find_codes, member, reading, targets
from app.cli.output import EXIT_OK, print_json, suggestions_json, tags_word
from app.cli.output import clauses as clauses_word
from app.core.documents.model import ClauseId
from app.core.project import Project
from app.core.tagging.edits import ChangeTags
from app.core.tagging.model import Suggestion


def _target_options(parser: argparse.ArgumentParser, required: bool) -> None:
    what = "" if required else " (annars alla)"
    parser.add_argument("--clause", action="append", nargs="+", metavar="KLAUSUL_ID",
                        help=f"klausulerna, med id som i tags list och compare --json{what}")
    parser.add_argument("--row", action="append", nargs="+", metavar="RAD",
                        help="hela jämförelsens rader (0 = den första, eller id för en "
                             f"klausul i raden): varje klausul i de visade dokumenten{what}")


def register(actions: Any) -> None:
    """Add `set`, `remove` and `suggest` to `tags`."""
    put = actions.add_parser("set", help="tagga klausuler eller hela rader med koder")
    put.add_argument("project", metavar="PROJEKT")
    put.add_argument("codes", metavar="KOD", nargs="+", help="kodens id eller namn (bup, "
                                                             "part.socialtjanst …)")
    _target_options(put, True)
    put.add_argument("--member", metavar="NAMN", help="vem som taggar (krävs)")
    put.set_defaults(handler=run_set)
    take = actions.add_parser("remove", help="ta bort koder från klausuler eller hela rader")
    take.add_argument("project", metavar="PROJEKT")
    take.add_argument("codes", metavar="KOD", nargs="+", help="kodens id eller namn")
    _target_options(take, True)
    take.set_defaults(handler=run_remove)
    suggest = actions.add_parser("suggest", help="visa förslag som väntar, godta eller avslå "
                                                 "dem")
    suggest.add_argument("project", metavar="PROJEKT")
    choice = suggest.add_mutually_exclusive_group()
    choice.add_argument("--accept", action="store_true", help="godta förslagen som taggar")
    choice.add_argument("--reject", action="store_true",
                        help="avslå förslagen: de föreslås inte igen för de klausulerna")
    _target_options(suggest, False)
    suggest.add_argument("--member", metavar="NAMN",
                         help="vem som godtar eller avslår (krävs med --accept och --reject)")
    suggest.add_argument("--json", action="store_true", help="skriv ut JSON")
    suggest.set_defaults(handler=run_suggest)


def run_set(args: argparse.Namespace) -> int:
    name = member(args.member, "taggar")

    def work(project: Project) -> int:
        codes = find_codes(project.codebook(), args.codes)
        clauses = targets(project, args.clause, args.row)
        edits = _applied(project, [project.tags.tag(clauses, code.id, name) for code in codes])
        added = sum(len(e.add) for e in edits)
        print(f"{tags_word(added)} sattes av {name} ({clauses_word(len(clauses))}, "
              f"{', '.join(c.name for c in codes)})")
        return EXIT_OK

    return editing(args.project, work)


def run_remove(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        codes = find_codes(project.codebook(), args.codes)
        clauses = targets(project, args.clause, args.row)
        edits = _applied(project, [project.tags.untag(clauses, code.id) for code in codes])
        print(f"{tags_word(sum(len(e.remove) for e in edits))} togs bort "
              f"({clauses_word(len(clauses))}, {', '.join(c.name for c in codes)})")
        return EXIT_OK

    return editing(args.project, work)


def _pending(project: Project, args: argparse.Namespace) -> list[Suggestion]:
    """The suggestions waiting, of the clauses and rows named (all when none are)."""
    if not args.clause and not args.row:
        return [s for d in project.documents() for s in project.tags.pending_for(d.id)]
    wanted = set(targets(project, args.clause, args.row))
    documents = {ClauseId(c.id): d.id for d in project.documents() for c in d.clauses}
    return [s for d in dict.fromkeys(documents[c] for c in wanted)
            for s in project.tags.pending_for(d) if s.clause_id in wanted]


def run_suggest(args: argparse.Namespace) -> int:
    if args.accept or args.reject:
        return _decide(args, member(args.member, "godtar förslagen" if args.accept
                                    else "avslår förslagen"))

    def work(project: Project) -> int:
        pending = _pending(project, args)
        clauses = [c for d in project.documents() for c in d.clauses]
        payload = suggestions_json(clauses, pending, project.codebook(), project.tags.rules)
        payload["clauses"] = [c for c in payload["clauses"] if c["suggestions"]]
        if args.json:
            print_json(payload)
        else:
            for clause in payload["clauses"]:
                print(f"{clause['id']}  {clause['text'][:90]}")
                for s in clause["suggestions"]:
                    print(f"    {s['facet']}: {s['code']}  ({s['why']})")
            print(f"{len(pending)} förslag väntar")
        return EXIT_OK

    return reading(args.project, work)


def _applied(project: Project, edits: list[ChangeTags]) -> list[ChangeTags]:
    """`edits` applied to the project, each in its own undoable step; those that change
    nothing are left out of the history."""
    for edit in edits:
        if not edit.empty:
            project.apply(edit)
    return edits


def _decide(args: argparse.Namespace, name: str) -> int:
    def work(project: Project) -> int:
        pending = _pending(project, args)
        if args.accept:
            edit = project.tags.accept(pending, name)
            count, verb = len(edit.add), "godtogs som taggar"
        else:
            edit = project.tags.reject(pending, name)
            count, verb = len(edit.reject), "avslogs"
        _applied(project, [edit])
        print(f"{count} förslag {verb} av {name}")
        return EXIT_OK

    return editing(args.project, work)
