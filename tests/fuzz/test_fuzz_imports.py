"""Property-based fuzzing of every reader: mutated and generated files of each format end
in a Document or a typed refusal, within the time and memory bounds (tests/fuzz/harness.py).

The quick profile (default) runs a fixed set of a few hundred cases in every test run; the
long one (`scripts/fuzz`, KLAUSUL_FUZZ_CASES=N) draws N fresh random cases."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings

from tests.fuzz import strategies
from tests.fuzz.harness import Sample, check_import

CASES = int(os.environ.get("KLAUSUL_FUZZ_CASES", "300"))
LONG = "KLAUSUL_FUZZ_CASES" in os.environ
# Share of the cases per format: the zip formats have the most structure to get wrong.
SHARES = {"docx": 0.3, "odt": 0.22, "pdf": 0.12, "txt": 0.1, "md": 0.1, "html": 0.16}


def profile(kind: str) -> settings:
    return settings(
        max_examples=max(int(CASES * SHARES[kind]), 1),
        deadline=None,  # the harness bounds each case's time in the child process
        derandomize=not LONG,  # the quick profile is the same few hundred cases every run
        database=None if not LONG else settings.default.database,
        print_blob=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                               HealthCheck.large_base_example, HealthCheck.filter_too_much],
    )


@profile("docx")
@given(strategies.docx_files().map(Sample))
def test_mutated_docx(data: bytes) -> None:
    check_import(data, "fuzz.docx")


@profile("odt")
@given(strategies.odt_files().map(Sample))
def test_mutated_odt(data: bytes) -> None:
    check_import(data, "fuzz.odt")


@profile("pdf")
@given(strategies.pdf_files().map(Sample))
def test_mutated_pdf(data: bytes) -> None:
    check_import(data, "fuzz.pdf")


@profile("txt")
@given(strategies.text_files().map(Sample))
def test_generated_text(data: bytes) -> None:
    check_import(data, "fuzz.txt")


@profile("md")
@given(strategies.markdown_files().map(Sample))
def test_generated_markdown(data: bytes) -> None:
    check_import(data, "fuzz.md")


@profile("html")
@given(strategies.html_files().map(Sample))
def test_generated_html(data: bytes) -> None:
    check_import(data, "fuzz.html")
