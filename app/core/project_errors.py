"""Errors raised when a project file cannot be opened, edited or saved."""

from __future__ import annotations

from pathlib import Path

from app.core.errors import KlausulError


class ProjectError(KlausulError):
    """A project file cannot be opened or saved; str() is one clear Swedish line."""


class ProjectLockedError(ProjectError):
    """Another user (or another window) has the project open for editing."""

    def __init__(self, path: Path, owner: str) -> None:
        self.path = path
        self.owner = owner
        super().__init__(f"{path.name}: öppen för redigering av {owner}")
