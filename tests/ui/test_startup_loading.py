"""What loads when: the code of the panels hidden at a first start (coverage), of the draft's
panel and of the importers is not loaded before the first window is painted, and each still
loads when it is needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Modules the first picture does without (each made or imported later, on first use).
DEFERRED = (
    "app.core.coverage",  # the coverage dock is hidden at a first start
    "app.ui.coverage",
    "app.core.draft.manager",  # the draft's panel is made after the first paint
    "app.ui.draft.controller",
    "app.ui.workshop.window",
    "app.core.importing.containers",  # the importers and what they load, with the first import
    "app.core.importing.sniffing",
    "app.core.importing.segmentation",
    "hashlib",  # loaded by the segmenter (clause fingerprints), not needed to show a project
    "app.ui.tagging.codebook_editor",
    "lxml",
    "multiprocessing",
)

SCRIPT = textwrap.dedent("""
    import json
    import sys

    from PySide6.QtCore import QEvent, QObject

    import app.ui.application as application
    import app.ui.main_window as main_window

    seen = {}


    class Snapshot(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "painted" not in seen:
                seen["painted"] = sorted(sys.modules)
            return False


    snapshot = Snapshot()
    show = main_window.MainWindow.show_window


    def show_window(self):
        self.view.viewport().installEventFilter(snapshot)
        seen["window"] = self
        show(self)


    main_window.MainWindow.show_window = show_window
    code = application.main(["--quit-after-paint"])
    print(json.dumps({"code": code, "painted": seen.get("painted")}))
""")


def modules_at_first_paint(home: Path) -> list[str]:
    """The modules loaded when the first window (the demo, at a first start) is painted,
    started as `python -m app` starts it (the core before PySide6)."""
    script = "import app.core.project\n" + SCRIPT
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                                 "KLAUSUL_HOME": str(home)})
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and report["painted"], report
    return list(report["painted"])


def test_hidden_panels_and_importers_load_after_the_first_paint(tmp_path: Path) -> None:
    loaded = modules_at_first_paint(tmp_path)
    assert "app.ui.comparison.delegate" in loaded  # the snapshot is of a painted comparison
    early = [m for m in loaded if any(m == d or m.startswith(d + ".") for d in DEFERRED)]
    assert early == []


def test_the_coverage_panel_is_made_when_its_dock_is_first_shown(qtbot: object,
                                                                 tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.coverage.panel import CoveragePanel
    from app.ui.demo import open_demo
    from app.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_demo(tmp_path / "work"), tmp_path / "work", settings)
    try:
        dock = window.workshop.dock
        assert not isinstance(dock.widget(), CoveragePanel)
        window.show()
        dock.toggleViewAction().trigger()  # Visa › Paneler › Täckning och luckor
        assert dock.isVisible() and isinstance(dock.widget(), CoveragePanel)
        assert dock.widget() is window.workshop.coverage
    finally:
        window.project.mark_unmodified()
        window.history.stack.setClean()
        window.close()
        window.deleteLater()
