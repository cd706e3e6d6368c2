"""What Klausul's bundles leave out: one list for build.spec and the Windows installer build.

Everything here was checked against what the app imports (`--selftest`, the GUI): Klausul uses
Qt Core, Gui and Widgets only, scipy.sparse only, and two Qt translations. Paths are POSIX,
relative to site-packages (or to the bundle root for PyInstaller).
"""

from __future__ import annotations

import re

QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets")
QT_TRANSLATIONS_KEPT = re.compile(r"qtbase_(sv|en)\.qm$")
# Qt plugins by folder: the platform plugins are per system; qico reads Windows icons.
QT_PLUGINS_KEPT = {
    "platforms": ("qwindows", "qxcb", "qwayland", "qoffscreen", "qminimal", "qcocoa"),
    "platformthemes": ("qgtk3", "qxdgdesktopportal"),
    "wayland-shell-integration": ("xdg-shell",),
    "wayland-decoration-client": ("bradient",),
    "wayland-graphics-integration-client": ("qt-plugin-wayland-egl",),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    "imageformats": ("qico",),
}
# Qt libraries PyInstaller's hooks collect although nothing in the bundle links them.
QT_LIBRARIES_DROPPED = re.compile(r"(^|/)libQt6(Network|Svg|Qml\w*|Quick\w*|Pdf)\.so")
SCIPY_SUBPACKAGES_KEPT = ("_lib", "sparse")
SCIPY_SPARSE_DROPPED = ("linalg", "csgraph")  # they need scipy.linalg, which is not shipped

# Standard-library modules no Klausul code path imports; readline and gdbm link GPL-only
# libraries (GNU readline, GNU dbm) and must never be bundled.
GPL_ONLY_MODULES = ("readline", "_gdbm", "dbm.gnu")
GPL_ONLY_LIBRARIES = re.compile(r"(^|/)lib(readline|gdbm|history)[.-]")
STDLIB_UNUSED = ("tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3",
                 "ensurepip", "venv", "pydoc_data", "curses", "_curses")
# Network and TLS pieces of the embeddable CPython: Klausul never opens a connection.
EMBED_DROPPED = ("_ssl.pyd", "libssl-3.dll", "libcrypto-3.dll", "_hashlib.pyd",
                 "winsound.pyd", "pythonw.exe")

_DROPPED_SUFFIXES = (".pyi", ".lib", ".h", ".hpp", ".c", ".cpp", ".pxd", ".pyx", ".cmake",
                     ".pc", ".a", ".f", ".f90")
_PYSIDE_TOP_KEPT = re.compile(
    r"(__init__\.py|_config\.py|_git_pyside_version\.py|py\.typed"
    r"|(" + "|".join(QT_MODULES_USED) + r")\.(pyd|abi3\.so|so)"
    r"|Qt6(Core|Gui|Widgets)\.dll|pyside6\.abi3\.dll"
    r"|msvcp140(_1|_2|_codecvt_ids)?\.dll|vcruntime140(_1)?\.dll|concrt140\.dll)$")


def _qt_plugin_kept(folder: str, name: str) -> bool:
    stem = name.split(".")[0].removeprefix("lib")
    return stem in QT_PLUGINS_KEPT.get(folder, ())


def keep_site_file(path: str) -> bool:
    """Whether a file of an unpacked wheel (POSIX path under site-packages) is shipped."""
    parts = path.split("/")
    name = parts[-1]
    if "__pycache__" in parts or "tests" in parts[:-1] or name.endswith(_DROPPED_SUFFIXES):
        return False
    top = parts[0]
    if top.endswith(".dist-info"):
        return name not in ("RECORD", "INSTALLER", "REQUESTED", "entry_points.txt")
    if top in ("pypdfium2_cli",) or path.startswith(("numpy/_core/include/", "lxml/includes/",
                                                    "numpy/_pyinstaller/", "numpy/f2py/src/")):
        return False
    if top == "PySide6":
        return _keep_pyside(parts)
    if top == "shiboken6":
        return not path.startswith("shiboken6/include/")
    if top == "scipy" and len(parts) > 2:
        if parts[1] not in SCIPY_SUBPACKAGES_KEPT:
            return False
        return not (parts[1] == "sparse" and parts[2] in SCIPY_SPARSE_DROPPED)
    return True


def _keep_pyside(parts: list[str]) -> bool:
    if len(parts) == 2:
        return bool(_PYSIDE_TOP_KEPT.fullmatch(parts[1]))
    folder = parts[1]
    if folder == "support":
        return True
    if folder == "translations":
        return bool(QT_TRANSLATIONS_KEPT.search(parts[-1]))
    if folder == "plugins" and len(parts) == 4:
        return _qt_plugin_kept(parts[2], parts[3])
    return False


def keep_bundle_entry(dest: str) -> bool:
    """Whether a PyInstaller TOC entry (its destination path) stays in build.spec's bundle."""
    dest = dest.replace("\\", "/")
    if GPL_ONLY_LIBRARIES.search(dest) or QT_LIBRARIES_DROPPED.search(dest):
        return False
    if "/translations/" in dest and dest.endswith(".qm") and not dest.startswith("resources/"):
        return bool(QT_TRANSLATIONS_KEPT.search(dest))
    if dest.endswith(("opengl32sw.dll", ".pyi")):
        return False
    match = re.search(r"/plugins/([^/]+)/([^/]+)$", dest)
    if match and "PySide6" in dest:
        return _qt_plugin_kept(match.group(1), match.group(2))
    return True
