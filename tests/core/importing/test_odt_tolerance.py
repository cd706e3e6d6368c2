"""ODT as other writers make it: odd ids, damaged side parts, templates, the right messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import DocumentReadError, ReadProblem, ReadWarning
from app.core.importing import import_bytes
from tests.builders.odt_builder import build_odt

PATH = Path("avtal.odt")
BODY = ('<text:h text:outline-level="1" xml:id="rubrik">Ansvar</text:h>'
        '<text:p xml:id="1">Skolan ansvarar<text:note text:note-class="footnote"><text:note-body>'
        "<text:p>Skollagen.</text:p></text:note-body></text:note> och regionen"
        '<text:note text:note-class="endnote"><text:note-body><text:p>HSL.</text:p>'
        '</text:note-body></text:note>.</text:p><text:p xml:id="rubrik">Andra stycket.</text:p>')


def test_duplicate_and_non_ncname_ids_do_not_break_the_body() -> None:
    document = import_bytes(build_odt(BODY), PATH)
    assert [c.text for c in document.clauses] == ["Ansvar", "Skolan ansvarar och regionen.",
                                                  "Andra stycket."]
    assert [(n.kind, n.text) for n in document.clauses[1].footnotes] == [
        ("footnote", "Skollagen."), ("endnote", "HSL.")]
    assert document.warnings == ()


def test_damaged_side_parts_are_skipped_with_the_loss_named() -> None:
    data = build_odt(BODY, title="Avtal", parts={
        "meta.xml": "<office:document-meta><dc:title>Av", "styles.xml": "<office:styles",
        "settings.xml": "<trasig", "META-INF/manifest.xml": "<manifest:manifest"})
    document = import_bytes(data, PATH)
    assert document.clauses[0].text == "Ansvar"
    assert document.title == "Ansvar"  # meta.xml lost: the title comes from the text
    assert [(w.kind, w.detail) for w in document.warnings] == [
        (ReadWarning.DAMAGED_STYLES, "styles.xml"), (ReadWarning.DAMAGED_METADATA, "meta.xml")]
    assert "titeln tas ur texten" in document.warnings[1].message()


def test_a_broken_body_is_still_refused() -> None:
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(build_odt("<text:p>öppen"), PATH)
    assert raised.value.problem is ReadProblem.BROKEN_XML


def test_templates_and_packages_with_a_damaged_mimetype_are_read() -> None:
    template = build_odt(BODY, mimetype="application/vnd.oasis.opendocument.text-template")
    assert import_bytes(template, Path("mall.ott")).clauses[0].text == "Ansvar"
    damaged = build_odt(BODY, mimetype="\x89PNG inte en medietyp")
    assert import_bytes(damaged, PATH).format == "odt"
    missing = build_odt(BODY, mimetype=None)
    assert import_bytes(missing, PATH).clauses[0].text == "Ansvar"


def test_messages_name_the_format_they_are_about() -> None:
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(build_odt(BODY, without=("content.xml",)), PATH)
    assert raised.value.problem is ReadProblem.MISSING_CONTENT
    message = raised.value.message()
    assert "OpenDocument" in message and "content.xml" in message and "Word" not in message
    sheet = build_odt(BODY, mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(sheet, Path("tabell.ods"))
    assert raised.value.problem is ReadProblem.UNKNOWN_FORMAT
    assert raised.value.detail == "OpenDocument .ods"


def test_office_open_xml_that_is_not_word_is_named() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(buffer.getvalue(), Path("budget.xlsx"))
    assert (raised.value.problem, raised.value.detail) == (ReadProblem.UNKNOWN_FORMAT, ".xlsx")


DRAW = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
SVG = 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'


def frame(content: str, y: str = "") -> str:
    position = f' svg:y="{y}"' if y else ""
    return (f'<draw:frame {DRAW} {SVG}{position}><draw:text-box>{content}</draw:text-box>'
            "</draw:frame>")


def test_text_boxes_and_shapes_are_clauses_of_their_own_in_reading_order() -> None:
    body = ("<text:p>Ankarstycket." + frame("<text:p>Nedre rutan.</text:p>", "12cm")
            + frame("<text:p>Övre rutan.</text:p><text:list><text:list-item><text:p>Punkt i "
                    "rutan.</text:p></text:list-item></text:list>", "2cm") + "</text:p>"
            + frame("<text:p>Sidankrad ruta.</text:p>")
            + f'<draw:custom-shape {DRAW}><text:p>Text i en figur.</text:p></draw:custom-shape>'
            + "<text:p>Sista stycket.</text:p>")
    result = import_bytes(build_odt(body), PATH).clauses
    assert [(c.text, c.location.encode() if c.location else "") for c in result] == [
        ("Ankarstycket.", "paragraph:1"), ("Övre rutan.", "text_box:1:1"),
        ("Punkt i rutan.", "text_box:1:1"), ("Nedre rutan.", "text_box:2:1"),
        ("Sidankrad ruta.", "text_box:3:1"), ("Text i en figur.", "text_box:4:1"),
        ("Sista stycket.", "paragraph:2")]
    assert result[2].kind == "list_item"


def test_lists_notes_and_tables_in_table_cells_are_read() -> None:
    cell = ("<table:table-cell><text:p>Skolan ansvarar för:</text:p><text:list><text:list-item>"
            "<text:p>elevhälsan<text:note text:note-class=\"footnote\"><text:note-citation>1"
            "</text:note-citation><text:note-body><text:p>Skollagen 2 kap.</text:p>"
            "</text:note-body></text:note></text:p></text:list-item><text:list-item><text:p>"
            "samordningen</text:p></text:list-item></text:list></table:table-cell>")
    nested = ("<table:table-cell><table:table><table:table-row><table:table-cell><text:p>Inre"
              "</text:p></table:table-cell></table:table-row></table:table></table:table-cell>")
    body = f"<table:table><table:table-row>{cell}{nested}</table:table-row></table:table>"
    result = import_bytes(build_odt(body), PATH).clauses
    assert [c.text for c in result] == ["Skolan ansvarar för: elevhälsan samordningen", "Inre"]
    assert [n.text for n in result[0].footnotes] == ["Skollagen 2 kap."]
    assert result[1].table is not None and result[1].table.table == 1
