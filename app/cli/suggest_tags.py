"""`klausul suggest-tags FILE [--json]`: the codes the rules suggest for each clause, and why."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import EXIT_OK, FACET_NAMES, print_json, suggestions_json
from app.core.documents.manager import DocumentsManager
from app.core.tagging.codebook import default_codebook
from app.core.tagging.rules import default_rules
from app.core.tagging.suggest import Suggester


def register(commands: Any) -> None:
    """Add the `suggest-tags` subcommand."""
    parser = commands.add_parser("suggest-tags", help="föreslå taggar för ett dokuments klausuler")
    parser.add_argument("file", metavar="FIL")
    parser.add_argument("--json", action="store_true", help="skriv ut JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Import one file and print the suggestions of the shipped codebook and rules."""
    document = DocumentsManager.read_file(Path(args.file)).document
    codebook, rules = default_codebook(), default_rules()
    found = Suggester(codebook, rules).document(document)
    suggestions = [s for c in found for s in c.suggestions]
    if args.json:
        print_json(suggestions_json(document.clauses, suggestions, codebook, rules))
        return EXIT_OK
    by_clause = {c.clause_id: c for c in found}
    for clause in document.clauses:
        result = by_clause[clause.id]
        if not result.suggestions:
            continue
        text = clause.text if len(clause.text) <= 90 else clause.text[:89] + "…"
        strength = f"  [{result.strength.value}]" if result.strength else ""
        print(f"{clause.id}  {text}{strength}")
        for s in result.suggestions:
            print(f"    {FACET_NAMES[s.facet]}: {codebook.code(s.code_id).name}"
                  f"  ({rules.rule(s.rule).explain(s.words)})")
    return EXIT_OK
