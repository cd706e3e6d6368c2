"""Import a file into a Document: sniff the format, read blocks, segment into clauses.

The package is light to load (the comparison's word diff uses its clause numbers): the
sniffer, the containers (lxml, zipfile) and the segmenter load with the first import."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from app.core.documents.model import Document, DocumentId, DocumentMeta, ReadResult
from app.core.errors import DocumentReadError, ReadProblem

MAX_FILE_BYTES = 200 * 1024 * 1024

Reader = Callable[[bytes, Path], ReadResult]


_READERS = {
    "docx": ("docx_reader", "read"),
    "pdf": ("pdf_reader", "read"),
    "odt": ("odt_reader", "read"),
    "html": ("html_reader", "read"),
    "txt": ("text_reader", "read"),
    "md": ("text_reader", "read_markdown"),
}


def _reader(kind: str) -> Reader:
    # Imported on demand so that start-up does not pay for PDFium or the other readers.
    module_name, function = _READERS[kind]
    module = importlib.import_module(f"app.core.importing.{module_name}")
    reader: Reader = getattr(module, function)
    return reader


def read_bytes(path: Path) -> bytes:
    """Read a file's bytes, turning OS errors into DocumentReadError."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentReadError(path, ReadProblem.TOO_LARGE, str(size // 2**20))
        return path.read_bytes()
    except FileNotFoundError:
        raise DocumentReadError(path, ReadProblem.NOT_FOUND) from None
    except IsADirectoryError:
        raise DocumentReadError(path, ReadProblem.IS_FOLDER) from None
    except OSError as exc:
        raise DocumentReadError(path, ReadProblem.UNREADABLE, exc.strerror or "") from None


def document_id_for(sha256: str) -> DocumentId:
    """The default document id: a prefix of the content hash (the file's SHA-256 in hex),
    stable across re-imports."""
    return DocumentId(sha256[:8])


def read_result(data: bytes, path: Path) -> ReadResult:
    """Sniff and read `data` (the bytes of `path`) into blocks."""
    from app.core.importing.sniffing import sniff

    kind = sniff(data, path)
    try:
        result = _reader(kind)(data, path)
    except DocumentReadError:
        raise
    except RecursionError:
        raise DocumentReadError(path, ReadProblem.TOO_DEEP) from None
    except MemoryError:
        raise DocumentReadError(path, ReadProblem.TOO_MUCH_MEMORY) from None
    if not any(block.text.strip() for block in result.blocks):
        raise DocumentReadError(path, ReadProblem.NO_TEXT)
    return result


def import_bytes(
    data: bytes,
    path: Path,
    document_id: DocumentId | None = None,
    meta: DocumentMeta | None = None,
) -> Document:
    """Return the Document held in `data`, read from `path` (used for its name only)."""
    import hashlib

    from app.core.importing.containers import strip_invalid_xml_chars
    from app.core.importing.segmentation import normalise_space, segment

    result = read_result(data, path)
    sha256 = hashlib.sha256(data).hexdigest()  # hashed once: the default id is its prefix
    doc_id = document_id or document_id_for(sha256)
    clauses = segment(result.blocks, doc_id)
    return Document(
        id=doc_id,
        # A title comes from metadata too (a PDF's Info dictionary): one clean line.
        title=normalise_space(strip_invalid_xml_chars(result.title)) or path.stem,
        format=result.format,
        source=str(path),
        sha256=sha256,
        clauses=clauses,
        meta=meta or DocumentMeta(),
        warnings=result.warnings,
    )


def import_document(path: Path, document_id: DocumentId | None = None) -> Document:
    """Read and segment the file at `path`; raises DocumentReadError with a clear reason."""
    return import_bytes(read_bytes(path), path, document_id)
