"""Imports in a child process with a time and a memory limit.

A reader that crashes natively (PDFium), loops or swallows memory ends in a refusal that
names the file, and the app lives on. One worker process (multiprocessing, spawn: the same
on Linux, macOS, Windows and in a frozen bundle, where app/__main__.py calls
`multiprocessing.freeze_support()`) serves imports one at a time and is kept between them,
so only the first import pays for its start (~0.1 s); a crash, a timeout or a cancel ends
it and the next import starts a fresh one. The cancel token is polled while the child
works: cancelling kills the child at once.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from app.core.documents.model import Document, DocumentId
from app.core.errors import DocumentReadError, ReadProblem
from app.core.importing import worker
from app.core.progress import Cancelled, CancelToken

_POLL_SECONDS = 0.05
Serve = Callable[[Connection, int], None]


@dataclass(frozen=True, slots=True)
class Limits:
    """What one import may take: wall-clock seconds and bytes of memory (address space on
    Linux, committed memory on Windows; not enforced on macOS)."""

    seconds: float = 120.0
    memory: int = 2 * 2**30


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one isolated import.

    kind: "document" (document set), "refused" (error set: the reader's typed refusal),
    "untyped" (a reader bug: detail holds the traceback), "crashed" (the child died:
    detail holds its exit code), "timeout". peak_memory: the child's peak resident memory
    in bytes so far (0 if the platform does not tell)."""

    kind: str
    document: Document | None = None
    error: DocumentReadError | None = None
    detail: str = ""
    seconds: float = 0.0
    peak_memory: int = 0


def child_interpreter() -> str | None:
    """The interpreter to start the child with, when `sys.executable` is not one.

    Klausul's Windows launchers (Klausul.exe, bin\\klausul.exe) load the bundled Python's DLL
    into themselves, so `sys.executable` is the launcher: started as multiprocessing's child
    it would open the app, not the worker. The child then runs on the runtime's own
    pythonw.exe (no console window, also for the CLI: the child talks through its pipe
    only), else python.exe. None: the default is right (a python executable, or a frozen
    bundle, whose child is the bundle itself through freeze_support)."""
    executable = Path(sys.executable or "")
    if getattr(sys, "frozen", False) or executable.name.lower().startswith("python"):
        return None
    for folder in dict.fromkeys((Path(sys.exec_prefix), Path(sys.base_exec_prefix),
                                 executable.parent / "runtime", executable.parent)):
        for name in ("pythonw.exe", "python.exe"):
            candidate = folder / name
            if candidate.is_file():
                return str(candidate)
    return None


@contextmanager
def _main_not_rerun() -> Iterator[None]:
    """Start a spawned child without running the parent's main module again in it.

    spawn re-imports the main script in the child (multiprocessing's "safe importing of
    main module"); the worker needs nothing from it, and a script that imports a file at
    its top level would otherwise start imports recursively and kill its own worker."""
    main = sys.modules.get("__main__")
    if main is None:
        yield
        return
    saved: dict[str, object] = {name: main.__dict__[name]
                                for name in ("__file__", "__spec__") if name in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__dict__["__spec__"] = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


class _Worker:
    def __init__(self, limits: Limits, serve: Serve) -> None:
        context = multiprocessing.get_context("spawn")
        interpreter = child_interpreter()
        if interpreter is not None:
            context.set_executable(interpreter)
        self.limits = limits
        self.serve = serve
        self.connection, child_end = context.Pipe(duplex=True)
        self.process: BaseProcess = context.Process(
            target=serve, args=(child_end, limits.memory), daemon=True,
            name="klausul-import")
        with _main_not_rerun():
            self.process.start()
        child_end.close()
        self.peak_memory = 0
        self.ready = False

    def alive(self) -> bool:
        return self.process.is_alive()

    def stop(self) -> None:
        """Kill the child now (a cancel, a timeout, or the end of the session)."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.connection.close()


_LOCK = threading.Lock()
_current: _Worker | None = None


def _worker(limits: Limits, serve: Serve) -> _Worker:
    global _current
    if _current is not None and (not _current.alive() or _current.limits != limits
                                 or _current.serve is not serve):
        _current.stop()
        _current = None
    if _current is None:
        _current = _Worker(limits, serve)
    return _current


def _drop(current: _Worker) -> None:
    global _current
    current.stop()
    if _current is current:
        _current = None


def shutdown() -> None:
    """Stop the worker process (it also ends with this process)."""
    with _LOCK:
        if _current is not None:
            _drop(_current)


def _wait(current: _Worker, deadline: float, cancel: CancelToken | None) -> Any:
    """The child's next message; None if it died; raises Cancelled or TimeoutError."""
    connection = current.connection
    while True:
        if cancel is not None and cancel.cancelled:
            raise Cancelled
        try:
            if connection.poll(_POLL_SECONDS):
                return connection.recv()
        except (EOFError, OSError):
            return None
        if not current.alive() and not connection.poll(0):
            return None
        if time.monotonic() > deadline:
            raise TimeoutError


def run(data: bytes, path: Path, document_id: DocumentId | None = None,
        limits: Limits = DEFAULT_LIMITS, cancel: CancelToken | None = None, *,
        serve: Serve = worker.serve) -> Outcome:
    """Import `data` (the bytes of `path`) in the worker process and say what happened.

    Raises Cancelled when the token is set (the child is killed). `serve` is the child's
    main function (tests give one that crashes or hangs on purpose)."""
    started = time.monotonic()
    with _LOCK:
        current = _worker(limits, serve)
        deadline = started + limits.seconds
        try:
            if not current.ready:
                hello = _wait(current, deadline, cancel)
                if hello is None:
                    raise BrokenPipeError
                current.ready = True
            current.connection.send((str(path), document_id))
            current.connection.send_bytes(data)
            message = _wait(current, deadline, cancel)
        except Cancelled:
            _drop(current)
            raise
        except TimeoutError:
            _drop(current)
            return Outcome("timeout", seconds=time.monotonic() - started,
                           peak_memory=current.peak_memory)
        except (BrokenPipeError, OSError):
            message = None
        elapsed = time.monotonic() - started
        if message is None:
            current.process.join(5)
            code = current.process.exitcode
            _drop(current)
            return Outcome("crashed", detail=str(code), seconds=elapsed,
                           peak_memory=current.peak_memory)
        reply, current.peak_memory = message
        if reply[0] not in ("document", "refused"):
            _drop(current)  # the child ends itself after a bug; do not wait for it
        elif reply[0] == "refused" and reply[1].problem is ReadProblem.TOO_MUCH_MEMORY:
            _drop(current)
    if reply[0] == "document":
        return Outcome("document", document=reply[1], seconds=elapsed,
                       peak_memory=current.peak_memory)
    if reply[0] == "refused":
        return Outcome("refused", error=reply[1], seconds=elapsed,
                       peak_memory=current.peak_memory)
    return Outcome("untyped", detail=f"{reply[1]}: {reply[2]}\n{reply[3]}", seconds=elapsed,
                   peak_memory=current.peak_memory)


def import_isolated(data: bytes, path: Path, document_id: DocumentId | None = None,
                    limits: Limits = DEFAULT_LIMITS, cancel: CancelToken | None = None, *,
                    serve: Serve = worker.serve) -> Document:
    """The Document in `data`, read in the worker process; DocumentReadError otherwise
    (a crash, a timeout or too much memory are refusals naming the file too)."""
    outcome = run(data, path, document_id, limits, cancel, serve=serve)
    if outcome.document is not None:
        return outcome.document
    if outcome.error is not None:
        raise outcome.error
    if outcome.kind == "timeout":
        raise DocumentReadError(path, ReadProblem.TIMEOUT)
    if outcome.kind == "crashed":
        raise DocumentReadError(path, ReadProblem.READER_CRASHED)
    first_line = outcome.detail.split("\n", 1)[0]
    raise DocumentReadError(path, ReadProblem.READER_FAILED, first_line.split(":", 1)[0])
