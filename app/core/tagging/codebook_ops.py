"""Pure operations on a codebook: each returns a new Codebook (and how tags must follow), or
the reason it cannot be done."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import Enum

from app.core.tagging.codebook import Code, Codebook, CodeId, FacetId, break_cycles

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b",
           "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39")


class CodebookRefusal(Enum):
    """Why a codebook change cannot be made."""

    UNKNOWN_CODE = "unknown_code"
    EMPTY_NAME = "empty_name"
    SAME_CODE = "same_code"  # merge a code into itself
    OTHER_FACET = "other_facet"  # merge or move across facets
    INTO_OWN_BRANCH = "into_own_branch"  # move a code under itself or its descendants
    BAD_COLOUR = "bad_colour"


@dataclass(frozen=True, slots=True)
class Outcome:
    """A changed codebook and, per code whose tags must move, where they go (None: removed)."""

    codebook: Codebook
    retag: tuple[tuple[CodeId, CodeId | None], ...] = ()


def new_code_id(codebook: Codebook, facet: FacetId, name: str) -> CodeId:
    """A readable, unused id: 'part.familjecentral', 'mg.nyanlanda-2'."""
    prefix = {"malgrupp": "mg", "part": "part", "ansvar": "ans"}[facet]
    plain = unicodedata.normalize("NFKD", name.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:32] or "kod"
    wanted = CodeId(f"{prefix}.{slug}")
    number = 2
    while wanted in codebook:
        wanted = CodeId(f"{prefix}.{slug}-{number}")
        number += 1
    return wanted


def add_code(codebook: Codebook, facet: FacetId, name: str, parent: CodeId | None = None
             ) -> Outcome | CodebookRefusal:
    """A new code at the end of its facet (under `parent` if given), with a free colour."""
    name = " ".join(name.split())
    if not name:
        return CodebookRefusal.EMPTY_NAME
    if parent is not None:
        found = codebook.get(parent)
        if found is None:
            return CodebookRefusal.UNKNOWN_CODE
        if found.facet != facet:
            return CodebookRefusal.OTHER_FACET
    used = {c.color for c in codebook.in_facet(facet)}
    colour = next((p for p in PALETTE if p not in used), PALETTE[len(used) % len(PALETTE)])
    code = Code(new_code_id(codebook, facet, name), facet, name, parent, color=colour)
    codes = list(codebook.codes)
    last = max((i for i, c in enumerate(codes) if c.facet == facet), default=len(codes) - 1)
    codes.insert(last + 1, code)
    return Outcome(codebook.with_codes(tuple(codes)))


def update_code(codebook: Codebook, updated: Code) -> Outcome | CodebookRefusal:
    """Replace a code's name, description, key, colour, abbreviations or age band (not its
    place: see move_code). A key another code of the facet had is taken from it."""
    current = codebook.get(updated.id)
    if current is None:
        return CodebookRefusal.UNKNOWN_CODE
    name = " ".join(updated.name.split())
    if not name:
        return CodebookRefusal.EMPTY_NAME
    if not re.match(r"^#[0-9a-f]{6}$", updated.color.lower()):
        return CodebookRefusal.BAD_COLOUR
    updated = replace(updated, name=name, facet=current.facet, parent=current.parent,
                      key=updated.key[:1], color=updated.color.lower())
    codes = []
    for code in codebook.codes:
        if code.id == updated.id:
            codes.append(updated)
        elif updated.key and code.facet == updated.facet \
                and code.key.casefold() == updated.key.casefold():
            codes.append(replace(code, key=""))
        else:
            codes.append(code)
    return Outcome(codebook.with_codes(tuple(codes)))


def move_code(codebook: Codebook, code_id: CodeId, parent: CodeId | None
              ) -> Outcome | CodebookRefusal:
    """Put a code (with its branch) under another code of its facet, or at the top level."""
    code = codebook.get(code_id)
    if code is None or (parent is not None and parent not in codebook):
        return CodebookRefusal.UNKNOWN_CODE
    if parent is not None:
        if codebook.code(parent).facet != code.facet:
            return CodebookRefusal.OTHER_FACET
        if parent == code_id or parent in codebook.descendants(code_id):
            return CodebookRefusal.INTO_OWN_BRANCH
    codes = tuple(replace(c, parent=parent) if c.id == code_id else c for c in codebook.codes)
    return Outcome(codebook.with_codes(codes))


def merge_codes(codebook: Codebook, source: CodeId, target: CodeId
                ) -> Outcome | CodebookRefusal:
    """Fold `source` into `target`: its tags and child codes go to `target`, its name and
    abbreviations become abbreviations of `target`, and `source` is gone."""
    if source not in codebook or target not in codebook:
        return CodebookRefusal.UNKNOWN_CODE
    if source == target:
        return CodebookRefusal.SAME_CODE
    merged, kept = codebook.code(source), codebook.code(target)
    if merged.facet != kept.facet:
        return CodebookRefusal.OTHER_FACET
    extra = [a for a in (merged.name, *merged.abbreviations)
             if a.casefold() not in {x.casefold() for x in (kept.name, *kept.abbreviations)}]
    new_parent = kept.parent if kept.parent != source else merged.parent
    codes = []
    for code in codebook.codes:
        if code.id == source:
            continue
        if code.id == target:
            code = replace(code, abbreviations=(*kept.abbreviations, *extra),
                           parent=new_parent, key=kept.key or merged.key)
        elif code.parent == source:
            code = replace(code, parent=target)
        codes.append(code)
    return Outcome(codebook.with_codes(break_cycles(tuple(codes))), ((source, target),))


def delete_code(codebook: Codebook, code_id: CodeId, tags_to_parent: bool
                ) -> Outcome | CodebookRefusal:
    """Remove a code; its child codes move up to its parent. Its tags move to the parent
    when `tags_to_parent` (and it has one), else they are removed."""
    code = codebook.get(code_id)
    if code is None:
        return CodebookRefusal.UNKNOWN_CODE
    codes = tuple(replace(c, parent=code.parent) if c.parent == code_id else c
                  for c in codebook.codes if c.id != code_id)
    to = code.parent if tags_to_parent else None
    return Outcome(codebook.with_codes(codes), ((code_id, to),))


def merge_codebooks(current: Codebook, incoming: Codebook) -> Outcome:
    """Import: codes with a known id take the incoming fields, new ids are added (after the
    last code of their facet), codes only in `current` stay. Facet names follow `incoming`."""
    known = {c.id for c in current.codes}
    updates = {c.id: c for c in incoming.codes if c.id in known}
    facet_changed = {c.id for c in incoming.codes
                     if c.id in known and c.facet != current.code(c.id).facet}
    codes = [c if c.id not in updates or c.id in facet_changed else updates[c.id]
             for c in current.codes]
    for code in incoming.codes:
        if code.id in known:
            continue
        last = max((i for i, c in enumerate(codes) if c.facet == code.facet),
                   default=len(codes) - 1)
        codes.insert(last + 1, code)
    by_id = {c.id: c for c in codes}
    codes = [c if c.parent is None or (c.parent in by_id and by_id[c.parent].facet == c.facet)
             else replace(c, parent=None) for c in codes]
    facets = tuple(next((f for f in incoming.facets if f.id == old.id), old)
                   for old in current.facets)
    name = incoming.name or current.name
    return Outcome(Codebook(name, facets, break_cycles(tuple(codes))))
