"""Decisions on rows: decided, changed, cleared and undone; found again after a change of
base and after reopening; the migration that adds their table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.decisions.model import DecisionStatus, row_anchor
from app.core.project import Project
from app.core.store.database import SCHEMA_VERSION, connect
from tests.core.decisions.conftest import clause_with


def full_row(project: Project) -> int:
    alignment = project.alignment()
    return next(i for i, r in enumerate(alignment.rows) if all(r.cells)
                and "utreda" in project.documents()[0].clause(r.cells[0][0]).text)


def test_a_decision_is_stored_with_who_and_when_and_undone(project: Project) -> None:
    alignment = project.alignment()
    row = alignment.rows[full_row(project)]
    edit = project.decisions.decide(row, alignment.base, DecisionStatus.DECIDED,
                                    "  Ta   Grannläns formulering ", "Eva")
    assert edit is not None
    changes = project.apply(edit)
    assert changes.decisions and not changes.tags
    found = project.decisions.of_row(row)
    assert found is not None
    assert (found.status, found.text, found.member) == (DecisionStatus.DECIDED,
                                                        "Ta Grannläns formulering", "Eva")
    assert found.anchor == row.cells[alignment.base][0] == row_anchor(row, alignment.base)
    assert set(found.clauses) == {c for cell in row.cells for c in cell}
    assert found.updated.endswith("+00:00")
    project.revert(edit)
    assert project.decisions.of_row(row) is None
    project.apply(edit)
    assert project.decisions.of_row(row) == found


def test_a_new_decision_replaces_the_old_and_undo_brings_the_old_back(project: Project) -> None:
    alignment = project.alignment()
    row = alignment.rows[full_row(project)]
    first = project.decisions.decide(row, 0, DecisionStatus.OPEN, "Diskutera vidare", "Eva")
    assert first is not None
    project.apply(first)
    second = project.decisions.decide(row, 0, DecisionStatus.PARKED, "Vänta på remissen",
                                      "Karin")
    assert second is not None
    project.apply(second)
    assert len(project.decisions()) == 1
    assert project.decisions.of_row(row).status is DecisionStatus.PARKED  # type: ignore[union-attr]
    project.revert(second)
    assert project.decisions.of_row(row).text == "Diskutera vidare"  # type: ignore[union-attr]
    clear = project.decisions.clear(row)
    assert clear is not None
    project.apply(clear)
    assert project.decisions() == ()
    project.revert(clear)
    assert project.decisions.of_row(row).member == "Eva"  # type: ignore[union-attr]
    empty = project.alignment().rows[0].__class__(((), ()), "added", 0.0)
    assert project.decisions.decide(empty, 0, DecisionStatus.OPEN, "", "Eva") is None
    assert project.decisions.clear(empty) is None


def test_the_decision_follows_its_clauses_to_another_base_and_through_saving(
        project: Project, tmp_path: Path) -> None:
    alignment = project.alignment()
    index = full_row(project)
    edit = project.decisions.decide(alignment.rows[index], alignment.base,
                                    DecisionStatus.DECIDED, "Behåll", "Eva")
    assert edit is not None
    project.apply(edit)
    clause = clause_with(project, "utreda barns behov", 1)
    project.apply(project.alignment.set_base(project.documents()[1].id))
    realigned = project.alignment()
    row = realigned.rows[realigned.row_of(clause)]  # type: ignore[index]
    assert project.decisions.of_row(row).text == "Behåll"  # type: ignore[union-attr]
    states = project.decisions.of_rows(realigned)
    assert sum(1 for s in states if s is not None) == 1
    target = tmp_path / "beslut.klausul"
    project.save(target)
    reopened = Project.open(target, tmp_path / "again", mode="read_only")
    try:
        assert reopened.decisions() == project.decisions()
    finally:
        reopened.close()


def test_a_version_4_file_gets_the_decisions_table(tmp_path: Path) -> None:
    path = tmp_path / "gammal.sqlite"
    connect(path, create=True).close()
    db = sqlite3.connect(str(path))
    db.execute("DROP TABLE row_decisions")
    db.execute("PRAGMA user_version = 4")
    db.commit()
    db.close()
    upgraded = connect(path)
    assert upgraded.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert upgraded.execute("SELECT count(*) FROM row_decisions").fetchone()[0] == 0
    upgraded.close()


def test_status_words_parse() -> None:
    assert DecisionStatus.parse("Beslutad") is DecisionStatus.DECIDED
    assert DecisionStatus.parse("öppen") is DecisionStatus.OPEN
    assert DecisionStatus.parse("oppen") is DecisionStatus.OPEN
    assert DecisionStatus.parse(" vilande ") is DecisionStatus.PARKED
    assert DecisionStatus.parse("parked") is DecisionStatus.PARKED
    assert DecisionStatus.parse("klar") is None
