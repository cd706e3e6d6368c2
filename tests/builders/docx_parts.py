"""WordprocessingML snippets for what real documents hold beyond plain paragraphs: text boxes
(DrawingML with its VML fallback, VML alone), content controls, notes, Strict OOXML."""

from __future__ import annotations

import io
import zipfile

from tests.builders.docx_builder import p

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WP14 = "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
_EMU_PER_PT = 12_700


def drawing_box(content: str, *, top_pt: float | None = None, left_pt: float = 0,
                relative: str = "page", share: bool = False, fallback: bool = True) -> str:
    """A run holding a floating DrawingML text box (`content`: paragraph XML) as Word writes
    it: mc:Choice with the wps shape, mc:Fallback with the same box in VML.

    `top_pt` None anchors the box inline; `share` gives the position as wp14's share of the
    page with a posOffset fallback, the way Word 2010 and later write cover pages."""
    shape = (f'<a:graphic xmlns:a="{A}"><a:graphicData uri="{WPS}"><wps:wsp xmlns:wps="{WPS}">'
             f'<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent>{content}'
             f"</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>")
    if top_pt is None:
        frame = f'<wp:inline xmlns:wp="{WP}"><wp:extent cx="1" cy="1"/>{shape}</wp:inline>'
    else:
        emu = int(top_pt * _EMU_PER_PT)
        vertical = f'<wp:positionV relativeFrom="{relative}"><wp:posOffset>{emu}</wp:posOffset>' \
                   "</wp:positionV>"
        if share:
            vertical = (f'<mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wp14">'
                        f'<wp:positionV relativeFrom="{relative}"><wp14:pctPosVOffset '
                        f'xmlns:wp14="{WP14}">{int(top_pt / 842 * 100_000)}</wp14:pctPosVOffset>'
                        f"</wp:positionV></mc:Choice><mc:Fallback>{vertical}</mc:Fallback>"
                        "</mc:AlternateContent>")
        frame = (f'<wp:anchor xmlns:wp="{WP}" simplePos="0" behindDoc="0"><wp:simplePos x="0" '
                 f'y="0"/><wp:positionH relativeFrom="{relative}"><wp:posOffset>'
                 f"{int(left_pt * _EMU_PER_PT)}</wp:posOffset></wp:positionH>{vertical}"
                 f'<wp:extent cx="1" cy="1"/><wp:wrapNone/>{shape}</wp:anchor>')
    choice = f"<w:drawing>{frame}</w:drawing>"
    if not fallback:
        return f"<w:r>{choice}</w:r>"
    return (f'<w:r><mc:AlternateContent xmlns:mc="{MC}"><mc:Choice Requires="wps">{choice}'
            f"</mc:Choice><mc:Fallback>{vml_shape(content, top_pt)}</mc:Fallback>"
            "</mc:AlternateContent></w:r>")


def vml_shape(content: str, top_pt: float | None = None) -> str:
    """A w:pict holding a VML text box."""
    style = "position:absolute" + (f";margin-top:{top_pt}pt" if top_pt is not None else "")
    return (f'<w:pict><v:shape xmlns:v="{V}" id="box" style="{style}"><v:textbox>'
            f"<w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>")


def vml_box(content: str, top_pt: float | None = None) -> str:
    """A run holding a VML-only text box (older Word, other writers)."""
    return f"<w:r>{vml_shape(content, top_pt)}</w:r>"


def sdt(content: str, *, placeholder: bool = False, gallery: str | None = None,
        alias: str = "") -> str:
    """A content control around `content` (block, row, cell or run XML alike)."""
    properties = f'<w:alias w:val="{alias}"/>' if alias else ""
    if placeholder:
        properties += '<w:placeholder><w:docPart w:val="Prompt"/></w:placeholder>' \
                      "<w:showingPlcHdr/>"
    if gallery:
        properties += (f'<w:docPartObj><w:docPartGallery w:val="{gallery}"/>'
                       "<w:docPartUnique/></w:docPartObj>")
    return f"<w:sdt><w:sdtPr>{properties}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def cell(text: str) -> str:
    return f"<w:tc>{p(text)}</w:tc>"


def note_reference(kind: str, note_id: int) -> str:
    """A run citing a footnote (kind='footnote') or an endnote."""
    return f'<w:r><w:{kind}Reference w:id="{note_id}"/></w:r>'


_STRICT = {
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main":
        b"http://purl.oclc.org/ooxml/wordprocessingml/main",
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships":
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    b"http://schemas.openxmlformats.org/drawingml/2006/main":
        b"http://purl.oclc.org/ooxml/drawingml/main",
    b"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing":
        b"http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
}


def to_strict(data: bytes) -> bytes:
    """The same package in Strict OOXML (ISO/IEC 29500 Strict namespaces), as Word's
    "Strict Open XML Document" saves it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            for transitional, strict in _STRICT.items():
                content = content.replace(transitional, strict)
            target.writestr(info.filename, content)
    return buffer.getvalue()
