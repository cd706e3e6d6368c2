"""`klausul codebook …`: listing (the documented JSON shape), add, edit, move, merge, delete
(with what becomes of the tags), export and import, each checked through the Project API after
reopening the file; every refusal one line with exit code 2 and the file unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.tagging.codebook import CodeId, read_codebook
from tests.builders.cli_project import clause, reopened, run, tagging_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    return tagging_project(tmp_path)


def tag(capsys: pytest.CaptureFixture[str], path: Path, code: str, *clauses: str) -> None:
    result = run(capsys, "tags", "set", path, code, "--clause", *clauses, "--member", "Eva")
    assert result[0] == 0, result[2]


def test_list_json_has_exactly_the_documented_shape(project_file: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    with reopened(project_file) as project:
        first = clause(project, "att utreda barns behov av stöd och skydd")
        book = project.codebook()
    tag(capsys, project_file, "bup", first)
    code, out, err = run(capsys, "codebook", "list", project_file, "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert set(payload) == {"name", "facets", "codes"}
    assert [(f["id"], f["facet"]) for f in payload["facets"]] == [
        ("malgrupp", "målgrupp"), ("part", "part"), ("ansvar", "ansvar")]
    assert all(set(f) == {"id", "facet", "name", "description"} for f in payload["facets"])
    assert [c["id"] for c in payload["codes"]] == [c.id for c in book.codes]
    for item in payload["codes"]:
        assert set(item) == {"id", "facet", "name", "path", "parent", "description",
                             "abbreviations", "key", "color", "age", "tags"}
    by_id = {c["id"]: c for c in payload["codes"]}
    assert by_id["part.bup"]["tags"] == 1 and by_id["part.bup"]["parent"] == "part.region"
    assert by_id["part.bup"]["path"] == "Region › Barn- och ungdomspsykiatri"
    assert "BUP" in by_id["part.bup"]["abbreviations"]
    aged = next(c for c in payload["codes"] if c["age"] is not None)
    assert set(aged["age"]) == {"from", "to", "inclusive"}
    code, out, _ = run(capsys, "codebook", "list", project_file)
    assert code == 0 and f"{len(book.codes)} koder" in out
    assert "    part.bup  Barn- och ungdomspsykiatri" in out  # indented under Region


def test_add_and_edit_a_code(project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "codebook", "add", project_file, "Part", "Ungdomsmottagning",
                         "--parent", "region", "--abbreviations", "UM, umo", "--key", "U",
                         "--color", "#12AB34", "--description", "Sex och samlevnad")
    assert code == 0, err
    new_id = out.split()[0]
    with reopened(project_file) as project:
        made = project.codebook().code(new_id)
    assert made.facet == "part" and made.parent == "part.region"
    assert (made.name, made.abbreviations, made.key, made.color, made.description) == (
        "Ungdomsmottagning", ("UM", "umo"), "u", "#12ab34", "Sex och samlevnad")
    code, _, err = run(capsys, "codebook", "edit", project_file, "umo", "--name",
                       "Ungdomsmottagningen", "--abbreviations", "", "--key", "")
    assert code == 0, err
    with reopened(project_file) as project:
        edited = project.codebook().code(new_id)
    assert (edited.name, edited.abbreviations, edited.key, edited.color) == (
        "Ungdomsmottagningen", (), "", "#12ab34")


def test_move_merge_and_delete_with_the_tags_following(
        project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with reopened(project_file) as project:
        first = clause(project, "att utreda barns behov av stöd och skydd")
        second = clause(project, "Skolan bör ta emot konsultation.")
    tag(capsys, project_file, "part.elevhalsa", first)
    tag(capsys, project_file, "part.skola", second)
    assert run(capsys, "codebook", "move", project_file, "elevhälsa", "--under", "skola")[0] == 0
    with reopened(project_file) as project:
        assert project.codebook().code("part.elevhalsa").parent == "part.skola"
    assert run(capsys, "codebook", "move", project_file, "part.elevhalsa", "--top")[0] == 0
    with reopened(project_file) as project:
        assert project.codebook().code("part.elevhalsa").parent is None
    code, out, err = run(capsys, "codebook", "merge", project_file, "Elevhälsa", "Skola")
    assert code == 0, err
    assert out.strip() == "Elevhälsa slogs ihop med Skola (1 tagg följde med)"
    with reopened(project_file) as project:
        assert "part.elevhalsa" not in project.codebook()
        assert "Elevhälsa" in project.codebook().code("part.skola").abbreviations
        assert project.tags.clauses_with(CodeId("part.skola")) == {first, second}
    # Skola has tags: the command must say what becomes of them.
    assert run(capsys, "codebook", "delete", project_file, "skola")[0] == 2
    code, out, err = run(capsys, "codebook", "delete", project_file, "skola", "--tags", "parent")
    assert code == 0, err
    assert out.strip() == "Skola togs bort, 2 taggar flyttades till Kommun"
    with reopened(project_file) as project:
        assert "part.skola" not in project.codebook()
        assert project.tags.clauses_with(CodeId("part.kommun"), descendants=False) == \
            {first, second}
    code, out, _ = run(capsys, "codebook", "delete", project_file, "kommun", "--tags", "remove")
    assert code == 0 and "2 taggar togs bort" in out
    with reopened(project_file) as project:
        assert "part.kommun" not in project.codebook()
        assert project.tags() == ()
        assert project.codebook().code("part.socialtjanst").parent is None  # moved up


def test_export_then_import_into_another_project(project_file: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "codebook", "add", project_file, "ansvar", "Läxhjälp")[0] == 0
    assert run(capsys, "codebook", "edit", project_file, "bup", "--color", "#000000")[0] == 0
    out = tmp_path / "kodbok.json"
    code, printed, err = run(capsys, "codebook", "export", project_file, out)
    assert code == 0, err
    with reopened(project_file) as project:
        assert read_codebook(out) == project.codebook()
        assert printed.strip() == f"{len(project.codebook().codes)} koder skrevs till {out}"
    other = tagging_project(tmp_path / "other")
    code, printed, err = run(capsys, "codebook", "import", other, out)
    assert code == 0, err
    assert printed.startswith("kodbok.json: 1 ny kod, 1 ändrade")
    with reopened(other) as project:
        assert project.codebook().code("part.bup").color == "#000000"
        assert any(c.name == "Läxhjälp" for c in project.codebook().codes)


@pytest.mark.parametrize(("args", "message"), [
    (("add", "{p}", "facett", "X"), "okänd facett 'facett'"),
    (("add", "{p}", "part", "  "), "en kod måste ha ett namn"),
    (("add", "{p}", "part", "X", "--parent", "mg.placerade"), "inom samma facett"),
    (("add", "{p}", "part", "X", "--key", "ab"), "--key tar en bokstav"),
    (("add", "{p}", "part", "X", "--color", "röd"), "färgen måste skrivas #rrggbb"),
    (("edit", "{p}", "bup"), "ingenting att ändra"),
    (("edit", "{p}", "ingen-kod", "--name", "Y"), "kodboken har ingen kod 'ingen-kod'"),
    (("edit", "{p}", "barn", "--name", "Y"), "'barn' kan vara flera koder"),
    (("move", "{p}", "region", "--under", "bup"), "kan inte flyttas in under sig själv"),
    (("move", "{p}", "bup", "--under", "mg.placerade"), "inom samma facett"),
    (("move", "{p}", "bup", "--under", "region"), "ligger redan där"),
    (("move", "{p}", "bup"), "one of the arguments --under --top is required"),
    (("merge", "{p}", "bup", "bup"), "välj en annan kod"),
    (("merge", "{p}", "bup", "mg.placerade"), "inom samma facett"),
    (("delete", "{p}", "socialtjänst"), "--tags parent (flytta dem till Kommun)"),
    (("delete", "{p}", "region", "--tags", "parent"), "har ingen förälder"),
    (("export", "{p}", "{t}/kodbok.txt"), "kodbok.txt: kodboken exporteras som .json"),
    (("export", "{p}", "{t}/saknas/kodbok.json"), "kodbok.json: kunde inte skrivas"),
    (("import", "{p}", "{t}/saknas.json"), "saknas.json: filen finns inte"),
    (("import", "{p}", "{t}/trasig.json"), "trasig.json: inte giltig JSON (rad 1)"),
    (("import", "{p}", "{t}/annan.json"), "annan.json: inte en Klausul-kodbok"),
    (("import", "{p}", "{t}/dubbel.json"), "dubbel.json: inte en Klausul-kodbok (koden x.y "
                                           "finns två gånger)"),
    (("list", "{t}/saknas.klausul"), "saknas.klausul: filen finns inte"),
])
def test_bad_input_is_one_line_and_exit_2(project_file: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: tuple[str, ...], message: str) -> None:
    with reopened(project_file) as project:
        first = clause(project, "att utreda barns behov av stöd och skydd")
    tag(capsys, project_file, "socialtjänst", first)
    (tmp_path / "trasig.json").write_text("{", encoding="utf-8")
    (tmp_path / "annan.json").write_text('{"format": "något"}', encoding="utf-8")
    code = {"id": "x.y", "facet": "part", "name": "Y"}
    (tmp_path / "dubbel.json").write_text(json.dumps(
        {"format": "klausul-codebook", "codes": [code, code]}), encoding="utf-8")
    filled = [a.replace("{p}", str(project_file)).replace("{t}", str(tmp_path)) for a in args]
    before = project_file.read_bytes()
    code_, out, err = run(capsys, "codebook", *filled)
    assert code_ == 2
    assert err.count("\n") == 1 and message in err, err
    assert "Traceback" not in err and out == ""
    assert project_file.read_bytes() == before
    assert not (tmp_path / "kodbok.txt").exists()


def test_a_locked_project_is_refused_and_left_as_it_was(
        project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.core.store import locking

    locking.lock_path(project_file).write_text(json.dumps(
        {"user": "Anna", "host": "KOMMUN-PC-7", "pid": 4242, "since": "2026-11-23T09:00"}),
        encoding="utf-8")
    before = project_file.read_bytes()
    code, out, err = run(capsys, "codebook", "add", project_file, "part", "Ny")
    assert code == 2 and out == "" and err.count("\n") == 1 and "Anna" in err
    assert project_file.read_bytes() == before
    assert run(capsys, "codebook", "list", project_file)[0] == 0  # reading needs no lock
