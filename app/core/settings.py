"""Project settings as an undoable edit: the base document and the options to come."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.changes import Changes
from app.core.edit import EditKind
from app.core.store.connection import Store
from app.core.store.settings import read_setting, write_setting


@dataclass
class SetSetting:
    """Change one project setting; `changes` says which slices depend on it."""

    key: str
    value: str | None
    kind: EditKind = EditKind.SET_SETTING
    subject: str = ""
    changes: Changes = field(default_factory=lambda: Changes(settings=True))
    _before: str | None = field(default=None, repr=False)

    def _write(self, store: Store, value: str | None) -> Changes:
        with store.transaction() as db:
            write_setting(db, self.key, value)
        return self.changes

    def apply(self, store: Store) -> Changes:
        self._before = read_setting(store.db, self.key)
        return self._write(store, self.value)

    def revert(self, store: Store) -> Changes:
        return self._write(store, self._before)
