"""Projects built from files written on the fly (text, Markdown, DOCX, ODT bytes)."""

from __future__ import annotations

from pathlib import Path

from app.core.documents.model import DocumentMeta
from app.core.project import Project


def project_with(workdir: Path, folder: Path, files: list[tuple[str, str | bytes]],
                 titles: dict[int, str] | None = None) -> Project:
    """A new project holding `files` (name, content) in order; `titles` renames some."""
    project = Project.new(workdir, "anna")
    for name, content in files:
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        project.apply(project.documents.read_file(path))
    for index, title in (titles or {}).items():
        document = project.documents()[index]
        project.apply(project.documents.set_meta(document.id, title, DocumentMeta()))
    project.mark_unmodified()
    return project
