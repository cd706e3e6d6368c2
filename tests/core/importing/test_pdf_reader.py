"""PDF import: paragraphs from lines, hyphenation, running headers, headings, lists."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from app.core.errors import DocumentReadError, ReadProblem
from app.core.importing import import_bytes
from tests.builders.pdf_builder import Item, build_image_only_pdf, build_pdf

LONG = ("Parterna ska gemensamt verka för att barn och unga får det stöd de behöver "
        "i rätt tid, oavsett vilken huvudman som ansvarar för insatsen, och att "
        "samverkansöverenskommelsen följs upp årligen av ledningsgruppen i länet.")

SPEC = [
    Item("heading", "Inledning", 1, "1."),
    Item("paragraph", LONG),
    Item("heading", "Ansvar", 2, "1.1"),
    Item("paragraph", "Socialtjänsten ansvarar för:"),
    Item("bullet", "att utreda barnets behov och vid behov kalla till samordnad individuell "
                   "plan tillsammans med regionens verksamheter"),
    Item("bullet", "att informera vårdnadshavare"),
    Item("bullet", "att dokumentera beslut", level=2),
    Item("numbered", "Första åtgärden", number="1."),
    Item("numbered", "Andra åtgärden", number="2."),
    Item("heading", "Uppföljning", 1, "2."),
    *[Item("paragraph", f"Stycke {n}: " + LONG) for n in range(1, 25)],
]


def imported(items: list[Item], **kwargs: object) -> list[tuple]:
    document = import_bytes(build_pdf(items, **kwargs), Path("avtal.pdf"))  # type: ignore[arg-type]
    return [(c.kind, c.level, c.number, c.text, c.context) for c in document.clauses]


def test_paragraph_lines_are_joined_and_hyphenated_words_rejoined() -> None:
    got = imported(SPEC)
    assert got[1] == ("paragraph", 0, None, LONG, None)


def test_headings_from_size_and_bold_with_number_labels() -> None:
    got = imported(SPEC)
    assert got[0][:4] == ("heading", 1, "1.", "Inledning")
    assert got[2][:4] == ("heading", 2, "1.1", "Ansvar")
    assert ("heading", 1, "2.", "Uppföljning") in [g[:4] for g in got]


def test_bullets_numbers_levels_and_lead_in_context() -> None:
    got = imported(SPEC)
    items = [g for g in got if g[0] == "list_item"]
    assert [(i[1], i[2], i[3][:25]) for i in items] == [
        (1, None, "att utreda barnets behov "),
        (1, None, "att informera vårdnadshav"),
        (2, None, "att dokumentera beslut"),
        (1, "1.", "Första åtgärden"),
        (1, "2.", "Andra åtgärden"),
    ]
    assert items[0][4] == "Socialtjänsten ansvarar för:"
    assert items[0][3].endswith("regionens verksamheter")


def test_running_headers_and_page_numbers_are_dropped() -> None:
    got = imported(SPEC)
    texts = [g[3] for g in got]
    assert not any(t.startswith(("Region Norrvik", "Sida")) for t in texts)
    assert sum(t.startswith("Stycke") for t in texts) == 24


def test_paragraph_split_by_page_break_is_one_clause() -> None:
    got = imported(SPEC)
    assert all(t[3].endswith("ledningsgruppen i länet.") for t in got if t[0] == "paragraph"
               and t[3].startswith("Stycke"))


def test_title_from_metadata() -> None:
    document = import_bytes(build_pdf(SPEC, title="Avtal Norrvik"), Path("a.pdf"))
    assert document.title == "Avtal Norrvik"
    assert document.format == "pdf"


def test_scanned_pdf_without_text_layer_is_refused() -> None:
    with pytest.raises(DocumentReadError) as error:
        import_bytes(build_image_only_pdf(), Path("skannad.pdf"))
    assert error.value.problem is ReadProblem.SCANNED_PDF
    assert "inskannad PDF utan textlager: kör OCR först" in error.value.message()


def test_truncated_pdf_is_a_clear_error() -> None:
    data = build_pdf(SPEC)[:400]
    with pytest.raises(DocumentReadError) as error:
        import_bytes(data, Path("trasig.pdf"))
    assert error.value.problem in (ReadProblem.TRUNCATED, ReadProblem.SCANNED_PDF)


def _docx_of(items: list[Item], target: Path) -> bytes:
    document = docx.Document()
    for item in items:
        if item.kind == "heading":
            document.add_heading(f"{item.number} {item.text}" if item.number else item.text,
                                 item.level)
        elif item.kind == "paragraph":
            document.add_paragraph(item.text)
        elif item.kind == "bullet":
            document.add_paragraph(item.text, style="List Bullet" if item.level == 1
                                   else "List Bullet 2")
        else:
            document.add_paragraph(item.text, style="List Number")
    document.save(str(target))
    return target.read_bytes()


def test_pdf_printed_from_word_gives_the_same_clauses(tmp_path: Path) -> None:
    from_word = import_bytes(_docx_of(SPEC, tmp_path / "a.docx"), Path("a.docx"))
    from_pdf = import_bytes(build_pdf(SPEC), Path("a.pdf"))
    def shape(document: object) -> list[tuple]:
        return [(c.kind, c.level, c.number, c.text, c.heading_path, c.context)
                for c in document.clauses]  # type: ignore[attr-defined]
    assert shape(from_pdf) == shape(from_word)


# -- layouts Word produces and the synthetic builder did not draw before -----------------

def _texts(items: list[Item]) -> list[tuple]:
    """(kind, number, text) of a one-page PDF (no running header: one page cannot show it)."""
    return [(c[0], c[2], c[3]) for c in imported(items, hyphenate=False, header="")]


def test_hand_bullets_without_hanging_indent_keep_their_wrapped_lines() -> None:
    wrapped = ("att kalla till samordnad individuell plan när barnet behöver insatser från både "
               "kommunen och regionen och vårdnadshavarna har lämnat sitt samtycke till det")
    items = [Item("paragraph", "Socialtjänsten ansvarar för:"),
             Item("bullet", wrapped, marker="–", hanging=False),
             Item("bullet", "att informera vårdnadshavarna om vad som har beslutats och varför "
                            "beslutet fattades, skriftligt och muntligt", marker="–",
                  hanging=False),
             Item("paragraph", "Regionen ansvarar för hälso- och sjukvården.")]
    assert _texts(items) == [
        ("paragraph", None, "Socialtjänsten ansvarar för:"),
        ("list_item", None, wrapped),
        ("list_item", None, "att informera vårdnadshavarna om vad som har beslutats och varför "
                            "beslutet fattades, skriftligt och muntligt"),
        ("paragraph", None, "Regionen ansvarar för hälso- och sjukvården."),
    ]


def test_a_number_on_a_wrapped_line_does_not_start_an_item() -> None:
    # Word breaks after the hyphens of a date; the next line then begins "19. ...".
    text = ("Den första överenskommelsen antogs 2013-11-\n19. Revideringen gjordes under "
            "2015-\n16 och SIP-\nmallen byttes ut. Kontakt sker via e-\npost.")
    items = [Item("paragraph", text),
             Item("paragraph", "Avvikelser hanteras enligt punkt\n12. Parterna ska vara "
                               "överens om rutinen.")]
    assert _texts(items) == [
        ("paragraph", None, "Den första överenskommelsen antogs 2013-11-19. Revideringen "
                            "gjordes under 2015-16 och SIP-mallen byttes ut. Kontakt sker via "
                            "e-post."),
        ("paragraph", None, "Avvikelser hanteras enligt punkt 12. Parterna ska vara överens "
                            "om rutinen."),
    ]


def test_labels_from_ten_up_against_their_text_split_into_items() -> None:
    items = [Item("paragraph", "Lagar som överenskommelsen bygger på:")]
    items += [Item("numbered", f"Artikel {n} i konventionen gäller", number=f"{n}.", gap=12)
              for n in range(8, 13)]
    got = _texts(items)
    assert [g[1] for g in got[1:]] == ["8.", "9.", "10.", "11.", "12."]
    assert got[3] == ("list_item", "10.", "Artikel 10 i konventionen gäller")


def test_lettered_and_roman_labels_in_sequence() -> None:
    items = [Item("paragraph", "Planen ska innehålla:")]
    items += [Item("numbered", text, number=label) for label, text in
              (("a)", "mål"), ("b)", "insatser"), ("c)", "ansvar"))]
    items += [Item("paragraph", "Uppföljningen sker i tre steg:")]
    items += [Item("numbered", text, number=label) for label, text in
              (("i)", "första mötet"), ("ii)", "andra mötet"), ("iii)", "avslut"))]
    got = _texts(items)
    assert [(g[1], g[2]) for g in got if g[0] == "list_item"] == [
        ("a)", "mål"), ("b)", "insatser"), ("c)", "ansvar"),
        ("i)", "första mötet"), ("ii)", "andra mötet"), ("iii)", "avslut")]


def test_struck_through_text_is_dropped_like_a_deletion() -> None:
    items = [Item("paragraph", "Barnkonventionen är ~~sedan länge~~ svensk lag och ska vägas "
                               "in i alla beslut som rör barn.")]
    assert _texts(items) == [("paragraph", None, "Barnkonventionen är svensk lag och ska "
                                                 "vägas in i alla beslut som rör barn.")]


def test_two_line_heading_in_a_larger_font_stays_one_heading() -> None:
    items = [Item("heading", "Samordnad individuell plan för barn och unga med behov av\n"
                             "insatser från flera huvudmän", 1, "3"),
             *[Item("paragraph", LONG)] * 3]
    got = imported(items, header="")
    assert got[0][:4] == ("heading", 1, "3", "Samordnad individuell plan för barn och unga "
                                             "med behov av insatser från flera huvudmän")
    assert got[1][3] == LONG
