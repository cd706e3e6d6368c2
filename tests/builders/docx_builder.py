"""Build minimal but valid DOCX packages from raw WordprocessingML snippets."""

from __future__ import annotations

import io
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
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


def r(text: str, *, bold: bool = False, size: int | None = None) -> str:
    """A run with optional bold and size (half-points)."""
    rpr = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'{_tag_open(rpr_xml)}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r>'


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
    """comments.xml (kind='comment') or footnotes.xml (kind='footnote')."""
    root = "comments" if kind == "comment" else kind + "s"
    attrs = f' w:author="{author}" w:date="2026-10-01T10:00:00Z"' if kind == "comment" else ""
    items = "".join(
        f'<w:{kind} w:id="{i}"{attrs}>{p(text)}</w:{kind}>' for i, text in notes.items()
    )
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:{root} {_ROOT}>{items}</w:{root}>")


def build_docx(body: str, *, styles: str | None = None, numbering: str | None = None,
               comments: str | None = None, footnotes: str | None = None,
               title: str | None = None, document_xml: str | None = None) -> bytes:
    """A DOCX package as bytes; `body` is the inner XML of w:body."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELS)
        package.writestr(
            "word/document.xml",
            document_xml
            or f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f"<w:document {_ROOT}><w:body>{body}</w:body></w:document>",
        )
        package.writestr("word/styles.xml", styles or styles_xml())
        if numbering:
            package.writestr("word/numbering.xml", numbering)
        if comments:
            package.writestr("word/comments.xml", comments)
        if footnotes:
            package.writestr("word/footnotes.xml", footnotes)
        if title:
            package.writestr(
                "docProps/core.xml",
                '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://'
                'schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
                "</cp:coreProperties>",
            )
    return buffer.getvalue()
