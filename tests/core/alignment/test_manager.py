"""`project.alignment`: known alignments without recomputing, jobs and their acceptance,
and the link, unlink and pin use cases the GUI and CLI share."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.alignment.manager import LinkRefusal
from app.core.alignment.model import ManualLink
from app.core.edit import EditKind
from app.core.project import Project
from tests.core.alignment.conftest import two_agreements


@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = two_agreements(tmp_path)
    yield made
    made.close()


def test_current_is_none_until_a_job_is_accepted_then_kept(project: Project) -> None:
    assert project.alignment.current() is None
    job = project.alignment.job()
    alignment = job.run()
    assert project.alignment.accept(job, alignment)
    assert project.alignment.current() is alignment


def test_an_outdated_result_is_refused(project: Project) -> None:
    job = project.alignment.job()
    alignment = job.run()
    _first, second = project.documents()
    project.apply(project.alignment.set_base(second.id))
    assert not project.alignment.accept(job, alignment)
    assert project.alignment.current() is None


def test_undo_of_a_link_needs_no_realignment(project: Project) -> None:
    before = project.alignment()
    a, b = project.documents()
    link = project.alignment.link(a.clauses[-1].id, b.clauses[-1].id)
    project.apply(link)
    assert project.alignment.current() is None  # a new state
    project.alignment()
    project.revert(link)
    assert project.alignment.current() is before  # remembered


def test_the_stored_alignment_is_used_after_reopening(project: Project, tmp_path: Path
                                                      ) -> None:
    rows = project.alignment().rows
    target = tmp_path / "p.klausul"
    project.save(target)
    again = Project.open(target, tmp_path / "w2", "anna", mode="read_only")
    found = again.alignment.current()
    assert found is not None and found.rows == rows
    again.close()


def test_link_cells_anchors_on_the_base_and_refuses_nonsense(project: Project) -> None:
    alignment = project.alignment()
    base_only = next(r for r, row in enumerate(alignment.rows) if row.cells[0] and
                     not row.cells[1])
    other_only = next(r for r, row in enumerate(alignment.rows) if row.cells[1] and
                      not row.cells[0])
    edit = project.alignment.link_cells(alignment, (other_only, 1), (base_only, 0))
    assert not isinstance(edit, LinkRefusal) and edit.kind is EditKind.LINK
    assert edit.links == (ManualLink("link", alignment.rows[base_only].cells[0][0],
                                     alignment.rows[other_only].cells[1][0]),)
    assert project.alignment.link_cells(alignment, (base_only, 0), (other_only, 0)) \
        is LinkRefusal.NEED_TWO_DOCUMENTS
    both = next(r for r, row in enumerate(alignment.rows) if all(row.cells))
    assert project.alignment.link_cells(alignment, (both, 0), (both, 1)) \
        is LinkRefusal.ALREADY_TOGETHER
    assert project.alignment.unlink_cells(alignment, [(both, 0)]) \
        is LinkRefusal.NEED_OTHER_DOCUMENT
    assert project.alignment.unlink_cells(alignment, [(other_only, 1)]) \
        is LinkRefusal.NO_BASE_CLAUSE
    unlink = project.alignment.unlink_cells(alignment, [(both, 1)])
    assert not isinstance(unlink, LinkRefusal) and unlink.kind is EditKind.UNLINK
    project.apply(unlink)
    after = project.alignment()
    assert after.row_of(alignment.rows[both].cells[0][0]) != \
        after.row_of(alignment.rows[both].cells[1][0])


def test_link_clauses_links_each_named_clause_to_the_base_one(project: Project,
                                                              tmp_path: Path) -> None:
    third = tmp_path / "c.txt"
    third.write_text("Syfte\n\nAvvikelser rapporteras till huvudmannen i tid.\n",
                     encoding="utf-8")
    project.apply(project.documents.read_file(third))
    alignment = project.alignment()
    a, b, c = project.documents()
    base_clause = a.clauses[1].id  # "Barn ska få stöd …"
    b_clause, c_clause = b.clauses[-1].id, c.clauses[-1].id
    assert alignment.row_of(base_clause) != alignment.row_of(c_clause)
    # The base's clause is the anchor wherever it is named; a clause of the anchor's own
    # document is left out.
    edit = project.alignment.link_clauses(alignment, [b_clause, a.clauses[2].id, c_clause,
                                                      base_clause])
    assert not isinstance(edit, LinkRefusal) and edit.kind is EditKind.LINK
    assert edit.links == (ManualLink("link", a.clauses[2].id, b_clause),
                          ManualLink("link", a.clauses[2].id, c_clause))
    project.apply(edit)
    after = project.alignment()
    assert after.row_of(a.clauses[2].id) == after.row_of(b_clause) == after.row_of(c_clause)
    assert project.alignment.link_clauses(after, [b_clause, c_clause, a.clauses[2].id]) \
        is LinkRefusal.ALREADY_TOGETHER
    assert project.alignment.link_clauses(after, [a.clauses[0].id, a.clauses[1].id]) \
        is LinkRefusal.NEED_TWO_DOCUMENTS
    # Without a base clause the first named is the anchor.
    edit = project.alignment.link_clauses(after, [c.clauses[0].id, b.clauses[2].id])
    assert not isinstance(edit, LinkRefusal)
    assert edit.links == (ManualLink("link", c.clauses[0].id, b.clauses[2].id),)
    unlink = project.alignment.unlink_clause(after, c_clause)
    assert not isinstance(unlink, LinkRefusal)
    assert unlink.links == (ManualLink("unlink", after.rows[after.row_of(c_clause)].cells[0][0],
                                       c_clause),)
    assert project.alignment.unlink_clause(after, a.clauses[2].id) \
        is LinkRefusal.NEED_OTHER_DOCUMENT


def test_partners_are_the_other_documents_clauses_in_the_row(project: Project) -> None:
    alignment = project.alignment()
    _a, b = project.documents()
    row = next(row for row in alignment.rows if all(row.cells))
    partners = project.alignment.partners(alignment, row.cells[0][0])
    assert [(d.id, c.id) for d, c in partners] == [(b.id, row.cells[1][0])]


def test_an_empty_project_needs_no_alignment_job(tmp_path: Path) -> None:
    empty = Project.new(tmp_path / "empty", "anna")
    found = empty.alignment.current()
    assert found is not None and found.rows == () and found.document_ids == ()
    empty.close()


def test_forget_gives_clauses_back_to_the_automatic_pairing(project: Project,
                                                            tmp_path: Path) -> None:
    from app.core.alignment.aligner import align

    before = project.alignment()
    a, b = project.documents()
    base_only = next(r for r, row in enumerate(before.rows) if row.cells[0] and not row.cells[1])
    other_only = next(r for r, row in enumerate(before.rows) if row.cells[1] and not row.cells[0])
    wrong, partner = before.rows[base_only].cells[0][0], before.rows[other_only].cells[1][0]
    both = next(row for row in before.rows if all(row.cells) and row.cells[0][0] != wrong)
    kept = ManualLink("unlink", both.cells[0][0], both.cells[1][0])
    project.apply(project.alignment.unlink(kept.a, kept.b))
    project.apply(project.alignment.link(wrong, partner))
    project.apply(project.alignment.unlink(b.clauses[0].id, wrong))  # wrong as the b side
    stored = project.alignment.manual_links()
    linked = project.alignment()
    assert linked.row_of(wrong) == linked.row_of(partner)

    assert project.alignment.forget([kept.b]) is not LinkRefusal.NOTHING_STORED
    untouched = next(c.id for c in a.clauses if c.id not in {wrong, kept.a})
    assert project.alignment.forget([untouched]) is LinkRefusal.NOTHING_STORED
    assert project.alignment.forget([]) is LinkRefusal.NOTHING_STORED
    edit = project.alignment.forget([wrong, wrong])
    assert not isinstance(edit, LinkRefusal) and edit.kind is EditKind.FORGET_LINKS
    changes = project.apply(edit)
    assert changes.links and changes.alignment and edit.removed == 2
    assert project.alignment.manual_links() == (kept,)  # exactly those involving `wrong`
    after = project.alignment()
    fresh = align(project.documents(), base=0, links=(kept,))  # no cache, no memo
    assert after.rows == fresh.rows
    assert after.row_of(wrong) != after.row_of(partner)
    # Undo restores exactly the rows taken, in their old order among the others.
    project.revert(edit)
    assert project.alignment.manual_links() == stored
    assert project.alignment().rows == linked.rows
    # Redo, then a save and a reopen: nothing of `wrong` is stored any more.
    project.apply(edit)
    target = tmp_path / "glomt.klausul"
    project.save(target)
    again = Project.open(target, tmp_path / "w3", "anna", mode="read_only")
    try:
        assert again.alignment.manual_links() == (kept,)
        assert again.alignment.forget([wrong]) is LinkRefusal.NOTHING_STORED
    finally:
        again.close()


def test_undo_of_forget_puts_a_row_last_when_its_place_was_taken(project: Project) -> None:
    a, b = project.documents()
    first = project.alignment.link(a.clauses[0].id, b.clauses[0].id)
    second = project.alignment.link(a.clauses[-1].id, b.clauses[-1].id)
    project.apply(first)
    project.apply(second)
    forget = project.alignment.forget([a.clauses[0].id])
    assert not isinstance(forget, LinkRefusal)
    project.apply(forget)
    # Linking the second pair again and undoing it gives that row a new place (id).
    again = project.alignment.link(a.clauses[-1].id, b.clauses[-1].id)
    project.apply(again)
    project.revert(again)
    project.revert(forget)  # the first link's id is the second's now: no clash
    assert project.alignment.manual_links() == (second.links[0], first.links[0])
