"""Suggestion quality against hand annotations of agreements the rules were not written from.

Reads tests/data/agreements/tags/<name>.tsv (LINE<TAB>part ids<TAB>malgrupp ids<TAB>ansvar
ids<TAB>EXCERPT, one line per body block, LINE = the block's 1-based line in <name>.md) for the
held-out agreements, and prints per facet precision and recall of the suggestions, two ways:
- exact: a suggested code counts only if the annotator gave that very code;
- hierarchy: a suggestion also counts if it is an ancestor or a descendant of an annotated
  code (a suggested "Region" for an annotated "BUP", or "BUP" for "Region"), and an
  annotated code counts as found if such a relative was suggested.
Skips with a note when the annotation files are not there.
Run: .venv/bin/python bench/bench_tag_quality.py [NAME ...]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.documents.manager import DocumentsManager
from app.core.tagging.codebook import Codebook, default_codebook
from app.core.tagging.rules import default_rules
from app.core.tagging.suggest import Suggester

AGREEMENTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "agreements"
FACETS = ("part", "malgrupp", "ansvar")
TARGETS = {"part": (0.90, 0.85), "malgrupp": (0.80, 0.70)}


def annotations(path: Path) -> dict[int, dict[str, set[str]]]:
    found: dict[int, dict[str, set[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not fields[0].strip().isdigit():
            continue  # a header line
        fields += [""] * (4 - len(fields))
        found[int(fields[0])] = {facet: {i.strip() for i in fields[n + 1].split(",")
                                         if i.strip()} for n, facet in enumerate(FACETS)}
    return found


def related(book: Codebook, a: str, b: str) -> bool:
    return a == b or a in book.ancestors(b) or b in book.ancestors(a)


def score(name: str, book: Codebook, counts: dict[str, list[int]]) -> int:
    truth = annotations(AGREEMENTS / "tags" / f"{name}.tsv")
    document = DocumentsManager.read_file(AGREEMENTS / f"{name}.md").document
    suggester = Suggester(book, default_rules())
    by_line = {c.location.number: c for c in document.clauses
               if c.location is not None and c.location.kind == "line"}
    for line, wanted in truth.items():
        clause = by_line.get(line)
        got = suggester.clause(clause).suggestions if clause is not None else ()
        for facet in FACETS:
            suggested = {s.code_id for s in got if s.facet == facet}
            gold = wanted[facet]
            tally = counts.setdefault(facet, [0] * 6)
            tally[0] += len(suggested & gold)
            tally[1] += len(suggested)
            tally[2] += len(gold)
            tally[3] += sum(1 for s in suggested if any(related(book, s, g) for g in gold))
            tally[4] += sum(1 for g in gold if any(related(book, s, g) for s in suggested))
            tally[5] += 1
    return len(truth)


def ratio(a: int, b: int) -> str:
    return f"{a / b:4.2f}" if b else "  – "


def main(names: list[str]) -> int:
    manifest = json.loads((AGREEMENTS / "manifest.json").read_text(encoding="utf-8"))
    names = names or list(manifest["held_out"])
    present = [n for n in names if (AGREEMENTS / "tags" / f"{n}.tsv").is_file()]
    if not present:
        print(f"skipped: no annotations in {AGREEMENTS / 'tags'} for {', '.join(names)} "
              "(they are written by a separate annotator and land on main)")
        return 0
    book = default_codebook()
    for name in present:
        counts: dict[str, list[int]] = {}
        blocks = score(name, book, counts)
        print(f"{name}: {blocks} annotated blocks")
        for facet in FACETS:
            hit, suggested, gold, near_hit, near_found, _ = counts[facet]
            target = TARGETS.get(facet)
            goal = f"   target P ≥ {target[0]:.2f}, R ≥ {target[1]:.2f}" if target else ""
            print(f"  {facet:9} exact P {ratio(hit, suggested)} R {ratio(hit, gold)}"
                  f"   hierarchy P {ratio(near_hit, suggested)} R {ratio(near_found, gold)}"
                  f"   ({suggested} suggested, {gold} annotated){goal}")
    missing = sorted(set(names) - set(present))
    if missing:
        print(f"skipped (no annotation file yet): {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
