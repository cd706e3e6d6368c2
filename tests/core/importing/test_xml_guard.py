"""The DTD/entity guard holds for every encoding and every position the XML parser accepts:
a part with a DOCTYPE or an entity declaration is refused, never read, whether it is UTF-8,
UTF-16 or UTF-32 (with or without a byte order mark), a declared single-byte encoding or
EBCDIC, and whether the DOCTYPE comes first or after a long comment or instruction. HTML
with an internal subset is refused too (it would leave "]>" as text)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from app.core.errors import DocumentReadError, ReadProblem
from app.core.importing import import_bytes
from tests.builders.docx_builder import build_docx, p
from tests.builders.odt_builder import build_odt

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Barn &amp; unga</w:t></w:r></w:p>' \
       "</w:body></w:document>"
DTDS = {
    "internal entity": '<!DOCTYPE w:document [<!ENTITY a "lol">]>',
    "external entity": '<!DOCTYPE w:document [<!ENTITY a SYSTEM "file:///etc/passwd">]>',
    "plain doctype": "<!DOCTYPE w:document>",
    "public doctype": '<!DOCTYPE w:document PUBLIC "-//X//Y" "http://example.invalid/x.dtd">',
}
PRELUDES = {
    "first": "",
    "after a 5 KB comment": "<!--" + "x" * 5000 + "-->",
    "after a 64 KB comment": "<!--" + "kommentar " * 6600 + "-->",
    "after an instruction": '<?mso-application progid="Word.Document"?>\n',
    "after whitespace": "\n" * 5000,
}
# (codec for the bytes, encoding name for the declaration, byte order mark)
ENCODINGS = {
    "utf-8": ("utf-8", "UTF-8", b""),
    "utf-8 bom": ("utf-8", "UTF-8", b"\xef\xbb\xbf"),
    "utf-16 bom": ("utf-16-le", "UTF-16", b"\xff\xfe"),
    "utf-16be bom": ("utf-16-be", "UTF-16", b"\xfe\xff"),
    "utf-16le no bom": ("utf-16-le", "UTF-16LE", b""),
    "utf-16be no bom": ("utf-16-be", "UTF-16BE", b""),
    "utf-32 bom": ("utf-32-le", "UTF-32", b"\xff\xfe\x00\x00"),
    "utf-32be bom": ("utf-32-be", "UTF-32", b"\x00\x00\xfe\xff"),
    "utf-32le no bom": ("utf-32-le", "UTF-32LE", b""),
    "utf-32be no bom": ("utf-32-be", "UTF-32BE", b""),
    "latin-1": ("latin-1", "ISO-8859-1", b""),
    "windows-1252": ("cp1252", "windows-1252", b""),
    "ebcdic": ("cp500", "IBM500", b""),
    "ebcdic 037": ("cp037", "IBM037", b""),
    "utf-7": ("utf-7", "UTF-7", b""),  # libxml2 reads it through iconv
}


def part(encoding: str, prelude: str, dtd: str) -> bytes:
    codec, declared, bom = ENCODINGS[encoding]
    text = f'<?xml version="1.0" encoding="{declared}"?>{prelude}{dtd}{BODY}'
    return bom + text.encode(codec)


def package(document_xml: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(build_docx(p("x"))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            out.writestr(info.filename,
                         document_xml if info.filename == "word/document.xml" else data)
    return buffer.getvalue()


def parser_accepts(data: bytes) -> bool:
    """Whether lxml reads this part at all (without any DTD in it)."""
    try:
        etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True,
                                               load_dtd=False))
    except etree.XMLSyntaxError:
        return False
    return True


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_each_encoding_without_a_dtd_is_read_when_the_parser_accepts_it(encoding: str) -> None:
    data = part(encoding, "", "")
    if not parser_accepts(data):
        pytest.skip(f"libxml2 here does not read {encoding}")
    document = import_bytes(package(data), Path("ok.docx"))
    assert document.clauses[0].text == "Barn & unga"


@pytest.mark.parametrize("dtd", DTDS)
@pytest.mark.parametrize("prelude", PRELUDES)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_a_dtd_is_refused_in_every_encoding_and_position(encoding: str, prelude: str,
                                                         dtd: str) -> None:
    data = part(encoding, PRELUDES[prelude], DTDS[dtd])
    with pytest.raises(DocumentReadError) as caught:
        import_bytes(package(data), Path("dtd.docx"))
    # Refused as forbidden; only where the parser cannot read the encoding at all may the
    # reason be broken XML instead (then nothing of the part was read either).
    if parser_accepts(part(encoding, PRELUDES[prelude], "")):
        assert caught.value.problem is ReadProblem.FORBIDDEN_XML, caught.value
    else:
        assert caught.value.problem in (ReadProblem.FORBIDDEN_XML, ReadProblem.BROKEN_XML)


def test_an_entity_declared_in_an_odt_part_after_a_long_comment_is_refused() -> None:
    data = build_odt("<text:p>Text</text:p>")
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "content.xml":
                content = content.replace(
                    b"?>", b"?><!--" + b"y" * 8000 + b'--><!DOCTYPE x [<!ENTITY a "b">]>', 1)
            out.writestr(info, content)
    with pytest.raises(DocumentReadError) as caught:
        import_bytes(buffer.getvalue(), Path("dtd.odt"))
    assert caught.value.problem is ReadProblem.FORBIDDEN_XML


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE html [<!ENTITY a "b">]>',
    '<!doctype html [ <!ENTITY % p SYSTEM "file:///etc/passwd"> %p; ]>',
    "<!-- " + "x" * 5000 + ' --><!DOCTYPE html [<!ELEMENT html ANY>]>',
])
def test_html_with_an_internal_subset_is_refused(doctype: str) -> None:
    html = f"{doctype}<html><body><p>Barn ska få stöd.</p></body></html>".encode()
    with pytest.raises(DocumentReadError) as caught:
        import_bytes(html, Path("dtd.html"))
    assert caught.value.problem is ReadProblem.FORBIDDEN_XML


def test_html_with_an_ordinary_doctype_imports() -> None:
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
            "<html><body><p>Barn ska få stöd.</p></body></html>").encode()
    assert [c.text for c in import_bytes(html, Path("ok.html")).clauses] == [
        "Barn ska få stöd."]
