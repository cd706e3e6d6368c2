"""The codebook: the shipped default, its file format, and edits that keep tags consistent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.documents.model import ClauseId
from app.core.project import Project
from app.core.tagging.codebook import (
    CodeId,
    codebook_json,
    default_codebook,
    parse_codebook,
    read_codebook,
)
from app.core.tagging.codebook_ops import CodebookRefusal
from app.core.tagging.edits import ChangeCodebook
from app.core.tagging.errors import TagFileError
from tests.core.tagging.conftest import clause_with

SOC, BUP, REGION = CodeId("part.socialtjanst"), CodeId("part.bup"), CodeId("part.region")


def test_default_codebook_has_three_facets_a_party_hierarchy_and_age_bands() -> None:
    book = default_codebook()
    assert [f.id for f in book.facets] == ["malgrupp", "part", "ansvar"]
    assert book.code("part.bup").parent == REGION
    assert book.path("part.bup") == "Region › Barn- och ungdomspsykiatri"
    placed = book.code("mg.placerade")
    assert placed.age is not None and placed.age.contains(20) and not placed.age.contains(21)
    assert not book.code("mg.ohalsa").age.contains(18)  # type: ignore[union-attr]
    assert book.by_key("part", "S").id == SOC  # type: ignore[union-attr]
    keys = [c.key for c in book.in_facet("part")]
    assert len(keys) == len(set(keys)), "one key per code within a facet"


def test_search_finds_abbreviations_and_word_prefixes_first() -> None:
    book = default_codebook()
    assert book.search("bup")[0].id == BUP
    assert book.search("social")[0].id == SOC
    assert book.search("BVC")[0].id == CodeId("part.bhv")
    assert book.search("placer")[0].id == CodeId("mg.placerade")
    assert book.search("zzz") == ()


def test_file_format_round_trips_and_bad_files_name_the_problem(tmp_path: Path) -> None:
    book = default_codebook()
    again = parse_codebook(codebook_json(book), "x.json")
    assert again == book
    bad = tmp_path / "kodbok.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(TagFileError, match=r"kodbok\.json: inte giltig JSON"):
        read_codebook(bad)
    bad.write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(TagFileError, match="inte en Klausul-kodbok"):
        read_codebook(bad)
    with pytest.raises(TagFileError, match="filen finns inte"):
        read_codebook(tmp_path / "saknas.json")


def _apply(project: Project, edit: ChangeCodebook | CodebookRefusal) -> ChangeCodebook:
    assert isinstance(edit, ChangeCodebook), edit
    project.apply(edit)
    return edit


def test_add_rename_recolour_and_key_are_undoable(project: Project) -> None:
    added = _apply(project, project.codebook.add("part", "Barnahus", REGION))
    code = next(c for c in project.codebook().codes if c.name == "Barnahus")
    assert code.id == "part.barnahus" and code.parent == REGION and code.facet == "part"
    _apply(project, project.codebook.rename(code.id, "  Barnahuset "))
    _apply(project, project.codebook.recolour(code.id, "#ABCDEF"))
    assert project.codebook().code(code.id).name == "Barnahuset"
    assert project.codebook().code(code.id).color == "#abcdef"
    updated = project.codebook().code(code.id)
    from dataclasses import replace
    _apply(project, project.codebook.update(replace(updated, key="s", description="Samverkan")))
    assert project.codebook().code(code.id).key == "s"
    assert project.codebook().code(SOC).key == "", "the key moves from its old code"
    assert project.codebook.rename(code.id, "  ") is CodebookRefusal.EMPTY_NAME
    project.revert(added)
    assert code.id not in project.codebook()


def test_merge_moves_tags_and_children_and_undo_restores_them(project: Project) -> None:
    a = ClauseId(clause_with(project, "utreda barns behov"))
    b = ClauseId(clause_with(project, "BUP ska"))
    project.apply(project.tags.tag([a, b], BUP, "Anna"))
    project.apply(project.tags.tag([b], REGION, "Bo"))
    merge = _apply(project, project.codebook.merge(REGION, SOC))
    book = project.codebook()
    assert REGION not in book and book.code(BUP).parent == SOC
    assert "Region" in book.code(SOC).abbreviations
    assert project.tags.codes_of(b) == (SOC, BUP)
    assert [t.member for t in project.tags.of(b) if t.code_id == SOC] == ["Bo"]
    project.revert(merge)
    assert REGION in project.codebook() and project.codebook().code(BUP).parent == REGION
    assert set(project.tags.codes_of(b)) == {REGION, BUP}
    assert project.codebook.merge(SOC, SOC) is CodebookRefusal.SAME_CODE
    assert project.codebook.merge(SOC, CodeId("mg.ohalsa")) is CodebookRefusal.OTHER_FACET


def test_delete_moves_tags_to_the_parent_or_removes_them(project: Project) -> None:
    a = ClauseId(clause_with(project, "BUP ska"))
    project.apply(project.tags.tag([a], BUP, "Anna"))
    assert project.tags.count(BUP) == 1
    to_parent = _apply(project, project.codebook.delete(BUP, tags_to_parent=True))
    assert project.tags.codes_of(a) == (REGION,)
    project.revert(to_parent)
    assert project.tags.codes_of(a) == (BUP,)
    removed = _apply(project, project.codebook.delete(BUP, tags_to_parent=False))
    assert project.tags.codes_of(a) == () and BUP not in project.codebook()
    project.revert(removed)
    assert project.tags.codes_of(a) == (BUP,)
    _apply(project, project.codebook.delete(REGION, tags_to_parent=True))
    assert project.codebook().code(BUP).parent is None, "children move up"


def test_move_refuses_a_cycle_and_another_facet(project: Project) -> None:
    assert project.codebook.move(REGION, BUP) is CodebookRefusal.INTO_OWN_BRANCH
    assert project.codebook.move(BUP, CodeId("mg.ohalsa")) is CodebookRefusal.OTHER_FACET
    _apply(project, project.codebook.move(BUP, CodeId("part.kommun")))
    assert project.codebook().code(BUP).parent == "part.kommun"
    _apply(project, project.codebook.move(BUP, None))
    assert project.codebook().code(BUP).parent is None


def test_import_merges_by_id_and_export_writes_the_format(project: Project,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "kodbok.json"
    project.codebook.export_file(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "klausul-codebook" and len(data["codes"]) == \
        len(default_codebook().codes)
    data["codes"] = [c for c in data["codes"] if c["id"] == "part.bup"]
    data["codes"][0]["name"] = "BUP-mottagningen"
    data["codes"].append({"id": "part.barnahus", "facet": "part", "name": "Barnahus",
                          "parent": "part.region", "color": "#123456"})
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    edit = project.codebook.import_file(out)
    project.apply(edit)
    book = project.codebook()
    assert book.code(BUP).name == "BUP-mottagningen"
    assert book.code("part.barnahus").parent == REGION
    assert SOC in book, "codes only in the project stay"
    project.revert(edit)
    assert project.codebook() == default_codebook()
