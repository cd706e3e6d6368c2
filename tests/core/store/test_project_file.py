"""The project file: schema, edits with undo, atomic save, locks, recovery after a crash."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.alignment.model import AlignedRow
from app.core.documents.model import DocumentMeta
from app.core.importing import import_bytes
from app.core.project import Project, ProjectError, ProjectLockedError, list_recoverable
from app.core.store import locking
from app.core.store.database import APPLICATION_ID, SCHEMA_VERSION, connect

ROOT = Path(__file__).resolve().parents[3]
A = "Syfte\n\nBarn ska få stöd i tid.\n\nRegionen ansvarar för:\n- att utreda behov\n"
B = "Syfte\n\nBarn och unga ska få stöd i rätt tid.\n\nRegionen ska:\n- att utreda behov\n"


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    return tmp_path / "work"


@pytest.fixture
def sources(tmp_path: Path) -> list[Path]:
    paths = []
    for name, text in (("norrvik.txt", A), ("vastera.txt", B)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def dump(project: Project) -> list[tuple]:
    db = project.store.db
    rows = []
    for table in ("documents", "clauses", "manual_links", "settings"):
        rows += [(table, *r) for r in db.execute(f"SELECT * FROM {table} ORDER BY 1")
                 if table != "settings" or r[0] != "alignment_key"]
    return rows


def saved_project(tmp_path: Path, workdir: Path, sources: list[Path]) -> Path:
    project = Project.new(workdir, "anna")
    for source in sources:
        project.apply(project.documents.read_file(source))
    target = tmp_path / "arbete.klausul"
    project.save(target)
    project.close()
    return target


def test_new_database_has_identity_and_current_schema(tmp_path: Path) -> None:
    db = connect(tmp_path / "x.klausul", create=True)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_newer_and_foreign_files_are_refused_clearly(tmp_path: Path, workdir: Path) -> None:
    newer = tmp_path / "ny.klausul"
    db = connect(newer, create=True)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(ProjectError, match="nyare version av Klausul"):
        Project.open(newer, workdir, "anna")
    foreign = tmp_path / "annan.klausul"
    other = sqlite3.connect(foreign)
    other.execute("CREATE TABLE t (x)")
    other.close()
    with pytest.raises(ProjectError, match="inte en Klausul-fil"):
        Project.open(foreign, workdir, "anna")
    garbage = tmp_path / "skrap.klausul"
    garbage.write_bytes(os.urandom(5000))
    with pytest.raises(ProjectError, match=r"skrap\.klausul"):
        Project.open(garbage, workdir, "anna")
    empty = tmp_path / "tom.klausul"
    empty.write_bytes(b"")
    with pytest.raises(ProjectError, match=r"tom\.klausul: filen är tom"):
        Project.open(empty, workdir, "anna")
    assert empty.read_bytes() == b""  # refused, not turned into a project
    assert not locking.lock_path(newer).exists()
    assert not locking.lock_path(empty).exists()


def test_every_edit_undoes_to_the_same_tables(workdir: Path, sources: list[Path],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    # Each import is stamped a different second, so a restore that re-stamps shows up.
    from app.core.store import documents as stored_documents
    ticks = iter(range(10_000))

    class Clock:
        @staticmethod
        def now(_zone: object) -> object:
            from datetime import UTC, datetime, timedelta
            return datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=next(ticks))

    monkeypatch.setattr(stored_documents, "datetime", Clock)
    project = Project.new(workdir, "anna")
    project.apply(project.documents.read_file(sources[0]))
    project.apply(project.documents.read_file(sources[1]))
    first, second = project.documents()
    clause_a, clause_b = first.clauses[1].id, second.clauses[1].id
    candidates = [
        project.documents.read_file(sources[0]),
        project.documents.remove(second.id),
        project.documents.set_meta(first.id, "Nytt namn",
                                   DocumentMeta("Region Norrvik", "draft", "2026")),
        project.alignment.set_base(second.id),
        project.documents.set_hidden(second.id, True),
        project.alignment.link(clause_a, clause_b),
        project.alignment.unlink(clause_a, clause_b),
    ]
    for edit in candidates:
        before = dump(project)
        project.apply(edit)
        assert dump(project) != before, edit
        project.revert(edit)
        assert dump(project) == before, edit


def test_remove_document_revert_restores_its_links(workdir: Path, sources: list[Path]) -> None:
    project = Project.new(workdir, "anna")
    for source in sources:
        project.apply(project.documents.read_file(source))
    first, second = project.documents()
    project.apply(project.alignment.link(first.clauses[0].id, second.clauses[2].id))
    removal = project.documents.remove(second.id)
    project.apply(removal)
    assert project.alignment.manual_links() == ()
    project.revert(removal)
    assert len(project.alignment.manual_links()) == 1
    assert [d.id for d in project.documents()] == [first.id, second.id]


def test_alignment_is_stored_and_follows_links(workdir: Path, sources: list[Path]) -> None:
    project = Project.new(workdir, "anna")
    for source in sources:
        project.apply(project.documents.read_file(source))
    rows = project.alignment().rows
    assert rows and {r.status for r in rows} <= {"identical", "changed", "moved", "added",
                                                  "removed", "partial"}
    first, second = project.documents()
    lone = first.clauses[0].id
    target = second.clauses[3].id
    project.apply(project.alignment.link(lone, target))
    alignment = project.alignment()
    row = alignment.rows[alignment.row_of(lone) or 0]
    assert target in row.cells[1] and row.pinned


def test_save_keeps_backup_and_leaves_no_side_files(tmp_path: Path, workdir: Path,
                                                    sources: list[Path]) -> None:
    target = saved_project(tmp_path, workdir, sources)
    project = Project.open(target, workdir, "anna")
    document = project.documents()[0]
    project.apply(project.documents.set_meta(document.id, "Ändrad titel", document.meta))
    project.save()
    project.close()
    assert (tmp_path / "arbete.klausul.bak").exists()
    leftovers = {p.name for p in tmp_path.iterdir()} - {"arbete.klausul", "arbete.klausul.bak",
                                                         "norrvik.txt", "vastera.txt", "work"}
    assert leftovers == set()
    reopened = Project.open(target, workdir, "anna", mode="read_only")
    assert reopened.documents()[0].title == "Ändrad titel"
    assert not any(workdir.iterdir()) or reopened.working_copy.exists()
    reopened.close()


def test_failed_replace_leaves_the_old_file_intact(tmp_path: Path, workdir: Path,
                                                   sources: list[Path],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = saved_project(tmp_path, workdir, sources)
    before = target.read_bytes()
    project = Project.open(target, workdir, "anna")
    document = project.documents()[0]
    project.apply(project.documents.set_meta(document.id, "Ska inte sparas", document.meta))

    def refuse(self: Path, other: Path) -> None:
        raise PermissionError(13, "upptagen")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(ProjectError, match="kunde inte sparas"):
        project.save()
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert project.modified
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]
    project.close()


def test_integrity_failure_aborts_save(tmp_path: Path, workdir: Path, sources: list[Path],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = saved_project(tmp_path, workdir, sources)
    before = target.read_bytes()
    project = Project.open(target, workdir, "anna")
    monkeypatch.setattr("app.core.store.working_copy.check_integrity", lambda path: False)
    with pytest.raises(ProjectError, match="kontrollen"):
        project.save()
    assert target.read_bytes() == before
    project.close()


def test_second_editor_is_told_who_has_it_and_can_open_read_only_or_copy(
        tmp_path: Path, workdir: Path, sources: list[Path]) -> None:
    target = saved_project(tmp_path, workdir, sources)
    lock = locking.lock_path(target)
    lock.write_text(json.dumps({"user": "bertil", "host": "ANNAN-DATOR", "pid": 1,
                                "since": "2026-11-23T09:00:00"}), encoding="utf-8")
    with pytest.raises(ProjectLockedError, match="bertil på ANNAN-DATOR"):
        Project.open(target, workdir, "anna")
    read_only = Project.open(target, workdir, "anna", mode="read_only")
    document = read_only.documents()[0]
    with pytest.raises(ProjectError, match="skrivskyddat"):
        read_only.apply(read_only.documents.set_meta(document.id, "x", document.meta))
    read_only.close()
    copy = Project.open(target, workdir, "anna", mode="copy")
    assert copy.path is None
    copy.apply(copy.documents.set_meta(document.id, "Min kopia", document.meta))
    copy.save(tmp_path / "kopia.klausul")
    copy.close()
    assert json.loads(lock.read_text(encoding="utf-8"))["user"] == "bertil"


def test_stale_lock_of_a_dead_process_is_taken_over(tmp_path: Path, workdir: Path,
                                                    sources: list[Path]) -> None:
    target = saved_project(tmp_path, workdir, sources)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    import socket
    locking.lock_path(target).write_text(json.dumps(
        {"user": "bertil", "host": socket.gethostname(), "pid": child.pid,
         "since": "2026-11-23T09:00:00"}), encoding="utf-8")
    project = Project.open(target, workdir, "anna")
    assert locking.read_owner(target) is not None
    project.close()
    assert not locking.lock_path(target).exists()


def test_saved_file_is_self_contained(tmp_path: Path, workdir: Path, sources: list[Path]) -> None:
    target = saved_project(tmp_path, workdir, sources)
    for source in sources:
        source.unlink()
    project = Project.open(target, workdir, "anna", mode="read_only")
    for document in project.documents():
        again = import_bytes(project.documents.original_bytes(document.id), Path(document.source),
                             document.id)
        assert again.clauses == document.clauses
    project.close()


CHILD = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from app.core.documents.model import DocumentMeta
    from app.core.project import Project
    project = Project.open(Path(sys.argv[1]), Path(sys.argv[2]), "anna")
    document = project.documents()[0]
    project.apply(project.documents.set_meta(document.id, "Osparad ändring", document.meta))
    print("edited", flush=True)
    time.sleep(60)
""")


def test_work_survives_a_killed_process_and_can_be_recovered(tmp_path: Path, workdir: Path,
                                                              sources: list[Path]) -> None:
    target = saved_project(tmp_path, workdir, sources)
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(target), str(workdir)],
                             cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "edited"
    assert list_recoverable(workdir) == []  # the owner still runs
    child.send_signal(signal.SIGKILL)
    child.wait()
    found = list_recoverable(workdir)
    assert len(found) == 1 and found[0].source == target.resolve()
    project = Project.recover(found[0], "anna")
    assert project.documents()[0].title == "Osparad ändring"
    assert project.modified and project.path == target.resolve()
    project.save()
    project.close()
    check = Project.open(target, workdir, "anna", mode="read_only")
    assert check.documents()[0].title == "Osparad ändring"
    check.close()


def test_pinned_row_is_linked_by_hand_and_undone_in_one_step(workdir: Path,
                                                              sources: list[Path]) -> None:
    project = Project.new(workdir, "anna")
    for source in sources:
        project.apply(project.documents.read_file(source))
    alignment = project.alignment()
    row = next(r for r in alignment.rows if all(r.cells) and not r.pinned)
    before = dump(project)
    edit = project.alignment.pin_row(alignment, row)
    assert edit is not None
    project.apply(edit)
    pinned = project.alignment()
    kept = pinned.rows[pinned.row_of(row.cells[0][0]) or 0]
    assert kept.pinned and kept.cells == row.cells
    assert {(link.kind, link.a, link.b) for link in project.alignment.manual_links()} == {
        ("link", row.cells[0][0], other) for other in row.cells[1]}
    project.revert(edit)
    assert dump(project) == before
    # A row of one clause has nothing to pin it to.
    lone = AlignedRow(((row.cells[0][0],), ()), "removed", 0.0)
    assert project.alignment.pin_row(alignment, lone) is None
