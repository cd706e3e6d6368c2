"""The first window fits the laptop (1366×768) and a 1920×1080 screen at 150 %, with the
status bar on screen; the toolbar keeps every action in view with short names; headers elide
with a tooltip and keep the base marker; every panel reopens from Visa and stays as left."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QRect, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from app.ui.demo import open_demo
from app.ui.geometry import first_geometry
from app.ui.main_window import MainWindow
from tests.ui.conftest import settle

ROOT = Path(__file__).resolve().parents[2]
PROBE = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QToolButton
    app = QApplication([])
    app.setStyle("Fusion")
    from app.ui.demo import open_demo
    from app.ui.main_window import MainWindow
    work = Path(sys.argv[1])
    window = MainWindow(open_demo(work), work,
                        QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    window.show_window()  # as the app shows it
    while window.controller.busy:
        window.controller.wait()
        app.processEvents()
    for _ in range(5):
        app.processEvents()
    def rect(r):
        return [r.x(), r.y(), r.width(), r.height()]
    bar = window.statusBar()
    top_left = bar.mapToGlobal(bar.rect().topLeft())
    extension = window.window_actions.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    print(json.dumps({
        "available": rect(window.screen().availableGeometry()),
        "frame": rect(window.frameGeometry()),
        "status": [top_left.x(), top_left.y(), bar.width(), bar.height()],
        "status_visible": bar.isVisible(),
        "overflow": bool(extension is not None and extension.isVisible()),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    }))
    window.project.mark_unmodified()
    window.close()
""")


def _probe(tmp_path: Path, width: int, height: int, scale: str = "1") -> dict[str, object]:
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width,
                                                "height": height}]}), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(work)], cwd=ROOT, capture_output=True, text=True,
        timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
             "QT_SCALE_FACTOR": scale, "KLAUSUL_HOME": str(tmp_path / "home")})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, "1"), (1920, 1080, "1.5")])
def test_the_first_window_fits_the_screen_with_the_status_bar_on_it(
        tmp_path: Path, width: int, height: int, scale: str) -> None:
    found = _probe(tmp_path, width, height, scale)
    available = QRect(*found["available"])
    assert available.width() <= 1366  # 1920 at 150 % is 1280 logical pixels
    assert available.contains(QRect(*found["frame"]))
    assert found["status_visible"] and available.contains(QRect(*found["status"]))
    assert not found["overflow"]  # every toolbar action in view
    minimum = found["minimum"]
    assert minimum[0] <= available.width() and minimum[1] <= available.height()


def test_first_geometry_leaves_room_for_the_frame_and_a_taskbar() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 768 less a Windows taskbar
    client, maximised = first_geometry(laptop)
    assert maximised
    frame = client.marginsAdded(QMargins(8, 31, 8, 8))
    assert laptop.contains(frame)
    big, maximised = first_geometry(QRect(0, 0, 2560, 1400))
    assert not maximised and (big.width(), big.height()) == (1400, 860)
    assert QRect(0, 0, 2560, 1400).contains(big.marginsAdded(QMargins(8, 31, 8, 8)))


def test_undo_on_the_toolbar_stays_short_and_every_action_stays_in_view(
        open_window, workdir: Path, qtbot: QtBot) -> None:
    window = open_window(open_demo(workdir))
    title = window.documents_model.index(0, 1)
    window.documents_model.setData(title, "Överenskommelse om samverkan kring barns och "
                                   "ungas hälsa i Norrviks län, version 2")
    settle(window, qtbot)
    toolbar = window.window_actions.toolbar
    button = toolbar.widgetForAction(window.undo_action)
    assert isinstance(button, QToolButton) and button.text() == "Ångra"
    assert window.undo_action.text().startswith("Ångra Ändra")  # the menu names the edit
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    for name in ("linkAction", "unlinkAction", "exportAction"):
        action = window.findChild(QAction, name)
        assert toolbar.widgetForAction(action).isVisible(), name


def test_headers_elide_and_keep_the_base_marker(open_window, workdir: Path) -> None:
    window = open_window(open_demo(workdir), size=(900, 700))
    header = window.view.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert header.defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    model = window.comparison
    text = model.headerData(1, Qt.Orientation.Horizontal)
    assert text.startswith("Bas: ")  # the marker leads, so eliding the end keeps it
    tooltip = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert model.name_at(1) in tooltip and "norrvik-utkast.md" in tooltip
    elided = header.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, 120)
    assert elided.startswith("Bas: ") and "…" in elided


def _panel_actions(window: MainWindow) -> dict[str, QAction]:
    menu = window.findChild(QMenu, "panelsMenu")
    assert menu is not None
    return {a.text().replace("&", ""): a for a in menu.actions()}


def test_every_panel_reopens_from_visa_and_stays_as_left(
        qtbot: QtBot, workdir: Path, settings: QSettings) -> None:
    first = MainWindow(open_demo(workdir), workdir, settings)
    first.show()
    settle(first, qtbot)
    docks = {d.objectName(): d for d in first.findChildren(QDockWidget)}
    actions = _panel_actions(first)
    assert set(actions) == {d.windowTitle() for d in docks.values()} | {"Verktygsfält"}
    assert {"Dokument", "Rubriker", "Detaljer"} <= set(actions)
    for dock in docks.values():
        dock.close()  # the × on the dock
        assert not dock.isVisible()
        actions[dock.windowTitle()].trigger()  # Visa › Paneler
        assert dock.isVisible()
    first.window_actions.toolbar.close()
    actions["Verktygsfält"].trigger()
    assert first.window_actions.toolbar.isVisible()
    docks["outlineDock"].close()
    first.project.mark_unmodified()
    assert first.close()
    second = MainWindow(open_demo(workdir), workdir, settings)
    second.show()
    settle(second, qtbot)
    outline = second.findChild(QDockWidget, "outlineDock")
    assert not outline.isVisible()  # the closed panel stays closed
    _panel_actions(second)["Rubriker"].trigger()
    assert outline.isVisible()  # and comes back from the menu
    second.project.mark_unmodified()
    second.close()
