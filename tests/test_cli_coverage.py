"""`klausul coverage` and `klausul decisions`: the exact JSON shape, the same numbers in the
XLSX (read by openpyxl and by LibreOffice) and the CSV, views by --rows/--cols, bad input;
decisions set, listed and cleared from the command line."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.cli.main import main as cli
from app.core.project import Project
from app.core.resources import demo_folder


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """The demo with its suggestions accepted and a second member's differing party."""
    target = tmp_path / "demo.klausul"
    shutil.copy(demo_folder() / "demo.klausul", target)
    assert cli(["tags", "suggest", str(target), "--accept", "--member", "Eva"]) == 0
    return target


def coverage(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert cli(["coverage", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_json_has_exactly_the_documented_shape(project_file: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    payload = coverage(capsys, str(project_file))
    assert set(payload) == {"rows", "cols", "documents", "base", "cells"}
    assert (payload["rows"], payload["cols"], payload["base"]) == ("målgrupp", "part", 0)
    assert [set(d) for d in payload["documents"]] == [{"id", "name"}] * 3
    assert payload["documents"][0]["name"] == "Norrvik – utkast"
    assert payload["cells"]
    for cell in payload["cells"]:
        assert set(cell) == {"row", "col", "counts", "clauses", "gap", "overlap"}
        assert [len(c) for c in cell["clauses"]] == cell["counts"]
        assert cell["gap"] == (cell["counts"][0] == 0 and any(cell["counts"]))
        assert isinstance(cell["overlap"], bool) and isinstance(cell["row"], str)
    assert any(c["gap"] for c in payload["cells"])
    duties = coverage(capsys, str(project_file), "--rows", "part")
    assert (duties["rows"], duties["cols"]) == ("part", "ansvar")
    pair = coverage(capsys, str(project_file), "--rows", "malgrupp", "--cols", "ansvar")
    assert (pair["rows"], pair["cols"]) == ("målgrupp", "ansvar")


def _sheet_numbers(rows: list[tuple[Any, ...]], documents: int) -> dict[tuple[str, str],
                                                                        list[int]]:
    return {(str(r[0]), str(r[1])): [int(float(v)) for v in r[2:2 + documents]]
            for r in rows[1:] if r and r[0] not in (None, "")}


def _json_numbers(payload: dict[str, Any]) -> dict[tuple[str, str], list[int]]:
    return {(c["row"], c["col"]): c["counts"] for c in payload["cells"]}


def test_xlsx_holds_the_same_numbers_as_the_json(project_file: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    payload = coverage(capsys, str(project_file))
    out = tmp_path / "täckning.xlsx"
    assert cli(["coverage", str(project_file), "--xlsx", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Målgrupp × Part", "Part × Ansvar", "Målgrupp × Ansvar",
                               "Luckor och överlapp", "Åldersgränser", "Ska utan part",
                               "Taggar", "Beslut"]
    assert all(sheet.freeze_panes is not None and sheet.freeze_panes.endswith("2")
               for sheet in book.worksheets)
    matrix = list(book["Målgrupp × Part"].iter_rows(values_only=True))
    assert _sheet_numbers(matrix, 3) == _json_numbers(payload)
    gaps = [r for r in book["Luckor och överlapp"].iter_rows(values_only=True)][1:]
    assert sum(1 for r in gaps if r[0] == "Målgrupp × Part" and r[3] == "lucka") == \
        sum(c["gap"] for c in payload["cells"])
    assert book["Taggar"].max_row - 1 == len(json.loads(_tags_json(project_file, capsys)))


def _tags_json(project_file: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert cli(["tags", "list", str(project_file), "--json"]) == 0
    return json.dumps(json.loads(capsys.readouterr().out)["tags"])


def test_libreoffice_opens_the_xlsx_with_the_same_numbers(
        project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    calc = soffice is not None and any(
        (Path(soffice).resolve().parent / name).exists()
        for name in ("libsclo.so", "sclo.dll", "libsclo.dylib"))
    if soffice is None or not calc:
        if os.environ.get("CI") == "true":
            pytest.fail("LibreOffice Calc is missing in CI (.ci/run installs it)")
        pytest.skip("LibreOffice Calc (soffice with libreoffice-calc) is not installed here")
    payload = coverage(capsys, str(project_file))
    out = tmp_path / "matris.xlsx"
    assert cli(["coverage", str(project_file), "--xlsx", str(out)]) == 0
    converted = tmp_path / "lo"
    profile = tmp_path / "profile"
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", str(converted), str(out)],
        capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr
    with (converted / "matris.csv").open(encoding="utf-8") as handle:
        rows = [tuple(r) for r in csv.reader(handle)]  # LibreOffice wrote the first sheet
    assert rows[0][:2] == ("Målgrupp", "Part")
    assert _sheet_numbers(rows, 3) == _json_numbers(payload)


def test_csv_writes_the_matrix_and_the_other_tables_beside_it(
        project_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = coverage(capsys, str(project_file), "--rows", "part", "--cols", "ansvar")
    out = tmp_path / "tack.csv"
    assert cli(["coverage", str(project_file), "--rows", "part", "--cols", "ansvar",
                "--csv", str(out)]) == 0
    with out.open(encoding="utf-8-sig") as handle:
        rows = [tuple(r) for r in csv.reader(handle, delimiter=";")]
    assert _sheet_numbers(rows, 3) == _json_numbers(payload)
    for suffix in ("malgrupp-part", "malgrupp-ansvar", "luckor", "aldrar", "utan-part",
                   "taggar", "beslut"):
        assert (tmp_path / f"tack-{suffix}.csv").is_file(), suffix


@pytest.mark.parametrize("args", [["--rows", "part", "--cols", "part"], ["--rows", "kod"],
                                  ["--xlsx", "ut.csv"], ["--csv", "ut.xlsx"]])
def test_bad_arguments_give_one_line_and_exit_2(project_file: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                args: list[str]) -> None:
    capsys.readouterr()
    args = [str(tmp_path / a) if a.startswith("ut.") else a for a in args]
    assert cli(["coverage", str(project_file), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("klausul: ") and err.count("\n") == 1


def test_a_missing_project_is_one_line_and_exit_2(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["coverage", str(tmp_path / "saknas.klausul")]) == 2
    assert "saknas.klausul" in capsys.readouterr().err


def test_decisions_from_the_command_line(project_file: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    work = tmp_path / "w"
    work.mkdir()
    project = Project.open(project_file, work, mode="read_only")
    clause = next(c for row in project.alignment().rows if all(row.cells) for c in row.cells[1])
    project.close()
    assert cli(["decisions", "set", str(project_file), clause, "--status", "beslutad",
                "--text", "Ta Västerås formulering", "--member", "Eva"]) == 0
    capsys.readouterr()
    assert cli(["decisions", "list", str(project_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["decisions"]
    assert len(listed) == 1 and set(listed[0]) == {"clause_id", "document", "status", "text",
                                                  "member", "updated", "clauses"}
    assert (listed[0]["status"], listed[0]["text"], listed[0]["member"]) == (
        "decided", "Ta Västerås formulering", "Eva")
    assert clause in listed[0]["clauses"]
    out = tmp_path / "med-beslut.xlsx"
    assert cli(["coverage", str(project_file), "--xlsx", str(out)]) == 0
    from openpyxl import load_workbook

    decided = list(load_workbook(out)["Beslut"].iter_rows(values_only=True))
    assert decided[1][:3] == ("beslutad", "Ta Västerås formulering", "Eva")
    assert cli(["decisions", "set", str(project_file), clause, "--status", "klar",
                "--member", "Eva"]) == 2
    assert cli(["decisions", "set", str(project_file), "finns-inte", "--status", "öppen",
                "--member", "Eva"]) == 2
    assert cli(["decisions", "clear", str(project_file), clause]) == 0
    capsys.readouterr()
    assert cli(["decisions", "list", str(project_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"decisions": []}
