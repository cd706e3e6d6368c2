"""Export of a 300-clause draft to Word with tracked changes (against an earlier version with
~75 % of its clauses reworded) and provenance comments, against python-docx writing the same
paragraphs with their styles and no changes or comments, in the same run.

Run: .venv/bin/python bench/bench_draft_export.py   (issue 16 goal: within 1.5x)
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx

from app.core.documents.model import ClauseId, DocumentId
from app.core.draft.edits import AddVersion, DraftEdit, ReplaceDraft
from app.core.draft.export_content import ExportOptions
from app.core.draft.model import (
    Draft,
    DraftClause,
    DraftClauseId,
    DraftInfo,
    SourceRef,
    Version,
    VersionHeader,
)
from app.core.draft.versions import Side
from app.core.edit import EditKind
from app.core.export.draft_docx import TEMPLATE, paragraph_style
from app.core.project import Project
from app.core.resources import resource
from bench import material
from bench.timing import times_ms

CLAUSES = 300


def drafts() -> tuple[Draft, Draft]:
    """A draft of 300 clauses and an earlier version of it (reworded, some clauses missing)."""
    items = material.agreement(CLAUSES + 1)[1:]
    revision = material.revise(items, seed=7)
    regions = ("Region Norrbo", "Region Östlund", "Region Västby")

    def clause(number: int, kind: str, level: int, text: str) -> DraftClause:
        origin = SourceRef(ClauseId(f"doc{number % 3}-{number:05d}"),
                           DocumentId(f"doc{number % 3}"), "Överenskommelse",
                           regions[number % 3], "2.1 Socialtjänsten", kind, number % 7 + 1,  # type: ignore[arg-type]
                           text)
        return DraftClause(DraftClauseId(f"d-{number}"), kind, level if kind != "heading"  # type: ignore[arg-type]
                           else min(level - 1, 3) or 1, text, kind == "list_item"
                           and number % 2 == 0, origin, (origin.clause,))

    new = Draft(DraftInfo("Överenskommelse om barns och ungas hälsa", "LAG Norrbo"),
                tuple(clause(n, *item) for n, item in enumerate(items)))
    old_of = {targets[0]: base for base, targets in revision.truth.items()}
    old = Draft(new.info, tuple(
        clause(old_of[n], kind, level, text) if n in old_of
        else clause(10_000 + n, kind, level, text)
        for n, (kind, level, text) in enumerate(revision.items)))
    return new, old


def plain_python_docx(draft: Draft, target: Path) -> None:
    """The baseline: the same paragraphs with their styles through python-docx's own API
    (style objects looked up once), from the same template, no changes, no comments."""
    document = docx.Document(str(resource(*TEMPLATE)))
    by_id = {style.style_id: style for style in document.styles}
    styles = {name: by_id[name] for name in {paragraph_style(c) for c in draft.clauses}}
    for clause in draft.clauses:
        document.add_paragraph(clause.text, styles[paragraph_style(clause)])
    document.save(str(target))


def main() -> None:
    new, old = drafts()
    with tempfile.TemporaryDirectory(prefix="klausul-bench-") as work:
        folder = Path(work)
        project = Project.new(folder / "work", "Anna")
        header = VersionHeader(1, "0.1 – start", "2026-12-01T10:00", "Anna")
        project.apply(DraftEdit(EditKind.START_DRAFT, (
            ReplaceDraft(old), AddVersion(Version(header, old)), ReplaceDraft(new))))
        tracked = ExportOptions(tracked_against=Side.of_version(1),
                                comments=frozenset({"provenance"}), appendix=False)
        everything = ExportOptions(tracked_against=Side.of_version(1))
        target = folder / "utkast.docx"
        plain = folder / "plain.docx"
        runs = 9
        # Interleaved, so both see the same machine; the first call of each warms up.
        ours, full, base = [], [], []
        for _ in range(runs + 1):
            ours += times_ms(lambda: project.draft.export(target, tracked), 1)
            base += times_ms(lambda: plain_python_docx(new, plain), 1)
            full += times_ms(lambda: project.draft.export(target, everything), 1)
        ours, full, base = ours[1:], full[1:], base[1:]
        with zipfile.ZipFile(target) as package:
            revisions = package.read("word/document.xml").count(b"<w:ins ")
        project.close()
    best = min(base)
    print(f"{CLAUSES} clauses: tracked changes + provenance comments {min(ours):6.1f} ms   "
          f"python-docx plain paragraphs {best:6.1f} ms   ratio {min(ours) / best:4.2f} "
          f"(goal <= 1.5)")
    print(f"   with tag comments and the appendix table too {min(full):6.1f} ms   ratio "
          f"{min(full) / best:4.2f}   ({revisions} w:ins in the file)")


if __name__ == "__main__":
    main()
