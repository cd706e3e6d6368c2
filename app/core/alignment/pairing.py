"""Pair one document's clauses with the base's, from the evidence of each candidate pair.

Two levels, both read off one calibrated score per candidate pair (evidence.py says what it
weighs): confident anchors (mutual best pairs with a margin) fix the order the two documents
share, and every other pair is judged with the anchors' intervals and the sections' likeness
as evidence, so a clause between two anchors needs less text in common than one elsewhere.
Order is evidence, not a rule: when the anchors keep no order (an agreement written in a
different order), the interval counts for nothing and pairs are found order-free.

Each of the other document's clauses joins the base clause it most likely pairs with; a base
clause may so take several (a clause split in two). A base clause with no partner of its own
joins its neighbour's row when it shares that row's partner well enough (two clauses merged
into one). Pairs that cross the longest run of pairs in one order are marked moved.
Headings pair only with headings (their text and the likeness of their sections).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from app.core.alignment.evidence import FEATURES, Evidence, Headings, longest_chain, mutual_best

# Logistic weights of the evidence, fitted on all six tuning pairs of tests/data/agreements/
# by bench/fit_alignment_weights.py (the held-out pairs are never used). Fitted the same way on
# five and scored on the sixth, the whole alignment reaches a mean F1 of 0.71 at precision 0.88
# (docs/alignment.md gives the figures per pair and threshold).
WEIGHTS = {"text": -0.185, "row": 4.169, "column": 3.548, "section": 7.314, "context": -0.016,
           "neighbours": 3.643, "interval": 0.821, "text_section": 1.681, "text_level": 2.904,
           "lead_in": 0.199, "under_lead_in": -0.566, "length": 0.200}
BIAS = -10.415
_W = np.array([WEIGHTS[name] for name in FEATURES])
# A clause joins its most likely base partner at this probability: the threshold with the
# best out-of-sample F1 that costs no precision (lower ones pair more, and more wrongly).
PAIR_SCORE = 0.44
MERGE_SCORE = 0.30  # a partnerless base clause joins its neighbour's row at this probability
SECOND_SHARE = 0.5  # a second partner's cosine is at least this share of the first's
VOTE_MARGIN = 2  # votes beyond the current row's that move a lead-in to another row
MERGE_SHARE = 0.5  # a merged clause's cosine with the shared partner, as a share of the owner's
LEVEL_SLACK = 0.2  # ... or, between versions of one text, the anchors' level less this
FLOOR_SLACK = 0.4  # every pair's cosine is at least the anchors' level less this
VOTES_WITHOUT_TEXT = 2  # item pairs that pair lead-ins sharing no text at all
HEADING_SCORE = 0.35  # mutual best headings pair at this mean of text and section likeness
TITLE_SCORE = 0.2  # the two titles are an anchor, however differently they are worded


@dataclass(slots=True)
class Pairing:
    """How one document lines up against the base (indices into the clause lists)."""

    pairs: dict[int, list[int]] = field(default_factory=dict)
    merged_into: dict[int, int] = field(default_factory=dict)
    moved: set[int] = field(default_factory=set)
    pinned: set[int] = field(default_factory=set)
    similarity: dict[int, float] = field(default_factory=dict)
    primary: dict[int, int] = field(default_factory=dict)  # base clause -> its first partner

    def matched_others(self) -> set[int]:
        return {j for js in self.pairs.values() for j in js}


def probabilities(evidence: Evidence) -> np.ndarray:
    """How likely a reader pairs each candidate pair."""
    return np.asarray(1.0 / (1.0 + np.exp(-(evidence.features @ _W + BIAS))), dtype=np.float64)


def pair_documents(
    evidence: Evidence,
    headings: Headings,
    body_a: np.ndarray,
    forced: Sequence[tuple[int, int]] = (),
    forbidden: Sequence[tuple[int, int]] = (),
    anchors: Sequence[tuple[int, int]] = (),
) -> Pairing:
    """Pair base clauses with another document's clauses.

    `body_a` lists the base's body clauses in order (for neighbours); `forced` and
    `forbidden` are the user's links and unlinks; `anchors` pairs the structure vouches for
    (the titles) pair unless a link or unlink says otherwise.
    """
    result = Pairing()
    forced_rows = {i for i, _ in forced}
    forced_columns = {j for _, j in forced}
    blocked = set(forbidden)
    _pair_body(result, evidence, body_a, forced_rows, forced_columns, blocked)
    _pair_headings(result, headings, forced_rows, forced_columns, blocked, anchors)
    for i, j in forced:
        result.pairs.setdefault(i, []).append(j)
        result.pinned.add(i)
        result.similarity.setdefault(i, 1.0)
    _mark_moved(result)
    return result


def _usable(rows: np.ndarray, columns: np.ndarray, forced_rows: set[int],
            forced_columns: set[int], blocked: set[tuple[int, int]]) -> np.ndarray:
    keep = np.ones(len(rows), dtype=bool)
    if forced_rows:
        keep &= ~np.isin(rows, list(forced_rows))
    if forced_columns:
        keep &= ~np.isin(columns, list(forced_columns))
    if blocked:
        keep &= np.array([(int(i), int(j)) not in blocked
                          for i, j in zip(rows, columns, strict=True)], dtype=bool)
    return keep


def _pair_body(result: Pairing, evidence: Evidence, body_a: np.ndarray, forced_rows: set[int],
               forced_columns: set[int], blocked: set[tuple[int, int]]) -> None:
    if not len(evidence):
        return
    keep = _usable(evidence.rows, evidence.columns, forced_rows, forced_columns, blocked)
    rows, columns = evidence.rows[keep], evidence.columns[keep]
    text, chance = evidence.text[keep], probabilities(evidence)[keep]
    # Between versions of one text (anchors near 1) a pair must also share much of its text.
    likely = np.flatnonzero((chance >= PAIR_SCORE) & (text >= evidence.level - FLOOR_SLACK))
    likely = likely[np.argsort(-chance[likely], kind="stable")]
    # One to one first, most likely pairs first: a clause that has found its counterpart
    # leaves the others to clauses that have none.
    first: dict[int, float] = {}  # base clause -> cosine with its first partner
    taken: set[int] = set()
    for k in likely:
        i, j = int(rows[k]), int(columns[k])
        if i not in first and j not in taken:
            first[i] = float(text[k])
            taken.add(j)
            result.pairs[i] = [j]
            result.primary[i] = j
            result.similarity[i] = float(text[k])
    # Then second partners (a clause split in two): each left-over clause joins its most
    # likely base clause if it holds a good part of that clause's text.
    for k in likely:
        i, j = int(rows[k]), int(columns[k])
        if j in taken:
            continue
        taken.add(j)
        if i in first and text[k] >= SECOND_SHARE * first[i]:
            result.pairs[i].append(j)
    for js in result.pairs.values():
        js.sort()
    _vote_lead_ins(result, evidence, rows, columns, text, chance)
    _merge_neighbours(result, rows, columns, text, chance, body_a,
                      max(MERGE_SHARE, evidence.level - LEVEL_SLACK))


def _vote_lead_ins(result: Pairing, evidence: Evidence, rows: np.ndarray, columns: np.ndarray,
                   text: np.ndarray, chance: np.ndarray) -> None:
    """Paired list items vote for pairing their lead-ins: a base lead-in takes the other
    document's lead-in whose items pair most with its own items, even without any text in
    common ("Regionen ansvarar för:", "Hälso- och sjukvården ska:") if enough items agree."""
    votes: dict[tuple[int, int], int] = {}
    for i, js in result.pairs.items():
        lead_i = int(evidence.lead_a[i])
        for j in js:
            lead_j = int(evidence.lead_b[j])
            if lead_i >= 0 and lead_j >= 0:
                votes[(lead_i, lead_j)] = votes.get((lead_i, lead_j), 0) + 1
    if not votes:
        return
    wanted = np.isin(rows, [i for i, _ in votes]) & np.isin(columns, [j for _, j in votes])
    known = {(int(i), int(j)): (float(t), float(p)) for i, j, t, p in
             zip(rows[wanted], columns[wanted], text[wanted], chance[wanted], strict=True)}
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], -known.get(kv[0], (0.0, 0.0))[1]))
    decided_rows: set[int] = set()
    decided_columns: set[int] = set()
    current = dict(result.primary)
    owner = {j: i for i, js in result.pairs.items() for j in js}
    for (i, j), count in ranked:
        if i in decided_rows or j in decided_columns or (
                (i, j) not in known and count < VOTES_WITHOUT_TEXT):
            continue
        # Votes settle a lead-in's pair; they take a lead-in from another row only when
        # they outnumber what that row's items say for it.
        held = owner.get(j)
        if held is not None and held != i and (
                held in decided_rows or count <= votes.get((held, j), 0) + VOTE_MARGIN):
            continue
        if i in current and current[i] != j and count <= votes.get((i, current[i]), 0):
            continue
        decided_rows.add(i)
        decided_columns.add(j)
        if result.primary.get(i) == j:
            continue
        if held is not None and held != i:  # j leaves the row it was in
            js = result.pairs[held]
            js.remove(j)
            if not js:
                del result.pairs[held]
                result.primary.pop(held, None)
            elif result.primary.get(held) == j:
                result.primary[held] = js[0]
        for dropped in result.pairs.get(i, []):
            owner.pop(dropped, None)
        result.pairs[i] = [j]
        result.primary[i] = j
        owner[j] = i
        result.similarity[i] = known.get((i, j), (0.0, 0.0))[0]


def _merge_neighbours(result: Pairing, rows: np.ndarray, columns: np.ndarray,
                      text: np.ndarray, chance: np.ndarray, body_a: np.ndarray, share: float
                      ) -> None:
    """A base clause without partners joins the row of the adjacent base clause whose
    partner it shares (two clauses the other document merged into one), if it holds a good
    part of that partner's text."""
    owner = {j: i for i, js in result.pairs.items() for j in js}
    owner_text = {(int(i), int(j)): float(t) for i, j, t in
                  zip(rows.tolist(), columns.tolist(), text.tolist(), strict=True)
                  if owner.get(j) == i}
    position = {int(i): k for k, i in enumerate(body_a)}
    members: dict[int, list[int]] = {}  # a row's base clause -> the base clauses in its row
    strong = chance >= MERGE_SCORE
    candidates = sorted(zip(-chance[strong], rows[strong].tolist(), columns[strong].tolist(),
                            text[strong].tolist(), strict=True))
    # Repeated while clauses join: a clause two places from a row joins it once the clause
    # between them has (three clauses merged into one).
    joined = True
    while joined:
        joined = False
        for _, i, j, part in candidates:
            held = owner_text.get((owner.get(j, -1), j))
            # (a lead-in paired by its items' votes alone takes no merged neighbour)
            if i in result.pairs or i in result.merged_into or held is None \
                    or part < share * held:
                continue
            home = owner[j]
            root = result.merged_into.get(home, home)
            places = [position[g] for g in members.setdefault(root, [root]) if g in position]
            if i in position and places and min(abs(position[i] - p) for p in places) == 1:
                result.merged_into[i] = root
                members[root].append(i)
                joined = True


def _pair_headings(result: Pairing, headings: Headings, forced_rows: set[int],
                   forced_columns: set[int], blocked: set[tuple[int, int]],
                   anchors: Sequence[tuple[int, int]]) -> None:
    keep = _usable(headings.rows, headings.columns, forced_rows, forced_columns, blocked)
    rows, columns = headings.rows[keep], headings.columns[keep]
    score, text = headings.score[keep].copy(), headings.text[keep]
    for i, j in anchors:
        if (i, j) in blocked or i in forced_rows or j in forced_columns:
            continue
        hit = (rows == i) & (columns == j)
        score[hit] = np.maximum(score[hit], 1.0)
    if not len(score):
        return
    chosen = mutual_best(rows, columns, score, HEADING_SCORE, 0.0)
    for k in np.flatnonzero(chosen):
        i, j = int(rows[k]), int(columns[k])
        result.pairs[i] = [j]
        result.similarity[i] = float(text[k])


def _mark_moved(result: Pairing) -> None:
    """Pairs off the longest run that keeps one order are moved."""
    pairs = [(i, result.primary.get(i, js[0])) for i, js in result.pairs.items()
             if i not in result.pinned]
    keep = set(longest_chain(pairs))
    result.moved = {i for i, j in pairs if (i, j) not in keep}
