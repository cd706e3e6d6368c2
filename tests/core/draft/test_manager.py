"""`project.draft`: undoable draft edits, versions, comparisons, and a draft that survives
saving, realignment and re-import of its sources."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.core.draft.assembly import DraftRefusal
from app.core.draft.manager import RowChoice
from app.core.draft.versions import Side
from app.core.edit import EditKind
from app.core.project import Project
from app.core.store.database import SCHEMA_VERSION
from tests.builders.draft_project import edit, row_with, three_county_project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = three_county_project(tmp_path)
    yield made
    made.close()




def test_no_draft_until_started_and_every_edit_undoes(project: Project) -> None:
    assert project.draft() is None
    assert project.draft.record_version("0.1") is DraftRefusal.NO_DRAFT
    start = project.draft.start()
    changes = project.apply(start)
    assert changes.draft and not changes.documents and changes.edit is start
    started = project.draft()
    assert started is not None
    alignment = project.alignment()
    row = row_with(project, "skydd, stöd och behandling")
    adopt = edit(project.draft.adopt(alignment, row, 1))
    assert adopt.kind is EditKind.ADOPT_WORDING and adopt.subject == "Östlund"
    project.apply(adopt)
    assert project.draft() != started
    assert project.draft.row_choices(alignment)[row] == RowChoice(1, False)
    project.revert(adopt)
    assert project.draft() == started
    assert project.draft.row_choices(alignment)[row] == RowChoice(0, False)
    project.revert(start)
    assert project.draft() is None


def test_versions_are_recorded_listed_compared_and_restored_undoably(project: Project) -> None:
    project.apply(project.draft.start())
    first = edit(project.draft.record_version("0.1 – start", "Utgångsläge", "Anna"))
    assert project.apply(first).versions
    alignment = project.alignment()
    project.apply(edit(project.draft.adopt(alignment, row_with(project, "skydd, stöd"), 1)))
    project.apply(edit(project.draft.drop_row(alignment, row_with(project, "föräldraskapet"))))
    project.apply(edit(project.draft.record_version("0.2 – efter workshop 2", "", "Bo")))
    headers = project.draft.versions()
    assert [(h.number, h.label, h.author, h.note) for h in headers] == [
        (1, "0.1 – start", "Anna", "Utgångsläge"), (2, "0.2 – efter workshop 2", "Bo", "")]
    assert len(headers[0].created) == len("2026-12-01T14:05")
    assert project.draft.find_version("0.2").header.number == 2  # type: ignore[union-attr]
    (old, new), rows = project.draft.compare(Side.of_version(1), Side.of_version(2))
    assert (old.title, new.title) == ("0.1 – start", "0.2 – efter workshop 2")
    statuses = [r.status for r in rows.rows]
    assert statuses.count("removed") == 1 and "changed" in statuses
    assert sum(1 for r in rows.rows if r.cells[0] and r.cells[1]) == len(new.clauses)
    (_, base), against_base = project.draft.compare(Side.current(),
                                                    Side.of_document(project.documents()[1].id))
    assert base.title == "Östlund" and any(r.status == "identical" for r in against_base.rows)
    restore = edit(project.draft.restore(1))
    current = project.draft()
    project.apply(restore)
    version = project.draft.version(1)
    assert version is not None and project.draft() == version.draft
    assert project.draft.restore(1) is DraftRefusal.NO_CHANGE
    project.revert(restore)
    assert project.draft() == current
    assert len(project.draft.versions()) == 2


def test_the_draft_survives_saving_realignment_and_reimport(project: Project,
                                                           tmp_path: Path) -> None:
    project.apply(project.draft.start())
    alignment = project.alignment()
    row = row_with(project, "skydd, stöd och behandling")
    project.apply(edit(project.draft.adopt(alignment, row, 1)))
    adopted = project.draft()
    assert adopted is not None
    target = tmp_path / "arbete.klausul"
    project.save(target)
    again = Project.open(target, tmp_path / "work2", "Anna")
    try:
        assert again.draft() == adopted
        # Realignment against another base: the rows move, the draft finds them by clause id.
        again.apply(again.alignment.set_base(again.documents()[2].id))
        realigned = again.alignment()
        choices = again.draft.row_choices(realigned)
        row_now = next(r for r, row_ in enumerate(realigned.rows)
                       if any("skydd, stöd och behandling" in c.text for d in again.documents()
                              for c in d.clauses if c.id in {i for cell in row_.cells
                                                             for i in cell}))
        assert choices[row_now].document == 1
        # Re-import: the source leaves the project and comes back; the draft keeps its text
        # and its provenance, and finds its row again by the same clause ids.
        second = again.documents()[1]
        again.apply(again.documents.remove(second.id))
        assert again.draft() == adopted
        clause = next(c for c in again.draft().clauses  # type: ignore[union-attr]
                      if c.text.endswith("stöd och behandling"))
        assert clause.origin is not None and clause.origin.region == "Region Östlund"
        again.apply(again.documents.read_file(tmp_path / "sources" / "ostlund.md"))
        assert again.draft() == adopted
        assert any(c.document == len(again.documents()) - 1
                   for c in again.draft.row_choices(again.alignment()).values())
    finally:
        again.close()


def test_the_project_file_holds_the_draft_tables(tmp_path: Path, project: Project) -> None:
    assert SCHEMA_VERSION == 6
    project.apply(project.draft.start())
    target = tmp_path / "p.klausul"
    project.save(target)
    db = sqlite3.connect(target)
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    count = db.execute("SELECT count(*) FROM draft_clauses").fetchone()[0]
    db.close()
    assert {"draft", "draft_clauses", "draft_versions", "draft_proposals"} <= tables
    assert count == len(project.draft().clauses)  # type: ignore[union-attr]


def test_a_project_without_a_draft_exports_the_one_started_from_the_base(
        project: Project) -> None:
    assert project.draft() is None
    draft = project.draft.or_base()
    assert draft.info.started_from == project.documents()[0].id and draft.clauses
    assert project.draft.resolve("base") == Side.of_document(project.documents()[0].id)
    assert project.draft.resolve("previous") == Side.of_document(project.documents()[0].id)
    assert project.draft.resolve("Västby") == Side.of_document(project.documents()[2].id)
    assert project.draft.resolve("nothing") is None


def test_a_version_5_file_gets_the_draft_tables(tmp_path: Path) -> None:
    from app.core.store.database import connect

    path = tmp_path / "gammal.klausul"
    connect(path, create=True).close()
    db = sqlite3.connect(str(path))
    for table in ("draft", "draft_clauses", "draft_versions", "draft_proposals"):
        db.execute(f"DROP TABLE {table}")
    db.execute("PRAGMA user_version = 5")
    db.commit()
    db.close()
    upgraded = connect(path)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert upgraded.execute("SELECT count(*) FROM draft_clauses").fetchone()[0] == 0
    upgraded.close()
