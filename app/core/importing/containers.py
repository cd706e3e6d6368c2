"""Safe access to zip packages and XML parts: caps on size and count, no entities, no DTDs."""

from __future__ import annotations

import io
import lzma
import re
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from app.core.errors import DocumentReadError, ReadProblem

# Zip-bomb defence on absolute sizes, never on the compression ratio: repetitive real text
# compresses 300-1000:1, so a ratio rule refuses legitimate files. What a package declares is
# checked before anything is inflated, and what is inflated is counted while it streams (a
# package can lie about its sizes).
MAX_ENTRIES = 5_000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_PART_BYTES = 100 * 1024 * 1024
_CHUNK = 1 << 16
# What a damaged zip raises: a corrupt deflate stream (zlib.error), an unsupported or unknown
# compression method (NotImplementedError), broken bzip2/LZMA data, a bad header.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, NotImplementedError, EOFError,
              OSError, ValueError)

# XML 1.0 forbids these; Word and PDFs sometimes carry them anyway.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_DOCTYPE = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
_DOCTYPE_TEXT = re.compile(r"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
# Encodings whose bytes are not ASCII-compatible, told by their byte order mark or, without
# one, by how "<?" or "<" is spelled (XML 1.0 appendix F); UTF-32 before UTF-16.
_WIDE = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"),
         (b"\x00<\x00?", "utf-16-be"), (b"<\x00?\x00", "utf-16-le"))
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


def _wide_codec(data: bytes) -> str | None:
    for start, codec in _WIDE:
        if data.startswith(start):
            return codec
    return None


def _declares_dtd(data: bytes) -> bool:
    """A cheap look for a DOCTYPE or entity declaration anywhere in a part, before parsing:
    ASCII-compatible bytes are searched as they are, UTF-16 and UTF-32 as decoded text."""
    codec = _wide_codec(data)
    if codec is not None:
        text = data.decode(codec, "ignore")
        return "<!" in text and _DOCTYPE_TEXT.search(text) is not None
    # A two-byte search first: most parts hold no "<!" at all.
    return b"<!" in data and _DOCTYPE.search(data) is not None


def parse_xml(data: bytes, path: Path) -> etree._Element:
    """Parse one XML part; refuses DTDs and entity declarations outright.

    Two guards: a search for a declaration anywhere in the part (whatever its position, in
    UTF-8, UTF-16 or UTF-32) before the parser sees it, and after parsing (with DTD loading
    and entities off) a look at the tree itself, which holds a doctype for any encoding
    the parser accepts (UTF-7, declared single-byte encodings, ...)."""
    if _wide_codec(data) is None:
        data = data.translate(None, _CONTROL_BYTES)
        # A one-byte search (memchr) first: it is many times faster than a multi-byte one,
        # and most parts hold no "#" at all.
        if b"#" in data and b"&#" in data:
            data = _CONTROL_REFS.sub(b"", data)
    # Checked after the control bytes are gone: "<!DOC\x01TYPE" must not slip through.
    if _declares_dtd(data):
        raise DocumentReadError(path, ReadProblem.FORBIDDEN_XML)
    try:
        root = etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise syntax_error(exc, path) from None
    if root is None:
        raise DocumentReadError(path, ReadProblem.BROKEN_XML)
    info = root.getroottree().docinfo
    if info.internalDTD is not None or info.externalDTD is not None:
        raise DocumentReadError(path, ReadProblem.FORBIDDEN_XML)
    return root


_ERR_NO_MEMORY = 2  # libxml2's XML_ERR_NO_MEMORY


def syntax_error(exc: etree.XMLSyntaxError, path: Path) -> DocumentReadError:
    """The refusal for a parser error: broken XML, or libxml2 running out of memory."""
    if getattr(exc, "code", None) == _ERR_NO_MEMORY:
        return DocumentReadError(path, ReadProblem.TOO_MUCH_MEMORY)
    return DocumentReadError(path, ReadProblem.BROKEN_XML, _short(str(exc)))


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
        except ZIP_ERRORS as exc:
            raise DocumentReadError(path, ReadProblem.TRUNCATED, _short(str(exc))) from None
        if len(infos) > MAX_ENTRIES:
            raise DocumentReadError(path, ReadProblem.TOO_MANY_PARTS, str(len(infos)))
        declared = sum(info.file_size for info in infos)
        if declared > MAX_TOTAL_BYTES:
            raise DocumentReadError(path, ReadProblem.ZIP_BOMB)
        for info in infos:
            if info.flag_bits & 0x1:
                raise DocumentReadError(path, ReadProblem.ENCRYPTED)
        self._sizes = {info.filename: info.file_size for info in infos}
        self._names = set(self._sizes)
        self._read_total = 0

    def names(self) -> set[str]:
        """Every part name in the package."""
        return set(self._names)

    def has(self, name: str) -> bool:
        """True if the package holds a part of that name."""
        return name in self._names

    def read(self, name: str) -> bytes:
        """Read one part, stopping at the caps even if the zip lies about sizes."""
        if self._sizes.get(name, 0) > MAX_PART_BYTES:
            raise DocumentReadError(self.path, ReadProblem.ZIP_BOMB)
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
        except ZIP_ERRORS as exc:
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
