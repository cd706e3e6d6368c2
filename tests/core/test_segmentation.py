"""Blocks to clauses: ids, heading paths and lead-in context."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from app.core.documents.model import Block, DocumentId
from app.core.importing.segmentation import (
    clause_fingerprint,
    is_collapsed,
    normalise_space,
    segment,
)

DOC = DocumentId("d0c")


def test_nothing_in_gives_nothing_out() -> None:
    assert segment([], DOC) == ()
    assert segment([Block(kind="paragraph", text="  ")], DOC) == ()


def test_repeated_text_gets_numbered_ids() -> None:
    clauses = segment([Block(kind="paragraph", text="Samma.")] * 3, DOC)
    fingerprint = clause_fingerprint("paragraph", "Samma.")
    assert [c.id for c in clauses] == [f"d0c-{fingerprint}", f"d0c-{fingerprint}~2",
                                       f"d0c-{fingerprint}~3"]


def test_heading_paths_follow_levels() -> None:
    blocks = [
        Block(kind="heading", text="Avtal", level=1),
        Block(kind="heading", text="2.1 Syfte", level=2),
        Block(kind="paragraph", text="Text."),
        Block(kind="heading", text="Ansvar", level=2, number="2.2"),
        Block(kind="paragraph", text="Mer."),
        Block(kind="heading", text="Bilaga", level=1),
        Block(kind="paragraph", text="Sist."),
    ]
    paths = [c.heading_path for c in segment(blocks, DOC)]
    assert paths == [(), ("Avtal",), ("Avtal", "2.1 Syfte"), ("Avtal",), ("Avtal", "2.2 Ansvar"),
                     (), ("Bilaga",)]


def test_lead_ins_give_context_to_the_items_below_them() -> None:
    blocks = [
        Block(kind="paragraph", text="Kommunen ska:"),
        Block(kind="list_item", text="samordna", level=1),
        Block(kind="list_item", text="följa upp bland annat:", level=1),
        Block(kind="list_item", text="kostnader", level=2),
        Block(kind="list_item", text="informera", level=1),
        Block(kind="paragraph", text="Slut:"),
        Block(kind="paragraph", text="Ingen lista följer."),
        Block(kind="list_item", text="lös punkt", level=1),
    ]
    contexts = [c.context for c in segment(blocks, DOC)]
    assert contexts == [None, "Kommunen ska:", "Kommunen ska:", "följa upp bland annat:",
                        "Kommunen ska:", None, None, None]


def test_typed_labels_move_to_number() -> None:
    clause = segment([Block(kind="heading", text="3.1 Ekonomi", level=2)], DOC)[0]
    assert (clause.number, clause.text) == ("3.1", "Ekonomi")


# Every character str.split() splits on, and a few that look like space but are not.
_SPACES = "".join(c for c in map(chr, range(0x3001)) if c.isspace()) + "\u200b\u2060\ufeff"


@given(st.text(alphabet=st.sampled_from("ab§1. " + _SPACES), max_size=30))
def test_a_collapsed_text_is_what_collapsing_gives(text: str) -> None:
    collapsed = " ".join(text.split())
    assert not is_collapsed(text) or collapsed == text
    # The fast path takes every collapsed text but those with other unprintable characters.
    assert is_collapsed(collapsed) == collapsed.isprintable()
    assert normalise_space(text) == re.sub(r"\s+", " ", text).strip() == collapsed
