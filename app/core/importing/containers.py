"""Safe access to zip packages and XML parts: caps on size and count, no entities, no DTDs."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from lxml import etree

from app.core.errors import DocumentReadError, ReadProblem

MAX_ENTRIES = 5_000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 100 * 1024 * 1024
MAX_RATIO = 200
_CHUNK = 1 << 16

# XML 1.0 forbids these; Word and PDFs sometimes carry them anyway.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
# Raw control bytes and character references to them make XML ill-formed; Word and other
# writers sometimes leave them in anyway, so they are dropped before parsing.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13))
_CONTROL_REFS = re.compile(
    rb"&#(?:x0*[0-8bcefBCEF]|x0*1[0-9a-fA-F]|0*(?:[0-8]|1[124-9]|2\d|3[01]));"
)


def strip_invalid_xml_chars(text: str) -> str:
    """Return `text` without the control characters XML forbids."""
    return _XML_INVALID.sub("", text)


def xml_parser() -> etree.XMLParser:
    """A parser that never resolves entities, loads a DTD or touches the network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,  # duplicate or non-NCName xml:id values (some ODF writers) are fine
    )


def parse_xml(data: bytes, path: Path) -> etree._Element:
    """Parse one XML part; refuses DTDs and entity declarations outright."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 parts are left as they are
        # ... but looked at as text, so a declaration cannot hide between zero bytes.
        visible = data.decode("utf-16", "ignore").encode("utf-8", "ignore")
    else:
        data = visible = data.translate(None, _CONTROL_BYTES)
        # A one-byte search (memchr) first: it is many times faster than a multi-byte one,
        # and most parts hold no "#" at all.
        if b"#" in data and b"&#" in data:
            data = visible = _CONTROL_REFS.sub(b"", data)
    # Checked after the control bytes are gone: "<!DOC\x01TYPE" must not slip through.
    if _DOCTYPE.search(visible[:4096]) or (b"!" in visible and b"<!ENTITY" in visible):
        raise DocumentReadError(path, ReadProblem.FORBIDDEN_XML)
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise DocumentReadError(path, ReadProblem.BROKEN_XML, _short(str(exc))) from None
    if root is None:
        raise DocumentReadError(path, ReadProblem.BROKEN_XML)
    return root


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Package:
    """A zip package (DOCX, ODT) opened with bomb protection; parts are read on demand."""

    def __init__(self, data: bytes, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
            raise DocumentReadError(path, ReadProblem.TRUNCATED, _short(str(exc))) from None
        if len(infos) > MAX_ENTRIES:
            raise DocumentReadError(path, ReadProblem.TOO_MANY_PARTS, str(len(infos)))
        declared = sum(info.file_size for info in infos)
        if declared > MAX_TOTAL_BYTES:
            raise DocumentReadError(path, ReadProblem.ZIP_BOMB)
        for info in infos:
            if info.flag_bits & 0x1:
                raise DocumentReadError(path, ReadProblem.ENCRYPTED)
            if info.file_size > 1_000_000 and info.file_size > MAX_RATIO * max(
                info.compress_size, 1
            ):
                raise DocumentReadError(path, ReadProblem.ZIP_BOMB)
        self._names = {info.filename for info in infos}
        self._read_total = 0

    def names(self) -> set[str]:
        """Every part name in the package."""
        return set(self._names)

    def has(self, name: str) -> bool:
        """True if the package holds a part of that name."""
        return name in self._names

    def read(self, name: str) -> bytes:
        """Read one part, stopping at the caps even if the zip lies about sizes."""
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(name) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    size += len(chunk)
                    self._read_total += len(chunk)
                    if size > MAX_PART_BYTES or self._read_total > MAX_TOTAL_BYTES:
                        raise DocumentReadError(self.path, ReadProblem.ZIP_BOMB)
                    chunks.append(chunk)
        except KeyError:
            raise DocumentReadError(self.path, ReadProblem.MISSING_PART, name) from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise DocumentReadError(self.path, ReadProblem.TRUNCATED, _short(str(exc))) from None
        except RuntimeError as exc:  # zipfile raises this for encrypted members
            raise DocumentReadError(self.path, ReadProblem.ENCRYPTED, _short(str(exc))) from None
        return b"".join(chunks)

    def xml(self, name: str) -> etree._Element:
        """Read and safely parse one XML part."""
        return parse_xml(self.read(name), self.path)

    def xml_if_present(self, name: str) -> etree._Element | None:
        """Parse a part if the package has it, else None."""
        return self.xml(name) if self.has(name) else None
