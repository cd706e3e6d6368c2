"""`klausul compare`: JSON shape, base choice, DOCX and HTML reports, bad input."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from lxml import etree, html

from app.cli import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
A = """Syfte

Barn ska få stöd i tid.

Regionen ansvarar för:
- att utreda behov
- att erbjuda vård
"""
B = """Syfte

Barn och unga ska få stöd i rätt tid.

Regionen ansvarar för:
- att erbjuda vård
- att utreda barnets behov
- att följa upp
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    a, b = tmp_path / "norrvik.txt", tmp_path / "vastera.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    return a, b


def test_compare_json_has_the_documented_shape(files: tuple[Path, Path],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(files[0]), str(files[1]), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"documents", "rows"}
    assert [set(d) for d in payload["documents"]] == [{"title", "name", "source",
                                                       "clauses"}] * 2
    ids = [{c["id"] for c in d["clauses"]} for d in payload["documents"]]
    statuses = set()
    for row in payload["rows"]:
        assert set(row) == {"cells", "status", "similarity", "cell_status"}
        assert len(row["cells"]) == 2
        assert row["cell_status"][0] in ("base", "empty")
        for cell, status in zip(row["cells"], row["cell_status"], strict=True):
            assert bool(cell) == (status not in ("missing", "empty"))
        assert set(row["cells"][0]) <= ids[0] and set(row["cells"][1]) <= ids[1]
        assert isinstance(row["similarity"], float)
        statuses.add(row["status"])
    assert {"identical", "changed", "added"} <= statuses
    every = [i for row in payload["rows"] for cell in row["cells"] for i in cell]
    assert sorted(every) == sorted(ids[0] | ids[1])


def test_base_switch_turns_added_into_removed(files: tuple[Path, Path],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    main(["compare", str(files[0]), str(files[1]), "--json", "--base", "1"])
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert "removed" in {r["status"] for r in rows}
    assert "added" not in {r["status"] for r in rows}


def test_docx_report_has_summary_and_tracked_changes(files: tuple[Path, Path],
                                                     tmp_path: Path) -> None:
    target = tmp_path / "rapport.docx"
    assert main(["compare", str(files[0]), str(files[1]), "--report", str(target)]) == 0
    with zipfile.ZipFile(target) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    inserted = "".join(t.text or "" for t in root.iter(W + "ins") for t in t.iter(W + "t"))
    assert "och unga" in inserted and "rätt" in inserted
    assert "att följa upp" in inserted
    assert all(e.get(W + "author") == "Klausul" for e in root.iter(W + "ins"))
    first_table = next(root.iter(W + "tbl"))
    header = ["".join(t.itertext()) for t in next(first_table.iter(W + "tr")).iter(W + "tc")]
    assert header[:3] == ["Dokument", "Lika", "Ändrad"]
    body_text = "".join(root.itertext())
    assert body_text.index("Sammanfattning") < body_text.index("Klausuler")


def test_html_report_is_self_contained_with_ins_and_del(files: tuple[Path, Path],
                                                        tmp_path: Path) -> None:
    target = tmp_path / "rapport.html"
    assert main(["compare", str(files[1]), str(files[0]), "--report", str(target)]) == 0
    source = target.read_text(encoding="utf-8")
    assert "<script" not in source and "http" not in source.replace("http-equiv", "")
    page = html.fromstring(source)
    assert [" ".join(d.text_content().split()) for d in page.iter("del")]
    assert "Sammanfattning" in page.xpath("//h2/text()")[0]


def test_unknown_report_suffix_and_too_few_files(files: tuple[Path, Path], tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(files[0]), str(files[1]), "--report",
                 str(tmp_path / "r.pdf")]) == 2
    assert "r.pdf" in capsys.readouterr().err
    assert main(["compare", str(files[0])]) == 2
    assert main(["compare", str(files[0]), str(files[1]), "--base", "5"]) == 2


def test_unreadable_input_is_one_line_exit_2(files: tuple[Path, Path], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "tom.docx"
    empty.write_bytes(b"")
    assert main(["compare", str(files[0]), str(empty)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "tom.docx: filen är tom" in err


def test_same_file_twice_keeps_two_documents(files: tuple[Path, Path],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", str(files[0]), str(files[0]), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert {r["status"] for r in payload["rows"]} == {"identical"}
    assert {tuple(r["cell_status"]) for r in payload["rows"]} == {("base", "identical")}
    names = [d["name"] for d in payload["documents"]]
    assert len(set(names)) == 2 and all(n.startswith(payload["documents"][0]["title"])
                                        for n in names)


def test_cell_status_per_document_against_the_base(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "bas.txt"
    base.write_text("Syfte\n\nBarn ska få stöd i tid.\n\nUppföljning sker varje år.\n",
                    encoding="utf-8")
    copy = tmp_path / "kopia.txt"
    copy.write_text(base.read_text(encoding="utf-8"), encoding="utf-8")
    other = tmp_path / "annan.txt"
    other.write_text("Syfte\n\nBarn och unga ska få stöd i rätt tid.\n\nNy klausul om SIP.\n",
                     encoding="utf-8")
    assert main(["compare", str(base), str(copy), str(other), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    statuses = {tuple(r["cell_status"]) for r in rows}
    # The identical copy never differs; the other document's changes are its own.
    assert all(r["cell_status"][1] in ("identical", "empty") for r in rows)
    assert ("base", "identical", "changed") in statuses
    assert ("base", "identical", "missing") in statuses
    assert ("empty", "empty", "added") in statuses


def test_ignore_option_changes_what_counts_as_changed(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Syfte\n\nBarn ska få stöd i tid.\n", encoding="utf-8")
    b.write_text("SYFTE\n\nBarn ska få stöd i tid!\n", encoding="utf-8")
    assert main(["compare", str(a), str(b), "--json"]) == 0
    plain = [r["cell_status"][1] for r in json.loads(capsys.readouterr().out)["rows"]]
    assert main(["compare", str(a), str(b), "--json", "--ignore",
                 "case,punctuation,whitespace"]) == 0
    ignoring = [r["cell_status"][1] for r in json.loads(capsys.readouterr().out)["rows"]]
    assert "changed" in plain and set(ignoring) == {"identical"}
    assert main(["compare", str(a), str(b), "--ignore", "tecken"]) == 2
    assert "--ignore" in capsys.readouterr().err
