"""The bundled demo comparison, opened at first start: a prebuilt project file (its alignment
stored, so the first paint computes nothing), rebuilt from the sample agreements by
`scripts/build-demo` whenever they or the aligner change."""

from __future__ import annotations

import json
from pathlib import Path

from app.core.documents.model import DocumentMeta
from app.core.project import Project
from app.core.resources import demo_folder

PROJECT_NAME = "demo.klausul"


def open_demo(workdir: Path, folder: Path | None = None) -> Project:
    """A new untitled project holding the demo agreements, the draft as base."""
    folder = folder or demo_folder()
    prebuilt = folder / PROJECT_NAME
    if prebuilt.is_file():
        return Project.open(prebuilt, workdir, mode="copy")
    return import_demo(workdir, folder)


def import_demo(workdir: Path, folder: Path) -> Project:
    """The demo built from its sources, as `manifest.json` lists them."""
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


def build_demo(folder: Path | None = None) -> Path:
    """Write `demo.klausul` beside the sources, aligned and stored; returns its path."""
    import tempfile

    folder = folder or demo_folder()
    target = folder / PROJECT_NAME
    with tempfile.TemporaryDirectory(prefix="klausul-demo-") as work:
        project = import_demo(Path(work), folder)
        try:
            project.alignment()  # computed and stored with the key it was made from
            project.save(target)
        finally:
            project.close()
    for leftover in (target.with_name(target.name + ".bak"),
                     target.with_name(f"~${target.name}.lock")):
        leftover.unlink(missing_ok=True)
    return target


if __name__ == "__main__":
    print(build_demo())
