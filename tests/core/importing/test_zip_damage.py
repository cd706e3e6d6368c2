"""Damaged and odd zip packages: a corrupt deflate stream or an unsupported compression
method is a typed refusal ("skadad"), other methods zip allows are read, and the zip-bomb
defence counts absolute sizes, not ratios, so one 5 MB paragraph imports."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from app.core.errors import DocumentReadError, ReadProblem
from app.core.importing import import_bytes
from tests.builders.docx_builder import build_docx, p
from tests.builders.odt_builder import build_odt
from tests.core.importing.test_bounds import guarded


def _repacked(data: bytes, name: str, method: int) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for info in source.infolist():
            package.writestr(info.filename, source.read(info.filename),
                             compress_type=method if info.filename == name
                             else zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _data_start(data: bytes, name: str) -> tuple[int, int]:
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    header = info.header_offset
    skip = int.from_bytes(data[header + 26:header + 28], "little") + int.from_bytes(
        data[header + 28:header + 30], "little")
    return header, header + 30 + skip


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_corrupt_deflate_stream_is_a_damaged_file(kind: str) -> None:
    data = build_docx(p("Barn ska få stöd. " * 50)) if kind == "docx" else build_odt(
        "<text:p>" + "Barn ska få stöd. " * 50 + "</text:p>")
    part = "word/document.xml" if kind == "docx" else "content.xml"
    _, start = _data_start(data, part)
    broken = bytearray(data)
    broken[start] ^= 0xFF  # the first byte holds the deflate block type
    broken[start + 1] ^= 0x55
    with pytest.raises(DocumentReadError) as caught:
        import_bytes(bytes(broken), Path(f"trasig.{kind}"))
    assert caught.value.problem is ReadProblem.TRUNCATED


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_unsupported_compression_method_is_a_damaged_file(kind: str) -> None:
    data = build_docx(p("Text.")) if kind == "docx" else build_odt("<text:p>Text.</text:p>")
    part = "word/document.xml" if kind == "docx" else "content.xml"
    header, _ = _data_start(data, part)
    patched = bytearray(data)
    patched[header + 8:header + 10] = (99).to_bytes(2, "little")
    central = data.rfind(b"PK\x01\x02")
    while central != -1:
        length = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + length] == part.encode():
            patched[central + 10:central + 12] = (99).to_bytes(2, "little")
        central = data.rfind(b"PK\x01\x02", 0, central)
    with pytest.raises(DocumentReadError) as caught:
        import_bytes(bytes(patched), Path(f"metod.{kind}"))
    assert caught.value.problem is ReadProblem.TRUNCATED


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_other_compression_methods_zip_allows_are_read(method: int) -> None:
    data = _repacked(build_docx(p("Barn ska få stöd.")), "word/document.xml", method)
    assert import_bytes(data, Path("metod.docx")).clauses[0].text == "Barn ska få stöd."


def test_one_five_megabyte_paragraph_is_not_a_zip_bomb() -> None:
    # Repetitive real text compresses several hundred to one: the ratio is not the signal.
    text = "Barn och unga ska få det stöd de behöver i rätt tid. " * 96_000
    data = build_docx(p("Rubrik") + p(text))
    assert len(data) < 100_000 and len(text) > 5_000_000
    document = guarded(data, "lang.docx")
    assert len(document.clauses[1].text) == len(text.strip())
