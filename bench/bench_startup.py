"""Cold start to the first painted comparison (the demo, as at first start) and the memory it
holds, against a bare PySide6 window (menus, toolbar, splitter, three views) in the same run.

Run: .venv/bin/python bench/bench_startup.py   (issue 13 goals: ≤ 2× the bare window, < 0.5 s;
idle memory < 120 MB)

Klausul's modules are compiled to bytecode first, as every installed copy has them (pip
compiles on install, the bundle ships .pyc): with PYTHONDONTWRITEBYTECODE set and no
__pycache__, each start would compile the source again (~0.1 s here), which no user pays.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer, Qt
from PySide6.QtWidgets import (QApplication, QMainWindow, QSplitter, QTableView, QTextEdit,
                               QToolBar, QTreeView)
app = QApplication(sys.argv)
window = QMainWindow()
for name in ("Arkiv", "Redigera", "Visa", "Jämförelse"):
    window.menuBar().addMenu(name)
window.addToolBar(QToolBar("Verktyg"))
splitter = QSplitter(Qt.Orientation.Horizontal)
table = QTableView()
for view in (QTreeView(), table, QTextEdit()):
    splitter.addWidget(view)
window.setCentralWidget(splitter)
window.statusBar().showMessage("Klar")
class Quit(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
quit_filter = Quit()
table.viewport().installEventFilter(quit_filter)
window.resize(1366, 768)
window.show()
app.exec()
"""


def measure(command: list[str], fresh_home: bool) -> tuple[list[float], float]:
    times = []
    peaks = []
    for _ in range(RUNS):
        with tempfile.TemporaryDirectory() as home:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            if fresh_home:
                env["KLAUSUL_HOME"] = home
            script = ("import resource,subprocess,sys,json;"
                      "subprocess.run(sys.argv[1:],check=True,capture_output=True);"
                      "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-c", script, *command], cwd=ROOT, env=env,
                                 check=True, capture_output=True, text=True, timeout=120)
            times.append(time.perf_counter() - started)
            peaks.append(int(out.stdout.strip()) / 1024)
    return times, statistics.median(peaks)


def main() -> None:
    compileall.compile_dir(ROOT / "app", quiet=1)
    ours_t, ours_m = measure([sys.executable, "-m", "app", "--quit-after-paint"], True)
    bare_t, bare_m = measure([sys.executable, "-c", BARE], False)
    ours, bare = min(ours_t), min(bare_t)
    print(f"cold start to painted comparison (demo): ours {ours * 1000:6.0f} ms "
          f"(median {statistics.median(ours_t) * 1000:.0f})   bare window {bare * 1000:6.0f} ms"
          f"   ratio {ours / bare:4.2f}")
    print(f"peak memory: ours {ours_m:5.0f} MB   bare window {bare_m:5.0f} MB   ratio "
          f"{ours_m / bare_m:4.2f}")


if __name__ == "__main__":
    main()
