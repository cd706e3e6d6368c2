"""`klausul project add|remove|set|hide|show|base|options`: each change checked through the
Project API after reopening the file; each refusal one line, exit 2, the file unchanged."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.core.alignment.comparison import ignoring
from app.core.documents.model import DocumentMeta
from app.core.project import Project
from app.core.store.locking import lock_path
from tests.builders.cli_project import refused, run
from tests.builders.draft_project import write_agreements

Reopen = Callable[[Path], Project]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("documents")
    sources = write_agreements(folder / "src")
    path = folder / "mall.klausul"
    assert main(["project", "new", str(path), str(sources[0]), str(sources[1])]) == 0
    return path, sources


@pytest.fixture
def project(template: tuple[Path, list[Path]], tmp_path: Path) -> Path:
    path = tmp_path / "arbete.klausul"
    shutil.copy(template[0], path)
    return path


@pytest.fixture
def sources(template: tuple[Path, list[Path]]) -> list[Path]:
    return template[1]


@pytest.fixture
def reopened(tmp_path: Path) -> Iterator[Reopen]:
    opened: list[Project] = []

    def open_(path: Path) -> Project:
        made = Project.open(path, tmp_path / f"w{len(opened)}", mode="read_only")
        opened.append(made)
        return made
    yield open_
    for made in opened:
        made.close()


def test_add_imports_a_file_with_its_metadata_and_realigns(
        project: Path, sources: list[Path], reopened: Reopen, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "project", "add", project, sources[2], "--name", "Västby",
                         "--region", "Region Västby", "--kind", "current", "--date",
                         "2025-03-01", "--base")
    assert code == 0, err
    assert out.splitlines()[-1] == "arbete.klausul: 3 dokument, 40 klausuler"
    assert out.startswith("lade till Västby (")
    again = reopened(project)
    added = again.documents()[-1]
    assert (added.title, added.meta) == ("Västby", DocumentMeta("Region Västby", "current",
                                                                "2025-03-01"))
    assert Path(added.source).name == "vastby.md"
    assert again.alignment.base_document() == added.id
    stored = again.alignment.current()  # realigned before the save: no job when opened
    assert stored is not None and stored.document_ids[stored.base] == added.id
    assert any(row.cells[2] for row in stored.rows)


def test_add_refuses_a_bad_file_a_duplicate_and_name_for_many(
        project: Path, sources: list[Path], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04 inte en zip")
    line = refused(capsys, project, "project", "add", project, sources[2], bad)
    assert line.startswith("klausul: trasig.docx: ")
    missing = refused(capsys, project, "project", "add", project, tmp_path / "borta.md")
    assert missing == "klausul: borta.md: filen finns inte"
    assert refused(capsys, project, "project", "add", project, sources[0]) == (
        "klausul: norrbo.md: finns redan i projektet som "
        "”Överenskommelse om barns och ungas hälsa i Norrbo län”")
    copy = tmp_path / "kopia.md"
    shutil.copy(sources[2], copy)
    assert refused(capsys, project, "project", "add", project, sources[2], copy) == (
        "klausul: kopia.md: samma fil som vastby.md")
    assert "--name" in refused(capsys, project, "project", "add", project, sources[2], copy,
                               "--name", "X")


def test_remove_takes_the_document_and_its_links(
        project: Path, reopened: Reopen, capsys: pytest.CaptureFixture[str]) -> None:
    first = reopened(project)
    removed = first.documents()[1]
    base = first.documents()[0]
    assert run(capsys, "links", "add", project, base.clauses[0].id,
               removed.clauses[-1].id)[0] == 0
    assert len(reopened(project).alignment.manual_links()) == 1
    code, out, err = run(capsys, "project", "remove", project, removed.id)
    assert code == 0, err
    assert out.splitlines() == [f"tog bort {removed.title} ({removed.id})",
                                "arbete.klausul: 1 dokument, 13 klausuler"]
    again = reopened(project)
    assert [d.id for d in again.documents()] == [first.documents()[0].id]
    assert again.alignment.manual_links() == ()
    assert "inget dokument 7" in refused(capsys, project, "project", "remove", project, "7")


def test_set_changes_the_metadata_the_documents_panel_edits(
        project: Path, reopened: Reopen, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "project", "set", project, "1", "--name", "Östlund",
                         "--region", "Region Östlund", "--kind", "draft")
    assert code == 0, err
    assert out.strip().startswith("Östlund (")
    document = reopened(project).documents()[1]
    assert (document.title, document.meta) == ("Östlund", DocumentMeta("Region Östlund",
                                                                       "draft", ""))
    # Named by its new title; setting the same again changes nothing in the file.
    before = project.read_bytes()
    code, out, _ = run(capsys, "project", "set", project, "Östlund", "--kind", "draft")
    assert (code, out.strip()) == (0, "Östlund: oförändrat")
    assert project.read_bytes() == before
    assert refused(capsys, project, "project", "set", project, "1") == (
        "klausul: ange vad som ska ändras: --name, --region, --kind eller --date")
    assert refused(capsys, project, "project", "set", project, "1", "--name", " ") == (
        "klausul: namnet är tomt")
    assert refused(capsys, project, "project", "set", project, "Ingen", "--date", "2025") == (
        "klausul: projektet har inget dokument Ingen")
    assert "--kind" in refused(capsys, project, "project", "set", project, "1", "--kind", "x")


def test_hide_show_and_base(project: Path, reopened: Reopen,
                            capsys: pytest.CaptureFixture[str]) -> None:
    documents = reopened(project).documents()
    assert "basdokumentet" in refused(capsys, project, "project", "hide", project, "0")
    assert run(capsys, "project", "hide", project, documents[1].id)[1].endswith(": dolt\n")
    assert reopened(project).documents.hidden() == {documents[1].id}
    assert "redan dolt" in run(capsys, "project", "hide", project, "1")[1]
    code, out, _ = run(capsys, "project", "base", project, "1")
    assert (code, out.strip()) == (0, f"bas: {documents[1].title} ({documents[1].id})")
    again = reopened(project)
    assert again.alignment.base_document() == documents[1].id
    stored = again.alignment.current()
    assert stored is not None and stored.base == 1
    # The base is always shown, even when it was hidden before it became the base.
    info = json.loads(run(capsys, "project", "info", project, "--json")[1])
    assert info["project"]["base"] == documents[1].id
    assert run(capsys, "project", "show", project, "1")[0] == 0
    assert reopened(project).documents.hidden() == frozenset()
    assert "inget dokument" in refused(capsys, project, "project", "base", project, "2")


def test_options_are_the_comparisons_ignore_options(
        project: Path, reopened: Reopen, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "project", "options", project, "--json")
    assert (code, json.loads(out)) == (0, {"ignore": ["whitespace"]})
    code, out, _ = run(capsys, "project", "options", project, "--ignore", "numbering,case")
    assert (code, out.strip()) == (0, "jämförelsen bortser från: case, numbering")
    assert reopened(project).comparison.options() == ignoring("ignore_case",
                                                              "ignore_numbering")
    assert run(capsys, "project", "options", project, "--ignore", "none")[0] == 0
    assert reopened(project).comparison.options() == ignoring()
    assert "okänt värde" in refused(capsys, project, "project", "options", project,
                                    "--ignore", "kommatecken")


def test_a_project_someone_has_open_or_that_cannot_be_written_is_refused(
        project: Path, sources: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    lock = lock_path(project)
    lock.write_text(json.dumps({"user": "bertil", "host": "DATOR-12", "pid": 1,
                                "since": "2026-11-23T09:14:00+01:00"}), encoding="utf-8")
    for args in (("project", "hide", project, "1"), ("links", "pin", project, "1")):
        line = refused(capsys, project, *args)
        assert line.startswith("klausul: arbete.klausul: öppen för redigering av bertil")
    lock.unlink()
    # As root every file is writable, so the check the open makes is told otherwise.
    monkeypatch.setattr("app.core.project.os.access", lambda *_args, **_kw: False)
    for args in (("project", "add", project, sources[2]), ("project", "remove", project, "1"),
                 ("project", "set", project, "1", "--name", "X"),
                 ("project", "base", project, "1"), ("project", "show", project, "1"),
                 ("project", "options", project, "--ignore", "case"),
                 ("links", "pin", project, "1"),
                 ("decisions", "set", project, "x", "--status", "decided", "--member", "Eva"),
                 ("tags", "import", project, sources[0], "--member", "Eva")):
        assert refused(capsys, project, *args) == (
            "klausul: arbete.klausul: filen eller mappen går inte att skriva till; "
            "inget ändrades")


def test_report_writes_the_comparison_the_window_shows(
        project: Path, tmp_path: Path, reopened: Reopen,
        capsys: pytest.CaptureFixture[str]) -> None:
    documents = reopened(project).documents()

    def words(text: str) -> set[str]:
        return {w.strip(".,:;()–").casefold() for w in text.split()}

    # A word only the second document's clauses use (not in the base, not in its title).
    others = words(" ".join(c.text for c in documents[0].clauses)) | words(documents[1].title)
    own = sorted(w for w in words(" ".join(c.text for c in documents[1].clauses))
                 if len(w) > 5 and w not in others)[0]
    first = tmp_path / "jamforelse.html"
    code, out, _ = run(capsys, "project", "report", project, first)
    assert (code, out.strip()) == (0, "jamforelse.html: rapport skriven")
    assert own in words(first.read_text(encoding="utf-8").replace("<", " <").replace(">", "> "))
    # A hidden document is left out of the report, as in the window's export.
    assert run(capsys, "project", "hide", project, "1")[0] == 0
    second = tmp_path / "utan.docx"
    assert run(capsys, "project", "report", project, second)[0] == 0
    from app.core.importing import import_document
    report = import_document(second)
    assert own not in words(" ".join(c.text for c in report.clauses))
    assert documents[0].clauses[-1].text in " ".join(c.text for c in report.clauses)
    assert "måste sluta på .docx eller .html" in refused(
        capsys, project, "project", "report", project, tmp_path / "r.txt")
    assert "kunde inte skrivas" in refused(
        capsys, project, "project", "report", project, tmp_path / "saknas" / "r.docx")
