"""Tags on clauses: who and when, undo, survival through realignment, base changes, a
document's removal and re-import, and reopening the saved file."""

from __future__ import annotations

from pathlib import Path

from app.core.documents.model import ClauseId
from app.core.project import Project
from app.core.tagging.codebook import CodeId
from tests.core.tagging.conftest import clause_with

SOC = CodeId("part.socialtjanst")
BUP = CodeId("part.bup")


def test_a_tag_records_its_code_member_and_time(project: Project) -> None:
    clause = ClauseId(clause_with(project, "utreda barns behov"))
    project.apply(project.tags.tag([clause], SOC, "Anna"))
    (tag,) = project.tags.of(clause)
    assert (tag.code_id, tag.member, tag.rule) == (SOC, "Anna", None)
    assert tag.created[:2] == "20" and tag.created.endswith("+00:00")
    assert project.tags.codes_of(clause, "part") == (SOC,)
    assert project.tags.codes_of(clause, "malgrupp") == ()


def test_several_codes_per_facet_and_untag_and_undo(project: Project) -> None:
    clause = ClauseId(clause_with(project, "BUP ska"))
    first = project.tags.tag([clause], BUP, "Anna")
    project.apply(first)
    project.apply(project.tags.tag([clause], CodeId("part.elevhalsa"), "Anna"))
    assert project.tags.codes_of(clause, "part") == (CodeId("part.elevhalsa"), BUP)
    untag = project.tags.untag([clause], BUP)
    project.apply(untag)
    assert project.tags.codes_of(clause) == (CodeId("part.elevhalsa"),)
    project.revert(untag)
    assert BUP in project.tags.codes_of(clause)
    assert project.tags.of(clause)[0].member == "Anna"  # the original tag, not a new one


def test_toggle_tags_the_missing_then_untags_all(project: Project) -> None:
    a = ClauseId(clause_with(project, "utreda barns behov"))
    b = ClauseId(clause_with(project, "besluta om placering"))
    project.apply(project.tags.tag([a], SOC, "Anna"))
    edit = project.tags.toggle([a, b], SOC, "Bo")
    project.apply(edit)
    assert [t.member for t in project.tags.of(a)] == ["Anna"]
    assert [t.member for t in project.tags.of(b)] == ["Bo"]
    project.revert(edit)  # only b's tag goes: a had its tag before
    assert project.tags.codes_of(a) == (SOC,) and project.tags.codes_of(b) == ()
    project.apply(project.tags.toggle([a], SOC, "Bo"))
    project.apply(project.tags.toggle([a, b], SOC, "Bo"))
    assert {project.tags.codes_of(a), project.tags.codes_of(b)} == {(SOC,)}
    project.apply(project.tags.toggle([a, b], SOC, "Bo"))
    assert project.tags() == ()


def test_tags_survive_realignment_a_new_base_and_reopening(project: Project,
                                                           tmp_path: Path) -> None:
    clause = ClauseId(clause_with(project, "utreda barns behov"))
    project.apply(project.tags.tag([clause], SOC, "Anna"))
    before = project.alignment()
    project.apply(project.alignment.set_base(project.documents()[1].id))
    after = project.alignment()
    assert before.base != after.base
    assert after.row_of(clause) is not None
    assert project.tags.codes_of(clause) == (SOC,)
    target = tmp_path / "taggat.klausul"
    project.save(target)
    reopened = Project.open(target, tmp_path / "work2", "annan")
    try:
        assert reopened.tags.codes_of(clause) == (SOC,)
        assert reopened.tags.of(clause)[0].member == "Anna"
    finally:
        reopened.close()


def test_tags_return_when_the_same_file_is_imported_again(project: Project,
                                                          agreements: tuple[Path, Path]
                                                          ) -> None:
    clause = ClauseId(clause_with(project, "utreda barns behov"))
    project.apply(project.tags.tag([clause], SOC, "Anna"))
    document = project.documents()[0]
    project.apply(project.documents.remove(document.id))
    project.apply(project.documents.read_file(agreements[0]))
    again = next(d for d in project.documents() if d.title == document.title)
    assert clause in {c.id for c in again.clauses}
    assert project.tags.codes_of(clause) == (SOC,)


def test_clauses_with_a_code_include_its_descendants(project: Project) -> None:
    clause = ClauseId(clause_with(project, "BUP ska"))
    project.apply(project.tags.tag([clause], BUP, "Anna"))
    assert project.tags.clauses_with(CodeId("part.region")) == {clause}
    assert project.tags.clauses_with(CodeId("part.region"), descendants=False) == set()
