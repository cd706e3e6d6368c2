"""A Word-edited copy of the export comes back as a new version: clauses keep their ids, tags
and provenance; new ones arrive untagged and marked; reviewers' tracked changes and comments
are proposals, accepted or rejected clause by clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.documents.model import ClauseId
from app.core.draft.export_content import ExportOptions
from app.core.draft.tags import TagLabel
from app.core.draft.versions import Side
from app.core.errors import DocumentReadError
from app.core.project import Project
from app.core.tagging.codebook import CodeId
from tests.builders.draft_project import edit, three_county_project
from tests.builders.libreoffice import convert
from tests.builders.word_edits import WordCopy, edited_copy

REVIEWER = "Eva Granskare"
PART = TagLabel("Part", "part.socialtjanst", "Socialtjänst")
SKOLA = TagLabel("Part", "part.elevhalsa", "Elevhälsa")  # put on a draft clause of its own



@pytest.fixture
def project(tmp_path: Path) -> Project:
    made = three_county_project(tmp_path)
    made.apply(made.draft.start(authors="LAG Norrbo"))
    made.apply(edit(made.draft.record_version("0.1 – start", "", "Anna")))
    draft = made.draft()
    assert draft is not None
    # Tags: one on a source clause (carried through provenance), one on a draft clause id.
    first_item = next(c for c in draft.clauses if c.kind == "list_item")
    school = next(c for c in draft.clauses if c.text.startswith("Elevhälsan ska"))
    assert first_item.origin is not None
    made.apply(made.tags.tag([first_item.origin.clause], CodeId(PART.code), "Anna"))
    made.apply(made.tags.tag([ClauseId(school.id)], CodeId(SKOLA.code), "Anna"))
    # A change after the version, so the export carries its own tracked changes too.
    made.apply(edit(made.draft.set_text(school.id, "Elevhälsan ska arbeta förebyggande och "
                                                   "hälsofrämjande på alla skolor.")))
    yield made
    made.close()


def reviewer_edits(copy: WordCopy) -> None:
    copy.insert_tracked("Överenskommelsen gäller", " Den gäller från 2027.", REVIEWER)
    copy.delete_tracked("att samordna insatser", REVIEWER)
    copy.comment("Socialtjänsten ansvarar", "Ska skolan nämnas här?", REVIEWER)
    copy.rewrite("Överenskommelsen följs upp",
                 "Överenskommelsen följs upp varje år av ledningsgruppen och rapporteras.")
    copy.add_after("Överenskommelsen följs upp", "Parterna ska utse var sin kontaktperson.")


def exported(project: Project, tmp_path: Path) -> Path:
    target = tmp_path / "utkast-0.2.docx"
    project.draft.export(target, ExportOptions(tracked_against=Side.of_version(1)))
    return target


def test_an_unedited_copy_comes_back_as_the_same_draft(project: Project,
                                                        tmp_path: Path) -> None:
    copy = project.draft.read_word_copy(exported(project, tmp_path))
    assert (copy.kept, copy.edited, copy.added, copy.removed, copy.proposals) == (
        len(project.draft().clauses), 0, 0, 0, ())  # type: ignore[union-attr]
    assert copy.draft.clauses == project.draft().clauses  # type: ignore[union-attr]


def check_came_back(project: Project, source: Path) -> None:
    before = project.draft()
    assert before is not None
    copy = project.draft.read_word_copy(source, label="0.2 – remissvar Eva")
    assert project.draft() == before  # reading changes nothing
    changes = project.apply(copy.edit)
    assert changes.draft and changes.versions
    after = project.draft()
    assert after is not None
    headers = project.draft.versions()
    assert headers[-1].label == "0.2 – remissvar Eva"
    assert project.draft.version(headers[-1].number).draft == after  # type: ignore[union-attr]
    # Kept and edited clauses keep their ids, provenance and tags.
    by_id = {c.id: c for c in after.clauses}
    assert set(by_id) - before.ids() == {c.id for c in after.clauses if c.written
                                          and c.id not in before.ids()}
    for old in before.clauses:
        if old.id in by_id:
            assert by_id[old.id].origin == old.origin and by_id[old.id].sources == old.sources
    tags = project.draft.tags()
    first_item = next(c for c in after.clauses if c.kind == "list_item")
    school = next(c for c in after.clauses if c.text.startswith("Elevhälsan ska"))
    assert tags[first_item.id] == (PART,) and tags[school.id] == (SKOLA,)
    assert school.text.endswith("på alla skolor.")  # the export's own change is no proposal
    # The edit made without tracking is in the version; the new paragraph arrives marked.
    followed = next(c for c in after.clauses if c.text.startswith("Överenskommelsen följs"))
    assert followed.text.endswith("och rapporteras.") and followed.edited
    new = next(c for c in after.clauses if c.text.startswith("Parterna ska utse"))
    assert new.written and tags[new.id] == ()
    proposals = {(p.kind, p.clause): p for p in project.draft.proposals()}
    assert ("added", new.id) in proposals
    # Tracked changes and comments are proposals with the reviewer's name.
    intro = next(c for c in after.clauses if c.text.startswith("Överenskommelsen gäller"))
    assert intro.text == "Överenskommelsen gäller mellan Region Norrbo och länets kommuner."
    change = proposals[("change", intro.id)]
    assert change.author == REVIEWER and change.text.endswith("Den gäller från 2027.")
    assert change.revisions[0].kind == "insertion"
    lead_in = next(c for c in after.clauses if c.text.startswith("Socialtjänsten ansvarar"))
    assert proposals[("comment", lead_in.id)].text == "Ska skolan nämnas här?"
    gone = next(c for c in after.clauses if c.text.startswith("att samordna insatser"))
    assert proposals[("removed", gone.id)].author == REVIEWER
    assert all(p.version == headers[-1].number and p.status == "open"
               for p in project.draft.proposals())
    # Decided clause by clause, undoably.
    accept = edit(project.draft.decide(change.id, True))
    project.apply(accept)
    assert project.draft().clause(intro.id).text.endswith("Den gäller från 2027.")  # type: ignore[union-attr]
    project.apply(edit(project.draft.decide(proposals[("removed", gone.id)].id, True)))
    assert gone.id not in project.draft().ids()  # type: ignore[union-attr]
    project.apply(edit(project.draft.decide(proposals[("added", new.id)].id, False)))
    assert new.id not in project.draft().ids()  # type: ignore[union-attr]
    statuses = {p.id: p.status for p in project.draft.proposals()}
    assert statuses[change.id] == "accepted"
    project.revert(accept)
    assert next(p for p in project.draft.proposals() if p.id == change.id).status == "open"
    project.revert(copy.edit)
    assert project.draft() is not None and len(project.draft.versions()) == 1


def test_a_word_edited_copy_comes_back_as_a_version_with_its_tags(project: Project,
                                                                   tmp_path: Path) -> None:
    source = edited_copy(exported(project, tmp_path), tmp_path / "från-eva.docx",
                         reviewer_edits)
    check_came_back(project, source)


@pytest.mark.slow
def test_a_copy_saved_again_by_libreoffice_comes_back_alike(project: Project,
                                                             tmp_path: Path) -> None:
    source = edited_copy(exported(project, tmp_path), tmp_path / "från-eva.docx",
                         reviewer_edits)
    check_came_back(project, convert(source, "docx:MS Word 2007 XML", tmp_path / "lo"))


def test_a_file_that_is_not_a_word_copy_is_refused_by_name(project: Project,
                                                            tmp_path: Path) -> None:
    bad = tmp_path / "trasig.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(DocumentReadError, match=r"trasig\.docx"):
        project.draft.read_word_copy(bad)
