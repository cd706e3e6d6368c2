"""The bundled Word template of the draft export, written from scratch so it holds nothing
but what the export uses: A4, Swedish proofing, Heading 1-3 linked to one multilevel list,
bullet and numbered list styles, title page, TOC and appendix styles, a page-number footer.

`scripts/build-draft-template` writes resources/draft/template_sv.docx; the bytes are the
same on every run (fixed zip times and order), and a test checks the committed file."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from app.core.export.ooxml import NAMESPACES as NS
from app.core.export.ooxml import R_NAMESPACE as R
from app.core.export.ooxml import XML_DECLARATION as HEAD

FONT = "Calibri"
HEADING_FONT = "Calibri Light"
TEXT_WIDTH = 9072  # twips between the A4 margins (2.5 cm each side)
HEADINGS_NUM, BULLETS_NUM, NUMBERED_NUM = 1, 2, 3  # the template's w:num ids
NUMBERED_ABSTRACT = 2  # the export adds one w:num per numbered list so each starts over
BULLETS = ("•", "–", "▪")
# Paragraph styles of what the export adds around the draft's own clauses (title page,
# contents, appendix): a Word copy coming back leaves them out. Compared case-insensitively,
# since LibreOffice writes "TOC 1" where Word writes "toc 1".
GENERATED_STYLES = frozenset(s.casefold() for s in (
    "Title", "Subtitle", "Klausul Titelsida", "TOC Heading", "toc 1", "toc 2", "toc 3",
    "Klausul Bilagerubrik", "Klausul Tabelltext"))
# The custom document property naming the author of the export's own tracked changes, so a
# Word copy coming back tells them from a reviewer's.
REVISION_AUTHOR_PROPERTY = "KlausulRevisionAuthor"

CONTENT_TYPES = HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    + "".join(f'<Override PartName="{name}" ContentType="{kind}"/>' for name, kind in (
        ("/word/document.xml", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.document.main+xml"),
        ("/word/styles.xml", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.styles+xml"),
        ("/word/numbering.xml", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.numbering+xml"),
        ("/word/settings.xml", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.settings+xml"),
        ("/word/footer1.xml", "application/vnd.openxmlformats-officedocument."
         "wordprocessingml.footer+xml"),
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument."
         "extended-properties+xml"))) + "</Types>")

PACKAGE_RELS = HEAD + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
    'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')

DOCUMENT_RELS = HEAD + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + "".join(f'<Relationship Id="rId{n}" Type="{R}/{kind}" Target="{target}"/>'
              for n, (kind, target) in enumerate((
                  ("styles", "styles.xml"), ("numbering", "numbering.xml"),
                  ("settings", "settings.xml"), ("footer", "footer1.xml")), start=1))
    + "</Relationships>")

SECTION = (
    '<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>'
    '<w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708"'
    ' w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:titlePg/></w:sectPr>')

DOCUMENT = HEAD + f"<w:document {NS}><w:body>{SECTION}</w:body></w:document>"

FOOTER = HEAD + (
    f'<w:ftr {NS}><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
    ' PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')

SETTINGS = HEAD + (
    f'<w:settings {NS}><w:defaultTabStop w:val="1304"/>'
    '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode"'
    ' w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
    '<w:themeFontLang w:val="sv-SE"/><w:decimalSymbol w:val=","/>'
    '<w:listSeparator w:val=";"/></w:settings>')

CORE = HEAD + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms='
    '"http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title></dc:title><dc:creator></dc:creator><dc:language>sv-SE</dc:language>"
    "</cp:coreProperties>")

APP = HEAD + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    'properties"><Application>Klausul</Application><DocSecurity>0</DocSecurity></Properties>')


def _rpr(size: int | None = None, bold: bool = False, colour: str = "", font: str = "",
         italic: bool = False) -> str:
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>' if font else ""
    return ("<w:rPr>" + fonts + ("<w:b/><w:bCs/>" if bold else "")
            + ("<w:i/>" if italic else "") + (f'<w:color w:val="{colour}"/>' if colour else "")
            + (f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else "") + "</w:rPr>")


def _style(style_id: str, name: str, ppr: str = "", rpr: str = "", kind: str = "paragraph",
           based_on: str | None = "Normal", next_style: str | None = None, extra: str = ""
           ) -> str:
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"><w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based_on}"/>' if based_on else "")
            + (f'<w:next w:val="{next_style}"/>' if next_style else "")
            + extra + '<w:qFormat/>' + (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + rpr
            + "</w:style>")


def _numbered(num: int, level: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'


def _styles() -> str:
    defaults = (
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:eastAsia="{FONT}"'
        f' w:hAnsi="{FONT}" w:cs="{FONT}"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
        '<w:lang w:val="sv-SE" w:eastAsia="sv-SE" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault></w:docDefaults>")
    styles = [
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        "<w:qFormat/></w:style>",
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>",
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val='
        '"Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0"'
        ' w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        "<w:semiHidden/></w:style>",
        _style("Title", "Title", '<w:spacing w:before="2400" w:after="240"/>',
               _rpr(56, font=HEADING_FONT, colour="1F3864"), next_style="Subtitle"),
        _style("Subtitle", "Subtitle", '<w:spacing w:after="480"/>',
               _rpr(30, colour="44546A"), next_style="Normal"),
        _style("KlausulTitlePage", "Klausul Titelsida", '<w:spacing w:after="60"/>',
               _rpr(24, colour="44546A")),
    ]
    for level, (size, before) in enumerate(((32, 360), (26, 240), (24, 200)), start=1):
        styles.append(_style(
            f"Heading{level}", f"heading {level}",
            f'<w:keepNext/><w:keepLines/>{_numbered(HEADINGS_NUM, level - 1)}'
            f'<w:spacing w:before="{before}" w:after="120"/><w:outlineLvl w:val="{level - 1}"/>',
            _rpr(size, bold=True, colour="1F3864", font=HEADING_FONT), next_style="Normal"))
    for name, style_id, num in (("List Bullet", "ListBullet", BULLETS_NUM),
                                ("List Number", "ListNumber", NUMBERED_NUM)):
        for level in (1, 2, 3):
            suffix = "" if level == 1 else f" {level}"
            styles.append(_style(f"{style_id}{suffix.strip()}", f"{name}{suffix}",
                                 f"{_numbered(num, level - 1)}<w:spacing w:after="
                                 '"60"/><w:contextualSpacing/>'))
    styles += [
        _style("TOCHeading", "TOC Heading", '<w:keepNext/><w:spacing w:before="240"'
               ' w:after="240"/>', _rpr(32, bold=True, colour="1F3864", font=HEADING_FONT),
               next_style="Normal"),
        *(_style(f"TOC{level}", f"toc {level}", f'<w:tabs><w:tab w:val="right" w:leader="dot"'
                 f' w:pos="{TEXT_WIDTH}"/></w:tabs><w:spacing w:after="60"/><w:ind w:left="'
                 f'{220 * (level - 1)}"/>', next_style="Normal") for level in (1, 2, 3)),
        _style("KlausulAppendix", "Klausul Bilagerubrik", '<w:keepNext/><w:pageBreakBefore/>'
               '<w:spacing w:after="240"/>', _rpr(28, bold=True, colour="1F3864",
                                                  font=HEADING_FONT), next_style="Normal"),
        _style("KlausulTableText", "Klausul Tabelltext", '<w:spacing w:after="0"/>', _rpr(18)),
        _style("CommentText", "annotation text", '<w:spacing w:after="0"/>', _rpr(20)),
        _style("CommentReference", "annotation reference", "", _rpr(16), kind="character",
               based_on="DefaultParagraphFont"),
        _style("Hyperlink", "Hyperlink", "", '<w:rPr><w:color w:val="0563C1"/><w:u w:val='
               '"single"/></w:rPr>', kind="character", based_on="DefaultParagraphFont"),
        _style("Footer", "footer", f'<w:tabs><w:tab w:val="center" w:pos="{TEXT_WIDTH // 2}"/>'
               f'</w:tabs><w:spacing w:after="0"/>', _rpr(18, colour="595959")),
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>'
        '<w:basedOn w:val="TableNormal"/><w:pPr><w:spacing w:after="0" w:line="240"'
        ' w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders></w:tblPr></w:style>",
    ]
    return HEAD + f"<w:styles {NS}>{defaults}{''.join(styles)}</w:styles>"


def _level(ilvl: int, fmt: str, text: str, indent: int, hanging: int, style: str = "",
           font: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:pStyle w:val="{style}"/>' if style else "")
            + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="{hanging}"/></w:pPr>'
            + (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else "")
            + "</w:lvl>")


def _numbering() -> str:
    from app.core.draft.numbering import HEADING_FORMATS, LIST_FORMATS

    headings = "".join(
        _level(i, "decimal", HEADING_FORMATS[i] if i < 3 else "%1." + ".".join(
            f"%{n + 1}" for n in range(1, i + 1)), 567 + 142 * i, 567 + 142 * i,
            f"Heading{i + 1}" if i < 3 else "") for i in range(9))
    bullets = "".join(_level(i, "bullet", BULLETS[i % 3], 357 * (i + 1), 357, font=FONT)
                      for i in range(9))
    numbered = "".join(_level(i, LIST_FORMATS[i % 3][1], LIST_FORMATS[i % 3][0].replace(
        f"%{i % 3 + 1}", f"%{i + 1}"), 357 * (i + 1), 357) for i in range(9))
    abstracts = "".join(
        f'<w:abstractNum w:abstractNumId="{n}"><w:multiLevelType w:val="{kind}"/>{levels}'
        "</w:abstractNum>" for n, (kind, levels) in enumerate((
            ("multilevel", headings), ("hybridMultilevel", bullets),
            ("hybridMultilevel", numbered))))
    nums = "".join(f'<w:num w:numId="{n + 1}"><w:abstractNumId w:val="{n}"/></w:num>'
                   for n in range(3))
    return HEAD + f"<w:numbering {NS}>{abstracts}{nums}</w:numbering>"


def template_bytes() -> bytes:
    """The template package; the same bytes every time."""
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": PACKAGE_RELS,
        "docProps/app.xml": APP,
        "docProps/core.xml": CORE,
        "word/_rels/document.xml.rels": DOCUMENT_RELS,
        "word/document.xml": DOCUMENT,
        "word/footer1.xml": FOOTER,
        "word/numbering.xml": _numbering(),
        "word/settings.xml": SETTINGS,
        "word/styles.xml": _styles(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            package.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def build(target: Path) -> Path:
    """Write the template to `target`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(template_bytes())
    return target


if __name__ == "__main__":
    from app.core.resources import resource

    print(build(resource("draft", "template_sv.docx")))
