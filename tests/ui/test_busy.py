"""Changing the base shows the busy cue until the table holds the new rows."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.ui.demo import open_demo
from tests.ui.conftest import settle


def test_the_busy_cue_lasts_until_the_new_base_is_shown(open_window, workdir: Path,
                                                        qtbot: QtBot) -> None:
    window = open_window(open_demo(workdir))
    seen: list[tuple[bool, int]] = []
    window.controller.busy_changed.connect(
        lambda busy: seen.append((busy, window.comparison.alignment.base)))
    second = window.project.documents()[1]
    window.history.push(window.project.alignment.set_base(second.id))
    settle(window, qtbot)
    assert seen[0] == (True, 0)
    assert seen[-1] == (False, 1)  # not idle before the rows of the new base are in
