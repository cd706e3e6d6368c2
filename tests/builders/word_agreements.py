"""The sample agreements of tests/data/agreements written as DOCX the way users write them.

Each agreement gets its own `Layout`: the font, the paragraph spacing, headings as styles or
as bold direct formatting, bullets typed by hand ("–", "•", "-") without hanging indent or
Word's automatic bullets, automatic numbering that runs past 10 with the label close to the
text, running headers, "Sida N av M" footers, long headings that wrap, and tracked changes
left visible (printed struck through). The DOCX reader is the reference: the same file
printed to PDF must read back to the same clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tests.builders.docx_builder import (
    build_docx,
    deletion,
    insertion,
    num,
    numbering_xml,
    p,
    page_number_footer,
    r,
)

AGREEMENTS = Path(__file__).resolve().parent.parent / "data" / "agreements"
_W_ROOT = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_NUMBERED = re.compile(r"^(\d{1,2})\.\s+(.*)$")


@dataclass(frozen=True)
class Layout:
    """How one author set up the document in Word."""

    font: str = "Calibri"
    size: int = 22  # half-points
    after: int = 160  # space after a paragraph, twips (Word's default 8 pt)
    line: int = 259  # line spacing in 240ths (Word's default 1.08)
    headings: Literal["styled", "bold"] = "styled"
    bullet: str = "–"  # typed by hand; "auto" = Word's bullet list (hanging indent)
    bullet_gap: str = " "  # what the author typed after a hand bullet
    numbers_hanging: int = 284  # twips between an automatic number and its text (0.5 cm)
    restart_numbers: bool = False  # False: one list numbered through the whole document
    header: str = ""
    footer: Literal["sida", "bare", ""] = "sida"
    longer_headings: tuple[str, ...] = ()  # headings (by their start) given a long tail
    changes: int = 0  # every n-th paragraph carries a tracked deletion and insertion
    justify: bool = False  # Normal justified (both edges)
    first_line: int = 0  # first-line indent of body paragraphs, twips
    blank_lines: bool = False  # an empty paragraph typed after each paragraph and heading
    source: str = ""  # the agreement file, when the layout's name is a variant


LAYOUTS: dict[str, Layout] = {
    # Styled headings, en-dash bullets typed by hand without any indent, Word's defaults.
    "norrbacka": Layout(header="Region Norrbacka · Utkast 0.4", bullet="–",
                        longer_headings=("2 Omfattning",)),
    # Bold direct formatting as headings, "•" + tab typed by hand, Times, numbering to 12.
    "vastmark": Layout(font="Times New Roman", size=24, after=120, line=240, headings="bold",
                       bullet="•", bullet_gap="\t", header="Västmarks län",
                       longer_headings=("Ansvarsfördelning",)),
    # A three-line title, hyphen bullets, no space between paragraphs but a first-line
    # indent, bare page numbers, Arial 10.
    "sydasen": Layout(font="Arial", size=20, after=0, line=276, bullet="-", footer="bare",
                      first_line=284, header="Ramöverenskommelse barn och unga – Sydåsen"),
    # Word's own bullets with hanging indent; tracked changes left visible.
    "osterfjall": Layout(bullet="auto", changes=4, header="Österfjäll",
                         longer_headings=("1 ",)),
    # Justified, no space between paragraphs: only the last line of a paragraph falls short.
    "lindmark": Layout(font="Arial", size=21, after=0, line=240, bullet="•", justify=True,
                       header="Lindmark – länsgemensam överenskommelse", changes=9),
    # Nested automatic bullets, numbered lists restarted per list.
    "granby": Layout(font="Times New Roman", size=23, after=100, line=264, bullet="auto",
                     restart_numbers=True, header="Granby län"),
    # Bold headings, hand bullets, numbering to 10, no spacing but an empty paragraph typed
    # after each paragraph, line spacing 1.15.
    "havso": Layout(headings="bold", bullet="–", after=0, line=276, blank_lines=True,
                    header="Havsö kommuner", footer="bare", longer_headings=("Barn som",)),
}

# Ragged right, no space and no indent between paragraphs: a paragraph whose last line
# happens to be full cannot be told from a wrapped sentence, by a reader or by Klausul.
AMBIGUOUS_LAYOUTS: dict[str, Layout] = {
    "lindmark-ragged": Layout(font="Arial", size=21, after=0, line=240, bullet="•",
                              header="Lindmark", source="lindmark"),
}


@dataclass(frozen=True)
class MdBlock:
    """One block of an agreement file: kind (title, heading, bullet, numbered, paragraph)."""

    kind: str
    text: str
    level: int = 1


def agreement_blocks(name: str) -> list[MdBlock]:
    """The blocks of tests/data/agreements/<name>.md, one per non-empty line."""
    blocks = []
    for line in (AGREEMENTS / f"{name}.md").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2 + 1
        if stripped.startswith("#"):
            hashes = len(stripped) - len(stripped.lstrip("#"))
            text = stripped[hashes:].strip()
            blocks.append(MdBlock("title", text) if hashes == 1 else
                          MdBlock("heading", text, hashes - 1))
        elif stripped.startswith("- "):
            blocks.append(MdBlock("bullet", stripped[2:], depth))
        elif match := _NUMBERED.match(stripped):
            blocks.append(MdBlock("numbered", match.group(2), depth))
        else:
            blocks.append(MdBlock("paragraph", stripped))
    return blocks


_LONG_TAIL = " samt hur parterna gemensamt följer upp, utvärderar och utvecklar arbetet"


def _styles(layout: Layout) -> str:
    fonts = (f'<w:rFonts w:ascii="{layout.font}" w:hAnsi="{layout.font}" '
             f'w:cs="{layout.font}"/>')
    spacing = f'<w:spacing w:after="{layout.after}" w:line="{layout.line}" w:lineRule="auto"/>'
    justify = '<w:pPr><w:jc w:val="both"/></w:pPr>' if layout.justify else ""
    headings = "".join(
        f'<w:style w:type="paragraph" w:styleId="Rubrik{n}"><w:name w:val="heading {n}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/>'
        f'<w:spacing w:before="{360 - 120 * n}" w:after="120"/><w:outlineLvl w:val="{n - 1}"/>'
        f'</w:pPr><w:rPr><w:b/><w:sz w:val="{36 - 4 * n}"/></w:rPr></w:style>'
        for n in (1, 2, 3))
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W_ROOT}>'
        f"<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val=\"{layout.size}\"/>"
        '<w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        f"{spacing}</w:pPr></w:pPrDefault></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        f"{justify}</w:style>{headings}"
        '<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/>'
        '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/>'
        '</w:pPr><w:rPr><w:sz w:val="52"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Liststycke"><w:name w:val="List Paragraph"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/>'
        "</w:pPr></w:style></w:styles>")


def _numbering(layout: Layout, lists: int) -> str:
    hang = layout.numbers_hanging
    decimal = (f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
               f'<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
               f'<w:pPr><w:ind w:left="{360 + hang}" w:hanging="{hang}"/></w:pPr></w:lvl>'
               "</w:abstractNum>")
    bullets = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{mark}"/><w:lvlJc w:val="left"/><w:pPr>'
        f'<w:ind w:left="{720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, mark in enumerate(("•", "o", "▪")))
    abstracts = decimal + f'<w:abstractNum w:abstractNumId="2">{bullets}</w:abstractNum>'
    # numId 1: bullets; 2: the numbered list; 10+n: the n-th list restarted at 1.
    nums = num(1, 2) + num(2, 1) + "".join(
        num(10 + n, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                       "</w:lvlOverride>") for n in range(lists))
    return numbering_xml(abstracts, nums)


def _with_changes(text: str, index: int, variant: int) -> str:
    """Runs whose accepted text is `text`: a few invented words deleted, some words inserted."""
    words = text.split(" ")
    if len(words) < 8:
        return r(text)
    cut = min(3 + variant % 4, len(words) - 4)
    deleted = ("i enlighet med tidigare fattade beslut " if variant % 2 else "gemensamt ")
    return (r(" ".join(words[:cut]) + " ") + deletion(deleted, change_id=900 + 2 * index)
            + insertion(" ".join(words[cut:cut + 2]) + " ", change_id=901 + 2 * index)
            + r(" ".join(words[cut + 2:])))


def _heading(block: MdBlock, layout: Layout) -> str:
    text = block.text
    if any(text.startswith(start) for start in layout.longer_headings):
        text += _LONG_TAIL
    if layout.headings == "styled":
        return p(text, style="Rubrik" if block.kind == "title" else f"Rubrik{block.level}")
    # Bold direct formatting; the title and the top level also larger.
    size = {"title": 32}.get(block.kind, 28 if block.level == 1 else 0) or None
    spacing = '<w:keepNext/><w:spacing w:before="240" w:after="120"/>'
    if layout.headings == "bold" and len(text.split()) > 15:
        text = " ".join(text.split()[:15])
    return p(runs=r(text, bold=True, size=size), ppr_extra=spacing)


def build_agreement_docx(name: str, layout: Layout | None = None) -> bytes:
    """The agreement `name` (a key of LAYOUTS or AMBIGUOUS_LAYOUTS) as a DOCX."""
    layout = layout or LAYOUTS.get(name) or AMBIGUOUS_LAYOUTS[name]
    return build_blocks_docx(agreement_blocks(layout.source or name), layout)


def build_blocks_docx(blocks: list[MdBlock], layout: Layout) -> bytes:
    """Agreement blocks (of one file, or several one after another) as a DOCX."""
    blank = p("") if layout.blank_lines else ""
    indent = f'<w:ind w:firstLine="{layout.first_line}"/>' if layout.first_line else ""
    body: list[str] = []
    list_number = -1
    previous = ""
    for index, block in enumerate(blocks):
        if block.kind in ("title", "heading"):
            body.append(_heading(block, layout) + blank)
        elif block.kind == "numbered":
            if previous != "numbered":
                list_number += 1
            num_id = 10 + list_number if layout.restart_numbers else 2
            body.append(p(block.text, style="Liststycke", num=(num_id, 0)))
        elif block.kind == "bullet" and layout.bullet == "auto":
            body.append(p(block.text, style="Liststycke", num=(1, block.level - 1)))
        elif block.kind == "bullet":
            nested = f'<w:ind w:left="{720 * (block.level - 1)}"/>' if block.level > 1 else ""
            gap = "<w:r><w:tab/></w:r>" if layout.bullet_gap == "\t" else r(layout.bullet_gap)
            body.append(p(runs=r(layout.bullet) + gap + r(block.text), ppr_extra=nested))
        else:
            changed = layout.changes and index % layout.changes == 0
            runs = (_with_changes(block.text, index, index // layout.changes) if changed
                    else r(block.text))
            body.append(p(runs=runs, ppr_extra=indent) + blank)
        following = blocks[index + 1].kind if index + 1 < len(blocks) else ""
        if block.kind in ("bullet", "numbered") and following not in ("bullet", "numbered"):
            body.append(blank)
        previous = block.kind
    header = p(layout.header, ppr_extra='<w:jc w:val="right"/>') if layout.header else None
    footer = {"sida": page_number_footer(),
              "bare": p(runs='<w:fldSimple w:instr=" PAGE ">' + r("1") + "</w:fldSimple>",
                        ppr_extra='<w:jc w:val="center"/>'),
              "": None}[layout.footer]
    return build_docx("".join(body), styles=_styles(layout),
                      numbering=_numbering(layout, list_number + 1), header=header,
                      footer=footer)


_LEAD_TEXT = ("Om barnet behöver insatser från både kommunen och regionen och vårdnadshavarna "
              "har lämnat sitt samtycke ska den verksamhet som först ser behovet")
_LEAD = _LEAD_TEXT.split(" ")
_HYPHENED = ("kalla till SIP-mötet, skicka kallelsen med e-post och föra in planen i "
             "it-stödet, enligt punkt 12. Parterna följer upp rutinen läsåret 2025/26.")
HYPHEN_PARAGRAPHS = [" ".join([*_LEAD[:k], _HYPHENED]) for k in range(4, len(_LEAD) + 1)]


def build_wrapping_docx() -> bytes:
    """One sentence after leads of growing length, so that some line breaks fall after the
    real hyphens of 'SIP-mötet', 'e-post', 'it-stödet' and some before '12. Parterna'."""
    body = "".join(p(text) for text in HYPHEN_PARAGRAPHS)
    return build_docx(body, styles=_styles(Layout()), header=p("Rutin för SIP"),
                      footer=page_number_footer())
