"""DOCX import: headings, numbering, lists, tables, notes, tracked changes, comments."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from app.core.documents.model import Clause
from app.core.importing import import_bytes
from tests.builders.docx_builder import (
    abstract_num,
    build_docx,
    notes_xml,
    num,
    numbering_xml,
    p,
    r,
    styles_xml,
    table,
)

PATH = Path("avtal.docx")


def clauses(data: bytes) -> list[Clause]:
    return list(import_bytes(data, PATH).clauses)


def summary(data: bytes) -> list[tuple[str, int, str | None, str]]:
    return [(c.kind, c.level, c.number, c.text) for c in clauses(data)]


def test_heading_styles_with_swedish_ids_give_levels_and_paths() -> None:
    body = p("Inledning", style="Rubrik1") + p("Syfte", style="Rubrik2") + p("Texten.")
    result = clauses(build_docx(body))
    assert [(c.kind, c.level) for c in result] == [("heading", 1), ("heading", 2),
                                                   ("paragraph", 0)]
    assert result[2].heading_path == ("Inledning", "Syfte")


def test_outline_level_on_paragraph_makes_heading() -> None:
    body = p("Ansvar", ppr_extra='<w:outlineLvl w:val="1"/>') + p("Brödtext här.")
    assert summary(build_docx(body))[0] == ("heading", 2, None, "Ansvar")


def test_bold_short_paragraph_without_style_is_heading_and_size_ranks_levels() -> None:
    body = (p(runs=r("Samverkan kring barn", bold=True, size=32))
            + p(runs=r("Gemensamma mål", bold=True, size=26))
            + p("Parterna ska arbeta tillsammans.")
            + p(runs=r("Socialtjänsten ansvarar för:", bold=True)))
    got = summary(build_docx(body))
    assert got[0] == ("heading", 1, None, "Samverkan kring barn")
    assert got[1] == ("heading", 2, None, "Gemensamma mål")
    # A bold lead-in ending in ':' is not a heading.
    assert got[3][0] == "paragraph"


def test_bold_long_sentence_is_not_a_heading() -> None:
    text = "Detta är en lång mening i fetstil som fortsätter långt efter det att en rubrik slutar"
    body = p(runs=r(text, bold=True))
    assert summary(build_docx(body))[0][0] == "paragraph"


def _multilevel() -> str:
    return numbering_xml(
        abstract_num(1, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1),
                         ("lowerLetter", "%3)", 1)])
        + abstract_num(2, [("bullet", "•", 1), ("bullet", "o", 1)]),
        num(1, 1) + num(2, 2) + num(3, 1, '<w:lvlOverride w:ilvl="0">'
                                          '<w:startOverride w:val="1"/></w:lvlOverride>'),
    )


def test_automatic_numbering_labels_follow_numbering_xml() -> None:
    body = (p("Ett", num=(1, 0)) + p("Ett ett", num=(1, 1)) + p("Ett två", num=(1, 1))
            + p("Punkt a", num=(1, 2)) + p("Punkt b", num=(1, 2))
            + p("Två", num=(1, 0)) + p("Två ett", num=(1, 1)))
    got = [(c.number, c.level) for c in clauses(build_docx(body, numbering=_multilevel()))]
    assert got == [("1.", 1), ("1.1", 2), ("1.2", 2), ("a)", 3), ("b)", 3), ("2.", 1),
                   ("2.1", 2)]


def test_numbering_restarts_with_start_override_and_numid_zero_removes_it() -> None:
    body = (p("A", num=(1, 0)) + p("B", num=(1, 0)) + p("Ny lista", num=(3, 0))
            + p("Ingen", num=(0, 0)))
    got = summary(build_docx(body, numbering=_multilevel()))
    assert [g[2] for g in got] == ["1.", "2.", "1.", None]
    assert got[3][0] == "paragraph"


def test_a_restarted_list_goes_on_in_a_plain_num_of_the_same_definition() -> None:
    # LibreOffice saves a list that starts over as a num with a start override for its first
    # item and the abstract's plain num for the items after it.
    body = (p("A", num=(1, 0)) + p("B", num=(1, 0)) + p("Text") + p("Ny lista", num=(3, 0))
            + p("Andra", num=(1, 0)) + p("Under", num=(1, 1)))
    got = summary(build_docx(body, numbering=_multilevel()))
    assert [g[2] for g in got] == ["1.", "2.", None, "1.", "2.", "2.1"]


def test_bullets_are_list_items_without_number_and_with_levels() -> None:
    body = p("Regionen ansvarar för:") + p("att erbjuda vård", num=(2, 0)) + p(
        "att följa upp", num=(2, 1))
    got = clauses(build_docx(body, numbering=_multilevel()))
    assert [(c.kind, c.level, c.number) for c in got[1:]] == [("list_item", 1, None),
                                                              ("list_item", 2, None)]
    assert got[1].context == "Regionen ansvarar för:"
    assert got[1].context_id == got[0].id


def test_numbered_heading_style_gets_its_number() -> None:
    extra = ('<w:style w:type="paragraph" w:styleId="NumRubrik"><w:name w:val="heading 1"/>'
             '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>')
    body = p("Bakgrund", style="NumRubrik") + p("Text.") + p("Syfte", style="NumRubrik")
    got = clauses(build_docx(body, styles=styles_xml(extra), numbering=_multilevel()))
    assert [(c.kind, c.number, c.text) for c in got if c.kind == "heading"] == [
        ("heading", "1.", "Bakgrund"), ("heading", "2.", "Syfte")]
    assert got[1].heading_path == ("1. Bakgrund",)


def test_hand_typed_bullets_become_list_items() -> None:
    body = (p("Skolan ansvarar för:") + p("•\tatt erbjuda elevhälsa")
            + p("- att samverka med socialtjänsten")
            + p("–\tatt dokumentera", ppr_extra='<w:ind w:left="1080"/>'))
    got = clauses(build_docx(body))
    assert [(c.kind, c.text) for c in got[1:]] == [
        ("list_item", "att erbjuda elevhälsa"),
        ("list_item", "att samverka med socialtjänsten"),
        ("list_item", "att dokumentera")]
    assert got[3].level == 3
    assert all(c.context == "Skolan ansvarar för:" for c in got[1:])


def test_runs_split_mid_word_do_not_split_words_and_breaks_become_spaces() -> None:
    runs = (r("Social") + r("tjänsten") + r(" ansvar") + "<w:r><w:br/></w:r>" + r("för")
            + "<w:r><w:tab/></w:r>" + r("barn") + "<w:r><w:noBreakHyphen/></w:r>" + r("och"))
    assert clauses(build_docx(p(runs=runs)))[0].text == "Socialtjänsten ansvar för barn-och"


def test_control_characters_are_dropped() -> None:
    runs = r("Barn\u0001 och unga\u0008")
    assert clauses(build_docx(p(runs=runs)))[0].text == "Barn och unga"


def test_table_gives_one_clause_per_non_empty_cell_with_context() -> None:
    body = table([["Verksamhet", "Ansvar"], ["Skolan", "Elevhälsa"], ["BUP", ""]])
    cells = clauses(build_docx(body))
    assert [c.text for c in cells] == ["Verksamhet", "Ansvar", "Skolan", "Elevhälsa", "BUP"]
    assert all(c.kind == "table_cell" for c in cells)
    elevhalsa = cells[3]
    assert elevhalsa.table is not None
    assert (elevhalsa.table.row, elevhalsa.table.column) == (1, 1)
    assert elevhalsa.table.row_header == "Skolan"
    assert elevhalsa.table.column_header == "Ansvar"


def test_merged_cells_are_not_repeated() -> None:
    body = ("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + p("Rubrikrad")
            + "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>"
            + p("Skola") + "</w:tc><w:tc>" + p("A") + "</w:tc></w:tr><w:tr><w:tc><w:tcPr>"
            "<w:vMerge/></w:tcPr>" + p("") + "</w:tc><w:tc>" + p("B") + "</w:tc></w:tr></w:tbl>")
    cells = clauses(build_docx(body))
    assert [c.text for c in cells] == ["Rubrikrad", "Skola", "A", "B"]
    assert cells[3].table is not None and cells[3].table.column == 1


def test_footnotes_attach_to_their_paragraph() -> None:
    runs = r("Enligt lagen") + '<w:r><w:footnoteReference w:id="2"/></w:r>' + r(" gäller det.")
    data = build_docx(p(runs=runs), footnotes=notes_xml("footnote", {2: "Skollagen 2 kap."}))
    clause = clauses(data)[0]
    assert clause.text == "Enligt lagen gäller det."
    assert [n.text for n in clause.footnotes] == ["Skollagen 2 kap."]


def test_tracked_changes_read_as_accepted_and_kept_as_data() -> None:
    runs = (r("Regionen ")
            + '<w:del w:id="1" w:author="Anna" w:date="2026-09-01T00:00:00Z"><w:r>'
              '<w:delText>bör</w:delText></w:r></w:del>'
            + '<w:ins w:id="2" w:author="Anna" w:date="2026-09-01T00:00:00Z">'
            + r("ska") + "</w:ins>" + r(" erbjuda stöd."))
    result = import_bytes(build_docx(p(runs=runs)), PATH)
    clause = result.clauses[0]
    assert clause.text == "Regionen ska erbjuda stöd."
    kinds = {(rev.kind, rev.text, rev.author) for rev in clause.revisions}
    assert kinds == {("deletion", "bör", "Anna"), ("insertion", "ska", "Anna")}
    insertion = next(rev for rev in clause.revisions if rev.kind == "insertion")
    assert clause.text[insertion.span.start:insertion.span.end] == "ska"
    assert result.warnings


def test_deleted_paragraph_mark_merges_with_next_and_deleted_paragraph_vanishes() -> None:
    deleted_mark = '<w:rPr><w:del w:id="5" w:author="B" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
    body = (p("Barn och unga", ppr_extra=deleted_mark) + p(runs=r(" ska få stöd."))
            + p(runs='<w:del w:id="6" w:author="B"><w:r><w:delText>Bort</w:delText></w:r>'
                '</w:del>', ppr_extra=deleted_mark) + p("Kvar."))
    assert [c.text for c in clauses(build_docx(body))] == ["Barn och unga ska få stöd.",
                                                            "Kvar."]


def test_comments_are_attached_with_their_span() -> None:
    runs = (r("Elevhälsan ska ") + '<w:commentRangeStart w:id="0"/>' + r("samverka")
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
            + r(" med BUP."))
    data = build_docx(p(runs=runs), comments=notes_xml("comment", {0: "Vem leder?"}, "Lena"))
    clause = clauses(data)[0]
    assert len(clause.comments) == 1
    note = clause.comments[0]
    assert (note.text, note.author) == ("Vem leder?", "Lena")
    assert note.span is not None
    assert clause.text[note.span.start:note.span.end] == "samverka"


def test_title_comes_from_core_properties_then_title_style() -> None:
    body = p("Överenskommelse om barn", style="Rubrik") + p("Text.")
    assert import_bytes(build_docx(body, title="Avtal Norrvik"), PATH).title == "Avtal Norrvik"
    assert import_bytes(build_docx(body), PATH).title == "Överenskommelse om barn"


def test_content_controls_are_read() -> None:
    body = f"<w:sdt><w:sdtContent>{p('Inuti kontroll.')}</w:sdtContent></w:sdt>"
    assert [c.text for c in clauses(build_docx(body))] == ["Inuti kontroll."]


def test_document_made_with_python_docx_imports(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Ansvarsfördelning", 1)
    document.add_paragraph("Hälso- och sjukvården ansvarar för:")
    document.add_paragraph("att erbjuda hälsoundersökning", style="List Bullet")
    document.add_paragraph("Första steget", style="List Number")
    document.add_paragraph("Andra steget", style="List Number")
    grid = document.add_table(rows=1, cols=2)
    grid.cell(0, 0).text = "BUP"
    grid.cell(0, 1).text = "Specialistvård"
    target = tmp_path / "pd.docx"
    document.save(str(target))
    got = [(c.kind, c.level, c.number, c.text) for c in clauses(target.read_bytes())]
    assert got == [
        ("heading", 1, None, "Ansvarsfördelning"),
        ("paragraph", 0, None, "Hälso- och sjukvården ansvarar för:"),
        ("list_item", 1, None, "att erbjuda hälsoundersökning"),
        ("list_item", 1, "1.", "Första steget"),
        ("list_item", 1, "2.", "Andra steget"),
        ("table_cell", 0, None, "BUP"),
        ("table_cell", 0, None, "Specialistvård"),
    ]


def test_clause_ids_are_stable_across_reimport_and_unique() -> None:
    body = p("Samma text.") + p("Samma text.") + p("Annan text.")
    first, second = clauses(build_docx(body)), clauses(build_docx(body))
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == 3


@pytest.mark.parametrize("typed", ["1. Inledning", "2.1 Syfte och mål"])
def test_typed_number_on_heading_is_split_off(typed: str) -> None:
    got = clauses(build_docx(p(typed, style="Rubrik1")))[0]
    assert got.number == typed.split(" ")[0]
    assert got.text == typed.split(" ", 1)[1]


def test_control_character_references_are_dropped() -> None:
    runs = '<w:r><w:t>Barn&#x1; och&#11; unga&#x1F;</w:t></w:r>'
    assert clauses(build_docx(p(runs=runs)))[0].text == "Barn och unga"


def test_whitespace_between_elements_is_not_text_in_either_path() -> None:
    # Pretty-printed XML puts newlines between runs; only w:t holds document text.
    pretty = "\n    ".join((r("Social"), r("tjänsten"), r(" ska")))
    plain = clauses(build_docx(p(runs=pretty)))[0].text
    walked = clauses(build_docx(p(runs=pretty + "<w:r><w:tab/></w:r>" + r("stödja"))))[0].text
    assert plain == "Socialtjänsten ska"
    assert walked == "Socialtjänsten ska stödja"


def test_properties_out_of_schema_order_are_still_read() -> None:
    # w:pPr and w:rPr come first by the schema; the reader looks there first but must not
    # depend on it.
    late_ppr = f'<w:p><w:bookmarkStart w:id="0" w:name="a"/>{r("Syfte")}' \
               '<w:pPr><w:pStyle w:val="Rubrik2"/></w:pPr></w:p>'
    late_rpr = '<w:p><w:r><w:t>Fet rubrik</w:t><w:rPr><w:b/></w:rPr></w:r></w:p>'
    assert summary(build_docx(late_ppr + late_rpr + p("Text."))) == [
        ("heading", 2, None, "Syfte"), ("heading", 2, None, "Fet rubrik"),
        ("paragraph", 0, None, "Text.")]


def test_odd_numbers_in_styles_and_paragraphs_do_not_stop_the_import() -> None:
    odd = ('<w:style w:type="paragraph" w:styleId="Konstig"><w:name w:val="Konstig"/>'
           '<w:pPr><w:outlineLvl w:val="x"/><w:numPr><w:ilvl w:val="?"/></w:numPr>'
           '<w:ind w:left="1.5e2"/></w:pPr><w:rPr><w:sz w:val="stor"/></w:rPr></w:style>')
    body = (p("Rubrik med konstig stil", style="Konstig")
            + '<w:p><w:pPr><w:outlineLvl w:val="-"/><w:ind w:left="abc"/></w:pPr>'
              "<w:r><w:t>Stycke med konstiga värden.</w:t></w:r></w:p>")
    texts = [c.text for c in clauses(build_docx(body, styles=styles_xml(odd)))]
    assert texts == ["Rubrik med konstig stil", "Stycke med konstiga värden."]
