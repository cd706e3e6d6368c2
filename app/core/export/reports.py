"""Write a comparison report: the file's suffix picks the format (DOCX or HTML)."""

from __future__ import annotations

from pathlib import Path

from app.core.alignment.comparison import Comparison
from app.core.export import report_docx, report_html
from app.core.export.comparison import build_report


def write_report(comparison: Comparison, target: Path) -> None:
    """Write the report of `comparison` (what the user sees) to `target`."""
    writer = report_docx if target.suffix.lower() == ".docx" else report_html
    writer.write(build_report(comparison), target)
