"""`klausul --selftest`: run the bundled demo through the real pipeline and report, no display.

It proves that an installed or frozen copy has every module, native library and data file it
needs: the demo agreements are imported into a project, aligned, the project saved and opened
again, a DOCX comparison report written and read back, and the PDF engine started. Everything
is written into a temporary folder that is removed afterwards (unless `--keep DIR` is given).
No display and no network are used. More steps (tagging, draft export) are added to `STEPS`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app import __version__
from app.core.alignment.model import Alignment
from app.core.documents.model import Document
from app.core.project import Project
from app.core.resources import demo_folder

EXIT_OK = 0
EXIT_FAILED = 1


@dataclass
class Context:
    """What the steps share: the output folder, and what earlier steps produced."""

    folder: Path
    demo: Path
    project: Project | None = None
    documents: tuple[Document, ...] = ()
    alignment: Alignment | None = None
    notes: dict[str, object] = field(default_factory=dict)

    def open_project(self) -> Project:
        """The project an earlier step made (a step run out of order is a bug here)."""
        if self.project is None:
            raise SelftestFailure("no project: the import step did not run")
        return self.project


class SelftestFailure(Exception):
    """A step found a wrong result (as opposed to crashing)."""


Step = Callable[[Context], str]


def _import_demo(context: Context) -> str:
    manifest = json.loads((context.demo / "manifest.json").read_text(encoding="utf-8"))
    project = Project.new(context.folder / "work")
    for entry in manifest["documents"]:
        project.apply(project.documents.read_file(context.demo / entry["file"]))
    documents = project.documents()
    if len(documents) != len(manifest["documents"]) or not all(d.clauses for d in documents):
        raise SelftestFailure(f"{len(documents)} documents imported, some without clauses")
    context.project = project
    clauses = sum(len(d.clauses) for d in documents)
    return f"{len(documents)} dokument, {clauses} klausuler"


def _align(context: Context) -> str:
    alignment = context.open_project().alignment()
    statuses = {row.status for row in alignment.rows}
    if not alignment.rows or statuses <= {"identical"}:
        raise SelftestFailure(f"the demo aligned to {len(alignment.rows)} rows of {statuses}")
    paired = sum(1 for row in alignment.rows if sum(1 for cell in row.cells if cell) > 1)
    return f"{len(alignment.rows)} rader, {paired} med klausuler från flera dokument"


def _save_and_reopen(context: Context) -> str:
    project = context.open_project()
    target = context.folder / "demo.klausul"
    documents, alignment = project.documents(), project.alignment()
    context.documents, context.alignment = documents, alignment
    project.save(target)
    project.close()
    reopened = Project.open(target, context.folder / "work")
    try:
        if reopened.documents() != documents or reopened.alignment().rows != alignment.rows:
            raise SelftestFailure("the saved project did not open to the same comparison")
    finally:
        reopened.close()
    return f"{target.name}, {target.stat().st_size // 1024} kB"


def _write_report(context: Context) -> str:
    from app.core.alignment.comparison import Comparison
    from app.core.export.reports import write_report
    from app.core.importing import import_document

    if context.alignment is None:
        raise SelftestFailure("no comparison: the project step did not run")
    target = context.folder / "jamforelse.docx"
    comparison = Comparison.build(context.documents, context.alignment)
    write_report(comparison, target)
    read_back = import_document(target)
    titles = list(comparison.names)
    missing = [t for t in titles if not any(t in c.text for c in read_back.clauses)]
    if missing:
        raise SelftestFailure(f"the report does not name {missing}")
    return f"{target.name}, {target.stat().st_size // 1024} kB, {len(read_back.clauses)} stycken"


def _pdf_engine(context: Context) -> str:
    import pypdfium2 as pdfium

    from app.core.errors import DocumentReadError, ReadProblem
    from app.core.importing import import_document

    target = context.folder / "tom.pdf"
    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    blank.save(target)
    blank.close()
    try:
        import_document(target)
    except DocumentReadError as exc:
        # A blank page draws nothing: "no text" (a page drawing an image would be "scanned").
        if exc.problem not in (ReadProblem.NO_TEXT, ReadProblem.SCANNED_PDF):
            raise
    else:
        raise SelftestFailure("a PDF without text was not refused")
    return f"PDFium {pdfium.PDFIUM_INFO.version}"


STEPS: tuple[tuple[str, Step], ...] = (
    ("import", _import_demo),
    ("jämförelse", _align),
    ("projektfil", _save_and_reopen),
    ("rapport", _write_report),
    ("pdf", _pdf_engine),
)


def run_steps(folder: Path, demo: Path, steps: Sequence[tuple[str, Step]] = STEPS,
              out: Callable[[str], None] = print) -> bool:
    """Run the steps in order, printing one line each; returns True when all passed.

    A failing step prints its error and stops the run (later steps need its results)."""
    context = Context(folder, demo)
    for name, step in steps:
        started = time.perf_counter()
        try:
            summary = step(context)
        except Exception as exc:  # any crash is the failure this tool exists to report
            out(f"FEL   {name}: {type(exc).__name__}: {exc}")
            return False
        out(f"ok    {name}: {summary} ({time.perf_counter() - started:.2f} s)")
    return True


def main(argv: Sequence[str] = ()) -> int:
    """Run every step; exit 0 when all passed, 1 when one failed."""
    parser = argparse.ArgumentParser(prog="klausul --selftest",
                                     description="Kontrollera att installationen fungerar.")
    parser.add_argument("--keep", metavar="MAPP", help="spara resultaten i MAPP")
    args = parser.parse_args(list(argv))
    print(f"Klausul {__version__} självtest ({sys.platform}, Python "
          f"{'.'.join(map(str, sys.version_info[:3]))})")
    started = time.perf_counter()
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
        passed = run_steps(folder, demo_folder())
    else:
        with tempfile.TemporaryDirectory(prefix="klausul-selftest-") as temporary:
            passed = run_steps(Path(temporary), demo_folder())
    verdict = "godkänt" if passed else "UNDERKÄNT"
    print(f"självtest {verdict} på {time.perf_counter() - started:.1f} s")
    return EXIT_OK if passed else EXIT_FAILED
