"""The components Klausul ships and their licences, as listed in resources/licences/."""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from app.core.resources import licences_folder


@dataclass(frozen=True)
class Component:
    """One bundled component: what it is, its licence (SPDX), its licence files."""

    id: str
    name: str
    licence: str
    source: str
    files: tuple[str, ...]

    @property
    def version(self) -> str:
        """The installed version ("" when the component is not installed here)."""
        if self.id == "python":
            return platform.python_version()
        try:
            return metadata.version(self.id)
        except metadata.PackageNotFoundError:
            return ""


def components(folder: Path | None = None) -> tuple[Component, ...]:
    """Every component in `components.json`, in its order (Python first)."""
    folder = folder or licences_folder()
    entries = json.loads((folder / "components.json").read_text(encoding="utf-8"))
    return tuple(Component(str(e["id"]), str(e["name"]), str(e["licence"]), str(e["source"]),
                           tuple(str(f) for f in e["files"])) for e in entries)


def licence_text(component: Component, folder: Path | None = None) -> str:
    """The component's licence files, one after the other, each under its file name."""
    folder = folder or licences_folder()
    parts = [f"{'=' * 8} {name} {'=' * 8}\n\n{(folder / name).read_text(encoding='utf-8')}"
             for name in component.files]
    return "\n\n".join(parts)
