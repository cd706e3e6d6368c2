"""Import workers that misbehave on purpose, run in the child process by test_isolation.

Each wraps the real worker loop; only its reading of one file is replaced."""

from __future__ import annotations

import ctypes
import os
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import app.core.importing
from app.core.importing import worker

_real_import = app.core.importing.import_bytes


def _misbehave(data: bytes, path: Path, *args: Any) -> Any:
    if data == b"segfault":
        ctypes.string_at(0)  # a native crash, as a broken PDF could cause in PDFium
    if data == b"abort":
        os.abort()
    if data == b"hang":
        while True:
            time.sleep(0.01)
    if data == b"memory":
        hoard = []
        while True:
            hoard.append(bytearray(64 * 2**20))
    if data == b"bug":
        raise AssertionError("a bug in a reader")
    return _real_import(data, path, *args)


def serve(connection: Connection, memory_limit: int) -> None:
    app.core.importing.import_bytes = _misbehave
    worker.serve(connection, memory_limit)
