"""Why a draft change cannot be made: data the UI and the CLI word (a module of its own, so
the words table loads it without the assembly code)."""

from __future__ import annotations

from enum import Enum


class DraftRefusal(Enum):
    """Why a draft change cannot be made (the UI words it)."""

    NO_DRAFT = "no_draft"  # start a draft first
    EMPTY_CELL = "empty_cell"  # the chosen document has no clause in that row
    ROW_NOT_IN_DRAFT = "row_not_in_draft"  # nothing of that row is in the draft
    UNKNOWN_CLAUSE = "unknown_clause"  # the clause is no longer in the draft
    NO_CHANGE = "no_change"  # the change would change nothing (already at that level, …)
    EMPTY_TEXT = "empty_text"  # a clause needs some text
