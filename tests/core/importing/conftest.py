"""Word-printed PDFs: the builders' DOCX files printed by LibreOffice, once per session."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.builders.libreoffice import print_to_pdf
from tests.builders.word_agreements import (
    AMBIGUOUS_LAYOUTS,
    LAYOUTS,
    build_agreement_docx,
    build_blocks_docx,
    build_wrapping_docx,
)
from tests.builders.word_sections import CHAPTERS, STEPS

# The short test documents of word_sections, each in the layouts that show its structure.
SECTIONS = {"chapters": (CHAPTERS, ("vastmark", "havso")),
            "steps": (STEPS, ("sydasen", "lindmark"))}


@dataclass(frozen=True)
class Printed:
    """A DOCX and the PDF LibreOffice printed from it."""

    docx: bytes
    pdf: bytes


@pytest.fixture(scope="session")
def word_printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Printed]:
    """Every test agreement layout, the wrapping document and the short documents of
    `SECTIONS` in their layouts (named "chapters@vastmark"), printed in one soffice run."""
    documents = {name: build_agreement_docx(name) for name in [*LAYOUTS, *AMBIGUOUS_LAYOUTS]}
    documents["wrapping"] = build_wrapping_docx()
    for name, (blocks, layouts) in SECTIONS.items():
        for layout in layouts:
            documents[f"{name}@{layout}"] = build_blocks_docx(blocks, LAYOUTS[layout])
    pdfs = print_to_pdf(documents, tmp_path_factory.mktemp("word-printed"))
    return {name: Printed(documents[name], pdfs[name]) for name in documents}
