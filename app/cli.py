"""Command-line interface: `klausul inspect`, `klausul compare`, ... (argparse, no Qt)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app import __version__
from app.core.documents.model import Clause, Document
from app.core.errors import KlausulError

EXIT_OK = 0
EXIT_BAD_INPUT = 2

Command = Callable[[argparse.Namespace], int]


def clause_json(clause: Clause) -> dict[str, Any]:
    """The documented JSON shape of one clause (see docs/cli.md)."""
    return {
        "id": clause.id,
        "kind": clause.kind,
        "level": clause.level,
        "number": clause.number,
        "heading_path": list(clause.heading_path),
        "text": clause.text,
        "context": clause.context,
    }


def document_json(document: Document) -> dict[str, Any]:
    """The documented JSON shape of a document header."""
    return {"title": document.title, "format": document.format, "source": document.source}


def outline_lines(document: Document) -> list[str]:
    """A readable outline: headings flush left by level, items indented under them."""
    lines = [f"{document.title}  [{document.format}, {len(document.clauses)} klausuler]"]
    for clause in document.clauses:
        label = f"{clause.number} " if clause.number else ""
        if clause.kind == "heading":
            indent = "  " * (clause.level - 1)
            lines.append(f"{indent}{'#' * clause.level} {label}{clause.text}")
            continue
        depth = len(clause.heading_path)
        if clause.kind == "list_item":
            marker = label or "• "
            lines.append("  " * (depth + clause.level) + f"{marker}{clause.text}")
        elif clause.kind == "table_cell" and clause.table is not None:
            cell = clause.table
            lines.append(
                "  " * depth + f"[tabell {cell.table + 1}, rad {cell.row + 1}, "
                f"kol {cell.column + 1}] {clause.text}"
            )
        else:
            lines.append("  " * depth + f"{label}{clause.text}")
    return lines


def _inspect(args: argparse.Namespace) -> int:
    from app.core.importing import import_document

    document = import_document(Path(args.file))
    if args.json:
        payload = {
            "document": document_json(document),
            "clauses": [clause_json(c) for c in document.clauses],
        }
        _print_json(payload)
    else:
        for warning in document.warnings:
            print(f"varning: {warning}", file=sys.stderr)
        print("\n".join(outline_lines(document)))
    return EXIT_OK


def _print_json(payload: object) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="klausul",
        description="Klausul: jämför, tagga och sammanfoga samverkansöverenskommelser.",
    )
    parser.add_argument("--version", action="version", version=f"klausul {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    inspect = commands.add_parser("inspect", help="visa ett dokuments klausuler")
    inspect.add_argument("file", metavar="FIL")
    inspect.add_argument("--json", action="store_true", help="skriv ut JSON")
    inspect.set_defaults(handler=_inspect)
    for register in _extra_commands():
        register(commands)
    return parser


def _extra_commands() -> list[Callable[[Any], None]]:
    """Subcommands defined in their own modules (compare, ...)."""
    registrars: list[Callable[[Any], None]] = []
    try:
        from app.cli_compare import register as register_compare
    except ImportError:
        pass
    else:
        registrars.append(register_compare)
    return registrars


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; bad input prints one line on stderr and returns exit code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Command | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return handler(args)
    except KlausulError as exc:
        print(f"klausul: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
