"""Hostile and broken inputs, built small and fast in code."""

from __future__ import annotations

import io
import zipfile

from tests.builders.docx_builder import CONTENT_TYPES, RELS, build_docx, p

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def ole_file(*streams: str) -> bytes:
    """An OLE compound-file header followed by directory entries naming `streams`."""
    header = OLE_MAGIC + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00" + b"\x00" * 472
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
                       for name in ("Root Entry", *streams))
    return header + entries.ljust(1024, b"\x00")


def legacy_doc() -> bytes:
    return ole_file("WordDocument", "1Table", "\x05SummaryInformation")


def encrypted_docx() -> bytes:
    return ole_file("EncryptionInfo", "EncryptedPackage", "\x06DataSpaces")


def docx_without_main_part() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELS)
        package.writestr("word/styles.xml", "<styles/>")
    return buffer.getvalue()


def docx_with_broken_xml() -> bytes:
    return build_docx("", document_xml="<w:document><w:body><w:p>avbrutet")


def _document_with(prologue: str, body: str) -> str:
    return (f'<?xml version="1.0"?>{prologue}<w:document xmlns:w="http://schemas.'
            f'openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body>'
            "</w:document>")


def docx_with_external_entity(secret_path: str) -> bytes:
    prologue = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
    return build_docx("", document_xml=_document_with(prologue, "<w:p><w:r><w:t>&xxe;</w:t>"
                                                               "</w:r></w:p>"))


def docx_with_entity_bomb() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    prologue = f"<!DOCTYPE w:document [{entities}]>"
    return build_docx("", document_xml=_document_with(prologue, "<w:p><w:r><w:t>&a9;</w:t>"
                                                               "</w:r></w:p>"))


def zip_bomb_docx(inflated_mb: int = 260) -> bytes:
    """A DOCX whose document.xml inflates to `inflated_mb` MB of spaces (a few hundred KB)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("_rels/.rels", RELS)
        chunk = b" " * (1 << 20)
        with package.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(b"<w:document>")
            for _ in range(inflated_mb):
                stream.write(chunk)
    return buffer.getvalue()


def lying_size_docx() -> bytes:
    """A zip entry that declares 10 bytes but inflates to 120 MB."""
    data = zip_bomb_docx(120)
    needle = b"word/document.xml"
    # Patch the uncompressed size in the central directory entry of document.xml.
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(needle))
    patched = bytearray(data)
    patched[central + 24:central + 28] = (10).to_bytes(4, "little")
    return bytes(patched)


def many_entries_zip(count: int = 6000) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("[Content_Types].xml", CONTENT_TYPES)
        package.writestr("word/document.xml", build_docx(p("x"))[:0] or "<x/>")
        for index in range(count):
            package.writestr(f"word/media/f{index}.bin", b"")
    return buffer.getvalue()


def docx_with_hidden_doctype() -> bytes:
    """A DOCTYPE split by a control byte the importer strips before parsing."""
    prologue = '<!DOC\x01TYPE w:document [<!EN\x02TITY a0 "lol">]>'
    return build_docx("", document_xml=_document_with(prologue, "<w:p><w:r><w:t>&a0;</w:t>"
                                                               "</w:r></w:p>"))


def docx_with_utf16_doctype() -> bytes:
    """A UTF-16 document part (with its byte order mark) that declares an entity."""
    text = _document_with('<!DOCTYPE w:document [<!ENTITY a0 "lol">]>',
                          "<w:p><w:r><w:t>&a0;</w:t></w:r></w:p>")
    text = text.replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')
    source = zipfile.ZipFile(io.BytesIO(build_docx(p("x"))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = text.encode("utf-16")
            package.writestr(info.filename, data)
    return buffer.getvalue()
