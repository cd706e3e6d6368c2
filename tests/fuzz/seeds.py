"""Small, feature-rich documents of every format: the material the fuzzer mutates.

Each seed exercises the parts of its reader that odd values can reach: numbering with
several formats and overrides, styles with outline levels and indents, tables with spans
and merges, tracked changes, comments, footnotes, ODT list styles, repeated columns and
space counts, HTML lists with types and starts."""

from __future__ import annotations

import io
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

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
from tests.builders.odt_builder import NUMBERED_LIST_STYLE, build_odt

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_EXTRA_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Lista"><w:name w:val="List Number 2"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>'
    '</w:numPr><w:ind w:left="720"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>'
)


@cache
def docx_seeds() -> tuple[bytes, ...]:
    numbering = numbering_xml(
        abstract_num(0, [("decimal", "%1.", 1), ("lowerLetter", "%1.%2)", 1),
                         ("lowerRoman", "(%3)", 3), ("upperRoman", "%3.", 1),
                         ("upperLetter", "%5", 2), ("decimalZero", "%6", 1),
                         ("bullet", "•", 1), ("none", "", 1)])
        + abstract_num(1, [("upperLetter", "%1.", 1)])
        + '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="4"/>'
          '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>'
          '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
          '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>',
        num(1, 0) + num(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/>'
                              '</w:lvlOverride>')
        + num(3, 2, '<w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:start w:val="2"/>'
                    '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2:"/></w:lvl>'
                    '</w:lvlOverride>'),
    )
    changed = (r("Barn ska ")
               + '<w:ins w:id="1" w:author="Anna" w:date="2026-01-01T00:00:00Z">'
               + r("i tid ") + "</w:ins>"
               + '<w:del w:id="2" w:author="Bo"><w:r><w:delText>sent </w:delText></w:r></w:del>'
               + '<w:commentRangeStart w:id="0"/>' + r("få stöd.")
               + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
               + '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:tab/></w:r>')
    merged = ('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>' + p("Part")
              + '</w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + p("Ansvar")
              + '</w:tc></w:tr><w:tr><w:tc>' + p("Region") + "</w:tc><w:tc>" + p("Kommun")
              + '</w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr>' + p("") + "</w:tc></w:tr></w:tbl>")
    body = (
        p("Överenskommelse om samverkan", style="Rubrik")
        + p("1 Syfte", style="Rubrik1")
        + p("Parterna ska samverka kring barn och unga.")
        + p("Ansvar", ppr_extra='<w:outlineLvl w:val="1"/>')
        + p("Kommunen ansvarar för:")
        + p("att utreda behov", num=(1, 0)) + p("att följa upp", num=(1, 1))
        + p("djupare", num=(1, 2)) + p("ännu djupare", num=(1, 3))
        + p("femte", num=(1, 4)) + p("sjätte", num=(1, 5)) + p("punkt", num=(1, 6))
        + p("utan etikett", num=(1, 7))
        + p("omstart", num=(2, 0)) + p("laglig", num=(3, 0)) + p("laglig två", num=(3, 1))
        + p("Stilad lista", style="Lista")
        + p("", runs=changed)
        + p("• skriven punkt", ppr_extra='<w:ind w:left="1080"/>')
        + p("Fet rubrik", runs=r("Fet rubrik", bold=True, size=32))
        + '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="Bo"/></w:rPr></w:pPr>'
        + r("Början av ett stycke") + "</w:p>" + p("som fortsätter här.")
        + table([["Part", "Ansvar"], ["Region", "Hälso- och sjukvård"]])
        + merged
        + '<w:sdt><w:sdtContent>' + p("I en innehållskontroll.") + "</w:sdtContent></w:sdt>"
    )
    comments = notes_xml("comment", {0: "Stämmer detta?"}, author="Cilla")
    footnotes = notes_xml("footnote", {1: "Enligt lag."})
    rich = build_docx(body, styles=styles_xml(_EXTRA_STYLES), numbering=numbering,
                      comments=comments, footnotes=footnotes, title="Samverkan")
    plain = build_docx(p("Rubrik", style="Rubrik1") + p("Ett stycke text.")
                       + p("Punkt", num=(1, 0)), numbering=numbering)
    return (rich, plain)


_ODT_STYLES = NUMBERED_LIST_STYLE + (
    '<text:list-style style:name="Rom">'
    '<text:list-level-style-number text:level="1" style:num-format="i" '
    'style:num-prefix="(" style:num-suffix=")" text:start-value="3"/>'
    '<text:list-level-style-number text:level="2" style:num-format="A" '
    'text:display-levels="2"/></text:list-style>'
    '<style:style style:name="P1" style:family="paragraph">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
)


@cache
def odt_seeds() -> tuple[bytes, ...]:
    body = (
        '<text:h text:outline-level="1">1 Syfte</text:h>'
        "<text:p>Parterna ska<text:s text:c=\"3\"/>samverka<text:tab/>kring barn."
        '<text:note text:note-class="footnote"><text:note-body><text:p>Fotnot.</text:p>'
        "</text:note-body></text:note>"
        "<office:annotation><dc:creator>Anna</dc:creator><dc:date>2026-01-01</dc:date>"
        "<text:p>Kommentar</text:p></office:annotation></text:p>"
        '<text:p text:style-name="P1">Fet rubrik</text:p>'
        '<text:list text:style-name="Num"><text:list-item><text:p>att utreda</text:p>'
        '<text:list><text:list-item><text:p>djupare</text:p></text:list-item></text:list>'
        "</text:list-item><text:list-item><text:p>att följa upp</text:p></text:list-item>"
        "</text:list>"
        '<text:list text:style-name="Rom"><text:list-item><text:p>romersk</text:p>'
        '<text:list><text:list-item><text:p>bokstav</text:p></text:list-item></text:list>'
        "</text:list-item></text:list>"
        "<text:section><text:p>I en sektion.</text:p></text:section>"
        '<table:table><table:table-row><table:table-cell table:number-columns-repeated="2">'
        "<text:p>Part</text:p></table:table-cell><table:table-cell><text:p>Ansvar</text:p>"
        "</table:table-cell></table:table-row><table:table-row><table:table-cell>"
        "<text:p>Region</text:p></table:table-cell><table:table-cell><text:h>Vård</text:h>"
        "</table:table-cell></table:table-row></table:table>"
        "<text:tracked-changes><text:changed-region><text:deletion><text:p>bort</text:p>"
        "</text:deletion></text:changed-region></text:tracked-changes>"
    )
    rich = build_odt(body, automatic_styles=_ODT_STYLES, title="Samverkan")
    plain = build_odt("<text:h>Rubrik</text:h><text:p>Ett stycke.</text:p>")
    return (rich, plain)


@cache
def pdf_seeds() -> tuple[bytes, ...]:
    seeds = []
    for compressed in (0, 1):
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=A4, pageCompression=compressed)
        canvas.setTitle("Samverkan")
        for page in range(2):
            canvas.setFont("Helvetica-Bold", 16)
            canvas.drawString(72, 760, f"{page + 1} Syfte")
            canvas.setFont("Helvetica", 11)
            canvas.drawString(72, 730, "Parterna ska samverka kring barn och unga.")
            canvas.drawString(90, 712, "• att utreda behov")
            canvas.drawString(90, 698, "1) att följa upp")
            canvas.drawString(300, 40, f"Sida {page + 1}")
            canvas.showPage()
        canvas.save()
        seeds.append(buffer.getvalue())
    return tuple(seeds)


TEXT_SEED = """Överenskommelse om samverkan

1 Syfte

Parterna ska samverka kring barn och unga som behöver stöd från flera huvud-
män samtidigt.

2.1 Ansvar

Kommunen ansvarar för:
- att utreda behov
  - att följa upp
1) första punkten
a) en bokstav
iv) romersk

Part      Ansvar
Region    Hälso- och sjukvård
"""

MARKDOWN_SEED = """# Överenskommelse

## 1 Syfte

Parterna ska **samverka** kring _barn_ och [unga](http://example.invalid).

- att utreda
  - att följa upp
1. första
2) andra

> Citat som fortsätter
> på nästa rad.

| Part | Ansvar |
|------|--------|
| Region | *Vård* |

```
kod
```
"""

HTML_SEED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Samverkan</title>
<style>p{}</style><script>var x;</script></head><body>
<h1>Överenskommelse</h1><h2>1 Syfte</h2><p>Parterna ska <b>samverka</b>.<br>Ny rad.</p>
<ol type="i" start="3"><li>romersk<ol type="a"><li>bokstav</li></ol></li><li>nästa</li></ol>
<ul><li>punkt</li></ul>
<table><tr><th>Part</th><th>Ansvar</th></tr><tr><td>Region</td><td>Vård</td></tr></table>
<div>Lös text <span>i div</span><p>och ett stycke</p></div>
</body></html>
"""
