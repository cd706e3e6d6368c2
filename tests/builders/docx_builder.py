"""Build minimal but valid DOCX packages from raw WordprocessingML snippets."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ROOT = f'xmlns:w="{W_NS}"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="word/document.xml"/>
</Relationships>"""


def p(text: str = "", *, style: str | None = None, num: tuple[int, int] | None = None,
      runs: str | None = None, ppr_extra: str = "") -> str:
    """A paragraph: plain text (one run) or ready-made run XML in `runs`."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += ppr_extra
    body = runs if runs is not None else r(text)
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{body}</w:p>"


def r(text: str, *, bold: bool = False, size: int | None = None, strike: bool = False,
      deleted: bool = False) -> str:
    """A run with optional bold, size (half-points) and strike-through; `deleted` writes the
    text as w:delText (for use inside `deletion`)."""
    rpr = (("<w:b/>" if bold else "") + ("<w:strike/>" if strike else "")
           + (f'<w:sz w:val="{size}"/>' if size else ""))
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    tag = "w:delText" if deleted else "w:t"
    return f'{_tag_open(rpr_xml)}<{tag} xml:space="preserve">{_esc(text)}</{tag}></w:r>'


_CHANGE_DATE = "2026-09-14T09:30:00Z"


def deletion(text: str, *, author: str = "Granskare", change_id: int = 901) -> str:
    """A tracked deletion of `text` (Word shows it struck through while changes are shown)."""
    return (f'<w:del w:id="{change_id}" w:author="{author}" w:date="{_CHANGE_DATE}">'
            f"{r(text, deleted=True)}</w:del>")


def insertion(text: str, *, author: str = "Granskare", change_id: int = 902) -> str:
    """A tracked insertion of `text`."""
    return (f'<w:ins w:id="{change_id}" w:author="{author}" w:date="{_CHANGE_DATE}">'
            f"{r(text)}</w:ins>")


def simple_field(instruction: str, shown: str = "1") -> str:
    """A field such as PAGE or NUMPAGES, with the value Word last showed."""
    return f'<w:fldSimple w:instr=" {instruction} ">{r(shown)}</w:fldSimple>'


def page_number_footer(words: str = "Sida") -> str:
    """Footer paragraphs 'Sida N av M', right-aligned, as Word's page-number gallery makes."""
    runs = r(f"{words} ") + simple_field("PAGE") + r(" av ") + simple_field("NUMPAGES")
    return p(runs=runs, ppr_extra='<w:jc w:val="right"/>')


def section(*, header: bool = False, footer: bool = False, columns: int = 1) -> str:
    """The body's w:sectPr: A4, 2.5 cm margins, header/footer 1.25 cm from the edge."""
    refs = ('<w:headerReference w:type="default" r:id="rIdHeader1"/>' if header else "") + (
        '<w:footerReference w:type="default" r:id="rIdFooter1"/>' if footer else "")
    return (f'<w:sectPr xmlns:r="{R_NS}">{refs}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" '
            'w:header="708" w:footer="708" w:gutter="0"/>'
            f'<w:cols w:num="{columns}" w:space="708"/></w:sectPr>')


def _tag_open(rpr: str) -> str:
    return f"<w:r>{rpr}"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def table(rows: list[list[str]]) -> str:
    """A simple table, one paragraph per cell."""
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc>{p(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def styles_xml(extra: str = "", default_size: int = 22) -> str:
    """styles.xml with Normal, Swedish-id heading styles (Rubrik1-3) and Title."""
    headings = "".join(
        f'<w:style w:type="paragraph" w:styleId="Rubrik{n}"><w:name w:val="heading {n}"/>'
        f'<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{n - 1}"/></w:pPr>'
        f'<w:rPr><w:b/><w:sz w:val="{36 - 4 * n}"/></w:rPr></w:style>'
        for n in (1, 2, 3)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_ROOT}>'
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="{default_size}"/></w:rPr>'
        f"</w:rPrDefault></w:docDefaults>"
        f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f"</w:style>{headings}"
        f'<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/>'
        f'<w:basedOn w:val="Normal"/></w:style>{extra}</w:styles>'
    )


def numbering_xml(abstracts: str, nums: str) -> str:
    """numbering.xml from abstractNum and num snippets."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:numbering {_ROOT}>{abstracts}{nums}</w:numbering>")


def abstract_num(abstract_id: int, levels: list[tuple[str, str, int]]) -> str:
    """An abstractNum; levels are (numFmt, lvlText, start) for ilvl 0, 1, ..."""
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text, start) in enumerate(levels)
    )
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    """A num instance pointing at an abstractNum."""
    return (f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
            f"{overrides}</w:num>")


def notes_xml(kind: str, notes: dict[int, str], author: str = "") -> str:
    """comments.xml (kind='comment'), footnotes.xml (kind='footnote') or endnotes.xml."""
    root = "comments" if kind == "comment" else kind + "s"
    attrs = f' w:author="{author}" w:date="2026-10-01T10:00:00Z"' if kind == "comment" else ""
    items = "".join(
        f'<w:{kind} w:id="{i}"{attrs}>{p(text)}</w:{kind}>' for i, text in notes.items()
    )
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:{root} {_ROOT}>{items}</w:{root}>")


_PART_TYPES = {
    "styles": "styles", "numbering": "numbering", "comments": "comments",
    "footnotes": "footnotes", "endnotes": "endnotes", "header1": "header", "footer1": "footer",
    "settings": "settings",
}
_OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_WML_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def _document_parts(parts: dict[str, str]) -> tuple[str, str]:
    """[Content_Types].xml and word/_rels/document.xml.rels naming the optional parts, so
    that Word and LibreOffice find styles, numbering, headers and footers."""
    overrides = "".join(
        f'<Override PartName="/word/{name}.xml" ContentType="{_WML_TYPE}'
        f'{_PART_TYPES[name]}+xml"/>' for name in parts)
    types = CONTENT_TYPES.replace("</Types>", overrides + "</Types>")
    ids = {"header1": "rIdHeader1", "footer1": "rIdFooter1"}
    relations = "".join(
        f'<Relationship Id="{ids.get(name, "rId" + name)}" Type="{_OFFICE_DOC}'
        f'{_PART_TYPES[name]}" Target="{name}.xml"/>' for name in parts)
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns='
            f'"http://schemas.openxmlformats.org/package/2006/relationships">{relations}'
            "</Relationships>")
    return types, rels


def _put(package: zipfile.ZipFile, name: str, text: str) -> None:
    """Write a part with a fixed time stamp: the same document gives the same bytes."""
    info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    package.writestr(info, text)


def _header_footer(tag: str, body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:{tag} {_ROOT}>{body}</w:{tag}>")


def build_docx(body: str, *, styles: str | None = None, numbering: str | None = None,
               comments: str | None = None, footnotes: str | None = None,
               title: str | None = None, document_xml: str | None = None,
               header: str | None = None, footer: str | None = None,
               settings: str | None = None, endnotes: str | None = None) -> bytes:
    """A DOCX package as bytes; `body` is the inner XML of w:body.

    `header` and `footer` are the paragraphs of a default page header and footer; with
    either, the body ends in an A4 `section()` that refers to them (unless it has one)."""
    if (header is not None or footer is not None) and "<w:sectPr" not in body:
        body += section(header=header is not None, footer=footer is not None)
    parts = {"styles": styles or styles_xml()}
    optional = {"numbering": numbering, "comments": comments, "footnotes": footnotes,
                "endnotes": endnotes, "settings": settings,
                "header1": _header_footer("hdr", header) if header is not None else None,
                "footer1": _header_footer("ftr", footer) if footer is not None else None}
    parts.update({name: xml for name, xml in optional.items() if xml})
    types, rels = _document_parts(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        _put(package, "[Content_Types].xml", types)
        _put(package, "_rels/.rels", RELS)
        _put(
            package,
            "word/document.xml",
            document_xml
            or f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document {_ROOT} xmlns:r="{R_NS}"><w:body>{body}</w:body></w:document>',
        )
        _put(package, "word/_rels/document.xml.rels", rels)
        for name, xml in parts.items():
            _put(package, f"word/{name}.xml", xml)
        if title:
            _put(
                package,
                "docProps/core.xml",
                '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://'
                'schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
                "</cp:coreProperties>",
            )
    return buffer.getvalue()
