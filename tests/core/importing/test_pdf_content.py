"""PDF content outside plain text lines: form fields, annotations, unmapped fonts, encryption."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from app.core.documents.model import Clause
from app.core.errors import DocumentReadError, ReadProblem, ReadWarning
from app.core.importing import import_bytes
from app.core.importing.pdf_security import Encryption, empty_password_opens, find_encryption
from tests.builders.pdf_parts import (
    encrypted_pdf,
    field,
    garbage_words,
    note,
    raw_pdf,
    text_op,
    with_looping_page,
)

PATH = Path("avtal.pdf")
TOP = 780


def clauses(data: bytes) -> list[Clause]:
    return list(import_bytes(data, PATH).clauses)


def where(clause: Clause) -> str:
    return clause.location.encode() if clause.location else ""


# -- form fields and annotations -------------------------------------------------------------
def test_a_pdf_whose_text_is_only_in_form_fields_imports() -> None:
    fields = [field("Kommun", "Norrvik", (72, 700, 300, 720)),
              field("Ansvar", "Elevhälsan samordnar insatserna.", (72, 650, 500, 670)),
              field("Godkänd", "Yes", (72, 600, 90, 618), kind="Btn"),
              field("Dold", "Syns inte", (72, 560, 300, 580), flags=2)]
    result = clauses(raw_pdf([b""], [fields]))
    assert [(c.text, where(c)) for c in result] == [
        ("Norrvik", "form_field:1"), ("Elevhälsan samordnar insatserna.", "form_field:1")]


def test_field_values_and_annotations_stand_where_they_are_on_the_page() -> None:
    content = (text_op(72, 760, "Avtalet gäller från och med årsskiftet.")
               + text_op(72, 745, "Det ersätter det förra avtalet.")
               + text_op(72, 640, "Parterna följer upp avtalet varje år.")
               + text_op(72, 625, "Uppföljningen redovisas för nämnderna."))
    annotations = [field("Datum", "2026-01-01", (72, 700, 200, 716)),
                   note("Text", "Kolla datumet med regionen.", (400, 600, 420, 620)),
                   note("FreeText", "Utkast", (400, 780, 500, 800)),
                   note("Text", "Dold anteckning", (400, 500, 420, 520), flags=2)]
    result = clauses(raw_pdf([content], [annotations]))
    assert [(c.text, where(c)) for c in result] == [
        ("Utkast", "annotation:1"),
        ("Avtalet gäller från och med årsskiftet. Det ersätter det förra avtalet.", "page:1"),
        ("2026-01-01", "form_field:1"),
        ("Parterna följer upp avtalet varje år. Uppföljningen redovisas för nämnderna.",
         "page:1"),
        ("Kolla datumet med regionen.", "annotation:1")]


# -- fonts without a Unicode map --------------------------------------------------------------
def _page(*lines: str | bytes) -> bytes:
    """Text lines in Helvetica (str) or in the font without a Unicode map (bytes)."""
    return b"".join(text_op(72, TOP - 20 * i, line, font="F2" if isinstance(line, bytes)
                            else "F1") for i, line in enumerate(lines))


GOOD = ["Parterna ska samverka kring barnets behov.", "Skolan ansvarar för elevhälsan.",
        "Regionen ansvarar för vården."]


def test_a_few_garbage_runs_are_dropped_with_a_warning() -> None:
    content = _page(GOOD[0], garbage_words(2), GOOD[1], GOOD[2])
    document = import_bytes(raw_pdf([content]), PATH)
    text = " ".join(c.text for c in document.clauses)
    assert "Skolan ansvarar för elevhälsan." in text
    assert not any(ord(char) < 32 for char in text)
    assert [(w.kind, w.detail) for w in document.warnings] == [
        (ReadWarning.UNMAPPED_CHARACTERS, "12")]
    assert document.warnings[0].message() == \
        "12 tecken utan teckentabell (symboler eller oläslig text) togs bort"


def test_a_page_of_garbage_is_dropped_and_named() -> None:
    garbage_page = _page(*[garbage_words(8) for _ in range(6)])
    pages = [_page(*GOOD), garbage_page, _page("Uppföljning sker varje år.")]
    document = import_bytes(raw_pdf(pages), PATH)
    text = " ".join(c.text for c in document.clauses)
    assert text.startswith(GOOD[0]) and text.endswith("Uppföljning sker varje år.")
    assert not any(ord(char) < 32 for char in text)
    assert [(w.kind, w.detail) for w in document.warnings] == [
        (ReadWarning.UNREADABLE_PAGES, "2")]


def test_a_document_of_garbage_is_refused_with_the_reason() -> None:
    garbage_page = _page(*[garbage_words(8) for _ in range(6)])
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(raw_pdf([_page(GOOD[0]), garbage_page, garbage_page]), PATH)
    assert raised.value.problem is ReadProblem.UNMAPPED_FONTS
    assert "typsnitten saknar teckentabell" in raised.value.message()


def test_a_symbol_font_bullet_starts_a_list_item_and_stray_symbols_go() -> None:
    from app.core.importing.pdf_garbage import clean

    assert clean("\uf0d8 elevhälsan") == ("• elevhälsan", 0)
    assert clean("\uf0b7 punkt") == ("• punkt", 0)
    assert clean("hälsa\uf0fc och vård") == ("hälsa och vård", 1)
    assert clean("Skolan \x0e\x0f\x10 ansvarar") == ("Skolan ansvarar", 3)
    # A stray control character at a word's edge goes alone; one inside a word takes it.
    assert clean("Diarienummer 15-173-\x15") == ("Diarienummer 15-173-", 1)
    assert clean("Avtal \xc4OHFM\x01QJEJ") == ("Avtal", 10)
    assert clean("vård\u0a52 och omsorg") == ("vård och omsorg", 1)  # no character has it


def test_a_page_that_cannot_be_loaded_is_skipped_and_named() -> None:
    data = with_looping_page(raw_pdf([_page(GOOD[0]), _page(GOOD[1]), _page(GOOD[2])]), 2)
    document = import_bytes(data, PATH)
    text = " ".join(c.text for c in document.clauses)
    assert GOOD[0] in text and GOOD[2] in text and GOOD[1] not in text
    # (PDFium walks around the loop, so which number it gives the lost page is its own.)
    assert [w.kind for w in document.warnings] == [ReadWarning.DAMAGED_PAGES]
    assert document.warnings[0].message().endswith("är skadad och lästes inte")
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(with_looping_page(raw_pdf([_page(GOOD[0])]), 1), PATH)
    assert raised.value.problem is ReadProblem.TRUNCATED


def test_an_empty_pdf_has_no_text_and_is_not_called_scanned() -> None:
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(raw_pdf([b""]), PATH)
    assert raised.value.problem is ReadProblem.NO_TEXT


# -- encryption -------------------------------------------------------------------------------
def test_a_pdf_that_needs_a_password_is_called_password_protected() -> None:
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(encrypted_pdf("hemligt", "ägare"), PATH)
    assert raised.value.problem is ReadProblem.ENCRYPTED


def test_encryption_with_an_empty_user_password_is_read() -> None:
    for strength in (40, 128):
        result = clauses(encrypted_pdf("", "ägare", strength))
        assert [c.text for c in result] == ["Parterna ska samverka kring barnets behov."]


def test_an_encrypt_entry_that_leads_nowhere_is_not_called_a_password(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = raw_pdf([_page(*GOOD)], trailer_extra=b" /Encrypt 99 0 R")
    real = pdfium.PdfDocument

    def strict(source: bytes, *args: object, **kwargs: object) -> pdfium.PdfDocument:
        # As PDFium does for some files: an /Encrypt entry it cannot follow is a password.
        if b"/Encrypt 99 0 R" in source:
            raise pdfium.PdfiumError("Failed to load document (PDFium: Incorrect password "
                                     "error).")
        return real(source, *args, **kwargs)

    monkeypatch.setattr(pdfium, "PdfDocument", strict)
    assert clauses(data)[0].text.startswith(GOOD[0])


def test_encryption_pdfium_cannot_read_but_no_password_guards_is_named_so(
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = encrypted_pdf("", "ägare")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise pdfium.PdfiumError("Failed to load document (PDFium: Incorrect password error).")

    monkeypatch.setattr(pdfium, "PdfDocument", refuse)
    with pytest.raises(DocumentReadError) as raised:
        import_bytes(data, PATH)
    assert raised.value.problem is ReadProblem.UNSUPPORTED_ENCRYPTION


def test_the_empty_password_check_follows_the_standard_handler() -> None:
    # reportlab's own handler writes /O and /U: an independent check of revisions 2 and 3.
    for strength in (40, 128):
        opens = find_encryption(encrypted_pdf("", "ägare", strength))
        needs = find_encryption(encrypted_pdf("hemligt", "ägare", strength))
        assert opens is not None and needs is not None
        assert (empty_password_opens(opens), empty_password_opens(needs)) == (True, False)
    # Revision 6 (AES-256): /O and /U of a file whose owner password is empty and whose user
    # password is not; readers open it without asking.
    owner = bytes.fromhex(
        "384415c370731d581955244d1e475204d084d4b5be9a943e55f0a21d0a354d86002175233d6899ac"
        "4a244104ea74aaaa")
    user = bytes.fromhex(
        "86270432ecb25433a37e461bfc3721bed1d73810583503f1be6afb42ad523da86adfe4b76358edf0"
        "738fbc8e053fb121")
    entries: dict[bytes, bytes | int | bool] = {b"/Filter": b"/Standard", b"/R": 6,
                                                b"/O": owner, b"/U": user}
    assert empty_password_opens(Encryption(entries, b"")) is True
    entries[b"/O"] = owner[:31] + bytes([owner[31] ^ 1]) + owner[32:]
    assert empty_password_opens(Encryption(entries, b"")) is False


def test_aes_128_cbc_matches_the_published_vectors() -> None:
    from app.core.importing.pdf_aes import aes128_cbc_encrypt

    # FIPS-197 appendix C.1 (one block, zero IV) and NIST SP 800-38A F.2.1 (CBC, two blocks).
    assert aes128_cbc_encrypt(bytes(range(16)), bytes(16), bytes.fromhex(
        "00112233445566778899aabbccddeeff")).hex() == "69c4e0d86a7b0430d8cdb78070b4c55a"
    key = bytes.fromhex("2b7e151628aed2a6abf7158809cf4f3c")
    iv = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
    plain = bytes.fromhex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51")
    assert aes128_cbc_encrypt(key, iv, plain).hex() == (
        "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2")
