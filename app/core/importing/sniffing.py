"""Decide a file's format from its bytes, not its name."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Literal

from app.core.errors import DocumentReadError, ReadProblem
from app.core.importing.containers import ZIP_ERRORS

Sniffed = Literal["docx", "odt", "pdf", "html", "md", "txt"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF = b"application/vnd.oasis.opendocument."
_ODF_TEXT = {_ODF + b"text", _ODF + b"text-template"}  # .odt and .ott
_ODF_SUFFIXES = {b"spreadsheet": ".ods", b"spreadsheet-template": ".ots",
                 b"presentation": ".odp", b"presentation-template": ".otp",
                 b"graphics": ".odg", b"graphics-template": ".otg", b"chart": ".odc",
                 b"formula": ".odf", b"database": ".odb", b"image": ".odi",
                 b"text-master": ".odm", b"text-web": ".oth"}
_ROOT_ENTRY = re.compile(rb"<[\w.-]*:?file-entry\b[^>]*>")
_MEDIA_TYPE = re.compile(rb"""media-type\s*=\s*["']([^"']*)["']""")
_ROOT_PATH = re.compile(rb"""full-path\s*=\s*["']/["']""")
# Office Open XML packages that are not Word documents, by the folder of their main part.
_OOXML_OTHERS = {"xl/": ".xlsx", "ppt/": ".pptx", "visio/": ".vsdx"}
_MD_SUFFIXES = {".md", ".markdown"}


def sniff(data: bytes, path: Path) -> Sniffed:
    """Return the format the bytes hold; raise DocumentReadError for what cannot be read."""
    if not data:
        raise DocumentReadError(path, ReadProblem.EMPTY)
    if data.startswith(_OLE_MAGIC):
        raise DocumentReadError(path, _ole_problem(data))
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data, path)
    if data.lstrip()[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") != -1:
        return "pdf"
    if data.startswith(b"{\\rtf"):
        raise DocumentReadError(path, ReadProblem.UNKNOWN_FORMAT, "RTF")
    if _looks_binary(data):
        raise DocumentReadError(path, ReadProblem.UNKNOWN_FORMAT)
    if _looks_like_html(data):
        return "html"
    if path.suffix.lower() in _MD_SUFFIXES:
        return "md"
    return "txt"


def _looks_like_html(data: bytes) -> bool:
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    while head.startswith(b"<!--"):  # a leading comment, however long
        end = head.find(b"-->")
        if end < 0:
            break
        head = head[end + 3:].lstrip(b" \t\r\n")
    head = head[:2048].lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<body" in head


def _ole_problem(data: bytes) -> ReadProblem:
    # Encrypted OOXML is wrapped in an OLE compound file holding these stream names (UTF-16).
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode(
        "utf-16-le"
    ) in data:
        return ReadProblem.ENCRYPTED
    return ReadProblem.LEGACY_DOC


def _zip_kind(data: bytes, path: Path) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            media = _odf_media_type(archive, names)
    except (*ZIP_ERRORS, RuntimeError) as exc:  # RuntimeError: an encrypted zip entry
        raise DocumentReadError(path, ReadProblem.TRUNCATED, str(exc)[:80]) from None
    if media is not None:
        if media in _ODF_TEXT:
            return "odt"
        kind = _ODF_SUFFIXES.get(media[len(_ODF):].strip(), "")
        raise DocumentReadError(path, ReadProblem.UNKNOWN_FORMAT, f"OpenDocument {kind}".strip())
    if "[Content_Types].xml" in names or any(n.startswith("word/") for n in names):
        if "word/document.xml" in names:
            return "docx"
        other = next((suffix for folder, suffix in _OOXML_OTHERS.items()
                      if any(n.startswith(folder) for n in names)), None)
        if other is not None:
            raise DocumentReadError(path, ReadProblem.UNKNOWN_FORMAT, other)
        raise DocumentReadError(path, ReadProblem.MISSING_PART)
    raise DocumentReadError(path, ReadProblem.UNKNOWN_FORMAT, "zip")


def _odf_media_type(archive: zipfile.ZipFile, names: set[str]) -> bytes | None:
    """An OpenDocument package's media type: its `mimetype` entry, or, when that is missing
    or damaged, the manifest's entry for the package root; None for other packages."""
    if "mimetype" in names and archive.getinfo("mimetype").file_size <= 200:
        media = archive.read("mimetype").strip()
        if media.startswith(_ODF):
            return media
    manifest = "META-INF/manifest.xml"
    if manifest not in names or archive.getinfo(manifest).file_size > 1_000_000:
        return None
    for entry in _ROOT_ENTRY.findall(archive.read(manifest)):
        media_type = _MEDIA_TYPE.search(entry)
        if _ROOT_PATH.search(entry) and media_type and media_type.group(1).startswith(_ODF):
            return media_type.group(1).strip()
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > 8 and controls > len(sample) // 50
