"""The comparison report writes what the user sees (shown documents, hand links, the base,
the ignore options) and the DOCX is a clean Swedish A4 document Word can navigate."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from lxml import etree, html

from app.core.project import Project

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BASE = ("# Överenskommelse om barns hälsa\n\n## 1 Syfte\n\nBarn ska få stöd i tid.\n\n"
        "## 2 Ansvar\n\nRegionen ansvarar för vården.\n\nKommunen ansvarar för skolan.\n")
OTHER = ("# Överenskommelse om barns hälsa\n\n## 1 Syfte\n\nBarn och unga ska få stöd i tid.\n\n"
         "## 2 Ansvar\n\nKommunen ansvarar för skolan.\n\nRegionen ansvarar för vården.\n")
HIDDEN = "# Hemlig\n\nEtt dokument som är dolt och inte ska med i rapporten.\n"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = Project.new(tmp_path / "work", "anna")
    for name, text in (("bas.md", BASE), ("annan.md", OTHER), ("dold.md", HIDDEN)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        made.apply(made.documents.read_file(path))
    base, other, hidden = made.documents()
    made.apply(made.documents.set_hidden(hidden.id, True))
    made.apply(made.documents.set_meta(other.id, base.title, other.meta))  # a namesake
    alignment = made.alignment()
    row = next(r for r in alignment.rows if r.cells[0] and r.cells[1])
    made.apply(made.alignment.pin_row(alignment, row))
    yield made
    made.close()


def _parts(target: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(target) as package:
        return {name: package.read(name) for name in package.namelist()}


def test_docx_report_is_a4_swedish_with_clean_properties(project: Project, tmp_path: Path
                                                         ) -> None:
    target = tmp_path / "rapport.docx"
    before = datetime.now().replace(microsecond=0)
    project.write_report(target)
    parts = _parts(target)
    document = etree.fromstring(parts["word/document.xml"])
    size = next(document.iter(W + "pgSz"))
    assert (size.get(W + "w"), size.get(W + "h")) == ("11906", "16838")  # A4
    styles = parts["word/styles.xml"].decode()
    assert set(re.findall(r'<w:lang w:val="([^"]+)"', styles)) == {"sv-SE"}
    core = parts["docProps/core.xml"].decode()
    assert "python-docx" not in core and "2013" not in core
    assert "<dc:language>sv-SE</dc:language>" in core and "Klausul" in core
    assert "docProps/thumbnail.jpeg" not in parts
    assert b"Macintosh" not in parts["docProps/app.xml"]
    assert b"thumbnail" not in parts["_rels/.rels"]
    # Tracked changes carry local time (Word shows the date as written).
    dates = {e.get(W + "date") for e in document.iter(W + "ins", W + "del")}
    assert dates
    for date in dates:
        assert not date.endswith("Z")
        assert abs((datetime.fromisoformat(date) - before).total_seconds()) < 120


def test_docx_report_has_real_headings_and_a_fixed_summary_table(project: Project,
                                                                 tmp_path: Path) -> None:
    target = tmp_path / "rapport.docx"
    project.write_report(target)
    document = etree.fromstring(_parts(target)["word/document.xml"])
    styles = [p.findtext(f"{W}pPr/{W}pStyle", namespaces=None) for p in document.iter(W + "p")]
    headings = [e.get(W + "val") for e in document.iter(W + "pStyle")
                if (e.get(W + "val") or "").startswith("Heading")]
    assert {"Heading1", "Heading2", "Heading3"} <= set(headings)
    assert styles  # paragraphs exist
    table = next(document.iter(W + "tbl"))
    assert table.find(f"{W}tblPr/{W}tblLayout").get(W + "type") == "fixed"
    widths = [int(c.get(W + "w")) for c in table.iter(W + "gridCol")]
    assert widths[0] > 2 * widths[1]  # the names column is the wide one
    assert sum(widths) <= 9700  # within A4's text width (170 mm)


def test_the_report_shows_what_the_user_sees(project: Project, tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    project.write_report(target)
    page = html.fromstring(target.read_text(encoding="utf-8"))
    text = page.text_content()
    assert "Ett dokument som är dolt" not in text  # the hidden document is left out
    assert "Dolda dokument som inte ingår: Hemlig" in text
    headers = [th.text_content() for th in page.xpath("//table[2]//tr[1]/th")]
    assert headers[1].endswith("(bas)") and len(headers) == 3
    assert headers[1] != headers[2]  # namesakes get unique names
    assert "📌" in text  # the row linked by hand
    assert page.xpath("//td[contains(@class, 'moved')]")  # a clause out of order


def test_ignore_options_reach_the_report(project: Project, tmp_path: Path) -> None:
    from app.core.alignment.comparison import ignoring
    project.apply(project.comparison.set_options(ignoring("ignore_case", "ignore_whitespace")))
    target = tmp_path / "rapport.html"
    project.write_report(target)
    assert "bortser från skiftläge och blanksteg" in target.read_text(encoding="utf-8")


def test_the_summary_counts_each_shown_document_against_the_base(project: Project) -> None:
    from app.core.export.comparison import build_report
    comparison = project.comparison.build(project.alignment())
    report = build_report(comparison)
    assert report.names[report.base] == comparison.names[comparison.base]
    ((name, counts),) = report.summary
    other = next(i for i in comparison.visible() if i != comparison.base)
    assert name == comparison.names[other]
    shown = [r for r in range(len(comparison.states)) if comparison.shown(r)]
    for status, number in counts.items():
        assert number == sum(comparison.statuses[r].cells[other] == status for r in shown)
    assert len(report.rows) == len(shown)
