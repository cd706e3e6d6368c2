"""`klausul coverage PROJECT [--rows FACET --cols FACET] [--json | --xlsx OUT | --csv OUT]`:
the coverage matrix of a project's tags, its gaps and possible overlaps, through the same
project.coverage use cases the app uses."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import EXIT_OK, coverage_json, print_json, refuse, with_project
from app.core.coverage.matrix import CoverageMatrix
from app.core.project import Project
from app.core.tagging.codebook import Codebook, FacetId

_FACETS: dict[str, FacetId] = {"målgrupp": "malgrupp", "malgrupp": "malgrupp",
                               "part": "part", "ansvar": "ansvar"}


def register(commands: Any) -> None:
    """Add the `coverage` subcommand."""
    parser = commands.add_parser(
        "coverage", help="täckning och luckor: taggade klausuler per facettpar och dokument")
    parser.add_argument("project", metavar="PROJEKT")
    parser.add_argument("--rows", metavar="FACETT", default="målgrupp",
                        help="radernas facett: målgrupp, part eller ansvar (målgrupp)")
    parser.add_argument("--cols", metavar="FACETT", default=None,
                        help="kolumnernas facett (part; ansvar när raderna är part)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="skriv ut JSON")
    output.add_argument("--xlsx", metavar="UT", help="skriv alla vyer, luckor, taggar och "
                        "beslut till en Excel-fil")
    output.add_argument("--csv", metavar="UT", help="samma som CSV-filer (UT och filer bredvid)")
    parser.set_defaults(handler=run)


def _facet(text: str) -> FacetId | None:
    return _FACETS.get(text.strip().casefold())


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def print_matrix(matrix: CoverageMatrix, book: Codebook) -> None:
    """The matrix as text: a line per cell with each document's count, gaps and overlaps
    marked, then a summary."""
    names = [f"{n + 1} {d.name}{' (bas)' if n == matrix.base else ''}"
             for n, d in enumerate(matrix.documents)]
    print(f"{book.facet(matrix.rows).name} × {book.facet(matrix.cols).name}   "
          f"dokument: {', '.join(names)}")
    for cell in matrix.cells:
        label = f"{_short(book.code(cell.row).name, 34)} × {_short(book.code(cell.col).name, 28)}"
        counts = " ".join(f"{n:>3}" for n in cell.counts)
        marks = ("  LUCKA" if cell.gap else "") + ("  ÖVERLAPP?" if cell.overlap else "")
        print(f"{label:<66}{counts}{marks}")
    print(f"{len(matrix.cells)} celler, {len(matrix.gaps)} luckor, "
          f"{len(matrix.overlaps)} möjliga överlappningar")


def run(args: argparse.Namespace) -> int:
    rows = _facet(args.rows)
    cols = _facet(args.cols) if args.cols else ("ansvar" if rows == "part" else "part")
    for given, found in ((args.rows, rows), (args.cols, cols)):
        if found is None:
            return refuse(f"okänd facett {given!r}: välj målgrupp, part eller ansvar")
    assert rows is not None and cols is not None
    if rows == cols:
        return refuse("raderna och kolumnerna måste vara två olika facetter")
    out = Path(args.xlsx or args.csv) if (args.xlsx or args.csv) else None
    wanted = ".xlsx" if args.xlsx else ".csv"
    if out is not None and out.suffix.lower() != wanted:
        return refuse(f"{out.name}: filen måste sluta på {wanted}")

    def work(project: Project) -> int:
        if out is not None:
            for path in project.coverage.export(out, rows, cols):
                print(f"skrev {path}")
            return EXIT_OK
        matrix = project.coverage.matrix(rows, cols)
        if args.json:
            print_json(coverage_json(matrix, project.codebook()))
        else:
            print_matrix(matrix, project.codebook())
        return EXIT_OK

    return with_project(args.project, False, work)
