"""Plain text and Markdown import: encodings, paragraphs, lists, headings, tables."""

from __future__ import annotations

from pathlib import Path

from app.core.importing import import_bytes
from app.core.importing.line_rules import is_page_number, join_hyphenated

AGREEMENT = """Överenskommelse om barns hälsa

1. Inledning

Denna överenskommelse gäller mellan Region Norrvik
och kommunerna i länet.

2.1 Ansvar

Regionen ansvarar för:
– att erbjuda hälsoundersökning
  inom fyra veckor
– att samverka med skolan
    • att dela information

Avslutande stycke efter listan.
"""


def read(text: str, name: str = "avtal.txt", encoding: str = "utf-8") -> list[tuple]:
    document = import_bytes(text.encode(encoding), Path(name))
    return [(c.kind, c.level, c.number, c.text, c.context) for c in document.clauses]


def test_plain_text_blocks_headings_and_wrapped_lines() -> None:
    got = read(AGREEMENT)
    assert got[0][:4] == ("heading", 1, None, "Överenskommelse om barns hälsa")
    assert got[1][:4] == ("heading", 1, "1.", "Inledning")
    assert got[2][3] == "Denna överenskommelse gäller mellan Region Norrvik och kommunerna i länet."
    assert got[3][:4] == ("heading", 2, "2.1", "Ansvar")


def test_lead_in_gives_context_to_dash_items_and_levels_follow_indent() -> None:
    got = read(AGREEMENT)
    items = [g for g in got if g[0] == "list_item"]
    assert [(i[1], i[3]) for i in items] == [
        (1, "att erbjuda hälsoundersökning inom fyra veckor"),
        (1, "att samverka med skolan"),
        (3, "att dela information"),
    ]
    assert items[0][4] == "Regionen ansvarar för:"
    assert got[-1][:2] == ("paragraph", 0)
    assert got[-1][4] is None


def test_a_paragraph_that_runs_on_into_a_list_is_its_lead_in() -> None:
    # Word users often write the lead-in without a colon: "Elevhälsan erbjuder varje elev"
    got = read("Elevhälsan erbjuder varje elev\n\n- hälsobesök,\n- vaccinationer.\n\n"
               "Skolan följer närvaron.\n\n- varje vecka\n\n"
               "Rektorn ansvarar för rutinen\n\n- Mentorn ringer hem samma dag.\n",
               name="avtal.md")
    items = [g for g in got if g[0] == "list_item"]
    # a sentence ended, or an item that starts a sentence of its own: no lead-in
    assert [i[4] for i in items] == ["Elevhälsan erbjuder varje elev",
                                     "Elevhälsan erbjuder varje elev", None, None]


def test_windows_1252_text_is_decoded() -> None:
    got = read("Vårdnadshavare och förskola\n\nBarnen får stöd i skolan.\n",
               encoding="cp1252")
    assert got[1][3] == "Barnen får stöd i skolan."
    assert got[0][3] == "Vårdnadshavare och förskola"


def test_utf8_with_bom_and_utf16_are_decoded() -> None:
    text = "Stycke med åäö.\n"
    assert read("\ufeff" + text)[0][3] == "Stycke med åäö."
    assert read(text, encoding="utf-16")[0][3] == "Stycke med åäö."


def test_control_characters_are_dropped_from_text() -> None:
    assert read("Barn\x01 och\x02 unga ska\x0b få stöd.\n")[0][3] == "Barn och unga ska få stöd."


def test_markdown_headings_lists_emphasis_and_tables() -> None:
    markdown = """# Överenskommelse

## Ansvar

Socialtjänsten **ansvarar** för:

- att utreda
  behov
  - att *dokumentera*
1. första
2. andra

| Part | Ansvar |
|------|--------|
| BUP | Specialistvård |
"""
    got = read(markdown, "avtal.md")
    assert got[0][:4] == ("heading", 1, None, "Överenskommelse")
    assert got[1][:4] == ("heading", 2, None, "Ansvar")
    assert got[2][3] == "Socialtjänsten ansvarar för:"
    assert [g[1:4] for g in got[3:7]] == [(1, None, "att utreda behov"),
                                          (2, None, "att dokumentera"),
                                          (1, "1.", "första"), (1, "2.", "andra")]
    assert got[3][4] == "Socialtjänsten ansvarar för:"
    cells = [g for g in got if g[0] == "table_cell"]
    assert [c[3] for c in cells] == ["Part", "Ansvar", "BUP", "Specialistvård"]


def test_markdown_table_cell_knows_its_headers() -> None:
    data = b"| Part | Ansvar |\n|---|---|\n| Skolan | Elevh\xc3\xa4lsa |\n"
    clause = import_bytes(data, Path("t.md")).clauses[-1]
    assert clause.table is not None
    assert (clause.table.row_header, clause.table.column_header) == ("Skolan", "Ansvar")


def test_hyphenated_line_ends_are_joined_but_conjunction_hyphens_kept() -> None:
    assert join_hyphenated("samverkans-", "avtal gäller") == "samverkansavtal gäller"
    assert join_hyphenated("hälso-", "och sjukvård") == "hälso- och sjukvård"
    assert join_hyphenated("barn –", "unga") == "barn – unga"


def test_page_number_patterns() -> None:
    assert all(is_page_number(s) for s in ("3", "Sida 3", "3 av 12", "3 (12)", "3/12"))
    assert not any(is_page_number(s) for s in ("3 kap.", "Barn 0-18 år", "2.1 Ansvar"))
