"""Bounds by design: odd numbers never stop an import, label numbers are clamped far below
anything that can blow up, counts expand to bounded text. Each case here is a class the
fuzzer or the reliability campaign found (damaged zips: test_zip_damage.py).

Cases that used to hang or flood memory run through the import child process with a tight
limit, so a regression fails the test instead of hanging the suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.documents.model import Document
from app.core.importing import isolation
from tests.builders.docx_builder import (
    build_docx,
    num,
    numbering_xml,
    p,
    styles_xml,
)
from tests.builders.odt_builder import build_odt

GUARD = isolation.Limits(seconds=20.0, memory=768 * 2**20)
ODD = ("x", "nan", "NaN", "inf", "-inf", "1e999", "-1e999", "lowerRoman", "", "1.5", "-7",
       "99999999999999999999999")


def guarded(data: bytes, name: str) -> Document:
    """Import in the child with a tight time and memory limit; the Document or a failure."""
    outcome = isolation.run(data, Path(name), limits=GUARD)
    assert outcome.kind == "document", (outcome.kind, outcome.error, outcome.detail[-800:])
    assert outcome.document is not None
    return outcome.document


def _numbered(fmt: str, start: str, items: int = 3, text: str = "%1.") -> bytes:
    levels = (f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
              f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>')
    return build_docx("".join(p(f"punkt {i}", num=(1, 0)) for i in range(items)),
                      numbering=numbering_xml(levels, num(1, 0)))


@pytest.mark.parametrize("value", ODD)
def test_odd_numbers_in_docx_numbering_levels_outline_spans_and_indents(value: str) -> None:
    numbering = numbering_xml(
        f'<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="{value}"><w:start w:val="{value}"/>'
        f'<w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl>'
        f'<w:lvl w:ilvl="0"><w:start w:val="{value}"/><w:numFmt w:val="upperLetter"/>'
        f'<w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>',
        num(1, 0, f'<w:lvlOverride w:ilvl="{value}"><w:startOverride w:val="{value}"/>'
                  "</w:lvlOverride>"))
    styles = styles_xml(f'<w:style w:type="paragraph" w:styleId="Odd"><w:name w:val="Odd"/>'
                        f'<w:pPr><w:outlineLvl w:val="{value}"/><w:numPr><w:ilvl w:val='
                        f'"{value}"/><w:numId w:val="1"/></w:numPr><w:ind w:left="{value}"/>'
                        f'</w:pPr><w:rPr><w:sz w:val="{value}"/></w:rPr></w:style>')
    body = (p("Stil", style="Odd") + p("Punkt", num=(1, 0))
            + p("Nivå", ppr_extra=f'<w:outlineLvl w:val="{value}"/>')
            + p("• Indrag", ppr_extra=f'<w:ind w:left="{value}"/>')
            + p("", runs=f'<w:r><w:rPr><w:sz w:val="{value}"/></w:rPr><w:t>Storlek</w:t></w:r>')
            + f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{value}"/><w:numId w:val="1"/></w:numPr>'
              f"</w:pPr><w:r><w:t>Nivåpunkt</w:t></w:r></w:p>"
            + f'<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="{value}"/></w:tcPr>{p("A")}'
              f"</w:tc><w:tc>{p('B')}</w:tc></w:tr></w:tbl>")
    document = guarded(build_docx(body, styles=styles, numbering=numbering), "udda.docx")
    texts = [c.text for c in document.clauses]
    assert texts[:6] == ["Stil", "Punkt", "Nivå", "Indrag", "Storlek", "Nivåpunkt"]
    assert all(0 <= c.level <= 9 for c in document.clauses)
    assert all(c.table is None or c.table.column < 100 for c in document.clauses)


@pytest.mark.parametrize("value", ODD)
def test_odd_numbers_in_odt_list_styles_spaces_outline_and_column_repeats(value: str) -> None:
    styles = ('<text:list-style style:name="Num">'
              f'<text:list-level-style-number text:level="{value}" style:num-format="i" '
              f'text:display-levels="{value}" text:start-value="{value}"/>'
              '<text:list-level-style-number text:level="1" style:num-format="1" '
              f'text:display-levels="{value}" text:start-value="{value}"/></text:list-style>')
    body = (f'<text:h text:outline-level="{value}">Rubrik</text:h>'
            f'<text:p>Barn<text:s text:c="{value}"/>och unga</text:p>'
            '<text:list text:style-name="Num"><text:list-item><text:p>punkt</text:p>'
            "</text:list-item></text:list>"
            "<table:table><table:table-row>"
            f'<table:table-cell table:number-columns-repeated="{value}"><text:p>A</text:p>'
            "</table:table-cell><table:table-cell><text:p>B</text:p></table:table-cell>"
            "</table:table-row></table:table>")
    document = guarded(build_odt(body, automatic_styles=styles), "udda.odt")
    texts = [c.text for c in document.clauses]
    assert texts[:3] == ["Rubrik", "Barn och unga", "punkt"]
    assert all(0 <= c.level <= 9 for c in document.clauses)
    assert all(c.table is None or 0 <= c.table.column < 100 for c in document.clauses)


def test_odt_lists_nested_deeper_than_ten_levels() -> None:
    body = "<text:p>Inledning</text:p>"
    inner = '<text:list text:style-name="Num"><text:list-item><text:p>djupast</text:p>' \
            "</text:list-item></text:list>"
    for _ in range(14):
        inner = f'<text:list text:style-name="Num"><text:list-item>{inner}</text:list-item>' \
                "</text:list>"
    document = guarded(build_odt(body + inner), "djup.odt")
    assert document.clauses[-1].text == "djupast"
    assert document.clauses[-1].level <= 9


@pytest.mark.parametrize(("fmt", "start"), [
    ("lowerRoman", "1000000000000"), ("upperRoman", "999999999999999"),
    ("lowerLetter", "2000000000"), ("upperLetter", "2147483647"), ("decimal", "1e300"),
])
def test_huge_list_starts_give_short_labels_at_once(fmt: str, start: str) -> None:
    document = guarded(_numbered(fmt, start, items=50), "stor.docx")
    labels = [c.number for c in document.clauses]
    assert all(label is not None and len(label) <= 12 for label in labels), labels[:3]


def test_html_roman_list_starting_at_a_trillion() -> None:
    html = ('<html><body><ol type="i" start="1000000000000">'
            + "<li>punkt</li>" * 20 + '</ol><ol type="a" start="2000000000"><li>b</li></ol>'
            "</body></html>").encode()
    document = guarded(html, "stor.html")
    assert all(len(c.number or "") <= 12 for c in document.clauses)


def test_odt_space_count_of_four_hundred_million() -> None:
    body = '<text:p>Barn<text:s text:c="400000000"/>och unga</text:p>'
    document = guarded(build_odt(body), "mellanslag.odt")
    assert document.clauses[0].text == "Barn och unga"
