"""Write the draft to Word: the bundled template opened with python-docx, the body built as
WordprocessingML text (ooxml.py) and parsed once; tracked changes, comments, a TOC field,
title page fields, document properties and the appendix table."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC
from itertools import count
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.parser import parse_xml
from lxml import etree

from app.core.diff.tracked import tracked_pieces
from app.core.draft.export_content import DraftExport, ExportItem, ExportJob
from app.core.draft.model import DraftClause
from app.core.export import draft_words as words
from app.core.export.docx_package import LANGUAGE
from app.core.export.draft_template import (
    BULLETS_NUM,
    NUMBERED_ABSTRACT,
    REVISION_AUTHOR_PROPERTY,
)
from app.core.export.ooxml import (
    NAMESPACES,
    XML_DECLARATION,
    Revisions,
    escape,
    w_br_page,
    w_comment,
    w_comment_range,
    w_del,
    w_fld_char,
    w_fld_simple,
    w_ins,
    w_instr_text,
    w_num,
    w_num_pr,
    w_p,
    w_ppr,
    w_ppr_change,
    w_r,
    w_rpr_mark,
    w_tbl,
)
from app.core.files import replace_atomically
from app.core.importing.containers import strip_invalid_xml_chars
from app.core.resources import resource

TEMPLATE = ("draft", "template_sv.docx")
_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" \
             "custom-properties"
_FIRST_REVISION_ID = 100000  # above every comment id, so the two never meet


def paragraph_style(clause: DraftClause) -> str:
    """The template style of a clause: Heading1-3, ListBullet/ListNumber(2, 3), Normal."""
    if clause.kind == "heading":
        return f"Heading{clause.level}"
    if clause.kind == "list_item":
        return ("ListNumber" if clause.numbered else "ListBullet") + \
            ("" if clause.level <= 1 else str(clause.level))
    return "Normal"


class _Lists:
    """One w:num per run of list items with numbers, so every numbered list starts at 1."""

    def __init__(self, first_id: int) -> None:
        self.next_id = first_id
        self.nums: list[str] = []
        self.current: int | None = None
        self.in_list = False

    def advance(self, clause: DraftClause | None) -> None:
        """A clause of the draft follows (deleted ones do not break a list)."""
        if clause is None:
            return
        if clause.kind != "list_item":
            self.in_list = False
        elif not self.in_list:
            self.in_list = True
            self.current = None

    def num_pr(self, clause: DraftClause) -> str:
        if clause.kind != "list_item":
            return ""
        if not clause.numbered:
            return w_num_pr(BULLETS_NUM, clause.level - 1)
        if self.current is None:
            self.current = self.next_id
            self.next_id += 1
            self.nums.append(w_num(self.current, NUMBERED_ABSTRACT))
        return w_num_pr(self.current, clause.level - 1)


class _Writer:
    def __init__(self, export: DraftExport, document: docx.document.Document) -> None:
        self.export = export
        self.document = document
        self.revisions = Revisions(export.revision_author,
                                   export.created.strftime("%Y-%m-%dT%H:%M:%S"),
                                   count(_FIRST_REVISION_ID))
        numbering = document.part.numbering_part.element
        existing = [int(n) for n in numbering.xpath("./w:num/@w:numId")]
        self.lists = _Lists(max(existing, default=0) + 1)
        self.comments: list[str] = []
        self.kinds = export.options.comments
        # Comments are dated in UTC, as Word writes them.
        self.comment_date = export.created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    # -- front matter ----------------------------------------------------------------------
    def title_page(self) -> list[str]:
        e = self.export
        lines = [w_p(w_ppr("Title"), w_fld_simple("TITLE", e.title)),
                 w_p(w_ppr("Subtitle"), w_r(f"{words.VERSION} ")
                     + w_fld_simple("DOCPROPERTY Version", e.version)),
                 w_p(w_ppr("KlausulTitlePage"), w_r(f"{words.DATE}: {e.date}"))]
        if e.authors:
            lines.append(w_p(w_ppr("KlausulTitlePage"), w_r(f"{words.AUTHORS}: ")
                             + w_fld_simple("AUTHOR", e.authors)))
        if e.tracked and e.against:
            lines.append(w_p(w_ppr("KlausulTitlePage"), w_r(f"{words.TRACKED}: {e.against}")))
        lines[-1] = lines[-1].replace("</w:p>", w_br_page() + "</w:p>")
        return lines

    def contents(self) -> list[str]:
        entries = [(item.new, item.label) for item in self.export.items
                   if item.new is not None and item.new.kind == "heading"]
        begin = (w_fld_char("begin") + w_instr_text('TOC \\o "1-3" \\h \\z \\u')
                 + w_fld_char("separate"))
        lines = [w_p(w_ppr("TOCHeading"), w_r(words.CONTENTS))]
        if not entries:
            return [*lines, w_p(w_ppr("TOC1"), begin + w_r(words.TOC_HINT)
                                + w_fld_char("end") + w_br_page())]
        for number, (clause, label) in enumerate(entries):
            assert clause is not None
            text = w_r(f"{label} {clause.text}" if label else clause.text)
            if number == 0:
                text = begin + text
            if number == len(entries) - 1:
                text += w_fld_char("end") + w_br_page()
            lines.append(w_p(w_ppr(f"TOC{clause.level}"), text))
        return lines

    # -- the body ----------------------------------------------------------------------------
    def _comment(self, item: ExportItem) -> int | None:
        clause = item.new
        if clause is None or not self.kinds:
            return None
        paragraphs = []
        if "provenance" in self.kinds:
            paragraphs.append(words.provenance_words(clause.origin, clause.edited))
            if item.also_in:
                paragraphs.append("Även i: " + ", ".join(item.also_in))
        if "tags" in self.kinds:
            paragraphs.append(words.tag_words(item.tags))
        number = len(self.comments)
        self.comments.append(w_comment(number, words.COMMENT_AUTHOR, words.COMMENT_INITIALS,
                                       self.comment_date, paragraphs))
        return number

    def paragraph(self, item: ExportItem, last: bool) -> str:
        new, old = item.new, item.old
        r = self.revisions
        tracked = self.export.tracked
        self.lists.advance(new)
        if new is None:  # a clause that was taken out, shown deleted
            assert old is not None
            num_pr = self.lists.num_pr(old)
            mark = "" if last else w_rpr_mark("del", r)
            return w_p(w_ppr(paragraph_style(old), num_pr, mark), w_del(old.text, r))
        style = paragraph_style(new)
        num_pr = self.lists.num_pr(new)
        mark = change = ""
        if not tracked or (old is not None and old.text == new.text):
            content = w_r(new.text)
        elif old is None:
            mark, content = w_rpr_mark("ins", r), w_ins(new.text, r)
        else:
            content = "".join(w_r(text) if kind == "equal" else
                              (w_del(text, r) if kind == "delete" else w_ins(text, r))
                              for kind, text in tracked_pieces(old.text, new.text))
        if tracked and old is not None and (paragraph_style(old) != style
                                            or old.level != new.level):
            change = w_ppr_change(paragraph_style(old), w_num_pr(BULLETS_NUM, old.level - 1)
                                  if old.kind == "list_item" else "", r)
        comment = self._comment(item)
        if comment is not None:
            content = w_comment_range(comment, content)
        return w_p(w_ppr(style, num_pr, mark, change), content)

    def appendix(self) -> list[str]:
        rows = [list(words.APPENDIX_COLUMNS)]
        for item in self.export.items:
            clause = item.new
            if clause is None:
                continue
            excerpt = " ".join(clause.text.split()[:14]) + ("…" if len(clause.text.split()) > 14
                                                             else "")
            label = f"{item.label} " if item.label else ""
            tags = "; ".join(f"{t.facet}: {t.name}" for t in item.tags) or "–"
            sources = words.provenance_words(clause.origin, clause.edited)
            if item.also_in:
                sources += ". Även i: " + ", ".join(item.also_in)
            rows.append([label + excerpt, tags, sources])
        return [w_p(w_ppr("KlausulAppendix"), w_r(words.APPENDIX)),
                w_tbl(rows, (3600, 2400, 3072), "KlausulTableText", "KlausulTableText")]

    def body(self) -> str:
        parts = self.title_page() + self.contents()
        items = self.export.items
        appendix = self.export.options.appendix
        for index, item in enumerate(items):
            parts.append(self.paragraph(item, last=index == len(items) - 1 and not appendix))
        if appendix:
            parts += self.appendix()
        return "".join(parts)

    # -- the package -------------------------------------------------------------------------
    def properties(self) -> None:
        e = self.export
        core = self.document.core_properties
        core.title = strip_invalid_xml_chars(e.title)
        core.author = strip_invalid_xml_chars(e.authors)
        core.version = strip_invalid_xml_chars(e.version)
        core.language = LANGUAGE
        core.last_modified_by = strip_invalid_xml_chars(e.revision_author)
        core.created = core.modified = e.created.replace(tzinfo=None)
        core.revision = 1
        custom = (
            XML_DECLARATION + '<Properties xmlns='
            '"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            + "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{n}" '
                      f'name="{name}"><vt:lpwstr>{escape(value)}</vt:lpwstr></property>'
                      for n, (name, value) in enumerate((
                          ("Version", e.version),
                          (REVISION_AUTHOR_PROPERTY, e.revision_author)), start=2))
            + "</Properties>")
        package = self.document.part.package
        part = Part(PackURI("/docProps/custom.xml"), _CUSTOM, custom.encode("utf-8"), package)
        package.relate_to(part, _CUSTOM_RT)

    def write(self) -> bytes:
        """Fill the package's other parts; returns word/document.xml with the body in it.

        The body (most of the file) is never parsed: it is written as text into the
        template's own document.xml, just before its section properties."""
        body_xml = self.body()
        numbering = self.document.part.numbering_part.element
        for num in self.lists.nums:
            numbering.append(parse_xml(num.replace("<w:num ", f"<w:num {NAMESPACES} ", 1)))
        package = self.document.part.package
        assert package is not None
        if self.comments:
            blob = (f'{XML_DECLARATION}<w:comments {NAMESPACES}>{"".join(self.comments)}'
                    "</w:comments>").encode()
            self.document.part.relate_to(Part(PackURI("/word/comments.xml"), CT.WML_COMMENTS,
                                              blob, package), RT.COMMENTS)
        self.properties()
        template = etree.tostring(self.document.element, encoding="unicode")
        at = template.rindex("<w:sectPr")
        return (XML_DECLARATION + template[:at] + body_xml + template[at:]).encode()


def export_draft(export: DraftExport, target: Path) -> None:
    """Write the export to `target` (replaced only once the whole file is written)."""
    document = docx.Document(str(resource(*TEMPLATE)))
    document_xml = _Writer(export, document).write()
    saved = io.BytesIO()
    document.save(saved)

    def pack(temporary: Path) -> None:
        with zipfile.ZipFile(saved) as source, \
                zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as package:
            for info in source.infolist():
                package.writestr(info, document_xml if info.filename == "word/document.xml"
                                 else source.read(info))

    replace_atomically(Path(target), pack)


def write(job: ExportJob, target: Path) -> None:
    """Compute an export job's content and write it to `target` (safe off the GUI thread)."""
    export_draft(job.content(), target)
