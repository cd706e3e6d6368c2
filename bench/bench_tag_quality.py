"""Suggestion quality against hand annotations of independently written agreements.

Reads tests/data/agreements/tags/<name>.tsv (LINE<TAB>part ids<TAB>malgrupp ids<TAB>ansvar
ids<TAB>EXCERPT, one line per body block, LINE = the block's 1-based line in <name>.md) and
prints per facet precision and recall of the suggestions, two ways:
- exact: a suggested code counts only if the annotator gave that very code;
- hierarchy: a suggestion also counts if it is an ancestor or a descendant of an annotated
  code (a suggested "Region" for an annotated "BUP", or "BUP" for "Region"), and an
  annotated code counts as found if such a relative was suggested.

The TUNING agreements (every annotation file not held out in manifest.json) are reported per
agreement and pooled; they are what the rules are written and tuned on. The HELD-OUT
agreements (manifest.json, "held_out") are measured only with --held-out, apart, as
totals: never look at their clauses while the rules are being written.

Options, for studying the tuning set only (they refuse a held-out agreement):
  --misses NAME   every annotated block of NAME whose suggestions differ from the hand tags
  --rules         per rule and agreement: how often it fired and how often it was right
  --codes         per code and agreement: suggested, annotated, both
  --between-hands how far two annotators agree: on the clause pairs a reader marked between
                  two tuning agreements (truth/norrbacka__<other>.tsv), one hand's tags scored
                  against the other's, as if they were suggestions
Run: .venv/bin/python bench/bench_tag_quality.py [--held-out] [--misses NAME] [--rules] [NAME ...]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.documents.manager import DocumentsManager
from app.core.documents.model import Clause
from app.core.tagging.codebook import Codebook, default_codebook
from app.core.tagging.model import Suggestion
from app.core.tagging.rules import default_rules
from app.core.tagging.suggest import Suggester

AGREEMENTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "agreements"
TAGS = AGREEMENTS / "tags"
FACETS = ("part", "malgrupp", "ansvar")
TARGETS = {"part": (0.90, 0.85), "malgrupp": (0.80, 0.70)}


def held_out_names() -> tuple[str, ...]:
    manifest = json.loads((AGREEMENTS / "manifest.json").read_text(encoding="utf-8"))
    return tuple(manifest["held_out"])


def tuning_names() -> tuple[str, ...]:
    """Every agreement with hand tags that is not held out, by name."""
    held = set(held_out_names())
    return tuple(sorted(p.stem for p in TAGS.glob("*.tsv") if p.stem not in held))


def annotations(path: Path) -> dict[int, dict[str, set[str]]]:
    """Line -> facet -> the annotated code ids."""
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


@dataclass
class Tally:
    """Counts of one facet over some blocks."""

    hit: int = 0  # suggested and annotated
    suggested: int = 0
    annotated: int = 0
    near_hit: int = 0  # suggested, and it or a relative annotated
    near_found: int = 0  # annotated, and it or a relative suggested

    def add(self, other: Tally) -> None:
        self.hit += other.hit
        self.suggested += other.suggested
        self.annotated += other.annotated
        self.near_hit += other.near_hit
        self.near_found += other.near_found

    def count(self, book: Codebook, suggested: set[str], gold: set[str]) -> None:
        self.hit += len(suggested & gold)
        self.suggested += len(suggested)
        self.annotated += len(gold)
        self.near_hit += sum(1 for s in suggested if any(related(book, s, g) for g in gold))
        self.near_found += sum(1 for g in gold if any(related(book, s, g) for s in suggested))

    @property
    def precision(self) -> float:
        return self.hit / self.suggested if self.suggested else 0.0

    @property
    def recall(self) -> float:
        return self.hit / self.annotated if self.annotated else 0.0

    @property
    def near_precision(self) -> float:
        return self.near_hit / self.suggested if self.suggested else 0.0

    @property
    def near_recall(self) -> float:
        return self.near_found / self.annotated if self.annotated else 0.0


@dataclass
class Block:
    """One annotated block: its clause (None if the reader found no clause on that line),
    the hand tags and the suggestions."""

    line: int
    clause: Clause | None
    gold: dict[str, set[str]]
    suggestions: tuple[Suggestion, ...] = field(default=())

    def suggested(self, facet: str) -> set[str]:
        return {s.code_id for s in self.suggestions if s.facet == facet}


def blocks(name: str, suggester: Suggester) -> Iterator[Block]:
    """The annotated blocks of one agreement with what the suggester says about them."""
    truth = annotations(TAGS / f"{name}.tsv")
    document = DocumentsManager.read_file(AGREEMENTS / f"{name}.md").document
    by_line = {c.location.number: c for c in document.clauses
               if c.location is not None and c.location.kind == "line"}
    for line, wanted in sorted(truth.items()):
        clause = by_line.get(line)
        got = suggester.clause(clause).suggestions if clause is not None else ()
        yield Block(line, clause, wanted, got)


def score(name: str, suggester: Suggester) -> tuple[int, dict[str, Tally]]:
    """(annotated blocks, facet -> tally) of one agreement."""
    tallies = {facet: Tally() for facet in FACETS}
    count = 0
    for block in blocks(name, suggester):
        count += 1
        for facet in FACETS:
            tallies[facet].count(suggester.codebook, block.suggested(facet), block.gold[facet])
    return count, tallies


def ratio(a: int, b: int) -> str:
    return f"{a / b:4.2f}" if b else "  – "


def report(title: str, count: int, tallies: dict[str, Tally],
           unit: str = "annotated blocks") -> None:
    print(f"{title}: {count} {unit}")
    for facet in FACETS:
        t = tallies[facet]
        target = TARGETS.get(facet)
        goal = f"   target P ≥ {target[0]:.2f}, R ≥ {target[1]:.2f}" if target else ""
        print(f"  {facet:9} exact P {ratio(t.hit, t.suggested)} R {ratio(t.hit, t.annotated)}"
              f"   hierarchy P {ratio(t.near_hit, t.suggested)} "
              f"R {ratio(t.near_found, t.annotated)}"
              f"   ({t.suggested} suggested, {t.annotated} annotated){goal}")


def measure(names: list[str], suggester: Suggester, label: str) -> dict[str, Tally]:
    pooled = {facet: Tally() for facet in FACETS}
    total = 0
    for name in names:
        count, tallies = score(name, suggester)
        report(f"{label} {name}", count, tallies)
        total += count
        for facet in FACETS:
            pooled[facet].add(tallies[facet])
    if len(names) > 1:
        report(f"{label} pooled ({', '.join(names)})", total, pooled)
    return pooled


def refuse_held_out(names: list[str]) -> None:
    held = set(held_out_names()) & set(names)
    if held:
        raise SystemExit(f"refused: {', '.join(sorted(held))} is held out; only totals are "
                         "measured on it (--held-out), never its clauses")


def show_misses(name: str, suggester: Suggester) -> None:
    """Every block of a tuning agreement whose suggestions differ from the hand tags:
    '+code' suggested but not annotated (with the rule), '-code' annotated, not suggested."""
    rules = suggester.rules
    for block in blocks(name, suggester):
        lines = []
        for facet in FACETS:
            got = block.suggested(facet)
            gold = block.gold[facet]
            if got == gold:
                continue
            why = {s.code_id: s for s in block.suggestions}
            extra = [f"+{c} [{why[c].rule}: {' … '.join(why[c].words)[:60]}]"
                     for c in sorted(got - gold)]
            lost = [f"-{c}" for c in sorted(gold - got)]
            same = [f"={c}" for c in sorted(got & gold)]
            lines.append(f"    {facet:8} {' '.join(same + lost + extra)}")
        if lines:
            clause = block.clause
            text = clause.text if clause is not None else "(no clause on this line)"
            context = f"  ⟨{clause.context[-60:]}⟩" if clause is not None and clause.context \
                else ""
            print(f"{name}:{block.line}{context} {text[:300]}")
            print("\n".join(lines))
    del rules


def show_rules(names: list[str], suggester: Suggester) -> None:
    """Per rule and code: fired / right (exact) / right with relatives, per agreement."""
    counts: dict[tuple[str, str], dict[str, list[int]]] = {}
    book = suggester.codebook
    for name in names:
        for block in blocks(name, suggester):
            for s in block.suggestions:
                gold = block.gold[s.facet]
                tally = counts.setdefault((s.rule, s.code_id), {}).setdefault(name, [0, 0, 0])
                tally[0] += 1
                tally[1] += s.code_id in gold
                tally[2] += any(related(book, s.code_id, g) for g in gold)
    print(f"{'rule':28} {'code':26} " + " ".join(f"{n[:10]:>14}" for n in names)
          + "   (fired right/near)")
    for (rule, code), per in sorted(counts.items()):
        cells = []
        for name in names:
            fired, right, near = per.get(name, [0, 0, 0])
            cells.append(f"{fired:4} {right:3}/{near:<3}  ")
        print(f"{rule:28} {code:26} " + " ".join(f"{c:>14}" for c in cells))


def show_codes(names: list[str], suggester: Suggester) -> None:
    """Per code: suggested / annotated / both (exact), per agreement."""
    counts: dict[str, dict[str, list[int]]] = {}
    for name in names:
        for block in blocks(name, suggester):
            for facet in FACETS:
                got, gold = block.suggested(facet), block.gold[facet]
                for code in got | gold:
                    tally = counts.setdefault(code, {}).setdefault(name, [0, 0, 0])
                    tally[0] += code in got
                    tally[1] += code in gold
                    tally[2] += code in got and code in gold
    print(f"{'code':26} " + " ".join(f"{n[:12]:>14}" for n in names)
          + "   (suggested/annotated/both)")
    for code, per in sorted(counts.items()):
        cells = ["{:3}/{:3}/{:3}".format(*per.get(name, [0, 0, 0])) for name in names]
        print(f"{code:26} " + " ".join(f"{c:>14}" for c in cells))


def pair_groups(other: str) -> list[tuple[set[int], set[int]]]:
    """The marked pairs between norrbacka and `other` joined into groups: the lines of a
    clause split or merged on one side stand together (connected pairs)."""
    pairs = []
    for line in (AGREEMENTS / "truth" / f"norrbacka__{other}.tsv").read_text(
            encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].strip().isdigit() and fields[1].strip().isdigit():
            pairs.append((int(fields[0]), int(fields[1])))
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent.setdefault(node, node) != node:
            node = parent[node]
        return node

    for a, b in pairs:
        parent[root(("a", a))] = root(("b", b))
    groups: dict[tuple[str, int], tuple[set[int], set[int]]] = {}
    for a, b in pairs:
        group = groups.setdefault(root(("a", a)), (set(), set()))
        group[0].add(a)
        group[1].add(b)
    return list(groups.values())


def between_hands(book: Codebook) -> None:
    """One annotator's tags against another's on clauses a reader paired: the agreement
    between hands, a bound on what rules can reach against either of them."""
    base = annotations(TAGS / "norrbacka.tsv")
    pooled = {facet: Tally() for facet in FACETS}
    count = 0
    for other in tuning_names():
        truth = AGREEMENTS / "truth" / f"norrbacka__{other}.tsv"
        if other == "norrbacka" or not truth.is_file():
            continue
        theirs = annotations(TAGS / f"{other}.tsv")
        tallies = {facet: Tally() for facet in FACETS}
        groups = pair_groups(other)
        for ours, their in groups:
            for facet in FACETS:
                gold = set().union(*(base.get(n, {}).get(facet, set()) for n in ours))
                other_tags = set().union(*(theirs.get(n, {}).get(facet, set()) for n in their))
                tallies[facet].count(book, other_tags, gold)
        report(f"hands: {other}'s tags scored against norrbacka's", len(groups), tallies,
               "paired clause groups")
        count += len(groups)
        for facet in FACETS:
            pooled[facet].add(tallies[facet])
    if count:
        report("hands: pooled", count, pooled, "paired clause groups")
        for facet in FACETS:
            t = pooled[facet]
            f1 = 2 * t.hit / (t.suggested + t.annotated) if t.suggested + t.annotated else 0.0
            print(f"  {facet:9} agreement F1 (exact) {f1:4.2f}")


def main(argv: list[str]) -> int:
    held_out = "--held-out" in argv
    by_rule = "--rules" in argv
    by_code = "--codes" in argv
    hands = "--between-hands" in argv
    misses = [argv[i + 1] for i, a in enumerate(argv) if a == "--misses" and i + 1 < len(argv)]
    names = [a for i, a in enumerate(argv)
             if not a.startswith("--") and not (i and argv[i - 1] == "--misses")]
    refuse_held_out(misses + ([] if held_out else names))
    suggester = Suggester(default_codebook(), default_rules())
    if hands:
        between_hands(suggester.codebook)
        return 0
    if misses:
        for name in misses:
            show_misses(name, suggester)
        return 0
    tuning = [n for n in (names or tuning_names()) if (TAGS / f"{n}.tsv").is_file()
              and n not in held_out_names()]
    if by_rule or by_code:
        (show_rules if by_rule else show_codes)(tuning, suggester)
        return 0
    if tuning:
        measure(tuning, suggester, "tuning")
    else:
        print(f"skipped: no tuning annotations in {TAGS}")
    if held_out:
        held = [n for n in held_out_names() if (TAGS / f"{n}.tsv").is_file()]
        if held:
            print("--- held out (the rules were not written from these; totals only)")
            measure(held, suggester, "held-out")
        else:
            print(f"skipped held-out: no annotations in {TAGS} for {', '.join(held_out_names())}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
