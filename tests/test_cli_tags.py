"""`klausul suggest-tags` and `klausul tags …`: the exact JSON shapes, accepting suggestions
as a member, list, export to CSV and XLSX, import, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli.main import main as cli
from app.core.project import Project
from tests.core.tagging.conftest import OTHER, SOCIAL


@pytest.fixture
def agreement(tmp_path: Path) -> Path:
    path = tmp_path / "testlan.md"
    path.write_text(SOCIAL, encoding="utf-8")
    return path


@pytest.fixture
def project_file(tmp_path: Path, agreement: Path) -> Path:
    other = tmp_path / "grannlan.md"
    other.write_text(OTHER, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    project = Project.new(work, "tester")
    for path in (agreement, other):
        project.apply(project.documents.read_file(path))
    target = tmp_path / "projekt.klausul"
    project.save(target)
    project.close()
    return target


def test_suggest_tags_json_has_exactly_the_documented_shape(
        agreement: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["suggest-tags", str(agreement), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"clauses"}
    for clause in payload["clauses"]:
        assert set(clause) == {"id", "text", "suggestions"}
        assert isinstance(clause["id"], str) and isinstance(clause["text"], str)
        for suggestion in clause["suggestions"]:
            assert set(suggestion) == {"facet", "code", "code_id", "why"}
            assert suggestion["facet"] in ("målgrupp", "part", "ansvar")
            assert all(isinstance(v, str) and v for v in suggestion.values())
    by_text = {c["text"]: c["suggestions"] for c in payload["clauses"]}
    item = by_text["att utreda barns behov av stöd och skydd"]
    party = [s for s in item if s["facet"] == "part"]
    assert [(s["code"], s["code_id"]) for s in party] == [("Socialtjänst", "part.socialtjanst")]
    assert "Socialtjänsten ansvarar för:" in party[0]["why"]
    placed = by_text["att besluta om placering i familjehem eller HVB"]
    assert "mg.placerade" in {s["code_id"] for s in placed}
    duty = by_text[next(t for t in by_text if t.startswith("Det åligger regionen"))]
    assert {"part.region", "mg.placerade", "ans.halsoundersokning"} <= \
        {s["code_id"] for s in duty}
    assert by_text["Socialtjänsten"] == [], "headings get no suggestions"


def test_suggest_tags_prints_a_readable_list(agreement: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["suggest-tags", str(agreement)]) == 0
    out = capsys.readouterr().out
    assert "part: Barn- och ungdomspsykiatri" in out and "[ska]" in out


def test_tags_suggest_accept_as_member_then_list_json(
        project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["tags", "suggest", str(project_file), "--json"]) == 0
    waiting = json.loads(capsys.readouterr().out)
    count = sum(len(c["suggestions"]) for c in waiting["clauses"])
    assert count > 5
    assert cli(["tags", "suggest", str(project_file), "--accept", "--member", "Eva"]) == 0
    assert f"{count} förslag godtogs" in capsys.readouterr().out
    assert cli(["tags", "list", str(project_file), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert set(listed) == {"tags"} and len(listed["tags"]) == count
    for row in listed["tags"]:
        assert set(row) == {"clause_id", "document", "text", "facet", "code", "code_id",
                            "member", "created", "rule"}
        assert row["member"] == "Eva" and row["rule"]
    assert cli(["tags", "suggest", str(project_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"clauses": []}


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_and_import_round_trip(project_file: Path, tmp_path: Path, suffix: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["tags", "suggest", str(project_file), "--accept", "--member", "Eva"]) == 0
    out = tmp_path / f"taggar{suffix}"
    assert cli(["tags", "export", str(project_file), str(out)]) == 0
    assert out.stat().st_size > 0
    assert cli(["tags", "list", str(project_file), "--json"]) == 0
    capsys.readouterr()
    fresh = tmp_path / "tomt.klausul"
    project = Project.open(project_file, tmp_path / "w2", "x", mode="copy")
    for tag in list(project.tags()):
        project.apply(project.tags.untag([tag.clause_id], tag.code_id))
    assert project.tags() == ()
    project.save(fresh)
    project.close()
    assert cli(["tags", "import", str(fresh), str(out)]) == 0
    assert "taggar lästes in" in capsys.readouterr().out
    assert cli(["tags", "list", str(fresh), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["tags"]
    assert rows and {r["member"] for r in rows} == {"Eva"}


def test_bad_input_is_one_line_and_exit_2(project_file: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["tags", "suggest", str(project_file), "--accept"]) == 2
    assert "--member" in capsys.readouterr().err
    assert cli(["tags", "export", str(project_file), str(tmp_path / "x.txt")]) == 2
    assert "x.txt" in capsys.readouterr().err
    bad = tmp_path / "taggar.csv"
    bad.write_text("a;b\n1;2\n", encoding="utf-8")
    assert cli(["tags", "import", str(project_file), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "taggar.csv" in err and "klausul_id" in err
    assert cli(["tags", "list", str(tmp_path / "saknas.klausul")]) == 2
    assert "saknas.klausul" in capsys.readouterr().err
    assert cli(["suggest-tags", str(tmp_path / "saknas.md")]) == 2
