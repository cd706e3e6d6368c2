"""`klausul tags set|remove` and `tags suggest --accept|--reject` limited to clauses or rows:
each effect checked through the Project API after reopening the file, each refusal one line
with exit code 2 and the file unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import app.core.project as project_module
from app.core.store import locking
from app.core.tagging.codebook import CodeId
from tests.builders.cli_project import clause, reopened, run, tagging_project


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    return tagging_project(tmp_path)


def test_set_and_remove_codes_on_clauses_by_id_and_name(
        project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with reopened(project_file) as project:
        first = clause(project, "att utreda barns behov av stöd och skydd")
        second = clause(project, "Skolan bör ta emot konsultation.")
    code, out, err = run(capsys, "tags", "set", project_file, "BUP", "part.socialtjanst",
                         "--clause", first, second, "--member", "Eva")
    assert code == 0, err
    assert out.startswith("4 taggar sattes av Eva")
    with reopened(project_file) as project:
        assert set(project.tags.codes_of(first)) == {"part.bup", "part.socialtjanst"}
        assert set(project.tags.codes_of(second)) == {"part.bup", "part.socialtjanst"}
        assert {t.member for t in project.tags()} == {"Eva"}
        assert all(t.rule is None for t in project.tags())
    # Tagging again changes nothing and says so; exit 0 (the clauses have the codes).
    assert run(capsys, "tags", "set", project_file, "bup", "--clause", first,
               "--member", "Per")[1].startswith("0 taggar sattes")
    code, out, _ = run(capsys, "tags", "remove", project_file, "Barn- och ungdomspsykiatri",
                       "--clause", first)
    assert code == 0 and out.startswith("1 tagg togs bort")
    with reopened(project_file) as project:
        assert project.tags.codes_of(first) == ("part.socialtjanst",)
        assert set(project.tags.codes_of(second)) == {"part.bup", "part.socialtjanst"}
        assert {t.member for t in project.tags()} == {"Eva"}


def test_a_row_tags_every_clause_of_the_shown_documents(
        project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with reopened(project_file) as project:
        first = clause(project, "att utreda barns behov av stöd och skydd")
        alignment = project.alignment()
        row = alignment.row_of(first)
        assert row is not None
        cells = alignment.rows[row].cells
        assert all(len(cell) == 1 for cell in cells)  # the pair is aligned
        other = next(c for cell in cells for c in cell if c != first)
        by_index = str(row)
    code, _, err = run(capsys, "tags", "set", project_file, "mg.placerade", "--row", by_index,
                       "--member", "Eva")
    assert code == 0, err
    with reopened(project_file) as project:
        assert project.tags.clauses_with(CodeId("mg.placerade")) == {first, other}
    # A row named by a clause in it; a hidden document's clauses are left as they are, as
    # in the window (whose row tagging covers the columns shown).
    with reopened(project_file, "edit") as project:
        hidden = next(d for d in project.documents() if d.id != project.alignment.base_document())
        project.apply(project.documents.set_hidden(hidden.id, True))
        project.save()
    code, _, err = run(capsys, "tags", "set", project_file, "Region", "--row", first,
                       "--member", "Eva")
    assert code == 0, err
    with reopened(project_file) as project:
        tagged = project.tags.clauses_with(CodeId("part.region"))
        assert tagged == {c for c in (first, other) if not c.startswith(hidden.id)}
    code, _, err = run(capsys, "tags", "remove", project_file, "mg.placerade", "--row", first)
    assert code == 0, err
    with reopened(project_file) as project:
        assert project.tags.clauses_with(CodeId("mg.placerade")) == \
            {c for c in (first, other) if c.startswith(hidden.id)}


def test_suggestions_accepted_and_rejected_for_one_clause_or_row(
        project_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = json.loads(run(capsys, "tags", "suggest", project_file, "--json")[1])
    waiting = {c["id"]: {s["code_id"] for s in c["suggestions"]} for c in payload["clauses"]}
    with reopened(project_file) as project:
        first = clause(project, "att utreda barns behov av stöd och skydd")
        row = project.alignment().row_of(first)
        assert row is not None
        row_clauses = set(project.alignment().row_clauses(row))
    assert waiting[first] and len(waiting) > 2
    only = json.loads(run(capsys, "tags", "suggest", project_file, "--clause", first,
                          "--json")[1])
    assert [c["id"] for c in only["clauses"]] == [first]
    code, out, err = run(capsys, "tags", "suggest", project_file, "--accept", "--clause", first,
                         "--member", "Eva")
    assert code == 0, err
    assert out.strip() == f"{len(waiting[first])} förslag godtogs som taggar av Eva"
    with reopened(project_file) as project:
        assert set(project.tags.codes_of(first)) == waiting[first]
        assert {t.clause_id for t in project.tags()} == {first}
        assert all(t.rule for t in project.tags())
    code, out, err = run(capsys, "tags", "suggest", project_file, "--reject", "--row", str(row),
                         "--member", "Per")
    assert code == 0, err
    rejected = {(c, k) for c in row_clauses - {first} for k in waiting.get(c, set())}
    assert rejected and out.startswith(f"{len(rejected)} förslag avslogs av Per")
    with reopened(project_file) as project:
        assert project.tags.rejected() == rejected
        assert {t.clause_id for t in project.tags()} == {first}
        left = {s.clause_id for d in project.documents() for s in project.tags.pending_for(d.id)}
    assert left == set(waiting) - row_clauses
    # Rejecting everything else leaves nothing waiting; the rejected are not offered again.
    assert run(capsys, "tags", "suggest", project_file, "--reject", "--member", "Per")[0] == 0
    assert json.loads(run(capsys, "tags", "suggest", project_file, "--json")[1]) == \
        {"clauses": []}


@pytest.mark.parametrize(("args", "message"), [
    (("set", "{p}", "bup", "--clause", "{c}"), "--member"),
    (("set", "{p}", "bup", "--member", "Eva"), "--clause"),
    (("set", "{p}", "ingen-sådan-kod", "--clause", "{c}", "--member", "Eva"),
     "kodboken har ingen kod 'ingen-sådan-kod'"),
    (("set", "{p}", "barn", "--clause", "{c}", "--member", "Eva"), "kan vara flera koder"),
    (("set", "{p}", "bup", "--clause", "saknas-123", "--member", "Eva"),
     "projektet har ingen klausul saknas-123"),
    (("set", "{p}", "bup", "--row", "99", "--member", "Eva"), "jämförelsen har ingen rad 99"),
    (("remove", "{p}", "bup"), "--clause"),
    (("suggest", "{p}", "--reject"), "--member"),
    (("suggest", "{p}", "--accept", "--reject", "--member", "Eva"), "not allowed with"),
    (("suggest", "{p}", "--accept", "--row", "x", "--member", "Eva"), "ingen rad x"),
    (("set", "{t}/saknas.klausul", "bup", "--clause", "{c}", "--member", "Eva"),
     "saknas.klausul: filen finns inte"),
])
def test_bad_input_is_one_line_and_exit_2(project_file: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          args: tuple[str, ...], message: str) -> None:
    with reopened(project_file) as project:
        first = clause(project, "att utreda barns behov av stöd och skydd")
    filled = [a.replace("{p}", str(project_file)).replace("{t}", str(tmp_path))
              .replace("{c}", first) for a in args]
    before = project_file.read_bytes()
    code, out, err = run(capsys, "tags", *filled)
    assert code == 2
    assert err.count("\n") == 1 and message in err, err
    assert "Traceback" not in err and out == ""
    assert project_file.read_bytes() == before


def test_a_locked_or_read_only_project_is_refused(project_file: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with reopened(project_file) as project:
        first = clause(project, "att utreda barns behov av stöd och skydd")
    before = project_file.read_bytes()
    args = ("tags", "set", project_file, "bup", "--clause", first, "--member", "Eva")
    lock = locking.lock_path(project_file)
    lock.write_text(json.dumps({"user": "Anna", "host": "KOMMUN-PC-7", "pid": 4242,
                                "since": "2026-11-23T09:00"}), encoding="utf-8")
    code, out, err = run(capsys, *args)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "projekt.klausul" in err and "Anna" in err
    lock.unlink()

    monkeypatch.setattr(project_module.os, "access", lambda *_a, **_k: False)
    code, out, err = run(capsys, *args)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "projekt.klausul: filen eller mappen går inte att skriva till" in err
    assert project_file.read_bytes() == before
