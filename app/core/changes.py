"""What an edit touched, one flag per slice, so each view reloads only its own."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

SLICES = ("documents", "alignment", "links", "settings", "tags", "codebook", "draft",
          "versions", "decisions")


@dataclass(frozen=True, slots=True)
class Changes:
    """Which slices of a project changed, and the edit that changed them (None for a reload)."""

    documents: bool = False  # the document list, a document's metadata or visibility
    alignment: bool = False  # inputs of the alignment (so its rows may change)
    links: bool = False  # manual links and unlinks
    settings: bool = False  # project settings (the base document, options)
    tags: bool = False
    codebook: bool = False
    draft: bool = False
    versions: bool = False
    decisions: bool = False  # the group's decisions on rows (workshop mode)
    edit: object | None = None

    @classmethod
    def everything(cls) -> Changes:
        """Every slice: what a freshly opened project means to its views."""
        return cls(**{name: True for name in SLICES})

    def __or__(self, other: Changes) -> Changes:
        merged = {name: getattr(self, name) or getattr(other, name) for name in SLICES}
        return Changes(**merged, edit=self.edit if self.edit is not None else other.edit)

    def caused_by(self, edit: object) -> Changes:
        """The same flags, carrying the edit that caused them."""
        return replace(self, edit=edit)

    def any(self, *names: str) -> bool:
        """True if any of the named slices changed."""
        return any(getattr(self, name) for name in names)

    @property
    def touched(self) -> tuple[str, ...]:
        """The names of the slices that changed."""
        return tuple(f.name for f in fields(self) if f.name in SLICES and getattr(self, f.name))
