"""Whatever the window can do to a project, the CLI can do too: every kind of core edit is
mapped to the `klausul` command that makes it, and each command exists. A new kind of edit
fails this test until it has its command (or a stated reason it has none)."""

from __future__ import annotations

import argparse

from app.cli.main import build_parser
from app.core.edit import EditKind

K = EditKind
COMMANDS: dict[EditKind, tuple[str, ...] | str] = {
    K.ADD_DOCUMENT: ("project", "add"),
    K.REMOVE_DOCUMENT: ("project", "remove"),
    K.SET_DOCUMENT_META: ("project", "set"),
    K.HIDE_DOCUMENT: ("project", "hide"),
    K.SHOW_DOCUMENT: ("project", "show"),
    K.SET_BASE: ("project", "base"),
    K.SET_SETTING: "only SetSetting's default kind: the window makes no plain setting edit",
    K.SET_DIFF_OPTIONS: ("project", "options"),
    K.LINK: ("links", "add"),
    K.UNLINK: ("links", "remove"),
    K.PIN_ROW: ("links", "pin"),
    K.FORGET_LINKS: ("links", "forget"),
    K.TAG: ("tags", "set"),
    K.UNTAG: ("tags", "remove"),
    K.ACCEPT_SUGGESTIONS: ("tags", "suggest"),
    K.REJECT_SUGGESTIONS: ("tags", "suggest"),
    K.IMPORT_TAGS: ("tags", "import"),
    K.ADD_CODE: ("codebook", "add"),
    K.EDIT_CODE: ("codebook", "edit"),
    K.MOVE_CODE: ("codebook", "move"),
    K.MERGE_CODES: ("codebook", "merge"),
    K.DELETE_CODE: ("codebook", "delete"),
    K.IMPORT_CODEBOOK: ("codebook", "import"),
    K.DECIDE: ("decisions", "set"),
    K.CLEAR_DECISION: ("decisions", "clear"),
    K.START_DRAFT: ("draft", "new"),
    K.DISCARD_DRAFT: ("draft", "discard"),
    K.SET_DRAFT_INFO: ("draft", "info"),
    K.ADOPT_WORDING: ("draft", "adopt"),
    K.DROP_ROW: ("draft", "adopt"),  # DOCUMENT `none`
    K.EDIT_DRAFT_TEXT: ("draft", "edit"),
    K.ADD_DRAFT_CLAUSE: ("draft", "add"),
    K.REMOVE_DRAFT_CLAUSES: ("draft", "remove"),
    K.MOVE_DRAFT_CLAUSES: ("draft", "move"),
    K.RELEVEL_DRAFT_CLAUSE: ("draft", "level"),
    K.SET_DRAFT_KIND: ("draft", "kind"),
    K.RECORD_VERSION: ("draft", "version"),
    K.RESTORE_VERSION: ("draft", "restore"),
    K.IMPORT_WORD_COPY: ("draft", "import-word"),
    K.ACCEPT_PROPOSAL: ("draft", "decide"),
    K.REJECT_PROPOSAL: ("draft", "decide"),
}


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_kind_of_edit_has_its_command() -> None:
    assert set(COMMANDS) == set(EditKind), "a kind of edit without a CLI command"
    root = build_parser()
    for kind, path in COMMANDS.items():
        if isinstance(path, str):
            continue
        parser = root
        for word in path:
            choices = _subcommands(parser)
            assert word in choices, f"{kind}: no `klausul {' '.join(path)}`"
            parser = choices[word]
