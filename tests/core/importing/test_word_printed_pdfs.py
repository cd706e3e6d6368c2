"""PDFs printed from Word files read back to the Word file's clauses.

The DOCX files are written by the test builders the way users write agreements (hand-typed
bullets without hanging indent, bold text as headings, numbering past 10, long headings,
running headers and page numbers, tracked changes shown, no space between paragraphs) and
printed to PDF by LibreOffice headless. The DOCX reader is the reference.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.core.documents.model import Document
from app.core.importing import import_bytes
from app.core.importing.line_rules import pdf_list_label
from app.core.importing.pdf_layout import measure
from app.core.importing.pdf_lines import Line, extract
from tests.builders.clause_match import ClauseMatch, match_clauses
from tests.builders.word_agreements import AMBIGUOUS_LAYOUTS, HYPHEN_PARAGRAPHS, LAYOUTS
from tests.core.importing.conftest import SECTIONS, Printed

REQUIRED = 0.97
SECTION_DOCUMENTS = [f"{name}@{layout}" for name, (_, layouts) in SECTIONS.items()
                     for layout in layouts]


def _documents(printed: Printed, name: str) -> tuple[Document, Document]:
    return (import_bytes(printed.pdf, Path(f"{name}.pdf")),
            import_bytes(printed.docx, Path(f"{name}.docx")))


def _match(word_printed: dict[str, Printed], name: str) -> ClauseMatch:
    return match_clauses(*_documents(word_printed[name], name))


def _lines(printed: Printed) -> list[Line]:
    return list(extract(printed.pdf, Path("a.pdf")).lines)


def _raw_text(printed: Printed) -> str:
    document = pdfium.PdfDocument(printed.pdf)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split())
                        for page in document)
    finally:
        document.close()


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_word_printed_pdf_yields_the_clauses_of_its_docx(
        word_printed: dict[str, Printed], name: str) -> None:
    match = _match(word_printed, name)
    assert match.precision >= REQUIRED and match.recall >= REQUIRED, \
        match.summary(name) + "\n" + match.explain()
    assert match.same_headings, match.summary(name) + "\n" + match.explain()


def test_a_ragged_layout_without_paragraph_spacing_is_read_as_far_as_it_can_be(
        word_printed: dict[str, Printed]) -> None:
    # No space, no indent, ragged right: a paragraph whose last line happens to be full looks
    # like a wrapped sentence. Klausul splits wherever the page shows a paragraph end.
    for name in AMBIGUOUS_LAYOUTS:
        match = _match(word_printed, name)
        assert match.precision >= 0.95 and match.recall >= 0.9, match.summary(name)
        assert match.same_headings, match.explain()


def test_the_layouts_really_hold_what_they_test(word_printed: dict[str, Printed]) -> None:
    """Guards against a builder change that silently removes a case."""
    norrbacka = _lines(word_printed["norrbacka"])
    # A hand bullet whose wrapped line returns to the bullet's x (no hanging indent).
    assert any(a.text.startswith("– ") and b.x == a.x and not b.text.startswith("– ")
               for a, b in itertools.pairwise(norrbacka))
    # A heading in a larger font over two lines.
    assert any(a.size == b.size == 16.0 and a.page == b.page and b.y - a.y < 24
               for a, b in itertools.pairwise(norrbacka))
    # Automatic numbering past 10 with the label against its text.
    assert any(re.match(r"1\d\.[A-ZÅÄÖ]", line.text) for line in _lines(word_printed["havso"]))
    # Tracked deletions printed (struck through).
    raw = _raw_text(word_printed["osterfjall"])
    assert "är i enlighet med tidigare fattade beslut enligt 16 kap." in raw
    # Running headers and "Sida N av M" footers.
    assert "Sida 2 av" in raw and raw.count("Österfjäll") >= 10


def test_struck_through_deletions_are_left_out(word_printed: dict[str, Printed]) -> None:
    for name in ("osterfjall", "lindmark"):
        pdf, docx = _documents(word_printed[name], name)
        changed = [c for c in docx.clauses if any(r.kind == "deletion" for r in c.revisions)]
        assert len(changed) >= 5
        texts = {c.text for c in pdf.clauses}
        assert all(c.text in texts for c in changed), name
        assert not any("i enlighet med tidigare fattade beslut" in t for t in texts)


def test_no_header_footer_or_page_number_becomes_a_clause(
        word_printed: dict[str, Printed]) -> None:
    for name in LAYOUTS:
        pdf, _ = _documents(word_printed[name], name)
        assert not any(re.fullmatch(r"(Sida )?\d+( av \d+)?", c.text) for c in pdf.clauses)
        header = LAYOUTS[name].header
        assert sum(c.text == header for c in pdf.clauses) == 0, name


def test_real_hyphens_at_line_ends_and_numbers_on_wrapped_lines(
        word_printed: dict[str, Printed]) -> None:
    printed = word_printed["wrapping"]
    lines = _lines(printed)
    pairs = list(itertools.pairwise(lines))
    for end in ("SIP-", " e-", " it-"):
        assert any(a.text.endswith(end) and b.text[:1].islower() for a, b in pairs), end
    assert any(b.text.startswith("12. Parterna") for _, b in pairs)
    pdf, docx = _documents(printed, "wrapping")
    assert [(c.kind, c.number, c.text) for c in pdf.clauses] == \
        [("paragraph", None, text) for text in HYPHEN_PARAGRAPHS] == \
        [(c.kind, c.number, c.text) for c in docx.clauses]


def test_long_numbered_list_keeps_every_label(word_printed: dict[str, Printed]) -> None:
    for name, count in (("vastmark", 12), ("havso", 10)):
        pdf, docx = _documents(word_printed[name], name)
        numbers = [c.number for c in pdf.clauses if c.kind == "list_item" and c.number]
        assert numbers == [c.number for c in docx.clauses if c.kind == "list_item" and c.number]
        assert numbers[:count] == [f"{n}." for n in range(1, count + 1)], name


@pytest.mark.parametrize("name", SECTION_DOCUMENTS)
def test_chapters_above_sections_and_steps_after_paragraphs_read_as_in_word(
        word_printed: dict[str, Printed], name: str) -> None:
    match = _match(word_printed, name)
    assert match.precision >= REQUIRED and match.recall >= REQUIRED, \
        match.summary(name) + "\n" + match.explain()
    assert match.same_headings, match.summary(name) + "\n" + match.explain()
    pdf, docx = _documents(word_printed[name], name)
    if name.startswith("chapters@"):
        # Word reads "1 kap. ..." at level 1 from its typed number, "§ 1 ..." (bold, body
        # size) at the rank of its size, below the title's and the chapters' sizes.
        levels = {(c.number, c.text): c.level for c in docx.clauses if c.kind == "heading"}
        assert levels[(None, "1 kap. Allmänna bestämmelser")] == 1
        assert levels[("§ 1", "Parter")] == 3
    else:
        # Every step keeps its label; the numbering runs through the document.
        numbers = [c.number for c in pdf.clauses if c.kind == "list_item"]
        assert numbers == [c.number for c in docx.clauses if c.kind == "list_item"]
        assert numbers == [f"{n}." for n in range(1, len(numbers) + 1)] and len(numbers) > 30


def test_steps_follow_full_paragraph_lines_without_a_gap(
        word_printed: dict[str, Printed]) -> None:
    """Guards the case of the test above: some step starts on the line after a paragraph's
    full last line, at the line pitch, with no lead-in before it."""
    for layout in SECTIONS["steps"][1]:
        lines = _lines(word_printed[f"steps@{layout}"])
        rhythm = measure(lines)
        assert any(pdf_list_label(b.text) and not pdf_list_label(a.text)
                   and a.page == b.page and b.y - a.y <= rhythm.pitch(b.size) * 1.1
                   and not rhythm.short(a, b) and not a.text.endswith(":")
                   for a, b in itertools.pairwise(lines)), layout
