-- Klausul project file, schema version 1. Later versions add numbered migrations in database.py.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    region      TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('other', 'draft', 'current')),
    date        TEXT NOT NULL DEFAULT '',
    format      TEXT NOT NULL,
    source      TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    original    BLOB NOT NULL,
    warnings    TEXT NOT NULL DEFAULT '[]',
    hidden      INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);

CREATE TABLE clauses (
    id           TEXT PRIMARY KEY,
    document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    level        INTEGER NOT NULL,
    number       TEXT,
    heading_path TEXT NOT NULL,
    text         TEXT NOT NULL,
    context      TEXT,
    context_id   TEXT,
    cell         TEXT,
    revisions    TEXT NOT NULL DEFAULT '[]',
    comments     TEXT NOT NULL DEFAULT '[]',
    footnotes    TEXT NOT NULL DEFAULT '[]',
    location     TEXT NOT NULL DEFAULT '',
    style        TEXT
);
CREATE INDEX clauses_by_document ON clauses(document_id, position);

CREATE TABLE manual_links (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('link', 'unlink')),
    a       TEXT NOT NULL,
    b       TEXT NOT NULL,
    created TEXT NOT NULL,
    UNIQUE (kind, a, b)
);

CREATE TABLE alignment_rows (
    position   INTEGER PRIMARY KEY,
    cells      TEXT NOT NULL,
    status     TEXT NOT NULL,
    similarity REAL NOT NULL,
    pinned     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
