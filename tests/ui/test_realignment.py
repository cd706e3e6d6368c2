"""Realignment runs off the GUI thread: the event loop keeps turning, a busy cue shows,
and cancelling keeps the rows the table showed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from pytestqt.qtbot import QtBot

from app.core.changes import Changes
from app.core.project import Project
from app.ui.main_window import MainWindow
from tests.builders.revision_generator import revise


def _text(items: list[tuple[str, int, str]]) -> str:
    lines = []
    for kind, level, text in items:
        prefix = {"heading": "#" * max(level, 1) + " ", "list_item": "- "}.get(kind, "")
        lines.append(prefix + text)
    return "\n\n".join(lines) + "\n"


@pytest.fixture
def big_project(tmp_path: Path, workdir: Path) -> Project:
    """Eight agreements of 300 clauses: a realignment that takes a noticeable while."""
    project = Project.new(workdir, "anna")
    revision = revise(300, seed=4)
    for number in range(8):
        items = revision.base if number == 0 else revise(300, seed=number).revised
        path = tmp_path / f"avtal{number}.md"
        path.write_text(_text(items), encoding="utf-8")
        project.apply(project.documents.read_file(path))
    project.mark_unmodified()
    return project


def test_event_loop_turns_while_the_documents_are_realigned(
        qtbot: QtBot, big_project: Project, workdir: Path, settings: QSettings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import main_window
    monkeypatch.setattr(main_window, "BUSY_CUE_DELAY_MS", 0)  # show the cue at once
    window = MainWindow(big_project, workdir, settings)
    window.show()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=60000)
    rows_before = window.comparison.rowCount()
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(10)
    cue: list[bool] = []
    timer.timeout.connect(lambda: (ticks.append(int(window.controller.busy)),
                                   cue.append(window.busy_bar.isVisible())))
    timer.start()
    second = big_project.documents()[1]
    window.history.push(big_project.alignment.set_base(second.id))
    assert window.controller.busy  # the push returned before the alignment was done
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=60000)
    timer.stop()
    assert sum(ticks) >= 3, ticks  # the GUI thread handled timer events while it ran
    assert any(cue)  # and showed the busy cue
    assert window.comparison.alignment.base == 1
    assert not window.busy_bar.isVisible()
    assert window.comparison.rowCount() > 0 and rows_before > 0
    big_project.mark_unmodified()
    window.history.stack.setClean()
    window.close()


def test_cancel_keeps_the_rows_shown(qtbot: QtBot, big_project: Project, workdir: Path,
                                     settings: QSettings) -> None:
    window = MainWindow(big_project, workdir, settings)
    window.show()
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=60000)
    shown = window.comparison.alignment
    window.history.push(big_project.alignment.set_base(big_project.documents()[2].id))
    assert window.controller.busy
    window.controller.cancel()
    assert not window.controller.busy
    window.controller.wait()
    qtbot.wait(50)
    assert window.comparison.alignment is shown
    # The next change aligns again, on the newest state.
    window.refresh(Changes(alignment=True))
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=60000)
    assert window.comparison.alignment.base == 2
    big_project.mark_unmodified()
    window.history.stack.setClean()
    window.close()
