"""ODT and HTML import: headings, lists with labels, tables, notes, comments, changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import DocumentReadError, ReadProblem
from app.core.importing import import_bytes
from tests.builders.odt_builder import build_odt

ODT_BODY = (
    '<text:h text:outline-level="1">Inledning</text:h>'
    "<text:p>Barn<text:s/>och unga<text:tab/>ska<text:line-break/>få stöd"
    '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
    "<text:note-body><text:p>Enligt skollagen.</text:p></text:note-body></text:note>.</text:p>"
    '<text:h text:outline-level="2">Ansvar</text:h>'
    "<text:p>Regionen ansvarar för:</text:p>"
    '<text:list text:style-name="Num"><text:list-item><text:p>att utreda</text:p>'
    '<text:list><text:list-item><text:p>att dokumentera</text:p></text:list-item>'
    "<text:list-item><text:p>att följa upp</text:p></text:list-item></text:list>"
    "</text:list-item><text:list-item><text:p>att samordna</text:p></text:list-item>"
    "</text:list>"
    '<text:p><text:span text:style-name="Fet">Gemensamma mål</text:span></text:p>'
    "<text:p>Skolan ska<office:annotation><dc:creator>Lena</dc:creator>"
    "<dc:date>2026-10-01</dc:date><text:p>Stämmer detta?</text:p></office:annotation>"
    " samverka.</text:p>"
    "<table:table><table:table-row><table:table-cell><text:p>Part</text:p></table:table-cell>"
    "<table:table-cell><text:p>Ansvar</text:p></table:table-cell></table:table-row>"
    "<table:table-row><table:table-cell><text:p>BUP</text:p></table:table-cell>"
    "<table:table-cell><text:p>Vård</text:p></table:table-cell></table:table-row></table:table>"
)


def odt_clauses() -> list:
    return list(import_bytes(build_odt(ODT_BODY, title="ÖK Sjöbo"), Path("a.odt")).clauses)


def test_odt_headings_paragraph_spaces_and_footnotes() -> None:
    got = odt_clauses()
    assert (got[0].kind, got[0].level, got[0].text) == ("heading", 1, "Inledning")
    assert got[1].text == "Barn och unga ska få stöd."
    assert [n.text for n in got[1].footnotes] == ["Enligt skollagen."]
    assert (got[2].kind, got[2].level) == ("heading", 2)


def test_odt_numbered_nested_lists_get_labels_levels_and_context() -> None:
    items = [c for c in odt_clauses() if c.kind == "list_item"]
    assert [(c.level, c.number, c.text) for c in items] == [
        (1, "1.", "att utreda"), (2, "a)", "att dokumentera"), (2, "b)", "att följa upp"),
        (1, "2.", "att samordna")]
    assert items[0].context == "Regionen ansvarar för:"


def test_odt_bold_span_heading_comments_and_tables() -> None:
    got = odt_clauses()
    heading = next(c for c in got if c.text == "Gemensamma mål")
    assert heading.kind == "heading"
    commented = next(c for c in got if c.text.startswith("Skolan"))
    assert commented.text == "Skolan ska samverka."
    assert [(n.text, n.author) for n in commented.comments] == [("Stämmer detta?", "Lena")]
    cells = [c for c in got if c.kind == "table_cell"]
    assert [c.text for c in cells] == ["Part", "Ansvar", "BUP", "Vård"]
    assert cells[3].table is not None and cells[3].table.column_header == "Ansvar"


def test_odt_title_and_tracked_deletions_are_not_text() -> None:
    body = ('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>'
            "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
            "<text:p>Borttagen text</text:p></text:deletion></text:changed-region>"
            '</text:tracked-changes><text:p>Kvar<text:change text:change-id="c1"/>.</text:p>')
    document = import_bytes(build_odt(body, title="ÖK Sjöbo"), Path("a.odt"))
    assert [c.text for c in document.clauses] == ["Kvar."]
    assert document.title == "ÖK Sjöbo"


SAVED_FROM_WORD_STYLES = (
    '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>'
    '<style:style style:name="Stor" style:family="text">'
    '<style:text-properties fo:font-weight="bold" fo:font-size="16pt"/></style:style>'
    '<style:style style:name="Mellan" style:family="text">'
    '<style:text-properties fo:font-weight="bold" fo:font-size="13pt"/></style:style>')


def test_odt_saved_from_word_keeps_title_typed_bullets_and_heading_sizes() -> None:
    # As LibreOffice saves a Word file: the Title style under an automatic style, bullets
    # typed by hand, headings in bold direct formatting whose sizes give their levels.
    body = ('<text:p text:style-name="P1">Överenskommelse för Sjöbo län</text:p>'
            '<text:p><text:span text:style-name="Stor">Ansvar</text:span></text:p>'
            '<text:p><text:span text:style-name="Mellan">Socialtjänsten</text:span></text:p>'
            "<text:p>Socialtjänsten ska:</text:p>"
            "<text:p>–<text:tab/>utreda barnets behov</text:p>"
            "<text:p>• följa upp insatsen</text:p>"
            '<text:p><text:span text:style-name="Mellan">Skolan</text:span></text:p>')
    document = import_bytes(build_odt(body, automatic_styles=SAVED_FROM_WORD_STYLES),
                            Path("a.odt"))
    assert document.title == "Överenskommelse för Sjöbo län"
    assert [(c.kind, c.level, c.text) for c in document.clauses] == [
        ("heading", 1, "Överenskommelse för Sjöbo län"),
        ("heading", 1, "Ansvar"),
        ("heading", 2, "Socialtjänsten"),
        ("paragraph", 0, "Socialtjänsten ska:"),
        ("list_item", 1, "utreda barnets behov"),
        ("list_item", 1, "följa upp insatsen"),
        ("heading", 2, "Skolan")]


OUTLINE_STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-styles '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><office:styles>'
    '<text:outline-style style:name="Outline">'
    '<text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/>'
    '<text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/>'
    '<text:outline-level-style text:level="3" style:num-format=""/>'
    '</text:outline-style></office:styles></office:document-styles>')


def test_odt_headings_take_their_numbers_from_the_outline_numbering() -> None:
    body = ('<text:h text:outline-level="1">Inledning</text:h>'
            '<text:h text:outline-level="2">Bakgrund</text:h>'
            '<text:h text:outline-level="2">Syfte</text:h>'
            '<text:h text:outline-level="3">Utan nummer</text:h>'
            '<text:h text:outline-level="1" text:is-list-header="true">Bilaga</text:h>'
            '<text:h text:outline-level="1">Ansvar</text:h>'
            '<text:h text:outline-level="2">Kommunen</text:h>')
    document = import_bytes(build_odt(body, parts={"styles.xml": OUTLINE_STYLES}),
                            Path("a.odt"))
    assert [(c.level, c.number, c.text) for c in document.clauses] == [
        (1, "1.", "Inledning"), (2, "1.1", "Bakgrund"), (2, "1.2", "Syfte"),
        (3, None, "Utan nummer"), (1, None, "Bilaga"), (1, "2.", "Ansvar"),
        (2, "2.1", "Kommunen")]
    # Without a chapter numbering (or with LibreOffice's default, no format) none is made.
    plain = import_bytes(build_odt('<text:h text:outline-level="1">Inledning</text:h>'),
                         Path("b.odt"))
    assert plain.clauses[0].number is None


def test_encrypted_odt_is_refused() -> None:
    with pytest.raises(DocumentReadError) as error:
        import_bytes(build_odt("<text:p>Hemligt</text:p>", encrypted=True), Path("s.odt"))
    assert error.value.problem is ReadProblem.ENCRYPTED


HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>ÖK Västerå</title>
<script>alert('x')</script><style>p {color: red}</style></head><body>
<h1>Överenskommelse</h1><p>Barn och <b>unga</b><br>ska få stöd.</p>
<h2>Ansvar</h2><p>Regionen ska:</p>
<ul><li>erbjuda vård<ul><li>inom BUP</li></ul></li><li>följa upp</li></ul>
<ol type="a"><li>första</li><li>andra</li></ol>
<table><tr><th>Part</th><th>Ansvar</th></tr><tr><td>Skolan</td><td>Elevhälsa</td></tr></table>
</body></html>"""


def test_html_headings_lists_tables_and_no_script_text() -> None:
    document = import_bytes(HTML.encode(), Path("a.html"))
    got = [(c.kind, c.level, c.number, c.text) for c in document.clauses]
    assert document.title == "ÖK Västerå"
    assert document.format == "html"
    assert got[:3] == [("heading", 1, None, "Överenskommelse"),
                       ("paragraph", 0, None, "Barn och unga ska få stöd."),
                       ("heading", 2, None, "Ansvar")]
    items = [g for g in got if g[0] == "list_item"]
    assert items == [("list_item", 1, None, "erbjuda vård"), ("list_item", 2, None, "inom BUP"),
                     ("list_item", 1, None, "följa upp"), ("list_item", 1, "a)", "första"),
                     ("list_item", 1, "b)", "andra")]
    assert document.clauses[4].context == "Regionen ska:"
    assert not any("alert" in c.text or "color" in c.text for c in document.clauses)
    assert [c.text for c in document.clauses if c.kind == "table_cell"] == [
        "Part", "Ansvar", "Skolan", "Elevhälsa"]
