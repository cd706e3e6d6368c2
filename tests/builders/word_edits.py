"""Edit an exported DOCX the way a reviewer in Word does: tracked insertions and deletions
under their own name, comments, edits without tracking, new paragraphs."""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
DATE = "2026-12-03T09:30:00Z"


def text_of(paragraph: etree._Element) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{W}t"))


class WordCopy:
    """An export opened for editing: its body paragraphs and comments part."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with zipfile.ZipFile(path) as package:
            self.parts = {name: package.read(name) for name in package.namelist()}
        self.document = etree.fromstring(self.parts["word/document.xml"])
        self.comments = etree.fromstring(self.parts["word/comments.xml"]) \
            if "word/comments.xml" in self.parts else None
        self._next_id = 900000

    def _id(self) -> str:
        self._next_id += 1
        return str(self._next_id)

    def paragraph(self, starts: str) -> etree._Element:
        """The body paragraph whose visible text starts with `starts` (not in a table)."""
        body = self.document.find(f"{W}body")
        assert body is not None
        for paragraph in body.iterchildren(f"{W}p"):
            if text_of(paragraph).startswith(starts):
                return paragraph
        raise KeyError(starts)

    def _runs(self, paragraph: etree._Element) -> list[etree._Element]:
        return [r for r in paragraph.iter(f"{W}r") if r.find(f"{W}t") is not None]

    def insert_tracked(self, starts: str, text: str, author: str) -> None:
        """A tracked insertion of `text` at the end of the paragraph's text."""
        paragraph = self.paragraph(starts)
        last = self._runs(paragraph)[-1]
        ins = etree.Element(f"{W}ins", {f"{W}id": self._id(), f"{W}author": author,
                                         f"{W}date": DATE})
        run = etree.SubElement(ins, f"{W}r")
        node = etree.SubElement(run, f"{W}t")
        node.text = text
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        last.addnext(ins)

    def delete_tracked(self, starts: str, author: str) -> None:
        """The whole paragraph deleted as a tracked change (its mark too)."""
        paragraph = self.paragraph(starts)
        for run in self._runs(paragraph):
            for node in run.iter(f"{W}t"):
                node.tag = f"{W}delText"
            deletion = etree.Element(f"{W}del", {f"{W}id": self._id(), f"{W}author": author,
                                                  f"{W}date": DATE})
            run.addprevious(deletion)
            deletion.append(run)
        ppr = paragraph.find(f"{W}pPr")
        assert ppr is not None
        rpr = ppr.find(f"{W}rPr")
        if rpr is None:
            rpr = etree.SubElement(ppr, f"{W}rPr")
        etree.SubElement(rpr, f"{W}del", {f"{W}id": self._id(), f"{W}author": author,
                                          f"{W}date": DATE})

    def rewrite(self, starts: str, text: str) -> None:
        """The paragraph's text replaced without tracking (one run keeps it all)."""
        runs = self._runs(self.paragraph(starts))
        runs[0].find(f"{W}t").text = text  # type: ignore[union-attr]
        for run in runs[1:]:
            run.find(f"{W}t").text = ""  # type: ignore[union-attr]

    def add_after(self, starts: str, text: str) -> None:
        """A new paragraph (same style, no comment, untracked) after the given one."""
        paragraph = self.paragraph(starts)
        new = etree.Element(f"{W}p")
        ppr = paragraph.find(f"{W}pPr")
        if ppr is not None:
            new.append(copy.deepcopy(ppr))
        run = etree.SubElement(new, f"{W}r")
        etree.SubElement(run, f"{W}t").text = text
        paragraph.addnext(new)

    def comment(self, starts: str, text: str, author: str) -> None:
        """A reviewer's comment on the whole paragraph."""
        assert self.comments is not None
        paragraph = self.paragraph(starts)
        number = self._id()
        runs = self._runs(paragraph)
        runs[0].addprevious(etree.Element(f"{W}commentRangeStart", {f"{W}id": number}))
        runs[-1].addnext(etree.Element(f"{W}commentRangeEnd", {f"{W}id": number}))
        reference = etree.SubElement(paragraph, f"{W}r")
        etree.SubElement(reference, f"{W}commentReference", {f"{W}id": number})
        element = etree.SubElement(self.comments, f"{W}comment", {
            f"{W}id": number, f"{W}author": author, f"{W}initials": "EG", f"{W}date": DATE})
        body = etree.SubElement(etree.SubElement(element, f"{W}p"), f"{W}r")
        etree.SubElement(body, f"{W}t").text = text

    def save(self, target: Path | None = None) -> Path:
        target = target or self.path
        self.parts["word/document.xml"] = etree.tostring(self.document, xml_declaration=True,
                                                         encoding="UTF-8", standalone=True)
        if self.comments is not None:
            self.parts["word/comments.xml"] = etree.tostring(
                self.comments, xml_declaration=True, encoding="UTF-8", standalone=True)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
            for name, data in self.parts.items():
                package.writestr(name, data)
        target.write_bytes(buffer.getvalue())
        return target


def edited_copy(path: Path, target: Path, edit: Callable[[WordCopy], None]) -> Path:
    """A copy of the export at `path`, edited by `edit`, saved as `target`."""
    copy_ = WordCopy(path)
    edit(copy_)
    return copy_.save(target)
