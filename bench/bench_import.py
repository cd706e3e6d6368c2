"""Import speed per page for DOCX and PDF against the bare cost of unzip+parse / raw text.

Two PDFs: ~50 pages drawn by the reportlab builder (many short lines), and ~50 pages of
the sample agreements written as DOCX in Word's default layout and printed by LibreOffice
headless (skipped without soffice; the PDF is cached in the temp folder). The floor is
pypdfium2's raw text extraction of the same file, timed alternately in the same run.

Run: .venv/bin/python bench/bench_import.py   (figures compare only within one run)
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pypdfium2 as pdfium
from lxml import etree

from app.core.importing import import_bytes
from bench import material
from bench.timing import elapsed_ms
from tests.builders.agreement_texts import make_agreement
from tests.builders.docx_builder import build_docx
from tests.builders.libreoffice import find_soffice, print_to_pdf
from tests.builders.pdf_builder import Item, build_pdf
from tests.builders.word_agreements import LAYOUTS, agreement_blocks, build_blocks_docx

PAGES = 50
CLAUSES = 600  # about 50 Word pages of agreement text
PDF_CLAUSES = 1150  # about 50 pages as the reportlab builder lays them out
WORD_AGREEMENTS = ("norrbacka", "vastmark", "osterfjall", "granby")  # ~50 pages together


def _word_like_run(text: str, rsid: int) -> str:
    """Split text into 2-3 runs mid-word, each with the rPr Word writes."""
    rpr = ('<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
           '<w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr>')
    cuts = sorted({len(text) // 3, 2 * len(text) // 3})
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return "<w:proofErr w:type=\"spellStart\"/>".join(
        f'<w:r w:rsidR="00{rsid:06X}">{rpr}<w:t xml:space="preserve">{piece}</w:t></w:r>'
        for piece in pieces if piece)


def word_like_docx() -> bytes:
    body = []
    for index, (kind, _level, text) in enumerate(make_agreement(CLAUSES, seed=7)):
        ppr = {"heading": '<w:pStyle w:val="Rubrik1"/>',
               "list_item": '<w:pStyle w:val="Normal"/><w:numPr><w:ilvl w:val="0"/>'
                            '<w:numId w:val="1"/></w:numPr>'}.get(kind, "")
        body.append(f'<w:p w:rsidR="00{index:06X}" w14:paraId="{index:08X}" '
                    f'w:rsidRDefault="00A1B2C3"><w:pPr>{ppr}</w:pPr>'
                    f'<w:bookmarkStart w:id="{index}" w:name="_Toc{index}"/>'
                    f"{_word_like_run(text, index)}<w:bookmarkEnd w:id=\"{index}\"/></w:p>")
    numbering = ('<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/'
                 'wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl '
                 'w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText '
                 'w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId '
                 'w:val="0"/></w:num></w:numbering>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://'
           'schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.'
           f'microsoft.com/office/word/2010/wordml"><w:body>{"".join(body)}</w:body></w:document>')
    return build_docx("", document_xml=xml, numbering=numbering)


def agreement_pdf() -> bytes:
    kinds = {"heading": "heading", "paragraph": "paragraph", "list_item": "bullet"}
    items = [Item(kinds[k], t, 1) for k, _, t in make_agreement(PDF_CLAUSES, seed=7)]
    return build_pdf(items, title="Bench")


def word_printed_pdf() -> bytes | None:
    """The sample agreements in Word's default layout printed by LibreOffice, or None."""
    if find_soffice() is None:
        return None
    blocks = [block for name in WORD_AGREEMENTS for block in agreement_blocks(name)]
    docx = build_blocks_docx(blocks, LAYOUTS["norrbacka"])
    cache = Path(tempfile.gettempdir()) / "klausul-bench-pdf"
    return print_to_pdf({"bench": docx}, cache)["bench"]


def interleaved_ms(first: Callable[[], object], second: Callable[[], object],
                   runs: int = 11) -> tuple[float, float]:
    """Median ms of two functions timed alternately, so machine noise hits both alike."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(elapsed_ms(first))
        times[1].append(elapsed_ms(second))
    return statistics.median(times[0]), statistics.median(times[1])


def docx_floor(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        etree.fromstring(package.read("word/document.xml"))


def pdf_floor(data: bytes) -> None:
    document = pdfium.PdfDocument(data)
    for page in document:
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    document.close()


def report(name: str, floor: float, ours: float, pages: int, clauses: int) -> None:
    print(f"{name:8} floor {floor:7.1f} ms   import {ours:7.1f} ms   ratio {ours / floor:4.1f}x"
          f"   {ours / pages:5.2f} ms/page   ({pages} pages, {clauses} clauses)")


def _pages(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    try:
        return len(document)
    finally:
        document.close()


def main() -> None:
    runs: list[tuple[str, str, bytes, Callable[[bytes], None], int]] = [
        ("docx", "docx", word_like_docx(), docx_floor, PAGES)]
    # Issue 13's material: Word-like files of realistic clauses (about 310 words a page, as
    # LibreOffice lays out Calibri 11).
    for pages in (50, 200):
        items = material.pages_of(310, pages, seed=pages)
        runs.append((f"docx-{pages}", "docx", material.word_like_docx(items), docx_floor,
                     pages))
    pdf_data = agreement_pdf()
    runs.append(("pdf", "pdf", pdf_data, pdf_floor, _pages(pdf_data)))
    printed = word_printed_pdf()
    if printed is None:
        print("pdf-word: skipped (LibreOffice headless, soffice, is not installed)")
    else:
        runs.append(("pdf-word", "pdf", printed, pdf_floor, _pages(printed)))
    for name, suffix, data, floor_function, pages in runs:
        path = Path(f"bench.{suffix}")
        import_bytes(data, path)  # warm-up: imports the reader modules
        floor, ours = interleaved_ms(lambda d=data, f=floor_function: f(d),
                                     lambda d=data, p=path: import_bytes(d, p))
        clauses = len(import_bytes(data, path).clauses)
        report(name, floor, ours, pages, clauses)


if __name__ == "__main__":
    main()
