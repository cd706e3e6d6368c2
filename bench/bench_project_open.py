"""Opening a 20 × 300 project (realistic clauses) to the first painted comparison, against
copying the file and reading every row of it in the same run.

Run: .venv/bin/python bench/bench_project_open.py   (issue 13 goal: < 0.5 s to first paint)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import material

DOCUMENTS, CLAUSES = 20, 300


def build(folder: Path) -> Path:
    from app.core.project import Project

    base = material.agreement(CLAUSES, seed=11)
    project = Project.new(folder / "work", "bench")
    for number in range(DOCUMENTS):
        items = base if number == 0 else material.revise(base, seed=number).items
        path = folder / f"avtal{number:02}.md"
        path.write_text(material.markdown(items), encoding="utf-8")
        project.apply(project.documents.read_file(path))
    project.alignment()
    target = folder / "stor.klausul"
    project.save(target)
    project.close()
    return target


def floor(path: Path, work: Path) -> float:
    started = time.perf_counter()
    copy = work / "copy.klausul"
    shutil.copyfile(path, copy)
    db = sqlite3.connect(copy)
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        db.execute(f"SELECT * FROM {table}").fetchall()  # table names from the schema
    db.close()
    return time.perf_counter() - started


def to_first_paint(path: Path, work: Path) -> tuple[float, float]:
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from app.core.project import Project
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
                QTimer.singleShot(0, app.quit)
            return False

    started = time.perf_counter()
    project = Project.open(path, work, "bench")
    opened = time.perf_counter() - started
    window = MainWindow(project, work, QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    watch = Watch()
    window.view.viewport().installEventFilter(watch)
    window.resize(1366, 768)
    window.show()
    app.exec()
    return opened, painted[0] - started  # quit() closed the window and the project


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = build(Path(folder))
        floors = [floor(path, Path(folder)) for _ in range(5)]
        runs = []
        for number in range(3):
            work = Path(folder) / f"w{number}"
            work.mkdir()
            runs.append(to_first_paint(path, work))
        opened, total = min(runs, key=lambda r: r[1])
        base = min(floors)
        print(f"open {DOCUMENTS} × {CLAUSES} project: Project.open {opened * 1000:6.0f} ms   to "
              f"first paint {total * 1000:6.0f} ms   floor (copy + read all rows) "
              f"{base * 1000:5.0f} ms   ratio {total / base:5.1f}")


if __name__ == "__main__":
    main()
