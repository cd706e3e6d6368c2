"""Write resources/licences/: the licence text of every component Klausul's bundles ship.

The texts come from the components themselves (the wheels' dist-info licence files, the
embeddable CPython's LICENSE.txt) and, for Qt's LGPL-3 and the GPL-3 it builds on, from
Debian's /usr/share/common-licenses. Run after changing a pinned version:

    .venv/bin/python packaging/collect_licences.py WHEEL_DIR PYTHON_LICENSE_TXT

(scripts/build-windows-installer leaves both under .cache/windows/.) The output is
committed; tests/packaging/test_licences.py checks that every runtime dependency has one.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "licences"
COMMON = Path("/usr/share/common-licenses")

# distribution -> (shown name, SPDX expression as used by Klausul, where the source is)
COMPONENTS: dict[str, tuple[str, str, str]] = {
    "pyside6-essentials": ("Qt 6, Qt for Python (PySide6)", "LGPL-3.0-only",
                           "https://download.qt.io/official_releases/QtForPython/"),
    "shiboken6": ("Shiboken 6", "LGPL-3.0-only",
                  "https://download.qt.io/official_releases/QtForPython/"),
    "lxml": ("lxml, libxml2, libxslt", "BSD-3-Clause AND MIT", "https://lxml.de/"),
    "python-docx": ("python-docx", "MIT", "https://github.com/python-openxml/python-docx"),
    "diff-match-patch": ("diff-match-patch", "Apache-2.0",
                         "https://github.com/diff-match-patch-python/diff-match-patch"),
    "pypdfium2": ("pypdfium2, PDFium", "Apache-2.0 OR BSD-3-Clause (PDFium: BSD-3-Clause)",
                  "https://github.com/pypdfium2-team/pypdfium2"),
    "rapidfuzz": ("RapidFuzz", "MIT", "https://github.com/rapidfuzz/RapidFuzz"),
    "snowballstemmer": ("Snowball", "BSD-3-Clause", "https://github.com/snowballstem/snowball"),
    "numpy": ("NumPy, OpenBLAS", "BSD-3-Clause (OpenBLAS: BSD-3-Clause, GCC runtime: "
              "GPL-3.0-or-later WITH GCC-exception-3.1)", "https://numpy.org/"),
    "scipy": ("SciPy", "BSD-3-Clause", "https://scipy.org/"),
    "openpyxl": ("openpyxl", "MIT", "https://foss.heptapod.net/openpyxl/openpyxl"),
    "et-xmlfile": ("et_xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile"),
    "typing-extensions": ("typing_extensions", "PSF-2.0",
                          "https://github.com/python/typing_extensions"),
}
# pypdfium2 ships the licences of every platform's build; these apply to no desktop build.
PDFIUM_SKIP = ("android/", "cibw_musl/", "pbin_musl/", "v8_xfa/")


def _normal(name: str) -> str:
    return name.lower().replace("_", "-")


def wheel_texts(wheel: Path) -> list[tuple[str, str]]:
    """(file name, text) of each licence file in a wheel's dist-info, in archive order."""
    found = []
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            head, _, rest = name.partition("/")
            if not head.endswith(".dist-info") or name.endswith("/") or "/" not in name:
                continue
            is_licence = rest.startswith("licenses/") or rest.upper().startswith(
                ("LICENSE", "LICENCE", "COPYING", "NOTICE"))
            if not is_licence or rest.endswith("LicenseRef-Qt-Commercial.txt"):
                continue
            if any(part in rest for part in PDFIUM_SKIP):
                continue
            found.append((rest.removeprefix("licenses/"),
                          archive.read(name).decode("utf-8", "replace")))
    return found


def collect(wheels: Path, python_licence: Path, target: Path = TARGET) -> list[dict[str, object]]:
    """Write the texts and components.json into `target`; returns the component list."""
    target.mkdir(parents=True, exist_ok=True)
    components: list[dict[str, object]] = [{
        "id": "python", "name": "Python", "licence": "PSF-2.0",
        "source": "https://www.python.org/downloads/source/", "files": ["python.txt"]}]
    (target / "python.txt").write_text(python_licence.read_text("utf-8"), encoding="utf-8")
    for gnu, name in (("LGPL-3", "LGPL-3.0.txt"), ("GPL-3", "GPL-3.0.txt")):
        (target / name).write_text((COMMON / gnu).read_text("utf-8"), encoding="utf-8")
    # Qt first after Python: its LGPL asks for the most prominent notice.
    for wheel in sorted(wheels.glob("*.whl"), key=lambda w: (not w.name.lower().startswith(
            ("pyside6", "shiboken6")), w.name.lower())):
        distribution = _normal(wheel.name.split("-")[0])
        if distribution not in COMPONENTS:
            raise SystemExit(f"{wheel.name}: no licence entry in COMPONENTS")
        shown, licence, source = COMPONENTS[distribution]
        files = []
        if licence.startswith("LGPL-3.0"):
            files += ["LGPL-3.0.txt", "GPL-3.0.txt"]
        texts = wheel_texts(wheel)
        if texts:
            own = f"{distribution}.txt"
            body = "\n\n".join(f"==== {name} ====\n\n{text.strip()}" for name, text in texts)
            (target / own).write_text(body + "\n", encoding="utf-8")
            files.insert(0, own)
        if not files:
            raise SystemExit(f"{wheel.name}: no licence text found")
        components.append({"id": distribution, "name": shown, "licence": licence,
                           "source": source, "files": files})
    (target / "components.json").write_text(
        json.dumps(components, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return components


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    collect(Path(sys.argv[1]), Path(sys.argv[2]))
