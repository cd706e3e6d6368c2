"""PDF line rules: list labels with or without a space, label sequences, hyphens at line ends."""

from __future__ import annotations

import pytest

from app.core.importing.line_rules import (
    break_unit,
    join_hyphenated,
    join_pdf_lines,
    label_follows,
    pdf_list_label,
    typed_heading_depth,
)
from app.core.importing.pdf_layout import Hyphens
from app.core.importing.pdf_lines import Line


@pytest.mark.parametrize(("line", "expected"), [
    ("1. Regionen ska", ("1.", "Regionen ska")),
    ("10.Artikel 6 gäller", ("10.", "Artikel 6 gäller")),
    ("99. Sista", ("99.", "Sista")),
    ("1.1 Bakgrund", ("1.1", "Bakgrund")),
    ("2.3.1. Ansvar", ("2.3.1.", "Ansvar")),
    ("a) mål", ("a)", "mål")),
    ("b)insatser", ("b)", "insatser")),
    ("xx) tjugonde", ("xx)", "tjugonde")),
    ("(3) tredje", ("(3)", "tredje")),
])
def test_list_labels_with_or_without_a_following_space(line: str, expected: tuple) -> None:
    assert pdf_list_label(line) == expected


@pytest.mark.parametrize(("heading", "depth"), [
    ("2.1 Ansvar", 2), ("3. Syfte", 1), ("1.2.3. Rutiner", 3),
    ("1 kap. Inledande bestämmelser", 1), ("12 kap. Tvister", 1),
    ("§ 4 Ansvar", None), ("Bakgrund", None), ("2024–2027", None),
])
def test_a_heading_s_typed_number_gives_its_depth_in_word_and_pdf_alike(
        heading: str, depth: int | None) -> None:
    assert typed_heading_depth(heading) == depth


@pytest.mark.parametrize("line", [
    "2013-11-19. Revideringen", "2015 antogs", "2.5 miljoner kronor", "100. Hundra",
    "19.00 börjar mötet", "Regionen ska", "1.1", "e) ", "18 år",
])
def test_what_is_not_a_list_label(line: str) -> None:
    assert pdf_list_label(line) is None


@pytest.mark.parametrize(("previous", "label"), [
    ("9.", "10."), ("1)", "2)"), ("(1)", "(2)"), ("1.1", "1.2"), ("2.3.", "2.4."),
    ("h)", "i)"), ("i)", "ii)"), ("i)", "j)"), ("iv)", "v)"), ("ix)", "x)"), ("xix)", "xx)"),
])
def test_label_sequences(previous: str, label: str) -> None:
    assert label_follows(previous, label)


@pytest.mark.parametrize(("previous", "label"), [
    ("18.", "20."), ("1.", "2)"), ("1.1", "2.2"), ("a)", "c)"), ("ii)", "iv)"), ("3.", "3."),
])
def test_labels_out_of_sequence(previous: str, label: str) -> None:
    assert not label_follows(previous, label)


@pytest.mark.parametrize(("first", "second", "joined"), [
    ("kallar till SIP-", "mötet i tid", "kallar till SIP-mötet i tid"),
    ("läsåret 2015-", "16 och", "läsåret 2015-16 och"),
    ("antogs 2013-11-", "19. Revideringen", "antogs 2013-11-19. Revideringen"),
    ("via e-", "post", "via e-post"),
    ("hälso-", "och sjukvården", "hälso- och sjukvården"),
    ("perioden 2024–", "2027 gäller", "perioden 2024–2027 gäller"),
    ("regionen –", "och kommunerna", "regionen – och kommunerna"),
    ("Barnet ska", "få stöd", "Barnet ska få stöd"),
])
def test_hyphens_at_a_line_end_are_kept(first: str, second: str, joined: str) -> None:
    assert join_pdf_lines(first, second) == joined


def test_only_a_soft_hyphen_is_dropped() -> None:
    assert join_pdf_lines("samverkans-", "avtalet gäller", soft_hyphen=True) == \
        "samverkansavtalet gäller"
    assert join_pdf_lines("hälso-", "och sjukvård", soft_hyphen=True) == "hälso- och sjukvård"


def test_the_text_reader_still_joins_hyphenated_words() -> None:
    assert join_hyphenated("samverkans-", "avtal") == "samverkansavtal"


def test_break_unit_is_what_must_stay_on_one_line() -> None:
    assert break_unit("SIP-mallen används") == "SIP-"
    assert break_unit("2015-16 och") == "2015-16"
    assert break_unit("– att informera") == "–"
    assert break_unit("Regionen ska") == "Regionen"


def _lines(*texts: str) -> list[Line]:
    return [Line(1, 72.0, 100.0 + 14 * i, 11.0, False, t) for i, t in enumerate(texts)]


def test_a_hyphen_is_soft_when_the_document_writes_the_word_whole() -> None:
    filler = ["Parterna ska gemensamt verka för att barn får stöd i rätt tid och"] * 60
    hyphens = Hyphens(_lines("Samverkansavtalet gäller i hela länet.", "Det nya samverkans-",
                             "avtalet och SIP-mallen och e-post.", "Vi skickar e-",
                             "post till SIP-", "mallen.", *filler))
    assert hyphens.soft("Det nya samverkans-", "avtalet och")
    assert not hyphens.soft("Vi skickar e-", "post till")  # "e-post" is written elsewhere
    assert not hyphens.soft("till SIP-", "mallen.")
    assert not hyphens.automatic
    assert hyphens.join(["Det nya samverkans-", "avtalet och SIP-", "mallen."]) == \
        "Det nya samverkansavtalet och SIP-mallen."


def test_an_automatically_hyphenated_document_drops_line_end_hyphens() -> None:
    wrapped = [f"rad {n} med ett långt ord som bröts avstav-" for n in range(10)]
    texts = [t for pair in zip(wrapped, ["ningen fortsätter här"] * 10, strict=True) for t in pair]
    hyphens = Hyphens(_lines(*texts))
    assert hyphens.automatic
    assert hyphens.soft("ett ord i över-", "gången")
    assert not hyphens.soft("hälso-", "och sjukvården")
