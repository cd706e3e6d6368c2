"""The coverage export: every matrix view, the gaps and overlaps, the age bands, the
obligations without an owner, all tags and all decisions, as an XLSX workbook (a sheet each,
headers frozen) or as CSV files (the first view at the given path, the rest beside it)."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.core.coverage.ages import AgeBandRow
from app.core.coverage.matrix import CoverageMatrix
from app.core.coverage.obligations import Unowned
from app.core.decisions.model import DecisionStatus, RowDecision
from app.core.documents.model import Clause, Document
from app.core.files import replace_atomically
from app.core.tagging.clause_facts import AgeRange
from app.core.tagging.codebook import Codebook
from app.core.tagging.errors import TagFileError, TagFileProblem
from app.core.tagging.model import Tag
from app.core.tagging.tag_files import COLUMNS as TAG_COLUMNS
from app.core.tagging.tag_files import SUFFIXES, tag_rows

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
STATUS_WORDS = {DecisionStatus.OPEN: "öppen", DecisionStatus.DECIDED: "beslutad",
                DecisionStatus.PARKED: "vilande"}
Cell = str | int


@dataclass(frozen=True)
class CoverageReport:
    """Everything the export writes; the first matrix is the view asked for."""

    documents: tuple[Document, ...]
    codebook: Codebook
    matrices: tuple[CoverageMatrix, ...]
    ages: tuple[AgeBandRow, ...]
    unowned: tuple[Unowned, ...]
    tags: tuple[Tag, ...]
    decisions: tuple[RowDecision, ...]
    all_documents: tuple[Document, ...] = ()  # for tags and decisions (hidden ones too)

    @property
    def every_document(self) -> tuple[Document, ...]:
        return self.all_documents or self.documents


@dataclass(frozen=True)
class Table:
    """One sheet (or one CSV file): its name, the file-name suffix, header and rows."""

    name: str
    slug: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    frozen_columns: int = 0


def age_label(found: AgeRange) -> str:
    """'0–18 år', 't.o.m. 25 år' (no lower age stated)."""
    return f"t.o.m. {found.last} år" if found.low is None else f"{found.low}–{found.last} år"


def _view_name(matrix: CoverageMatrix, book: Codebook) -> str:
    return f"{book.facet(matrix.rows).name} × {book.facet(matrix.cols).name}"


def _matrix_table(matrix: CoverageMatrix, book: Codebook) -> Table:
    titles = tuple(d.name for d in matrix.documents)
    rows = tuple((book.code(c.row).name, book.code(c.col).name, *c.counts,
                  "ja" if c.gap else "", "ja" if c.overlap else "") for c in matrix.cells)
    return Table(_view_name(matrix, book), f"{matrix.rows}-{matrix.cols}",
                 (book.facet(matrix.rows).name, book.facet(matrix.cols).name, *titles,
                  "lucka", "möjlig överlappning"), rows, 2)


def _gaps_table(report: CoverageReport) -> Table:
    book = report.codebook
    rows: list[tuple[Cell, ...]] = []
    for matrix in report.matrices:
        view = _view_name(matrix, book)
        base = matrix.documents[matrix.base].name if matrix.documents else ""
        for cell in matrix.cells:
            names = (book.code(cell.row).name, book.code(cell.col).name)
            if cell.gap:
                having = [matrix.documents[i].name for i, n in enumerate(cell.counts) if n]
                rows.append((view, *names, "lucka", f"{base} saknar; finns i "
                             + ", ".join(having), " ".join(cell.all_clauses)))
            if cell.overlap:
                twice = [matrix.documents[i].name for i in cell.overlap_documents]
                clauses = " ".join(c for i in cell.overlap_documents for c in cell.clauses[i])
                rows.append((view, *names, "möjlig överlappning", ", ".join(twice), clauses))
    return Table("Luckor och överlapp", "luckor",
                 ("vy", "rad", "kolumn", "slag", "dokument", "klausul_id"), tuple(rows))


def _ages_table(report: CoverageReport) -> Table:
    titles = tuple(d.title for d in report.documents)
    rows = []
    for band in report.ages:
        stated = tuple(", ".join(age_label(s.range) for s in per_document)
                       for per_document in band.stated)
        differing = ", ".join(t for t, m in zip(titles, band.mismatch, strict=True) if m)
        rows.append((report.codebook.code(band.code).name, *stated, differing))
    return Table("Åldersgränser", "aldrar", ("målgrupp", *titles, "avviker från basen"),
                 tuple(rows), 1)


def _place(clause: Clause) -> str:
    return clause.location.encode() if clause.location else ""


def _unowned_table(report: CoverageReport) -> Table:
    clauses = {c.id: c for d in report.documents for c in d.clauses}
    rows = tuple((report.documents[u.document].title, _place(clauses[u.clause_id]), u.clause_id,
                  u.text, " ".join(u.words)) for u in report.unowned)
    return Table("Ska utan part", "utan-part", ("dokument", "plats", "klausul_id", "text", "ord"),
                 rows)


def _tags_table(report: CoverageReport) -> Table:
    return Table("Taggar", "taggar", TAG_COLUMNS,
                 tuple(tag_rows(report.tags, report.every_document, report.codebook)))


def _decisions_table(report: CoverageReport) -> Table:
    found = {c.id: (d, c) for d in report.every_document for c in d.clauses}
    rows = []
    for decision in report.decisions:
        document, clause = found.get(decision.anchor, (None, None))
        rows.append((STATUS_WORDS[decision.status], decision.text, decision.member,
                     decision.updated, document.title if document else "", decision.anchor,
                     clause.text if clause else "", " ".join(decision.clauses)))
    return Table("Beslut", "beslut", ("status", "beslut", "satt_av", "tid", "dokument",
                                      "klausul_id", "text", "radens_klausuler"), tuple(rows))


def report_tables(report: CoverageReport) -> tuple[Table, ...]:
    """The tables of the export, in sheet order."""
    return (*(_matrix_table(m, report.codebook) for m in report.matrices), _gaps_table(report),
            _ages_table(report), _unowned_table(report), _tags_table(report),
            _decisions_table(report))


def _clean(value: Cell) -> Cell:
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def _write_xlsx(path: Path, tables: Sequence[Table]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for table in tables:
        sheet = book.create_sheet(re.sub(r"[\\/?*\[\]:]", "-", table.name)[:31])
        sheet.append(list(table.header))
        for cell in sheet[1]:
            cell.font = bold
        for row in table.rows:
            sheet.append([_clean(v) for v in row])
        sheet.freeze_panes = f"{get_column_letter(table.frozen_columns + 1)}2"
        for number, title in enumerate(table.header, start=1):
            longest = max([len(title), *(len(str(r[number - 1])) for r in table.rows[:200])])
            sheet.column_dimensions[get_column_letter(number)].width = min(max(longest, 6) + 2,
                                                                          60)
    replace_atomically(path, lambda target: book.save(target))


def _write_csv(target: Path, table: Table) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(table.header)
        writer.writerows([_clean(v) for v in row] for row in table.rows)


def _csv_path(path: Path, table: Table, first: bool) -> Path:
    return path if first else path.with_name(f"{path.stem}-{table.slug}{path.suffix}")


def write_report(path: Path, report: CoverageReport) -> tuple[Path, ...]:
    """Write the export; returns the files written (TagFileError on a bad suffix or an
    error writing)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise TagFileError(path, TagFileProblem.UNKNOWN_SUFFIX)
    tables = report_tables(report)
    written: list[Path] = []
    try:
        if suffix == ".xlsx":
            _write_xlsx(path, tables)
            written.append(path)
        else:
            for number, table in enumerate(tables):
                target = _csv_path(path, table, number == 0)
                replace_atomically(target, functools.partial(_write_csv, table=table))
                written.append(target)
    except OSError as exc:
        raise TagFileError(path, TagFileProblem.NOT_WRITTEN, exc.strerror or str(exc)) from None
    return tuple(written)
