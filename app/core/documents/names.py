"""Unique display names: a document's title, told apart from its namesakes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import PurePath

from app.core.documents.model import Document


def _file_name(source: str) -> str:
    # Sources are stored as given, with Windows or POSIX separators.
    return PurePath(source.replace("\\", "/")).name or source


def display_names(documents: Sequence[Document]) -> tuple[str, ...]:
    """One name per document, all different: the title where it is unique; where titles
    clash, the title with the format ("… (PDF)") when that tells them apart, else with the
    source file name, else with a number. The user changes a name by editing the title."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, document in enumerate(documents):
        groups[document.title.strip().casefold()].append(index)
    names = [d.title.strip() or _file_name(d.source) for d in documents]
    for members in groups.values():
        if len(members) < 2:
            continue
        formats = [documents[i].format.upper() for i in members]
        files = [_file_name(documents[i].source) for i in members]
        if len(set(formats)) == len(members):
            tags = formats
        elif len({f.casefold() for f in files}) == len(members):
            tags = files
        else:
            tags = [str(n) for n in range(1, len(members) + 1)]
        for index, tag in zip(members, tags, strict=True):
            names[index] = f"{names[index]} ({tag})"
    # A made-up name can still equal another document's title: number the later ones.
    taken = {n.casefold() for n in names}
    used: set[str] = set()
    for index, name in enumerate(names):
        if name.casefold() in used:
            number = 2
            while f"{name} {number}".casefold() in taken | used:
                number += 1
            names[index] = name = f"{name} {number}"
        used.add(name.casefold())
    return tuple(names)
