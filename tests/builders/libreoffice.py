"""Print DOCX files to PDF with LibreOffice headless, the way a user's Word would print them.

LibreOffice takes 1-2 s to start, so every file is converted in one `soffice` call and the
PDFs are cached by content hash in a directory the caller keeps for the test session.
When `soffice` is missing, tests skip with the reason on a developer machine and fail under
CI=true (`.ci/run` installs it there).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

_INSTALL_HINT = ("apt-get install --no-install-recommends libreoffice-writer-nogui "
                 "fonts-liberation fonts-crosextra-carlito")


def find_soffice() -> str | None:
    """The path of LibreOffice's soffice, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice() -> str:
    """The path of LibreOffice's soffice; skip (fail under CI=true) when it is not there."""
    found = find_soffice()
    if found:
        return found
    reason = f"LibreOffice headless (soffice) is not installed: {_INSTALL_HINT}"
    if os.environ.get("CI", "").casefold() == "true":
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def print_to_pdf(documents: dict[str, bytes], cache: Path) -> dict[str, bytes]:
    """PDF bytes per name for DOCX bytes per name, converted in one soffice run."""
    return convert_all(documents, cache, "pdf")


def convert_all(documents: dict[str, bytes], cache: Path, target: str) -> dict[str, bytes]:
    """`target` ("pdf", "odt") bytes per name for DOCX bytes per name, converted in one
    soffice run and kept in `cache` by content."""
    program = soffice()
    cache.mkdir(parents=True, exist_ok=True)
    keys = {name: hashlib.sha256(data).hexdigest()[:16] for name, data in documents.items()}
    missing = [name for name, key in keys.items() if not (cache / f"{key}.{target}").is_file()]
    if missing:
        source = cache / "docx"
        source.mkdir(exist_ok=True)
        paths = []
        for name in missing:
            path = source / f"{keys[name]}.docx"
            path.write_bytes(documents[name])
            paths.append(str(path))
        profile = (cache / "profile").resolve().as_uri()
        completed = subprocess.run(
            [program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
             "--convert-to", target, "--outdir", str(cache), *paths],
            capture_output=True, text=True, timeout=300, check=False)
        failed = [name for name in missing if not (cache / f"{keys[name]}.{target}").is_file()]
        if failed:
            raise RuntimeError(f"soffice did not convert {failed}: {completed.stderr[-400:]}")
    return {name: (cache / f"{key}.{target}").read_bytes() for name, key in keys.items()}


def convert(source: Path, target_format: str, folder: Path) -> Path:
    """Convert `source` with LibreOffice headless into `folder` ("pdf", "docx:MS Word 2007
    XML"); returns the new file."""
    program = soffice()
    folder.mkdir(parents=True, exist_ok=True)
    profile = (folder / ".lo-profile").resolve().as_uri()
    subprocess.run([program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", target_format, "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=180)
    result = folder / f"{source.stem}.{target_format.split(':', 1)[0]}"
    assert result.is_file(), f"LibreOffice wrote no {result.name}"
    return result
