"""The shape of every undoable user change, and the stable kinds the UI names them by."""

from __future__ import annotations

from enum import Enum
from typing import Protocol

from app.core.changes import Changes
from app.core.store.connection import Store


class EditKind(Enum):
    """What an edit does; the UI turns it (with the edit's subject) into its undo text."""

    ADD_DOCUMENT = "add_document"
    REMOVE_DOCUMENT = "remove_document"
    SET_DOCUMENT_META = "set_document_meta"
    HIDE_DOCUMENT = "hide_document"
    SHOW_DOCUMENT = "show_document"
    SET_BASE = "set_base"
    SET_SETTING = "set_setting"
    SET_DIFF_OPTIONS = "set_diff_options"
    LINK = "link"
    UNLINK = "unlink"
    PIN_ROW = "pin_row"
    FORGET_LINKS = "forget_links"  # hand links and unlinks of clauses dropped
    TAG = "tag"  # subject: the code's name
    UNTAG = "untag"
    ACCEPT_SUGGESTIONS = "accept_suggestions"  # subject: how many
    REJECT_SUGGESTIONS = "reject_suggestions"
    IMPORT_TAGS = "import_tags"  # subject: the file name
    ADD_CODE = "add_code"
    EDIT_CODE = "edit_code"  # name, description, key, colour, abbreviations
    MOVE_CODE = "move_code"
    MERGE_CODES = "merge_codes"  # subject: "source → target"
    DELETE_CODE = "delete_code"
    IMPORT_CODEBOOK = "import_codebook"
    DECIDE = "decide"  # subject: the decision's status word id (open, decided, parked)
    CLEAR_DECISION = "clear_decision"
    START_DRAFT = "start_draft"
    DISCARD_DRAFT = "discard_draft"
    SET_DRAFT_INFO = "set_draft_info"
    ADOPT_WORDING = "adopt_wording"
    DROP_ROW = "drop_row"
    EDIT_DRAFT_TEXT = "edit_draft_text"
    ADD_DRAFT_CLAUSE = "add_draft_clause"
    REMOVE_DRAFT_CLAUSES = "remove_draft_clauses"
    MOVE_DRAFT_CLAUSES = "move_draft_clauses"
    RELEVEL_DRAFT_CLAUSE = "relevel_draft_clause"
    SET_DRAFT_KIND = "set_draft_kind"
    RECORD_VERSION = "record_version"
    RESTORE_VERSION = "restore_version"
    IMPORT_WORD_COPY = "import_word_copy"
    ACCEPT_PROPOSAL = "accept_proposal"
    REJECT_PROPOSAL = "reject_proposal"


class Edit(Protocol):
    """One undoable change; each direction commits in one transaction of the store."""

    @property
    def kind(self) -> EditKind: ...

    @property
    def subject(self) -> str:
        """What the edit acts on, for its undo text (a document title), or ''."""
        ...

    def apply(self, store: Store) -> Changes: ...

    def revert(self, store: Store) -> Changes: ...
