"""Every crasher the fuzzer found, minimised by Hypothesis and kept as a file: each now ends
in a Document or a typed refusal (tests/data/fuzz/README.md says what each one broke)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import ReadProblem
from tests.fuzz.harness import check_import

FOUND = Path(__file__).resolve().parents[1] / "data" / "fuzz"


@pytest.mark.parametrize("path", sorted(p for p in FOUND.iterdir() if p.suffix != ".md"),
                         ids=lambda p: p.name)
def test_found_crasher_is_now_a_document_or_a_typed_refusal(path: Path) -> None:
    check_import(path.read_bytes(), f"fuzz{path.suffix}")


def test_the_kept_crashers_end_as_expected() -> None:
    deflate = check_import((FOUND / "corrupt-deflate.docx").read_bytes(), "fuzz.docx")
    assert deflate.error is not None and deflate.error.problem is ReadProblem.TRUNCATED
    odt = check_import((FOUND / "empty-list-level.odt").read_bytes(), "fuzz.odt")
    assert odt.document is not None
    pdf = check_import((FOUND / "nul-in-title.pdf").read_bytes(), "fuzz.pdf")
    assert pdf.document is not None and pdf.document.title == "Samverkan"
