"""Turn a reader's blocks into clauses: ids, number labels, heading paths, lead-in context."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from app.core.documents.model import Block, Clause, ClauseId, DocumentId
from app.core.importing.numbers import MAX_LEVEL, clamp, split_number_label
from app.core.importing.spans import shift_note, shift_span

_LEAD_IN_END = (":", "：")
# A text that ends with the infinitive marker ("Det åligger förskolan att") cannot be a whole
# sentence: followed by list items, it introduces them like a colon.
_OPEN_ENDINGS = (" att",)


def runs_on(text: str, following: str) -> bool:
    """True if a text stops without ending its sentence and the next one goes on with it in
    lower case ("Elevhälsan erbjuder varje elev" + "hälsobesök i årskurs 4,", "När
    socialtjänsten tar emot en anmälan ska den" + "göra en skyddsbedömning"): a paragraph
    like that, followed by list items, is their lead-in as if it ended in a colon."""
    return text[-1:].isalpha() and following[:1].islower()


def is_collapsed(text: str) -> bool:
    """True if `text` has nothing to collapse: no whitespace but single spaces between
    other characters. Every whitespace character except the space is unprintable, so a
    printable text holds no other; far cheaper than splitting a clause into words."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace to single spaces and trim the ends.

    str.split() splits on exactly the characters `\\s` matches (and strip() trims them), and
    splitting and joining is several times faster than a regex substitution."""
    if is_collapsed(text):
        return text
    return " ".join(text.split())


def is_lead_in(text: str) -> bool:
    """True if the text introduces a list ('Socialtjänsten ansvarar för:', 'Det åligger
    skolan att')."""
    text = text.rstrip()
    return text.endswith(_LEAD_IN_END) or text.casefold().endswith(_OPEN_ENDINGS)


def clause_fingerprint(kind: str, text: str) -> str:
    """A short content hash: identical text of the same kind gives the same fingerprint."""
    digest = hashlib.blake2b(f"{kind}\x1f{text.casefold()}".encode(), digest_size=5)
    return digest.hexdigest()


def segment(blocks: Iterable[Block], document_id: DocumentId) -> tuple[Clause, ...]:
    """Return the clauses of a document in order.

    Headings open a heading path; a paragraph or list item ending in ':' that is
    directly followed by list items becomes the context of those items.
    """
    prepared = [block for block in map(_prepare, blocks) if block.text]
    seen: dict[str, int] = {}
    prefix = f"{document_id}-"
    headings: list[tuple[int, str]] = []
    path: tuple[str, ...] = ()  # the labels in `headings`: the path of a clause below them
    # Stack of (list depth of the lead-in, its text, its id); depth 0 = a paragraph lead-in.
    lead_ins: list[tuple[int, str, ClauseId]] = []
    clauses: list[Clause] = []
    # The list level of the block after each block (None: not a list item, or none follows).
    following_levels = [b.level if b.kind == "list_item" else None for b in prepared[1:]]
    following_levels.append(None)
    following_texts = [b.text for b in prepared[1:]] + [""]
    for block, following_level, following_text in zip(prepared, following_levels,
                                                      following_texts, strict=False):
        kind, text, level = block.kind, block.text, block.level
        fingerprint = clause_fingerprint(kind, text)
        count = seen[fingerprint] = seen.get(fingerprint, 0) + 1
        suffix = "" if count == 1 else f"~{count}"
        clause_id = ClauseId(f"{prefix}{fingerprint}{suffix}")
        heading_path = path
        context: tuple[int, str, ClauseId] | None = None
        if kind == "heading":
            if headings and headings[-1][0] >= level:  # closes open headings: new path
                while headings and headings[-1][0] >= level:
                    headings.pop()
                heading_path = tuple(label for _, label in headings)
            label = _heading_label(block)
            headings.append((level, label))
            path = (*heading_path, label)
            lead_ins.clear()
        elif kind == "list_item":
            while lead_ins and lead_ins[-1][0] >= level:
                lead_ins.pop()
            context = lead_ins[-1] if lead_ins else None
        else:
            lead_ins.clear()
        if (
            following_level is not None
            and kind in ("paragraph", "list_item")
            and (is_lead_in(text) or (kind == "paragraph" and runs_on(text, following_text)))
            and (kind == "paragraph" or following_level > level)
        ):
            lead_ins.append((level if kind == "list_item" else 0, text, clause_id))
        clauses.append(
            Clause(
                id=clause_id,
                kind=kind,
                level=level,
                number=block.number,
                heading_path=heading_path,
                text=text,
                context=context[1] if context else None,
                context_id=context[2] if context else None,
                table=block.table,
                revisions=block.revisions,
                comments=block.comments,
                footnotes=block.footnotes,
                location=block.location,
                style=block.style,
            )
        )
    return tuple(clauses)


def _heading_label(block: Block) -> str:
    return f"{block.number} {block.text}" if block.number else block.text


def _prepare(block: Block) -> Block:
    """Trim the text and move a typed number label into `number` for headings and items.

    Revision and comment spans are shifted by what was cut off the front.
    """
    text = block.text.strip()
    number = block.number
    if number is None and block.kind in ("heading", "list_item"):
        number, text = split_number_label(text)
    # Levels are bounded whatever a reader computed from a file's numbers.
    level = clamp(block.level, 0, MAX_LEVEL)
    if text == block.text and number == block.number and level == block.level:
        return block
    cut = block.text.find(text) if text else 0
    return replace(
        block,
        text=text,
        number=number,
        level=level,
        revisions=tuple(
            replace(r, span=shift_span(r.span, cut, len(text))) for r in block.revisions
        ),
        comments=tuple(shift_note(n, cut, len(text)) for n in block.comments),
    )

