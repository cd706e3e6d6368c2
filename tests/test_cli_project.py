"""`klausul project new | info | check`: make a project headless, describe it, check it;
every kind of damaged project file refused in one line naming the file, exit 2."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.core.project import Project
from app.core.store.database import SCHEMA_VERSION
from tests.builders.damaged_projects import (
    AGREEMENT,
    DAMAGES,
    OTHER,
    damaged_project,
    make_version_1,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("norrvik.txt", AGREEMENT), ("sorby.txt", OTHER)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_new_info_and_check(tmp_path: Path, files: list[Path],
                            capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nytt.klausul"
    assert main(["project", "new", str(out), *map(str, files), "--base", "1"]) == 0
    assert capsys.readouterr().out.strip() == "nytt.klausul: 2 dokument, 13 klausuler"
    assert main(["project", "info", str(out), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["project"]["schema_version"] == SCHEMA_VERSION
    assert info["project"]["integrity"] == "ok"
    documents = info["documents"]
    assert [d["source"] for d in documents] == ["norrvik.txt", "sorby.txt"]
    assert [d["format"] for d in documents] == ["txt", "txt"]
    assert [d["clauses"] for d in documents] == [7, 6]
    assert info["project"]["base"] == documents[1]["id"]
    assert documents[0]["name"] == "Överenskommelse om samverkan"
    assert main(["project", "info", str(out)]) == 0
    text = capsys.readouterr().out.splitlines()
    assert text[0] == f"nytt.klausul: format {SCHEMA_VERSION}, integritet ok"
    assert text[2].endswith("Samverkansavtal [bas]") and "6 klausuler" in text[2]
    assert main(["project", "check", str(out)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"nytt.klausul: ok (2 dokument, 13 klausuler, format {SCHEMA_VERSION})")
    # The project opens in the window's use case with its alignment already stored.
    project = Project.open(out, tmp_path / "work", mode="read_only")
    assert project.alignment.current() is not None
    project.close()


def test_new_refuses_a_bad_file_and_makes_nothing(tmp_path: Path, files: list[Path],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04 inte en zip")
    out = tmp_path / "nytt.klausul"
    assert main(["project", "new", str(out), str(files[0]), str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("klausul: trasig.docx: ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["norrvik.txt", "sorby.txt",
                                                          "trasig.docx"]


def test_new_refuses_an_existing_file_and_a_base_out_of_range(
        tmp_path: Path, files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "finns.klausul"
    out.write_bytes(b"viktigt")
    assert main(["project", "new", str(out), str(files[0])]) == 2
    assert capsys.readouterr().err.strip() == (
        "klausul: finns.klausul: filen finns redan; välj ett annat namn")
    assert out.read_bytes() == b"viktigt"
    assert main(["project", "new", str(tmp_path / "x.klausul"), str(files[0]),
                 "--base", "3"]) == 2
    assert capsys.readouterr().err.strip() == "klausul: --base måste vara mellan 0 och 0"


KINDS = [*DAMAGES, "missing", "a folder"]


@pytest.mark.parametrize("command", ["info", "check"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_damaged_project_file_is_refused_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, command: str) -> None:
    if kind == "missing":
        path, words = tmp_path / "borta.klausul", "filen finns inte"
    elif kind == "a folder":
        path, words = tmp_path / "mapp.klausul", "det är en mapp"
        path.mkdir()
    else:
        path, words = damaged_project(tmp_path / "p", kind), DAMAGES[kind][1]
    assert main(["project", command, str(path)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"klausul: {path.name}: ") and words in lines[0], lines[0]
    assert captured.out == ""


def test_a_real_process_refuses_a_damaged_file_without_a_traceback(tmp_path: Path) -> None:
    path = damaged_project(tmp_path / "p", "corrupted pages")
    result = subprocess.run([sys.executable, "-m", "app", "project", "info", str(path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1
    assert result.stderr.startswith("klausul: corrupted-pages.klausul: filen är skadad")


def test_check_finds_a_stored_original_that_was_changed(
        tmp_path: Path, files: list[Path], capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nytt.klausul"
    assert main(["project", "new", str(out), *map(str, files)]) == 0
    db = sqlite3.connect(out)
    db.execute("UPDATE documents SET original = X'00' WHERE position = 0")
    db.commit()
    db.close()
    capsys.readouterr()
    assert main(["project", "info", str(out)]) == 0  # info trusts what decodes
    capsys.readouterr()
    assert main(["project", "check", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("klausul: nytt.klausul: filen är skadad") and "SHA-256" in err


def test_info_tells_an_older_format(tmp_path: Path, files: list[Path],
                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "gammalt.klausul"
    assert main(["project", "new", str(out), *map(str, files)]) == 0
    make_version_1(out, "rad 3")
    before = out.read_bytes()
    capsys.readouterr()
    assert main(["project", "info", str(out)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (f"gammalt.klausul: format 1 (uppgraderas till {SCHEMA_VERSION} när det "
                     "sparas), integritet ok")
    assert out.read_bytes() == before
