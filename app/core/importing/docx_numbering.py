"""Automatic list labels from word/numbering.xml ("1.", "1.1", "a)"), as Word shows them."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from app.core.importing.docx_xml import W, child, int_value
from app.core.importing.numbers import MAX_COUNTER, format_number

_W = f"{{{W}}}"
_VAL = _W + "val"
_MAX_LEVELS = 9


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False


@dataclass(slots=True)
class _Num:
    abstract: str
    levels: dict[int, Level] = field(default_factory=dict)
    restarts: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ListLabel:
    """The label of a numbered paragraph; `label` is None for bullets."""

    label: str | None
    level: int
    bullet: bool




def _level(element: etree._Element) -> Level:
    start = child(element, _W + "start")
    fmt = child(element, _W + "numFmt")
    text = child(element, _W + "lvlText")
    legal = child(element, _W + "isLgl")
    return Level(
        start=int_value(start.get(_VAL) if start is not None else None, 1, 0, MAX_COUNTER),
        fmt=(fmt.get(_VAL) if fmt is not None else None) or "decimal",
        text=(text.get(_VAL) if text is not None else None) or "",
        legal=legal is not None and legal.get(_VAL) not in ("0", "false"),
    )


def _levels(parent: etree._Element) -> dict[int, Level]:
    return {int_value(lvl.get(_W + "ilvl")): _level(lvl)
            for lvl in parent.iterchildren(_W + "lvl")}


class Numbering:
    """Resolves (numId, ilvl) to labels, keeping Word's counters in document order."""

    def __init__(self, root: etree._Element | None) -> None:
        self._abstract: dict[str, dict[int, Level]] = {}
        self._nums: dict[str, _Num] = {}
        self._counters: dict[str, list[int | None]] = {}
        self._started: set[str] = set()
        if root is None:
            return
        for abstract in root.iterchildren(_W + "abstractNum"):
            self._abstract[abstract.get(_W + "abstractNumId", "")] = _levels(abstract)
        for num in root.iterchildren(_W + "num"):
            ref = child(num, _W + "abstractNumId")
            entry = _Num(abstract=ref.get(_VAL, "") if ref is not None else "")
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = int_value(override.get(_W + "ilvl"), 0)
                start = child(override, _W + "startOverride")
                if start is not None:
                    entry.restarts[ilvl] = int_value(start.get(_VAL), 1, 0, MAX_COUNTER)
                lvl = child(override, _W + "lvl")
                if lvl is not None:
                    entry.levels[ilvl] = _level(lvl)
            self._nums[num.get(_W + "numId", "")] = entry

    def has(self, num_id: str) -> bool:
        """True if `num_id` names a list (numId 0 means 'no numbering')."""
        return num_id != "0" and num_id in self._nums

    def _definition(self, num: _Num, ilvl: int) -> Level:
        return num.levels.get(ilvl) or self._abstract.get(num.abstract, {}).get(ilvl) or Level()

    def next_label(self, num_id: str, ilvl: int) -> ListLabel | None:
        """Advance the counter for this paragraph and return its label, or None."""
        num = self._nums.get(num_id)
        if num is None or num_id == "0":
            return None
        ilvl = min(max(ilvl, 0), _MAX_LEVELS - 1)
        # Lists sharing an abstract definition share its counters, as Word counts them; a num
        # with start overrides restarts them where it is first used, and the lists after it
        # go on from there (LibreOffice writes a restarted list as such a num for its first
        # item and a plain num for the rest).
        key = num.abstract
        counters = self._counters.get(key)
        if counters is None:
            counters = self._counters[key] = [None] * _MAX_LEVELS
        if num.restarts and num_id not in self._started:
            self._started.add(num_id)
            for level, start in num.restarts.items():
                if 0 <= level < _MAX_LEVELS:
                    counters[level] = start - 1
        definition = self._definition(num, ilvl)
        current = counters[ilvl]
        counters[ilvl] = definition.start if current is None else current + 1
        counters[ilvl + 1:] = _NONE_TAILS[ilvl]
        if definition.fmt == "bullet":
            return _BULLETS[ilvl]
        if definition.fmt == "none" or not definition.text:
            return _UNLABELLED[ilvl]
        label = definition.text
        for level in range(ilvl, -1, -1):
            placeholder = f"%{level + 1}"
            if placeholder not in label:
                continue
            level_def = self._definition(num, level)
            value = counters[level]
            value = level_def.start if value is None else value
            fmt = "decimal" if (definition.legal and level < ilvl) else level_def.fmt
            label = label.replace(placeholder, format_number(value, fmt))
        label = label.strip()
        return ListLabel(label or None, ilvl, False)


# Labels are immutable, so the unnumbered ones are shared; deeper counters reset to these.
_BULLETS = tuple(ListLabel(None, level, True) for level in range(_MAX_LEVELS))
_UNLABELLED = tuple(ListLabel(None, level, False) for level in range(_MAX_LEVELS))
_NONE_TAILS = tuple((None,) * (_MAX_LEVELS - 1 - level) for level in range(_MAX_LEVELS))
