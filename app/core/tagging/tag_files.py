"""Tags to and from a spreadsheet (CSV or XLSX): one row per tag, with the clause's document,
place and text so a reader can check it, and the ids a re-import goes by."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.core.documents.model import ClauseId, Document
from app.core.edit import EditKind
from app.core.files import replace_atomically
from app.core.tagging.codebook import Codebook, CodeId
from app.core.tagging.edits import ChangeTags
from app.core.tagging.errors import TagFileError, TagFileProblem
from app.core.tagging.model import Tag, now

COLUMNS = ("dokument", "plats", "klausul_id", "text", "facett", "kod_id", "kod", "satt_av",
           "tid", "regel")
SUFFIXES = (".csv", ".xlsx")
_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class TagImport:
    """What reading a tag file found: the edit, and what it had to leave out."""

    edit: ChangeTags
    unknown_clauses: int
    unknown_codes: int


def tag_rows(tags: Iterable[Tag], documents: Iterable[Document], codebook: Codebook
             ) -> Iterator[tuple[str, ...]]:
    """One row per tag of a clause in the project, in document and clause order."""
    by_clause: dict[ClauseId, list[Tag]] = {}
    for tag in tags:
        by_clause.setdefault(tag.clause_id, []).append(tag)
    for document in documents:
        for clause in document.clauses:
            for tag in by_clause.get(clause.id, ()):
                code = codebook.get(tag.code_id)
                place = clause.location.encode() if clause.location else ""
                yield (document.title, place, clause.id, clause.text,
                       code.facet if code else "", tag.code_id, code.name if code else "",
                       tag.member, tag.created, tag.rule or "")


def write_tags(path: Path, rows: Iterable[tuple[str, ...]]) -> int:
    """Write the rows (with a header) as CSV (semicolons, UTF-8 with BOM, as Swedish Excel
    reads it) or XLSX; returns how many. TagFileError for another suffix or a write error."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise TagFileError(path, TagFileProblem.UNKNOWN_SUFFIX)
    rows = list(rows)
    try:
        if suffix == ".csv":
            def write_csv(target: Path) -> None:
                with target.open("w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle, delimiter=";")
                    writer.writerow(COLUMNS)
                    writer.writerows(rows)

            replace_atomically(path, write_csv)
        else:
            from openpyxl import Workbook

            book = Workbook()
            sheet = book.active
            sheet.title = "Taggar"
            sheet.append(COLUMNS)
            for row in rows:
                sheet.append(list(row))
            replace_atomically(path, lambda target: book.save(target))
    except OSError as exc:
        raise TagFileError(path, TagFileProblem.NOT_WRITTEN, exc.strerror or str(exc)) from None
    return len(rows)


def _csv_rows(path: Path, data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel's own "CSV" on Windows
    first = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TagFileError(path, TagFileProblem.BAD_TAG_FILE, type(exc).__name__) from None
    try:
        sheet = book.worksheets[0]
        return [["" if v is None else str(v) for v in row]
                for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_tag_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a tag file as dicts by column name (TagFileError if it is not one)."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise TagFileError(path, TagFileProblem.UNKNOWN_SUFFIX)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TagFileError(path, TagFileProblem.NOT_FOUND) from None
    except OSError as exc:
        raise TagFileError(path, TagFileProblem.UNREADABLE, exc.strerror or str(exc)) from None
    if len(data) > _MAX_BYTES:
        raise TagFileError(path, TagFileProblem.BAD_TAG_FILE, "för stor")
    rows = _csv_rows(path, data) if suffix == ".csv" else _xlsx_rows(path)
    if not rows:
        raise TagFileError(path, TagFileProblem.BAD_TAG_FILE, "filen är tom")
    header = [h.strip().casefold() for h in rows[0]]
    if "klausul_id" not in header or "kod_id" not in header:
        raise TagFileError(path, TagFileProblem.BAD_TAG_FILE,
                           "kolumnerna klausul_id och kod_id saknas")
    return [{name: (row[i].strip() if i < len(row) else "") for i, name in enumerate(header)}
            for row in rows[1:] if any(cell.strip() for cell in row)]


def import_tags(path: Path, clause_ids: set[ClauseId], codebook: Codebook,
                member: str = "") -> TagImport:
    """The edit that adds a file's tags to the project: rows whose clause is not in the
    project or whose code is not in the codebook are counted and left out."""
    unknown_clauses = unknown_codes = 0
    stamp = now()
    tags: dict[tuple[str, str], Tag] = {}
    for row in read_tag_rows(path):
        clause, code = ClauseId(row["klausul_id"]), CodeId(row["kod_id"])
        if clause not in clause_ids:
            unknown_clauses += 1
            continue
        if code not in codebook:
            unknown_codes += 1
            continue
        tags.setdefault((clause, code), Tag(
            clause, code, row.get("satt_av") or member or "import", row.get("tid") or stamp,
            row.get("regel") or None))
    edit = ChangeTags(EditKind.IMPORT_TAGS, path.name, add=tuple(tags.values()))
    return TagImport(edit, unknown_clauses, unknown_codes)
