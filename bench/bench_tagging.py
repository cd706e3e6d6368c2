"""Tagging speed: a key press to the repainted cell with 20 documents × 300 clauses loaded,
and suggestions for 300 clauses.

Baselines in the same run: repainting the same cell with nothing changed (the paint floor),
and one plain word scan of the same clauses (the text floor). Offscreen, no display needed.
Run: .venv/bin/python bench/bench_tagging.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import re

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.documents.edits import AddDocument
from app.core.documents.manager import DocumentsManager
from app.core.documents.model import Document
from app.core.project import Project
from app.core.tagging.codebook import default_codebook
from app.core.tagging.rules import default_rules
from app.core.tagging.suggest import Suggester
from app.ui.main_window import MainWindow
from bench.bench_alignment import corpus
from bench.timing import cpu_ms, times_ms

PRESSES = 40
AGREEMENTS = Path(__file__).resolve().parent.parent / "tests" / "data" / "agreements"


def key_to_paint(work: Path) -> None:
    app = QApplication.instance() or QApplication([])
    project = Project.new(work / "w", "bench")
    for document in corpus(20):
        project.apply(AddDocument(document, b"bench"))
    settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("tagging/member", "Bench")
    settings.setValue("tagging/suggestions", "false")
    window = MainWindow(project, work / "w", settings)
    window.resize(1366, 768)
    window.show()
    deadline = time.perf_counter() + 120
    while (window.controller.busy or window.comparison.rowCount() == 0) \
            and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    window.tagging.wait()
    app.processEvents()
    view = window.view
    row = next(r for r in range(window.comparison.rowCount())
               if window.comparison.clauses_at(r, 1))
    index = window.proxy.mapFromSource(window.comparison.index(row, 1))
    view.setFocus()
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.scrollTo(index)
    app.processEvents()

    def press() -> None:
        QTest.keyClick(view, Qt.Key.Key_S)
        view.viewport().repaint(view.visualRect(index).adjusted(0, 0, 0, 60))

    def floor() -> None:
        view.viewport().repaint(view.visualRect(index).adjusted(0, 0, 0, 60))

    press()  # warm-up (and the first press grows the row)
    ours = times_ms(press, PRESSES)
    plain = times_ms(floor, PRESSES)
    from app.core.settings import SetSetting

    commit = times_ms(lambda: project.apply(SetSetting("bench", str(time.time()))), PRESSES)
    tagged = len(project.tags())
    print(f"20 docs × 300 clauses, {window.comparison.rowCount()} rows; key press → tag edit "
          f"saved → cell repainted: median {statistics.median(ours):5.1f} ms, worst "
          f"{max(ours):5.1f} ms (budget 50 ms); repaint alone {statistics.median(plain):4.1f} ms"
          f", a one-row commit alone {statistics.median(commit):4.1f} ms"
          f"; ratio {statistics.median(ours) / max(statistics.median(plain), 0.01):4.1f}"
          f" ({tagged} tag left after {PRESSES + 1} toggles)")
    window.project.mark_unmodified()
    window.history.stack.setClean()
    window.close()


def clauses_300() -> Document:
    """300 real clauses: the tuning agreements' body blocks, in order."""
    from dataclasses import replace

    clauses = []
    for name in ("norrbacka", "vastmark", "sydasen", "osterfjall", "lindmark"):
        document = DocumentsManager.read_file(AGREEMENTS / f"{name}.md").document
        clauses.extend(c for c in document.clauses if c.kind != "heading")
    return replace(document, clauses=tuple(clauses[:300]))


def suggestion_speed() -> None:
    document = clauses_300()
    codebook, rules = default_codebook(), default_rules()
    words = re.compile(r"\w+")
    ours = times_ms(lambda: Suggester(codebook, rules).document(document), 7)
    floor = times_ms(lambda: [words.findall(c.text.lower()) for c in document.clauses], 7)
    cpu = [cpu_ms(lambda: Suggester(codebook, rules).document(document)) for _ in range(7)]
    count = sum(len(c.suggestions) for c in Suggester(codebook, rules).document(document))
    print(f"suggestions for {len(document.clauses)} clauses ({count} suggestions): median "
          f"{statistics.median(ours):5.1f} ms wall, {statistics.median(cpu):5.1f} ms CPU "
          f"(budget 200 ms, a fresh Suggester each run); "
          f"word scan floor {statistics.median(floor):4.1f} ms; ratio "
          f"{statistics.median(ours) / statistics.median(floor):4.1f}")


def main() -> None:
    suggestion_speed()
    with tempfile.TemporaryDirectory() as folder:
        key_to_paint(Path(folder))


if __name__ == "__main__":
    main()
