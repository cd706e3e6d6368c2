"""`klausul inspect`: the documented JSON shape and the readable outline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.builders.docx_builder import build_docx, p

TEXT = """2. Ansvar

Socialtjänsten ansvarar för:
- att utreda barnets behov
- att kalla till SIP
"""


def test_inspect_json_has_exactly_the_documented_shape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "avtal.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["inspect", str(source), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"document", "clauses"}
    assert payload["document"] == {"title": "2. Ansvar", "format": "txt", "source": str(source)}
    first, lead_in, item = payload["clauses"][:3]
    assert set(first) >= {"id", "kind", "level", "number", "heading_path", "text"}
    assert (first["kind"], first["level"], first["number"], first["text"]) == (
        "heading", 1, "2.", "Ansvar")
    assert lead_in["kind"] == "paragraph" and lead_in["level"] == 0
    assert item == {
        "id": item["id"], "kind": "list_item", "level": 1, "number": None,
        "heading_path": ["2. Ansvar"], "text": "att utreda barnets behov",
        "context": "Socialtjänsten ansvarar för:", "notes": [],
        "location": {"kind": "line", "number": 4},
    }
    assert isinstance(item["id"], str) and item["id"]


def test_inspect_json_attaches_foot_and_endnotes_to_the_citing_clause(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.builders.docx_builder import notes_xml, r
    from tests.builders.docx_parts import note_reference

    citing = p(runs=r("Enligt skollagen") + note_reference("footnote", 1) + r(" och hälso-")
               + r(" och sjukvårdslagen.") + note_reference("endnote", 1))
    table_row = ("<w:tbl><w:tr><w:tc>" + p(runs=r("Elevhälsan") + note_reference("footnote", 2))
                 + "</w:tc></w:tr></w:tbl>")
    data = build_docx(p("Ingen not här.") + citing + table_row,
                      footnotes=notes_xml("footnote", {1: "SFS 2010:800", 2: "Se 2 kap."}),
                      endnotes=notes_xml("endnote", {1: "HSL 2017:30"}))
    source = tmp_path / "noter.docx"
    source.write_bytes(data)
    assert main(["inspect", str(source), "--json"]) == 0
    clauses = json.loads(capsys.readouterr().out)["clauses"]
    assert [c["notes"] for c in clauses] == [
        [],
        [{"kind": "footnote", "text": "SFS 2010:800"}, {"kind": "endnote", "text": "HSL 2017:30"}],
        [{"kind": "footnote", "text": "Se 2 kap."}],
    ]
    assert clauses[2]["location"] == {"kind": "table", "number": 1, "row": 1}


def test_inspect_outline_shows_headings_and_items(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "avtal.docx"
    source.write_bytes(build_docx(p("Syfte", style="Rubrik1") + p("Text om syftet.")))
    assert main(["inspect", str(source)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Syfte  [docx, 2 klausuler]")
    assert out[1] == "# Syfte"
    assert out[2] == "  Text om syftet."


def test_sniffing_ignores_the_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    source = tmp_path / "egentligen_word.txt"
    source.write_bytes(build_docx(p("Syfte", style="Rubrik1")))
    assert main(["inspect", str(source), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["format"] == "docx"
