"""How well PDFs printed from Word read back: clause precision and recall against the DOCX.

Every sample agreement of tests/data/agreements is written as DOCX in every user layout of
tests/builders/word_agreements.py (its own layout is the one the tests check; the others
were looked at while the rules were written), and in three more layouts defined here that
no rule was written against (held out), printed to PDF by LibreOffice headless in one run,
and imported both ways; so are, in every layout, the held-out agreements of manifest.json
(texts written after the rules) and the sample agreements without a layout of their own
(held out once, tuning since). A clause matches when kind, level, number label and text
agree.

Run: .venv/bin/python bench/bench_pdf_clauses.py   (needs soffice; about 30 s the first time,
the PDFs are cached in the temp folder)
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.importing import import_bytes
from tests.builders.agreement_corpus import HELD_OUT as HELD_OUT_TEXTS
from tests.builders.agreement_corpus import TUNING, has_truth
from tests.builders.clause_match import ClauseMatch, match_clauses
from tests.builders.libreoffice import find_soffice, print_to_pdf
from tests.builders.word_agreements import (
    AMBIGUOUS_LAYOUTS,
    LAYOUTS,
    Layout,
    build_agreement_docx,
)

HELD_OUT = {
    "serif-justified": Layout(font="Liberation Serif", size=22, after=200, line=300,
                              headings="bold", bullet="auto", justify=True,
                              restart_numbers=True, header="Överenskommelse"),
    "calibri-12": Layout(font="Calibri", size=24, after=80, line=240, bullet="–",
                         bullet_gap="\t", changes=3, footer="bare", header="Utkast"),
    "small-blank-lines": Layout(font="DejaVu Sans", size=18, after=0, line=252,
                                blank_lines=True, bullet="•", numbers_hanging=360,
                                header="Barn och unga"),
}


def _match(docx: bytes, pdf: bytes) -> ClauseMatch:
    return match_clauses(import_bytes(pdf, Path("bench.pdf")), import_bytes(docx, Path("b.docx")))


def main() -> int:
    if find_soffice() is None:
        print("skipped: LibreOffice headless (soffice) is not installed")
        return 0
    own = {name: build_agreement_docx(name) for name in [*LAYOUTS, *AMBIGUOUS_LAYOUTS]}
    layouts = {**LAYOUTS, **HELD_OUT}
    texts = [name for name in HELD_OUT_TEXTS if has_truth(name)]
    others = [name for name in TUNING if name not in LAYOUTS]  # no layout of their own
    cross = {f"{agreement} in {layout}": build_agreement_docx(
                 agreement, replace(layouts[layout], source=agreement, longer_headings=()))
             for layout in layouts for agreement in [*LAYOUTS, *others, *texts]
             if agreement != layout}
    pdfs = print_to_pdf({**own, **cross}, Path(tempfile.gettempdir()) / "klausul-bench-pdf")
    print("Each agreement in its own layout (the tests require P and R >= 0.97, same headings):")
    for name, docx in own.items():
        note = "  (ragged, no spacing, no indent: ambiguous)" if name in AMBIGUOUS_LAYOUTS else ""
        print("  " + _match(docx, pdfs[name]).summary(name) + note)
    matches = {name: _match(docx, pdfs[name]) for name, docx in cross.items()}
    for title, group in (("every other layout", LAYOUTS), ("the held-out layouts", HELD_OUT)):
        chosen = {n: m for n, m in matches.items()
                  if n.split(" in ")[1] in group and n.split(" in ")[0] in LAYOUTS}
        print(f"\nEvery agreement in {title} ({len(chosen)} PDFs):")
        for layout in group:
            row = [m for name, m in chosen.items() if name.endswith(f" in {layout}")]
            print(f"  layout {layout:17} min P {min(m.precision for m in row):.3f}"
                  f"  min R {min(m.recall for m in row):.3f}"
                  f"  headings same {sum(m.same_headings for m in row)}/{len(row)}")
        found = sum(m.clauses * m.recall for m in chosen.values())
        wanted = sum(m.clauses for m in chosen.values())
        extra = sum(len(m.extra) for m in chosen.values())
        print(f"  all: recall {found / wanted:.4f}  precision {found / (found + extra):.4f}"
              f"  ({wanted} clauses)")
    if others:
        rest = {n: m for n, m in matches.items() if n.split(" in ")[0] in others}
        print(f"\nThe other sample agreements ({', '.join(others)}: held out once, tuning "
              f"now, no layout of their own) in every layout ({len(rest)} PDFs):")
        print(_totals(rest))
        for name, match in rest.items():
            if match.precision < 1 or match.recall < 1:
                print("  " + match.summary(name))
    if texts:
        held = {n: m for n, m in matches.items() if n.split(" in ")[0] in texts}
        print(f"\nThe held-out agreements of the alignment and tags ({', '.join(texts)}; "
              f"the PDF rules were mended on two of their layouts) in every layout "
              f"({len(held)} PDFs):")
        print(_totals(held))
        for name, match in held.items():
            if match.precision < 1 or match.recall < 1:
                print("  " + match.summary(name))
    return 0


def _totals(chosen: dict[str, ClauseMatch]) -> str:
    found = sum(m.clauses * m.recall for m in chosen.values())
    wanted = sum(m.clauses for m in chosen.values())
    extra = sum(len(m.extra) for m in chosen.values())
    return (f"  all: recall {found / wanted:.4f}  precision {found / (found + extra):.4f}"
            f"  ({wanted} clauses); min P {min(m.precision for m in chosen.values()):.3f}"
            f"  min R {min(m.recall for m in chosen.values()):.3f}"
            f"  headings same {sum(m.same_headings for m in chosen.values())}/{len(chosen)}")


if __name__ == "__main__":
    sys.exit(main())
