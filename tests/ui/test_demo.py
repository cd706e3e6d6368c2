"""The bundled demo project is current: its documents are the sources' bytes and its stored
alignment is what the aligner makes of them now (else run scripts/build-demo)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from app.core.resources import demo_folder
from app.ui.demo import PROJECT_NAME, import_demo, open_demo


def test_the_prebuilt_demo_matches_its_sources_and_the_aligner(tmp_path: Path) -> None:
    folder = demo_folder()
    assert (folder / PROJECT_NAME).is_file(), "run scripts/build-demo"
    project = open_demo(tmp_path / "work")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    sources = [hashlib.sha256((folder / e["file"]).read_bytes()).hexdigest()
               for e in manifest["documents"]]
    assert [d.sha256 for d in project.documents()] == sources, "run scripts/build-demo"
    assert [d.title for d in project.documents()] == [e["title"] for e in manifest["documents"]]
    stored = project.alignment.current()
    assert stored is not None, "the demo's alignment is stale: run scripts/build-demo"
    assert stored.rows == project.alignment.job().run().rows, "run scripts/build-demo"
    assert project.path is None and not project.modified  # an untitled copy
    project.close()


def test_without_the_prebuilt_file_the_demo_is_imported(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    folder.mkdir()
    for source in demo_folder().iterdir():
        if source.name != PROJECT_NAME:
            (folder / source.name).write_bytes(source.read_bytes())
    project = open_demo(tmp_path / "work", folder)
    built = import_demo(tmp_path / "work2", demo_folder())
    assert [d.id for d in project.documents()] == [d.id for d in built.documents()]
    project.close()
    built.close()
