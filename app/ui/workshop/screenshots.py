"""Render workshop mode and the coverage panel to PNGs without a display, on the demo with
its suggestions accepted, a second member's differing tag and a few decisions:
`python -m app.ui.workshop.screenshots OUT_FOLDER [--size 1024x768] [--scale 1]` (the scale
is Qt's device pixel ratio, so 960x540 at 2 is a 1920×1080 screen at 200 %)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--scale", default="1")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from app.core.decisions.model import DecisionStatus
    from app.ui.demo import open_demo
    from app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QApplication.setStyle("Fusion")
    width, height = (int(n) for n in args.size.split("x"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        settings = QSettings(str(work / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("tagging/member", "Eva")
        project = open_demo(work)
        pending = [s for d in project.documents() for s in project.tags.pending_for(d.id)]
        project.apply(project.tags.accept(pending, "Eva"))
        window = MainWindow(project, work, settings)
        window.resize(1366, 768)
        window.show()
        while window.controller.busy:
            window.controller.wait()
            app.processEvents()
        app.processEvents()
        alignment = window.comparison.alignment
        rows = [n for n, r in enumerate(alignment.rows) if all(r.cells)
                and any(project.tags.of(c) for cell in r.cells for c in cell)]
        shown = rows[min(4, len(rows) - 1)]
        other = alignment.rows[shown].cells[1][0]
        project.apply(project.tags.tag([other], "part.bup", "Karin"))  # type: ignore[arg-type]
        for number, (status, text) in enumerate([
                (DecisionStatus.DECIDED, "Ta Västerå läns formulering"),
                (DecisionStatus.OPEN, "Diskutera vidare i referensgruppen"),
                (DecisionStatus.PARKED, "Vänta på remissvaren")]):
            edit = project.decisions.decide(alignment.rows[rows[number]], alignment.base,
                                            status, text, "Eva")
            if edit is not None:
                window.history.push(edit)
        edit = project.decisions.decide(alignment.rows[shown], alignment.base,
                                        DecisionStatus.DECIDED, "Ta Sörmarks formulering", "Eva")
        if edit is not None:
            window.history.push(edit)
        window.tagging.set_facet("part")
        window.controller.go_to_source_row(shown)
        workshop = window.workshop.open_workshop(full_screen=False)
        workshop.resize(width, height)
        app.processEvents()
        workshop.show_row(shown)
        app.processEvents()
        workshop.grab().save(str(out / f"workshop-{args.size}@{args.scale}x.png"))
        workshop.close()
        window.workshop.show_coverage()
        window.resize(1366, 768)
        window.resizeDocks([window.workshop.dock], [560], Qt.Orientation.Horizontal)
        app.processEvents()
        window.workshop.coverage.refresh()
        app.processEvents()
        window.grab().save(str(out / "coverage.png"))
        project.mark_unmodified()
        window.history.stack.setClean()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
