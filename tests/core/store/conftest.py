"""Small and read-only disks for fault injection: real tmpfs mounts where this process may
mount them (root, as in CI), else None (the tests then inject the OS error instead)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, check=False).returncode == 0


@contextmanager
def _tmpfs(folder: Path, size_kb: int) -> Iterator[Path | None]:
    folder.mkdir(parents=True, exist_ok=True)
    if os.environ.get("KLAUSUL_FAULTS_NO_MOUNT") == "1" and os.environ.get("CI") != "true":
        yield None  # try the injected-error paths on a machine that could mount
        return
    if os.name != "posix" or os.geteuid() != 0 or shutil.which("mount") is None or not _run(
            "mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(folder)):
        if os.environ.get("CI") == "true":  # CI runs as root: the real disk must be there
            pytest.fail("CI cannot mount a small tmpfs for the disk-full tests")
        yield None
        return
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


@pytest.fixture
def small_disk(tmp_path: Path) -> Callable[[int], contextmanager[Path | None]]:
    """small_disk(kb): a folder on a tmpfs of that size, or None where none can be mounted."""
    count = iter(range(100))
    return lambda size_kb: _tmpfs(tmp_path / f"disk{next(count)}", size_kb)


def make_read_only(folder: Path) -> bool:
    """Remount a small_disk folder read-only; False if that is not possible here."""
    return _run("mount", "-o", "remount,ro", str(folder))
