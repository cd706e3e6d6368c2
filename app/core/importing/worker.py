"""The child side of isolated imports: a loop that reads files sent over a pipe.

It runs in its own process (multiprocessing, spawn) under a memory limit, so a reader that
crashes natively (PDFium), loops or swallows memory takes only this process down. Every
reply is one tuple: ("document", Document) | ("refused", DocumentReadError) |
("untyped", type name, message, traceback), with the process's peak memory (bytes, or 0
where the platform does not tell)."""

from __future__ import annotations

import signal
import sys
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from app.core.errors import DocumentReadError, ReadProblem

_JOB: list[object] = []  # keeps the Windows job object's handle alive with the process


def peak_memory() -> int:
    """This process's peak resident memory in bytes (0 if unknown)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) * (1 if sys.platform == "darwin" else 1024)


def limit_memory(limit: int) -> bool:
    """Cap this process's memory at `limit` bytes; True if the platform enforces it."""
    if limit <= 0:
        return False
    if sys.platform == "win32":
        return _limit_windows(limit)
    try:
        import resource

        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        return False
    return True


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    class _IoCounters(ctypes.Structure):
        _fields_ = [(name, ctypes.c_ulonglong) for name in (
            "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
            "ReadTransferCount", "WriteTransferCount", "OtherTransferCount")]

    class _BasicLimits(ctypes.Structure):
        _fields_ = [("PerProcessUserTimeLimit", ctypes.c_int64),
                    ("PerJobUserTimeLimit", ctypes.c_int64),
                    ("LimitFlags", wintypes.DWORD),
                    ("MinimumWorkingSetSize", ctypes.c_size_t),
                    ("MaximumWorkingSetSize", ctypes.c_size_t),
                    ("ActiveProcessLimit", wintypes.DWORD),
                    ("Affinity", ctypes.c_size_t),
                    ("PriorityClass", wintypes.DWORD),
                    ("SchedulingClass", wintypes.DWORD)]

    class _ExtendedLimits(ctypes.Structure):
        _fields_ = [("BasicLimitInformation", _BasicLimits),
                    ("IoInfo", _IoCounters),
                    ("ProcessMemoryLimit", ctypes.c_size_t),
                    ("JobMemoryLimit", ctypes.c_size_t),
                    ("PeakProcessMemoryUsed", ctypes.c_size_t),
                    ("PeakJobMemoryUsed", ctypes.c_size_t)]

    _JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
    _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
    _EXTENDED_LIMIT_INFORMATION = 9

    def _limit_windows(limit: int) -> bool:
        # A job object caps the committed memory of the processes in it; an allocation
        # beyond it fails (MemoryError in Python, a crash in native code: both refusals).
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        kernel32.GetCurrentProcess.restype = wintypes.HANDLE
        kernel32.SetInformationJobObject.argtypes = [wintypes.HANDLE, ctypes.c_int,
                                                     ctypes.c_void_p, wintypes.DWORD]
        kernel32.AssignProcessToJobObject.argtypes = [wintypes.HANDLE, wintypes.HANDLE]
        job = kernel32.CreateJobObjectW(None, None)
        if not job:
            return False
        info = _ExtendedLimits()
        info.BasicLimitInformation.LimitFlags = (_JOB_OBJECT_LIMIT_PROCESS_MEMORY
                                                 | _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE)
        info.ProcessMemoryLimit = limit
        if not kernel32.SetInformationJobObject(job, _EXTENDED_LIMIT_INFORMATION,
                                                ctypes.byref(info), ctypes.sizeof(info)):
            return False
        if not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
            return False
        _JOB.append(job)
        return True


def _preload() -> None:
    # Load every reader before the first file, so its time is the file's own.
    from app.core.importing import _READERS, _reader

    for kind in _READERS:
        _reader(kind)


def read_one(data: bytes, name: str, document_id: str | None) -> tuple[Any, ...]:
    """Import one file here and now; the reply tuple the parent gets."""
    from app.core.documents.model import DocumentId
    from app.core.importing import import_bytes

    path = Path(name)
    try:
        document = import_bytes(data, path, DocumentId(document_id) if document_id else None)
    except DocumentReadError as exc:
        return ("refused", exc)
    except MemoryError:
        return ("refused", DocumentReadError(path, ReadProblem.TOO_MUCH_MEMORY))
    except RecursionError:
        return ("refused", DocumentReadError(path, ReadProblem.TOO_DEEP))
    except Exception as exc:  # a reader bug: reported as such, never a crash of the app
        return ("untyped", type(exc).__name__, str(exc)[:200], traceback.format_exc())
    return ("document", document)


def serve(connection: Connection, memory_limit: int) -> None:
    """Answer import requests until the pipe closes (the parent ended or stopped us)."""
    # Ctrl+C in a terminal reaches the whole process group: the parent decides, and this
    # process must not print a KeyboardInterrupt traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_memory(memory_limit)
    _preload()
    try:
        connection.send(("ready", peak_memory()))
    except OSError:
        return
    while True:
        try:
            request = connection.recv()
            if request is None:
                return
            name, document_id = request
            data = connection.recv_bytes()
        except (EOFError, OSError):
            return
        reply = read_one(data, name, document_id)
        del data
        try:
            connection.send((reply, peak_memory()))
        except OSError:  # the parent is gone or stopped waiting
            return
        if reply[0] != "document" and reply[0] != "refused":
            return  # after a reader bug, start clean
        if reply[0] == "refused" and reply[1].problem is ReadProblem.TOO_MUCH_MEMORY:
            return  # the heap may be fragmented after a MemoryError
