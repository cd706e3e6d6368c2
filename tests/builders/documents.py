"""Build Document objects straight from (kind, level, text) items, without a file."""

from __future__ import annotations

import hashlib

from app.core.documents.model import Block, ClauseKind, Document, DocumentId
from app.core.importing.segmentation import segment


def make_document(items: list[tuple[str, int, str]], doc_id: str, title: str = "") -> Document:
    """A Document whose clauses come from the items, segmented like an import."""
    blocks = [Block(kind=kind, level=level, text=text) for kind, level, text in items
              if kind in ("heading", "paragraph", "list_item", "table_cell")]
    for block in blocks:
        assert block.kind in ("heading", "paragraph", "list_item", "table_cell")
    clauses = segment(blocks, DocumentId(doc_id))
    digest = hashlib.sha256(repr(items).encode()).hexdigest()
    return Document(id=DocumentId(doc_id), title=title or doc_id, format="txt",
                    source=f"{doc_id}.txt", sha256=digest, clauses=clauses)


def item(kind: ClauseKind, text: str, level: int = 0) -> tuple[str, int, str]:
    """Shorthand for one item."""
    return (kind, level if level or kind != "list_item" else 1, text)
