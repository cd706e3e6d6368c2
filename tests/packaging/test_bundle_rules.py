"""What the bundles keep: the Qt modules, plugins and translations used, scipy.sparse only."""

from __future__ import annotations

import pytest

from tests.packaging.conftest import load

rules = load("packaging/bundle_rules.py")


@pytest.mark.parametrize("path", [
    "PySide6/QtCore.pyd", "PySide6/QtWidgets.pyd", "PySide6/Qt6Gui.dll", "PySide6/__init__.py",
    "PySide6/pyside6.abi3.dll", "PySide6/msvcp140.dll", "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/translations/qtbase_sv.qm", "PySide6/support/deprecated.py",
    "shiboken6/Shiboken.pyd", "scipy/__init__.py", "scipy/sparse/_csr.py",
    "scipy/_lib/_util.py", "numpy/_core/_multiarray_umath.cp313-win_amd64.pyd",
    "docx/templates/default.docx", "lxml/etree.cp313-win_amd64.pyd",
    "numpy-2.4.6.dist-info/METADATA", "lxml-6.1.3.dist-info/licenses/LICENSE.txt",
])
def test_used_files_are_kept(path: str) -> None:
    assert rules.keep_site_file(path)


@pytest.mark.parametrize("path", [
    "PySide6/QtQml.pyd", "PySide6/Qt6Quick.dll", "PySide6/opengl32sw.dll", "PySide6/QtCore.pyi",
    "PySide6/designer.exe", "PySide6/plugins/sqldrivers/qsqlite.dll",
    "PySide6/plugins/platforms/qdirect2d.dll", "PySide6/plugins/tls/qschannelbackend.dll",
    "PySide6/translations/qtbase_de.qm", "PySide6/translations/qt_sv.qm",
    "PySide6/qml/QtQuick/Controls/x.qml", "PySide6/resources/icudtl.dat",
    "scipy/linalg/_flapack.pyd", "scipy/stats/_stats.pyd", "scipy/sparse/linalg/_isolve.py",
    "scipy/sparse/tests/test_base.py", "numpy/_core/tests/test_api.py",
    "numpy/_core/include/numpy/ndarraytypes.h", "numpy-2.4.6.dist-info/RECORD",
    "pypdfium2_cli/__main__.py", "PySide6/support/__pycache__/x.cpython-310.pyc",
])
def test_unused_files_are_dropped(path: str) -> None:
    assert not rules.keep_site_file(path)


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_sv.qm", True),
    ("PySide6/Qt/translations/qtbase_fi.qm", False),
    ("resources/i18n/klausul_en.qm", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("libreadline.so.8", False),
    ("lib-dynload/../libgdbm.so.6", False),
    ("libpython3.11.so.1.0", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
])
def test_pyinstaller_entries(dest: str, kept: bool) -> None:
    assert rules.keep_bundle_entry(dest) is kept
