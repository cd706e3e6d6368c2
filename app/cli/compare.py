"""`klausul compare`: align several agreements, print rows or JSON, write a report."""

from __future__ import annotations

import argparse
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from app.cli.output import EXIT_OK, clause_json, parse_ignore, print_json, refuse
from app.cli.project import fill
from app.core.alignment.comparison import Comparison
from app.core.alignment.statuses import cell_text
from app.core.export.comparison import REPORT_SUFFIXES, ROW_LABELS
from app.core.project import Project


def register(commands: Any) -> None:
    """Add the `compare` subcommand."""
    parser = commands.add_parser("compare", help="jämför två eller fler överenskommelser")
    parser.add_argument("files", metavar="FIL", nargs="+")
    parser.add_argument("--base", type=int, default=0, metavar="N",
                        help="vilket dokument (0 = det första) som är bas")
    parser.add_argument("--json", action="store_true", help="skriv ut JSON")
    parser.add_argument("--report", metavar="UT", help="skriv en rapport (.docx eller .html)")
    parser.add_argument("--ignore", metavar="VAD", default="whitespace",
                        help="vad jämförelsen bortser från, kommaseparerat: case, whitespace, "
                             "punctuation, numbering eller none (standard: whitespace)")
    parser.set_defaults(handler=run)


def comparison_json(comparison: Comparison) -> dict[str, Any]:
    """The documented JSON shape of a comparison (docs/cli.md)."""
    return {
        "documents": [{"title": d.title, "name": name, "source": d.source,
                       "clauses": [clause_json(c) for c in d.clauses]}
                      for d, name in zip(comparison.documents, comparison.names, strict=True)],
        "rows": [{"cells": [list(cell) for cell in row.cells], "status": row.status,
                  "similarity": row.similarity, "cell_status": list(statuses.cells)}
                 for row, statuses in zip(comparison.alignment.rows, comparison.statuses,
                                          strict=True)],
    }


def _print_rows(comparison: Comparison) -> None:
    lookup = {c.id: c for d in comparison.documents for c in d.clauses}
    width = max(24, (100 - 12) // len(comparison.documents))
    titles = [name[:width] for name in comparison.names]
    print(f"{'':12}" + "".join(t.ljust(width + 2) for t in titles))
    for row, state in zip(comparison.alignment.rows, comparison.states, strict=True):
        columns = [textwrap.wrap(cell_text([lookup[i] for i in cell]), width) or ["–"]
                   for cell in row.cells]
        height = max(len(c) for c in columns)
        label = ROW_LABELS[state]
        for line in range(height):
            prefix = f"{label[:11]:12}" if line == 0 else " " * 12
            print(prefix + "".join((c[line] if line < len(c) else "").ljust(width + 2)
                                   for c in columns).rstrip())


def run(args: argparse.Namespace) -> int:
    """Import the files into a temporary project, align, print or write the comparison."""
    if len(args.files) < 2:
        return refuse("ange minst två filer att jämföra")
    if not 0 <= args.base < len(args.files):
        return refuse(f"--base måste vara mellan 0 och {len(args.files) - 1}")
    report = Path(args.report) if args.report else None
    if report is not None and report.suffix.lower() not in REPORT_SUFFIXES:
        return refuse(f"{report.name}: rapporten måste sluta på .docx eller .html")
    options = parse_ignore(args.ignore)
    if options is None:
        return refuse(f"--ignore: okänt värde {args.ignore!r} (välj bland case, whitespace, "
                       "punctuation, numbering, none)")
    with tempfile.TemporaryDirectory(prefix="klausul-") as work:
        project = Project.new(Path(work))
        try:
            fill(project, args.files, args.base)
            project.apply(project.comparison.set_options(options))
            comparison = project.comparison.build(project.alignment())
            if report is not None:
                project.write_report(report)
            if args.json:
                print_json(comparison_json(comparison))
            elif report is None:
                _print_rows(comparison)
        finally:
            project.close()
    return EXIT_OK
