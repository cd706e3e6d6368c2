"""`klausul compare`: align several agreements, print rows or JSON, write a report."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.cli import EXIT_BAD_INPUT, EXIT_OK, clause_json
from app.core.alignment.aligner import align
from app.core.alignment.model import Alignment
from app.core.documents.model import ClauseId, Document, DocumentId
from app.core.export.comparison import STATUS_LABELS, row_text
from app.core.importing import import_document

REPORT_WRITERS = (".docx", ".html", ".htm")


def register(commands: Any) -> None:
    """Add the `compare` subcommand."""
    parser = commands.add_parser("compare", help="jämför två eller fler överenskommelser")
    parser.add_argument("files", metavar="FIL", nargs="+")
    parser.add_argument("--base", type=int, default=0, metavar="N",
                        help="vilket dokument (0 = det första) som är bas")
    parser.add_argument("--json", action="store_true", help="skriv ut JSON")
    parser.add_argument("--report", metavar="UT", help="skriv en rapport (.docx eller .html)")
    parser.set_defaults(handler=run)


def comparison_json(documents: list[Document], alignment: Alignment) -> dict[str, Any]:
    """The documented JSON shape of a comparison (docs/cli.md)."""
    return {
        "documents": [{"title": d.title, "source": d.source,
                       "clauses": [clause_json(c) for c in d.clauses]} for d in documents],
        "rows": [{"cells": [list(cell) for cell in row.cells], "status": row.status,
                  "similarity": row.similarity} for row in alignment.rows],
    }


def _print_rows(documents: list[Document], alignment: Alignment) -> None:
    lookup = {c.id: c for d in documents for c in d.clauses}
    width = max(24, (100 - 12) // len(documents))
    titles = [d.title[:width] for d in documents]
    print(f"{'':12}" + "".join(t.ljust(width + 2) for t in titles))
    for row in alignment.rows:
        columns = [textwrap.wrap(row_text([lookup[i] for i in cell]), width) or ["–"]
                   for cell in row.cells]
        height = max(len(c) for c in columns)
        label = STATUS_LABELS[row.status]
        for line in range(height):
            prefix = f"{label[:11]:12}" if line == 0 else " " * 12
            print(prefix + "".join((c[line] if line < len(c) else "").ljust(width + 2)
                                   for c in columns).rstrip())


def run(args: argparse.Namespace) -> int:
    """Import, align and print or write the comparison."""
    if len(args.files) < 2:
        print("klausul: ange minst två filer att jämföra", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not 0 <= args.base < len(args.files):
        print(f"klausul: --base måste vara mellan 0 och {len(args.files) - 1}", file=sys.stderr)
        return EXIT_BAD_INPUT
    report = Path(args.report) if args.report else None
    if report is not None and report.suffix.lower() not in REPORT_WRITERS:
        print(f"klausul: {report.name}: rapporten måste sluta på .docx eller .html",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    documents = []
    for index, name in enumerate(args.files):
        document = import_document(Path(name))
        # Two copies of one file must stay two documents with their own clause ids.
        if any(d.id == document.id for d in documents):
            document = replace(document, id=DocumentId(f"{document.id}.{index}"),
                               clauses=tuple(replace(c, id=ClauseId(f"{c.id}.{index}"))
                                             for c in document.clauses))
        documents.append(document)
    alignment = align(documents, base=args.base)
    if report is not None:
        _write_report(documents, alignment, report)
    if args.json:
        json.dump(comparison_json(documents, alignment), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif report is None:
        _print_rows(documents, alignment)
    return EXIT_OK


def _write_report(documents: list[Document], alignment: Alignment, target: Path) -> None:
    if target.suffix.lower() == ".docx":
        from app.core.export import report_docx

        report_docx.write(documents, alignment, target)
    else:
        from app.core.export import report_html

        report_html.write(documents, alignment, target)
