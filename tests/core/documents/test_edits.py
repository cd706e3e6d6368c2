"""Document edits against a real store: each applies, reverts to the same tables, and says
which slices it changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.changes import Changes
from app.core.documents.edits import AddDocument, free_id
from app.core.documents.model import DocumentId, DocumentMeta
from app.core.edit import EditKind
from app.core.errors import ProjectError
from app.core.project import Project

TEXT = "Syfte\n\nBarn ska få stöd i tid.\n\nRegionen ansvarar för:\n- att utreda behov\n"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = Project.new(tmp_path / "work", "anna")
    yield made
    made.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "norrvik.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def tables(project: Project) -> list[tuple[object, ...]]:
    db = project.store.db
    return [(t, *r) for t in ("documents", "clauses", "manual_links")
            for r in db.execute(f"SELECT * FROM {t} ORDER BY 1")]


def test_the_same_file_twice_gets_a_numbered_id_and_its_clause_ids_follow(
        project: Project, source: Path) -> None:
    first = project.documents.read_file(source)
    second = project.documents.read_file(source)
    assert first.document.id == second.document.id  # the content decides the id
    project.apply(first)
    project.apply(second)
    a, b = project.documents()
    assert b.id == f"{a.id}.2"
    assert all(c.id.startswith(f"{b.id}-") for c in b.clauses)
    item = next(c for c in b.clauses if c.kind == "list_item")
    assert item.context_id is not None and item.context_id.startswith(f"{b.id}-")
    assert {c.id for c in a.clauses}.isdisjoint({c.id for c in b.clauses})
    assert project.documents.duplicates_of(project.documents.read_file(source)) == (a, b)


def test_free_id_counts_past_the_taken_ones() -> None:
    assert free_id(set(), DocumentId("ab")) == "ab"
    assert free_id({"ab", "ab.2"}, DocumentId("ab")) == "ab.3"


def test_each_edit_reports_its_slices_and_kind(project: Project, source: Path) -> None:
    add = project.documents.read_file(source)
    assert isinstance(add, AddDocument) and add.kind is EditKind.ADD_DOCUMENT
    changes = project.apply(add)
    assert changes.documents and changes.alignment and changes.edit is add
    document = project.documents()[0]
    meta = project.documents.set_meta(document.id, "Ny titel", DocumentMeta("Region X"))
    assert project.apply(meta) == Changes(documents=True, edit=meta)
    assert project.documents()[0].title == "Ny titel"
    hide = project.documents.set_hidden(document.id, True)
    assert hide.kind is EditKind.HIDE_DOCUMENT and hide.subject == "Ny titel"
    assert project.apply(hide).documents
    assert project.documents.hidden() == {document.id}
    project.revert(hide)
    assert project.documents.hidden() == frozenset()


def test_remove_and_revert_restores_everything(project: Project, source: Path) -> None:
    project.apply(project.documents.read_file(source))
    before = tables(project)
    removal = project.documents.remove(project.documents()[0].id)
    changes = project.apply(removal)
    assert changes.links and project.documents() == ()
    project.revert(removal)
    assert tables(project) == before


def test_a_failing_edit_leaves_nothing_half_written(project: Project, source: Path) -> None:
    project.apply(project.documents.read_file(source))
    before = tables(project)

    class Half:
        kind = EditKind.SET_SETTING
        subject = ""

        def apply(self, store: object) -> Changes:
            with store.transaction() as db:  # type: ignore[attr-defined]
                db.execute("DELETE FROM clauses")
                raise RuntimeError("disk on fire")

        def revert(self, store: object) -> Changes:
            return Changes()

    with pytest.raises(RuntimeError):
        project.apply(Half())
    assert tables(project) == before
    assert not project.store.db.in_transaction


def test_read_only_project_refuses_edits(tmp_path: Path, source: Path) -> None:
    project = Project.new(tmp_path / "w", "anna")
    project.apply(project.documents.read_file(source))
    target = tmp_path / "p.klausul"
    project.save(target)
    project.close()
    reader = Project.open(target, tmp_path / "w2", "bertil", mode="read_only")
    document = reader.documents()[0]
    with pytest.raises(ProjectError, match="skrivskyddat"):
        reader.apply(reader.documents.set_meta(document.id, "x", document.meta))
    reader.close()
