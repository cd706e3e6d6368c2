"""The DOCX comparison report with tracked changes, about 1,500 paragraphs, against python-docx
and lxml building and saving the same paragraphs with the same w:ins/w:del runs in the same
run (no report logic: the floor of writing such a file with these libraries).

Run: .venv/bin/python bench/bench_report.py   (issue 13 goal: ≤ 1.5× the floor)
"""

from __future__ import annotations

import sys
import tempfile
from itertools import count
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import material
from bench.timing import times_ms

DOCUMENTS, CLAUSES = 3, 320


def project(folder: Path):  # type: ignore[no-untyped-def]
    from app.core.project import Project

    base = material.agreement(CLAUSES, seed=31)
    made = Project.new(folder / "work", "bench")
    for number in range(DOCUMENTS):
        items = base if number == 0 else material.revise(base, seed=number).items
        path = folder / f"avtal{number}.md"
        path.write_text(material.markdown(items), encoding="utf-8")
        made.apply(made.documents.read_file(path))
    made.alignment()
    return made


def floor(paragraphs: list[list[tuple[str, str]]], target: Path) -> None:
    """python-docx + lxml: one bulleted paragraph per entry built as lxml elements, its
    pieces as runs, w:ins or w:del elements (with id, author, date) for the changed ones;
    then python-docx saves."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    style_id = document.styles["List Bullet"].style_id
    body = document.element.body
    section = body[-1]  # w:sectPr stays last
    ids = count(1)
    for pieces in paragraphs:
        p = OxmlElement("w:p")
        properties = OxmlElement("w:pPr")
        style = OxmlElement("w:pStyle")
        style.set(qn("w:val"), style_id)
        properties.append(style)
        p.append(properties)
        section.addprevious(p)
        for kind, text in pieces:
            run = OxmlElement("w:r")
            node = OxmlElement("w:delText" if kind == "delete" else "w:t")
            node.set(qn("xml:space"), "preserve")
            node.text = text
            run.append(node)
            if kind == "equal":
                p.append(run)
                continue
            change = OxmlElement("w:del" if kind == "delete" else "w:ins")
            change.set(qn("w:id"), str(next(ids)))
            change.set(qn("w:author"), "Klausul")
            change.set(qn("w:date"), "2026-12-01T10:00:00")
            change.append(run)
            p.append(change)
    document.save(str(target))


def main() -> None:
    from app.core.diff.word_diff import redline
    from app.core.export.comparison import build_report
    from app.core.export.report_docx import write

    with tempfile.TemporaryDirectory() as folder:
        made = project(Path(folder))
        report = build_report(made.comparison.build(made.alignment()))
        paragraphs: list[list[tuple[str, str]]] = []
        for row in report.rows:
            paragraphs.append([("equal", f"Rad {row.number}")])
            for cell in row.cells:
                if cell.diff is not None:
                    paragraphs.append(list(redline(cell.diff)))
                elif cell.text is not None:
                    paragraphs.append([("equal", cell.text)])
        target = Path(folder) / "rapport.docx"
        ours = min(times_ms(lambda: write(report, target), 5))
        base = min(times_ms(lambda: floor(paragraphs, Path(folder) / "golv.docx"), 5))
        import zipfile
        with zipfile.ZipFile(target) as package:
            written = package.read("word/document.xml").count(b"<w:p>") + \
                package.read("word/document.xml").count(b"<w:p ")
        made.close()
    print(f"DOCX report, {written} paragraphs ({len(paragraphs)} in the floor): ours "
          f"{ours:6.0f} ms   floor (python-docx + lxml tracked build + save) {base:6.0f} ms   "
          f"ratio {ours / base:4.2f}")


if __name__ == "__main__":
    main()
