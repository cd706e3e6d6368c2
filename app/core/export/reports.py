"""Write a comparison report: the file's suffix picks the format (DOCX or HTML)."""

from __future__ import annotations

from pathlib import Path

from app.core.alignment.comparison import Comparison
from app.core.export import report_docx, report_html
from app.core.export.comparison import build_report
from app.core.files import write_atomically


def write_report(comparison: Comparison, target: Path) -> None:
    """Write the report of `comparison` (what the user sees) to `target`: beside it first,
    then put in place at once, so a reader never sees half a report and a failed write
    (ProjectError naming the target and the cause) leaves the previous one as it was."""
    writer = report_docx if target.suffix.lower() == ".docx" else report_html
    report = build_report(comparison)
    write_atomically(target, lambda temporary: writer.write(report, temporary))
