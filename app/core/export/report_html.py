"""A self-contained HTML comparison report: summary first, then rows with ins/del markup."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from app.core.diff.word_diff import redline_html
from app.core.export.comparison import (
    CELL_LABELS,
    ROW_LABELS,
    SUMMARY_STATUSES,
    Report,
    ReportCell,
    describe,
)

_CSS = """
body{font-family:Calibri,Arial,sans-serif;margin:2em;color:#1d1d1f}
h1{font-size:1.5em}table{border-collapse:collapse;width:100%;margin-bottom:2em}
th,td{border:1px solid #c8c8c8;padding:.4em;vertical-align:top;text-align:left}
th{background:#eef1f5}td.status{white-space:nowrap;font-weight:bold}
del{background:#fbd8d8;color:#8a1010;text-decoration:line-through}
ins{background:#d5f2d5;color:#135c13;text-decoration:underline}
td.moved{background:#f1ebfb}td.missing{background:#fdf0f0}td.added{background:#eef8ef}
.cellstatus{display:block;font-size:.8em;color:#555}
tr.moved td.status{color:#6a3fb0}tr.added td.status{color:#135c13}
tr.missing td.status{color:#8a1010}.path{color:#666;font-size:.85em;font-weight:normal}
"""


def _cell(cell: ReportCell, base: bool) -> str:
    label = "" if base or cell.status in ("identical", "empty") else \
        f'<span class="cellstatus">{escape(CELL_LABELS[cell.status])}</span>'
    if cell.text is None:
        body = "–"
    elif cell.diff is None:
        body = escape(cell.text)
    else:
        body = redline_html(cell.diff, "<del>{}</del>", "<ins>{}</ins>")
    return f'<td class="{cell.status}">{label}{body}</td>'


def render(data: Report) -> str:
    """The report as one HTML string (no scripts, no external resources)."""
    base = data.names[data.base]
    head = "".join(f"<th>{escape(CELL_LABELS[s])}</th>" for s in SUMMARY_STATUSES)
    counts = "".join(
        f"<tr><td>{escape(name)}</td>"
        + "".join(f"<td>{c[s]}</td>" for s in SUMMARY_STATUSES) + "</tr>"
        for name, c in data.summary)
    titles = "".join(
        f"<th>{escape(name)}{' (bas)' if i == data.base else ''}</th>"
        for i, name in enumerate(data.names))
    rows = []
    for row in data.rows:
        path = " › ".join(row.heading_path)
        pin = " 📌" if row.pinned else ""
        rows.append(
            f'<tr class="{row.state}"><td class="status">{row.number}. '
            f"{escape(ROW_LABELS[row.state])}{pin}"
            f'<div class="path">{escape(path)}</div></td>'
            + "".join(_cell(c, i == data.base) for i, c in enumerate(row.cells)) + "</tr>")
    intro = "".join(f"<p>{escape(line)}</p>" for line in describe(data))
    made = datetime.now().strftime("%Y-%m-%d %H:%M")
    return (
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
        f"<title>Jämförelse: {escape(base)}</title><style>{_CSS}</style></head><body>"
        f"<h1>Jämförelse av överenskommelser</h1>{intro}<p>Skapad {made} med Klausul.</p>"
        f"<h2>Sammanfattning</h2><table><tr><th>Dokument</th>{head}</tr>{counts}</table>"
        f"<h2>Klausuler</h2><table><tr><th>Status</th>{titles}</tr>{''.join(rows)}</table>"
        "</body></html>"
    )


def write(data: Report, target: Path) -> None:
    """Write the HTML report to `target`."""
    target.write_text(render(data), encoding="utf-8")
