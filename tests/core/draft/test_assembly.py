"""Assembling a draft from aligned rows: start, adopt, drop, add, remove, move, re-level."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.draft import assembly
from app.core.draft.assembly import DraftRefusal
from app.core.draft.model import Draft, DraftClauseId
from app.core.draft.numbering import labels
from app.core.draft.provenance import draft_rows
from app.core.project import Project
from tests.builders.draft_project import row_with, three_county_project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = three_county_project(tmp_path)
    yield made
    made.close()


def started(project: Project) -> Draft:
    project.apply(project.draft.start())
    draft = project.draft()
    assert draft is not None
    return draft



def test_a_draft_started_from_the_base_keeps_its_outline_and_provenance(
        project: Project) -> None:
    draft = started(project)
    base = project.documents()[0]
    assert draft.info.title == "Överenskommelse om barns och ungas hälsa i Norrbo län"
    assert draft.info.started_from == base.id
    assert len(draft.clauses) == len(base.clauses) - 1  # the title is the draft's title
    first = draft.clauses[0]
    assert (first.kind, first.level, first.text) == ("heading", 1, "Inledning")
    assert labels(draft.clauses)[:4] == ("1.", None, "2.", "2.1")
    item = next(c for c in draft.clauses if c.text.startswith("att erbjuda"))
    assert item.origin is not None and item.origin.region == "Region Norrbo"
    assert (item.origin.heading, item.origin.ordinal) == ("2.1 Socialtjänsten", 2)
    assert item.origin.lead_in == "Socialtjänsten ansvarar för"
    assert not item.edited and not item.written
    assert item.id == assembly.derived_id(set(), item.origin.clause)


def test_an_empty_outline_has_a_title_and_no_clauses() -> None:
    draft = assembly.from_document(None, "Ny överenskommelse", "LAG Norrbo")
    assert (draft.info.title, draft.info.authors, draft.clauses) == (
        "Ny överenskommelse", "LAG Norrbo", ())


def test_adopting_another_wording_replaces_the_rows_clause_and_keeps_its_id(
        project: Project) -> None:
    draft = started(project)
    alignment = project.alignment()
    row = row_with(project, "skydd, stöd och behandling")
    before = [draft.clauses[i] for i in draft_rows(draft.clauses, alignment)[row]]
    result = assembly.adopt(draft, alignment, row, 1, project.draft.documents_by_id())
    assert not isinstance(result, DraftRefusal)
    changed = [c for c in result if c.id == before[0].id]
    assert len(result) == len(draft.clauses)
    assert changed[0].text == "att utreda barnets behov av skydd, stöd och behandling"
    assert changed[0].origin is not None and changed[0].origin.region == "Region Östlund"
    assert result.index(changed[0]) == draft.clauses.index(before[0])
    assert set(before[0].sources) <= set(changed[0].sources)


def test_adopting_a_row_the_draft_lacks_puts_it_after_the_row_before(project: Project) -> None:
    draft = started(project)
    alignment = project.alignment()
    row = row_with(project, "samordnad individuell plan när")
    heading = row_with(project, "Samordnad individuell plan")
    assert row not in draft_rows(draft.clauses, alignment)
    with_heading = assembly.adopt(draft, alignment, heading, 1, project.draft.documents_by_id())
    assert not isinstance(with_heading, DraftRefusal)
    draft = Draft(draft.info, with_heading)
    result = assembly.adopt(draft, alignment, row, 1, project.draft.documents_by_id())
    assert not isinstance(result, DraftRefusal)
    texts = [c.text for c in result]
    at = texts.index("Samordnad individuell plan")
    assert texts[at + 1].startswith("Huvudmännen ska tillsammans")
    assert texts[at + 2] == "Uppföljning"
    assert labels(result)[at] == "3." and labels(result)[at + 2] == "4."


def test_an_empty_cell_is_refused_and_no_wording_drops_the_row(project: Project) -> None:
    draft = started(project)
    alignment = project.alignment()
    row = row_with(project, "samordnad individuell plan när")
    assert assembly.adopt(draft, alignment, row, 0, project.draft.documents_by_id()) \
        is DraftRefusal.EMPTY_CELL
    assert assembly.drop_row(draft, alignment, row) is DraftRefusal.ROW_NOT_IN_DRAFT
    kept = assembly.drop_row(draft, alignment, row_with(project, "föräldraskapet"))
    assert not isinstance(kept, DraftRefusal)
    assert len(kept) == len(draft.clauses) - 1
    assert not any("föräldraskapet" in c.text for c in kept)


def test_edit_add_remove_move_relevel(project: Project) -> None:
    draft = started(project)
    heading = next(c for c in draft.clauses if c.text == "Elevhälsan")
    edited = assembly.set_text(draft, heading.id, "2.9 Elevhälsa och skola")
    assert not isinstance(edited, DraftRefusal)
    changed = next(c for c in edited if c.id == heading.id)
    assert changed.text == "Elevhälsa och skola" and changed.edited  # the typed label goes
    assert assembly.set_text(draft, heading.id, "   ") is DraftRefusal.EMPTY_TEXT
    assert assembly.set_text(draft, heading.id, "Elevhälsan") is DraftRefusal.NO_CHANGE
    added = assembly.insert(draft, 0, "paragraph", "Inledande text.")
    assert not isinstance(added, DraftRefusal)
    clauses, new_id = added
    assert clauses[0].id == new_id and clauses[0].written and clauses[0].level == 0
    gone = assembly.remove(draft, {heading.id})
    assert not isinstance(gone, DraftRefusal) and heading.id not in {c.id for c in gone}
    assert assembly.remove(draft, {DraftClauseId("nope")}) is DraftRefusal.UNKNOWN_CLAUSE
    last = draft.clauses[-1]
    moved = assembly.move(draft, {last.id}, 0)
    assert not isinstance(moved, DraftRefusal)
    assert moved[0].id == last.id and moved[0].level == 0
    assert assembly.move(draft, {draft.clauses[0].id}, 0) is DraftRefusal.NO_CHANGE
    section = next(c for c in draft.clauses if c.text == "Ansvar")
    deeper = assembly.relevel(draft, section.id, 1)
    assert not isinstance(deeper, DraftRefusal)
    levels = {c.text: c.level for c in deeper if c.kind == "heading"}
    assert levels["Ansvar"] == 2 and levels["Socialtjänsten"] == 3 \
        and levels["Elevhälsan"] == 3 and levels["Uppföljning"] == 1
    assert assembly.relevel(draft, draft.clauses[0].id, -1) is DraftRefusal.NO_CHANGE
    item = next(c for c in draft.clauses if c.kind == "list_item")
    numbered = assembly.set_kind(draft, item.id, "list_item", numbered=True)
    assert not isinstance(numbered, DraftRefusal)
    assert labels(numbered)[draft.clauses.index(item)] == "1."
