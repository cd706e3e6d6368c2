"""DOCX content beyond plain paragraphs: text boxes, content controls at every level."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from app.core.documents.model import Clause, Location
from app.core.importing import import_bytes
from tests.builders.docx_builder import build_docx, p, r
from tests.builders.docx_parts import cell, drawing_box, sdt, vml_box

PATH = Path("avtal.docx")


def clauses(data: bytes) -> list[Clause]:
    return list(import_bytes(data, PATH).clauses)


def texts(data: bytes) -> list[str]:
    return [c.text for c in clauses(data)]


# -- text boxes ------------------------------------------------------------------------------
def test_a_drawing_text_box_is_a_clause_of_its_own_read_once() -> None:
    body = (p("Inledande stycke.")
            + p(runs=r("Ankarstycket.") + drawing_box(p("Faktaruta om elevhälsan.")))
            + p("Sista stycket."))
    result = clauses(build_docx(body))
    # The mc:Fallback repeats the box in VML: it is read once, after its anchor paragraph.
    assert [c.text for c in result] == ["Inledande stycke.", "Ankarstycket.",
                                        "Faktaruta om elevhälsan.", "Sista stycket."]
    assert result[2].location == Location("text_box", 1, 2)
    assert result[1].location == Location("paragraph", 2)
    assert result[3].location == Location("paragraph", 3)  # box paragraphs do not count


def test_a_vml_only_text_box_is_read_and_not_glued_to_its_anchor() -> None:
    body = p(runs=r("Ankaret.") + vml_box(p("Rutans text.") + p("Andra raden i rutan.")))
    result = clauses(build_docx(body))
    assert [c.text for c in result] == ["Ankaret.", "Rutans text.", "Andra raden i rutan."]
    assert {c.location for c in result[1:]} == {Location("text_box", 1, 1)}


def test_a_document_whose_text_is_only_in_text_boxes_imports() -> None:
    body = p(runs=drawing_box(p("Överenskommelse om samverkan", style="Rubrik1")
                              + p("Parterna ska samverka kring barnets behov.")))
    result = clauses(build_docx(body))
    assert [(c.kind, c.text) for c in result] == [
        ("heading", "Överenskommelse om samverkan"),
        ("paragraph", "Parterna ska samverka kring barnets behov.")]
    assert result[1].heading_path == ("Överenskommelse om samverkan",)


def test_boxes_sharing_an_anchor_are_read_top_to_bottom() -> None:
    body = p(runs=drawing_box(p("Nederst på sidan."), top_pt=700)
             + drawing_box(p("Överst på sidan."), top_pt=40)
             + vml_box(p("Mitt på sidan."), top_pt=400))
    assert texts(build_docx(body)) == ["Överst på sidan.", "Mitt på sidan.",
                                       "Nederst på sidan."]


def test_a_cover_pages_boxes_come_first_in_reading_order() -> None:
    cover = sdt(p(runs=drawing_box(p("Författare: Region Norr"), top_pt=560, share=True)
                  + drawing_box(p("Sammanfattning av överenskommelsen."), top_pt=20,
                                share=True)
                  + drawing_box(sdt(p("Överenskommelse om barns hälsa"), alias="Title"),
                                top_pt=300, share=True)),
                gallery="Cover Pages")
    body = p("Ett stycke före försättsbladet.") + cover + p("Inledning", style="Rubrik1")
    result = clauses(build_docx(body))
    assert [c.text for c in result] == [
        "Sammanfattning av överenskommelsen.", "Överenskommelse om barns hälsa",
        "Författare: Region Norr", "Ett stycke före försättsbladet.", "Inledning"]
    assert [c.location.number for c in result[:3] if c.location] == [1, 2, 3]
    assert all(c.location and c.location.kind == "text_box" for c in result[:3])


def test_a_text_box_in_a_table_cell_follows_the_cell() -> None:
    row = ("<w:tr><w:tc>" + p(runs=r("Skolan") + drawing_box(p("Rutan i cellen.")))
           + "</w:tc>" + cell("Elevhälsan") + "</w:tr>")
    result = clauses(build_docx(f"<w:tbl>{row}</w:tbl>"))
    assert [(c.kind, c.text) for c in result] == [
        ("table_cell", "Skolan"), ("paragraph", "Rutan i cellen."), ("table_cell", "Elevhälsan")]
    assert result[1].location is not None and result[1].location.kind == "text_box"


def test_a_box_inside_a_box_is_read_once_after_its_paragraph() -> None:
    inner = drawing_box(p("Inre ruta."))
    body = p(runs=drawing_box(p(runs=r("Yttre ruta.") + inner) + p("Yttre rutans slut.")))
    result = clauses(build_docx(body))
    assert [c.text for c in result] == ["Yttre ruta.", "Inre ruta.", "Yttre rutans slut."]
    assert [c.location.number for c in result if c.location] == [1, 2, 1]


# -- content controls ------------------------------------------------------------------------
def test_content_controls_at_block_row_cell_and_inline_level_are_read() -> None:
    rows = ("<w:tr>" + cell("Part") + cell("Ansvar") + "</w:tr>"
            + sdt("<w:tr>" + cell("Skolan") + cell("Elevhälsa") + "</w:tr>")
            + "<w:tr>" + sdt(cell("Regionen")) + "<w:tc>" + sdt(p("Vård")) + "</w:tc></w:tr>")
    body = (sdt(p("Blocknivå.")) + f"<w:tbl>{rows}</w:tbl>"
            + p(runs=r("Kontaktperson: ") + sdt(r("Anna Berg"))))
    result = clauses(build_docx(body))
    assert [c.text for c in result] == ["Blocknivå.", "Part", "Ansvar", "Skolan", "Elevhälsa",
                                        "Regionen", "Vård", "Kontaktperson: Anna Berg"]
    school = result[3]
    assert school.table is not None and (school.table.row, school.table.column) == (1, 0)
    care = result[6]
    assert care.table is not None and care.table.row_header == "Regionen"
    assert care.table.column_header == "Ansvar"


def test_content_controls_showing_their_prompt_are_not_text() -> None:
    body = (sdt(p("Klicka här för att ange text."), placeholder=True)
            + p(runs=r("Datum: ") + sdt(r("Välj ett datum."), placeholder=True))
            + "<w:tbl><w:tr>" + cell("Part") + sdt(cell("Ange part."), placeholder=True)
            + "</w:tr></w:tbl>")
    assert texts(build_docx(body)) == ["Datum:", "Part"]


# -- Strict OOXML ----------------------------------------------------------------------------
def test_strict_ooxml_reads_like_transitional() -> None:
    from tests.builders.docx_builder import abstract_num, notes_xml, num, numbering_xml
    from tests.builders.docx_parts import note_reference, to_strict

    body = (p("Ansvar", style="Rubrik1")
            + p("Skolan ansvarar.", num=(1, 0))
            + p(runs=r("Enligt skollagen.") + note_reference("footnote", 2))
            + "<w:tbl><w:tr>" + cell("Part") + cell("Uppgift") + "</w:tr></w:tbl>"
            + p(runs=drawing_box(p("Faktaruta."))))
    numbering = numbering_xml(abstract_num(0, [("decimal", "%1.", 1)]), num(1, 0))
    transitional = build_docx(body, numbering=numbering,
                              footnotes=notes_xml("footnote", {2: "SFS 2010:800"}))
    strict = to_strict(transitional)
    with zipfile.ZipFile(io.BytesIO(strict)) as package:
        assert b"purl.oclc.org/ooxml/wordprocessingml/main" in package.read("word/document.xml")
    expected = [(c.kind, c.level, c.number, c.text, c.location, c.footnotes)
                for c in clauses(transitional)]
    assert [(c.kind, c.level, c.number, c.text, c.location, c.footnotes)
            for c in clauses(strict)] == expected
    assert expected[1][2] == "1."
    assert expected[2][5][0].text == "SFS 2010:800"


# -- damaged side parts ----------------------------------------------------------------------
def test_damaged_styles_and_properties_are_skipped_with_a_warning_naming_the_loss() -> None:
    from app.core.errors import ReadWarning

    data = build_docx(p("Inledning", style="Rubrik1") + p("Parterna samverkar."),
                      styles="<w:styles><w:style", title="Avtal</dc:title><broken")
    document = import_bytes(data, PATH)
    assert [c.text for c in document.clauses] == ["Inledning", "Parterna samverkar."]
    assert {(w.kind, w.detail) for w in document.warnings} == {
        (ReadWarning.DAMAGED_STYLES, "word/styles.xml"),
        (ReadWarning.DAMAGED_METADATA, "docProps/core.xml")}
    assert any(w.message().startswith("formatmallarna är skadade") for w in document.warnings)


def test_damaged_notes_are_skipped_but_a_dtd_in_a_side_part_still_refuses() -> None:
    import pytest

    from app.core.errors import DocumentReadError, ReadProblem, ReadWarning

    body = p(runs=r("Text.") + '<w:r><w:footnoteReference w:id="1"/></w:r>')
    document = import_bytes(build_docx(body, footnotes="<w:footnotes><w:footnote"), PATH)
    assert [c.text for c in document.clauses] == ["Text."]
    assert [w.kind for w in document.warnings] == [ReadWarning.DAMAGED_NOTES]
    hostile = ('<?xml version="1.0"?><!DOCTYPE s [<!ENTITY e "x">]><w:styles xmlns:w="'
               'http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(build_docx(p("Text."), styles=hostile), PATH)
    assert raised.value.problem is ReadProblem.FORBIDDEN_XML
