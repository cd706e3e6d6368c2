"""Every reader is linear in its input: doubling the input roughly doubles the time.

Each shape below is one that used to be (or could be) quadratic: a text table without
blank lines (one block of many lines, joined pairwise), Markdown tables with and without
pipes, one Word paragraph of many tracked insertions (each joined the paragraph so far), a
chain of deleted paragraph marks (each copied the carried text), long and nested lists.
Times are the best of several runs in this process, compared with each other only; a
quadratic reader shows a ratio near 4, a linear one near 2."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.importing import import_bytes
from app.core.importing.line_rules import join_hyphenated, join_lines
from tests.builders.docx_builder import build_docx, p, r
from tests.builders.odt_builder import build_odt
from tests.builders.pdf_builder import Item, build_pdf

ROW = "Region Norrvik | Hälso- och sjukvård | ansvarar för att utreda barnets behov | " * 4 \
    + "\n"
LIMIT = 3.0  # doubling the input may at most triple the time


def _docx_insertions(n: int) -> bytes:
    return build_docx(p("", runs="".join(
        f'<w:ins w:id="{i}" w:author="Anna">{r("ord" * 100 + " ")}</w:ins>' for i in range(n))))


def _docx_deleted_marks(n: int) -> bytes:
    # Each paragraph mark deleted: the whole chain runs into one paragraph.
    mark = '<w:pPr><w:rPr><w:del w:id="1" w:author="Bo"/></w:rPr></w:pPr>'
    return build_docx("".join(
        f"<w:p>{mark}" + "".join(f'<w:commentRangeStart w:id="{i}-{j}"/>{r(f"ord{j} ")}'
                                 for j in range(5)) + "</w:p>" for i in range(n)) + p("slut"))


def _docx_paragraphs(n: int) -> bytes:
    return build_docx("".join(p(f"{i} Barn och unga ska få stöd i tid.") for i in range(n)))


def _odt(n: int) -> bytes:
    return build_odt("".join(
        f"<text:p>Stycke {i} om barn.</text:p>"
        f'<text:list text:style-name="Num"><text:list-item><text:p>punkt {i}</text:p>'
        "</text:list-item></text:list>" for i in range(n)))


def _html(n: int) -> bytes:
    items = "".join(f"<li>punkt {i}<ul><li>inre {i}</li></ul></li>" for i in range(n))
    return f"<html><body><ol type='i'>{items}</ol><p>slut</p></body></html>".encode()


def _pdf(n: int) -> bytes:
    items = [Item("paragraph", f"Stycke {i}: barn och unga ska få det stöd de behöver i "
                               "rätt tid, av rätt huvudman, utan att falla mellan stolarna.")
             for i in range(n)]
    return build_pdf(items)


SHAPES: dict[str, tuple[Callable[[int], bytes], str, int]] = {
    "text table without blank lines": (lambda n: (ROW * n).encode(), "txt", 4000),
    "text paragraphs": (lambda n: ("Barn ska få stöd.\n\n" * n).encode(), "txt", 3000),
    "markdown pipe table": (lambda n: ("| " + ROW.replace("\n", " |\n")).encode() * n, "md",
                            200),
    "markdown table without pipes": (lambda n: ("# R\n\n" + ROW * n).encode(), "md", 4000),
    "markdown emphasis": (lambda n: ("**fet** _kursiv_ `kod` [länk](x)\n" * n).encode(), "md",
                          6000),
    "docx paragraph of many insertions": (_docx_insertions, "docx", 1000),
    "docx chain of deleted paragraph marks": (_docx_deleted_marks, "docx", 2000),
    "docx paragraphs": (_docx_paragraphs, "docx", 2000),
    "odt paragraphs and lists": (_odt, "odt", 1500),
    "html nested lists": (_html, "html", 2000),
    "pdf pages": (_pdf, "pdf", 300),
}


def _best(data: bytes, name: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        import_bytes(data, Path(name))
        best = min(best, time.perf_counter() - started)
    return best


@pytest.mark.parametrize("shape", SHAPES)
def test_doubling_the_input_roughly_doubles_the_time(shape: str) -> None:
    make, kind, size = SHAPES[shape]
    small, large = make(size), make(2 * size)
    name = f"linjär.{kind}"
    _best(small, name, 1)  # warm up
    ratios = []
    for _ in range(3):  # a busy machine can spoil one measurement, not three
        ratios.append(_best(large, name) / _best(small, name))
        if ratios[-1] < LIMIT:
            break
    assert min(ratios) < LIMIT, f"{shape}: time ratios {ratios} for twice the input"


_WORDS = st.sampled_from(["samverkans-", "avtal", "hälso-", "och", "Region", "-", "a-", "x",
                          " ", "", "  b  ", "A-", "-b", "é-", "till", "som,", "--"])


@settings(max_examples=300, derandomize=True, database=None)
@given(st.lists(st.lists(_WORDS, max_size=8).map(" ".join), max_size=10))
def test_linear_join_equals_the_pairwise_join(lines: list[str]) -> None:
    joined = ""
    for line in lines:
        joined = join_hyphenated(joined, line)
    assert " ".join(join_lines(lines).split()) == " ".join(joined.split())
