"""A sound project file, and every kind of damaged or odd one made from it."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.core.project import Project
from app.core.store.database import SCHEMA_VERSION, TABLES

VERSION_1_TABLES = set(TABLES)  # the tables of schema.sql; later migrations add others

AGREEMENT = ("Överenskommelse om samverkan\n\n1 Syfte\n\nBarn och unga ska få stöd i tid.\n\n"
             "2 Ansvar\n\nKommunen ansvarar för:\n- att utreda behov\n- att följa upp\n")
OTHER = ("Samverkansavtal\n\n1 Syfte\n\nBarn och unga ska få rätt stöd i rätt tid.\n\n"
         "2 Ansvar\n\nRegionen ansvarar för:\n- att utreda behov\n")


def sound_project(folder: Path, name: str = "arbete.klausul", padding: int = 0) -> Path:
    """A saved project of two documents (and `padding` extra kilobytes of text)."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for file_name, text in (("norrvik.txt", AGREEMENT), ("sorby.txt", OTHER)):
        source = folder / file_name
        extra = "".join(f"\n\nStycke {i}: " + "barn och unga " * 70 for i in range(padding))
        source.write_text(text + extra, encoding="utf-8")
        sources.append(source)
    project = Project.new(folder / "work")
    for source in sources:
        project.apply(project.documents.read_file(source))
    target = folder / name
    project.save(target)
    project.close()
    return target


def _sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    for statement in statements:
        connection.execute(statement)
    connection.commit()
    connection.close()


def make_version_1(path: Path, location: str = "stycke 3") -> None:
    """Turn a saved project into a format-1 file as Klausul 1 wrote it: only the first
    schema's tables, Swedish location texts and warnings, user_version 1."""
    connection = sqlite3.connect(path)
    later = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'") if name not in VERSION_1_TABLES]
    for name in later:
        connection.execute(f"DROP TABLE {name}")
    connection.execute("UPDATE clauses SET location = ?", (location,))
    connection.execute(
        """UPDATE documents SET warnings = '["Dokumentet innehåller spårade ändringar"]'""")
    connection.execute("PRAGMA user_version = 1")
    connection.commit()
    connection.close()


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _corrupted_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    noise = random.Random(12)
    for start in range(page, len(data), page):  # every page but the first (the header)
        for offset in range(0, page, 7):
            data[start + offset] = noise.randrange(256)
    path.write_bytes(bytes(data))


def _foreign(path: Path) -> None:
    path.unlink()
    _sql(path, "CREATE TABLE kunder (namn TEXT)")


# kind -> (how to damage a sound file in place, the words the refusal must hold)
DAMAGES: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (lambda p: p.write_bytes(b""), "filen är tom"),
    "random bytes": (lambda p: p.write_bytes(os.urandom(8192)), "inte en Klausul-fil"),
    "another program's database": (_foreign, "inte en Klausul-fil"),
    "truncated": (_truncated, "avkortad"),
    "corrupted pages": (_corrupted_pages, "skadad"),
    "newer format": (lambda p: _sql(p, f"PRAGMA user_version = {SCHEMA_VERSION + 5}"),
                     "nyare version av Klausul"),
    "format number 0": (lambda p: _sql(p, "PRAGMA user_version = 0"), "giltigt formatnummer"),
    "format number -1": (lambda p: _sql(p, "PRAGMA user_version = -1"),
                         "giltigt formatnummer"),
    "a table missing": (lambda p: _sql(p, "DROP TABLE alignment_rows"), "skadad"),
    "a row that does not decode": (
        lambda p: _sql(p, "UPDATE clauses SET revisions = 'inte json' WHERE rowid = 1"),
        "skadad"),
}


def damaged_project(folder: Path, kind: str) -> Path:
    """A project file damaged in the way `kind` names."""
    path = sound_project(folder, f"{kind.replace(' ', '-')}.klausul".replace("'", ""))
    DAMAGES[kind][0](path)
    return path
