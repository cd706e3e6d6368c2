"""`klausul codebook list|add|edit|move|merge|delete|export|import PROJECT …`: the project's
codebook, through the same project.codebook edits the codebook editor makes. A code is named
by its id or its name (or an abbreviation), case-insensitively."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.cli.editing import Refused, editing, find_code, project_actions, reading
from app.cli.output import (
    EXIT_OK,
    FACET_NAMES,
    clauses,
    codes_word,
    counted,
    print_json,
    tags_word,
)
from app.core.project import Project
from app.core.tagging.codebook import Code, Codebook, FacetId
from app.core.tagging.codebook_ops import CodebookRefusal
from app.core.tagging.edits import ChangeCodebook

FACETS: dict[str, FacetId] = {"målgrupp": "malgrupp", "malgrupp": "malgrupp", "part": "part",
                              "ansvar": "ansvar"}
REFUSALS = {
    CodebookRefusal.UNKNOWN_CODE: "koden finns inte i kodboken",
    CodebookRefusal.EMPTY_NAME: "en kod måste ha ett namn",
    CodebookRefusal.SAME_CODE: "välj en annan kod att slå ihop med",
    CodebookRefusal.OTHER_FACET: "koder kan bara slås ihop eller flyttas inom samma facett",
    CodebookRefusal.INTO_OWN_BRANCH: "en kod kan inte flyttas in under sig själv",
    CodebookRefusal.BAD_COLOUR: "färgen måste skrivas #rrggbb",
}


def _apply(project: Project, result: ChangeCodebook | CodebookRefusal) -> None:
    if isinstance(result, CodebookRefusal):
        raise Refused(REFUSALS[result])
    project.apply(result)


def _code_line(book: Codebook, code: Code, count: int, path: bool = True) -> str:
    key = f"  [{code.key}]" if code.key else ""
    name = book.path(code.id) if path else code.name
    return f"{code.id}  {name}{key}  {code.color}  {tags_word(count)}"


def codebook_json(project: Project) -> dict[str, Any]:
    """The documented shape of `klausul codebook list --json` (docs/cli.md)."""
    book = project.codebook()
    counts: dict[str, int] = {}
    for tag in project.tags():
        counts[tag.code_id] = counts.get(tag.code_id, 0) + 1
    return {"name": book.name,
            "facets": [{"id": f.id, "facet": FACET_NAMES[f.id], "name": f.name,
                        "description": f.description} for f in book.facets],
            "codes": [{"id": c.id, "facet": FACET_NAMES[c.facet], "name": c.name,
                       "path": book.path(c.id), "parent": c.parent,
                       "description": c.description, "abbreviations": list(c.abbreviations),
                       "key": c.key, "color": c.color,
                       "age": None if c.age is None else {"from": c.age.low, "to": c.age.high,
                                                          "inclusive": c.age.inclusive},
                       "tags": counts.get(c.id, 0)} for c in book.codes]}


# -- commands -------------------------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        payload = codebook_json(project)
        if args.json:
            print_json(payload)
            return EXIT_OK
        book = project.codebook()
        for facet in book.facets:
            print(f"{facet.name} ({FACET_NAMES[facet.id]})")
            for item in payload["codes"]:
                if item["facet"] == FACET_NAMES[facet.id]:
                    depth = len(book.ancestors(item["id"]))
                    print("  " * (depth + 1) + _code_line(book, book.code(item["id"]),
                                                          item["tags"], path=False))
        print(codes_word(len(book.codes)))
        return EXIT_OK

    return reading(args.project, work)


def _key(text: str) -> str:
    key = text.strip().lower()
    if key and not re.fullmatch(r"[a-z0-9]", key):
        raise Refused(f"--key tar en bokstav a–z eller en siffra, inte {text!r}")
    return key


def _updated(code: Code, args: argparse.Namespace, name: str | None = None) -> Code:
    """The code with the fields the options give (the editor's form: name, abbreviations,
    description, key, colour)."""
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = name
    if args.abbreviations is not None:
        changes["abbreviations"] = tuple(a.strip() for a in args.abbreviations.split(",")
                                         if a.strip())
    if args.description is not None:
        changes["description"] = args.description.strip()
    if args.key is not None:
        changes["key"] = _key(args.key)
    if args.color is not None:
        changes["color"] = args.color.strip()
    return replace(code, **changes)


def run_add(args: argparse.Namespace) -> int:
    facet = FACETS.get(args.facet.strip().casefold())
    if facet is None:
        raise Refused(f"okänd facett {args.facet!r}: välj målgrupp, part eller ansvar")

    def work(project: Project) -> int:
        manager = project.codebook
        parent = find_code(manager(), args.parent).id if args.parent else None
        before = {c.id for c in manager().codes}
        _apply(project, manager.add(facet, args.name, parent))
        code = next(c for c in manager().codes if c.id not in before)
        updated = _updated(code, args)
        if updated != code:
            _apply(project, manager.update(updated))
        book = manager()
        print(_code_line(book, book.code(code.id), 0))
        return EXIT_OK

    return editing(args.project, work)


def run_edit(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        code = find_code(project.codebook(), args.code)
        updated = _updated(code, args, args.name)
        if updated == code:
            raise Refused("ingenting att ändra: ange --name, --description, --key, --color "
                          "eller --abbreviations")
        _apply(project, project.codebook.update(updated))
        book = project.codebook()
        print(_code_line(book, book.code(code.id), project.tags.count(code.id)))
        return EXIT_OK

    return editing(args.project, work)


def run_move(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        book = project.codebook()
        code = find_code(book, args.code)
        parent = None if args.top else find_code(book, args.under).id
        if parent == code.parent:
            raise Refused(f"{code.name} ligger redan där")
        _apply(project, project.codebook.move(code.id, parent))
        print(project.codebook().path(code.id))
        return EXIT_OK

    return editing(args.project, work)


def run_merge(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        book = project.codebook()
        source, target = find_code(book, args.source), find_code(book, args.target)
        moved = project.tags.count(source.id)
        _apply(project, project.codebook.merge(source.id, target.id))
        print(f"{source.name} slogs ihop med {target.name} ({tags_word(moved)} följde med)")
        return EXIT_OK

    return editing(args.project, work)


def run_delete(args: argparse.Namespace) -> int:
    def work(project: Project) -> int:
        book = project.codebook()
        code = find_code(book, args.code)
        count = project.tags.count(code.id)
        parent = book.get(code.parent) if code.parent else None
        if count and args.tags is None:
            choices = (f"--tags parent (flytta dem till {parent.name}) eller " if parent
                       else "") + "--tags remove (ta bort dem)"
            raise Refused(f"koden {code.name} sitter på {clauses(count)}: ange {choices}")
        if args.tags == "parent" and parent is None:
            raise Refused(f"koden {code.name} ligger överst och har ingen förälder att flytta "
                          "taggarna till: ange --tags remove")
        to_parent = args.tags == "parent"
        _apply(project, project.codebook.delete(code.id, to_parent))
        fate = "" if not count else (f", {tags_word(count)} flyttades till {parent.name}"
                                     if to_parent and parent else f", {tags_word(count)} togs bort")
        print(f"{code.name} togs bort{fate}")
        return EXIT_OK

    return editing(args.project, work)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() != ".json":
        raise Refused(f"{out.name}: kodboken exporteras som .json")

    def work(project: Project) -> int:
        project.codebook.export_file(out)
        print(f"{codes_word(len(project.codebook().codes))} skrevs till {out}")
        return EXIT_OK

    return reading(args.project, work)


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)

    def work(project: Project) -> int:
        before = {c.id: c for c in project.codebook().codes}
        edit = project.codebook.import_file(path)
        after = {c.id: c for c in edit.after.codes}
        new = sum(1 for i in after if i not in before)
        changed = sum(1 for i, c in after.items() if i in before and before[i] != c)
        if edit.after != project.codebook():
            project.apply(edit)
        print(f"{path.name}: {counted(new, 'ny kod', 'nya koder')}, {changed} ändrade, "
              f"{codes_word(len(after))} i kodboken")
        return EXIT_OK

    return editing(args.project, work)


# -- the parser -----------------------------------------------------------------------------
def _form_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--abbreviations", metavar="A, B",
                        help="förkortningar, kommaseparerade (tomt: inga)")
    parser.add_argument("--description", metavar="TEXT", help="vad koden omfattar")
    parser.add_argument("--key", metavar="TANGENT", help="kortkommando inom facetten, a–z "
                                                        "eller 0–9 (tomt: inget)")
    parser.add_argument("--color", metavar="#RRGGBB", help="färg")


def register(commands: Any) -> None:
    """Add `codebook` with its actions."""
    parser = commands.add_parser("codebook", help="visa och ändra projektets kodbok")
    actions = parser.add_subparsers(dest="action", metavar="ÅTGÄRD", required=True)

    action = project_actions(actions)

    action("list", run_list, "visa kodboken med antal taggar").add_argument(
        "--json", action="store_true", help="skriv ut JSON")
    made = action("add", run_add, "lägg till en kod")
    made.add_argument("facet", metavar="FACETT", help="målgrupp, part eller ansvar")
    made.add_argument("name", metavar="NAMN")
    made.add_argument("--parent", metavar="KOD", help="lägg den som underkod till denna")
    _form_options(made)
    made = action("edit", run_edit, "ändra en kods namn, förkortningar, beskrivning, tangent "
                                    "eller färg")
    made.add_argument("code", metavar="KOD", help="kodens id eller namn")
    made.add_argument("--name", metavar="NAMN", help="nytt namn")
    _form_options(made)
    made = action("move", run_move, "flytta en kod (med sina underkoder) i hierarkin")
    made.add_argument("code", metavar="KOD")
    where = made.add_mutually_exclusive_group(required=True)
    where.add_argument("--under", metavar="KOD", help="under denna kod i samma facett")
    where.add_argument("--top", action="store_true", help="till facettens översta nivå")
    made = action("merge", run_merge, "slå ihop en kod med en annan (taggarna följer med)")
    made.add_argument("source", metavar="KOD", help="koden som försvinner")
    made.add_argument("target", metavar="MED", help="koden som blir kvar")
    made = action("delete", run_delete, "ta bort en kod")
    made.add_argument("code", metavar="KOD")
    made.add_argument("--tags", choices=("parent", "remove"),
                      help="vad som händer med kodens taggar: flyttas till föräldern eller "
                           "tas bort (krävs om koden har taggar)")
    made = action("export", run_export, "skriv kodboken till en .json-fil")
    made.add_argument("out", metavar="UT.json")
    made = action("import", run_import, "läs in en kodbok (.json) i projektets, efter kod-id")
    made.add_argument("file", metavar="FIL.json")
