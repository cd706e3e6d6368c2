"""Local working copies of projects, atomic saving, and recovery after a crash."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core.errors import ProjectError, ProjectProblem
from app.core.files import fsync_file, remove_stale_temporaries, replace, temporary_name
from app.core.store.connection import is_corruption, sqlite_cause
from app.core.store.database import check_integrity
from app.core.store.processes import process_alive

DATABASE_NAME = "project.klausul"
INFO_NAME = "info.json"


def default_workdir() -> Path:
    """Where working copies live: local (never roaming) application data."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Klausul" / "work"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "klausul" / "work"


@dataclass
class WorkingCopy:
    """A folder holding the database being edited and a note of what it belongs to."""

    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / DATABASE_NAME

    def info(self) -> dict[str, object]:
        try:
            data = json.loads((self.folder / INFO_NAME).read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def write_info(self, **changes: object) -> None:
        data = self.info()
        data.update(changes)
        data.update(pid=os.getpid(), host=socket.gethostname())
        target = self.folder / INFO_NAME
        temporary = target.with_name(INFO_NAME + ".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(target)

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def new_working_copy(workdir: Path, source: Path | None, user: str) -> WorkingCopy:
    """An empty working-copy folder; the caller fills its database."""
    # 128 random bits as uuid4 would give (without loading uuid and platform at start-up).
    folder = workdir / os.urandom(16).hex()
    folder.mkdir(parents=True, exist_ok=False)
    copy = WorkingCopy(folder)
    copy.write_info(source=str(source) if source else None, user=user, dirty=False,
                    opened=datetime.now(UTC).isoformat(timespec="seconds"))
    return copy


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite file through the backup API."""
    try:
        reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            writer = sqlite3.connect(str(target))
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
    except sqlite3.Error as exc:
        if is_corruption(exc):
            raise ProjectError(source, ProjectProblem.DAMAGED, str(exc)) from None
        cause = sqlite_cause(exc)
        if cause is not None:  # the working copy's own disk refused it
            raise ProjectError(source, ProjectProblem.UNREADABLE, "", cause) from None
        raise ProjectError(source, ProjectProblem.NOT_A_PROJECT, str(exc)) from None


def save_database(connection: sqlite3.Connection, target: Path) -> None:
    """Write the project to `target`: temp file beside it, check, keep .bak, atomic replace.

    Temporaries an interrupted earlier save left are removed first. A refusal (a full disk,
    a read-only place, a file open elsewhere) is a ProjectError naming the target and the
    cause; the previous file is then untouched."""
    target = target.resolve()
    remove_stale_temporaries(target)
    temporary = temporary_name(target)
    try:
        writer = sqlite3.connect(str(temporary))
        try:
            connection.backup(writer)
            writer.execute("PRAGMA journal_mode = DELETE")
        finally:
            writer.close()
        if not check_integrity(temporary):
            raise ProjectError(target, ProjectProblem.SAVE_CHECK_FAILED)
        fsync_file(temporary)
        if target.exists():
            shutil.copy2(target, target.with_name(target.name + ".bak"))
        replace(temporary, target)
    except OSError as exc:
        raise ProjectError.from_os(target, ProjectProblem.NOT_SAVED, exc) from None
    except sqlite3.Error as exc:
        cause = sqlite_cause(exc)
        raise ProjectError(target, ProjectProblem.NOT_SAVED, "" if cause else str(exc),
                           cause) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


@dataclass(frozen=True)
class Recoverable:
    """Unsaved work left by a process that ended without closing its project."""

    folder: Path
    source: Path | None
    user: str
    opened: str
    modified: float


def list_recoverable(workdir: Path) -> list[Recoverable]:
    """Working copies with unsaved changes whose process on this machine is gone."""
    found: list[Recoverable] = []
    if not workdir.is_dir():
        return found
    for folder in sorted(workdir.iterdir()):
        copy = WorkingCopy(folder)
        info = copy.info()
        if not info or not copy.database.exists():
            continue
        pid = info.get("pid")
        same_host = info.get("host") == socket.gethostname()
        if same_host and isinstance(pid, int) and process_alive(pid) and pid != os.getpid():
            continue
        if same_host and pid == os.getpid():
            continue
        if not info.get("dirty"):
            copy.remove()  # nothing unsaved: a clean leftover is just litter
            continue
        source = info.get("source")
        found.append(Recoverable(folder, Path(str(source)) if source else None,
                                 str(info.get("user", "")), str(info.get("opened", "")),
                                 copy.database.stat().st_mtime))
    return found
