"""`klausul inspect FILE [--json]`: one agreement's clauses as an outline or as JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.output import EXIT_OK, clause_json, document_json, outline_lines, print_json
from app.core.documents.manager import DocumentsManager


def register(commands: Any) -> None:
    """Add the `inspect` subcommand."""
    inspect = commands.add_parser("inspect", help="visa ett dokuments klausuler")
    inspect.add_argument("file", metavar="FIL")
    inspect.add_argument("--json", action="store_true", help="skriv ut JSON")
    inspect.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Import one file and print its clauses."""
    document = DocumentsManager.read_file(Path(args.file)).document
    if args.json:
        payload = {
            "document": document_json(document),
            "clauses": [clause_json(c) for c in document.clauses],
        }
        print_json(payload)
    else:
        for warning in document.warnings:
            print(f"varning: {warning.message()}", file=sys.stderr)
        print("\n".join(outline_lines(document)))
    return EXIT_OK
