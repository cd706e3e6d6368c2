"""The comparison view with 20 documents × 300 clauses: load, relayout, paint while scrolling.

Baseline in the same run: the same rows shown as plain text by a stock QTableView over a
QStandardItemModel (no word diffs, default delegate). Offscreen, so no display is needed.
Run: .venv/bin/python bench/bench_view.py
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from app.core.alignment.aligner import align
from app.core.alignment.comparison import Comparison
from app.ui.comparison.model import ComparisonModel, RowFilterProxy
from app.ui.comparison.view import ComparisonView
from bench.bench_alignment import corpus
from bench.timing import elapsed_ms

PAGES = 30  # viewport-sized scroll steps painted per view


def scroll_and_paint(view: QTableView) -> list[float]:
    """Milliseconds to paint each page while scrolling down."""
    bar = view.verticalScrollBar()
    times = []
    for step in range(PAGES):
        bar.setValue(min(bar.maximum(), step * view.viewport().height()))
        times.append(elapsed_ms(view.viewport().grab))
    return times


def main() -> None:
    app = QApplication.instance() or QApplication([])
    documents = corpus(20)
    alignment = align(documents)
    columns = len(documents) + 1

    started = time.perf_counter()
    model = ComparisonModel()
    comparison = Comparison.build(documents, alignment)
    built = (time.perf_counter() - started) * 1000
    model.load(comparison)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    view = ComparisonView()
    view.setModel(proxy)
    view.resize(1600, 1000)
    view.relayout()
    view.show()
    app.processEvents()
    load_ours = (time.perf_counter() - started) * 1000
    ours = scroll_and_paint(view)

    started = time.perf_counter()
    plain = QStandardItemModel(len(alignment.rows), columns)
    for r in range(len(alignment.rows)):
        for c in range(1, columns):
            plain.setItem(r, c, QStandardItem(model.index(r, c).data() or ""))
    table = QTableView()
    table.setModel(plain)
    table.setWordWrap(True)
    table.resize(1600, 1000)
    table.show()
    app.processEvents()
    load_plain = (time.perf_counter() - started) * 1000
    reference = scroll_and_paint(table)

    print(f"20 docs × 300 clauses, {len(alignment.rows)} rows: load+layout ours {load_ours:6.0f} ms"
          f" (cell statuses {built:4.0f} ms)   plain table {load_plain:6.0f} ms")
    print(f"paint one screen while scrolling: ours median {statistics.median(ours):5.1f} ms"
          f" (worst {max(ours):5.1f})   plain median {statistics.median(reference):5.1f} ms"
          f"   ratio {statistics.median(ours) / statistics.median(reference):4.2f}")


if __name__ == "__main__":
    main()
