"""What `scripts/corpus` measures in one imported file: garbage characters and word recall
against a reference extractor (pdftotext for PDF; every text node of the XML for DOCX/ODT).

The references are deliberately naive: they take all the text a file holds, so a recall
below 100% points at text the importer lost (or, for the XML reference, at text the
importer leaves out on purpose: deleted revisions and comments are not in the reference
either, placeholders of empty content controls are).
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import zipfile

from lxml import etree

from app.core.documents.model import Document

_WORD = re.compile(r"[^\W_]+")  # letters and digits: "____" is no word
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_GOOD_CONTROLS = {"\t", "\n", "\r"}


def garbage_chars(text: str, fmt: str) -> int:
    """Characters no real text holds: controls, unassigned code points, surrogates, U+FFFD,
    and in a PDF private-use characters (glyphs of a font without a Unicode map). In DOCX
    and ODT a private-use character is one the author typed in a symbol font (Wingdings):
    counted by `symbol_chars`, not here."""
    bad = ("Cc", "Co", "Cn", "Cs") if fmt == "pdf" else ("Cc", "Cn", "Cs")
    count = 0
    for char in text:
        if char in _GOOD_CONTROLS:
            continue
        if char == "\ufffd" or unicodedata.category(char) in bad:
            count += 1
    return count


def symbol_chars(text: str) -> int:
    """Private-use characters: symbol-font glyphs."""
    return sum(1 for char in text if unicodedata.category(char) == "Co")


def document_text(document: Document) -> str:
    """Every text the import kept: clauses and their foot- and endnotes."""
    parts = []
    for clause in document.clauses:
        parts.append(clause.text)
        parts.extend(note.text for note in clause.footnotes)
        if clause.number:
            parts.append(clause.number)
    return "\n".join(parts)


def words(text: str) -> set[str]:
    """Distinct case-folded words (duplicated text, as in a VML fallback, counts once)."""
    return {w for w in _WORD.findall(text.casefold()) if not w.isdigit() or len(w) > 1}


def recall(reference: set[str], ours: set[str]) -> float | None:
    """Share of the reference's distinct words the import kept; None without a reference."""
    if not reference:
        return None
    return len(reference & ours) / len(reference)


def reference_text(fmt: str, data: bytes, timeout: float) -> tuple[str, str] | None:
    """(extractor name, text) for a format that has one installed, else None."""
    try:
        if fmt == "pdf":
            return _pdftotext(data, timeout)
        if fmt == "docx":
            return "xml", _docx_text(data)
        if fmt == "odt":
            return "xml", _odt_text(data)
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError, ValueError,
            subprocess.SubprocessError):
        return None
    return None


def _pdftotext(data: bytes, timeout: float) -> tuple[str, str] | None:
    program = shutil.which("pdftotext")
    if program is None:
        return None
    done = subprocess.run([program, "-q", "-enc", "UTF-8", "-", "-"], input=data,
                          capture_output=True, timeout=timeout, check=False)
    return "pdftotext", done.stdout.decode("utf-8", "replace")


def _parse(package: zipfile.ZipFile, name: str) -> etree._Element | None:
    if name not in package.namelist():
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             recover=True, huge_tree=True)
    return etree.fromstring(package.read(name), parser)


def _docx_text(data: bytes) -> str:
    """The body's text, and that of the foot- and endnotes the body cites."""
    texts: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = _parse(package, "word/document.xml")
        if body is None:
            return ""
        ns = _W_STRICT if body.tag.startswith(_W_STRICT) else _W
        _docx_walk(body, ns, texts)
        for kind in ("footnote", "endnote"):
            cited = {ref.get(ns + "id") for ref in body.iter(ns + kind + "Reference")}
            notes = _parse(package, f"word/{kind}s.xml") if cited else None
            for note in notes.iterchildren(ns + kind) if notes is not None else ():
                if note.get(ns + "id") in cited:
                    _docx_walk(note, ns, texts)
    return "".join(texts)


def _docx_walk(root: etree._Element, ns: str, texts: list[str]) -> None:
    breaks = {ns + n for n in ("p", "tab", "br", "cr", "tc")}
    for event, node in etree.iterwalk(root, events=("start", "end")):
        if event == "start" and node.tag == ns + "t" and _docx_counts(node, ns):
            texts.append(node.text or "")
        elif event == "end" and node.tag in breaks:
            texts.append(" ")


def _docx_counts(node: etree._Element, ns: str) -> bool:
    """Text of moved-away runs and of placeholders is not document text."""
    for ancestor in node.iterancestors():
        tag = ancestor.tag
        if tag in (ns + "moveFrom", ns + "del"):
            return False
        if tag == ns + "sdt":
            pr = ancestor.find(ns + "sdtPr")
            if pr is not None and pr.find(ns + "showingPlcHdr") is not None:
                return False
    return True


def _odt_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        root = _parse(package, "content.xml")
    body = root.find(f"{_OFFICE}body") if root is not None else None
    if body is None:
        return ""
    svg = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
    skip = {_TEXT + "tracked-changes", _OFFICE + "annotation", _TEXT + "note-citation",
            svg + "title", svg + "desc"}
    spaces = {_TEXT + n for n in ("p", "h", "s", "tab", "line-break", "note-body")}
    texts: list[str] = []
    skipping = 0
    for event, node in etree.iterwalk(body, events=("start", "end")):
        if node.tag in skip:
            skipping += 1 if event == "start" else -1
            if event == "end" and not skipping and node.tail:
                texts.append(node.tail)
            continue
        if skipping:
            continue
        if event == "start":
            texts.append(" " if node.tag in spaces else "")
            texts.append(node.text or "")
        else:
            if node.tag in spaces:
                texts.append(" ")
            texts.append(node.tail or "")
    return "".join(texts)
