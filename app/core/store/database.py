"""Open a Klausul SQLite file: identity check, pragmas and numbered migrations."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

from app.core.errors import ProjectError, ProjectProblem
from app.core.store import draft_schema as draft_tables
from app.core.store.connection import is_corruption

APPLICATION_ID = 0x4B4C534C  # "KLSL"
SCHEMA = Path(__file__).with_name("schema.sql")


def _statements(sql: str) -> list[str]:
    # executescript() would commit the surrounding transaction; run statements one by one.
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _migration_1(connection: sqlite3.Connection) -> None:
    for statement in _statements(SCHEMA.read_text(encoding="utf-8")):
        connection.execute(statement)


_OLD_LOCATION = re.compile(r"^(tabell|sida|stycke|rad) (\d+)(?:, rad (\d+))?$")
_OLD_KINDS = {"tabell": "table", "sida": "page", "stycke": "paragraph", "rad": "line"}
_OLD_REVISION_WARNING = "Dokumentet innehåller spårade ändringar"


def _migration_2(connection: sqlite3.Connection) -> None:
    """Version 1 kept Swedish text where data belongs: clause locations ("tabell 2, rad 3")
    become "table:2:3", import warnings become {"kind", "detail"} records."""
    updates = []
    for clause_id, location in connection.execute(
            "SELECT id, location FROM clauses WHERE location != ''").fetchall():
        match = _OLD_LOCATION.match(location)
        if match is None:
            updates.append(("", clause_id))
            continue
        kind, number, row = _OLD_KINDS[match[1]], match[2], match[3]
        updates.append((f"{kind}:{number}:{row}" if kind == "table" else f"{kind}:{number}",
                        clause_id))
    connection.executemany("UPDATE clauses SET location = ? WHERE id = ?", updates)
    for document_id, warnings in connection.execute(
            "SELECT id, warnings FROM documents").fetchall():
        converted = [{"kind": "revisions", "detail": ""}
                     if str(text).startswith(_OLD_REVISION_WARNING)
                     else {"kind": "other", "detail": str(text)} for text in json.loads(warnings)]
        connection.execute("UPDATE documents SET warnings = ? WHERE id = ?",
                           (json.dumps(converted, ensure_ascii=False), document_id))


_TAGGING = """
CREATE TABLE codebook_facets (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE codes (
    id       TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    facet    TEXT NOT NULL,
    parent   TEXT,
    data     TEXT NOT NULL
);
CREATE TABLE tags (
    clause_id TEXT NOT NULL,
    code_id   TEXT NOT NULL,
    member    TEXT NOT NULL,
    created   TEXT NOT NULL,
    rule      TEXT,
    PRIMARY KEY (clause_id, code_id)
);
CREATE INDEX tags_by_code ON tags(code_id);
CREATE TABLE rejections (
    clause_id TEXT NOT NULL,
    code_id   TEXT NOT NULL,
    rule      TEXT NOT NULL,
    member    TEXT NOT NULL,
    created   TEXT NOT NULL,
    PRIMARY KEY (clause_id, code_id)
)
"""


def _migration_3(connection: sqlite3.Connection) -> None:
    """Tagging: the project's codebook (empty = the shipped default), tags on clause ids
    (no foreign key, so a tag outlives its document's removal and returns with a re-import
    of the same file), and rejected suggestions."""
    for statement in _statements(_TAGGING):
        connection.execute(statement)


def _migration_4(connection: sqlite3.Connection) -> None:
    """Alignment features kept per clause (so opening a project needs no tokenising): the
    vocabulary of feature names and each clause's feature columns and counts."""
    connection.execute("CREATE TABLE feature_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    connection.execute(
        "CREATE TABLE clause_features ("
        " clause_id TEXT PRIMARY KEY REFERENCES clauses(id) ON DELETE CASCADE,"
        " columns BLOB NOT NULL, counts BLOB NOT NULL)")


_DECISIONS = """
CREATE TABLE row_decisions (
    anchor  TEXT PRIMARY KEY,
    status  TEXT NOT NULL,
    text    TEXT NOT NULL DEFAULT '',
    member  TEXT NOT NULL,
    updated TEXT NOT NULL,
    clauses TEXT NOT NULL
)
"""


def _migration_5(connection: sqlite3.Connection) -> None:
    """Decisions on rows (workshop mode): keyed on an anchor clause id, with every clause of
    the row as a JSON list, so the decision finds its row again after realignment."""
    for statement in _statements(_DECISIONS):
        connection.execute(statement)


# Each entry upgrades from version N-1 to N; append, never edit a released one.
MIGRATIONS = [_migration_1, _migration_2, _migration_3, _migration_4, _migration_5,
              draft_tables.create_tables]  # 6: the draft, its versions and proposals
SCHEMA_VERSION = len(MIGRATIONS)


_SQLITE_MAGIC = b"SQLite format 3\x00"


TABLES = ("documents", "clauses", "manual_links", "alignment_rows", "settings")


def check_project_file(path: Path) -> None:
    """Refuse a file that is not a Klausul project before anything copies or opens it.

    The SQLite header holds the application id at offset 68 (big-endian), so an empty
    file, another program's database or random bytes are told apart without SQLite; the
    header's page count against the file's size tells a truncated file.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = path.stat().st_size
    except FileNotFoundError:
        raise ProjectError(path, ProjectProblem.NOT_FOUND) from None
    except IsADirectoryError:
        raise ProjectError(path, ProjectProblem.IS_FOLDER) from None
    except OSError as exc:
        raise ProjectError(path, ProjectProblem.UNREADABLE, exc.strerror or str(exc)) from None
    if not header:
        raise ProjectError(path, ProjectProblem.EMPTY)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC) \
            or int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise ProjectError(path, ProjectProblem.NOT_A_PROJECT)
    # The page count at offset 28 is valid when the change counter (24) matches offset 92.
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    if header[24:28] == header[92:96] and size < page_size * pages:
        raise ProjectError(path, ProjectProblem.TRUNCATED, str(page_size * pages - size))


def connect(path: Path, *, create: bool = False) -> sqlite3.Connection:
    """Open (or create) a project database and bring its schema up to date."""
    if not create and not path.exists():
        raise ProjectError(path, ProjectProblem.NOT_FOUND)
    try:
        connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = DELETE")
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        problem = ProjectProblem.DAMAGED if is_corruption(exc) else ProjectProblem.NOT_A_PROJECT
        raise ProjectError(path, problem, str(exc)) from None
    if application_id == 0 and tables == 0:
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    elif application_id != APPLICATION_ID:
        connection.close()
        raise ProjectError(path, ProjectProblem.NOT_A_PROJECT)
    if version > SCHEMA_VERSION:
        connection.close()
        raise ProjectError(path, ProjectProblem.NEWER_FORMAT, str(version))
    if version < 0 or (version == 0 and tables > 0):
        # Version 0 with tables would rerun migration 1 over them ("table documents already
        # exists"); a negative version was never written by Klausul.
        connection.close()
        raise ProjectError(path, ProjectProblem.BAD_VERSION, str(version))
    try:
        migrate(connection, version)
    except sqlite3.DatabaseError as exc:
        connection.close()
        raise ProjectError(path, ProjectProblem.DAMAGED, str(exc)) from None
    return connection


def file_version(path: Path) -> int:
    """The schema version recorded in a project file (before any migration)."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(path, ProjectProblem.DAMAGED, str(exc)) from None


def quick_check(connection: sqlite3.Connection, full: bool = False) -> str:
    """'' if the database is sound, else what is wrong (its first problem): SQLite's quick
    (or, with `full`, complete) integrity check, then Klausul's tables and references."""
    try:
        pragma = "integrity_check" if full else "quick_check"
        problems = [row[0] for row in connection.execute(f"PRAGMA {pragma}").fetchall()]
        if problems != ["ok"]:
            return str(problems[0])[:120]
        present = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [table for table in TABLES if table not in present]
        if missing:
            return f"no table {missing[0]}"
        if connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
            return "foreign key check failed"
    except sqlite3.DatabaseError as exc:
        return str(exc)[:120]
    return ""


def migrate(connection: sqlite3.Connection, version: int) -> None:
    """Apply the migrations after `version`, each in its own transaction."""
    for number in range(version, SCHEMA_VERSION):
        connection.execute("BEGIN")
        try:
            MIGRATIONS[number](connection)
            connection.execute(f"PRAGMA user_version = {number + 1}")
            connection.execute("COMMIT")
        except sqlite3.DatabaseError:
            connection.execute("ROLLBACK")
            raise


def check_integrity(path: Path) -> bool:
    """True if SQLite's integrity check passes on the file at `path`."""
    try:
        connection = sqlite3.connect(str(path))
        try:
            return bool(connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except sqlite3.Error:
        return False
