"""Unique display names: the title, told apart by format or file name where titles clash."""

from __future__ import annotations

from dataclasses import replace

from app.core.documents.model import DocumentId
from app.core.documents.names import display_names
from tests.builders.documents import item, make_document

DOC = make_document([item("paragraph", "Barn ska få stöd.")], "a", title="Jönköping")


def _doc(doc_id: str, title: str, fmt: str = "txt", source: str = "") -> object:
    return replace(DOC, id=DocumentId(doc_id), title=title, format=fmt,
                   source=source or f"{doc_id}.{fmt}")


def test_unique_titles_are_the_names() -> None:
    assert display_names([_doc("a", "Jönköping"), _doc("b", "Östergötland")]) == (
        "Jönköping", "Östergötland")


def test_a_docx_and_its_pdf_are_told_apart_by_format() -> None:
    names = display_names([_doc("a", "Jönköping", "docx"), _doc("b", "Jönköping", "pdf")])
    assert names == ("Jönköping (DOCX)", "Jönköping (PDF)")


def test_an_agreement_and_its_revision_by_file_name_then_number() -> None:
    names = display_names([_doc("a", "Utkast", "docx", r"C:\arbete\utkast-v1.docx"),
                           _doc("b", "Utkast", "docx", "/hem/utkast-v2.docx")])
    assert names == ("Utkast (utkast-v1.docx)", "Utkast (utkast-v2.docx)")
    same = display_names([_doc("a", "Utkast", "md", "x/avtal.md"),
                          _doc("b", "Utkast", "md", "y/avtal.md")])
    assert same == ("Utkast (1)", "Utkast (2)")


def test_a_made_up_name_that_equals_a_title_is_numbered() -> None:
    names = display_names([_doc("a", "X", "docx"), _doc("b", "X", "pdf"),
                           _doc("c", "X (PDF)")])
    assert len(set(names)) == 3
