"""Every project failure is a typed ProjectError naming the file and the reason, and nothing
already saved is lost: damaged, truncated, newer and older files; user_version 0 and -1; a
read-only folder; Save As into a read-only place; a full disk when saving and when editing
(a real small tmpfs where the test may mount one, else the OS error injected); temporary
files of an interrupted save removed at the next open and save; reports written
atomically."""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import pytest

from app.core.documents.model import DocumentMeta
from app.core.errors import OsCause, ProjectProblem
from app.core.project import Project, ProjectDamagedError, ProjectError
from app.core.store import locking, working_copy
from app.core.store.database import SCHEMA_VERSION, check_integrity, connect
from tests.builders.damaged_projects import (
    DAMAGES,
    damaged_project,
    make_version_1,
    sound_project,
)
from tests.core.store.conftest import make_read_only


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path / "work"


@pytest.mark.parametrize("kind", DAMAGES)
def test_each_damaged_file_is_refused_in_one_line_naming_it(tmp_path: Path, workdir: Path,
                                                           kind: str) -> None:
    path = damaged_project(tmp_path / "p", kind)
    before = path.read_bytes()
    for mode in ("edit", "read_only", "copy"):
        with pytest.raises(ProjectError) as caught:
            Project.open(path, workdir, "anna", mode=mode)  # type: ignore[arg-type]
        message = caught.value.message()
        assert message.startswith(f"{path.name}: ") and "\n" not in message
        assert DAMAGES[kind][1] in message, message
        assert caught.value.message(english=True).startswith(f"{path.name}: ")
    assert path.read_bytes() == before  # refused, never "repaired" in place
    assert not workdir.exists() or not list(workdir.iterdir())  # no working copy left
    assert not (path.parent / f"~${path.name}.lock").exists()


def test_missing_file_and_folder(tmp_path: Path, workdir: Path) -> None:
    with pytest.raises(ProjectError, match=r"saknas\.klausul: filen finns inte"):
        Project.open(tmp_path / "saknas.klausul", workdir)
    folder = tmp_path / "mapp.klausul"
    folder.mkdir()
    with pytest.raises(ProjectError, match=r"mapp\.klausul: det är en mapp"):
        Project.open(folder, workdir)


def test_a_damaged_file_with_a_sound_backup_offers_it(tmp_path: Path, workdir: Path) -> None:
    path = sound_project(tmp_path)
    project = Project.open(path, workdir, "anna")
    first = project.documents()[0]
    project.apply(project.documents.set_meta(first.id, "Andra versionen", first.meta))
    project.save()  # the first version becomes arbete.klausul.bak
    project.close()
    DAMAGES["corrupted pages"][0](path)
    with pytest.raises(ProjectDamagedError) as caught:
        Project.open(path, workdir, "anna")
    assert caught.value.backup == path.with_name("arbete.klausul.bak")
    assert "säkerhetskopian arbete.klausul.bak finns" in caught.value.message()
    rescued = Project.open(caught.value.backup, workdir, "anna", mode="copy")
    assert rescued.path is None
    assert rescued.documents()[0].title != "Andra versionen"
    rescued.close()


def test_format_number_zero_on_a_fresh_file_is_a_new_project(tmp_path: Path) -> None:
    # Zero tables and version 0 is an empty file being made, not a damaged one.
    db = connect(tmp_path / "ny.klausul", create=True)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    db.close()


def test_an_older_format_is_upgraded_in_the_working_copy_only(tmp_path: Path,
                                                              workdir: Path) -> None:
    path = sound_project(tmp_path)
    make_version_1(path)
    before = path.read_bytes()
    project = Project.open(path, workdir, "anna", mode="read_only")
    assert project.file_version == 1
    clause = project.documents()[0].clauses[0]
    assert clause.location is not None and clause.location.encode() == "paragraph:3"
    assert project.documents()[0].warnings[0].kind.name == "REVISIONS"
    project.close()
    assert path.read_bytes() == before


def _project_with_edit(tmp_path: Path, workdir: Path) -> tuple[Path, Project]:
    path = sound_project(tmp_path)
    project = Project.open(path, workdir, "anna")
    first = project.documents()[0]
    project.apply(project.documents.set_meta(first.id, "Osparad titel", first.meta))
    return path, project


def test_interrupted_save_leftovers_are_removed_at_the_next_open_and_save(
        tmp_path: Path, workdir: Path) -> None:
    path = sound_project(tmp_path)
    leftovers = [path.with_name(f".{path.name}.tmp-deadbeef"),
                 path.with_name(f".{path.name}.tmp-0badf00d")]
    for leftover in leftovers:
        leftover.write_bytes(b"half a save")
    unrelated = path.with_name(".annat.klausul.tmp-12345678")
    unrelated.write_bytes(b"not ours")
    read_only = Project.open(path, workdir, "anna", mode="read_only")
    read_only.close()
    assert all(p.exists() for p in leftovers)  # a reader owns nothing: it leaves them
    project = Project.open(path, workdir, "anna")
    assert not any(p.exists() for p in leftovers)
    for leftover in leftovers:
        leftover.write_bytes(b"half a save")
    project.save()
    assert not any(p.exists() for p in leftovers)
    assert unrelated.exists()
    project.close()


def test_a_read_only_folder_opens_read_only_with_a_notice(
        tmp_path: Path, workdir: Path, small_disk, monkeypatch: pytest.MonkeyPatch) -> None:
    with small_disk(512) as disk:
        if disk is not None:
            path = sound_project(disk)
            assert make_read_only(disk)
        else:  # no mount here: the lock file cannot be written
            path = sound_project(tmp_path)

            def refuse(project: Path, user: str) -> None:
                raise ProjectError.from_os(project, ProjectProblem.LOCK_FAILED,
                                           OSError(errno.EROFS, "Read-only file system"))

            monkeypatch.setattr(locking, "acquire", refuse)
        project = Project.open(path, workdir, "anna")
        monkeypatch.undo()
        assert project.read_only and project.path == path.resolve()
        assert project.notice is ProjectProblem.FOLDER_READ_ONLY
        assert len(project.documents()) == 2
        with pytest.raises(ProjectError, match="skrivskyddat"):
            first = project.documents()[0]
            project.apply(project.documents.set_meta(first.id, "x", first.meta))
        with pytest.raises(ProjectError, match="öppnad skrivskyddad"):
            project.save()
        elsewhere = tmp_path / "kopia.klausul"
        project.save(elsewhere)  # Save As somewhere writable works
        assert not project.read_only and project.notice is None
        project.close()


def test_a_read_only_file_opens_read_only(tmp_path: Path, workdir: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = sound_project(tmp_path)
    real_access = __import__("os").access
    monkeypatch.setattr("app.core.project.os.access",
                        lambda p, mode: False if Path(p) == path.resolve() else real_access(p,
                                                                                           mode))
    project = Project.open(path, workdir, "anna")
    assert project.read_only and project.notice is ProjectProblem.FOLDER_READ_ONLY
    project.close()


def test_save_as_into_a_read_only_place_is_refused_and_leaves_nothing(
        tmp_path: Path, workdir: Path, small_disk, monkeypatch: pytest.MonkeyPatch) -> None:
    _, project = _project_with_edit(tmp_path, workdir)
    with small_disk(256) as disk:
        if disk is not None:
            assert make_read_only(disk)
            target = disk / "kopia.klausul"
        else:
            target = tmp_path / "kopia.klausul"

            def refuse(project: Path, user: str) -> None:
                raise ProjectError.from_os(project, ProjectProblem.LOCK_FAILED,
                                           PermissionError(errno.EACCES, "Permission denied"))

            monkeypatch.setattr(locking, "acquire", refuse)
        with pytest.raises(ProjectError) as caught:
            project.save(target)
        monkeypatch.undo()
        assert caught.value.problem is ProjectProblem.NOT_SAVED
        assert caught.value.cause in (OsCause.READ_ONLY_PLACE, OsCause.NO_ACCESS)
        assert caught.value.message().startswith("kopia.klausul: kunde inte sparas: ")
        assert not target.exists()
        assert not [p for p in target.parent.iterdir() if "kopia" in p.name]
    assert project.modified and project.path is not None and project.path.name == "arbete.klausul"
    project.save()  # the original place still works
    project.close()


def test_saving_onto_a_full_disk_keeps_the_previous_file(
        tmp_path: Path, workdir: Path, small_disk, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "stor.txt"
    big.write_text("".join(f"Stycke {i}: " + "barn och unga ska få stöd " * 40 + "\n\n"
                           for i in range(400)), encoding="utf-8")
    with small_disk(320) as disk:
        path = sound_project(disk) if disk is not None else sound_project(tmp_path)
        before = path.read_bytes()
        project = Project.open(path, workdir, "anna")
        project.apply(project.documents.read_file(big))
        if disk is None:
            def full(*args: object) -> None:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(working_copy, "fsync_file", full)
        with pytest.raises(ProjectError) as caught:
            project.save()
        monkeypatch.undo()
        assert caught.value.cause is OsCause.DISK_FULL
        assert caught.value.message() == "arbete.klausul: kunde inte sparas: disken är full"
        assert path.read_bytes() == before and check_integrity(path)
        assert not [p for p in path.parent.iterdir() if ".tmp-" in p.name]
        assert project.modified
        elsewhere = tmp_path / "räddad.klausul"
        project.save(elsewhere)
        project.close()
    again = Project.open(elsewhere, workdir, "anna", mode="read_only")
    assert len(again.documents()) == 3
    again.close()


def test_editing_when_the_working_copy_disk_is_full(tmp_path: Path, small_disk) -> None:
    big = tmp_path / "stor.txt"
    big.write_text("".join(f"Stycke {i}: " + "barn och unga ska få stöd " * 40 + "\n\n"
                           for i in range(600)), encoding="utf-8")
    small = tmp_path / "liten.txt"
    small.write_text("Syfte\n\nBarn ska få stöd.\n", encoding="utf-8")
    with small_disk(400) as disk:
        if disk is None:
            pytest.skip("no tmpfs here; the injected case is test_failed_edit_changes_nothing")
        project = Project.new(disk / "work", "anna")
        project.apply(project.documents.read_file(small))
        with pytest.raises(ProjectError) as caught:
            project.apply(project.documents.read_file(big))
        assert caught.value.problem is ProjectProblem.EDIT_FAILED
        assert caught.value.cause is OsCause.DISK_FULL
        assert caught.value.message().startswith("Ändringen kunde inte göras")
        assert [d.title for d in project.documents()] == ["Syfte"]
        first = project.documents()[0]
        project.apply(project.documents.set_meta(first.id, "Fortfarande möjligt", first.meta))
        assert project.documents()[0].title == "Fortfarande möjligt"
        project.close()


def test_failed_edit_changes_nothing(tmp_path: Path, workdir: Path) -> None:
    _path, project = _project_with_edit(tmp_path, workdir)
    titles = [d.title for d in project.documents()]

    class FullDisk:
        kind = project.documents.remove(project.documents()[0].id).kind
        subject = "x"

        def apply(self, store):  # type: ignore[no-untyped-def]
            with store.transaction() as db:
                db.execute("DELETE FROM clauses")
                raise sqlite3.OperationalError("database or disk is full")

        revert = apply

    with pytest.raises(ProjectError, match="Ändringen kunde inte göras"):
        project.apply(FullDisk())  # type: ignore[arg-type]
    assert [d.title for d in project.documents()] == titles
    assert all(d.clauses for d in project.documents())
    project.close()


def test_the_unsaved_mark_is_written_before_the_first_edit(tmp_path: Path, workdir: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    path = sound_project(tmp_path)
    project = Project.open(path, workdir, "anna")
    first = project.documents()[0]

    def full(self: object, **changes: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(working_copy.WorkingCopy, "write_info", full)
    with pytest.raises(ProjectError, match="disken är full"):
        project.apply(project.documents.set_meta(first.id, "Ändrad", first.meta))
    monkeypatch.undo()
    # Refused before the change: a crash now could never lose an edit marked as saved.
    assert project.documents()[0].title == first.title and not project.modified
    info = json.loads((project.working_copy / "info.json").read_text(encoding="utf-8"))
    assert info["dirty"] is False
    project.close()


def test_the_report_is_written_atomically(tmp_path: Path, workdir: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    _path, project = _project_with_edit(tmp_path, workdir)
    report = tmp_path / "rapport.html"
    report.write_text("den förra rapporten", encoding="utf-8")
    from app.core.export import report_html

    def broken(report: object, target: Path) -> None:
        target.write_text("halv", encoding="utf-8")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report_html, "write", broken)
    with pytest.raises(ProjectError) as caught:
        project.write_report(report)
    monkeypatch.undo()
    assert caught.value.message() == "rapport.html: kunde inte skrivas: disken är full"
    assert report.read_text(encoding="utf-8") == "den förra rapporten"
    assert [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name] == []
    project.write_report(report)
    assert report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    project.close()


def test_meta_survives_a_full_disk_undo_cycle(tmp_path: Path, workdir: Path) -> None:
    # The ordinary path still works after all of the above: edit, undo, save, reopen.
    path, project = _project_with_edit(tmp_path, workdir)
    first = project.documents()[0]
    edit = project.documents.set_meta(first.id, "Ny", DocumentMeta("Region Norrvik"))
    project.apply(edit)
    project.revert(edit)
    project.save()
    project.close()
    again = Project.open(path, workdir, "anna", mode="read_only")
    assert again.documents()[0].title == "Osparad titel"
    again.close()
