"""Process liveness for stale locks and crashed sessions."""

from __future__ import annotations

import os
import subprocess
import sys

from app.core.store.processes import process_alive


def test_running_ended_and_impossible_processes() -> None:
    assert process_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: its pid no longer names a process
    assert not process_alive(child.pid)
    assert not process_alive(0)
    assert not process_alive(-5)
