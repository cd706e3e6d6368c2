"""Writing files so that a reader never sees half of one: a temporary file beside the
target, flushed to disk, then one atomic replace; what an interrupted write left behind is
removed by the next write of the same target."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from app.core.errors import ProjectError, ProjectProblem

REPLACE_RETRIES = 10


def temporary_name(target: Path) -> Path:
    """A fresh temporary file beside `target`: '.name.klausul.tmp-1a2b3c4d'."""
    import uuid  # here, not at start-up: uuid loads platform (the app's first paint needs neither)

    return target.with_name(f".{target.name}.tmp-{uuid.uuid4().hex[:8]}")


def _glob_escape(name: str) -> str:
    return "".join(f"[{char}]" if char in "*?[" else char for char in name)


def remove_stale_temporaries(target: Path) -> int:
    """Remove the temporaries an interrupted write of `target` left beside it (a save killed
    before its replace); the number removed. Called only by the one who may write the
    target now (the holder of a project's lock), so no write in progress owns them."""
    removed = 0
    try:
        leftovers = list(target.parent.glob(f".{_glob_escape(target.name)}.tmp-*"))
    except OSError:
        return 0
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed


def fsync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    with open(path, "rb+") as handle:  # noqa: PTH123 - need the descriptor for fsync
        os.fsync(handle.fileno())


def replace(source: Path, target: Path) -> None:
    """os.replace with retries: antivirus and sync clients hold files open on Windows."""
    for attempt in range(REPLACE_RETRIES):
        try:
            source.replace(target)
            return
        except PermissionError:
            if attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def replace_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Let `write` fill a temporary file beside `target`, then put it in place at once; an
    OSError leaves the previous file, if any, untouched (and no temporary behind)."""
    target = target.resolve()
    remove_stale_temporaries(target)
    temporary = temporary_name(target)
    try:
        write(temporary)
        fsync_file(temporary)
        replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """`replace_atomically`, with a refusal as ProjectError(NOT_WRITTEN) naming the target
    and the cause (a full disk, no permission, the file open in another program)."""
    try:
        replace_atomically(target, write)
    except OSError as exc:
        raise ProjectError.from_os(target.resolve(), ProjectProblem.NOT_WRITTEN, exc) from None
