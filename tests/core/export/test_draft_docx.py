"""The Word export of the draft: a clean file from the bundled template that Klausul's importer
and LibreOffice read back as the draft's clauses, levels and numbers; tracked changes, comments
with provenance and tags, the appendix, document properties."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path

import docx
import pytest
from lxml import etree

from app.core.documents.model import Clause
from app.core.draft.export_content import ExportOptions
from app.core.draft.numbering import labels
from app.core.draft.tags import TagLabel
from app.core.draft.versions import Side
from app.core.draft.word_copy import draft_clauses_of
from app.core.export.draft_template import template_bytes
from app.core.importing import import_document
from app.core.project import Project
from app.core.resources import resource
from app.core.tagging.codebook import CodeId
from tests.builders.draft_project import edit, row_with, three_county_project
from tests.builders.libreoffice import convert

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


SOCIALTJANST = TagLabel("Part", "part.socialtjanst", "Socialtjänst")
BARN = TagLabel("Målgrupp", "mg.ohalsa", "Barn och unga med psykisk, fysisk eller social ohälsa")




@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A draft from the base with a version 0.1, then: one row taken from Östlund, one row
    dropped, a clause written by the group, a numbered list and a third-level heading."""
    made = three_county_project(tmp_path)
    made.apply(made.draft.start(authors="LAG Norrbo"))
    made.apply(edit(made.draft.record_version("0.1 – start", "", "Anna")))
    alignment = made.alignment()
    made.apply(edit(made.draft.adopt(alignment, row_with(made, "skydd, stöd och behandling"), 1)))
    made.apply(edit(made.draft.drop_row(alignment, row_with(made, "föräldraskapet"))))
    draft = made.draft()
    assert draft is not None
    at = next(i for i, c in enumerate(draft.clauses) if c.text == "Uppföljning")
    added = made.draft.insert(at, "heading", "Elevhälsans särskilda uppdrag", level=3)
    assert not isinstance(added, Exception) and isinstance(added, tuple)
    made.apply(added[0])
    result = made.draft.insert(at + 1, "list_item", "Hälsobesök i förskoleklass", 1, True)
    assert isinstance(result, tuple)
    made.apply(result[0])
    result = made.draft.insert(at + 2, "list_item", "Hälsobesök i årskurs 4", 1, True)
    assert isinstance(result, tuple)
    made.apply(result[0])
    result = made.draft.insert(at + 3, "list_item", "Uppföljning av frånvaro", 2, True)
    assert isinstance(result, tuple)
    made.apply(result[0])
    first_item = next(c for c in made.draft().clauses if c.kind == "list_item")  # type: ignore[union-attr]
    assert first_item.origin is not None
    for code in (SOCIALTJANST, BARN):  # tags on the source clause the item came from
        made.apply(made.tags.tag([first_item.origin.clause], CodeId(code.code), "Anna"))
    yield made
    made.close()


def shape(clauses: Sequence[Clause]) -> list[tuple[str, int, str | None, str]]:
    return [(c.kind, c.level, c.number, c.text) for c in clauses]


def expected(project: Project) -> list[tuple[str, int, str | None, str]]:
    draft = project.draft()
    assert draft is not None
    return [(c.kind, c.level, n, c.text) for c, n in zip(draft.clauses, labels(draft.clauses),
                                                          strict=True)]


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(name))


def test_the_template_is_reproducible_and_committed_as_built() -> None:
    assert template_bytes() == template_bytes()
    assert resource("draft", "template_sv.docx").read_bytes() == template_bytes(), \
        "run scripts/build-draft-template"


def test_the_export_reads_back_as_the_drafts_clauses_levels_and_numbers(
        project: Project, tmp_path: Path) -> None:
    target = tmp_path / "utkast.docx"
    project.draft.export(target, ExportOptions(comments=frozenset(), appendix=False))
    document = import_document(target)
    assert shape(draft_clauses_of(document)) == expected(project)
    assert document.title == project.draft().info.title  # type: ignore[union-attr]
    assert not document.warnings  # no tracked changes without the option


def test_the_file_is_clean_a4_swedish_with_real_styles_fields_and_properties(
        project: Project, tmp_path: Path) -> None:
    target = tmp_path / "utkast.docx"
    project.draft.export(target, ExportOptions())
    with zipfile.ZipFile(target) as package:
        names = set(package.namelist())
        everything = b"".join(package.read(n) for n in names)
    assert names == {"[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
                     "docProps/core.xml", "docProps/custom.xml", "word/_rels/document.xml.rels",
                     "word/document.xml", "word/footer1.xml", "word/numbering.xml",
                     "word/settings.xml", "word/styles.xml", "word/comments.xml"}
    assert b"python-docx" not in everything and b"Lorem" not in everything
    reopened = docx.Document(str(target))  # python-docx reads it back as well
    assert reopened.core_properties.title == project.draft().info.title  # type: ignore[union-attr]
    assert len(reopened.comments) == len(project.draft().clauses)  # type: ignore[union-attr]
    body = part(target, "word/document.xml").find(f"{W}body")
    assert body is not None
    size = body.find(f"{W}sectPr/{W}pgSz")
    assert size is not None and (size.get(f"{W}w"), size.get(f"{W}h")) == ("11906", "16838")
    styles = part(target, "word/styles.xml")
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang is not None and lang.get(f"{W}val") == "sv-SE"
    used = {p.get(f"{W}val") for p in body.iter(f"{W}pStyle")}
    assert {"Heading1", "Heading2", "Heading3", "ListBullet", "ListNumber", "ListNumber2",
            "Title", "TOCHeading", "KlausulAppendix"} <= used
    instructions = [t.text for t in body.iter(f"{W}instrText")]
    assert any(i and i.strip().startswith("TOC \\o") for i in instructions)
    assert {f.get(f"{W}instr").split()[0] for f in body.iter(f"{W}fldSimple")} == {  # type: ignore[union-attr]
        "TITLE", "DOCPROPERTY", "AUTHOR"}
    for paragraph in body.iter(f"{W}p"):  # no empty leftover paragraphs
        text = "".join(t.text or "" for t in paragraph.iter(f"{W}t"))
        assert text.strip() or paragraph.find(f".//{W}br") is not None
    numbering = part(target, "word/numbering.xml")
    heading_levels = numbering.findall(f"{W}abstractNum")[0].findall(f"{W}lvl")
    assert [lvl.find(f"{W}pStyle").get(f"{W}val") for lvl in heading_levels[:3]] == [  # type: ignore[union-attr]
        "Heading1", "Heading2", "Heading3"]
    core = part(target, "docProps/core.xml")
    found = {etree.QName(e).localname: e.text for e in core}
    assert found["title"] == project.draft().info.title  # type: ignore[union-attr]
    assert found["creator"] == "LAG Norrbo" and found["language"] == "sv-SE"
    assert found["version"] == "Arbetsversion efter 0.1 – start"
    assert found["created"] and found["modified"]
    custom = etree.tostring(part(target, "docProps/custom.xml"), encoding="unicode")
    assert "Arbetsversion efter 0.1 – start" in custom and "Anna Andersson" in custom


def test_tracked_changes_are_real_insertions_and_deletions_against_a_version(
        project: Project, tmp_path: Path) -> None:
    target = tmp_path / "spårat.docx"
    project.draft.export(target, ExportOptions(tracked_against=Side.of_version(1),
                                               author="Anna Andersson"))
    body = part(target, "word/document.xml")
    insertions = list(body.iter(f"{W}ins"))
    deletions = list(body.iter(f"{W}del"))
    assert insertions and deletions
    for change in insertions + deletions:
        assert change.get(f"{W}author") == "Anna Andersson"
        date = change.get(f"{W}date") or ""
        assert len(date) == 19 and "T" in date and not date.endswith("Z")  # local time
    deleted = " ".join(t.text or "" for t in body.iter(f"{W}delText"))
    inserted = " ".join(t.text or "" for c in body.iter(f"{W}ins") for t in c.iter(f"{W}t"))
    assert "föräldraskapet" in deleted  # the dropped row, shown deleted
    assert "behandling" in inserted and "Hälsobesök i förskoleklass" in inserted
    ids = [int(c.get(f"{W}id") or 0) for c in body.iter(f"{W}ins", f"{W}del")]
    assert len(ids) == len(set(ids))
    document = import_document(target)
    assert document.warnings  # the importer sees the tracked changes
    assert shape(draft_clauses_of(document)) == expected(project)  # all of them accepted


def test_comments_carry_provenance_and_tags_and_the_appendix_lists_them(
        project: Project, tmp_path: Path) -> None:
    target = tmp_path / "kommentarer.docx"
    project.draft.export(target, ExportOptions())
    comments = part(target, "word/comments.xml")
    texts = ["\n".join("".join(t.text or "" for t in p.iter(f"{W}t"))
                       for p in c.iter(f"{W}p")) for c in comments.iter(f"{W}comment")]
    draft = project.draft()
    assert draft is not None and len(texts) == len(draft.clauses)
    assert all(c.get(f"{W}author") == "Klausul" for c in comments.iter(f"{W}comment"))
    assert any(t.startswith("Från Region Östlund, 2.1 Socialtjänsten, Socialtjänsten ansvarar "
                            "för, punkt 1") and "Även i: Region Norrbo, Region Västby" in t
               for t in texts)
    assert any("Taggar: Målgrupp: Barn och unga med psykisk, fysisk eller social ohälsa; "
               "Part: Socialtjänst" in t for t in texts)
    assert sum("Ny text skriven av arbetsgruppen" in t for t in texts) == 4
    assert any("Från Region Norrbo, 1 Inledning, stycke 1" in t for t in texts)
    body = part(target, "word/document.xml")
    anchors = {int(r.get(f"{W}id") or -1) for r in body.iter(f"{W}commentReference")}
    assert len(anchors) == len(texts)
    table = body.find(f"{W}body/{W}tbl")
    assert table is not None
    rows = table.findall(f"{W}tr")
    assert len(rows) == len(draft.clauses) + 1
    cells = ["".join(t.text or "" for t in tc.iter(f"{W}t")) for tc in rows[0]
             if tc.tag == f"{W}tc"]
    assert cells == ["Klausul", "Taggar", "Källor"]
    only_tags = tmp_path / "taggar.docx"
    project.draft.export(only_tags, ExportOptions(comments=frozenset({"tags"}), appendix=False))
    tag_texts = [("".join(t.text or "" for t in c.iter(f"{W}t")))
                 for c in part(only_tags, "word/comments.xml").iter(f"{W}comment")]
    assert all(t.startswith("Taggar:") for t in tag_texts)
    assert part(only_tags, "word/document.xml").find(f"{W}body/{W}tbl") is None


@pytest.mark.slow
def test_libreoffice_converts_the_export_and_it_reads_back_the_same(
        project: Project, tmp_path: Path) -> None:
    target = tmp_path / "utkast.docx"
    project.draft.export(target, ExportOptions(tracked_against=Side.of_version(1)))
    resaved = convert(target, "docx:MS Word 2007 XML", tmp_path / "lo")
    assert shape(draft_clauses_of(import_document(resaved))) == expected(project)
    # Saved as OpenDocument (a member who works in LibreOffice): the headings keep their
    # chapter numbers from the outline numbering.
    # (Only the Word copy carries the markers draft_clauses_of reads, so the body is found
    # as the run that starts at the draft's first clause.)
    as_odt = shape(import_document(convert(target, "odt", tmp_path / "odt")).clauses)
    wanted = expected(project)
    start = as_odt.index(wanted[0])
    assert as_odt[start:start + len(wanted)] == wanted
    pdf = convert(target, "pdf", tmp_path / "pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10000


def test_a_project_without_a_draft_exports_the_base(tmp_path: Path) -> None:
    project = three_county_project(tmp_path)
    try:
        target = tmp_path / "bas.docx"
        project.draft.export(target, ExportOptions())
        base = project.documents()[0]
        clauses = draft_clauses_of(import_document(target))
        assert [c.text for c in clauses] == [c.text for c in base.clauses[1:]]
        assert project.draft() is None
    finally:
        project.close()


def test_odd_text_and_an_empty_outline_export_cleanly(tmp_path: Path) -> None:
    project = three_county_project(tmp_path)
    try:
        project.apply(project.draft.start(False, title="Tom & <ny> \x0b disposition"))
        empty = tmp_path / "tom.docx"
        project.draft.export(empty, ExportOptions())
        assert draft_clauses_of(import_document(empty)) == ()
        body = part(empty, "word/document.xml")
        assert any("F9" in (t.text or "") for t in body.iter(f"{W}t"))
        added = project.draft.insert(0, "paragraph", 'Regionen & kommunen ska "samverka" <alltid>.')
        assert isinstance(added, tuple)
        project.apply(added[0])
        odd = tmp_path / "udda.docx"
        project.draft.export(odd, ExportOptions(tracked_against=Side.of_document(
            project.documents()[0].id)))
        (clause,) = draft_clauses_of(import_document(odd))
        assert clause.text == 'Regionen & kommunen ska "samverka" <alltid>.'
        assert import_document(odd).title == "Tom & <ny> disposition"
    finally:
        project.close()


def test_an_export_replaces_the_file_at_once_and_a_failed_one_leaves_nothing(
        tmp_path: Path) -> None:
    project = three_county_project(tmp_path)
    try:
        folder = tmp_path / "out"
        folder.mkdir()
        target = folder / "utkast.docx"
        target.write_bytes(b"the previous export")
        project.draft.export(target, ExportOptions())
        assert draft_clauses_of(import_document(target))
        assert sorted(p.name for p in folder.iterdir()) == ["utkast.docx"]
        taken = folder / "upptagen.docx"
        taken.mkdir()  # a folder where the file should go: the replace fails
        with pytest.raises(OSError):
            project.draft.export(taken, ExportOptions())
        assert taken.is_dir()
        assert sorted(p.name for p in folder.iterdir()) == ["upptagen.docx", "utkast.docx"]
    finally:
        project.close()
