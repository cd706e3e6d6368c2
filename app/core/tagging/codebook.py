"""The codebook as values: facets, codes with their hierarchy, age bands, keys and colours;
read from and written to the shared JSON format (resources/codebook/README.md)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NewType

from app.core.resources import resource
from app.core.tagging.errors import TagFileError, TagFileProblem

CodeId = NewType("CodeId", str)
FacetId = Literal["malgrupp", "part", "ansvar"]
FACETS: tuple[FacetId, ...] = ("malgrupp", "part", "ansvar")
FORMAT = "klausul-codebook"
VERSION = 1
DEFAULT_FILE = resource("codebook", "default_sv.json")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True, slots=True)
class AgeBand:
    """Ages a target group covers: from `low` up to `high` (`high` itself if inclusive)."""

    low: int
    high: int
    inclusive: bool = True

    def contains(self, age: int) -> bool:
        return self.low <= age and (age <= self.high if self.inclusive else age < self.high)

    @property
    def last(self) -> int:
        """The oldest age inside the band."""
        return self.high if self.inclusive else self.high - 1


@dataclass(frozen=True, slots=True)
class Facet:
    """One of the three facets: who it is about, who it obliges, what kind of duty."""

    id: FacetId
    name: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Code:
    """One code of a facet; `parent` places it in the hierarchy (parties: Kommun → Skola)."""

    id: CodeId
    facet: FacetId
    name: str
    parent: CodeId | None = None
    description: str = ""
    abbreviations: tuple[str, ...] = ()
    age: AgeBand | None = None
    key: str = ""
    color: str = "#808080"


@dataclass(frozen=True, slots=True)
class Codebook:
    """Facets and codes in display order; lookups by id, facet, parent and search text."""

    name: str
    facets: tuple[Facet, ...]
    codes: tuple[Code, ...]
    _by_id: dict[CodeId, Code] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({c.id: c for c in self.codes})

    def get(self, code_id: str) -> Code | None:
        """The code with that id, or None."""
        return self._by_id.get(CodeId(code_id))

    def code(self, code_id: str) -> Code:
        """The code with that id (KeyError if there is none)."""
        return self._by_id[CodeId(code_id)]

    def __contains__(self, code_id: object) -> bool:
        return code_id in self._by_id

    def facet(self, facet_id: str) -> Facet:
        return next(f for f in self.facets if f.id == facet_id)

    def in_facet(self, facet_id: str) -> tuple[Code, ...]:
        """The facet's codes in display order."""
        return tuple(c for c in self.codes if c.facet == facet_id)

    def children(self, code_id: str | None, facet_id: str | None = None) -> tuple[Code, ...]:
        """Codes directly under `code_id` (None: the top level, of `facet_id` if given)."""
        return tuple(c for c in self.codes if c.parent == code_id
                     and (facet_id is None or c.facet == facet_id))

    def ancestors(self, code_id: str) -> tuple[CodeId, ...]:
        """Parent, grandparent, ... of a code (nearest first)."""
        found: list[CodeId] = []
        current = self.get(code_id)
        while current is not None and current.parent is not None and current.parent not in found:
            found.append(current.parent)
            current = self.get(current.parent)
        return tuple(found)

    def descendants(self, code_id: str) -> tuple[CodeId, ...]:
        """Every code below `code_id`, depth first."""
        found: list[CodeId] = []
        for child in self.children(code_id):
            found.append(child.id)
            found.extend(self.descendants(child.id))
        return tuple(found)

    def by_key(self, facet_id: str, key: str) -> Code | None:
        """The facet's code with that shortcut key (case-insensitive), or None."""
        key = key.casefold()
        return next((c for c in self.in_facet(facet_id) if c.key and c.key.casefold() == key),
                    None)

    def search(self, text: str) -> tuple[Code, ...]:
        """Codes matching typed text ("bup", "social"): abbreviation or name prefix first,
        then any word prefix, then substrings of name, description or id."""
        needle = " ".join(text.casefold().split())
        if not needle:
            return self.codes
        ranked: list[tuple[int, int, Code]] = []
        for position, code in enumerate(self.codes):
            name = code.name.casefold()
            shorts = [a.casefold() for a in code.abbreviations]
            if needle in shorts or name == needle:
                rank = 0
            elif name.startswith(needle) or any(a.startswith(needle) for a in shorts):
                rank = 1
            elif any(w.startswith(needle) for w in re.split(r"[\s\-/,()]+", name)):
                rank = 2
            elif needle in name or needle in code.id.casefold():
                rank = 3
            elif needle in code.description.casefold():
                rank = 4
            else:
                continue
            ranked.append((rank, position, code))
        return tuple(code for _, _, code in sorted(ranked, key=lambda r: (r[0], r[1])))

    def path(self, code_id: str) -> str:
        """'Region › Barn- och ungdomspsykiatri'."""
        names = [self.code(a).name for a in reversed(self.ancestors(code_id)) if a in self]
        return " › ".join([*names, self.code(code_id).name])

    def with_codes(self, codes: tuple[Code, ...]) -> Codebook:
        return Codebook(self.name, self.facets, codes)


# -- the JSON format -------------------------------------------------------------------------
def _age(data: Any) -> AgeBand | None:
    if data is None:
        return None
    return AgeBand(int(data["from"]), int(data["to"]), bool(data.get("inclusive", True)))


def code_from_json(data: dict[str, Any]) -> Code:
    """One code of the file format (KeyError/ValueError/TypeError on a malformed entry)."""
    facet = str(data["facet"])
    if facet not in FACETS:
        raise ValueError(f"okänd facett {facet!r}")
    color = str(data.get("color") or "#808080")
    if not _COLOUR.match(color):
        raise ValueError(f"ogiltig färg {color!r}")
    abbreviations = data.get("abbreviations") or []
    if not isinstance(abbreviations, list):
        raise TypeError("abbreviations")
    return Code(id=CodeId(str(data["id"])), facet=facet,
                name=str(data["name"]), parent=CodeId(data["parent"]) if data.get("parent")
                else None, description=str(data.get("description") or ""),
                abbreviations=tuple(str(a) for a in abbreviations), age=_age(data.get("age")),
                key=str(data.get("key") or "")[:1], color=color.lower())


def code_to_json(code: Code) -> dict[str, Any]:
    """One code as the file format writes it."""
    data: dict[str, Any] = {"id": code.id, "facet": code.facet, "name": code.name,
                            "parent": code.parent, "description": code.description}
    if code.abbreviations:
        data["abbreviations"] = list(code.abbreviations)
    if code.age is not None:
        data["age"] = {"from": code.age.low, "to": code.age.high,
                       "inclusive": code.age.inclusive}
    data["key"] = code.key
    data["color"] = code.color
    return data


def json_of_format(text: str, source: Path | str, expected: str, problem: TagFileProblem
                   ) -> dict[str, Any]:
    """The JSON object of a Klausul file whose "format" is `expected`; TagFileError naming
    `source`: NOT_JSON with the line, or `problem` when it is another kind of file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise TagFileError(source, TagFileProblem.NOT_JSON, f"rad {exc.lineno}") from None
    if not isinstance(data, dict) or data.get("format") != expected:
        raise TagFileError(source, problem, f'"format" ska vara "{expected}"')
    return data


def parse_codebook(text: str, source: Path | str, whole: bool = True) -> Codebook:
    """A codebook from its JSON text; TagFileError naming `source` and the problem.

    A whole codebook moves a code whose parent is missing to the top level; a partial one
    (`whole=False`, to merge into another) keeps the parent for the merge to resolve."""
    data = json_of_format(text, source, FORMAT, TagFileProblem.NOT_A_CODEBOOK)
    try:
        facets = tuple(Facet(f["id"], str(f["name"]), str(f.get("description", "")))
                       for f in data.get("facets", []) if f["id"] in FACETS)
        known = {f.id for f in facets}
        facets += tuple(Facet(f, f) for f in FACETS if f not in known)
        codes = tuple(code_from_json(c) for c in data.get("codes", []))
    except (KeyError, ValueError, TypeError) as exc:
        raise TagFileError(source, TagFileProblem.NOT_A_CODEBOOK, f"felaktig kod: {exc}") \
            from None
    ids = [c.id for c in codes]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise TagFileError(source, TagFileProblem.NOT_A_CODEBOOK,
                           f"koden {duplicates[0]} finns två gånger")
    if not whole:
        return Codebook(str(data.get("name", "")), facets, codes)
    by_id = {c.id: c for c in codes}
    # A parent that is missing or in another facet is dropped: the code moves to the top.
    codes = tuple(c if c.parent is None or (c.parent in by_id and by_id[c.parent].facet == c.facet)
                  else replace(c, parent=None) for c in codes)
    return Codebook(str(data.get("name", "")), facets, break_cycles(codes))


def break_cycles(codes: tuple[Code, ...]) -> tuple[Code, ...]:
    by_id = {c.id: c for c in codes}
    fixed = []
    for code in codes:
        seen = {code.id}
        parent = code.parent
        while parent is not None and parent not in seen:
            seen.add(parent)
            parent = by_id[parent].parent
        fixed.append(replace(code, parent=None) if parent is not None else code)
    return tuple(fixed)


def codebook_json(codebook: Codebook) -> str:
    """The codebook in the shared file format, as text."""
    data = {"format": FORMAT, "version": VERSION, "language": "sv", "name": codebook.name,
            "facets": [{"id": f.id, "name": f.name, "description": f.description}
                       for f in codebook.facets],
            "codes": [code_to_json(c) for c in codebook.codes]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def read_codebook(path: Path, whole: bool = True) -> Codebook:
    """A codebook file; TagFileError if it cannot be read or is not a codebook."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise TagFileError(path, TagFileProblem.NOT_FOUND) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TagFileError(path, TagFileProblem.UNREADABLE, str(exc)) from None
    return parse_codebook(text, path, whole)


@lru_cache(maxsize=2)
def default_codebook(path: Path = DEFAULT_FILE) -> Codebook:
    """The codebook a new project starts with (shipped in resources/codebook/)."""
    return read_codebook(path)
