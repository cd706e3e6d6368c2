"""`klausul draft info|kind|discard` (and `draft tag` naming codes by name), each checked
through the Project API after reopening the file; refusals one line, exit 2, file unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.builders.cli_project import reopened, run
from tests.builders.draft_project import write_agreements


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    sources = write_agreements(tmp_path / "src")
    path = tmp_path / "arbete.klausul"
    code, _, err = run(capsys, "draft", "new", path, "--import", *sources, "--authors", "LAG")
    assert code == 0, err
    return path


def test_info_shows_and_sets_the_title_and_authors(project: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "draft", "info", project, "--json")
    assert code == 0, err
    payload = json.loads(out)
    assert set(payload) == {"draft"}
    assert set(payload["draft"]) == {"title", "authors", "started_from"}
    assert payload["draft"]["authors"] == "LAG"
    before = payload["draft"]["title"]
    code, out, err = run(capsys, "draft", "info", project, "--title", "  Utkast   0.2 ")
    assert code == 0, err
    assert out == "Utkast 0.2\nLAG\n"
    with reopened(project) as opened:
        info = opened.draft().info  # type: ignore[union-attr]
        assert (info.title, info.authors) == ("Utkast 0.2", "LAG")
        assert before != info.title
    assert run(capsys, "draft", "info", project, "--authors", "")[0] == 0
    with reopened(project) as opened:
        info = opened.draft().info  # type: ignore[union-attr]
        assert (info.title, info.authors) == ("Utkast 0.2", "")


def test_kind_makes_a_clause_a_heading_paragraph_or_numbered_item(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with reopened(project) as opened:
        draft = opened.draft()
        assert draft is not None
        index, target = next((i, c) for i, c in enumerate(draft.clauses)
                             if c.kind == "paragraph")
    code, out, err = run(capsys, "draft", "kind", project, f"#{index + 1}", "list_item",
                         "--numbered")
    assert code == 0, err
    assert out.strip().endswith(": numrerad punkt")
    with reopened(project) as opened:
        changed = opened.draft().clauses[index]  # type: ignore[union-attr]
        assert (changed.id, changed.kind, changed.numbered, changed.level) == (
            target.id, "list_item", True, 1)
    assert run(capsys, "draft", "kind", project, target.id, "heading")[0] == 0
    with reopened(project) as opened:
        assert opened.draft().clauses[index].kind == "heading"  # type: ignore[union-attr]


def test_discard_needs_yes_and_keeps_the_versions(project: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "draft", "version", project, "0.1")[0] == 0
    before = project.read_bytes()
    code, out, err = run(capsys, "draft", "discard", project)
    assert code == 2 and out == "" and err.count("\n") == 1 and "--yes" in err
    assert project.read_bytes() == before
    code, out, err = run(capsys, "draft", "discard", project, "--yes")
    assert code == 0, err
    assert out.startswith("utkastet slängdes; 1 versioner finns kvar")
    with reopened(project) as opened:
        assert opened.draft() is None
        assert [v.label for v in opened.draft.versions()] == ["0.1"]
    assert run(capsys, "draft", "restore", project, "0.1")[0] == 0
    with reopened(project) as opened:
        assert opened.draft() is not None


def test_draft_tag_names_codes_by_id_or_name(project: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "draft", "tag", project, "#2", "BUP", "part.socialtjanst")
    assert code == 0, err
    with reopened(project) as opened:
        draft = opened.draft()
        assert draft is not None
        own = opened.tags.codes_of(draft.clauses[1].id)  # type: ignore[arg-type]
        assert set(own) == {"part.bup", "part.socialtjanst"}


@pytest.mark.parametrize(("args", "message"), [
    (("info", "{p}", "--title", "  "), "titeln är tom"),
    (("info", "{p}", "--authors", "LAG"), "ingenting att ändra"),
    (("kind", "{p}", "9.9", "heading"), "utkastet har ingen klausul 9.9"),
    (("kind", "{p}", "#1", "heading"), "ingenting att ändra"),
    (("kind", "{p}", "#1", "heading", "--numbered"), "--numbered gäller bara list_item"),
    (("kind", "{p}", "#1", "table_cell"), "invalid choice"),
    (("tag", "{p}", "#1", "ingen-kod"), "kodboken har ingen kod 'ingen-kod'"),
    (("discard", "{p}"), "bekräfta med --yes"),
])
def test_bad_input_is_one_line_and_exit_2(project: Path, capsys: pytest.CaptureFixture[str],
                                          args: tuple[str, ...], message: str) -> None:
    filled = [a.replace("{p}", str(project)) for a in args]
    before = project.read_bytes()
    code, out, err = run(capsys, "draft", *filled)
    assert code == 2
    assert err.count("\n") == 1 and message in err, err
    assert "Traceback" not in err and out == ""
    assert project.read_bytes() == before


def test_without_a_draft_info_and_discard_say_so(project: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "draft", "discard", project, "--yes")[0] == 0
    for args in (("info", project), ("discard", project, "--yes"),
                 ("kind", project, "#1", "heading")):
        code, out, err = run(capsys, "draft", *args)
        assert code == 2 and out == "" and "projektet har inget utkast" in err


def test_a_read_only_project_is_refused_before_any_change(
        project: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import app.core.project as project_module

    before = project.read_bytes()
    monkeypatch.setattr(project_module.os, "access", lambda *_a, **_k: False)
    code, out, err = run(capsys, "draft", "info", project, "--title", "Annan")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "arbete.klausul: filen eller mappen går inte att skriva till" in err
    assert project.read_bytes() == before
    assert run(capsys, "draft", "info", project)[0] == 0  # reading still works
