"""Hypothesis strategies that make hostile files of every format Klausul imports.

DOCX and ODT are mutated structurally: the package is unzipped, XML elements and
attributes inside its parts are changed, deleted, duplicated, moved, renamed or nested,
then the package is zipped again (sometimes with another compression method, a corrupt
deflate stream, an unsupported method, a dropped or duplicated part, or cut short). PDFs
get byte-level mutations aimed at their syntax (numbers, names, cross references). Text,
Markdown and HTML are generated from small grammars of the constructs their readers
recognise, plus the odd bytes (encodings, BOMs, control characters) real files carry."""

from __future__ import annotations

import copy
import io
import re
import warnings
import zipfile
from collections.abc import Callable

from hypothesis import strategies as st
from lxml import etree

from tests.fuzz import seeds

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"

# Values that broke readers or could: non-numbers, NaN, infinities, huge and negative
# numbers, numbering format names where numbers belong, placeholders, long strings.
ODD_VALUES = (
    "", "x", "nan", "NaN", "inf", "-inf", "Infinity", "1e999", "-1e999", "1e308", "-1", "0",
    "1", "2", "8", "9", "10", "11", "255", "32767", "32768", "2147483647", "2147483648",
    "-2147483649", "9223372036854775808", "999999999999", "1000000000000", "2000000000",
    "400000000", "1.5", " 3 ", "0x10", "٣", "lowerRoman", "upperRoman", "lowerLetter",
    "upperLetter", "decimalZero", "bullet", "none", "decimal", "i", "I", "a", "A", "1",
    "%1.%2.%3.%4.%5.%6.%7.%8.%9.", "%10", "%0", "%%", "true", "false", "on", "off",
    "restart", "continue", "separator", "bold", "700", "x" * 2000,
)

odd_value = st.one_of(
    st.sampled_from(ODD_VALUES),
    st.integers(-(10**20), 10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=12),
)

odd_text = st.one_of(
    st.text(max_size=40),
    st.sampled_from(("%1%2", "\x00\x01\x0b", "\ufffe\uffff", "  ", "\t\n", "1. Rubrik",
                     "a) punkt", "• punkt", "att:", "x" * 5000, "ord " * 2000)),
)


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


DOCX_TAGS = tuple(_q(W, name) for name in (
    "p", "r", "t", "tbl", "tr", "tc", "pPr", "rPr", "numPr", "ilvl", "numId", "ins", "del",
    "delText", "moveFrom", "moveTo", "sdt", "sdtContent", "customXml", "tab", "br", "cr",
    "commentRangeStart", "commentRangeEnd", "commentReference", "footnoteReference",
    "endnoteReference", "outlineLvl", "ind", "pStyle", "tcPr", "gridSpan", "vMerge", "lvl",
    "start", "numFmt", "lvlText", "lvlOverride", "startOverride", "abstractNum", "num",
    "abstractNumId", "style", "basedOn", "name", "b", "sz", "hyperlink", "fldSimple",
    "noBreakHyphen", "isLgl", "instrText", "body", "comment", "footnote",
))
DOCX_ATTRS = tuple(_q(W, name) for name in (
    "val", "ilvl", "numId", "abstractNumId", "left", "start", "id", "type", "styleId",
    "default", "author", "date",
))
ODT_TAGS = (*(_q(TEXT, name) for name in (
    "p", "h", "span", "s", "tab", "line-break", "list", "list-item", "list-header", "note",
    "note-body", "section", "list-style", "list-level-style-number", "tracked-changes",
    "changed-region", "soft-page-break", "index-body", "bookmark", "change")),
    *(_q(TABLE, name) for name in ("table", "table-row", "table-cell", "covered-table-cell")),
    _q(OFFICE, "annotation"), _q(OFFICE, "text"), _q(STYLE, "style"),
    _q(STYLE, "text-properties"))
ODT_ATTRS = (_q(TEXT, "c"), _q(TEXT, "level"), _q(TEXT, "outline-level"),
             _q(TEXT, "start-value"), _q(TEXT, "display-levels"), _q(TEXT, "style-name"),
             _q(TABLE, "number-columns-repeated"), _q(STYLE, "num-format"),
             _q(STYLE, "num-prefix"), _q(STYLE, "num-suffix"), _q(STYLE, "name"),
             _q(FO, "font-weight"))

_OPS = ("set_attribute", "set_attribute", "set_attribute", "set_everywhere", "set_everywhere",
        "delete_attribute",
        "delete_element", "duplicate_element", "move_element", "set_text", "rename",
        "insert_child", "insert_child", "nest", "multiply")


def _mutate_tree(draw: st.DrawFn, root: etree._Element, tags: tuple[str, ...],
                 attributes: tuple[str, ...]) -> None:
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    # Half the time an element that carries one of the attributes readers turn into
    # numbers or formats: that is where odd values do harm.
    valued = [e for e in elements if any(name in e.attrib for name in attributes)]
    element = draw(st.sampled_from(valued if valued and draw(st.booleans()) else elements))
    operation = draw(st.sampled_from(_OPS))
    parent = element.getparent()
    if operation == "set_attribute":
        names = sorted(element.attrib) * 4 + list(attributes)
        element.set(draw(st.sampled_from(names)), _xml_safe(draw(odd_value)))
    elif operation == "set_everywhere" and element.attrib:
        # One odd value in every element of this kind (every list level's start, say):
        # a single mutation rarely hits the one element that matters.
        name = draw(st.sampled_from(sorted(element.attrib)))
        value = _xml_safe(draw(odd_value))
        for same in root.iter(element.tag):
            if name in same.attrib:
                same.set(name, value)
    elif operation == "delete_attribute" and element.attrib:
        del element.attrib[draw(st.sampled_from(sorted(element.attrib)))]
    elif operation == "delete_element" and parent is not None:
        parent.remove(element)
    elif operation == "duplicate_element" and parent is not None:
        element.addnext(copy.deepcopy(element))
    elif operation == "move_element" and parent is not None:
        target = draw(st.sampled_from(elements))
        if target is not element and element not in target.iterancestors():
            target.append(element)
    elif operation == "set_text":
        element.text = _xml_safe(draw(odd_text))
    elif operation == "rename":
        element.tag = draw(st.sampled_from(tags))
    elif operation == "insert_child":
        new = etree.SubElement(element, draw(st.sampled_from(tags)))
        for name in draw(st.lists(st.sampled_from(attributes), max_size=3)):
            new.set(name, _xml_safe(draw(odd_value)))
        if draw(st.booleans()):
            new.text = _xml_safe(draw(odd_text))
    elif operation == "nest" and parent is not None:
        depth = draw(st.integers(2, 60))
        outer = inner = etree.Element(element.tag, dict(element.attrib))
        for _ in range(depth):
            inner = etree.SubElement(inner, element.tag)
        inner.append(copy.deepcopy(element))
        element.addnext(outer)
    elif operation == "multiply" and parent is not None:
        for _ in range(draw(st.integers(2, 300))):
            element.addnext(copy.deepcopy(element))


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(text: str) -> str:
    # lxml refuses to serialise these; control bytes are put in at the byte level instead.
    return _NOT_XML.sub("", text)


_ZIP_OPS = ("none", "none", "none", "none", "none", "drop_part", "stored", "bzip2", "lzma",
            "corrupt_deflate", "bad_method", "truncate", "duplicate_part", "control_bytes",
            "utf16", "utf32")


def _serialise(root: etree._Element, encoding: str) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding=encoding)


def _zip(parts: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are made on purpose
        with zipfile.ZipFile(buffer, "w") as package:
            for name, data, method in parts:
                package.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def _member_offsets(data: bytes, name: str) -> tuple[int, int] | None:
    """(local header offset, start of the compressed data) of a member."""
    try:
        info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    except (KeyError, zipfile.BadZipFile):
        return None
    header = info.header_offset
    name_length = int.from_bytes(data[header + 26:header + 28], "little")
    extra_length = int.from_bytes(data[header + 28:header + 30], "little")
    return header, header + 30 + name_length + extra_length


@st.composite
def mutated_package(draw: st.DrawFn, seed_list: tuple[bytes, ...], main_part: str,
                    tags: tuple[str, ...], attributes: tuple[str, ...]) -> bytes:
    """A seed package with its XML mutated and re-zipped, maybe damaged at the zip level."""
    archive = zipfile.ZipFile(io.BytesIO(draw(st.sampled_from(seed_list))))
    parts = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    xml_names = [name for name, _ in parts if name.endswith(".xml")]
    trees = {name: etree.fromstring(data) for name, data in parts if name in xml_names}
    for _ in range(draw(st.integers(1, 8))):
        name = draw(st.one_of(st.just(main_part), st.sampled_from(xml_names)))
        _mutate_tree(draw, trees[name], tags, attributes)
    encoded = {name: _serialise(root, "UTF-8") for name, root in trees.items()}
    operation = draw(st.sampled_from(_ZIP_OPS))
    target = draw(st.one_of(st.just(main_part), st.sampled_from(xml_names)))
    if operation == "utf16":
        encoded[target] = _serialise(trees[target], draw(st.sampled_from(
            ("UTF-16", "UTF-16LE", "UTF-16BE"))))
    elif operation == "utf32":
        encoded[target] = _serialise(trees[target], "UTF-32")
    elif operation == "control_bytes":
        data = bytearray(encoded[target])
        for _ in range(draw(st.integers(1, 20))):
            data.insert(draw(st.integers(0, len(data))), draw(st.integers(0, 31)))
        encoded[target] = bytes(data)
    method = {"stored": zipfile.ZIP_STORED, "bzip2": zipfile.ZIP_BZIP2,
              "lzma": zipfile.ZIP_LZMA}.get(operation, zipfile.ZIP_DEFLATED)
    rebuilt: list[tuple[str, bytes, int]] = []
    for name, data in parts:
        data = encoded.get(name, data)
        if operation == "drop_part" and name == target:
            continue
        chosen = method if name == target or operation == "none" else zipfile.ZIP_DEFLATED
        if name == "mimetype":
            chosen = zipfile.ZIP_STORED
        rebuilt.append((name, data, chosen))
        if operation == "duplicate_part" and name == target:
            rebuilt.append((name, _serialise(trees[name], "UTF-8")[: len(data) // 2],
                            zipfile.ZIP_DEFLATED))
    package = _zip(rebuilt)
    if operation == "truncate":
        return package[: draw(st.integers(0, len(package) - 1))]
    if operation in ("corrupt_deflate", "bad_method"):
        offsets = _member_offsets(package, target)
        if offsets is None:
            return package
        header, start = offsets
        patched = bytearray(package)
        if operation == "bad_method":
            patched[header + 8:header + 10] = (99).to_bytes(2, "little")
            central = package.rfind(b"PK\x01\x02", 0, len(package))
            while central != -1:
                name_length = int.from_bytes(package[central + 28:central + 30], "little")
                if package[central + 46:central + 46 + name_length] == target.encode():
                    patched[central + 10:central + 12] = (99).to_bytes(2, "little")
                central = package.rfind(b"PK\x01\x02", 0, central)
        else:
            for _ in range(draw(st.integers(1, 8))):
                position = start + draw(st.integers(0, 64))
                if position < len(patched):
                    patched[position] ^= draw(st.integers(1, 255))
        return bytes(patched)
    return package


def docx_files() -> st.SearchStrategy[bytes]:
    """Mutated DOCX packages."""
    return mutated_package(seeds.docx_seeds(), "word/document.xml", DOCX_TAGS,
                           DOCX_ATTRS)


def odt_files() -> st.SearchStrategy[bytes]:
    """Mutated ODT packages."""
    return mutated_package(seeds.odt_seeds(), "content.xml", ODT_TAGS, ODT_ATTRS)


_PDF_TOKEN = re.compile(rb"-?\d+(?:\.\d+)?|/[A-Za-z]+|\b(?:obj|endobj|stream|endstream|xref|"
                        rb"trailer|startxref|R)\b")
_PDF_REPLACEMENTS = (b"0", b"-1", b"99999999", b"2147483648", b"1e400", b"3.4e38", b"/Type",
                     b"/Pages", b"/Kids", b"/Count", b"/Font", b"/Length", b"null", b"<<",
                     b">>", b"[", b"]", b"(", b")", b"obj", b"endobj", b"R", b"stream")


@st.composite
def pdf_files(draw: st.DrawFn) -> bytes:
    """A seed PDF with tokens replaced and bytes flipped, cut, repeated or inserted."""
    data = bytearray(draw(st.sampled_from(seeds.pdf_seeds())))
    tokens = [m.span() for m in _PDF_TOKEN.finditer(bytes(data))]
    for _ in range(draw(st.integers(1, 10))):
        kind = draw(st.sampled_from(("token", "token", "token", "flip", "cut", "repeat",
                                     "insert")))
        if kind == "token" and tokens:
            start, end = draw(st.sampled_from(tokens))
            if end <= len(data):
                data[start:end] = draw(st.sampled_from(_PDF_REPLACEMENTS))
                tokens = [m.span() for m in _PDF_TOKEN.finditer(bytes(data))]
        elif kind == "flip" and data:
            data[draw(st.integers(0, len(data) - 1))] ^= draw(st.integers(1, 255))
        elif kind == "cut" and data:
            start = draw(st.integers(0, len(data) - 1))
            del data[start:start + draw(st.integers(1, 400))]
        elif kind == "repeat" and data:
            start = draw(st.integers(0, len(data) - 1))
            chunk = data[start:start + draw(st.integers(1, 400))]
            data[start:start] = chunk * draw(st.integers(1, 20))
        elif kind == "insert":
            position = draw(st.integers(0, len(data)))
            data[position:position] = draw(st.binary(max_size=64))
    return bytes(data)


_WORDS = ("barn", "unga", "ska", "kommunen", "regionen", "ansvarar", "för", "att", "samverka",
          "Syfte", "Ansvar", "Hälso-", "och", "sjukvård", "stöd", "i", "tid")

_label = st.one_of(
    st.sampled_from(("1.", "2.1", "3.2.1.", "a)", "iv)", "(2)", "§ 4", "10)", "99.", "1.1.1.1.1")),
    st.integers(0, 10**12).map(lambda n: f"{n}."),
)
_sentence = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join)


def _markup(text: str, marks: list[str]) -> str:
    for mark in marks:
        text = f"{mark}{text}{mark}"
    return text


@st.composite
def _line(draw: st.DrawFn, markdown: bool) -> str:
    kind = draw(st.sampled_from(("text", "text", "blank", "heading", "bullet", "numbered",
                                 "table", "long", "indent", "odd", "hyphen")
                                + (("md_heading", "quote", "fence", "emphasis", "link",
                                    "rule", "md_table") if markdown else ())))
    text = draw(_sentence)
    if kind == "blank":
        return ""
    if kind == "heading":
        return f"{draw(_label)} {text.capitalize()}"
    if kind == "bullet":
        return draw(st.sampled_from(("- ", "* ", "• ", "– ", "o ", "+ "))) + text
    if kind == "numbered":
        return f"{draw(_label)} {text}"
    if kind == "table":
        return " | ".join(draw(st.lists(_sentence, min_size=2, max_size=6)))
    if kind == "long":
        return " ".join([text] * draw(st.integers(10, 400)))
    if kind == "indent":
        return " " * draw(st.integers(1, 200)) + text
    if kind == "odd":
        return draw(st.text(max_size=30))
    if kind == "hyphen":
        return text + "-"
    if kind == "md_heading":
        return "#" * draw(st.integers(1, 8)) + " " + text
    if kind == "quote":
        return "> " * draw(st.integers(1, 5)) + text
    if kind == "fence":
        return "```"
    if kind == "emphasis":
        return _markup(text, draw(st.lists(st.sampled_from(("*", "**", "_", "__", "`")),
                                           max_size=30)))
    if kind == "link":
        return f"[{text}]({draw(st.text(max_size=10))})" + "[" * draw(st.integers(0, 50))
    if kind == "rule":
        return draw(st.sampled_from(("---", "***", "___", "- - -")))
    if kind == "md_table":
        cells = draw(st.lists(_sentence, min_size=1, max_size=6))
        return "|" + "|".join(cells) + "|" if draw(st.booleans()) else "|---|---|"
    return text


_ENCODINGS: tuple[tuple[str, Callable[[str], bytes]], ...] = (
    ("utf-8", lambda t: t.encode("utf-8", "surrogatepass")),
    ("utf-8-sig", lambda t: t.encode("utf-8-sig", "surrogatepass")),
    ("utf-16", lambda t: t.encode("utf-16", "surrogatepass")),
    ("cp1252", lambda t: t.encode("cp1252", "replace")),
    ("latin-1", lambda t: t.encode("latin-1", "replace")),
)


@st.composite
def _text_bytes(draw: st.DrawFn, markdown: bool) -> bytes:
    lines = draw(st.lists(_line(markdown), min_size=1, max_size=60))
    if draw(st.booleans()):
        seed = seeds.MARKDOWN_SEED if markdown else seeds.TEXT_SEED
        lines = [*seed.split("\n"), *lines]
    newline = draw(st.sampled_from(("\n", "\r\n", "\r", "\f", "\x0b")))
    text = newline.join(lines)
    _, encode = draw(st.sampled_from(_ENCODINGS))
    data = encode(text)
    if draw(st.integers(0, 9)) == 0:  # a few control bytes, as old tools leave them
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=4)) + data[cut:]
    return data


def text_files() -> st.SearchStrategy[bytes]:
    """Plain text made of headings, lists, tables, long and odd lines."""
    return _text_bytes(False)


def markdown_files() -> st.SearchStrategy[bytes]:
    """Markdown with headings, nested lists, quotes, fences, emphasis, links and tables."""
    return _text_bytes(True)


_HTML_TAGS = ("p", "div", "span", "b", "h1", "h2", "h3", "h6", "ul", "ol", "li", "table", "tr",
              "td", "th", "br", "section", "script", "style", "blockquote", "dl", "dd",
              "template", "svg", "body", "html", "head", "title")
_HTML_ATTRS = ("type", "start", "class", "style", "charset", "value")


@st.composite
def _html_node(draw: st.DrawFn, depth: int) -> str:
    if depth <= 0 or draw(st.integers(0, 3)) == 0:
        return draw(st.one_of(_sentence, st.text(max_size=20).map(_html_escape)))
    tag = draw(st.sampled_from(_HTML_TAGS))
    attributes = "".join(
        f' {name}="{_html_escape(draw(odd_value))}"'
        for name in draw(st.lists(st.sampled_from(_HTML_ATTRS), max_size=3)))
    children = "".join(draw(st.lists(_html_node(depth - 1), max_size=4)))
    if draw(st.integers(0, 5)) == 0:  # unclosed, as much real HTML is
        return f"<{tag}{attributes}>{children}"
    return f"<{tag}{attributes}>{children}</{tag}>"


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


_DOCTYPES = ("", "<!DOCTYPE html>", "<!doctype html>",
             '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">')


@st.composite
def html_files(draw: st.DrawFn) -> bytes:
    """HTML trees of headings, paragraphs, nested ordered lists with odd types and starts,
    tables, skipped elements, unclosed tags; a doctype and charset sometimes."""
    body = "".join(draw(st.lists(_html_node(draw(st.integers(1, 6))), min_size=1,
                                 max_size=8)))
    if draw(st.booleans()):
        body = seeds.HTML_SEED.replace("</body>", body + "</body>")
    charset = draw(st.sampled_from(("", "utf-8", "windows-1252", "latin-1", "utf-16",
                                    "nonsense", "rot13")))
    head = f'<meta charset="{charset}">' if charset else ""
    text = f"{draw(st.sampled_from(_DOCTYPES))}<html><head>{head}</head><body>{body}"
    if draw(st.booleans()):
        text += "</body></html>"
    return text.encode("utf-8", "surrogatepass")
