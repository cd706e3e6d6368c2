"""The bundled demo comparison: imports the sample agreements into a new untitled project."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.documents.model import DocumentMeta
from app.core.project import Project
from app.core.resources import demo_folder


def open_demo(workdir: Path, folder: Path | None = None) -> Project:
    """A new untitled project holding the demo agreements, the draft as base."""
    folder = folder or demo_folder()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    project = Project.new(workdir)
    for entry in manifest["documents"]:
        edit = project.documents.read_file(folder / entry["file"])
        project.apply(edit)
        document = edit.document
        project.apply(project.documents.set_meta(document.id, entry["title"], DocumentMeta(
            entry.get("region", ""), entry.get("kind", "other"), entry.get("date", ""))))
    project.mark_unmodified()
    return project
