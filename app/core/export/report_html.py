"""A self-contained HTML comparison report: summary first, then rows with ins/del markup."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from app.core.alignment.model import ROW_STATUSES, Alignment
from app.core.diff.word_diff import redline_html
from app.core.documents.model import Document
from app.core.export.comparison import STATUS_LABELS, ReportCell, report_rows, summary

_CSS = """
body{font-family:Calibri,Arial,sans-serif;margin:2em;color:#1d1d1f}
h1{font-size:1.5em}table{border-collapse:collapse;width:100%;margin-bottom:2em}
th,td{border:1px solid #c8c8c8;padding:.4em;vertical-align:top;text-align:left}
th{background:#eef1f5}td.status{white-space:nowrap;font-weight:bold}
del{background:#fbd8d8;color:#8a1010;text-decoration:line-through}
ins{background:#d5f2d5;color:#135c13;text-decoration:underline}
tr.moved td.status{color:#6a3fb0}tr.added td.status{color:#135c13}
tr.removed td.status{color:#8a1010}.path{color:#666;font-size:.85em}
"""


def _cell(cell: ReportCell | None) -> str:
    if cell is None:
        return "<td>–</td>"
    if cell.diff is None:
        return f"<td>{escape(cell.text)}</td>"
    return "<td>" + redline_html(cell.diff, "<del>{}</del>", "<ins>{}</ins>") + "</td>"


def render(documents: list[Document], alignment: Alignment) -> str:
    """The report as one HTML string (no scripts, no external resources)."""
    base = documents[alignment.base].title
    head = "".join(f"<th>{escape(STATUS_LABELS[s])}</th>" for s in ROW_STATUSES)
    counts = "".join(
        f"<tr><td>{escape(title)}</td>"
        + "".join(f"<td>{c[s]}</td>" for s in ROW_STATUSES) + "</tr>"
        for title, c in summary(documents, alignment))
    titles = "".join(f"<th>{escape(d.title)}</th>" for d in documents)
    rows = []
    for row in report_rows(documents, alignment):
        path = " › ".join(row.heading_path)
        rows.append(
            f'<tr class="{row.status}"><td class="status">{escape(STATUS_LABELS[row.status])}'
            f'<div class="path">{escape(path)}</div></td>'
            + "".join(_cell(c) for c in row.cells) + "</tr>")
    return (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
        f"<title>Jämförelse: {escape(base)}</title><style>{_CSS}</style></head><body>"
        f"<h1>Jämförelse av överenskommelser</h1><p>Bas: {escape(base)}. "
        f"Skapad {date.today().isoformat()} med Klausul. Struken text finns i basen men inte i "
        "dokumentet; understruken text är ny i dokumentet.</p>"
        f"<h2>Sammanfattning</h2><table><tr><th>Dokument</th>{head}</tr>{counts}</table>"
        f"<h2>Klausuler</h2><table><tr><th>Status</th>{titles}</tr>{''.join(rows)}</table>"
        "</body></html>"
    )


def write(documents: list[Document], alignment: Alignment, target: Path) -> None:
    """Write the HTML report to `target`."""
    target.write_text(render(documents, alignment), encoding="utf-8")
