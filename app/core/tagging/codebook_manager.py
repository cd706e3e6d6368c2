"""`project.codebook`: the project's codebook (the shipped default until a group edits it) and
the edits that change it: add, rename, recolour, move, merge, delete, import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from app.core.changes import Changes
from app.core.edit import EditKind
from app.core.files import replace_atomically
from app.core.store import codebook as stored
from app.core.store.connection import Store
from app.core.tagging import codebook_ops as ops
from app.core.tagging.codebook import (
    Code,
    Codebook,
    CodeId,
    FacetId,
    codebook_json,
    default_codebook,
    read_codebook,
)
from app.core.tagging.edits import ChangeCodebook
from app.core.tagging.errors import TagFileError, TagFileProblem

Result = ChangeCodebook | ops.CodebookRefusal


class CodebookManager:
    """Calling it returns the codebook: `project.codebook()`."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._codebook: Codebook | None = None

    def __call__(self) -> Codebook:
        if self._codebook is None:
            self._codebook = stored.load_codebook(self._store.db) or default_codebook()
        return self._codebook

    def invalidate(self, changes: Changes) -> None:
        if changes.codebook:
            self._codebook = None

    def _edit(self, kind: EditKind, subject: str, outcome: ops.Outcome | ops.CodebookRefusal
              ) -> Result:
        if isinstance(outcome, ops.CodebookRefusal):
            return outcome
        return ChangeCodebook(kind, subject, outcome.codebook, outcome.retag)

    # -- edits ----------------------------------------------------------------------------
    def add(self, facet: FacetId, name: str, parent: CodeId | None = None) -> Result:
        """A new code at the end of its facet (or under `parent`)."""
        return self._edit(EditKind.ADD_CODE, name, ops.add_code(self(), facet, name, parent))

    def update(self, code: Code) -> Result:
        """New name, description, key, colour or abbreviations for an existing code."""
        return self._edit(EditKind.EDIT_CODE, code.name, ops.update_code(self(), code))

    def rename(self, code_id: CodeId, name: str) -> Result:
        found = self().get(code_id)
        if found is None:
            return ops.CodebookRefusal.UNKNOWN_CODE
        return self.update(replace(found, name=name))

    def recolour(self, code_id: CodeId, colour: str) -> Result:
        found = self().get(code_id)
        if found is None:
            return ops.CodebookRefusal.UNKNOWN_CODE
        return self.update(replace(found, color=colour))

    def move(self, code_id: CodeId, parent: CodeId | None) -> Result:
        """Put a code (and its branch) under `parent`, or at the top of its facet (None)."""
        name = self().code(code_id).name if code_id in self() else code_id
        return self._edit(EditKind.MOVE_CODE, name, ops.move_code(self(), code_id, parent))

    def merge(self, source: CodeId, target: CodeId) -> Result:
        """Fold `source` into `target`; its tags follow."""
        book = self()
        subject = f"{book.code(source).name} → {book.code(target).name}" \
            if source in book and target in book else ""
        return self._edit(EditKind.MERGE_CODES, subject, ops.merge_codes(book, source, target))

    def delete(self, code_id: CodeId, tags_to_parent: bool) -> Result:
        """Remove a code: its tags move to its parent (if asked and it has one) or go."""
        name = self().code(code_id).name if code_id in self() else code_id
        return self._edit(EditKind.DELETE_CODE, name,
                          ops.delete_code(self(), code_id, tags_to_parent))

    def import_file(self, path: Path) -> ChangeCodebook:
        """Merge a shared codebook file into this one by code id (TagFileError if it is not
        a codebook)."""
        outcome = ops.merge_codebooks(self(), read_codebook(path, whole=False))
        return ChangeCodebook(EditKind.IMPORT_CODEBOOK, path.name, outcome.codebook)

    def export_file(self, path: Path) -> None:
        """Write the codebook in the shared JSON format (to a temporary file put in place at
        once, so a failed write leaves the previous file as it was)."""
        data = codebook_json(self()).encode("utf-8")

        def write(target: Path) -> None:
            target.write_bytes(data)

        try:
            replace_atomically(path, write)
        except OSError as exc:
            raise TagFileError(path, TagFileProblem.NOT_WRITTEN, exc.strerror or str(exc)) \
                from None
