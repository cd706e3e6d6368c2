"""What the readers now keep survives the project file: text-box locations, note kinds,
import warnings of the new kinds."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import ReadWarning
from app.core.project import Project
from tests.builders.docx_builder import build_docx, notes_xml, p, r
from tests.builders.docx_parts import drawing_box, note_reference


def test_text_box_locations_note_kinds_and_warnings_are_kept(tmp_path: Path) -> None:
    body = (p(runs=r("Enligt skollagen.") + note_reference("footnote", 1)
              + note_reference("endnote", 1) + drawing_box(p("Faktaruta."))))
    source = tmp_path / "avtal.docx"
    source.write_bytes(build_docx(body, styles="<w:styles",
                                  footnotes=notes_xml("footnote", {1: "SFS 2010:800"}),
                                  endnotes=notes_xml("endnote", {1: "HSL 2017:30"})))
    project = Project.new(tmp_path / "work", "anna")
    edit = project.documents.read_file(source)
    project.apply(edit)
    target = tmp_path / "arbete.klausul"
    project.save(target)
    project.close()
    reopened = Project.open(target, tmp_path / "work2", "anna")
    try:
        stored = reopened.documents()[0]
        assert stored.clauses == edit.document.clauses
        assert [n.kind for n in stored.clauses[0].footnotes] == ["footnote", "endnote"]
        assert stored.clauses[1].location is not None
        assert stored.clauses[1].location.encode() == "text_box:1:1"
        assert [w.kind for w in stored.warnings] == [ReadWarning.DAMAGED_STYLES]
    finally:
        reopened.close()
