"""A block's lines joined by Hyphens.join, which carries only the end of the text between
lines (so a block of thousands of lines stays linear), give the text of the plain fold that
joins each line to the whole text so far."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.importing import line_rules
from app.core.importing.pdf_layout import Hyphens

PIECES = ["samverkans-", "avtal", "och", "hälso-", "SIP-", "mallen", "2015-", "16", "2024–",
          "2027", "", "  ord  ", "x-", "-", "barn-", "ungdoms-", "mottagning", "år.", "ska"]


@dataclass
class Line:
    text: str


def folded(hyphens: Hyphens, parts: list[str]) -> str:
    text = ""
    for part in parts:
        text = line_rules.join_pdf_lines(text, part, hyphens.soft(text, part))
    return " ".join(text.split())


lines = st.lists(st.lists(st.sampled_from(PIECES), max_size=4).map(" ".join), max_size=14)


@settings(max_examples=400, deadline=None)
@given(lines)
def test_join_gives_the_text_of_the_whole_fold(parts: list[str]) -> None:
    hyphens = Hyphens([Line(p or " ") for p in parts])
    assert hyphens.join(parts) == folded(hyphens, parts)


def test_a_long_block_keeps_its_real_and_soft_hyphens() -> None:
    # 400 words split at a line end: the document is hyphenated, so those hyphens are soft
    parts = ["Avtalet gäller 2015-", "16 och samverkans-", "avtalet används"] * 400
    hyphens = Hyphens([Line(p) for p in parts])
    joined = hyphens.join(parts)
    assert joined == folded(hyphens, parts)
    assert joined.count("2015-16 och samverkansavtalet används") == 400
