"""Realistic benchmark material: agreement text of real clause lengths and vocabulary, Word-like
DOCX, PDFs printed by LibreOffice, revised copies with known truth, and project files.

The word source is the repository's own sample agreements (tests/data/agreements/), written
for Klausul; an order-2 word chain over them makes new text with the same vocabulary, and
clause lengths follow the samples (paragraphs median ~63 words, list items ~24), scaled to the
median of about 70 words per clause that real agreements have.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tests" / "data" / "agreements"
CACHE = ROOT / "bench" / "results" / "material"
Item = tuple[str, int, str]  # (kind, level, text)
_MARKER = re.compile(r"^\s*(?:- |\d+\. )")


@lru_cache(maxsize=1)
def _samples() -> tuple[list[list[str]], list[int], list[int], list[str]]:
    """Sentences as word lists, paragraph and item lengths, headings of the samples."""
    sentences: list[list[str]] = []
    paragraphs: list[int] = []
    items: list[int] = []
    headings: list[str] = []
    for path in sorted(SAMPLES.glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            if line.startswith("#"):
                headings.append(re.sub(r"^#+\s*(?:[\d.]+\s+)?", "", line).strip())
                continue
            text = _MARKER.sub("", line).strip()
            (items if _MARKER.match(line) else paragraphs).append(len(text.split()))
            for sentence in re.split(r"(?<=[.!?])\s+", text):
                words = sentence.split()
                if len(words) >= 4:
                    sentences.append(words)
    return sentences, paragraphs, items, headings


@lru_cache(maxsize=1)
def _chain() -> dict[tuple[str, str], list[str]]:
    chain: dict[tuple[str, str], list[str]] = defaultdict(list)
    for words in _samples()[0]:
        padded = ["", "", *words, ""]
        for a, b, c in zip(padded, padded[1:], padded[2:], strict=False):
            chain[(a, b)].append(c)
    return chain


def sentence(rng: random.Random, limit: int = 40) -> str:
    """One sentence from the word chain (ends at the chain's end or `limit` words)."""
    chain = _chain()
    a, b, words = "", "", []
    while len(words) < limit:
        c = rng.choice(chain[(a, b)])
        if not c:
            break
        words.append(c)
        a, b = b, c
    text = " ".join(words)
    return text if text.endswith((".", ":", "?")) else text.rstrip(",;") + "."


def text_of_length(rng: random.Random, words: int) -> str:
    """Sentences until about `words` words."""
    parts: list[str] = []
    count = 0
    while count < words:
        piece = sentence(rng, limit=max(6, words - count + 4))
        parts.append(piece)
        count += len(piece.split())
    return " ".join(parts)


def agreement(clauses: int, seed: int = 1, scale: float = 1.75) -> list[Item]:
    """An agreement of `clauses` clauses: sections of paragraphs, and lead-ins with their list
    items. Lengths are the samples' scaled by `scale`: the default gives the median of about
    70 words per clause (10–230) that real agreements and performance.md's corpus have."""
    rng = random.Random(seed)
    _sentences, sample_paragraphs, sample_items, headings = _samples()
    paragraphs = [max(8, round(n * scale)) for n in sample_paragraphs]
    items = [max(6, round(n * scale)) for n in sample_items]
    result: list[Item] = [("heading", 1, "Överenskommelse om samverkan kring barns och ungas "
                                         f"hälsa ({seed})")]
    while len(result) < clauses:
        result.append(("heading", 2, rng.choice(headings)))
        for _ in range(rng.randint(2, 5)):
            result.append(("paragraph", 0, text_of_length(rng, rng.choice(paragraphs))))
        if rng.random() < 0.3:
            lead = text_of_length(rng, rng.randint(3, 8)).rstrip(".") + ":"
            result.append(("paragraph", 0, lead))
            for _ in range(rng.randint(2, 7)):
                result.append(("list_item", 1, text_of_length(rng, rng.choice(items))))
    return result[:clauses]


@dataclass
class Revision:
    """A revised copy and the truth: base index -> revised indices."""

    items: list[Item]
    truth: dict[int, list[int]] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)


def _edit(text: str, rng: random.Random, rate: float) -> str:
    words = text.split()
    for _ in range(max(1, round(len(words) * rate))):
        position = rng.randrange(len(words))
        roll = rng.random()
        if roll < 0.5:
            words[position] = rng.choice(rng.choice(_samples()[0]))
        elif roll < 0.75 and len(words) > 4:
            del words[position]
        else:
            words.insert(position, rng.choice(rng.choice(_samples()[0])))
    return " ".join(words)


def revise(base: list[Item], seed: int) -> Revision:
    """Drop ~8 % of the clauses, edit ~75 % of the rest at a 5–35 % word edit rate, insert
    ~8 % new clauses and move ~3 %, keeping the truth (as performance.md's corpus does)."""
    rng = random.Random(seed)
    revision = Revision([])
    moved: list[tuple[int, Item]] = []
    for index, (kind, level, text) in enumerate(base):
        roll = rng.random()
        if kind != "heading" and roll < 0.08:
            continue
        if kind != "heading" and roll < 0.11 and index > 5:
            moved.append((index, (kind, level, _edit(text, rng, rng.uniform(0.05, 0.35)))))
            continue
        if rng.random() < 0.08:
            revision.items.append(("paragraph", 0, text_of_length(rng, rng.choice(
                _samples()[1]))))
        revision.truth[index] = [len(revision.items)]
        edited = _edit(text, rng, rng.uniform(0.05, 0.35)) \
            if kind != "heading" and rng.random() < 0.75 else text
        revision.items.append((kind, level, edited))
    for index, item in moved:
        target = rng.randrange(1, len(revision.items))
        for key, targets in revision.truth.items():
            revision.truth[key] = [t + 1 if t >= target else t for t in targets]
        revision.items.insert(target, item)
        revision.truth[index] = [target]
        revision.moved.add(index)
    return revision


def markdown(items: list[Item]) -> str:
    """The items as Klausul's Markdown (one block per line)."""
    lines = []
    for kind, level, text in items:
        if kind == "heading":
            lines.append("#" * max(level, 1) + " " + text)
        elif kind == "list_item":
            lines.append("  " * (level - 1) + "- " + text)
        else:
            lines.append(text)
    return "\n\n".join(lines) + "\n"


def _word_like_run(text: str, rsid: int) -> str:
    """Text split into 2-3 runs mid-word, each with the rPr Word writes, with proofErr marks."""
    from xml.sax.saxutils import escape

    rpr = ('<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
           '<w:sz w:val="22"/><w:lang w:val="sv-SE"/></w:rPr>')
    cuts = sorted({len(text) // 3, 2 * len(text) // 3})
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return '<w:proofErr w:type="spellStart"/>'.join(
        f'<w:r w:rsidR="00{rsid:06X}">{rpr}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>'
        for piece in pieces if piece)


def word_like_docx(items: list[Item]) -> bytes:
    """A DOCX stored the way Word stores it: rsid and paraId on every paragraph, runs split
    2–3 ways with full rPr, proofErr marks and _Toc bookmarks (~3× python-docx's XML)."""
    from tests.builders.docx_builder import build_docx

    body = []
    for index, (kind, level, text) in enumerate(items):
        ppr = {"heading": f'<w:pStyle w:val="Rubrik{min(level, 3)}"/>',
               "list_item": '<w:pStyle w:val="Liststycke"/><w:numPr><w:ilvl w:val="0"/>'
                            '<w:numId w:val="1"/></w:numPr>'}.get(kind, "")
        body.append(f'<w:p w:rsidR="00{index:06X}" w14:paraId="{index:08X}" '
                    f'w:rsidRDefault="00A1B2C3"><w:pPr>{ppr}</w:pPr>'
                    f'<w:bookmarkStart w:id="{index}" w:name="_Toc{index}"/>'
                    f'{_word_like_run(text, index)}<w:bookmarkEnd w:id="{index}"/></w:p>')
    numbering = ('<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/'
                 'wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl '
                 'w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText '
                 'w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId '
                 'w:val="0"/></w:num></w:numbering>')
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://'
           'schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.'
           f'microsoft.com/office/word/2010/wordml"><w:body>{"".join(body)}</w:body></w:document>')
    return build_docx("", document_xml=xml, numbering=numbering)


def pages_of(words_per_page: int, pages: int, seed: int) -> list[Item]:
    """An agreement of about `pages` LibreOffice pages (~`words_per_page` words each)."""
    rng = random.Random(seed)
    items: list[Item] = []
    total = 0
    clauses = 60
    while total < words_per_page * pages:
        items = agreement(clauses, seed=seed + rng.randrange(1))
        total = sum(len(t.split()) for _, _, t in items)
        clauses = int(clauses * 1.25) + 10
    while items and total - len(items[-1][2].split()) > words_per_page * pages:
        total -= len(items.pop()[2].split())
    return items


def soffice() -> str | None:
    """The LibreOffice binary, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def printed_pdf(name: str, docx: bytes) -> bytes | None:
    """The DOCX printed to PDF by LibreOffice headless (cached by name), or None without it."""
    target = CACHE / f"{name}.pdf"
    source = CACHE / f"{name}.docx"
    CACHE.mkdir(parents=True, exist_ok=True)
    if target.exists() and source.exists() and source.read_bytes() == docx:
        return target.read_bytes()
    binary = soffice()
    if binary is None:
        return None
    source.write_bytes(docx)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([binary, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(CACHE), str(source)],
                       check=True, capture_output=True, timeout=300)
    return target.read_bytes()
