"""Packaging tests load the build scripts by path: packaging/ is not a Python package."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
IN_CI = os.environ.get("CI") == "true"


def load(relative: str) -> ModuleType:
    """Import a script under packaging/ as a module."""
    path = ROOT / relative
    sys.path.insert(0, str(path.parent))
    sys.path.insert(0, str(ROOT / "packaging"))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def need_tools(group: str, *commands: str) -> None:
    """Install a Debian tool group in CI (never skip there); skip with a reason elsewhere."""
    if all(shutil.which(c) for c in commands):
        return
    if IN_CI:
        subprocess.run([str(ROOT / "scripts" / "install-packaging-tools"), group], check=True)
        missing = [c for c in commands if not shutil.which(c)]
        assert not missing, f"installed {group} but still missing {missing}"
        return
    pytest.skip(f"needs {', '.join(commands)} (scripts/install-packaging-tools {group}, "
                "as root); CI installs them")
