"""build.spec freezes a bundle that works: its --selftest passes, its CLI prints and keeps exit
codes, it carries the licences and no GPL-only library. Builds with PyInstaller (a dev extra),
so it runs wherever `scripts/setup-venv --dev` ran, CI included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT

pytestmark = pytest.mark.slow
CLI = "klausul" if sys.platform.startswith("linux") else "klausul-cli"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    assert pyinstaller.exists(), "PyInstaller is a dev dependency: scripts/setup-venv --dev"
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath",
                    str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
                   cwd=ROOT, check=True, timeout=600, capture_output=True)
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    yield work / "dist" / "Klausul"


def _run(bundle: Path, *args: str, program: str = CLI) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "KLAUSUL"))}
    return subprocess.run([str(bundle / program), *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, cwd=bundle.parent,
                          env={**env, "QT_QPA_PLATFORM": "offscreen"})


def test_the_frozen_selftest_passes(bundle: Path) -> None:
    result = _run(bundle, "--selftest")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("självtest godkänt")


def test_the_frozen_cli_prints_json_and_keeps_exit_codes(bundle: Path) -> None:
    demo = ROOT / "comparisons" / "demo" / "vastera.md"
    frozen = _run(bundle, "inspect", str(demo), "--json")
    assert frozen.returncode == 0, frozen.stderr
    source = subprocess.run([sys.executable, "-m", "app", "inspect", str(demo), "--json"],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(frozen.stdout) == json.loads(source.stdout)
    assert _run(bundle, "--version").stdout.startswith("klausul ")
    missing = _run(bundle, "inspect", "saknas.docx")
    assert missing.returncode == 2 and "filen finns inte" in missing.stderr


def test_the_windowed_program_renders_the_main_window(bundle: Path, tmp_path: Path) -> None:
    shot = tmp_path / "main.png"
    env_home = tmp_path / "home"
    result = subprocess.run([str(bundle / "Klausul"), "--screenshot", str(shot)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "KLAUSUL_HOME": str(env_home)})
    assert result.returncode == 0, result.stderr
    assert shot.stat().st_size > 20_000


def test_the_bundle_ships_licences_and_nothing_gpl_only(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "licences" / "LGPL-3.0.txt").is_file()
    assert (internal / "resources" / "licences" / "components.json").is_file()
    names = [p.name.lower() for p in bundle.rglob("*") if p.is_file()]
    assert not [n for n in names if "readline" in n or "gdbm" in n]
    assert not [n for n in names if "qt6qml" in n or "qt6quick" in n or "qt6network" in n]
    assert not (internal / "scipy" / "linalg").exists()
    size = sum(p.stat().st_size for p in bundle.rglob("*")
               if p.is_file() and not p.is_symlink())
    assert size < 260 * 2**20, f"{size / 2**20:.0f} MiB"
