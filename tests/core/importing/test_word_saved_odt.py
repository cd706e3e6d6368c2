"""Word files saved as OpenDocument by LibreOffice read back to the Word file's clauses.

The DOCX files are the builders' agreements in every layout (hand-typed bullets, bold text
as headings, a Title paragraph, numbering past 10, tracked changes); LibreOffice headless
saves each as .odt, as a member who opens a Word file in LibreOffice and saves it does. The
DOCX reader is the reference: the same clauses, kinds, levels, numbers and title."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.documents.model import Document
from app.core.importing import import_bytes
from tests.builders.libreoffice import convert_all
from tests.builders.word_agreements import LAYOUTS, build_agreement_docx


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Document, Document]]:
    documents = {name: build_agreement_docx(name) for name in LAYOUTS}
    odts = convert_all(documents, tmp_path_factory.mktemp("word-saved-odt"), "odt")
    return {name: (import_bytes(documents[name], Path(f"{name}.docx")),
                   import_bytes(odts[name], Path(f"{name}.odt"))) for name in documents}


def _outline(document: Document) -> list[tuple[str, int, str | None, str]]:
    return [(c.kind, c.level, c.number, c.text) for c in document.clauses]


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_word_file_saved_as_odt_reads_as_its_docx(
        saved: dict[str, tuple[Document, Document]], name: str) -> None:
    docx, odt = saved[name]
    assert odt.title == docx.title
    assert _outline(odt) == _outline(docx)
