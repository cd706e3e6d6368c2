"""What an edit touched, so each view reloads only its slice."""

from __future__ import annotations

from dataclasses import dataclass, field

FLAGS = ("documents", "alignment", "links", "settings")


@dataclass(frozen=True)
class Changes:
    """Flags: documents (list or metadata), alignment (rows), links, settings."""

    flags: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *flags: str) -> Changes:
        """Changes with the given flags."""
        unknown = set(flags) - set(FLAGS)
        if unknown:
            raise ValueError(f"unknown change flags: {sorted(unknown)}")
        return cls(frozenset(flags))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.flags | other.flags)

    def __contains__(self, flag: object) -> bool:
        return flag in self.flags
