"""What the OpenDocument reader needs of a document's styles: list numbering formats, which
styles are bold, their font sizes, and which paragraph styles come from Title."""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from app.core.importing.numbers import MAX_COUNTER, parse_int

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
LIST_LEVELS = 10  # ODF list styles define levels 1 to 10
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
            "I": "upperRoman"}
_CHAIN = 8  # style chains are short; a loop in a damaged file ends here
OUTLINE = "\x00outline"  # the key of the chapter numbering of headings among the list styles


@dataclass(slots=True)
class ListStyle:
    """Per level: (format, prefix, suffix, levels displayed, start value)."""

    levels: dict[int, tuple[str, str, str, int, int]] = field(default_factory=dict)


def points(size: str | None) -> float | None:
    """A font size in points from ODF ("14pt", "0.5in", "12.5pt"); None for a percentage
    or anything else."""
    if not size:
        return None
    for unit, factor in (("pt", 1.0), ("in", 72.0), ("cm", 72 / 2.54), ("mm", 72 / 25.4)):
        if size.endswith(unit):
            try:
                value = float(size[:-len(unit)])
            except ValueError:
                return None
            return value * factor if 0 < value < 10_000 else None
    return None


class OdtStyles:
    """The styles of styles.xml and content.xml's automatic styles, read once."""

    def __init__(self, *roots: etree._Element | None) -> None:
        self.lists: dict[str, ListStyle] = {}
        self.bold: set[str] = set()
        self.parents: dict[str, str] = {}  # a style's parent style
        self.sizes: dict[str, float] = {}  # a style's own font size in points
        for root in roots:
            if root is not None:
                self._read(root)

    def _read(self, root: etree._Element) -> None:
        for list_style in root.iter(TEXT + "list-style"):
            entry = ListStyle()
            for child in list_style:
                level = parse_int(child.get(TEXT + "level"), 1, 1, LIST_LEVELS)
                if child.tag == TEXT + "list-level-style-number":
                    entry.levels[level] = (
                        _FORMATS.get(child.get(STYLE + "num-format", "1"), "decimal"),
                        child.get(STYLE + "num-prefix", ""), child.get(STYLE + "num-suffix", "."),
                        parse_int(child.get(TEXT + "display-levels"), 1, 1, LIST_LEVELS),
                        parse_int(child.get(TEXT + "start-value"), 1, 0, MAX_COUNTER))
            self.lists[list_style.get(STYLE + "name", "")] = entry
        for outline in root.iter(TEXT + "outline-style"):
            # Chapter numbering: the numbers of text:h headings. A level without a format
            # (LibreOffice's default outline) numbers nothing; the suffix defaults to none.
            entry = ListStyle()
            for child in outline:
                fmt = child.get(STYLE + "num-format", "")
                if child.tag != TEXT + "outline-level-style" or not fmt:
                    continue
                level = parse_int(child.get(TEXT + "level"), 1, 1, LIST_LEVELS)
                entry.levels[level] = (
                    _FORMATS.get(fmt, "decimal"), child.get(STYLE + "num-prefix", ""),
                    child.get(STYLE + "num-suffix", ""),
                    parse_int(child.get(TEXT + "display-levels"), 1, 1, LIST_LEVELS),
                    parse_int(child.get(TEXT + "start-value"), 1, 0, MAX_COUNTER))
            self.lists[OUTLINE] = entry
        for style in root.iter(STYLE + "style"):
            name = style.get(STYLE + "name", "")
            parent = style.get(STYLE + "parent-style-name")
            if parent:
                self.parents[name] = parent
            props = style.find(STYLE + "text-properties")
            if props is None:
                continue
            if props.get(FO + "font-weight") in ("bold", "700", "800"):
                self.bold.add(name)
            size = points(props.get(FO + "font-size"))
            if size is not None:
                self.sizes[name] = size

    def size(self, style: str) -> float:
        """A style's font size, its own or inherited; 0 when none is set."""
        for _ in range(_CHAIN):
            if style in self.sizes:
                return self.sizes[style]
            style = self.parents.get(style, "")
            if not style:
                break
        return 0.0

    def is_title(self, style: str) -> bool:
        """Whether a paragraph style is Title or made from it (an automatic style whose
        parent is Title)."""
        for _ in range(_CHAIN):
            if style == "Title":
                return True
            style = self.parents.get(style, "")
            if not style:
                return False
        return False
