"""What every subcommand prints: exit codes, the documented JSON shapes, outlines."""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.core.alignment.comparison import ignoring
from app.core.coverage.matrix import CoverageMatrix
from app.core.diff.word_diff import DiffOptions
from app.core.documents.model import Clause, Document, Location
from app.core.project import Project
from app.core.tagging.codebook import Codebook
from app.core.tagging.model import Suggestion
from app.core.tagging.rules import Rules

# The facet names of the JSON shapes (the codebook's ids are ASCII: malgrupp).
FACET_NAMES = {"malgrupp": "målgrupp", "part": "part", "ansvar": "ansvar"}

EXIT_OK = 0
EXIT_BAD_INPUT = 2

# `--ignore` words (compare, project options) and the comparison options they set.
IGNORE_WORDS = {"case": "ignore_case", "whitespace": "ignore_whitespace",
                "punctuation": "ignore_punctuation", "numbering": "ignore_numbering"}


def counted(count: int, one: str, many: str) -> str:
    """A count with its noun in the number it needs: "1 klausul", "3 klausuler"."""
    return f"{count} {one if count == 1 else many}"


def clauses(count: int) -> str:
    """"1 klausul", "3 klausuler"."""
    return counted(count, "klausul", "klausuler")


def tags_word(count: int) -> str:
    """"1 tagg", "3 taggar"."""
    return counted(count, "tagg", "taggar")


def codes_word(count: int) -> str:
    """"1 kod", "3 koder"."""
    return counted(count, "kod", "koder")


def parse_ignore(text: str) -> DiffOptions | None:
    """`--ignore case,numbering` as options (None for an unknown word)."""
    words = {w.strip().lower() for w in text.split(",") if w.strip()} - {"none"}
    if not words <= IGNORE_WORDS.keys():
        return None
    return ignoring(*(IGNORE_WORDS[word] for word in words))


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
        "notes": [{"kind": note.kind or "footnote", "text": note.text}
                  for note in clause.footnotes],
        "location": location_json(clause.location),
    }


def location_json(location: Location | None) -> dict[str, Any] | None:
    """Where a clause sits: {"kind": "page", "number": 4}; tables and text boxes add "row"
    (the table row; the paragraph a text box is anchored to)."""
    if location is None:
        return None
    shape: dict[str, Any] = {"kind": location.kind, "number": location.number}
    if location.kind in ("table", "text_box"):
        shape["row"] = location.row
    return shape


def document_json(document: Document) -> dict[str, Any]:
    """The documented JSON shape of a document header."""
    return {"title": document.title, "format": document.format, "source": document.source}


def outline_lines(document: Document) -> list[str]:
    """A readable outline: headings flush left by level, items indented under them."""
    lines = [f"{document.title}  [{document.format}, {clauses(len(document.clauses))}]"]
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


def suggestions_json(clauses: Iterable[Clause], suggestions: Iterable[Suggestion],
                     codebook: Codebook, rules: Rules) -> dict[str, Any]:
    """The documented shape of `klausul suggest-tags --json` (docs/cli.md), exactly."""
    by_clause: dict[str, list[Suggestion]] = {}
    for suggestion in suggestions:
        by_clause.setdefault(suggestion.clause_id, []).append(suggestion)
    return {"clauses": [
        {"id": c.id, "text": c.text, "suggestions": [
            {"facet": FACET_NAMES[s.facet], "code": codebook.code(s.code_id).name,
             "code_id": s.code_id, "why": rules.rule(s.rule).explain(s.words)}
            for s in by_clause.get(c.id, [])]}
        for c in clauses]}


def print_json(payload: object) -> None:
    """Write `payload` as one line of UTF-8 JSON (the C encoder: 10× the indented one)."""
    sys.stdout.write(json.dumps(payload, ensure_ascii=False))
    sys.stdout.write("\n")


def coverage_json(matrix: CoverageMatrix, codebook: Codebook) -> dict[str, Any]:
    """The documented shape of `klausul coverage --json` (docs/cli.md), exactly."""
    return {"rows": FACET_NAMES[matrix.rows], "cols": FACET_NAMES[matrix.cols],
            "documents": [{"id": d.id, "name": d.name} for d in matrix.documents],
            "base": matrix.base,
            "cells": [{"row": codebook.code(c.row).name, "col": codebook.code(c.col).name,
                       "counts": list(c.counts), "clauses": [list(ids) for ids in c.clauses],
                       "gap": c.gap, "overlap": c.overlap} for c in matrix.cells]}


def refuse(message: str) -> int:
    """One line on stderr; the exit code of bad input."""
    print(f"klausul: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


@contextmanager
def opened(path: str, edit: bool) -> Iterator[Project]:
    """The project file opened (edit: locked; else read-only) in a scratch folder, closed
    at the end; saving is the caller's."""
    with tempfile.TemporaryDirectory(prefix="klausul-") as folder:
        project = Project.open(Path(path), Path(folder), mode="edit" if edit else "read_only")
        try:
            yield project
        finally:
            project.close()


def with_project(path: str, edit: bool, work: Callable[[Project], int]) -> int:
    """Open the project (edit: locked, saved afterwards; else read-only) and run `work`."""
    with opened(path, edit) as project:
        status = work(project)
        if edit and status == EXIT_OK and project.modified:
            project.save()
        return status
