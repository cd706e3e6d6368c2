"""A lock file beside a project that says who has it open for editing."""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.errors import ProjectError, ProjectLockedError, ProjectProblem
from app.core.store.processes import process_alive


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock."""

    user: str
    host: str
    pid: int
    since: str


def lock_path(project: Path) -> Path:
    """'~$name.klausul.lock' beside the project, like Office's owner files."""
    return project.with_name(f"~${project.name}.lock")


def current_user() -> str:
    """The logged-in user's name, or 'okänd'."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "okänd"



def read_owner(project: Path) -> LockOwner | None:
    """The current holder, or None if unlocked, unreadable or stale (dead process here)."""
    try:
        data = json.loads(lock_path(project).read_text(encoding="utf-8"))
        owner = LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]),
                          str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if owner.host == socket.gethostname() and not process_alive(owner.pid):
        return None
    return owner


def acquire(project: Path, user: str) -> None:
    """Take the lock or raise ProjectLockedError naming who holds it; ProjectError
    (LOCK_FAILED) when the lock file cannot be written (a read-only folder, a full disk)."""
    owner = read_owner(project)
    if owner is not None and not (owner.pid == os.getpid()
                                  and owner.host == socket.gethostname()):
        raise ProjectLockedError(project, owner.user, owner.host, owner.since)
    record = {"user": user, "host": socket.gethostname(), "pid": os.getpid(),
              "since": datetime.now(UTC).astimezone().isoformat(timespec="seconds"),
              "app": "Klausul"}
    target = lock_path(project)
    temporary = target.with_name(target.name + ".tmp")
    try:
        temporary.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        temporary.replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise ProjectError.from_os(project, ProjectProblem.LOCK_FAILED, exc) from None


def release(project: Path) -> None:
    """Remove our lock (never someone else's)."""
    owner = read_owner(project)
    if owner is None or (owner.pid == os.getpid() and owner.host == socket.gethostname()):
        with contextlib.suppress(OSError):
            lock_path(project).unlink()
