"""The project's codebook: facets and codes, stored whole (a codebook is a few dozen codes)."""

from __future__ import annotations

import json
import sqlite3

from app.core.store.settings import read_setting, write_setting
from app.core.tagging.codebook import Codebook, Facet, code_from_json, code_to_json

_NAME = "codebook_name"


def load_codebook(connection: sqlite3.Connection) -> Codebook | None:
    """The stored codebook, or None while the project still uses the shipped default."""
    facets = tuple(Facet(i, name, description) for i, name, description in connection.execute(
        "SELECT id, name, description FROM codebook_facets ORDER BY position"))
    if not facets:
        return None
    codes = tuple(code_from_json(json.loads(data)) for (data,) in connection.execute(
        "SELECT data FROM codes ORDER BY position"))
    return Codebook(read_setting(connection, _NAME) or "", facets, codes)


def store_codebook(connection: sqlite3.Connection, codebook: Codebook | None) -> None:
    """Replace the stored codebook (None: back to the shipped default), in the caller's
    transaction."""
    connection.execute("DELETE FROM codes")
    connection.execute("DELETE FROM codebook_facets")
    write_setting(connection, _NAME, None if codebook is None else codebook.name)
    if codebook is None:
        return
    connection.executemany(
        "INSERT INTO codebook_facets (id, position, name, description) VALUES (?,?,?,?)",
        [(f.id, n, f.name, f.description) for n, f in enumerate(codebook.facets)])
    connection.executemany(
        "INSERT INTO codes (id, position, facet, parent, data) VALUES (?,?,?,?,?)",
        [(c.id, n, c.facet, c.parent, json.dumps(code_to_json(c), ensure_ascii=False))
         for n, c in enumerate(codebook.codes)])
