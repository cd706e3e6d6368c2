"""Alignment features kept in the project file: stored with the first alignment, adopted by
the first job after opening (no tokenising), rebuilt when the feature code changes, and gone
with their document."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.alignment.aligner import align
from app.core.alignment.similarity import FeatureCache, feature_version
from app.core.alignment.synonyms import load as load_synonyms
from app.core.project import Project
from app.core.store import features as stored_features
from tests.core.alignment.conftest import two_agreements


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    project = two_agreements(tmp_path)
    project.alignment()
    target = tmp_path / "p.klausul"
    project.save(target)
    project.close()
    return target


def _tokenised(cache: FeatureCache) -> int:
    return len(cache._token_lists)


def test_features_are_stored_with_the_first_alignment(saved: Path, tmp_path: Path) -> None:
    project = Project.open(saved, tmp_path / "w2", "anna", mode="read_only")
    version = feature_version(load_synonyms())
    found = stored_features.load_features(project.store.db, version)
    clause_ids = {c.id for d in project.documents() for c in d.clauses}
    assert set(found.clauses) == clause_ids
    assert len(found.names) == len(set(found.names)) > 20
    columns, counts = next(iter(found.clauses.values()))
    assert len(columns) == len(counts) and counts.min() >= 1
    project.close()


def test_the_first_link_after_opening_tokenises_nothing(saved: Path, tmp_path: Path) -> None:
    project = Project.open(saved, tmp_path / "w2", "anna")
    before = project.alignment.current()
    assert before is not None
    a, b = project.documents()
    project.apply(project.alignment.link(a.clauses[-1].id, b.clauses[-1].id))
    job = project.alignment.job()
    linked = job.run()
    assert _tokenised(job.cache) == 0
    assert project.alignment.accept(job, linked)
    row = linked.rows[linked.row_of(a.clauses[-1].id) or 0]
    assert b.clauses[-1].id in row.cells[1] and row.pinned
    # The same rows as an alignment computed from scratch.
    scratch = align(project.documents(), links=project.alignment.manual_links(),
                    cache=FeatureCache())
    assert scratch.rows == linked.rows
    project.close()


def test_features_of_another_feature_version_are_rebuilt(saved: Path, tmp_path: Path) -> None:
    project = Project.open(saved, tmp_path / "w2", "anna")
    with project.store.transaction() as db:
        db.execute("UPDATE settings SET value = 'old' WHERE key = 'feature_version'")
        db.execute("DELETE FROM settings WHERE key = 'alignment_key'")
    assert project.alignment.current() is None
    job = project.alignment.job()
    assert job.stored is not None and not job.stored.clauses  # nothing adopted
    alignment = job.run()
    assert _tokenised(job.cache) > 0
    assert project.alignment.accept(job, alignment)
    version = feature_version(load_synonyms())
    found = stored_features.load_features(project.store.db, version)
    assert len(found.clauses) == sum(len(d.clauses) for d in project.documents())
    project.close()


def test_removing_a_document_removes_its_features(saved: Path, tmp_path: Path) -> None:
    project = Project.open(saved, tmp_path / "w2", "anna")
    _a, b = project.documents()
    project.apply(project.documents.remove(b.id))
    ids = stored_features.stored_clause_ids(project.store.db)
    assert ids and not any(i.startswith(b.id) for i in ids)
    project.close()


def test_after_a_warm_up_a_link_repairs_only_the_document_it_touches(saved: Path,
                                                                      tmp_path: Path) -> None:
    project = Project.open(saved, tmp_path / "w2", "anna")
    assert project.alignment.warm_up() is None  # too small to need one
    warm = project.alignment.warm_up(min_clauses=0)
    assert warm is not None
    shown = warm.run()
    assert shown.rows == project.alignment.current().rows  # type: ignore[union-attr]
    assert project.alignment.warm_up(min_clauses=0) is None  # prepared once
    before = dict(warm.memo.pairings)
    a, b = project.documents()
    project.apply(project.alignment.link(a.clauses[-1].id, b.clauses[-1].id))
    job = project.alignment.job()
    assert job.memo is warm.memo
    job.run()
    added = set(job.memo.pairings) - set(before)
    assert len(added) == 1 and all(job.memo.pairings[k] is v for k, v in before.items())
    project.close()
