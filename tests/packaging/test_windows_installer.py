"""scripts/test-windows-installer passes: build the installer, then install, use and uninstall
it under Wine (packaging/windows/wine/test_installer.py says what is checked). CI installs NSIS,
mingw-w64 and Wine; a developer machine without them skips with the command to install them."""

from __future__ import annotations

import subprocess

import pytest

from tests.packaging.conftest import ROOT, need_tools

pytestmark = pytest.mark.slow


@pytest.mark.timeout(1800)
def test_the_installer_installs_runs_and_uninstalls_under_wine() -> None:
    need_tools("nsis", "makensis", "x86_64-w64-mingw32-gcc")
    need_tools("wine", "wine", "wineserver")
    script = str(ROOT / "scripts" / "test-windows-installer")
    result = subprocess.run([script], cwd=ROOT, capture_output=True, text=True, timeout=1700)
    print(result.stdout)
    built = "installer size" in result.stdout
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "Wine-test godkänt" in result.stdout
    assert built
